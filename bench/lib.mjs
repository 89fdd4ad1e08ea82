// Shared by the benchmarks: timing child processes and writing results into docs/benchmarks.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Spawns a command; resolves with milliseconds to the first stdout byte and to exit. */
export function timeProcess(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let firstOutput;
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} took more than 60 s`));
    }, 60_000);
    child.stdout.on('data', () => {
      firstOutput ??= Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.stderr.resume();
    child.on('close', (code) => {
      clearTimeout(timer);
      const exit = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ code, firstOutputMs: firstOutput ?? exit, exitMs: exit });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function machineLine() {
  return `Node ${process.version}, ${process.platform}/${process.arch}, ${new Date().toISOString().slice(0, 10)}`;
}

/** Replaces the section between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in docs/benchmarks.md. */
export function writeBenchmarkSection(name, markdown) {
  const file = path.join(REPO_ROOT, 'docs', 'benchmarks.md');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const at = text.indexOf(start);
  if (at >= 0) {
    const stop = text.indexOf(end, at);
    text = text.slice(0, at) + block + text.slice(stop + end.length);
  } else {
    text = `${text.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(file, text);
  console.log(`results written to docs/benchmarks.md (section ${name})`);
}

/** Bundles a benchmark's TypeScript entry with ncc, exactly as the actions are bundled; returns the script. */
export function buildBenchBundle(entry, name) {
  const outDir = path.join(REPO_ROOT, 'bench', '.build', name);
  mkdirSync(outDir, { recursive: true });
  const ncc = path.join(REPO_ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const build = spawnSync(process.execPath, [ncc, 'build', path.join(REPO_ROOT, entry), '-o', outDir, '-q'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`bench: could not bundle ${entry}`);
  return path.join(outDir, 'index.js');
}

/**
 * Runs a bundle from buildBenchBundle (it may start the test servers: SHIPCHECK_REPO_ROOT tells the bundled test
 * helpers where the checkout is) and returns the JSON of the last line it prints.
 */
export function runBenchBundle(bundle, args = []) {
  const stdout = execFileSync(process.execPath, [bundle, ...args], {
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SHIPCHECK_REPO_ROOT: REPO_ROOT },
  });
  return JSON.parse(stdout.toString().trim().split('\n').pop());
}
