/**
 * PEP 508 environment markers: `python_version < "3.10" and sys_platform == "linux"`. Parsed to check
 * them (invalid-requirement) and evaluated for the target image (Linux, x86_64, CPython X.Y) so a
 * requirement for Windows only is not expected in the image.
 */
import { satisfies, valid } from '@renovatebot/pep440';

export type MarkerEnvironment = Record<string, string>;

const VARIABLES = new Set([
  'python_version',
  'python_full_version',
  'os_name',
  'sys_platform',
  'platform_release',
  'platform_system',
  'platform_version',
  'platform_machine',
  'platform_python_implementation',
  'implementation_name',
  'implementation_version',
  'extra',
  'dependency_groups',
  // legacy spellings pip still accepts
  'os.name',
  'sys.platform',
  'platform.version',
  'platform.machine',
  'platform.python_implementation',
  'python_implementation',
]);

export function linuxEnvironment(pythonVersion: string): MarkerEnvironment {
  const [major = '3', minor = '12'] = pythonVersion.split('.');
  return {
    python_version: `${major}.${minor}`,
    python_full_version: `${major}.${minor}.0`,
    os_name: 'posix',
    sys_platform: 'linux',
    platform_release: '',
    platform_system: 'Linux',
    platform_version: '',
    platform_machine: 'x86_64',
    platform_python_implementation: 'CPython',
    implementation_name: 'cpython',
    implementation_version: `${major}.${minor}.0`,
    extra: '',
    dependency_groups: '',
  };
}

type Token = { kind: 'var' | 'str' | 'op' | 'lparen' | 'rparen' | 'and' | 'or'; value: string; at: number };

export class MarkerError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:(\()|(\))|("[^"]*"|'[^']*')|(===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)|(and\b)|(or\b)|([A-Za-z_][A-Za-z0-9_.]*))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) throw new MarkerError(`unexpected '${text.slice(at).trim().slice(0, 10)}' in marker`, at);
    const start = at + (m[0].length - m[0].trimStart().length);
    if (m[1]) tokens.push({ kind: 'lparen', value: '(', at: start });
    else if (m[2]) tokens.push({ kind: 'rparen', value: ')', at: start });
    else if (m[3]) tokens.push({ kind: 'str', value: m[3].slice(1, -1), at: start });
    else if (m[4]) tokens.push({ kind: 'op', value: m[4].replace(/\s+/, ' '), at: start });
    else if (m[5]) tokens.push({ kind: 'and', value: 'and', at: start });
    else if (m[6]) tokens.push({ kind: 'or', value: 'or', at: start });
    else if (m[7]) {
      if (!VARIABLES.has(m[7])) throw new MarkerError(`unknown marker variable '${m[7]}'`, start);
      tokens.push({ kind: 'var', value: m[7], at: start });
    }
    at = pattern.lastIndex;
  }
  return tokens;
}

/** Parses and evaluates; throws MarkerError (with the offset inside the marker) when invalid. */
export function evaluateMarker(text: string, env: MarkerEnvironment): boolean {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const fail = (message: string): never => {
    throw new MarkerError(message, peek()?.at ?? text.length);
  };

  const value = (): { text: string; variable?: string } => {
    const token = tokens[i++];
    if (!token) return fail('marker ends where a value was expected');
    if (token.kind === 'str') return { text: token.value };
    if (token.kind === 'var')
      return { text: env[token.value.replace(/\./g, '_')] ?? '', variable: token.value };
    i--;
    return fail(`expected a marker variable or a quoted string, found '${token.value}'`);
  };
  const comparison = (): boolean => {
    if (peek()?.kind === 'lparen') {
      i++;
      const result = expression();
      if (peek()?.kind !== 'rparen') fail("missing ')' in marker");
      i++;
      return result;
    }
    const left = value();
    const op = tokens[i++];
    if (!op || op.kind !== 'op') {
      i--;
      return fail(
        `expected a comparison (==, !=, <, <=, >, >=, ~=, in) after '${left.variable ?? left.text}'`,
      );
    }
    const right = value();
    return compare(left, op.value, right);
  };
  const conjunction = (): boolean => {
    let result = comparison();
    while (peek()?.kind === 'and') {
      i++;
      result = comparison() && result;
    }
    return result;
  };
  const expression = (): boolean => {
    let result = conjunction();
    while (peek()?.kind === 'or') {
      i++;
      result = conjunction() || result;
    }
    return result;
  };

  if (tokens.length === 0) fail('empty marker after ;');
  const result = expression();
  if (i < tokens.length) fail(`unexpected '${tokens[i]!.value}' in marker`);
  return result;
}

const VERSION_VARIABLES = new Set([
  'python_version',
  'python_full_version',
  'implementation_version',
  'platform_release',
]);

function compare(
  left: { text: string; variable?: string },
  op: string,
  right: { text: string; variable?: string },
): boolean {
  if (op === 'in') return right.text.includes(left.text);
  if (op === 'not in') return !right.text.includes(left.text);
  const versionCompare =
    (VERSION_VARIABLES.has(left.variable ?? '') || VERSION_VARIABLES.has(right.variable ?? '')) &&
    valid(left.text) &&
    valid(right.text);
  if (versionCompare && op !== '===') return satisfies(left.text, `${op}${right.text}`);
  switch (op) {
    case '==':
    case '===':
      return left.text === right.text;
    case '!=':
      return left.text !== right.text;
    case '<':
      return left.text < right.text;
    case '<=':
      return left.text <= right.text;
    case '>':
      return left.text > right.text;
    case '>=':
      return left.text >= right.text;
    default:
      return false;
  }
}
