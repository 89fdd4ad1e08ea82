/**
 * Reads a project's Python sources: every import (by byte offset) and every URL scheme the text mentions.
 * One thread: worker threads were measured (bench/lint-requirements) and gained under 10% on two cores while
 * each paid its own JIT warm-up and 60 MB more memory.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { scanPythonImports, type PythonImport } from './python-imports.js';

export interface SourceImport extends PythonImport {
  file: string;
}

export interface SourceScan {
  imports: SourceImport[];
  schemes: Set<string>;
  /** not valid UTF-8, or not readable */
  unreadable: string[];
}

/** `files` are relative to `root` (as findPythonFiles gives them: no `.` or `..` segments), or absolute. */
export function readSources(root: string, files: readonly string[]): SourceScan {
  const scan: SourceScan = { imports: [], schemes: new Set(), unreadable: [] };
  // joined by hand: path.join normalises every path again, a cost on 13,000 files for nothing
  const base = root.endsWith(path.sep) ? root : root + path.sep;
  // one buffer, grown as needed: 13,000 files do not become 13,000 allocations to collect
  let buffer = Buffer.allocUnsafe(1 << 20);
  for (const file of files) {
    let size: number;
    let fd: number;
    try {
      fd = openSync(path.isAbsolute(file) ? file : base + file, 'r');
    } catch {
      scan.unreadable.push(file);
      continue;
    }
    try {
      // read until a short read instead of asking the size first: one system call fewer per file
      size = 0;
      for (;;) {
        if (size === buffer.length) {
          const bigger = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(bigger, 0, 0, size);
          buffer = bigger;
        }
        const wanted = buffer.length - size;
        const n = readSync(fd, buffer, size, wanted, null);
        size += n;
        // a regular file answers a short read only at its end
        if (n < wanted) break;
      }
    } catch {
      scan.unreadable.push(file);
      continue;
    } finally {
      closeSync(fd);
    }
    const content = buffer.subarray(0, size);
    if (!isUtf8(content)) {
      scan.unreadable.push(file);
      continue;
    }
    for (const found of scanPythonImports(content, { positions: false })) {
      // set, not spread: spreading each import costs more than scanning for it
      const item = found as SourceImport;
      item.file = file;
      scan.imports.push(item);
    }
    collectSchemes(content, scan.schemes);
  }
  return scan;
}

// searched as `//` then checked for the `:` before it: a needle that starts with `:` stops at every `def f():`
const SLASHES = Buffer.from('//');
const CH_Colon = 58;
const SCHEME_CHAR = /[a-z0-9+_.-]/i;

/** `mysql+pymysql://` in text -> `mysql+pymysql` */
export function collectSchemes(buf: Buffer, into: Set<string>): void {
  for (let slashes = buf.indexOf(SLASHES, 1); slashes > 0; slashes = buf.indexOf(SLASHES, slashes + 2)) {
    if (buf[slashes - 1] !== CH_Colon) continue;
    const at = slashes - 1;
    let start = at;
    while (start > 0 && SCHEME_CHAR.test(String.fromCharCode(buf[start - 1]!))) start--;
    if (start < at) into.add(buf.subarray(start, at).toString('latin1').toLowerCase());
  }
}
