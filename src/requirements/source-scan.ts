/**
 * Reads a project's Python sources: every import (by byte offset) and every URL scheme the text mentions.
 * Large trees are split across worker threads (one per core) running the scan-worker bundle; small ones,
 * and runs from TypeScript sources (tests), are read in this thread.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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

/** Below this many files a worker's start-up costs more than it saves. */
const WORKER_THRESHOLD = 400;

export async function readSources(root: string, files: readonly string[]): Promise<SourceScan> {
  const workerScript = workerBundle();
  const threads = Math.min(os.availableParallelism?.() ?? os.cpus().length, 8);
  if (!workerScript || files.length < WORKER_THRESHOLD || threads < 2) return readSourcesHere(root, files);

  // interleave so each thread gets a similar mix of big and small files
  const chunks = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<{ imports: SourceImport[]; schemes: string[]; unreadable: string[] }>(
          (resolve, reject) => {
            const worker = new Worker(workerScript, { workerData: { root, files: chunk } });
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (code !== 0) reject(new Error(`the source scan worker exited with code ${code}`));
            });
          },
        ),
    ),
  );
  const merged: SourceScan = { imports: [], schemes: new Set(), unreadable: [] };
  for (const part of parts) {
    merged.imports.push(...part.imports);
    for (const scheme of part.schemes) merged.schemes.add(scheme);
    merged.unreadable.push(...part.unreadable);
  }
  // the same order as a single-threaded read
  const order = new Map(files.map((file, index) => [file, index]));
  merged.imports.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.offset - b.offset);
  merged.unreadable.sort((a, b) => order.get(a)! - order.get(b)!);
  return merged;
}

/** The scan-worker bundle beside the running bundle (dist/<name>/index.js -> dist/scan-worker/index.js). */
function workerBundle(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.js')) return undefined;
  const candidate = path.join(path.dirname(here), '..', ['scan', 'worker'].join('-'), 'index.js');
  return existsSync(candidate) ? candidate : undefined;
}

export function readSourcesHere(root: string, files: readonly string[]): SourceScan {
  const scan: SourceScan = { imports: [], schemes: new Set(), unreadable: [] };
  // one buffer, grown as needed: 13,000 files do not become 13,000 allocations to collect
  let buffer = Buffer.allocUnsafe(1 << 20);
  for (const file of files) {
    let size: number;
    let fd: number;
    try {
      fd = openSync(path.join(root, file), 'r');
    } catch {
      scan.unreadable.push(file);
      continue;
    }
    try {
      size = fstatSync(fd).size;
      if (size > buffer.length) buffer = Buffer.allocUnsafe(Math.max(size, buffer.length * 2));
      let read = 0;
      while (read < size) {
        const n = readSync(fd, buffer, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      size = read;
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
    for (const found of scanPythonImports(content, { positions: false }))
      scan.imports.push({ ...found, file });
    collectSchemes(content, scan.schemes);
  }
  return scan;
}

const SCHEME_SEPARATOR = Buffer.from('://');
const SCHEME_CHAR = /[a-z0-9+_.-]/i;

/** `mysql+pymysql://` in text -> `mysql+pymysql` */
export function collectSchemes(buf: Buffer, into: Set<string>): void {
  for (let at = buf.indexOf(SCHEME_SEPARATOR); at > 0; at = buf.indexOf(SCHEME_SEPARATOR, at + 3)) {
    let start = at;
    while (start > 0 && SCHEME_CHAR.test(String.fromCharCode(buf[start - 1]!))) start--;
    if (start < at) into.add(buf.subarray(start, at).toString('latin1').toLowerCase());
  }
}
