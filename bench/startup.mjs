// bench/startup: node start to first output for each bundle, against `node -e 0` measured in the same run.
// Target: every bundle under 300 ms to first output.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUNDLES } from '../scripts/bundles.mjs';
import { machineLine, median, REPO_ROOT, timeProcess, writeBenchmarkSection } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TARGET_MS = 300;

function runnerEnv() {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-bench-'));
  for (const name of ['out', 'summary', 'state']) writeFileSync(path.join(temp, name), '');
  writeFileSync(path.join(temp, 'event.json'), '{}');
  return {
    PATH: process.env.PATH,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: path.join(temp, 'out'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
    GITHUB_STATE: path.join(temp, 'state'),
    GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
    GITHUB_REPOSITORY: 'acme/resume-app',
    'INPUT_WORKING-DIRECTORY': 'examples/healthy',
  };
}

async function measure(args, env) {
  const firsts = [];
  const exits = [];
  await timeProcess(process.execPath, args, { cwd: REPO_ROOT, env }); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    const result = await timeProcess(process.execPath, args, { cwd: REPO_ROOT, env });
    firsts.push(result.firstOutputMs);
    exits.push(result.exitMs);
  }
  return { first: median(firsts), exit: median(exits) };
}

const baseline = await measure(['-e', '0'], { PATH: process.env.PATH });
const rows = [];
for (const { name } of BUNDLES) {
  const args = name === 'cli' ? ['dist/cli/index.js', '--version'] : [`dist/${name}/index.js`];
  const result = await measure(args, name === 'cli' ? { PATH: process.env.PATH } : runnerEnv());
  rows.push({ name, ...result, ratio: result.first / baseline.exit, ok: result.first < TARGET_MS });
}

const lines = [
  '## Bundle startup (`npm run bench -- startup`)',
  '',
  `Median of ${RUNS} runs, ${machineLine()}. Baseline: \`node -e 0\` exits in ${baseline.exit.toFixed(0)} ms.`,
  `Target: first output under ${TARGET_MS} ms for every bundle.`,
  '',
  '| bundle | first output (ms) | exit (ms) | first output / `node -e 0` | under target |',
  '| --- | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| dist/${r.name} | ${r.first.toFixed(0)} | ${r.exit.toFixed(0)} | ${r.ratio.toFixed(2)}x | ${r.ok ? 'yes' : '**no**'} |`,
  ),
];
console.log(lines.join('\n'));
writeBenchmarkSection('startup', lines.join('\n'));
if (rows.some((r) => !r.ok)) process.exitCode = 1;
