// bench/docker-build-test: the whole static analysis (Dockerfile + Compose + cross-file rules, process start
// included: `node bin/shipcheck.js docker-build-test DIR`) of both examples and of a generated Compose project
// with 50 services, against `docker-compose config` (Debian's compose v1) parsing the same files, in the same
// run. Target: at most 0.4x of docker-compose config for every project.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  mkdirSync,
  writeFileSync,
  existsSync,
  copyFileSync,
  readdirSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine, median, REPO_ROOT, timeProcess, writeBenchmarkSection } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGET = 0.4;

if (spawnSync('docker-compose', ['version', '--short'], { stdio: 'ignore' }).status !== 0) {
  console.error('bench docker-build-test: docker-compose (Debian package docker-compose) is not installed');
  process.exit(2);
}

/** A copy of an example in which every env_file exists, so `docker-compose config` accepts it too. */
function exampleCopy(name) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `shipcheck-bench-${name}-`));
  cpSync(path.join(REPO_ROOT, 'examples', name), dir, { recursive: true });
  if (existsSync(path.join(dir, '.env.example')) && !existsSync(path.join(dir, '.env'))) {
    copyFileSync(path.join(dir, '.env.example'), path.join(dir, '.env'));
  }
  return dir;
}

/** A Compose project of 50 services: 40 web/worker services built from one Dockerfile, databases, caches. */
function fiftyServices() {
  const dir = exampleCopy('healthy');
  const lines = ['services:'];
  for (let i = 0; i < 40; i++) {
    const web = i % 2 === 0;
    lines.push(
      `  ${web ? 'web' : 'worker'}${i}:`,
      '    build: .',
      ...(web
        ? [
            `    command: ["gunicorn", "--bind", "0.0.0.0:${8000 + i}", "--workers", "2", "wsgi:app"]`,
            `    ports: ["127.0.0.1:${8000 + i}:${8000 + i}"]`,
            '    healthcheck:',
            `      test: ["CMD", "python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:${8000 + i}/healthz', timeout=4)"]`,
            '      interval: 30s',
          ]
        : [
            '    command: ["celery", "-A", "app.tasks", "worker", "--concurrency", "1"]',
            '    healthcheck:',
            '      test: ["CMD-SHELL", "celery -A app.tasks inspect ping -d celery@$$HOSTNAME"]',
          ]),
      '    env_file: .env',
      '    environment:',
      `      SERVICE_INDEX: "${i}"`,
      '      DATABASE_URL: mysql+pymysql://app:${MYSQL_PASSWORD:-x}@db0/resumes',
      '    volumes: ["uploads:/app/uploads"]',
      '    restart: unless-stopped',
      '    depends_on:',
      '      db0: { condition: service_healthy }',
      '      redis0: { condition: service_healthy }',
      '    deploy:',
      '      resources:',
      '        limits: { memory: 64M, cpus: "0.25" }',
      '        reservations: { memory: 32M }',
    );
  }
  for (let i = 0; i < 5; i++) {
    lines.push(
      `  db${i}:`,
      '    image: mariadb:10.11',
      '    environment:',
      '      MARIADB_DATABASE: resumes',
      '      MARIADB_PASSWORD: ${MYSQL_PASSWORD:-x}',
      `    volumes: ["db${i}-data:/var/lib/mysql"]`,
      '    healthcheck: { test: ["CMD", "healthcheck.sh", "--connect"], interval: 10s, retries: 5 }',
      '    restart: unless-stopped',
      '    deploy: { resources: { limits: { memory: 256M, cpus: "0.5" } } }',
      `  redis${i}:`,
      '    image: redis:7.2-alpine',
      `    volumes: ["redis${i}-data:/data"]`,
      '    healthcheck: { test: ["CMD", "redis-cli", "ping"], interval: 10s }',
      '    restart: unless-stopped',
      '    mem_limit: 64m',
      '    cpus: 0.25',
    );
  }
  lines.push('volumes:', '  uploads:');
  for (let i = 0; i < 5; i++) lines.push(`  db${i}-data:`, `  redis${i}-data:`);
  for (const file of readdirSync(dir)) {
    if (/^(docker-)?compose.*\.ya?ml$/.test(file)) writeFileSync(path.join(dir, file), '');
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'docker-compose.yml'), `${lines.join('\n')}\n`);
  return { dir, files: ['docker-compose.yml'] };
}

function composeFilesOf(dir) {
  return readdirSync(dir)
    .filter((f) => /^(docker-)?compose.*\.ya?ml$/.test(f))
    .sort();
}

async function timeRuns(command, args, options) {
  const times = [];
  const first = await timeProcess(command, args, options); // warm the file cache
  for (let i = 0; i < RUNS; i++) times.push((await timeProcess(command, args, options)).exitMs);
  return { ms: median(times), code: first.code };
}

const fifty = fiftyServices();
const projects = [
  { name: 'examples/broken', dir: exampleCopy('broken') },
  { name: 'examples/healthy', dir: exampleCopy('healthy') },
  { name: '50 services', dir: fifty.dir },
];
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME ?? os.tmpdir(),
  MYSQL_PASSWORD: 'x',
  MYSQL_ROOT_PASSWORD: 'x',
};
const rows = [];
for (const project of projects) {
  const files = composeFilesOf(project.dir).filter(
    (f) => project.name !== '50 services' || f === 'docker-compose.yml',
  );
  const shipcheckArgs = [
    path.join(REPO_ROOT, 'bin', 'shipcheck.js'),
    'docker-build-test',
    project.dir,
    '--compose-files',
    files.join(','),
    '--host-memory',
    '4G',
    '--format',
    'json',
    '--quiet',
    '--fail-on',
    'never',
  ];
  const check = spawnSync(process.execPath, shipcheckArgs, { env, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`shipcheck failed on ${project.name}: ${check.stderr}`);
  const report = JSON.parse(check.stdout);
  const composeArgs = [...files.flatMap((f) => ['--file', path.join(project.dir, f)]), 'config', '--quiet'];
  const config = spawnSync('docker-compose', composeArgs, { cwd: project.dir, env, encoding: 'utf8' });
  if (config.status !== 0)
    throw new Error(`docker-compose config failed on ${project.name}: ${config.stderr}`);
  const ours = await timeRuns(process.execPath, shipcheckArgs, { env });
  const theirs = await timeRuns('docker-compose', composeArgs, { cwd: project.dir, env });
  rows.push({
    name: project.name,
    services: report.data.services,
    findings: report.findings.length,
    ours: ours.ms,
    theirs: theirs.ms,
    ratio: ours.ms / theirs.ms,
  });
  console.log(
    `${project.name}: shipcheck ${ours.ms.toFixed(0)} ms, docker-compose config ${theirs.ms.toFixed(0)} ms`,
  );
}

const composeVersion = spawnSync('docker-compose', ['version', '--short'], {
  encoding: 'utf8',
}).stdout.trim();
const lines = [
  '## docker-build-test static analysis (`npm run bench -- docker-build-test`)',
  '',
  `Median of ${RUNS} runs, each a whole process (start included); ${machineLine()}; docker-compose ${composeVersion}.`,
  "shipcheck = `node bin/shipcheck.js docker-build-test DIR` (Dockerfile, every Compose file, schema validation, cross-file rules with the app's routes and gunicorn bind, `--host-memory` arithmetic).",
  'Baseline = `docker-compose config --quiet` parsing the same Compose files (it reads neither the Dockerfile nor the app).',
  `Target: at most ${TARGET}x of the baseline for every project.`,
  '',
  '| project | services | findings | shipcheck (ms) | docker-compose config (ms) | shipcheck / baseline | under target |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.services} | ${r.findings} | ${r.ours.toFixed(0)} | ${r.theirs.toFixed(0)} | ${r.ratio.toFixed(2)}x | ${r.ratio <= TARGET ? 'yes' : '**no**'} |`,
  ),
];
console.log(lines.join('\n'));
writeBenchmarkSection('docker-build-test', lines.join('\n'));
if (rows.some((r) => r.ratio > TARGET)) process.exitCode = 1;
