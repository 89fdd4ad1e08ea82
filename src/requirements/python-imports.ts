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
  /** byte offset of the statement (or of the string, for importlib.import_module("x")) */
  offset: number;
  /** 1-based line and column of `offset`; 0 when the scan was asked not to count lines */
  line: number;
  column: number;
  /** inside `try:` whose handler catches ImportError (or ModuleNotFoundError, Exception, bare except) */
  guarded: boolean;
  kind: 'import' | 'from' | 'dynamic';
}

const TOK_Name = 0;
const TOK_Str = 1;
const TOK_Op = 2;
const TOK_Number = 3;
const TOK_Newline = 4;
const TOK_Eof = 5;

const CH_Tab = 9;
const CH_Lf = 10;
const CH_FormFeed = 12;
const CH_Cr = 13;
const CH_Space = 32;
const CH_Bang = 33;
const CH_DQuote = 34;
const CH_Hash = 35;
const CH_SQuote = 39;
const CH_LParen = 40;
const CH_RParen = 41;
const CH_Plus = 43;
const CH_Minus = 45;
const CH_Dot = 46;
const CH_D0 = 48;
const CH_D9 = 57;
const CH_Colon = 58;
const CH_Semi = 59;
const CH_Eq = 61;
const CH_A = 65;
const CH_E = 69;
const CH_N = 78;
const CH_Z = 90;
const CH_LBracket = 91;
const CH_Backslash = 92;
const CH_RBracket = 93;
const CH_Underscore = 95;
const CH_a = 97;
const CH_e = 101;
const CH_z = 122;
const CH_LBrace = 123;
const CH_RBrace = 125;

function isNameStart(c: number): boolean {
  return (c >= CH_a && c <= CH_z) || (c >= CH_A && c <= CH_Z) || c === CH_Underscore || c >= 0x80;
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= CH_D0 && c <= CH_D9);
}

// needles made once: a string needle is converted to bytes on every search
// searched without its `i`: Buffer#indexOf steps by the needle's first byte, and `m` is rarer than `i` in Python
// (a third faster over the standard library)
const MPORT_BYTES = Buffer.from('mport');
const CH_LowerI = 105;

/** The offset of the next `import` at or after `from`, or -1. */
function indexOfImport(bytes: Buffer, from: number): number {
  for (let p = bytes.indexOf(MPORT_BYTES, from + 1); p > 0; p = bytes.indexOf(MPORT_BYTES, p + 5)) {
    if (bytes[p - 1] === CH_LowerI) return p - 1;
  }
  return -1;
}

/** Byte classes for the fast path that skips the rest of a statement. */
const BYTE_Plain = 0;
const BYTE_Quote = 1;
const BYTE_Hash = 2;
const BYTE_Backslash = 3;
const BYTE_Newline = 4;
const BYTE_LParen = 5;
const BYTE_Open = 6;
const BYTE_Close = 7;
const BYTE_Semi = 8;
const BYTE_Colon = 9;
const BYTE_CLASS = new Uint8Array(256);
BYTE_CLASS[CH_DQuote] = BYTE_Quote;
BYTE_CLASS[CH_SQuote] = BYTE_Quote;
BYTE_CLASS[CH_Hash] = BYTE_Hash;
BYTE_CLASS[CH_Backslash] = BYTE_Backslash;
BYTE_CLASS[CH_Lf] = BYTE_Newline;
BYTE_CLASS[CH_Cr] = BYTE_Newline;
BYTE_CLASS[CH_LParen] = BYTE_LParen;
BYTE_CLASS[CH_LBracket] = BYTE_Open;
BYTE_CLASS[CH_LBrace] = BYTE_Open;
BYTE_CLASS[CH_RParen] = BYTE_Close;
BYTE_CLASS[CH_RBracket] = BYTE_Close;
BYTE_CLASS[CH_RBrace] = BYTE_Close;
BYTE_CLASS[CH_Semi] = BYTE_Semi;
BYTE_CLASS[CH_Colon] = BYTE_Colon;

const GUARDING_EXCEPTIONS = new Set(['ImportError', 'ModuleNotFoundError', 'Exception', 'BaseException']);
const utf8 = new TextDecoder('utf-8');
// Buffer's own byte-to-string copy, usable on any Uint8Array without wrapping it
const latin1Slice = (Buffer.prototype as unknown as { latin1Slice(start: number, end: number): string })
  .latin1Slice;

class Tokenizer {
  pos = 0;
  depth = 0;
  type: number = TOK_Eof;
  start = 0;
  end = 0;
  /** true for a string token with an f/t prefix or bytes prefix: not a plain str constant */
  strIsPlain = false;
  /** set on the first token of each logical line */
  atLineStart = true;

  constructor(readonly buf: Uint8Array) {}

  text(): string {
    return bytesToString(this.buf, this.start, this.end);
  }

  /** a method, so TypeScript does not narrow `type` across calls to next() */
  isType(type: number): boolean {
    return this.type === type;
  }

  is(op: string): boolean {
    if (this.type !== TOK_Op || this.end - this.start !== op.length) return false;
    // byte comparison: this runs for every operator token, decoding would dominate the scan
    for (let i = 0; i < op.length; i++) if (this.buf[this.start + i] !== op.charCodeAt(i)) return false;
    return true;
  }

  isName(name: string): boolean {
    if (this.type !== TOK_Name || this.end - this.start !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.buf[this.start + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  save(): [number, number, number, number, number, boolean, boolean] {
    return [this.pos, this.depth, this.type, this.start, this.end, this.strIsPlain, this.atLineStart];
  }
  restore(s: [number, number, number, number, number, boolean, boolean]): void {
    [this.pos, this.depth, this.type, this.start, this.end, this.strIsPlain, this.atLineStart] = s;
  }

  next(): number {
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
          return (this.type = TOK_Newline);
        }
        return (this.type = TOK_Eof);
      }
      const c = buf[pos]!;
      if (c === CH_Space || c === CH_Tab || c === CH_FormFeed) {
        pos++;
      } else if (c === CH_Lf || c === CH_Cr) {
        pos += c === CH_Cr && buf[pos + 1] === CH_Lf ? 2 : 1;
        if (this.depth === 0 && !this.atLineStart) {
          this.pos = pos;
          this.start = this.end = pos;
          this.atLineStart = true;
          return (this.type = TOK_Newline);
        }
      } else if (c === CH_Hash) {
        while (pos < len && buf[pos] !== CH_Lf && buf[pos] !== CH_Cr) pos++;
      } else if (c === CH_Backslash) {
        // line continuation (or a stray backslash, which is a syntax error anyway)
        pos++;
        if (buf[pos] === CH_Cr) pos++;
        if (buf[pos] === CH_Lf) pos++;
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
      if ((q === CH_DQuote || q === CH_SQuote) && p - pos <= 2) {
        const prefix = stringPrefix(buf, pos, p);
        if (prefix) {
          this.pos = this.scanString(p, prefix.formatted, prefix.raw);
          this.end = this.pos;
          this.strIsPlain = !prefix.formatted && !hasByte(buf, pos, p, 98);
          return (this.type = TOK_Str);
        }
      }
      this.pos = this.end = p;
      return (this.type = TOK_Name);
    }
    if (c === CH_DQuote || c === CH_SQuote) {
      this.pos = this.end = this.scanString(pos, false, false);
      this.strIsPlain = true;
      return (this.type = TOK_Str);
    }
    if ((c >= CH_D0 && c <= CH_D9) || (c === CH_Dot && buf[pos + 1]! >= CH_D0 && buf[pos + 1]! <= CH_D9)) {
      let p = pos + 1;
      while (p < len) {
        const d = buf[p]!;
        if (isNameChar(d) || d === CH_Dot) p++;
        else if (
          (d === CH_Plus || d === CH_Minus) &&
          (buf[p - 1] === CH_e || buf[p - 1] === CH_E) &&
          !isHex(buf, pos)
        )
          p++;
        else break;
      }
      this.pos = this.end = p;
      return (this.type = TOK_Number);
    }
    // operators: only brackets, ':', ':=' and single characters matter to the reader
    if (c === CH_LParen || c === CH_LBracket || c === CH_LBrace) this.depth++;
    else if ((c === CH_RParen || c === CH_RBracket || c === CH_RBrace) && this.depth > 0) this.depth--;
    let p = pos + 1;
    if (c === CH_Colon && buf[p] === CH_Eq) p++;
    this.pos = this.end = p;
    return (this.type = TOK_Op);
  }

  /**
   * The fast path: skips the rest of a statement byte by byte, tracking only strings, comments and brackets,
   * and stops at what the reader needs: the logical line's end, `;` or `:` at depth 0 (another statement may
   * follow), or an `import_module(` / `__import__(` call. Leaves the tokenizer on that token.
   */
  skipStatement(everyLine: boolean): number {
    const buf = this.buf;
    const len = buf.length;
    const from = this.pos;
    let p = this.pos;
    while (p < len) {
      // the tight loop over ordinary bytes (names, numbers, spaces, operators) is where most time goes
      while (p < len && BYTE_CLASS[buf[p]!] === BYTE_Plain) p++;
      if (p >= len) break;
      const c = buf[p]!;
      switch (BYTE_CLASS[c]) {
        case BYTE_Plain:
          p++;
          break;
        case BYTE_Quote: {
          let start = p;
          while (start > 0 && isNameChar(buf[start - 1]!)) start--;
          const prefix = p - start > 0 && p - start <= 2 ? stringPrefix(buf, start, p) : undefined;
          p = this.scanString(p, prefix?.formatted ?? false, prefix?.raw ?? false);
          break;
        }
        case BYTE_Hash:
          // comments run to the line end (a byte loop: most comments are shorter than a native call costs)
          while (p < len && buf[p] !== CH_Lf && buf[p] !== CH_Cr) p++;
          break;
        case BYTE_Backslash:
          p++;
          if (buf[p] === CH_Cr) p++;
          if (buf[p] === CH_Lf) p++;
          break;
        case BYTE_Newline:
          if (this.depth === 0) {
            if (everyLine) {
              this.pos = p;
              return this.next();
            }
            // No block is open, so only a line that may start import/from/if/try/else/except/finally
            // matters to the reader: run straight through the others (most lines of a file).
            const q = this.nextLineStart(p);
            if (q >= len || startsStatementOfInterest(buf, q)) {
              this.pos = p;
              return this.next();
            }
            p = q;
            break;
          }
          p++;
          break;
        case BYTE_LParen: {
          let end = p;
          while (end > 0 && (buf[end - 1] === CH_Space || buf[end - 1] === CH_Tab)) end--;
          let start = end;
          while (start > 0 && isNameChar(buf[start - 1]!)) start--;
          const length = end - start;
          // (an identifier the reader already saw, before `from`, was already judged)
          if ((length === 13 || length === 10) && start >= from) {
            const name = bytesToString(buf, start, end);
            if (name === 'import_module' || name === '__import__') {
              this.pos = start;
              return this.next();
            }
          }
          this.depth++;
          p++;
          break;
        }
        case BYTE_Open:
          this.depth++;
          p++;
          break;
        case BYTE_Close:
          if (this.depth > 0) this.depth--;
          p++;
          break;
        case BYTE_Semi:
        case BYTE_Colon:
          if (this.depth === 0 && !(c === CH_Colon && buf[p + 1] === CH_Eq)) {
            this.pos = p;
            return this.next();
          }
          p += c === CH_Colon && buf[p + 1] === CH_Eq ? 2 : 1;
          break;
      }
    }
    this.pos = len;
    return this.next();
  }

  /** From a line end: the first byte of the next line that is not blank, a comment or a continuation. */
  nextLineStart(from: number): number {
    const buf = this.buf;
    const len = buf.length;
    let q = from;
    while (q < len) {
      const c = buf[q]!;
      if (c === CH_Lf || c === CH_Cr || c === CH_Space || c === CH_Tab || c === CH_FormFeed) q++;
      else if (c === CH_Hash) {
        while (q < len && buf[q] !== CH_Lf && buf[q] !== CH_Cr) q++;
      } else break;
    }
    return q;
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
      if (c === CH_Backslash) {
        if (formatted && !raw && buf[p + 1] === CH_N && buf[p + 2] === CH_LBrace) {
          const close = indexOfByte(buf, CH_RBrace, p + 3);
          p = close < 0 ? len : close + 1;
        } else {
          p += 2;
        }
      } else if (c === q) {
        if (!triple) return p + 1;
        if (buf[p + 1] === q && buf[p + 2] === q) return p + 3;
        p++;
      } else if ((c === CH_Lf || c === CH_Cr) && !triple && !formatted) {
        return p; // unterminated: resynchronise at the line end
      } else if (formatted && c === CH_LBrace) {
        if (buf[p + 1] === CH_LBrace) p += 2;
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
      if (c === CH_DQuote || c === CH_SQuote) {
        p = this.scanString(p, false, false);
      } else if (isNameStart(c)) {
        let e = p + 1;
        while (e < len && isNameChar(buf[e]!)) e++;
        const q = buf[e];
        if ((q === CH_DQuote || q === CH_SQuote) && e - p <= 2) {
          const prefix = stringPrefix(buf, p, e);
          if (prefix) {
            p = this.scanString(e, prefix.formatted, prefix.raw);
            continue;
          }
        }
        p = e;
      } else if (c === CH_LParen || c === CH_LBracket || c === CH_LBrace) {
        level++;
        p++;
      } else if (c === CH_RParen || c === CH_RBracket) {
        if (level > 0) level--;
        p++;
      } else if (c === CH_RBrace) {
        if (level === 0) return p + 1;
        level--;
        p++;
      } else if (c === CH_Bang && buf[p + 1] !== CH_Eq && level === 0) {
        p++; // conversion !r !s !a: the name follows, then ':' or '}'
      } else if (c === CH_Colon && level === 0) {
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
      if (c === CH_LBrace) p = this.scanField(p + 1);
      else if (c === CH_RBrace) return p + 1;
      else if (c === CH_Backslash) p += 2;
      else p++;
    }
    return buf.length;
  }
}

const KEYWORDS_OF_INTEREST = ['import', 'from', 'if', 'elif', 'else', 'try', 'except', 'finally'].map(
  (word) => Array.from(word, (ch) => ch.charCodeAt(0)),
);

/** The line at `at` starts with a keyword the statement reader acts on (then a non-name byte). */
function startsStatementOfInterest(buf: Uint8Array, at: number): boolean {
  const first = buf[at];
  // i(f|mport), f(rom|inally), t(ry), e(l(if|se)|xcept): anything else is skipped without a look
  if (first !== 105 && first !== 102 && first !== 116 && first !== 101) return false;
  for (const word of KEYWORDS_OF_INTEREST) {
    if (word[0] !== first) continue;
    let i = 1;
    while (i < word.length && buf[at + i] === word[i]) i++;
    if (i === word.length && !isNameChar(buf[at + i] ?? 0x20)) return true;
  }
  return false;
}

/** Bytes as a string: ASCII (nearly every identifier) without a decoder or a subarray. */
function bytesToString(buf: Uint8Array, start: number, end: number): string {
  for (let i = start; i < end; i++) if (buf[i]! >= 0x80) return utf8.decode(buf.subarray(start, end));
  // ASCII: one flat string straight from the bytes (appending a character at a time made a string per byte)
  return latin1Slice.call(buf, start, end);
}

/** The f/t and r flags of a string prefix of one or two bytes (`rb`, `F`, `tr`), or undefined when it is none. */
function stringPrefix(
  buf: Uint8Array,
  start: number,
  end: number,
): { formatted: boolean; raw: boolean } | undefined {
  let formatted = false;
  let raw = false;
  let bytes = false;
  let unicode = false;
  for (let i = start; i < end; i++) {
    const c = buf[i]! | 0x20; // lower case
    if (c === 102 /* f */ || c === 116 /* t */) {
      if (formatted) return undefined;
      formatted = true;
    } else if (c === 114 /* r */) {
      if (raw) return undefined;
      raw = true;
    } else if (c === 98 /* b */) {
      if (bytes) return undefined;
      bytes = true;
    } else if (c === 117 /* u */) {
      unicode = true;
    } else return undefined;
  }
  const length = end - start;
  if (unicode && length !== 1) return undefined;
  if (bytes && formatted) return undefined;
  return { formatted, raw };
}

function hasByte(buf: Uint8Array, start: number, end: number, lower: number): boolean {
  for (let i = start; i < end; i++) if ((buf[i]! | 0x20) === lower) return true;
  return false;
}

function isHex(buf: Uint8Array, start: number): boolean {
  return buf[start] === CH_D0 && (buf[start + 1] === 120 || buf[start + 1] === 88);
}

function indexOfByte(buf: Uint8Array, byte: number, from: number): number {
  return buf.indexOf(byte, from);
}

/** True when the quote at `at` is escaped by an odd run of backslashes (not reaching before `floor`). */
function escaped(buf: Uint8Array, at: number, floor: number): boolean {
  let n = 0;
  for (let p = at - 1; p >= floor && buf[p] === CH_Backslash; p--) n++;
  return n % 2 === 1;
}

/** Line and column (1-based, in characters) of byte offsets, counted lazily and in increasing order. */
export class Positions {
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  private readonly hasCr: boolean;

  constructor(private readonly buf: Uint8Array) {
    this.hasCr = buf.indexOf(CH_Cr) >= 0;
  }

  at(target: number): { line: number; column: number; lineStart: number } {
    const buf = this.buf;
    if (target < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    if (this.hasCr) {
      // CRLF counts once; a lone CR is a line end of its own
      for (let p = this.offset; p < target; p++) {
        const c = buf[p];
        if (c === CH_Lf || (c === CH_Cr && buf[p + 1] !== CH_Lf)) {
          this.line++;
          this.lineStart = p + 1;
        }
      }
    } else {
      for (let p = buf.indexOf(CH_Lf, this.offset); p >= 0 && p < target; p = buf.indexOf(CH_Lf, p + 1)) {
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
  while (start > 0 && buf[start - 1] !== CH_Lf && buf[start - 1] !== CH_Cr) start--;
  let col = 0;
  for (let p = start; p < offset; p++) {
    if (buf[p] === CH_Tab) col = (Math.floor(col / 8) + 1) * 8;
    else if (buf[p] === CH_FormFeed) col = 0;
    else col++;
  }
  return col;
}

/**
 * `positions: false` skips line counting (most of a file's imports never become findings); the caller
 * then locates the few it reports with `new Positions(buf).at(offset)`.
 */
export function scanPythonImports(buf: Uint8Array, options: { positions?: boolean } = {}): PythonImport[] {
  const tok = new Tokenizer(buf);
  const positions = options.positions === false ? undefined : new Positions(buf);
  const imports: PythonImport[] = [];
  const tries: TryBlock[] = [];
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  // Every statement or call this reader records spells `import` at or after its start (import, from ...
  // import, import_module, __import__): once no `import` follows, no statement can be one. Searched forward
  // as the reader advances (each byte once; a search back from the end cost twice as much).
  let nextImport = indexOfImport(bytes, 0);
  /** indentation of an `if TYPE_CHECKING:` header whose body we are in; -1 when none */
  let typeCheckingIndent = -1;

  // where the statement being read sits: set before each reader call, so the one `record` closure serves them all
  let recordIndent = 0;
  let recordSkipped = false;
  const record: Recorder = (module, names, kind, offset) => {
    if (recordSkipped) return;
    let line = 0;
    let column = 0;
    if (positions) ({ line, column } = positions.at(offset));
    const item: PythonImport = { module, names, kind, offset, line, column, guarded: false };
    imports.push(item);
    for (const block of tries) if (recordIndent > block.indent) block.imports.push(item);
  };

  while (tok.next() !== TOK_Eof) {
    if (tok.isType(TOK_Newline)) continue;
    // (an open try block still needs its except line, which marks the imports it guards)
    if (tok.start > nextImport) {
      nextImport = nextImport < 0 ? -1 : indexOfImport(bytes, tok.start);
      if (nextImport < 0 && tries.length === 0) break;
      if (nextImport < 0) nextImport = buf.length;
    }
    // indentation matters only inside open blocks and on block headers; most lines skip counting it
    const header =
      tok.isType(TOK_Name) &&
      (tok.isName('if') ||
        tok.isName('elif') ||
        tok.isName('try') ||
        tok.isName('except') ||
        tok.isName('else') ||
        tok.isName('finally') ||
        tok.isName('import') ||
        tok.isName('from'));
    const indent = header || typeCheckingIndent >= 0 || tries.length > 0 ? indentAt(buf, tok.start) : 0;

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
        while (!tok.isType(TOK_Newline) && !tok.isType(TOK_Eof) && !(tok.depth === 0 && tok.is(':'))) {
          if (tok.isType(TOK_Name) && GUARDING_EXCEPTIONS.has(tok.text())) guards = true;
          tok.next();
        }
      }
      tok.restore(state);
      if (block && guards) for (const item of block.imports) item.guarded = true;
    }

    // the statements of this logical line
    let statementStart = true;
    for (;;) {
      if (tok.isType(TOK_Newline) || tok.isType(TOK_Eof)) break;
      if (statementStart && tok.isType(TOK_Name)) {
        if (tok.isName('import')) {
          recordIndent = sameLineTry ? indent + 1 : indent;
          recordSkipped = skipping;
          readImport(tok, record);
          continue;
        }
        if (tok.isName('from')) {
          recordIndent = sameLineTry ? indent + 1 : indent;
          recordSkipped = skipping;
          readFrom(tok, record);
          continue;
        }
      }
      statementStart = false;
      if (tok.isType(TOK_Op) && tok.depth === 0 && (tok.is(';') || tok.is(':'))) {
        // another statement may follow on this line: read its first token properly
        statementStart = true;
        tok.next();
        continue;
      } else if (tok.isName('import_module') || tok.isName('__import__')) {
        const module = readDynamicImport(tok);
        if (module !== undefined) {
          if (module.value && !module.value.startsWith('.')) {
            recordIndent = indent;
            recordSkipped = skipping;
            record(module.value, undefined, 'dynamic', module.offset);
          }
          continue;
        }
      }
      tok.skipStatement(typeCheckingIndent >= 0 || tries.length > 0);
    }
  }
  return imports;
}

type Recorder = (
  module: string,
  names: string[] | undefined,
  kind: PythonImport['kind'],
  offset: number,
) => void;

/**
 * After `if`/`elif`: exactly a name or an attribute ending in `TYPE_CHECKING` (`TYPE_CHECKING`, `typing.TYPE_CHECKING`,
 * optionally in parentheses), then `:` — what CPython's ast calls a Name or Attribute test. `not TYPE_CHECKING`
 * and `TYPE_CHECKING or x` are not: their bodies run.
 */
function isTypeCheckingHeader(tok: Tokenizer): boolean {
  // (read token by token: a search of the whole file for the word, to skip this, cost more than every header)
  const state = tok.save();
  let ok = false;
  let parens = 0;
  tok.next();
  while (tok.isType(TOK_Op) && tok.is('(')) {
    parens++;
    tok.next();
  }
  let last = -1;
  if (tok.isType(TOK_Name)) {
    last = tok.start;
    tok.next();
    while (tok.isType(TOK_Op) && tok.is('.')) {
      tok.next();
      if (!tok.isType(TOK_Name)) {
        last = -1;
        break;
      }
      last = tok.start;
      tok.next();
    }
  }
  if (last >= 0) {
    while (parens > 0 && tok.isType(TOK_Op) && tok.is(')')) {
      parens--;
      tok.next();
    }
    ok =
      parens === 0 &&
      tok.isType(TOK_Op) &&
      tok.is(':') &&
      tok.depth === 0 &&
      isWordAt(tok.buf, last, 'TYPE_CHECKING');
  }
  tok.restore(state);
  return ok;
}

function isWordAt(buf: Uint8Array, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (buf[at + i] !== word.charCodeAt(i)) return false;
  return !isNameChar(buf[at + word.length] ?? 0x20);
}

/** At `import`: `a.b as c, d`. Leaves the tokenizer after the statement. */
function readImport(tok: Tokenizer, found: Recorder): void {
  const statement = tok.start;
  tok.next();
  for (;;) {
    const module = readDottedName(tok);
    if (!module) return;
    found(module, undefined, 'import', statement);
    if (tok.isName('as')) {
      tok.next();
      tok.next();
    }
    if (!(tok.isType(TOK_Op) && tok.is(','))) return;
    tok.next();
  }
}

/** At `from`: relative and `__future__` imports are not dependencies. */
function readFrom(tok: Tokenizer, found: Recorder): void {
  const statement = tok.start;
  tok.next();
  let relative = false;
  while (tok.isType(TOK_Op) && tok.is('.')) {
    relative = true;
    tok.next();
  }
  const module = relative ? undefined : readDottedName(tok);
  if (!tok.isName('import')) return;
  tok.next();
  const names: string[] = [];
  while (
    !tok.isType(TOK_Newline) &&
    !tok.isType(TOK_Eof) &&
    !(tok.depth === 0 && tok.isType(TOK_Op) && tok.is(';'))
  ) {
    if (tok.isType(TOK_Name)) {
      if (tok.isName('as')) tok.next();
      else names.push(tok.text());
    }
    tok.next();
  }
  if (module && module !== '__future__') found(module, names, 'from', statement);
}

function readDottedName(tok: Tokenizer): string | undefined {
  if (!tok.isType(TOK_Name)) return undefined;
  let name = bytesToString(tok.buf, tok.start, tok.end);
  tok.next();
  while (tok.isType(TOK_Op) && tok.is('.')) {
    tok.next();
    if (!tok.isType(TOK_Name)) break;
    name += `.${bytesToString(tok.buf, tok.start, tok.end)}`;
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
  if (!(tok.isType(TOK_Op) && tok.is('('))) {
    tok.restore(state);
    return undefined;
  }
  tok.next();
  const offset = tok.start;
  let value = '';
  let plain = true;
  let parts = 0;
  while (tok.isType(TOK_Str)) {
    parts++;
    plain &&= tok.strIsPlain;
    if (plain) value += stringLiteralValue(tok.buf.subarray(tok.start, tok.end));
    tok.next();
  }
  if (parts === 0 || !(tok.isType(TOK_Op) && (tok.is(',') || tok.is(')')))) {
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
