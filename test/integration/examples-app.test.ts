// The examples' own app code (Flask + Flask-SQLAlchemy on MariaDB, Celery on Redis, served by gunicorn) behind nginx
// with the test CA, checked by post-deploy-verify with the checklist in the example's own shipcheck.yml. Only the
// site's address is the test's: base-url, the TLS host and the redirect point at the loopback nginx.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { removeComposeProject } from '../helpers/deploy-app.js';
import { EXAMPLE_SERVER_ENV, exampleRepo, expectPortFree, SMOKE_USER_SQL } from '../helpers/example-repo.js';
import { scratchDatabase } from '../helpers/mariadb.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { runShipcheck, type CliRun } from '../helpers/run-cli.js';
import {
  examplesImages,
  examplesPython,
  startExampleApp,
  startRedis,
  type RunningService,
} from '../setup/examples-app.js';
import { startSshd, type SshServer } from '../setup/sshd.js';
import { startNginx, type Nginx } from '../setup/web.js';

type Example = 'healthy' | 'broken';

interface Site {
  app: RunningService;
  nginx: Nginx;
  drop: () => Promise<void>;
}

let work: string;
let redis: RunningService;
const sites: Partial<Record<Example, Site>> = {};

// the schema production has (healthy: the reference; broken: its drifted production dump) and the smoke-test
// user the checklist's upload names
const SCHEMAS: Record<Example, string> = { healthy: 'schema/reference.sql', broken: 'schema/production.sql' };

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-examples-app-'));
  examplesPython(); // made once per machine: a venv and a pip install from the local package index
  redis = await startRedis();
  for (const example of ['healthy', 'broken'] as const) {
    const schema = readFileSync(path.join(REPO_ROOT, 'examples', example, SCHEMAS[example]), 'utf8');
    const db = await scratchDatabase(`${schema}\n${SMOKE_USER_SQL}`, `shipcheck_example_${example}`);
    const app = await startExampleApp(example, {
      DATABASE_URL: db.url.replace(/^mysql:/, 'mysql+pymysql:'),
      REDIS_URL: redis.url,
    });
    sites[example] = { app, nginx: await startNginx(app.port), drop: db.drop };
  }
}, 600_000);

afterAll(async () => {
  await Promise.all(
    Object.values(sites).flatMap((site) => [site.app.stop(), site.nginx.stop(), site.drop()]),
  );
  await redis?.stop();
});

/** The example's `verify:` checklist with the loopback site's address in place of resumes.example.com. */
function checklistFor(example: Example, nginx: Nginx = sites[example]!.nginx): string {
  const { config } = loadConfig(path.join(REPO_ROOT, 'examples', example));
  const site = { nginx };
  const checklist = {
    ...(config.verify as Record<string, unknown>),
    'base-url': `https://127.0.0.1:${site.nginx.good}`,
    'ca-file': site.nginx.certs.ca,
    tls: [`127.0.0.1:${site.nginx.good}`],
    redirects: [`http://127.0.0.1:${site.nginx.redirect}/`],
  };
  const file = path.join(work, `${example}-verify.yml`);
  // JSON is YAML
  writeFileSync(file, JSON.stringify(checklist, null, 2));
  return file;
}

async function verify(example: Example, nginx?: Nginx): Promise<CliRun & { report: Report }> {
  const run = await runShipcheck(
    [
      'post-deploy-verify',
      path.join(REPO_ROOT, 'examples', example),
      '--spec',
      checklistFor(example, nginx),
      '--format',
      'json',
      '--quiet',
    ],
    { timeoutMs: 180_000 },
  );
  return { ...run, report: JSON.parse(run.stdout) as Report };
}

interface Report {
  findings: Array<{ rule: string; severity: string; message: string }>;
  data: { results: Array<{ name: string; passed: boolean; detail: string }> };
}

describe('examples/healthy and examples/broken served from their own code, checked with their own checklist', () => {
  it('examples/healthy passes every check: health with the database, jobs API, the 陈熙蕾.docx upload, TLS, redirect', async () => {
    const run = await verify('healthy');
    expect(run.report.findings, run.stderr).toEqual([]);
    expect(run.exitCode).toBe(0);
    const results = run.report.data.results;
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ['health and database', true],
      ['jobs API', true],
      [`TLS 127.0.0.1:${sites.healthy!.nginx.good}`, true],
      [`redirect http://127.0.0.1:${sites.healthy!.nginx.redirect}/`, true],
      ['upload 陈熙蕾.docx', true],
    ]);
    expect(results.find((r) => r.name === 'upload 陈熙蕾.docx')!.detail).toMatch(
      /stored as "[0-9a-f]{32}\.docx"/,
    );
  });

  it('examples/broken fails three checks: the health route it believes in, the jobs API on the drifted schema, the upload', async () => {
    const run = await verify('broken');
    expect(run.exitCode).toBe(1);
    expect(run.report.findings.map((f) => f.rule).sort(), JSON.stringify(run.report.findings)).toEqual([
      'http-expectation-failed',
      'http-expectation-failed',
      'upload-failed',
    ]);
    // the health route its Dockerfile's HEALTHCHECK (and so its checklist) calls does not exist: the app has /healthz
    const health = run.report.findings.find((f) => f.message.startsWith('health and database'))!;
    expect(health.message).toMatch(/GET .*\/health: status 404, expected 200/);
    // production lacks a column the models select: the error schema-compare reports before the deploy
    const jobs = run.report.findings.find((f) => f.message.startsWith('jobs API'))!;
    expect(jobs.message).toMatch(/^jobs API: GET .*\/api\/jobs\/: status 500/);
    expect(sites.broken!.app.log()).toContain("Unknown column 'jobs.responsibilities'");
    // secure_filename('陈熙蕾.docx') == 'docx': no extension left, so the app refuses a .docx resume
    const upload = run.report.findings.find((f) => f.rule === 'upload-failed')!;
    expect(upload.message).toMatch(/^upload 陈熙蕾\.docx: POST .*\/api\/resumes\/: status 400/);
    expect(run.stdout).toContain('allowed file types');
  });
});

/**
 * examples/healthy deployed by ssh-deploy to a loopback "server" (sshd, the test Docker engine, docker-compose v1)
 * from a git repository of the example: its docker-compose.prod.yml with MySQL, Redis, the web service and the
 * Celery worker, then checked with its checklist. What the machine cannot have is stood in for by
 * docker-compose.loopback.yml: the app image is the example's Dockerfile on a base that has its libraries already
 * (no registry, no PyPI here), `mysql:8.0` and `redis:7-alpine` are MariaDB and Debian's Redis behind the official
 * images' contracts, and the database starts with the example's schema and the smoke-test user.
 */
describe('examples/healthy deployed over SSH with its own Compose file, then checked with its own checklist', () => {
  const docker = inject('docker');
  const project = 'sc-example-healthy';
  let server: SshServer;
  let nginx: Nginx;
  let deployWork: string;

  beforeAll(async () => {
    // the example publishes 127.0.0.1:8000, as production does
    await expectPortFree(8000);
    examplesImages(docker.host, docker.baseImage);
    deployWork = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-example-deploy-'));
    server = await startSshd('127.0.0.8', { setEnv: { DOCKER_HOST: docker.host } });
    nginx = await startNginx(8000);
  }, 900_000);

  afterAll(async () => {
    removeComposeProject(docker.host, project);
    await Promise.all([server?.stop(), nginx?.stop()]);
  });

  it('deploys web, worker, MySQL and Redis healthy, and examples/healthy passes every check of its checklist', async () => {
    const repo = exampleRepo(path.join(deployWork, 'repo'), { seed: 'initdb' });
    const sha = repo.commit('examples/healthy on the loopback server');
    const appDir = path.join(deployWork, 'server', 'app');
    mkdirSync(path.join(appDir, 'shared'), { recursive: true });
    // .env as the team keeps it on the server (from .env.example), passwords of this run
    writeFileSync(path.join(appDir, 'shared', '.env'), EXAMPLE_SERVER_ENV);
    const keyFile = path.join(deployWork, 'deploy.key');
    writeFileSync(keyFile, server.privateKey, { mode: 0o600 });
    const knownHosts = path.join(deployWork, 'known_hosts');
    writeFileSync(knownHosts, `${server.knownHostsLine}\n`);
    const deploy = await runShipcheck(
      [
        'ssh-deploy',
        repo.checkout,
        '--host',
        `${server.user}@${server.host}:${server.port}`,
        '--key-file',
        keyFile,
        '--known-hosts',
        knownHosts,
        '--app-dir',
        appDir,
        '--project-name',
        project,
        '--repo',
        repo.origin,
        '--ref',
        sha,
        '--compose-file',
        'docker-compose.prod.yml,docker-compose.loopback.yml',
        '--health-timeout',
        '240',
        '--format',
        'json',
      ],
      { timeoutMs: 480_000 },
    );
    expect(deploy.exitCode, `${deploy.stdout}\n${deploy.stderr}`).toBe(0);
    const run = await verify('healthy', nginx);
    expect(run.report.findings, run.stderr).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.report.data.results.map((r) => [r.name, r.passed])).toEqual([
      ['health and database', true],
      ['jobs API', true],
      [`TLS 127.0.0.1:${nginx.good}`, true],
      [`redirect http://127.0.0.1:${nginx.redirect}/`, true],
      ['upload 陈熙蕾.docx', true],
    ]);
  }, 600_000);
});
