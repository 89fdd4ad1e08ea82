// bench/lint-requirements: read every .py file of the machine's Python installation (stdlib + site-packages)
// with shipcheck's import scanner, against (a) CPython's own ast.parse walking the same files and (b) grep writing
// every import line of the same files (the floor: reading the bytes and finding the lines). Targets: <= 0.05x the
// ast walk, <= 5x the grep floor, peak memory under 250 MB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildBenchBundle,
  machineLine,
  median,
  REPO_ROOT,
  timeProcess,
  writeBenchmarkSection,
} from './lib.mjs';

const TARGET_AST_RATIO = 0.05;
const TARGET_GREP_RATIO = 5;
const TARGET_RSS_MB = 250;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
// Every contender runs with the same bare environment, as a runner step would: a developer shell's extras (this
// machine sets NODE_EXTRA_CA_CERTS, which costs each node start about 35 ms of certificate parsing) are not the
// scanner's cost.
const BARE_ENV = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };

const lib = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
  .toString()
  .trim();
const work = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-bench-lint-'));
const list = path.join(work, 'files.lst');
const files = execFileSync('find', [lib, '-name', '*.py', '-type', 'f'], { maxBuffer: 1 << 28 })
  .toString()
  .trim()
  .split('\n');
writeFileSync(list, `${files.join('\0')}\0`);
const bytes = Number(
  execFileSync('bash', ['-c', `xargs -0 cat < "${list}" | wc -c`])
    .toString()
    .trim(),
);
console.log(`${files.length} files, ${(bytes / 1e6).toFixed(0)} MB under ${lib}`);

// shipcheck's source reader, bundled exactly as the actions are.
const scanBundle = buildBenchBundle('bench/lint-requirements-scan.ts', 'lint-requirements-scan');

// grep in the C locale (bytes, its fastest mode) writing every import line to a file. Not to /dev/null: GNU grep
// treats /dev/null output like -q and stops reading each file at its first match (0.00 s for a 70 MB file whose
// first line is an import), which is no longer grepping for import lines. That variant is timed too, for reference.
const GREP = `LC_ALL=C xargs -0 grep -hE '^[[:space:]]*(import|from)[[:space:]]' < "${list}"`;
const grepArgs = ['-c', `${GREP} > "${path.join(work, 'import-lines.txt')}"`];
const grepFirstMatchArgs = ['-c', `${GREP} > /dev/null`];
await timeProcess('bash', grepArgs, { env: BARE_ENV }); // warm the page cache for everyone

const grepTimes = [];
const grepFirstMatchTimes = [];
const shipcheckTimes = [];
let scan;
for (let i = 0; i < RUNS; i++) {
  grepTimes.push((await timeProcess('bash', grepArgs, { env: BARE_ENV })).exitMs);
  grepFirstMatchTimes.push((await timeProcess('bash', grepFirstMatchArgs, { env: BARE_ENV })).exitMs);
  const started = process.hrtime.bigint();
  const out = execFileSync(process.execPath, [scanBundle, list], {
    maxBuffer: 1 << 20,
    env: BARE_ENV,
  }).toString();
  shipcheckTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
  scan = JSON.parse(out);
}
console.log('ast.parse over every file (one run, takes a while)...');
const astStarted = process.hrtime.bigint();
execFileSync(
  'bash',
  [
    '-c',
    `tr '\\0' '\\n' < "${list}" | python3 "${path.join(REPO_ROOT, 'test/fixtures/python/imports_reference.py')}" > /dev/null`,
  ],
  {
    maxBuffer: 1 << 28,
  },
);
const astMs = Number(process.hrtime.bigint() - astStarted) / 1e6;

const grepMs = median(grepTimes);
const shipcheckMs = median(shipcheckTimes);
const astRatio = shipcheckMs / astMs;
const grepRatio = shipcheckMs / grepMs;
const grepFirstMatchMs = median(grepFirstMatchTimes);
const importLines = readFileSync(path.join(work, 'import-lines.txt'), 'utf8').split('\n').length - 1;
rmSync(work, { recursive: true, force: true });
const rows = [
  ['shipcheck source scan (node, one thread)', shipcheckMs, '1.00x', ''],
  [
    '(a) python3 ast.parse walk',
    astMs,
    `${astRatio.toFixed(3)}x`,
    `<= ${TARGET_AST_RATIO}x: ${astRatio <= TARGET_AST_RATIO ? 'yes' : '**no**'}`,
  ],
  [
    `(b) grep for import lines (floor: ${importLines} lines written)`,
    grepMs,
    `${grepRatio.toFixed(2)}x`,
    `<= ${TARGET_GREP_RATIO}x: ${grepRatio <= TARGET_GREP_RATIO ? 'yes' : '**no**'}`,
  ],
  [
    "(reference) the same grep to /dev/null: stops at each file's first match",
    grepFirstMatchMs,
    `${(shipcheckMs / grepFirstMatchMs).toFixed(2)}x`,
    '(not a floor)',
  ],
];
const lines = [
  '## lint-requirements source scan (`npm run bench -- lint-requirements`)',
  '',
  `${files.length} .py files, ${(bytes / 1e6).toFixed(0)} MB (the machine's Python ${path.basename(lib)} library with site-packages); ${machineLine()}.`,
  `Median of ${RUNS} runs for shipcheck and grep, one run of ast. shipcheck found ${scan.imports} imports; ${scan.unreadable} files were not UTF-8.`,
  'grep runs in the C locale and writes every import line to a file. Records before 2026-12-04 sent its output to /dev/null, where GNU grep stops reading each file at its first match: that row is kept below for comparison, not as a floor.',
  '',
  '| contender | wall time (ms) | shipcheck / contender | target |',
  '| --- | ---: | ---: | --- |',
  ...rows.map(([name, ms, ratio, target]) => `| ${name} | ${ms.toFixed(0)} | ${ratio} | ${target} |`),
  '',
  `Peak memory of the shipcheck process: ${scan.maxRssMb} MB (target < ${TARGET_RSS_MB} MB: ${scan.maxRssMb < TARGET_RSS_MB ? 'yes' : '**no**'}).`,
];
console.log(lines.join('\n'));
writeBenchmarkSection('lint-requirements', lines.join('\n'));
if (astRatio > TARGET_AST_RATIO || grepRatio > TARGET_GREP_RATIO || scan.maxRssMb >= TARGET_RSS_MB)
  process.exitCode = 1;
