import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDocument } from 'yaml';
import { removeComposeProject, type AppRepo } from '../helpers/deploy-app.js';
import {
  EXAMPLE_SERVER_ENV,
  exampleRepo,
  expectPortFree,
  SMOKE_USER_SQL,
  writeLoopbackDockerfile,
} from '../helpers/example-repo.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { freePort } from '../helpers/ports.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import {
  jobServices,
  playComposite,
  playJob,
  type Contexts,
  type JobRun,
  type ServiceSpec,
} from '../helpers/workflow-runner.js';
import { examplesImages, examplesPython } from '../setup/examples-app.js';
import { startMariaDb } from '../setup/mariadb.js';
import { startSshd, type SshServer } from '../setup/sshd.js';
import { startNginx, type Nginx } from '../setup/web.js';

/**
 * The three workflows end to end on a loopback "production server": the jobs of .github/workflows/pr-checks.yml,
 * deploy.yml and rollback.yml are played step by step (their real `if:` conditions and expressions) with the
 * bundled actions run as the runner runs them, against sshd on 127.0.0.6 as the server, the test Docker engine
 * with docker-compose, and nginx with a test CA in front of the app. What is deployed is examples/healthy itself
 * (web, Celery worker, MySQL, Redis from its docker-compose.prod.yml, with the loopback stand-ins of
 * test/helpers/example-repo.ts), in three versions:
 * - v1: the example plus a migration runner (migrations/ applied once each, recorded in schema_migrations);
 * - v2: `jobs.location`, the model column and its migration;
 * - v3: a salary column in the model whose migration was forgotten; Docker's HEALTHCHECK moved to a new `/livez`,
 *   so the deploy gate passes, while `/healthz` now reads the models' tables and answers 503.
 */
const docker = inject('docker');
let server: SshServer;
let nginx: Nginx;
let app: AppRepo;
let work: string;
let appDir: string;
let knownHosts: string;
let python: string;
const summaries = () => path.join(work, 'summaries');
const shas: Record<string, string> = {};

const PROJECT = `sc-e2e-${process.pid}`;
/** production's database as the server sees it: the db container, published on the server's loopback */
let productionUrl: string;

function contexts(
  sha: string,
  inputs: Record<string, unknown>,
  secrets: Record<string, string> = {},
): Contexts {
  return {
    inputs,
    secrets: { 'ssh-key': server.privateKey, ...secrets },
    github: {
      sha,
      actor: 'e2e-actor',
      run_id: '4242',
      run_attempt: '1',
      repository: 'acme/resume-app',
      server_url: 'https://github.com',
    },
    runner: { temp: mkdtempSync(path.join(work, 'runner-')) },
  };
}

const serverInputs = () => ({
  host: `${server.user}@${server.host}:${server.port}`,
  'known-hosts': readFileSync(knownHosts, 'utf8'),
  'app-dir': appDir,
});

async function deployJob(sha: string): Promise<JobRun> {
  return playJob(
    '.github/workflows/deploy.yml',
    'deploy',
    contexts(sha, { ...serverInputs(), environment: 'production' }),
    { workspace: app.checkout, summaryDir: summaries() },
  );
}

/** Which version the web container answering on 127.0.0.1:8000 runs: ssh-deploy tags its image with the SHA. */
function served(): string {
  const images = execFileSync(
    'docker',
    [
      'ps',
      '--filter',
      `label=com.docker.compose.project=${PROJECT}`,
      '--filter',
      'label=com.docker.compose.service=web',
      '--format',
      '{{.Image}}',
    ],
    { env: { ...process.env, DOCKER_HOST: docker.host }, encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .filter(Boolean);
  const versions = images.map((image) => {
    const sha = /:([0-9a-f]{40})$/.exec(image)?.[1];
    return Object.entries(shas).find(([, known]) => known === sha)?.[0] ?? image;
  });
  return versions.join(', ') || 'nothing';
}

async function status(pathname: string): Promise<number | string> {
  try {
    const response = await fetch(`http://127.0.0.1:8000${pathname}`, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return String(error);
  }
}

/** The migrations production has applied, in order. */
function appliedMigrations(): string[] {
  const { port } = new URL(productionUrl);
  return execFileSync(
    'mariadb',
    [
      '--no-defaults',
      '-h',
      '127.0.0.1',
      '-P',
      port,
      '-u',
      'app',
      '-N',
      '-e',
      'SELECT name FROM schema_migrations ORDER BY name',
      'resumes',
    ],
    { env: { ...process.env, MYSQL_PWD: 'app-loopback-pw' }, encoding: 'utf8' },
  )
    .trim()
    .split('\n');
}

function ledger(): Array<{ sha: string; status: string }> {
  return readFileSync(path.join(appDir, '.shipcheck', 'releases.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { sha: string; status: string });
}

const step = (run: JobRun, id: string) => run.steps.find((s) => s.id === id)!;

/** The verify step passed the readiness wait, every check of the example's checklist and the deployed commit. */
function expectChecklistPassed(run: JobRun): void {
  const summary = step(run, 'verify').action!.summary;
  expect(summary).toMatch(/post-deploy-verify: 6 passed, 0 failed/);
  for (const check of [
    'ready: GET /healthz',
    'health and database',
    'jobs API',
    `TLS 127.0.0.1:${nginx.good}`,
    `redirect http://127.0.0.1:${nginx.redirect}/`,
    'upload 陈熙蕾.docx',
    'deployed commit',
  ])
    expect(summary).toMatch(
      new RegExp(`^\\| ${check.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^|]* \\| ✅ passed \\|`, 'm'),
    );
}

/**
 * A job's `mysql:8` service container, played by a private MariaDB: the root password and database its env asks
 * for, reachable over TCP on a free port (what `job.services.<name>.ports` tells the job).
 */
async function playMysqlService(spec: ServiceSpec): Promise<{ port: number; stop: () => Promise<void> }> {
  const { server: mysql, stop } = await startMariaDb();
  const quoted = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const password = spec.env.MYSQL_ROOT_PASSWORD!;
  const database = spec.env.MYSQL_DATABASE!;
  expect(database).toMatch(/^\w+$/);
  execFileSync('mariadb', [
    '--no-defaults',
    `--socket=${mysql.socket}`,
    '-uroot',
    '-e',
    `CREATE USER 'root'@'127.0.0.1' IDENTIFIED BY ${quoted(password)}; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; CREATE DATABASE ${database};`,
  ]);
  return { port: mysql.port, stop };
}

/** Edits a file of the checkout: `replace` must match. */
function edit(file: string, find: string | RegExp, replacement: string): void {
  const full = path.join(app.checkout, file);
  const before = readFileSync(full, 'utf8');
  const after = before.replace(find, replacement);
  if (after === before) throw new Error(`e2e: ${file} no longer contains ${String(find)}`);
  writeFileSync(full, after);
}

beforeAll(async () => {
  // the example publishes its web service on 127.0.0.1:8000, as production does
  await expectPortFree(8000);
  examplesImages(docker.host, docker.baseImage);
  // the runner's Python for the pull-request job's migrations-command (the example's PyMySQL included)
  python = path.join(examplesPython(), 'python');
  work = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-e2e-'));
  server = await startSshd('127.0.0.6', { setEnv: { DOCKER_HOST: docker.host } });
  knownHosts = path.join(work, 'known_hosts');
  writeFileSync(knownHosts, `${server.knownHostsLine}\n`);
  nginx = await startNginx(8000);
  appDir = path.join(work, 'server', 'app');
  mkdirSync(path.join(appDir, 'shared'), { recursive: true });
  writeFileSync(path.join(appDir, 'shared', '.env'), EXAMPLE_SERVER_ENV);
  const dbPort = await freePort();
  productionUrl = `mysql://app:app-loopback-pw@127.0.0.1:${dbPort}/resumes`;

  // v1: examples/healthy with a migration runner; its first migration is the reference schema
  app = exampleRepo(path.join(work, 'repo'), { seed: 'migrations', dbPort, healthInterval: '2s' });
  cpSync(path.join(REPO_ROOT, 'test/fixtures/example-migrations'), app.checkout, { recursive: true });
  mkdirSync(path.join(app.checkout, 'migrations'));
  cpSync(
    path.join(app.checkout, 'schema', 'reference.sql'),
    path.join(app.checkout, 'migrations', '001_initial_schema.sql'),
  );
  writeFileSync(path.join(app.checkout, 'migrations', '002_smoke_test_user.sql'), SMOKE_USER_SQL);
  // the project's facts, committed with it: the example's own shipcheck.yml, its checklist pointed at the loopback
  // site (and a short readiness wait: v3 is expected never to be ready)
  const settings = parseDocument(readFileSync(path.join(app.checkout, 'shipcheck.yml'), 'utf8'));
  settings.set('ssh-deploy', {
    repo: app.origin,
    'project-name': PROJECT,
    'compose-file': ['docker-compose.prod.yml', 'docker-compose.loopback.yml'],
    'health-timeout': 180,
    'migrate-command': 'docker-compose run --rm web python scripts/migrate.py',
  });
  settings.setIn(['schema-compare', 'ignore'], ['schema_migrations']);
  settings.setIn(['verify', 'base-url'], `https://127.0.0.1:${nginx.good}`);
  settings.setIn(['verify', 'ca-file'], nginx.certs.ca);
  settings.setIn(['verify', 'wait', 'timeout'], 20);
  settings.setIn(['verify', 'tls'], [`127.0.0.1:${nginx.good}`]);
  settings.setIn(['verify', 'redirects'], [`http://127.0.0.1:${nginx.redirect}/`]);
  writeFileSync(path.join(app.checkout, 'shipcheck.yml'), settings.toString());
  shas.v1 = app.commit('v1');

  // v2: jobs.location, the model column with its migration (and the reference schema updated with it)
  writeFileSync(
    path.join(app.checkout, 'migrations', '003_jobs_location.sql'),
    'ALTER TABLE `jobs` ADD COLUMN `location` varchar(100) DEFAULT NULL AFTER `projects`;\n',
  );
  edit(
    'schema/reference.sql',
    '  `projects` json DEFAULT NULL,\n',
    '  `projects` json DEFAULT NULL,\n  `location` varchar(100) DEFAULT NULL,\n',
  );
  edit(
    'app/models.py',
    '    projects: Mapped[list | None] = mapped_column(JSON)\n',
    '    projects: Mapped[list | None] = mapped_column(JSON)\n    location: Mapped[str | None] = mapped_column(String(100))\n',
  );
  edit(
    'app/routes/jobs.py',
    '"projects": job.projects or [],',
    '"projects": job.projects or [],\n            "location": job.location,',
  );
  shas.v2 = app.commit('v2');

  // v3: a model column nobody migrated, a deep /healthz, and Docker's HEALTHCHECK on a shallow /livez
  edit(
    'app/models.py',
    '    location: Mapped[str | None] = mapped_column(String(100))\n',
    '    location: Mapped[str | None] = mapped_column(String(100))\n    salary_range: Mapped[str | None] = mapped_column(String(64))\n',
  );
  edit(
    'app/routes/health.py',
    [
      '',
      '@health_bp.get("/healthz")',
      'def healthz():',
      '    """Liveness and database reachability, for Docker\'s HEALTHCHECK and post-deploy checks."""',
      '    try:',
      '        db.session.execute(text("SELECT 1"))',
      '',
    ].join('\n'),
    [
      '',
      '@health_bp.get("/livez")',
      'def livez():',
      '    """The process answers: for Docker\'s HEALTHCHECK (a database outage must not restart every container)."""',
      '    return jsonify(status="ok")',
      '',
      '',
      '@health_bp.get("/healthz")',
      'def healthz():',
      '    """Ready: the database answers and every model\'s table reads."""',
      '    from ..models import Job, Resume, User',
      '',
      '    try:',
      '        db.session.execute(text("SELECT 1"))',
      '        for model in (User, Resume, Job):',
      '            db.session.execute(db.select(model).limit(1)).all()',
      '',
    ].join('\n'),
  );
  edit('Dockerfile', 'http://127.0.0.1:8000/healthz', 'http://127.0.0.1:8000/livez');
  writeLoopbackDockerfile(app.checkout);
  shas.v3 = app.commit('degraded-v3');
  // the workspace a deploy of each commit checks out
  app.git(['checkout', '-q', shas.v1]);
}, 900_000);

afterAll(async () => {
  removeComposeProject(docker.host, PROJECT);
  await Promise.all([server?.stop(), nginx?.stop()]);
});

describe('the workflows end to end on a loopback server', () => {
  it('1. pr-checks fails on examples/broken with the seeded findings and passes on examples/healthy, in one sticky comment per check', async () => {
    // the pull request's GitHub: the REST API the sticky comments use, checking the job's token
    const token = 'ghs_e2e_job_token_5e3f';
    const github = new FakeGitHub(token);
    await github.start();
    const pullRequest = {
      name: 'pull_request',
      payload: {
        pull_request: { number: 7 },
        repository: { name: 'resume-app', owner: { login: 'acme' } },
      },
    };
    const checks = ['lint-requirements', 'docker-build-test', 'schema-compare'];
    try {
      // the same pull request first carries examples/broken, then the fix: examples/healthy
      for (const [example, expected] of [
        ['broken', 'failure'],
        ['healthy', 'success'],
      ] as const) {
        const outcomes: Record<string, string> = {};
        let uploads = 0;
        for (const job of checks) {
          const jobContexts = contexts('0'.repeat(40), {
            'working-directory': `examples/${example}`,
            smoke: false,
          });
          jobContexts.github.token = token;
          jobContexts.event = pullRequest;
          const run = await playJob('.github/workflows/pr-checks.yml', job, jobContexts, {
            workspace: REPO_ROOT,
            env: { GITHUB_API_URL: github.url },
            summaryDir: summaries(),
          });
          outcomes[job] = run.outcome;
          expect(run.summary).not.toContain(token);
          if (example === 'broken' && job === 'schema-compare') {
            expect(run.summary).toContain('schema-missing-column');
            expect(run.summary).toContain("Unknown column 'resumes.original_filename'");
          }
          if (example === 'broken' && job === 'lint-requirements')
            expect(run.summary).toMatch(/flask_limiter|Flask-Limiter/);
          // the code scanning upload would run, with the SARIF file the check wrote
          const upload = run.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
          if (upload) {
            uploads++;
            expect(upload.thirdParty, `${job}: the SARIF upload's if: held`).toBeDefined();
            const sarif = JSON.parse(readFileSync(upload.thirdParty!.with.sarif_file!, 'utf8')) as {
              version: string;
              runs: Array<{ results: unknown[] }>;
            };
            expect(sarif.version).toBe('2.1.0');
            if (example === 'broken') expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
          }
        }
        expect(Object.values(outcomes), `${example}: ${JSON.stringify(outcomes)}`).toEqual([
          expected,
          expected,
          expected,
        ]);
        // lint-requirements and docker-build-test upload SARIF
        expect(uploads).toBe(2);
        // one comment per check on the pull request, updated in place when the fix arrives
        const comments = github.comments.get(7) ?? [];
        expect(comments.map((c) => /^<!-- shipcheck:([a-z-]+) -->/.exec(c.body)?.[1])).toEqual(checks);
        const schema = comments[2]!.body;
        if (example === 'broken') {
          expect(schema).toContain("Unknown column 'resumes.original_filename'");
          // the drift comes with the SQL that fixes it
          expect(schema).toMatch(/Fix: ALTER TABLE resumes ADD COLUMN original\\?_filename varchar\(255\)/);
        } else {
          expect(schema).toContain('No findings.');
          for (const comment of comments) expect(comment.body).toMatch(/✅ shipcheck [a-z-]+ passed/);
        }
      }
      const writes = github.requests.filter((r) => r.method !== 'GET').map((r) => r.method);
      expect(writes).toEqual(['POST', 'POST', 'POST', 'PATCH', 'PATCH', 'PATCH']);
      for (const request of github.requests)
        expect(request.authorization).toMatch(/^(token|Bearer) ghs_e2e_/);
    } finally {
      await github.stop();
    }
  });

  it('2. deploy.yml deploys v1 and verifies it; v2 with a migration, and schema-compare then finds no drift', async () => {
    const first = await deployJob(shas.v1!);
    expect(first.outcome, first.summary).toBe('success');
    expect(first.outputs['deployed-sha']).toBe(shas.v1);
    expect(step(first, 'verify').outcome).toBe('success');
    // the example's whole checklist ran: health with the database, the jobs API, the 陈熙蕾.docx upload, TLS, redirect
    expectChecklistPassed(first);
    expect(step(first, 'rollback').outcome).toBe('skipped');
    expect(served()).toBe('v1');
    expect(appliedMigrations()).toEqual(['001_initial_schema.sql', '002_smoke_test_user.sql']);
    // the post step found no lock left to release
    expect(step(first, 'deploy').post?.exitCode).toBe(0);

    app.git(['checkout', '-q', shas.v2!]);
    const second = await deployJob(shas.v2!);
    expect(second.outcome, second.summary).toBe('success');
    expect(second.outputs['previous-sha']).toBe(shas.v1);
    expect(served()).toBe('v2');
    // the migration ran before v2 started: its jobs API (which selects jobs.location) is among what verify passed
    expect(appliedMigrations()).toEqual([
      '001_initial_schema.sql',
      '002_smoke_test_user.sql',
      '003_jobs_location.sql',
    ]);
    expectChecklistPassed(second);
    // production read through the SSH tunnel, as the server sees it, against v2's reference schema
    const drift = await playJob(
      '.github/workflows/pr-checks.yml',
      'schema-compare',
      contexts(
        shas.v2!,
        {
          'schema-reference': 'schema/reference.sql',
          'schema-target-via-ssh': `${server.user}@${server.host}:${server.port}`,
          'known-hosts': readFileSync(knownHosts, 'utf8'),
        },
        { 'production-database-url': productionUrl },
      ),
      { workspace: app.checkout, summaryDir: summaries() },
    );
    expect(drift.outcome, drift.summary).toBe('success');
    expect(drift.summary).toContain('No findings.');

    // the migrations variant: the reference is what the migrations build in the job's MySQL service container
    const services = jobServices('.github/workflows/pr-checks.yml', 'schema-compare-migrations');
    expect(services.mysql!.image).toMatch(/^mysql:8/);
    expect(services.mysql!.ports).toEqual(['3306']);
    const reference = await playMysqlService(services.mysql!);
    try {
      const migrationsJob = (command: string) =>
        playJob(
          '.github/workflows/pr-checks.yml',
          'schema-compare-migrations',
          contexts(shas.v2!, { 'migrations-command': command }, { 'production-database-url': productionUrl }),
          {
            workspace: app.checkout,
            summaryDir: summaries(),
            services: { mysql: { ports: { '3306': String(reference.port) } } },
          },
        );
      // migrations that fail stop the job before anything is compared
      const broken = await migrationsJob('exit 3');
      expect(broken.outcome).toBe('failure');
      expect(broken.steps.map((s) => s.outcome)).toEqual(['success', 'failure', 'skipped']);
      const migrated = await migrationsJob(`${python} scripts/migrate.py`);
      expect(migrated.outcome, migrated.summary).toBe('success');
      expect(migrated.steps.map((s) => s.outcome)).toEqual(['success', 'success', 'success']);
      // every migration reached the reference: no table or column differs from production (an unmigrated reference
      // lacks every table, one without the third migration lacks jobs.location)
      expect(migrated.summary).toMatch(/\| schema-compare \| ✅ passed \| 0 \|/);
      expect(migrated.summary).not.toMatch(/schema-(missing|extra)-(table|column)/);
      // what does differ is real: MySQL's default database collation is not the one production was created with
      expect(migrated.summary).toContain('schema-collation');
    } finally {
      await reference.stop();
    }
  });

  it('3. v3 passes the deploy gate but fails post-deploy-verify: the workflow rolls back to v2 and fails saying why', async () => {
    app.git(['checkout', '-q', shas.v3!]);
    const run = await deployJob(shas.v3!);
    expect(run.outcome).toBe('failure');
    expect(step(run, 'deploy').outcome).toBe('success');
    expect(step(run, 'deploy').outputs.outcome).toBe('deployed');
    expect(step(run, 'verify').outcome).toBe('failure');
    // /healthz reads jobs.salary_range, which no migration added; /livez kept Docker's health check green
    expect(step(run, 'verify').action!.summary).toMatch(/status 503/);
    expect(step(run, 'verify').action!.summary).toContain('OperationalError');
    expect(step(run, 'verify').action!.summary).toContain(
      '### post-deploy-verify: not ready, 6 checks not run',
    );
    expect(step(run, 'verify').outputs['checks-skipped']).toBe('6');
    expect(step(run, 'rollback').outcome).toBe('success');
    const last = run.steps.at(-1)!;
    expect(last.outcome).toBe('failure');
    expect(last.outputs.stdout).toContain(
      `post-deploy-verify failed for ${shas.v3}; rolled back to ${shas.v2}`,
    );
    expect(served()).toBe('v2');
    expect(await status('/healthz')).toBe(200);
    // the run links to itself and uploads the three JSON reports, which say what happened
    expect(run.outputs['run-url']).toBe('https://github.com/acme/resume-app/actions/runs/4242');
    const upload = step(run, 'reports').thirdParty!;
    expect(upload.uses).toMatch(/^actions\/upload-artifact@[0-9a-f]{40}$/);
    expect(upload.with.name).toBe(`shipcheck-deploy-${shas.v3}-1`);
    const reports = upload.with.path!.split('\n').filter(Boolean);
    expect(
      reports.map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { command: string }).command),
    ).toEqual(['ssh-deploy', 'post-deploy-verify', 'rollback']);
    expect(
      reports.map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { passed: boolean }).passed),
    ).toEqual([true, false, true]);
    for (const file of reports) expect(readFileSync(file, 'utf8')).not.toContain('PRIVATE KEY');
  });

  it('4. rollback.yml to v1 by SHA, verified; a malformed target runs nothing; the ledger holds the whole history', async () => {
    const bad = await playJob(
      '.github/workflows/rollback.yml',
      'rollback',
      contexts(shas.v2!, { ...serverInputs(), to: '$(reboot)' }),
      { workspace: app.checkout },
    );
    expect(bad.outcome).toBe('failure');
    expect(bad.steps.filter((s) => s.outcome !== 'skipped').length).toBe(1);

    app.git(['checkout', '-q', shas.v1!]);
    const run = await playJob(
      '.github/workflows/rollback.yml',
      'rollback',
      contexts(shas.v1!, { ...serverInputs(), to: shas.v1 }),
      {
        workspace: app.checkout,
        summaryDir: summaries(),
      },
    );
    expect(
      run.outcome,
      JSON.stringify(run.steps.map((s) => [s.id, s.outcome, s.outputs.stderr ?? s.action?.failure])),
    ).toBe('success');
    expect(run.outputs.sha).toBe(shas.v1);
    expect(run.outputs['run-url']).toBe('https://github.com/acme/resume-app/actions/runs/4242');
    expect(step(run, 'reports').thirdParty!.with.path!.split('\n').filter(Boolean)).toHaveLength(2);
    expect(served()).toBe('v1');
    expect(await status('/healthz')).toBe(200);
    const history = Object.fromEntries(ledger().map((r) => [r.sha, r.status]));
    expect(history).toEqual({ [shas.v1!]: 'active', [shas.v2!]: 'rolled-back', [shas.v3!]: 'rolled-back' });
  });

  it('5. the composite actions/deploy in a job of its own: v2 verified, v3 rolled back to v2; then rollback.yml to previous', async () => {
    const composite = (sha: string) =>
      playComposite('deploy', contexts(sha, { ...serverInputs(), 'ssh-key': server.privateKey, ref: sha }), {
        workspace: app.checkout,
        summaryDir: summaries(),
      });
    app.git(['checkout', '-q', shas.v2!]);
    const good = await composite(shas.v2!);
    expect(good.outcome, good.summary).toBe('success');
    expect(good.outputs).toMatchObject({
      sha: shas.v2,
      'previous-sha': shas.v1,
      verified: 'true',
      'rolled-back': 'false',
    });
    expect(served()).toBe('v2');

    app.git(['checkout', '-q', shas.v3!]);
    const bad = await composite(shas.v3!);
    expect(bad.outcome).toBe('failure');
    expect(bad.steps.map((s) => [s.id ?? 'report', s.outcome])).toEqual([
      ['deploy', 'success'],
      ['verify', 'failure'],
      ['rollback', 'success'],
      ['report', 'failure'],
    ]);
    expect(bad.outputs).toMatchObject({ sha: shas.v3, 'previous-sha': shas.v2, 'rolled-back': 'true' });
    expect(bad.outputs.verified).not.toBe('true');
    expect(bad.steps.at(-1)!.outputs.stdout).toContain(
      `::error::post-deploy-verify failed for ${shas.v3}; rolled back to ${shas.v2}`,
    );
    expect(served()).toBe('v2');

    // the manual rollback's default target: the release before the active one
    app.git(['checkout', '-q', shas.v2!]);
    const back = await playJob(
      '.github/workflows/rollback.yml',
      'rollback',
      contexts(shas.v2!, { ...serverInputs() }),
      { workspace: app.checkout, summaryDir: summaries() },
    );
    expect(back.outcome, JSON.stringify(back.steps.map((s) => [s.id, s.outcome]))).toBe('success');
    expect(back.outputs.sha).toBe(shas.v1);
    expect(served()).toBe('v1');
    expect(await status('/healthz')).toBe(200);
    expect(Object.fromEntries(ledger().map((r) => [r.sha, r.status]))).toEqual({
      [shas.v1!]: 'active',
      [shas.v2!]: 'rolled-back',
      [shas.v3!]: 'rolled-back',
    });
  });

  it('6. the job summaries render as GitHub would: tables, the deploy timeline, the verify results', () => {
    const md = new MarkdownIt({ html: true });
    const files = readdirSync(summaries());
    expect(files.length).toBeGreaterThan(5);
    const html = files.map((f) => md.render(readFileSync(path.join(summaries(), f), 'utf8'))).join('\n');
    expect(html).toContain('<table>');
    expect(html).toMatch(/<h2>✅ shipcheck ssh-deploy passed<\/h2>/);
    expect(html).toMatch(/<h3>Deploy <code>[0-9a-f]{12}<\/code><\/h3>/);
    expect(html).toContain('<pre><code class="language-mermaid">gantt');
    expect(html).toMatch(/<h3>post-deploy-verify: \d+ passed, \d+ failed<\/h3>/);
    expect(html).toContain('<details>');
  });
});
