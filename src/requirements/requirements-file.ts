/**
 * pip's requirements-file format: PEP 508 lines with extras, specifiers, markers and direct URLs; VCS and
 * archive links with #egg=; -e; --hash and other per-line options; `\` continuations; comments; ${ENV};
 * -r includes (followed, with provenance) and -c constraint files (pins, not declarations).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validRange } from '@renovatebot/pep440';
import { evaluateMarker, MarkerError, type MarkerEnvironment } from './markers.js';
import { NAME_PATTERN, normalizeName } from './names.js';

export interface Requirement {
  /** as written; undefined for a URL or path whose project name cannot be told */
  name?: string;
  normalized?: string;
  extras: string[];
  /** `==2.0.1`, `>=4.5,<5`, or '' */
  specifier: string;
  marker?: string;
  /** the marker holds for the target (Linux x86_64, the target Python) */
  applies: boolean;
  url?: string;
  editable: boolean;
  hashes: string[];
  /** relative to the project root, `/` separators */
  file: string;
  line: number;
  column: number;
  /** how the file was reached: `requirements.txt:3` for `-r base.txt` on line 3 */
  via: string[];
  source: 'requirements' | 'constraints' | 'pyproject';
}

export interface RequirementProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  fix?: string;
  severity: 'error' | 'notice';
}

export interface ParsedRequirements {
  requirements: Requirement[];
  constraints: Requirement[];
  problems: RequirementProblem[];
  /** every file read, project-relative */
  files: string[];
}

const GLOBAL_OPTIONS_WITH_VALUE = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--no-binary',
  '--only-binary',
  '--trusted-host',
  '--use-feature',
]);
const GLOBAL_FLAGS = new Set(['--no-index', '--pre', '--prefer-binary', '--require-hashes']);
const PER_REQUIREMENT_OPTIONS = new Set(['--hash', '--config-settings', '--global-option']);
const ARCHIVE = /\.(whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;

export interface ParseOptions {
  root: string;
  env: MarkerEnvironment;
  processEnv?: NodeJS.ProcessEnv;
}

/** Reads the given requirement files (project-relative) and everything they include. */
export function parseRequirementFiles(files: readonly string[], options: ParseOptions): ParsedRequirements {
  const result: ParsedRequirements = { requirements: [], constraints: [], problems: [], files: [] };
  const seen = new Set<string>();
  for (const file of files) readFile(file, 'requirements', [], { result, seen, options });
  return result;
}

/** Parses requirement text (one file's content) — exported for tests and pyproject dependencies. */
export function parseRequirementLine(
  text: string,
  where: { file: string; line: number; column: number; via: string[]; source: Requirement['source'] },
  env: MarkerEnvironment,
): {
  requirement?: Requirement;
  problem?: Omit<RequirementProblem, 'file' | 'line' | 'severity'> & { column: number };
} {
  const base = { extras: [], specifier: '', applies: true, editable: false, hashes: [], ...where };
  let body = text;
  let marker: string | undefined;
  let markerOffset = 0;

  // A URL may contain ';' only after its '#fragment' in practice; pip splits markers at '; ' for URLs.
  const isUrlish =
    /^(?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|[a-z]:\\)/i.test(body) || ARCHIVE.test(body.split(/[\s;]/)[0]!);
  const markerAt = isUrlish ? body.search(/\s;\s*/) : body.indexOf(';');
  if (markerAt >= 0) {
    marker = body.slice(markerAt).replace(/^\s*;\s*/, '');
    markerOffset =
      markerAt + (body.slice(markerAt).length - body.slice(markerAt).replace(/^\s*;\s*/, '').length);
    body = body.slice(0, markerAt).trimEnd();
  }
  let applies = true;
  if (marker !== undefined) {
    try {
      applies = evaluateMarker(marker, env);
    } catch (error) {
      if (error instanceof MarkerError) {
        return {
          problem: {
            column: where.column + markerOffset + error.offset,
            message: `invalid environment marker: ${error.message}`,
            fix: 'write markers as in PEP 508, e.g. `; python_version < "3.11"`',
          },
        };
      }
      throw error;
    }
  }

  if (isUrlish) {
    const name = projectNameFromUrl(body);
    return {
      requirement: {
        ...base,
        name,
        normalized: name ? normalizeName(name) : undefined,
        url: body,
        marker,
        applies,
      },
    };
  }

  const nameMatch = NAME_PATTERN.exec(body);
  if (!nameMatch) {
    return {
      problem: {
        column: where.column,
        message: `expected a project name, found '${body.slice(0, 20)}'`,
        fix: 'start the line with the distribution name, e.g. `Flask==2.3.3`',
      },
    };
  }
  const name = nameMatch[0];
  let rest = body.slice(name.length);
  let offset = name.length;
  const skipSpace = () => {
    const trimmed = rest.trimStart();
    offset += rest.length - trimmed.length;
    rest = trimmed;
  };
  skipSpace();

  let extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) {
      return {
        problem: {
          column: where.column + offset,
          message: "extras are missing their closing ']'",
          fix: 'write extras as name[extra1,extra2]',
        },
      };
    }
    extras = rest
      .slice(1, close)
      .split(',')
      .map((extra) => extra.trim())
      .filter(Boolean);
    const badExtra = extras.find(
      (extra) => !NAME_PATTERN.test(extra) || NAME_PATTERN.exec(extra)![0] !== extra,
    );
    if (badExtra)
      return {
        problem: { column: where.column + offset + 1, message: `'${badExtra}' is not a valid extra name` },
      };
    rest = rest.slice(close + 1);
    offset += close + 1;
    skipSpace();
  }

  if (rest.startsWith('@')) {
    const url = rest.slice(1).trim();
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('file:')) {
      return {
        problem: {
          column: where.column + offset,
          message: `expected a URL after '@', found '${url.slice(0, 30)}'`,
        },
      };
    }
    return {
      requirement: { ...base, name, normalized: normalizeName(name), extras, url, marker, applies },
    };
  }

  let specifier = rest;
  if (specifier.startsWith('(')) {
    if (!specifier.endsWith(')'))
      return {
        problem: { column: where.column + offset, message: "version specifier is missing its closing ')'" },
      };
    specifier = specifier.slice(1, -1);
  }
  specifier = specifier.replace(/\s+/g, '');
  if (specifier && !validRange(specifier)) {
    const suggestion = specifier.startsWith('=>')
      ? `>=${specifier.slice(2)}`
      : specifier.startsWith('=<')
        ? `<=${specifier.slice(2)}`
        : /^=[^=]/.test(specifier)
          ? `=${specifier}`
          : undefined;
    const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
    return {
      problem: {
        column: where.column + offset,
        message: `'${rest.trim()}' is not a valid version specifier${hint}`,
        fix: 'use PEP 440 specifiers: ==1.2.3, >=1.2,<2, ~=1.2',
      },
    };
  }
  return {
    requirement: { ...base, name, normalized: normalizeName(name), extras, specifier, marker, applies },
  };
}

/** What one parse carries through every include. */
interface ReadContext {
  result: ParsedRequirements;
  /** `source:absolute path` of files already read: include cycles end here */
  seen: Set<string>;
  options: ParseOptions;
}

function readFile(
  file: string,
  source: 'requirements' | 'constraints',
  via: string[],
  context: ReadContext,
): void {
  const { result, seen, options } = context;
  const absolute = path.resolve(options.root, file);
  const relative = toProjectPath(options.root, absolute);
  if (seen.has(`${source}:${absolute}`)) return; // an include cycle, or the same file twice
  seen.add(`${source}:${absolute}`);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    result.problems.push({
      file: via.length > 0 ? via[via.length - 1]!.replace(/:\d+$/, '') : relative,
      line: via.length > 0 ? Number(via[via.length - 1]!.split(':').pop()) : 1,
      column: 1,
      severity: 'error',
      message: `${relative} cannot be read`,
      fix: 'check the path: includes are relative to the file that names them',
    });
    return;
  }
  result.files.push(relative);

  for (const logical of logicalLines(text)) {
    const expanded = expandEnv(logical.text, options.processEnv ?? process.env);
    const where = { file: relative, line: logical.line, column: logical.column };
    if (expanded.startsWith('-')) {
      readOption(expanded, where, source, via, context);
      continue;
    }
    const [requirementText, perLineOptions, optionProblem] = splitPerRequirementOptions(expanded);
    if (optionProblem) {
      result.problems.push({
        ...where,
        column: where.column + optionProblem.offset,
        severity: 'error',
        message: optionProblem.message,
      });
      continue;
    }
    const parsed = parseRequirementLine(requirementText, { ...where, via, source }, options.env);
    if (parsed.problem) {
      result.problems.push({ ...where, severity: 'error', ...parsed.problem });
      continue;
    }
    const requirement = parsed.requirement!;
    requirement.hashes = perLineOptions
      .filter((o) => o.startsWith('--hash'))
      .map((o) => o.replace(/^--hash[= ]/, ''));
    (source === 'constraints' ? result.constraints : result.requirements).push(requirement);
  }
}

function readOption(
  line: string,
  where: { file: string; line: number; column: number },
  source: 'requirements' | 'constraints',
  via: string[],
  context: ReadContext,
): void {
  const { result, options } = context;
  // `--requirement=base.txt`, `--requirement base.txt`, `-r base.txt`, `-rbase.txt`
  const long = line.startsWith('--');
  const flagEnd = long ? line.search(/[=\s]|$/) : 2;
  const flag = line.slice(0, flagEnd);
  const value = line
    .slice(flagEnd)
    .replace(/^[=\s]\s*/, '')
    .trim();
  const here = `${where.file}:${where.line}`;
  const include = (kind: 'requirements' | 'constraints') => {
    if (!value) {
      result.problems.push({ ...where, severity: 'error', message: `${flag} needs a file name` });
    } else if (/^[a-z]+:\/\//i.test(value)) {
      result.problems.push({
        ...where,
        severity: 'notice',
        message: `${flag} ${value} is a URL; shipcheck does not fetch it`,
      });
    } else {
      const target = toProjectPath(options.root, path.resolve(options.root, path.dirname(where.file), value));
      readFile(target, kind, [...via, here], context);
    }
  };
  switch (flag) {
    case '-r':
    case '--requirement':
      include(source === 'constraints' ? 'constraints' : 'requirements');
      return;
    case '-c':
    case '--constraint':
      include('constraints');
      return;
    case '-e':
    case '--editable': {
      const parsed = parseRequirementLine(
        value,
        { ...where, column: where.column + line.indexOf(value), via, source },
        options.env,
      );
      if (parsed.problem) result.problems.push({ ...where, severity: 'error', ...parsed.problem });
      else
        (source === 'constraints' ? result.constraints : result.requirements).push({
          ...parsed.requirement!,
          editable: true,
        });
      return;
    }
    default:
      if (GLOBAL_FLAGS.has(flag) || GLOBAL_OPTIONS_WITH_VALUE.has(flag)) {
        if (GLOBAL_OPTIONS_WITH_VALUE.has(flag) && !value) {
          result.problems.push({ ...where, severity: 'error', message: `${flag} needs a value` });
        }
        return;
      }
      result.problems.push({
        ...where,
        severity: 'error',
        message: `pip does not accept the option '${flag}' in a requirements file`,
        fix: 'see pip\'s "Requirements File Format" for the options it allows',
      });
  }
}

/** `name==1.0 --hash=sha256:abc --hash sha256:def` -> the requirement and its options. */
function splitPerRequirementOptions(text: string): [string, string[], { offset: number; message: string }?] {
  const at = text.search(/\s--?[a-zA-Z]/);
  if (at < 0) return [text, []];
  const requirement = text.slice(0, at).trimEnd();
  const optionsText = text.slice(at).trim();
  const parts = optionsText.split(/\s+(?=--)/);
  const found: string[] = [];
  for (const part of parts) {
    const flag = part.split(/[= ]/)[0]!;
    if (!PER_REQUIREMENT_OPTIONS.has(flag)) {
      return [
        requirement,
        found,
        { offset: text.indexOf(part), message: `'${flag}' is not an option pip accepts after a requirement` },
      ];
    }
    found.push(part);
  }
  return [requirement, found];
}

/** Joins `\` continuations and drops comments, keeping the line and column where each logical line starts. */
export function logicalLines(text: string): Array<{ text: string; line: number; column: number }> {
  const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: Array<{ text: string; line: number; column: number }> = [];
  for (let i = 0; i < physical.length; i++) {
    const startLine = i + 1;
    let joined = physical[i]!;
    while (/(^|[^\\])(\\\\)*\\$/.test(joined) && i + 1 < physical.length) {
      joined = joined.slice(0, -1) + physical[++i]!;
    }
    const withoutComment = joined.replace(/(^|\s)#.*$/, '');
    const trimmed = withoutComment.trim();
    if (!trimmed) continue;
    out.push({
      text: trimmed,
      line: startLine,
      column: withoutComment.length - withoutComment.trimStart().length + 1,
    });
  }
  return out;
}

/** pip expands ${NAME} (upper case, digits, underscore) in requirement files; unset ones stay as written. */
function expandEnv(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(/\$\{([A-Z0-9_]+)\}/g, (match, name: string) => env[name] ?? match);
}

/** `git+https://...#egg=name`, `pkg-1.0-py3-none-any.whl`, `./libs/pkg` -> a project name when one can be told. */
export function projectNameFromUrl(url: string): string | undefined {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url);
  if (egg) return egg[1]!.replace(/-[0-9].*$/, '');
  const last = url.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/').pop() ?? '';
  if (/\.whl$/i.test(last)) return last.split('-')[0];
  const sdist = /^(.+?)-\d[^-]*\.(?:tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i.exec(last);
  if (sdist) return sdist[1];
  return undefined;
}

function toProjectPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

export function fileExists(root: string, file: string): boolean {
  return existsSync(path.resolve(root, file));
}
