/**
 * The HTTP routes a Flask or FastAPI app serves, read from its sources without running it: `@app.route`,
 * `@bp.get`, `add_url_rule`, Blueprint and APIRouter prefixes, `register_blueprint(..., url_prefix=)` and
 * `include_router(..., prefix=)`. The scan says how sure it is: a health check is reported as pointing at a
 * missing route only when every route and prefix was a literal the scan could read.
 */

export interface Route {
  /** full path with prefixes, e.g. `/api/resumes/<int:id>` */
  path: string;
  file: string;
  line: number;
}

export interface RouteScan {
  framework?: 'flask' | 'fastapi';
  routes: Route[];
  /** false when some route or prefix was not a string literal, or no app was found */
  confident: boolean;
  /** why the scan is not confident */
  reason?: string;
}

interface RouteDecl {
  owner: string;
  path: string;
  file: string;
  line: number;
}

const STRING = String.raw`(?:[rubfRUBF]{0,2})(?:"([^"\n]*)"|'([^'\n]*)')`;
const DECORATOR = new RegExp(
  String.raw`^\s*@\s*([A-Za-z_][\w]*)\s*\.\s*(route|get|post|put|patch|delete|head|options|api_route|websocket)\s*\(\s*(${STRING})?`,
);
const ADD_URL_RULE = new RegExp(String.raw`([A-Za-z_]\w*)\s*\.\s*add_url_rule\s*\(\s*(${STRING})?`);
const BLUEPRINT = new RegExp(
  String.raw`([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?:flask\.)?(Blueprint|APIRouter)\s*\(`,
);
const APP = /([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?:flask\.|fastapi\.)?(Flask|FastAPI)\s*\(/;
const REGISTER = /([A-Za-z_]\w*)\s*\.\s*(register_blueprint|include_router)\s*\(\s*([A-Za-z_][\w.]*)/;

function literal(match: RegExpExecArray | null, group: number): string | undefined {
  if (!match) return undefined;
  return match[group] ?? match[group + 1];
}

/** The keyword argument `name=` of a call whose text starts at `from` (to its closing parenthesis). */
function keyword(text: string, from: number, name: string): { value?: string; present: boolean } {
  let depth = 0;
  let end = from;
  for (; end < text.length; end++) {
    const c = text[end];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth <= 0) break;
    }
  }
  const call = text.slice(from, end + 1);
  const match = new RegExp(String.raw`\b${name}\s*=\s*(${STRING}|[^,)\s]+)`).exec(call);
  if (!match) return { present: false };
  return { present: true, value: match[2] ?? match[3] };
}

export function scanRoutes(files: Array<{ file: string; text: string }>): RouteScan {
  const decls: RouteDecl[] = [];
  const ownPrefix = new Map<string, string>();
  const registered = new Map<string, string[]>();
  const apps = new Set<string>();
  let framework: RouteScan['framework'];
  let reason: string | undefined;
  const unsure = (why: string): void => {
    reason ??= why;
  };

  for (const { file, text } of files) {
    if (!/\b(flask|fastapi)\b/.test(text)) continue;
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (/^\s*#/.test(line)) continue;
      const offset = lines.slice(0, index).reduce((sum, l) => sum + l.length + 1, 0);
      const app = APP.exec(line);
      if (app) {
        apps.add(app[1]!);
        framework ??= app[2] === 'Flask' ? 'flask' : 'fastapi';
      }
      const blueprint = BLUEPRINT.exec(line);
      if (blueprint) {
        const prefix = keyword(
          text,
          offset + blueprint.index,
          blueprint[2] === 'Blueprint' ? 'url_prefix' : 'prefix',
        );
        if (prefix.present && prefix.value === undefined)
          unsure(`${file}:${index + 1}: a prefix that is not a string literal`);
        ownPrefix.set(blueprint[1]!, prefix.value ?? '');
      }
      const register = REGISTER.exec(line);
      if (register) {
        const target = register[3]!.split('.').pop()!;
        const prefix = keyword(
          text,
          offset + register.index,
          register[2] === 'register_blueprint' ? 'url_prefix' : 'prefix',
        );
        if (prefix.present && prefix.value === undefined)
          unsure(`${file}:${index + 1}: a prefix that is not a string literal`);
        (registered.get(target) ?? registered.set(target, []).get(target)!).push(prefix.value ?? '\0');
      }
      const decorator = DECORATOR.exec(line);
      if (decorator) {
        const path = literal(decorator, 4);
        if (path === undefined) unsure(`${file}:${index + 1}: a route path that is not a string literal`);
        else decls.push({ owner: decorator[1]!, path, file, line: index + 1 });
      }
      const rule = ADD_URL_RULE.exec(line);
      if (rule) {
        const path = literal(rule, 3);
        if (path === undefined) unsure(`${file}:${index + 1}: add_url_rule with a computed path`);
        else decls.push({ owner: rule[1]!, path, file, line: index + 1 });
      }
    }
  }

  if (!framework && decls.length === 0)
    return { routes: [], confident: false, reason: 'no Flask or FastAPI app found' };
  const routes: Route[] = [];
  for (const decl of decls) {
    if (apps.has(decl.owner) && !ownPrefix.has(decl.owner)) {
      routes.push({ path: decl.path, file: decl.file, line: decl.line });
      continue;
    }
    const own = ownPrefix.get(decl.owner);
    const mounts = registered.get(decl.owner);
    if (own === undefined && !mounts) {
      unsure(`${decl.file}:${decl.line}: routes on '${decl.owner}', which the scan cannot tie to an app`);
      continue;
    }
    if (!mounts) {
      unsure(
        `${decl.file}:${decl.line}: blueprint '${decl.owner}' is never registered where the scan can see`,
      );
      continue;
    }
    for (const mount of mounts) {
      // register_blueprint's url_prefix replaces the Blueprint's own; include_router's prefix is added to it
      const prefix = mount === '\0' ? (own ?? '') : framework === 'fastapi' ? mount + (own ?? '') : mount;
      routes.push({ path: joinPath(prefix, decl.path), file: decl.file, line: decl.line });
    }
  }
  return { framework, routes, confident: reason === undefined && routes.length > 0, reason };
}

function joinPath(prefix: string, path: string): string {
  if (!prefix) return path || '/';
  return `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`.replace(/\/$/, '') || '/';
}

/** Whether a request path is served by a route (`<int:id>`, `<path:p>` and `{id}` match one segment, path matches many). */
export function matchesRoute(requestPath: string, routes: readonly Route[]): Route | undefined {
  const wanted = requestPath.split(/[?#]/)[0]!.replace(/\/$/, '') || '/';
  for (const route of routes) {
    const pattern = route.path
      .split(/(<[^>]+>|\{[^}]+\})/)
      .map((part) => {
        if (/^<path:/.test(part) || /^\{[^}]+:path\}$/.test(part)) return '.+';
        if (/^<[^>]+>$/.test(part) || /^\{[^}]+\}$/.test(part)) return '[^/]+';
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    const normalized = pattern.replace(/\/$/, '') || '/';
    if (new RegExp(`^${normalized}/?$`).test(wanted)) return route;
  }
  return undefined;
}
