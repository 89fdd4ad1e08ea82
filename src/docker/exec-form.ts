/**
 * The exec form of CMD, ENTRYPOINT and HEALTHCHECK CMD is a JSON array of strings. When it is not valid
 * JSON, Docker silently runs the text through `/bin/sh -c` instead, and the container dies with
 * `/bin/sh: 1: [gunicorn,: not found`. This reads the array the way Docker's JSON parser does and, when it
 * fails, names the first thing wrong and where.
 */

export type ExecForm =
  | { ok: true; args: string[] }
  | {
      ok: false;
      /** what is wrong, for a person */
      message: string;
      /** 0-based index into the text given */
      offset: number;
    };

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);

/** `text` starts at the `[` (leading whitespace allowed). */
export function parseExecForm(text: string): ExecForm {
  let i = 0;
  const fail = (message: string, offset = i): ExecForm => ({ ok: false, message, offset });
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  skipSpace();
  if (text[i] !== '[') return fail('the exec form starts with [');
  i++;
  const args: string[] = [];
  skipSpace();
  if (text[i] === ']') {
    i++;
    skipSpace();
    return i < text.length ? fail('text after the closing ]') : { ok: true, args };
  }
  for (;;) {
    skipSpace();
    if (i >= text.length) return fail('unbalanced bracket: the array has no closing ]');
    const c = text[i]!;
    if (c === "'")
      return fail(`single quotes: JSON strings need double quotes ("…"), found ${word(text, i)}`);
    if (c === ']' && args.length > 0) return fail('trailing comma before ]: remove the last comma', i);
    if (c === '\u201c' || c === '\u201d')
      return fail('typographic quotes (“ ”): use plain double quotes (")');
    if (c !== '"') return fail(`every element must be a "double-quoted string", found ${word(text, i)}`);
    const start = i;
    i++;
    let value = '';
    for (;;) {
      if (i >= text.length) return fail('unterminated string: a closing " is missing', start);
      const ch = text[i]!;
      if (ch === '"') break;
      if (ch === '\n') return fail('unterminated string: a closing " is missing before the line ends', start);
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === undefined || !ESCAPES.has(next)) {
          return fail(
            `bad escape \\${next ?? ''}: JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX (write \\\\ for a backslash)`,
          );
        }
        if (next === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return fail('bad escape: \\u needs four hex digits');
        }
        i += next === 'u' ? 6 : 2;
        continue;
      }
      value += ch;
      i++;
    }
    i++;
    args.push(value);
    skipSpace();
    if (i >= text.length) return fail('unbalanced bracket: the array has no closing ]');
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === ']') {
      i++;
      skipSpace();
      if (i < text.length) return fail(`text after the closing ]: ${word(text, i)}`);
      // the scanner agrees with JSON.parse by construction; this keeps values exact (escapes decoded)
      return { ok: true, args: JSON.parse(text) as string[] };
    }
    return fail(`a comma is missing between elements, found ${word(text, i)}`);
  }
}

function word(text: string, at: number): string {
  const found = /^\S{1,24}/.exec(text.slice(at))?.[0] ?? text.slice(at, at + 1);
  return `\`${found}\``;
}

/** Whether the argument text of CMD/ENTRYPOINT is meant as the exec form (Docker: starts with `[`). */
export function looksLikeExecForm(text: string): boolean {
  return text.trimStart().startsWith('[');
}

/**
 * Words of a shell-form command, for reading flags (not for running): quotes removed, `\`-newline joined.
 * Good enough for `gunicorn -b 0.0.0.0:8000 app:app` and `curl -f http://localhost:8000/health || exit 1`.
 */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  let has = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < command.length) current += command[++i];
      else current += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === '\\' && command[i + 1] === '\n') {
      i++;
    } else if (c === '\\' && i + 1 < command.length) {
      current += command[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || current) words.push(current);
      current = '';
      has = false;
    } else {
      current += c;
      has = true;
    }
  }
  if (has || current) words.push(current);
  return words;
}
