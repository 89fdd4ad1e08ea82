/**
 * Dockerfile rules that need only the Dockerfile (and the files of its build context): exec-form JSON,
 * shell forms, the health check's tool, apt/pip hygiene, cache-busting COPY, .dockerignore, secrets,
 * unpinned bases and root. It also returns the facts the cross-file rules need (the final stage's
 * command, health check, exposed ports).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dockerignoreModule from '@balena/dockerignore';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import type { Finding } from '../report/types.js';
import { packagesOf, readDockerfile, type DockerStage, type DockerfileModel } from './dockerfile-model.js';
import { looksLikeExecForm, parseExecForm, shellWords } from './exec-form.js';

// a CommonJS module (module.exports = factory) whose typings say `export default`
const dockerignore = dockerignoreModule as unknown as typeof dockerignoreModule.default;

export interface CommandFact {
  /** exec-form arguments, or shell words (then `shell` is true) */
  args: string[];
  shell: boolean;
  /** the exec form was meant but is not valid JSON: Docker runs it through /bin/sh -c */
  broken?: boolean;
  text: string;
  line: number;
}

export interface HealthcheckFact extends CommandFact {
  /** HEALTHCHECK NONE */
  disabled?: boolean;
}

export interface DockerfileFacts {
  file: string;
  model: DockerfileModel;
  finalStage?: DockerStage;
  entrypoint?: CommandFact;
  cmd?: CommandFact;
  healthcheck?: HealthcheckFact;
  expose: Array<{ port: number; line: number }>;
  /** ENV of the final stage (literal values) */
  env: Record<string, string>;
  /** packages installed in the final stage chain (apt/apk) */
  packages: Set<string>;
  user?: string;
}

const SECRET_NAME =
  /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)(?!.*_(FILE|PATH|DIR)$)/i;
const CONTEXT_NOISE = ['.git', '.venv', 'venv', 'node_modules', '.env', '__pycache__'];

interface Logical {
  text: string;
  /** document offset of each character of text */
  offsets: number[];
}

/** The instruction's argument text with line continuations removed, mapped back to document offsets. */
function logicalArguments(
  source: string,
  lineStarts: number[],
  instruction: Instruction,
  escape: string,
): Logical | undefined {
  const range = instruction.getArgumentsRange();
  if (!range) return undefined;
  const start = lineStarts[range.start.line]! + range.start.character;
  const end = lineStarts[range.end.line]! + range.end.character;
  const text: string[] = [];
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    const c = source[i]!;
    if (c === escape) {
      let j = i + 1;
      while (j < end && (source[j] === ' ' || source[j] === '\t')) j++;
      if (source[j] === '\r') j++;
      if (source[j] === '\n' || j >= end) {
        i = j;
        continue;
      }
    }
    if (c === '\r') continue;
    text.push(c);
    offsets.push(i);
  }
  return { text: text.join(''), offsets };
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

function position(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

export function lintDockerfile(
  root: string,
  file: string,
  context = '.',
): { facts?: DockerfileFacts; findings: Finding[] } {
  let source: string;
  try {
    source = readFileSync(path.join(root, file), 'utf8');
  } catch {
    return {
      findings: [
        {
          rule: 'dockerfile-missing',
          severity: 'error',
          message: `${file} does not exist in ${path.basename(root) || root}`,
          file,
          fix: 'set dockerfile to the image definition (docker-build-test.dockerfile in shipcheck.yml or --dockerfile)',
        },
      ],
    };
  }
  const findings: Finding[] = [];
  const add = (finding: Omit<Finding, 'file'>): void => {
    findings.push({ ...finding, file });
  };
  const dockerfile = DockerfileParser.parse(source);
  const escape = dockerfile.getEscapeCharacter();
  const lineStarts = lineStartsOf(source);
  const model = readDockerfile(source);
  const finalStage = model.stages[model.stages.length - 1];
  const facts: DockerfileFacts = {
    file,
    model,
    finalStage,
    expose: [],
    env: {},
    packages: finalStage ? packagesOf(model, finalStage) : new Set(),
  };
  const argDefaults = new Map<string, string>();
  const stageNames = new Set(model.stages.map((s) => s.name?.toLowerCase()).filter(Boolean));
  let stageIndex = -1;
  let inFinal = false;
  let copiedAll: number | undefined;

  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    const line = instruction.getRange().start.line + 1;
    const logical = logicalArguments(source, lineStarts, instruction, escape);
    const args = logical?.text ?? '';
    if (keyword === 'FROM') {
      stageIndex++;
      inFinal = stageIndex === model.stages.length - 1;
      copiedAll = undefined;
      const image = (
        args
          .replace(/--platform=\S+\s+/, '')
          .trim()
          .split(/\s+/)[0] ?? ''
      ).replace(/\$\{?(\w+)\}?/g, (_m, name: string) => argDefaults.get(name) ?? `$${name}`);
      if (image && image !== 'scratch' && !stageNames.has(image.toLowerCase()) && !image.includes('$')) {
        const digest = image.includes('@sha256:');
        const tag = /:([^/:@]+)$/.exec(image.replace(/@sha256:.*$/, ''))?.[1];
        if (!digest && (!tag || tag === 'latest')) {
          add({
            rule: 'base-image-unpinned',
            severity: 'warning',
            message: `FROM ${image} ${tag ? 'uses the moving latest tag' : 'has no tag (means latest)'}: the next build may get another OS or Python`,
            line,
            fix: `pin a version, e.g. ${image.replace(/:latest$/, '')}:3.12-slim-bookworm (or a @sha256 digest)`,
          });
        }
      }
      continue;
    }
    if (keyword === 'ARG' && stageIndex < 0) {
      const match = /^(\w+)=("?)([^"\s]*)\2/.exec(args.trim());
      if (match) argDefaults.set(match[1]!, match[3]!);
    }
    if (keyword === 'ARG' || keyword === 'ENV') {
      for (const [name, value] of assignments(args, keyword)) {
        if (keyword === 'ENV' && inFinal) facts.env[name] = value;
        if (SECRET_NAME.test(name) && value !== '' && !/^\$\{?\w+\}?$/.test(value)) {
          add({
            rule: 'secret-in-image',
            severity: 'error',
            message: `${keyword} ${name} has a literal value: it is stored in the image history (docker history shows it) and in every registry the image reaches`,
            line,
            fix: `remove the value; pass ${name} at run time (env_file / environment in Compose) or use a build secret (RUN --mount=type=secret)`,
          });
        }
      }
      continue;
    }
    if (!inFinal && !['RUN', 'COPY', 'ADD'].includes(keyword)) continue;
    switch (keyword) {
      case 'CMD':
      case 'ENTRYPOINT': {
        const fact = commandFact(args, line, logical, lineStarts, add, keyword);
        if (keyword === 'CMD') facts.cmd = fact;
        else facts.entrypoint = fact;
        break;
      }
      case 'HEALTHCHECK': {
        const match = /^((?:\s*--\S+)*)\s*(CMD|NONE)\b\s*/i.exec(args);
        if (!match) break;
        if (match[2]!.toUpperCase() === 'NONE') {
          facts.healthcheck = { args: [], shell: false, text: 'NONE', line, disabled: true };
          break;
        }
        const skip = match[0].length;
        const rest: Logical | undefined = logical && {
          text: logical.text.slice(skip),
          offsets: logical.offsets.slice(skip),
        };
        facts.healthcheck = commandFact(rest?.text ?? '', line, rest, lineStarts, add, 'HEALTHCHECK CMD');
        break;
      }
      case 'EXPOSE':
        for (const word of args.split(/\s+/)) {
          const port = Number(/^(\d+)(\/tcp)?$/.exec(word)?.[1]);
          if (port) facts.expose.push({ port, line });
        }
        break;
      case 'USER':
        facts.user = args.trim();
        break;
      case 'COPY':
      case 'ADD': {
        const words = args.split(/\s+/).filter((w) => w && !w.startsWith('--'));
        if (words.length >= 2 && words.slice(0, -1).some((w) => w === '.' || w === './')) copiedAll ??= line;
        break;
      }
      case 'RUN':
        runRules(args, line, copiedAll, add);
        break;
    }
  }

  if (finalStage && inFinal) {
    const shellEntrypoint = facts.entrypoint?.shell && !facts.entrypoint.broken;
    const shellCmd = facts.cmd?.shell && !facts.cmd.broken;
    if (shellEntrypoint && facts.cmd) {
      add({
        rule: 'shell-form-entrypoint-and-cmd',
        severity: 'error',
        message: `ENTRYPOINT is in shell form, so Docker ignores CMD (line ${facts.cmd.line}) entirely: the container runs \`/bin/sh -c '${facts.entrypoint!.text}'\` only`,
        line: facts.entrypoint!.line,
        fix: 'write ENTRYPOINT in exec form (["executable", "arg"]) so CMD supplies its arguments',
      });
    } else {
      for (const fact of [facts.entrypoint, facts.cmd]) {
        if (fact?.shell && !fact.broken && !(fact === facts.cmd && shellCmd && /^exec\s/.test(fact.text))) {
          add({
            rule: 'shell-form-command',
            severity: 'warning',
            message: `${fact === facts.cmd ? 'CMD' : 'ENTRYPOINT'} is in shell form: /bin/sh becomes PID 1, so docker stop's SIGTERM never reaches the app (it is killed after 10 s, in-flight requests are lost)`,
            line: fact.line,
            fix: `use the exec form: ${fact === facts.cmd ? 'CMD' : 'ENTRYPOINT'} ${JSON.stringify(fact.args)}`,
          });
        }
      }
    }
    if (facts.healthcheck && !facts.healthcheck.disabled) healthcheckToolRule(facts, finalStage, add);
    if (!facts.user || /^(root|0)(:.*)?$/.test(facts.user)) {
      add({
        rule: 'runs-as-root',
        severity: 'notice',
        message: 'the final stage runs as root: a bug in the app or a dependency gets root in the container',
        line: finalStage.fromLine,
        fix: 'add `RUN useradd --create-home app` and `USER app` after installing packages (give it write access to upload folders)',
      });
    }
  }
  findings.push(...dockerignoreRule(root, context, file));
  return { facts, findings };
}

function commandFact(
  args: string,
  line: number,
  logical: Logical | undefined,
  lineStarts: number[],
  add: (finding: Omit<Finding, 'file'>) => void,
  what: string,
): CommandFact {
  const text = args.trim();
  if (looksLikeExecForm(args)) {
    const parsed = parseExecForm(args);
    if (parsed.ok) return { args: parsed.args, shell: false, text, line };
    const at = logical?.offsets[Math.min(parsed.offset, logical.offsets.length - 1)];
    const where = at === undefined ? { line } : position(lineStarts, at);
    const words = shellWords(text);
    add({
      rule: 'exec-form-invalid-json',
      severity: 'error',
      message: `${what} is not valid JSON: ${parsed.message}. Docker then runs it through /bin/sh -c and the container fails with \`/bin/sh: 1: ${words[0] ?? '['}: not found\``,
      ...where,
      fix: 'write the exec form as a JSON array of double-quoted strings: ["gunicorn", "--bind", "0.0.0.0:8000", "wsgi:app"]',
    });
    // what was meant, for the cross-file rules
    const meant = text
      .replace(/^\[|\]$/g, '')
      .split(',')
      .map((w) => w.trim().replace(/^["'\u201c\u201d]|["'\u201c\u201d]$/g, ''))
      .filter(Boolean);
    return { args: meant, shell: false, broken: true, text, line };
  }
  return { args: shellWords(text), shell: true, text, line };
}

function runRules(
  command: string,
  line: number,
  copiedAll: number | undefined,
  add: (finding: Omit<Finding, 'file'>) => void,
): void {
  const segments = command.split(/&&|\|\||;|\n/).map((s) => s.trim());
  const aptUpdate = segments.some((s) => /\bapt(-get)?\s+(-\S+\s+)*update\b/.test(s));
  const aptInstall = segments.find((s) => /\bapt(-get)?\s+(-\S+\s+)*install\b/.test(s));
  if (aptUpdate && !aptInstall) {
    add({
      rule: 'apt-update-alone',
      severity: 'warning',
      message:
        'apt-get update runs in a RUN of its own: Docker caches that layer, so a later install uses stale package lists and fails with 404 Not Found',
      line,
      fix: 'update and install in one RUN: apt-get update && apt-get install -y --no-install-recommends ... && rm -rf /var/lib/apt/lists/*',
    });
  }
  if (aptInstall) {
    if (!/--no-install-recommends|-o\s+APT::Install-Recommends=(false|0)/.test(aptInstall)) {
      add({
        rule: 'apt-no-install-recommends',
        severity: 'warning',
        message:
          'apt-get install without --no-install-recommends pulls in recommended packages: often 100+ MB more image',
        line,
        fix: 'add --no-install-recommends (and install what you need by name)',
      });
    }
    if (!/rm\s+-(r?f|fr?|rf)\s+\/var\/lib\/apt\/lists/.test(command) && !/apt-get\s+clean/.test(command)) {
      add({
        rule: 'apt-lists-kept',
        severity: 'notice',
        message: 'the apt package lists stay in the image layer (tens of MB)',
        line,
        fix: 'end the same RUN with && rm -rf /var/lib/apt/lists/*',
      });
    }
  }
  const pipInstall = segments.find((s) =>
    /\bpip3?\s+(-\S+\s+)*install\b|\bpython3?\s+-m\s+pip\s+install\b/.test(s),
  );
  if (pipInstall && !/--no-cache-dir/.test(pipInstall) && !/--mount=type=cache/.test(command)) {
    add({
      rule: 'pip-cache-kept',
      severity: 'notice',
      message: 'pip install keeps its download cache in the image layer (numpy and opencv wheels are 50+ MB)',
      line,
      fix: 'add --no-cache-dir (or use RUN --mount=type=cache,target=/root/.cache/pip)',
    });
  }
  const installsDeps =
    pipInstall &&
    /(-r|--requirement)\s+\S+|install\s+(-\S+\s+)*\.(\s|$)|poetry\s+install|pipenv\s+install/.test(command);
  if (installsDeps && copiedAll !== undefined) {
    add({
      rule: 'copy-before-install',
      severity: 'warning',
      message: `COPY . (line ${copiedAll}) comes before the dependency install: every code change invalidates the cache and reinstalls every package`,
      line,
      fix: 'COPY requirements.txt first, RUN pip install, then COPY . .',
    });
  }
}

function healthcheckToolRule(
  facts: DockerfileFacts,
  stage: DockerStage,
  add: (finding: Omit<Finding, 'file'>) => void,
): void {
  const check = facts.healthcheck!;
  const words = check.shell
    ? check.args
    : check.args[0] === 'CMD-SHELL'
      ? shellWords(check.args[1] ?? '')
      : check.args;
  const tool = words
    .find((w) => /(^|\/)(curl|wget)$/.test(w))
    ?.split('/')
    .pop();
  if (!tool) return;
  const family = stage.family;
  const shipped = family === 'full' || (family === 'alpine' && tool === 'wget') || family === 'unknown';
  if (shipped || facts.packages.has(tool)) return;
  const python = stage.pythonVersion !== undefined || /python/.test(stage.image);
  add({
    rule: 'healthcheck-tool-missing',
    severity: 'error',
    message: `HEALTHCHECK runs ${tool}, but ${stage.image} (${family}) does not ship ${tool} and no RUN installs it: the check fails with "${tool}: not found" and the container stays unhealthy`,
    line: check.line,
    fix: python
      ? `use Python, which the image has: HEALTHCHECK CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"] (or install ${tool})`
      : `install ${tool} in the image (${family === 'alpine' ? `apk add --no-cache ${tool}` : `apt-get install -y --no-install-recommends ${tool}`})`,
  });
}

function dockerignoreRule(root: string, context: string, dockerfile: string): Finding[] {
  const contextDir = path.join(root, context);
  const present = CONTEXT_NOISE.filter((name) => existsSync(path.join(contextDir, name)));
  if (present.length === 0) return [];
  const ignoreFile = path.join(contextDir, '.dockerignore');
  let patterns: string[] | undefined;
  try {
    patterns = readFileSync(ignoreFile, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  } catch {
    patterns = undefined;
  }
  const matcher = patterns && dockerignore().add(patterns);
  const uncovered = matcher ? present.filter((name) => !matcher.ignores(name)) : present;
  if (uncovered.length === 0) return [];
  const where = path.posix.join(context === '.' ? '' : context, '.dockerignore') || '.dockerignore';
  return [
    {
      rule: 'dockerignore-missing',
      severity: uncovered.includes('.env') ? 'error' : 'warning',
      message: `${patterns ? `${where} does not exclude` : `no ${where}, and the build context holds`} ${uncovered.join(', ')}: ${uncovered.includes('.env') ? 'the .env secrets are copied into the image by COPY . . and ' : ''}every build sends them to the engine`,
      file: patterns ? where : dockerfile,
      line: 1,
      fix: `add them to ${where}: ${uncovered.map((n) => (n === '.env' ? '.env' : `${n}/`)).join(' ')}`,
    },
  ];
}

/** `ENV A=1 B="2"`, legacy `ENV A 1`, `ARG A=1`. */
function assignments(args: string, keyword: string): Array<[string, string]> {
  const text = args.trim();
  if (keyword === 'ENV' && /^\w+\s/.test(text) && !/^\w+=/.test(text)) {
    const [name, ...rest] = text.split(/\s+/);
    return [[name!, rest.join(' ')]];
  }
  const out: Array<[string, string]> = [];
  for (const word of shellWords(text)) {
    const eq = word.indexOf('=');
    out.push(eq < 0 ? [word, ''] : [word.slice(0, eq), word.slice(eq + 1)]);
  }
  return out;
}
