import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAppRepo, removeComposeProject, type AppRepo } from '../helpers/deploy-app.js';
import { scratchDatabase } from '../helpers/mariadb.js';
import { freePort } from '../helpers/ports.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import {
  jobServices,
  playJob,
  type Contexts,
  type JobRun,
  type ServiceSpec,
} from '../helpers/workflow-runner.js';
import { startMariaDb } from '../setup/mariadb.js';
import { startSshd, type SshServer } from '../setup/sshd.js';
import { startNginx, type Nginx } from '../setup/web.js';

/**
 * The three workflows end to end on a loopback "production server": the jobs of .github/workflows/pr-checks.yml,
 * deploy.yml and rollback.yml are played step by step (their real `if:` conditions and expressions) with the
 * bundled actions run as the runner runs them, against sshd on 127.0.0.6 as the server, the test Docker engine
 * with docker-compose, MariaDB as the production database and nginx with a test CA in front of the app.
 */
const docker = inject('docker');
let server: SshServer;
let nginx: Nginx;
let app: AppRepo;
let work: string;
let appDir: string;
let port: number;
let knownHosts: string;
let databaseUrl: string;
let dropDatabase: () => Promise<void>;
const summaries = () => path.join(work, 'summaries');
const shas: Record<string, string> = {};

const PROJECT = `sc-e2e-${process.pid}`;

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
    {
      workspace: app.checkout,
      env: { DB_PASSWORD: inject('mariadb').password },
      summaryDir: summaries(),
    },
  );
}

async function served(): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/version`, { signal: AbortSignal.timeout(3000) });
    return await response.text();
  } catch {
    return 'unreachable';
  }
}

function ledger(): Array<{ sha: string; status: string }> {
  return readFileSync(path.join(appDir, '.shipcheck', 'releases.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { sha: string; status: string });
}

const step = (run: JobRun, id: string) => run.steps.find((s) => s.id === id)!;

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

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-e2e-'));
  server = await startSshd('127.0.0.6', { setEnv: { DOCKER_HOST: docker.host } });
  knownHosts = path.join(work, 'known_hosts');
  writeFileSync(knownHosts, `${server.knownHostsLine}\n`);
  port = await freePort();
  nginx = await startNginx(port);
  appDir = path.join(work, 'server', 'app');
  mkdirSync(path.join(appDir, 'shared'), { recursive: true });
  writeFileSync(path.join(appDir, 'shared', '.env'), `PORT=${port}\n`);
  const db = await scratchDatabase('', 'shipcheck_e2e');
  databaseUrl = db.url;
  dropDatabase = db.drop;
  const mariadb = inject('mariadb');
  app = createAppRepo(path.join(work, 'repo'));
  // the project's facts, committed with it (paths and ports of this run)
  writeFileSync(
    path.join(app.checkout, 'shipcheck.yml'),
    [
      'ssh-deploy:',
      `  repo: ${app.origin}`,
      `  project-name: ${PROJECT}`,
      '  health-timeout: 60',
      '  env: [DB_PASSWORD]',
      `  migrate-command: for f in migrations/*.sql; do MYSQL_PWD="$DB_PASSWORD" mariadb --no-defaults -h 127.0.0.1 -P ${mariadb.port} -u ${mariadb.user} ${db.name} < "$f"; done`,
      'verify:',
      `  base-url: https://127.0.0.1:${nginx.good}`,
      `  ca-file: ${nginx.certs.ca}`,
      '  wait: { path: /healthz, timeout: 10 }',
      '  checks:',
      '    - { name: public health, path: /healthz, expect: { status: 200, json: { $.status: ok } } }',
      `  tls: ["127.0.0.1:${nginx.good}"]`,
      `  redirects: ["http://127.0.0.1:${nginx.redirect}/"]`,
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(app.checkout, 'migrations'));
  mkdirSync(path.join(app.checkout, 'schema'));
  mkdirSync(path.join(app.checkout, 'scripts'));
  // the project's migration runner, as pr-checks' migrations-command calls it: reads DATABASE_URL like an app does
  writeFileSync(
    path.join(app.checkout, 'scripts', 'migrate.sh'),
    [
      'set -eu',
      'url="${DATABASE_URL#*://}"; creds="${url%%@*}"; rest="${url#*@}"',
      'user="${creds%%:*}"; password="${creds#*:}"; hostport="${rest%%/*}"; database="${rest#*/}"',
      'for f in migrations/*.sql; do',
      '  MYSQL_PWD="$password" mariadb --no-defaults -h "${hostport%%:*}" -P "${hostport#*:}" -u "$user" "$database" < "$f"',
      'done',
      '',
    ].join('\n'),
  );
  const migration1 =
    'CREATE TABLE IF NOT EXISTS resumes (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, filename VARCHAR(255) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;\n';
  writeFileSync(path.join(app.checkout, 'migrations', '001_resumes.sql'), migration1);
  writeFileSync(path.join(app.checkout, 'schema', 'reference.sql'), migration1.replace(' IF NOT EXISTS', ''));
  shas.v1 = app.commit('v1');
  const migration2 = 'ALTER TABLE resumes ADD COLUMN IF NOT EXISTS original_filename VARCHAR(255) NULL;\n';
  writeFileSync(path.join(app.checkout, 'migrations', '002_original_filename.sql'), migration2);
  writeFileSync(
    path.join(app.checkout, 'schema', 'reference.sql'),
    'CREATE TABLE resumes (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, filename VARCHAR(255) NOT NULL, original_filename VARCHAR(255) NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;\n',
  );
  shas.v2 = app.commit('v2');
  shas.v3 = app.commit('degraded-v3');
  // the workspace a deploy of each commit checks out
  app.git(['checkout', '-q', shas.v1]);
}, 300_000);

afterAll(async () => {
  removeComposeProject(docker.host, PROJECT);
  await Promise.all([server?.stop(), nginx?.stop(), dropDatabase?.()]);
});

describe('the workflows end to end on a loopback server', () => {
  it('1. pr-checks fails on examples/broken with the seeded findings and passes on examples/healthy', async () => {
    for (const [example, expected] of [
      ['broken', 'failure'],
      ['healthy', 'success'],
    ] as const) {
      const outcomes: Record<string, string> = {};
      for (const job of ['lint-requirements', 'docker-build-test', 'schema-compare']) {
        const run = await playJob(
          '.github/workflows/pr-checks.yml',
          job,
          contexts('0'.repeat(40), { 'working-directory': `examples/${example}`, smoke: false }),
          {
            workspace: REPO_ROOT,
            summaryDir: summaries(),
          },
        );
        outcomes[job] = run.outcome;
        if (example === 'broken' && job === 'schema-compare') {
          expect(run.summary).toContain('schema-missing-column');
          expect(run.summary).toContain("Unknown column 'resumes.original_filename'");
        }
        if (example === 'broken' && job === 'lint-requirements')
          expect(run.summary).toMatch(/flask_limiter|Flask-Limiter/);
      }
      expect(Object.values(outcomes), `${example}: ${JSON.stringify(outcomes)}`).toEqual([
        expected,
        expected,
        expected,
      ]);
    }
  });

  it('2. deploy.yml deploys v1 and verifies it; v2 with a migration, and schema-compare then finds no drift', async () => {
    const first = await deployJob(shas.v1!);
    expect(first.outcome, first.summary).toBe('success');
    expect(first.outputs['deployed-sha']).toBe(shas.v1);
    expect(step(first, 'verify').outcome).toBe('success');
    expect(step(first, 'rollback').outcome).toBe('skipped');
    expect(await served()).toBe('v1');
    // the post step found no lock left to release
    expect(step(first, 'deploy').post?.exitCode).toBe(0);

    app.git(['checkout', '-q', shas.v2!]);
    const second = await deployJob(shas.v2!);
    expect(second.outcome, second.summary).toBe('success');
    expect(second.outputs['previous-sha']).toBe(shas.v1);
    expect(await served()).toBe('v2');
    const drift = await playJob(
      '.github/workflows/pr-checks.yml',
      'schema-compare',
      contexts(
        shas.v2!,
        { 'schema-reference': 'schema/reference.sql' },
        { 'production-database-url': databaseUrl },
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
          contexts(shas.v2!, { 'migrations-command': command }, { 'production-database-url': databaseUrl }),
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
      const migrated = await migrationsJob('bash scripts/migrate.sh');
      expect(migrated.outcome, migrated.summary).toBe('success');
      expect(migrated.steps.map((s) => s.outcome)).toEqual(['success', 'success', 'success']);
      // both migrations reached the reference: no table or column differs from production (an unmigrated reference
      // lacks the table, a reference with only the first migration lacks original_filename)
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
    expect(step(run, 'verify').action!.summary).toMatch(/status 503/);
    expect(step(run, 'rollback').outcome).toBe('success');
    const last = run.steps.at(-1)!;
    expect(last.outcome).toBe('failure');
    expect(last.outputs.stdout).toContain(
      `post-deploy-verify failed for ${shas.v3}; rolled back to ${shas.v2}`,
    );
    expect(await served()).toBe('v2');
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
    expect(await served()).toBe('v1');
    const history = Object.fromEntries(ledger().map((r) => [r.sha, r.status]));
    expect(history).toEqual({ [shas.v1!]: 'active', [shas.v2!]: 'rolled-back', [shas.v3!]: 'rolled-back' });
  });

  it('5. the job summaries render as GitHub would: tables, the deploy timeline, the verify results', () => {
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
