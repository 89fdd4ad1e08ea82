import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { makeProject } from '../helpers/project.js';
import { runActionBundle } from '../helpers/run-action.js';
import { runShipcheck } from '../helpers/run-cli.js';

/**
 * docker-build-test against a real Docker engine (a private dockerd started by the global setup, no bridge,
 * host networking) building FROM a local debootstrapped image: a working app, an app with a missing
 * module, an app whose health endpoint is absent, an app that exceeds its memory limit, a failing build,
 * and a Compose project brought up with docker-compose v1.
 */
const docker = inject('docker');
const env = { DOCKER_HOST: docker.host };
const tags: string[] = [];

function dockerCli(args: string[]): string {
  const result = spawnSync('docker', args, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return result.stdout ?? '';
}

/** Every container still on the engine: a smoke run must leave none behind, passed or failed. */
function leftoverContainers(): string[] {
  return dockerCli(['ps', '-a', '--format', '{{.Names}}']).split('\n').filter(Boolean);
}

function uniqueTag(name: string): string {
  const tag = `shipcheck-test/${name}:${Math.random().toString(16).slice(2, 10)}`;
  tags.push(tag);
  return tag;
}

/** The 1-based line of the first line of `file` that starts with `prefix`. */
function lineOf(dir: string, file: string, prefix: string): number {
  return (
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith(prefix)) + 1
  );
}

afterAll(() => {
  if (tags.length) dockerCli(['rmi', '-f', ...tags]);
});

const HEALTHCHECK = (path: string) =>
  `HEALTHCHECK --interval=2s --timeout=3s CMD ["python3", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000${path}', timeout=2).status != 200)"]`;

function flaskProject(options: {
  imports?: string;
  healthPath?: string;
  routePath?: string;
  cmd?: string;
  extraDockerfile?: string;
  compose?: string;
  atImport?: string;
  /** what the health route answers (200 by default) */
  routeStatus?: number;
}): string {
  const dockerfile = [
    `FROM ${docker.baseImage}`,
    options.extraDockerfile ?? '',
    'WORKDIR /srv',
    'COPY . .',
    'USER nobody',
    'EXPOSE 8000',
    HEALTHCHECK(options.healthPath ?? '/healthz'),
    options.cmd ?? 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "1", "app:app"]',
    '',
  ]
    .filter((line, i) => i === 0 || line !== '')
    .join('\n');
  return makeProject({
    Dockerfile: `${dockerfile}\n`,
    '.dockerignore': '.git\n.env\n',
    'requirements.txt': 'Flask==2.2.2\ngunicorn==20.1.0\n',
    'app/__init__.py': [
      'from flask import Flask, jsonify',
      ...(options.imports ? [options.imports] : []),
      '',
      ...(options.atImport ? [options.atImport] : []),
      'app = Flask(__name__)',
      '',
      '',
      `@app.get("${options.routePath ?? '/healthz'}")`,
      'def healthz():',
      options.routeStatus && options.routeStatus !== 200
        ? `    return jsonify(status="unhealthy", database="OperationalError"), ${options.routeStatus}`
        : '    return jsonify(status="ok")',
      '',
    ].join('\n'),
    ...(options.compose ? { 'docker-compose.yml': options.compose } : {}),
  });
}

async function smoke(dir: string, args: string[] = []): Promise<{ exitCode: number; report: Report }> {
  const result = await runShipcheck(
    ['docker-build-test', dir, '--smoke', '--format', 'json', '--tag', uniqueTag('smoke'), ...args],
    { env, timeoutMs: 170_000 },
  );
  expect(result.stderr, result.stderr).not.toMatch(/\n\s+at /);
  expect(result.exitCode, result.stderr).toBeLessThan(2);
  return { exitCode: result.exitCode, report: JSON.parse(result.stdout) as Report };
}

describe('docker-build-test on a real engine', () => {
  it('builds and smoke-runs a working app under its Compose limits: healthy, imports pass, peak memory measured', async () => {
    const dir = flaskProject({
      compose: [
        'services:',
        '  web:',
        '    build: .',
        '    command: ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "2", "app:app"]',
        '    ports: ["8000:8000"]',
        '    restart: unless-stopped',
        '    environment:',
        '      APP_MODE: smoke',
        '    deploy:',
        '      resources:',
        '        limits: { memory: 192M, cpus: "1" }',
        '',
      ].join('\n'),
    });
    const { exitCode, report } = await smoke(dir, ['--smoke-timeout', '60']);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(exitCode).toBe(0);
    const data = report.data as {
      image: string;
      build: { ok: boolean };
      smoke: Record<string, unknown>;
    };
    expect(data.build.ok).toBe(true);
    expect(data.smoke).toMatchObject({
      health: 'healthy',
      failedImports: [],
      memoryLimit: '192M',
      oomKilled: false,
    });
    // flask is the one third-party module the app imports; the test ran it inside the image
    expect(data.smoke.importedModules).toBe(1);
    expect(data.smoke.samples as number).toBeGreaterThan(0);
    expect(data.smoke.peakMemory).toMatch(/^\d+(\.\d+)?[KMG]$/);
    // the probe port replaced 8000, so a busy 8000 on the runner does not matter
    expect(data.smoke.probePort).not.toBe(8000);
    expect(leftoverContainers()).toEqual([]);
    // the image is kept for the deploy, tagged as asked
    expect(dockerCli(['image', 'inspect', '--format', '{{.Id}}', data.image]).trim()).toMatch(/^sha256:/);
  });

  it('catches the missing module inside the image, on the import line, with the explanation', async () => {
    const dir = flaskProject({ imports: 'from flask_limiter import Limiter' });
    const { exitCode, report } = await smoke(dir, ['--memory', '128M']);
    expect(exitCode).toBe(1);
    const imports = report.findings.filter((f) => f.rule === 'smoke-import-failed');
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ severity: 'error', file: 'app/__init__.py', line: 2 });
    expect(imports[0]!.message).toContain("No module named 'flask_limiter'");
    expect(imports[0]!.fix).toMatch(/requirements\.txt/);
    // gunicorn cannot load the app either: the container exits, and the log says why
    const exited = report.findings.find((f) => f.rule === 'smoke-exited');
    expect(exited?.message).toMatch(/flask_limiter/);
    expect((report.data as { smoke: { health: string } }).smoke.health).toBe('exited');
    expect(leftoverContainers()).toEqual([]);
  });

  it('finds a health check against an absent endpoint statically and in the smoke run', async () => {
    const dir = flaskProject({ healthPath: '/health', routePath: '/healthz' });
    const { exitCode, report } = await smoke(dir, ['--smoke-timeout', '30', '--memory', '128M']);
    expect(exitCode).toBe(1);
    const line = lineOf(dir, 'Dockerfile', 'HEALTHCHECK');
    const route = report.findings.find((f) => f.rule === 'healthcheck-route-missing');
    expect(route).toMatchObject({ file: 'Dockerfile', line });
    const unhealthy = report.findings.find((f) => f.rule === 'smoke-unhealthy');
    expect(unhealthy).toBeDefined();
    expect(unhealthy).toMatchObject({ file: 'Dockerfile', line });
    // the health check's own output (urllib's HTTP 404) is quoted
    expect(unhealthy!.message).toMatch(/404|NOT FOUND/i);
    expect(unhealthy!.fix).toBe(
      'GET /health answers 404 in the image: point the health check at a route the app has',
    );
    expect((report.data as { smoke: { health: string } }).smoke.health).toMatch(/unhealthy|timeout/);
    expect(leftoverContainers()).toEqual([]);
  });

  it('tells a health check that needs the database (503, and the service depends_on it) from a broken image', async () => {
    const compose = [
      'services:',
      '  web:',
      '    build: .',
      '    depends_on:',
      '      db: { condition: service_healthy }',
      '    deploy: { resources: { limits: { cpus: "0.5", memory: 256M } } }',
      '  db:',
      '    image: mysql:8.0',
      '    healthcheck: { test: ["CMD", "mysqladmin", "ping", "-h", "127.0.0.1"] }',
      '    volumes: ["db-data:/var/lib/mysql"]',
      '    deploy: { resources: { limits: { cpus: "0.5", memory: 256M } } }',
      'volumes:',
      '  db-data:',
      '',
    ].join('\n');
    const dir = flaskProject({ routeStatus: 503, compose });
    const { exitCode, report } = await smoke(dir, ['--smoke-timeout', '30']);
    expect(
      report.findings.filter((f) => f.severity === 'error'),
      JSON.stringify(report.findings),
    ).toEqual([]);
    expect(exitCode).toBe(0);
    const notice = report.findings.find((f) => f.rule === 'smoke-health-needs-dependencies');
    expect(notice).toMatchObject({
      severity: 'notice',
      file: 'docker-compose.yml',
      line: lineOf(dir, 'docker-compose.yml', '    depends_on:'),
    });
    expect(notice!.message).toMatch(/GET \/healthz answers 503, and web depends on db/);
    expect(notice!.fix).toMatch(/compose-up/);
    expect((report.data as { smoke: { health: string } }).smoke.health).toBe('answering');

    // the same 503 from a service that depends on nothing is the image's own failure
    const alone = flaskProject({ routeStatus: 503 });
    const lonely = await smoke(alone, ['--smoke-timeout', '30', '--memory', '128M']);
    expect(lonely.exitCode).toBe(1);
    expect(lonely.report.findings.map((f) => f.rule)).toContain('smoke-unhealthy');
    expect(leftoverContainers()).toEqual([]);
  });

  it('reports an app that exceeds its memory limit as OOM-killed at the service limit', async () => {
    // --preload loads the app in gunicorn's master: a model loaded at import takes 300 MB there
    const dir = flaskProject({
      atImport: 'MODEL = bytearray(300 * 1024 * 1024)\n',
      cmd: 'CMD ["gunicorn", "--preload", "--bind", "0.0.0.0:8000", "--workers", "1", "app:app"]',
      compose: [
        'services:',
        '  web:',
        '    build: .',
        '    ports: ["8000:8000"]',
        '    restart: unless-stopped',
        '    mem_limit: 96m',
        '    cpus: 1',
        '',
      ].join('\n'),
    });
    const { exitCode, report } = await smoke(dir, ['--smoke-timeout', '40']);
    expect(exitCode).toBe(1);
    const oom = report.findings.find((f) => f.rule === 'oom-killed');
    expect(oom, JSON.stringify(report.findings, null, 1)).toBeDefined();
    expect(oom).toMatchObject({ severity: 'error', file: 'docker-compose.yml' });
    expect(oom!.message).toContain('96M');
    expect((report.data as { smoke: { oomKilled: boolean } }).smoke.oomKilled).toBe(true);
    expect(leftoverContainers()).toEqual([]);
  });

  it('pins a failed build to the failing instruction and explains it', async () => {
    // no pip in the image (and no index to reach): the classic "works on my machine" install
    const dir = flaskProject({ extraDockerfile: 'RUN python3 -m pip install Flask-Limiter==3.5.0' });
    const { exitCode, report } = await smoke(dir);
    expect(exitCode).toBe(1);
    const failed = report.findings.find((f) => f.rule === 'build-failed');
    expect(failed).toMatchObject({
      severity: 'error',
      file: 'Dockerfile',
      line: lineOf(dir, 'Dockerfile', 'RUN'),
    });
    expect(failed!.message).toContain('RUN python3 -m pip install Flask-Limiter==3.5.0');
    expect(failed!.message).toContain('No module named pip');
    // no smoke run after a failed build
    expect(report.findings.some((f) => f.rule.startsWith('smoke-'))).toBe(false);
    expect(leftoverContainers()).toEqual([]);
  });

  it('runs as the action: outputs image, health and peak-memory, annotations on the import line', async () => {
    const dir = flaskProject({ imports: 'import flask_limiter' });
    const tag = uniqueTag('action');
    const run = await runActionBundle('docker-build-test', {
      cwd: dir,
      env,
      inputs: {
        'working-directory': dir,
        tag,
        memory: '128M',
        'smoke-timeout': '30',
        annotations: 'true',
        comment: 'false',
      },
      timeoutMs: 170_000,
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.image).toBe(tag);
    expect(run.outputs.health).toBe('exited');
    expect(run.outputs.errors).not.toBe('0');
    const annotation = run.annotations.find((a) => a.message.startsWith('import flask_limiter fails'));
    expect(annotation).toMatchObject({
      level: 'error',
      properties: { file: 'app/__init__.py', line: '2' },
    });
    expect(run.summary).toContain('smoke-import-failed');
    // each phase is a log group
    expect(run.stdout).toMatch(/::group::build/);
    expect(run.stdout).toMatch(/::group::smoke run/);
    expect(leftoverContainers()).toEqual([]);
  });

  it('brings a Compose project up healthy with docker-compose v1 and tears it down', async () => {
    const dir = flaskProject({
      // the app refuses to start without the value that only the env file gives it
      atImport: 'import os\nassert os.environ["APP_MODE"] == "ci", "APP_MODE not set from .env"',
      compose: [
        'services:',
        '  web:',
        '    build: .',
        '    env_file: .env',
        '    network_mode: host',
        '    restart: unless-stopped',
        '    deploy:',
        '      resources:',
        '        limits: { memory: 128M, cpus: "0.5" }',
        '',
      ].join('\n'),
    });
    writeFileSync(path.join(dir, '.env.example'), 'APP_MODE=ci\n');
    const result = await runShipcheck(
      ['docker-build-test', dir, '--compose-up', '--smoke-timeout', '60', '--format', 'json'],
      { env, timeoutMs: 170_000 },
    );
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.exitCode).toBe(0);
    const data = report.data as {
      composeUp: { compose: string; services: Record<string, string>; seededEnvFiles: string[] };
    };
    expect(data.composeUp.compose).toMatch(/^docker-compose 1\./);
    expect(data.composeUp.services).toEqual({ web: 'healthy' });
    // a checkout has .env.example, not the server's .env: the run used a copy and removed it again
    expect(data.composeUp.seededEnvFiles).toEqual(['.env']);
    expect(existsSync(path.join(dir, '.env'))).toBe(false);
    expect(readFileSync(path.join(dir, '.env.example'), 'utf8')).toBe('APP_MODE=ci\n');
    expect(report.findings.find((f) => f.rule === 'env-file-missing')).toMatchObject({ severity: 'notice' });
    expect(leftoverContainers()).toEqual([]);
  });

  it('says plainly when no engine answers', async () => {
    const dir = flaskProject({});
    const result = await runShipcheck(['docker-build-test', dir, '--smoke', '--format', 'json'], {
      env: { DOCKER_HOST: 'unix:///tmp/shipcheck-no-such-docker.sock' },
      timeoutMs: 60_000,
    });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    const finding = report.findings.find((f) => f.rule === 'engine-unavailable');
    expect(finding?.message).toMatch(/the Docker engine does not answer/);
    expect(finding?.fix).toMatch(/DOCKER_HOST/);
  });
});

describe('docker-build-test on the bundled examples (static analysis, no engine)', () => {
  it('finds every Dockerfile and Compose problem seeded in examples/broken at its line', async () => {
    const result = await runShipcheck(['docker-build-test', 'examples/broken', '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    const found = report.findings
      .filter((f) => f.severity !== 'notice')
      .map((f) => `${f.rule}@${f.file}:${f.line}${f.column ? `:${f.column}` : ''}`)
      .sort();
    expect(found).toEqual(
      [
        'secret-in-image@Dockerfile:4',
        'healthcheck-route-missing@Dockerfile:10',
        'healthcheck-tool-missing@Dockerfile:10',
        'exec-form-invalid-json@Dockerfile:11:62',
        'compose-version-obsolete@docker-compose.prod.yml:1',
        // memory (error) and CPU (warning) for each of web, worker, db, redis
        ...[4, 16, 26, 36].flatMap((line) => [
          `missing-resource-limits@docker-compose.prod.yml:${line}`,
          `missing-resource-limits@docker-compose.prod.yml:${line}`,
        ]),
        'missing-restart-policy@docker-compose.prod.yml:16',
        'missing-restart-policy@docker-compose.prod.yml:26',
        'missing-restart-policy@docker-compose.prod.yml:36',
        'healthcheck-port-mismatch@docker-compose.prod.yml:18',
        'missing-healthcheck@docker-compose.prod.yml:26',
        'missing-healthcheck@docker-compose.prod.yml:36',
        'data-without-volume@docker-compose.prod.yml:36',
      ].sort(),
    );
  });

  it('reports zero errors and zero warnings on examples/healthy against a 1 GB host', async () => {
    const result = await runShipcheck([
      'docker-build-test',
      'examples/healthy',
      '--host-memory',
      '1G',
      '--format',
      'json',
    ]);
    expect(result.exitCode, result.stdout).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.summary).toMatchObject({ error: 0, warning: 0 });
  });
});
