// The examples' own app code (Flask + Flask-SQLAlchemy on MariaDB, Celery on Redis, served by gunicorn) behind nginx
// with the test CA, checked by post-deploy-verify with the checklist in the example's own shipcheck.yml. Only the
// site's address is the test's: base-url, the TLS host and the redirect point at the loopback nginx.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { scratchDatabase } from '../helpers/mariadb.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { runShipcheck, type CliRun } from '../helpers/run-cli.js';
import { examplesPython, startExampleApp, startRedis, type RunningService } from '../setup/examples-app.js';
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
const SMOKE_USER = "INSERT INTO users (id, email, name) VALUES (1, 'smoke@example.com', 'smoke test');\n";

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-examples-app-'));
  examplesPython(); // made once per machine: a venv and a pip install from the local package index
  redis = await startRedis();
  for (const example of ['healthy', 'broken'] as const) {
    const schema = readFileSync(path.join(REPO_ROOT, 'examples', example, SCHEMAS[example]), 'utf8');
    const db = await scratchDatabase(`${schema}\n${SMOKE_USER}`, `shipcheck_example_${example}`);
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
function checklistFor(example: Example): string {
  const { config } = loadConfig(path.join(REPO_ROOT, 'examples', example));
  const site = sites[example]!;
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

async function verify(example: Example): Promise<CliRun & { report: Report }> {
  const run = await runShipcheck(
    [
      'post-deploy-verify',
      path.join(REPO_ROOT, 'examples', example),
      '--spec',
      checklistFor(example),
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

  it('examples/broken fails two checks: the jobs API on the drifted schema, and the upload secure_filename breaks', async () => {
    const run = await verify('broken');
    expect(run.exitCode).toBe(1);
    expect(run.report.findings.map((f) => f.rule).sort(), JSON.stringify(run.report.findings)).toEqual([
      'http-expectation-failed',
      'upload-failed',
    ]);
    // production lacks a column the models select: the error schema-compare reports before the deploy
    const jobs = run.report.findings.find((f) => f.rule === 'http-expectation-failed')!;
    expect(jobs.message).toMatch(/^jobs API: GET .*\/api\/jobs\/: status 500/);
    expect(sites.broken!.app.log()).toContain("Unknown column 'jobs.responsibilities'");
    // secure_filename('陈熙蕾.docx') == 'docx': no extension left, so the app refuses a .docx resume
    const upload = run.report.findings.find((f) => f.rule === 'upload-failed')!;
    expect(upload.message).toMatch(/^upload 陈熙蕾\.docx: POST .*\/api\/resumes\/: status 400/);
    expect(run.stdout).toContain('allowed file types');
  });
});
