/**
 * Finds the modules a Python file imports, without running Python: a byte-level tokenizer (strings,
 * f-strings with nested fields, comments, brackets, line continuations) and a statement-level reader on top.
 * Checked file by file against CPython's own `ast` over the whole standard library
 * (test/integration/python-imports-differential.test.ts).
 */

export interface PythonImport {
  /** dotted module as written: `flask_limiter.util` */
  module: string;
  /** for `from a import b, c`: the names imported, so `from google import protobuf` can map `google.protobuf` */
  names?: string[];
  /** 1-based line and column of the statement (or of the string, for importlib.import_module("x")) */
  line: number;
  column: number;
  /** inside `try:` whose handler catches ImportError (or ModuleNotFoundError, Exception, bare except) */
  guarded: boolean;
  kind: 'import' | 'from' | 'dynamic';
}

const enum T {
  Name,
  Str,
  Op,
  Number,
  Newline,
  Eof,
}

const enum Ch {
  Tab = 9,
  Lf = 10,
  FormFeed = 12,
  Cr = 13,
  Space = 32,
  Bang = 33,
  DQuote = 34,
  Hash = 35,
  SQuote = 39,
  LParen = 40,
  RParen = 41,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  D0 = 48,
  D9 = 57,
  Colon = 58,
  Semi = 59,
  Eq = 61,
  A = 65,
  E = 69,
  N = 78,
  Z = 90,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Underscore = 95,
  a = 97,
  e = 101,
  z = 122,
  LBrace = 123,
  RBrace = 125,
}

function isNameStart(c: number): boolean {
  return (c >= Ch.a && c <= Ch.z) || (c >= Ch.A && c <= Ch.Z) || c === Ch.Underscore || c >= 0x80;
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= Ch.D0 && c <= Ch.D9);
}

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 't', 'br', 'rb', 'fr', 'rf', 'tr', 'rt']);
const GUARDING_EXCEPTIONS = new Set(['ImportError', 'ModuleNotFoundError', 'Exception', 'BaseException']);
const DYNAMIC_IMPORTERS = new Set(['import_module', '__import__']);
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

class Tokenizer {
  pos = 0;
  depth = 0;
  type: T = T.Eof;
  start = 0;
  end = 0;
  /** true for a string token with an f/t prefix or bytes prefix: not a plain str constant */
  strIsPlain = false;
  /** set on the first token of each logical line */
  atLineStart = true;

  constructor(readonly buf: Uint8Array) {}

  text(): string {
    return latin1.decode(this.buf.subarray(this.start, this.end));
  }

  /** a method, so TypeScript does not narrow `type` across calls to next() */
  isType(type: T): boolean {
    return this.type === type;
  }

  is(op: string): boolean {
    return this.type === T.Op && this.end - this.start === op.length && this.text() === op;
  }

  isName(name: string): boolean {
    if (this.type !== T.Name || this.end - this.start !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.buf[this.start + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  save(): [number, number, T, number, number, boolean, boolean] {
    return [this.pos, this.depth, this.type, this.start, this.end, this.strIsPlain, this.atLineStart];
  }
  restore(s: [number, number, T, number, number, boolean, boolean]): void {
    [this.pos, this.depth, this.type, this.start, this.end, this.strIsPlain, this.atLineStart] = s;
  }

  next(): T {
    const buf = this.buf;
    const len = buf.length;
    let pos = this.pos;
    for (;;) {
      if (pos >= len) {
        this.pos = pos;
        this.start = this.end = pos;
        if (!this.atLineStart) {
          // a file that does not end in a newline still ends its last logical line
          this.atLineStart = true;
          return (this.type = T.Newline);
        }
        return (this.type = T.Eof);
      }
      const c = buf[pos]!;
      if (c === Ch.Space || c === Ch.Tab || c === Ch.FormFeed) {
        pos++;
      } else if (c === Ch.Lf || c === Ch.Cr) {
        pos += c === Ch.Cr && buf[pos + 1] === Ch.Lf ? 2 : 1;
        if (this.depth === 0 && !this.atLineStart) {
          this.pos = pos;
          this.start = this.end = pos;
          this.atLineStart = true;
          return (this.type = T.Newline);
        }
      } else if (c === Ch.Hash) {
        while (pos < len && buf[pos] !== Ch.Lf && buf[pos] !== Ch.Cr) pos++;
      } else if (c === Ch.Backslash) {
        // line continuation (or a stray backslash, which is a syntax error anyway)
        pos++;
        if (buf[pos] === Ch.Cr) pos++;
        if (buf[pos] === Ch.Lf) pos++;
      } else {
        break;
      }
    }
    this.start = pos;
    this.atLineStart = false;
    const c = buf[pos]!;
    if (isNameStart(c)) {
      let p = pos + 1;
      while (p < len && isNameChar(buf[p]!)) p++;
      const q = buf[p];
      if ((q === Ch.DQuote || q === Ch.SQuote) && p - pos <= 2) {
        const prefix = latin1.decode(buf.subarray(pos, p)).toLowerCase();
        if (STRING_PREFIXES.has(prefix)) {
          this.pos = this.scanString(p, prefix.includes('f') || prefix.includes('t'), prefix.includes('r'));
          this.end = this.pos;
          this.strIsPlain = !prefix.includes('f') && !prefix.includes('t') && !prefix.includes('b');
          return (this.type = T.Str);
        }
      }
      this.pos = this.end = p;
      return (this.type = T.Name);
    }
    if (c === Ch.DQuote || c === Ch.SQuote) {
      this.pos = this.end = this.scanString(pos, false, false);
      this.strIsPlain = true;
      return (this.type = T.Str);
    }
    if ((c >= Ch.D0 && c <= Ch.D9) || (c === Ch.Dot && buf[pos + 1]! >= Ch.D0 && buf[pos + 1]! <= Ch.D9)) {
      let p = pos + 1;
      while (p < len) {
        const d = buf[p]!;
        if (isNameChar(d) || d === Ch.Dot) p++;
        else if (
          (d === Ch.Plus || d === Ch.Minus) &&
          (buf[p - 1] === Ch.e || buf[p - 1] === Ch.E) &&
          !isHex(buf, pos)
        )
          p++;
        else break;
      }
      this.pos = this.end = p;
      return (this.type = T.Number);
    }
    // operators: only brackets, ':', ':=' and single characters matter to the reader
    if (c === Ch.LParen || c === Ch.LBracket || c === Ch.LBrace) this.depth++;
    else if ((c === Ch.RParen || c === Ch.RBracket || c === Ch.RBrace) && this.depth > 0) this.depth--;
    let p = pos + 1;
    if (c === Ch.Colon && buf[p] === Ch.Eq) p++;
    this.pos = this.end = p;
    return (this.type = T.Op);
  }

  /** From the opening quote; returns the position after the closing quote. */
  scanString(pos: number, formatted: boolean, raw: boolean): number {
    const buf = this.buf;
    const len = buf.length;
    const q = buf[pos]!;
    const triple = buf[pos + 1] === q && buf[pos + 2] === q;
    let p = pos + (triple ? 3 : 1);
    if (triple && !formatted) {
      // docstrings are most of the bytes: let indexOf find the candidates
      for (;;) {
        const found = indexOfByte(buf, q, p);
        if (found < 0) return len;
        if (buf[found + 1] === q && buf[found + 2] === q && !escaped(buf, found, p)) return found + 3;
        p = found + 1;
      }
    }
    while (p < len) {
      const c = buf[p]!;
      if (c === Ch.Backslash) {
        if (formatted && !raw && buf[p + 1] === Ch.N && buf[p + 2] === Ch.LBrace) {
          const close = indexOfByte(buf, Ch.RBrace, p + 3);
          p = close < 0 ? len : close + 1;
        } else {
          p += 2;
        }
      } else if (c === q) {
        if (!triple) return p + 1;
        if (buf[p + 1] === q && buf[p + 2] === q) return p + 3;
        p++;
      } else if ((c === Ch.Lf || c === Ch.Cr) && !triple && !formatted) {
        return p; // unterminated: resynchronise at the line end
      } else if (formatted && c === Ch.LBrace) {
        if (buf[p + 1] === Ch.LBrace) p += 2;
        else p = this.scanField(p + 1);
      } else {
        p++;
      }
    }
    return len;
  }

  /** A replacement field of an f-string, after its `{`; returns the position after its `}`. */
  scanField(pos: number): number {
    const buf = this.buf;
    const len = buf.length;
    let level = 0;
    let p = pos;
    while (p < len) {
      const c = buf[p]!;
      if (c === Ch.DQuote || c === Ch.SQuote) {
        p = this.scanString(p, false, false);
      } else if (isNameStart(c)) {
        let e = p + 1;
        while (e < len && isNameChar(buf[e]!)) e++;
        const q = buf[e];
        if ((q === Ch.DQuote || q === Ch.SQuote) && e - p <= 2) {
          const prefix = latin1.decode(buf.subarray(p, e)).toLowerCase();
          if (STRING_PREFIXES.has(prefix)) {
            p = this.scanString(e, prefix.includes('f') || prefix.includes('t'), prefix.includes('r'));
            continue;
          }
        }
        p = e;
      } else if (c === Ch.LParen || c === Ch.LBracket || c === Ch.LBrace) {
        level++;
        p++;
      } else if (c === Ch.RParen || c === Ch.RBracket) {
        if (level > 0) level--;
        p++;
      } else if (c === Ch.RBrace) {
        if (level === 0) return p + 1;
        level--;
        p++;
      } else if (c === Ch.Bang && buf[p + 1] !== Ch.Eq && level === 0) {
        p++; // conversion !r !s !a: the name follows, then ':' or '}'
      } else if (c === Ch.Colon && level === 0) {
        return this.scanFormatSpec(p + 1);
      } else {
        p++;
      }
    }
    return len;
  }

  /** Literal text with nested `{fields}`, up to the `}` that ends the enclosing field. */
  scanFormatSpec(pos: number): number {
    const buf = this.buf;
    let p = pos;
    while (p < buf.length) {
      const c = buf[p]!;
      if (c === Ch.LBrace) p = this.scanField(p + 1);
      else if (c === Ch.RBrace) return p + 1;
      else if (c === Ch.Backslash) p += 2;
      else p++;
    }
    return buf.length;
  }
}

function isHex(buf: Uint8Array, start: number): boolean {
  return buf[start] === Ch.D0 && (buf[start + 1] === 120 || buf[start + 1] === 88);
}

function indexOfByte(buf: Uint8Array, byte: number, from: number): number {
  return buf.indexOf(byte, from);
}

/** True when the quote at `at` is escaped by an odd run of backslashes (not reaching before `floor`). */
function escaped(buf: Uint8Array, at: number, floor: number): boolean {
  let n = 0;
  for (let p = at - 1; p >= floor && buf[p] === Ch.Backslash; p--) n++;
  return n % 2 === 1;
}

/** Line and column (1-based, in characters) of byte offsets, counted lazily and in increasing order. */
class Positions {
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly buf: Uint8Array) {}

  at(target: number): { line: number; column: number; lineStart: number } {
    const buf = this.buf;
    if (target < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (let p = this.offset; p < target; p++) {
      const c = buf[p];
      if (c === Ch.Lf || (c === Ch.Cr && buf[p + 1] !== Ch.Lf)) {
        this.line++;
        this.lineStart = p + 1;
      }
    }
    this.offset = target;
    let column = target - this.lineStart + 1;
    for (let p = this.lineStart; p < target; p++) {
      if (buf[p]! >= 0x80) {
        column = utf8.decode(buf.subarray(this.lineStart, target)).length + 1;
        break;
      }
    }
    return { line: this.line, column, lineStart: this.lineStart };
  }
}

interface TryBlock {
  indent: number;
  imports: PythonImport[];
}

/** Indentation of the line holding `offset`, tabs to the next multiple of 8 as Python counts them. */
function indentAt(buf: Uint8Array, offset: number): number {
  let start = offset;
  while (start > 0 && buf[start - 1] !== Ch.Lf && buf[start - 1] !== Ch.Cr) start--;
  let col = 0;
  for (let p = start; p < offset; p++) {
    if (buf[p] === Ch.Tab) col = (Math.floor(col / 8) + 1) * 8;
    else if (buf[p] === Ch.FormFeed) col = 0;
    else col++;
  }
  return col;
}

export function scanPythonImports(buf: Uint8Array): PythonImport[] {
  const tok = new Tokenizer(buf);
  const positions = new Positions(buf);
  const imports: PythonImport[] = [];
  const tries: TryBlock[] = [];
  /** indentation of an `if TYPE_CHECKING:` header whose body we are in; -1 when none */
  let typeCheckingIndent = -1;

  const record = (
    entry: Omit<PythonImport, 'line' | 'column' | 'guarded'>,
    offset: number,
    indent: number,
    skipped: boolean,
  ) => {
    if (skipped) return;
    const { line, column } = positions.at(offset);
    const item: PythonImport = { ...entry, line, column, guarded: false };
    imports.push(item);
    for (const block of tries) if (indent > block.indent) block.imports.push(item);
  };

  while (tok.next() !== T.Eof) {
    if (tok.isType(T.Newline)) continue;
    const indent = indentAt(buf, tok.start);

    if (typeCheckingIndent >= 0 && indent <= typeCheckingIndent) typeCheckingIndent = -1;
    // leave try blocks this line is not inside of (except/else/finally at the try's own indent stay)
    while (tries.length > 0) {
      const top = tries[tries.length - 1]!;
      if (indent > top.indent) break;
      if (indent === top.indent && (tok.isName('except') || tok.isName('else') || tok.isName('finally')))
        break;
      tries.pop();
    }

    let skipping = typeCheckingIndent >= 0;
    let sameLineTry: TryBlock | undefined;

    if ((tok.isName('if') || tok.isName('elif')) && isTypeCheckingHeader(tok)) {
      // the header's own line may carry its body after the colon: `if TYPE_CHECKING: import x`
      if (!skipping) typeCheckingIndent = indent;
      skipping = true;
    } else if (tok.isName('try')) {
      const state = tok.save();
      if ((tok.next(), tok.is(':'))) {
        sameLineTry = { indent, imports: [] };
        tries.push(sameLineTry);
      }
      tok.restore(state);
    } else if (tok.isName('except')) {
      const block = tries.find((candidate) => candidate.indent === indent);
      const state = tok.save();
      let guards = false;
      if ((tok.next(), tok.is(':'))) guards = true;
      else {
        while (!tok.isType(T.Newline) && !tok.isType(T.Eof) && !(tok.depth === 0 && tok.is(':'))) {
          if (tok.isType(T.Name) && GUARDING_EXCEPTIONS.has(tok.text())) guards = true;
          tok.next();
        }
      }
      tok.restore(state);
      if (block && guards) for (const item of block.imports) item.guarded = true;
    }

    // the statements of this logical line
    let statementStart = true;
    for (;;) {
      if (tok.isType(T.Newline) || tok.isType(T.Eof)) break;
      if (statementStart && tok.isType(T.Name)) {
        if (tok.isName('import')) {
          readImport(tok, (module, offset) =>
            record({ module, kind: 'import' }, offset, sameLineTry ? indent + 1 : indent, skipping),
          );
          continue;
        }
        if (tok.isName('from')) {
          readFrom(tok, (module, names, offset) =>
            record({ module, names, kind: 'from' }, offset, sameLineTry ? indent + 1 : indent, skipping),
          );
          continue;
        }
      }
      statementStart = false;
      if (tok.isType(T.Op) && tok.depth === 0 && (tok.is(';') || tok.is(':'))) {
        statementStart = true;
      } else if (tok.isType(T.Name) && DYNAMIC_IMPORTERS.has(tok.text())) {
        const module = readDynamicImport(tok);
        if (module !== undefined) {
          if (module.value && !module.value.startsWith('.')) {
            record({ module: module.value, kind: 'dynamic' }, module.offset, indent, skipping);
          }
          continue;
        }
      }
      tok.next();
    }
  }
  return imports;
}

/** After `if`/`elif`: `TYPE_CHECKING`, `typing.TYPE_CHECKING` (optionally in parentheses), then `:`. */
function isTypeCheckingHeader(tok: Tokenizer): boolean {
  const state = tok.save();
  let last = '';
  let ok = true;
  for (tok.next(); ; tok.next()) {
    if (tok.isType(T.Name)) last = tok.text();
    else if (tok.isType(T.Op) && (tok.is('.') || tok.is('(') || tok.is(')'))) continue;
    else break;
  }
  ok = tok.isType(T.Op) && tok.is(':') && tok.depth === 0 && last === 'TYPE_CHECKING';
  tok.restore(state);
  return ok;
}

/** At `import`: `a.b as c, d`. Leaves the tokenizer after the statement. */
function readImport(tok: Tokenizer, found: (module: string, offset: number) => void): void {
  const statement = tok.start;
  tok.next();
  for (;;) {
    const module = readDottedName(tok);
    if (!module) return;
    found(module, statement);
    if (tok.isName('as')) {
      tok.next();
      tok.next();
    }
    if (!(tok.isType(T.Op) && tok.is(','))) return;
    tok.next();
  }
}

/** At `from`: relative and `__future__` imports are not dependencies. */
function readFrom(tok: Tokenizer, found: (module: string, names: string[], offset: number) => void): void {
  const statement = tok.start;
  tok.next();
  let relative = false;
  while (tok.isType(T.Op) && tok.is('.')) {
    relative = true;
    tok.next();
  }
  const module = relative ? undefined : readDottedName(tok);
  if (!tok.isName('import')) return;
  tok.next();
  const names: string[] = [];
  while (
    !tok.isType(T.Newline) &&
    !tok.isType(T.Eof) &&
    !(tok.depth === 0 && tok.isType(T.Op) && tok.is(';'))
  ) {
    if (tok.isType(T.Name)) {
      if (tok.isName('as')) tok.next();
      else names.push(tok.text());
    }
    tok.next();
  }
  if (module && module !== '__future__') found(module, names, statement);
}

function readDottedName(tok: Tokenizer): string | undefined {
  if (!tok.isType(T.Name)) return undefined;
  let name = utf8.decode(tok.buf.subarray(tok.start, tok.end));
  tok.next();
  while (tok.isType(T.Op) && tok.is('.')) {
    tok.next();
    if (!tok.isType(T.Name)) break;
    name += `.${utf8.decode(tok.buf.subarray(tok.start, tok.end))}`;
    tok.next();
  }
  return name;
}

/**
 * At `import_module` or `__import__`: `("literal"` then `,` or `)`. Returns undefined (tokenizer restored)
 * when it is not such a call, else the literal (value undefined when not a plain string).
 */
function readDynamicImport(tok: Tokenizer): { value?: string; offset: number } | undefined {
  const state = tok.save();
  tok.next();
  if (!(tok.isType(T.Op) && tok.is('('))) {
    tok.restore(state);
    return undefined;
  }
  tok.next();
  const offset = tok.start;
  let value = '';
  let plain = true;
  let parts = 0;
  while (tok.isType(T.Str)) {
    parts++;
    plain &&= tok.strIsPlain;
    if (plain) value += stringLiteralValue(tok.buf.subarray(tok.start, tok.end));
    tok.next();
  }
  if (parts === 0 || !(tok.isType(T.Op) && (tok.is(',') || tok.is(')')))) {
    tok.restore(state);
    return undefined;
  }
  return plain ? { value, offset } : { offset };
}

/** The value of a simple (non-f, non-bytes) string literal; module names need no escape handling beyond the basics. */
function stringLiteralValue(raw: Uint8Array): string {
  let text = utf8.decode(raw);
  const prefix = /^[rRuU]*/.exec(text)![0];
  text = text.slice(prefix.length);
  const quote = text.startsWith('"""') || text.startsWith("'''") ? 3 : 1;
  return text.slice(quote, text.length - quote);
}
