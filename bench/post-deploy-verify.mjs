// bench/post-deploy-verify: 200 HTTP checks (GET + a JSON path predicate) against a local server whose endpoints
// take 20 ms, through the shipcheck CLI (its default bundle, concurrency 25) against a sequential `curl` loop over
// the same URLs, same run. Targets: ratio <= 0.1, peak memory of the shipcheck process under 150 MB, and the TLS
// profile of one host (bench/post-deploy-verify-tls.ts, nginx on loopback) under 1 s.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildBenchBundle,
  runBenchBundle,
  machineLine,
  median,
  REPO_ROOT,
  writeBenchmarkSection,
} from './lib.mjs';

const TARGET_RATIO = 0.1;
const TARGET_RSS_MB = 150;
const TARGET_TLS_MS = 1000;
const CHECKS = 200;
const CONCURRENCY = 25;
const DELAY_MS = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const work = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-bench-verify-'));
// the app under test: a separate process, so its work is not counted against either contender
const server = spawn(
  process.execPath,
  [
    '-e',
    `const http = require('node:http');
     const s = http.createServer((req, res) => setTimeout(() => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ ok: true, path: req.url })); }, ${DELAY_MS}));
     s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const port = await new Promise((resolve) =>
  server.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim()))),
);
try {
  const urls = Array.from({ length: CHECKS }, (_, i) => `http://127.0.0.1:${port}/api/item/${i}`);
  const spec = path.join(work, 'spec.yml');
  writeFileSync(
    spec,
    `concurrency: ${CONCURRENCY}\nchecks:\n${urls.map((url, i) => `  - { name: item ${i}, url: "${url}", expect: { status: 200, json: { $.ok: true } } }`).join('\n')}\n`,
  );
  const shipcheckRun = () => {
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        path.join(REPO_ROOT, 'bench', 'report-rss.cjs'),
        path.join(REPO_ROOT, 'bin', 'shipcheck.js'),
        'post-deploy-verify',
        work,
        '--spec',
        spec,
        '--format',
        'json',
        '--quiet',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`shipcheck exited ${result.status}: ${result.stderr}`);
    const passed = JSON.parse(result.stdout).data.passed;
    if (passed !== CHECKS) throw new Error(`only ${passed} of ${CHECKS} checks passed`);
    const rssKb = Number(/shipcheck-max-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? 0);
    return { ms, rssMb: rssKb / 1024 };
  };
  const curlRun = () => {
    const started = performance.now();
    for (const url of urls) execFileSync('curl', ['-sf', '-o', '/dev/null', '--max-time', '10', url]);
    return performance.now() - started;
  };
  shipcheckRun();
  curlRun();
  const shipcheck = [];
  const curl = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = shipcheckRun();
    shipcheck.push(run.ms);
    rss = Math.max(rss, run.rssMb);
    curl.push(curlRun());
  }
  const ratio = median(shipcheck) / median(curl);
  const tlsBundle = buildBenchBundle('bench/post-deploy-verify-tls.ts', 'post-deploy-verify-tls');
  const tls = runBenchBundle(tlsBundle);
  const curlVersion = execFileSync('curl', ['--version'], { encoding: 'utf8' })
    .split('\n')[0]
    .split(' ')
    .slice(0, 2)
    .join(' ');
  const lines = [
    '## post-deploy-verify (`npm run bench -- post-deploy-verify`)',
    '',
    `${CHECKS} HTTP checks (GET, status 200 and the JSON path \`$.ok\` true) against a local server whose endpoints take ${DELAY_MS} ms; median of ${RUNS} runs after a warm-up; ${machineLine()}; ${curlVersion}.`,
    `shipcheck = the whole CLI process (\`shipcheck post-deploy-verify --spec\`, start-up included), concurrency ${CONCURRENCY}, one undici connection pool. Baseline = a sequential \`curl -sf\` loop over the same URLs.`,
    '',
    '| contender | wall time (ms) | shipcheck / contender | target |',
    '| --- | ---: | ---: | --- |',
    `| shipcheck post-deploy-verify | ${median(shipcheck).toFixed(0)} | 1.00x | |`,
    `| sequential curl loop | ${median(curl).toFixed(0)} | ${ratio.toFixed(3)}x | <= ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'yes' : '**no**'} |`,
    '',
    `Peak memory of the shipcheck process: ${rss.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB: ${rss < TARGET_RSS_MB ? 'yes' : '**no**'}).`,
    '',
    `TLS profile of one host (nginx on loopback, leaf + intermediate from a test CA; median of ${tls.runs}): handshake with chain, expiry and hostname checks ${tls.handshake.toFixed(0)} ms; the whole TLS check with the HSTS request ${tls.check} ms, worst ${tls.worstCheck} ms (target < ${TARGET_TLS_MS} ms: ${tls.worstCheck < TARGET_TLS_MS ? 'yes' : '**no**'}).`,
  ];
  console.log(lines.join('\n'));
  writeBenchmarkSection('post-deploy-verify', lines.join('\n'));
  if (ratio > TARGET_RATIO || rss >= TARGET_RSS_MB || tls.worstCheck >= TARGET_TLS_MS) process.exitCode = 1;
} finally {
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
