import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { freePort } from '../helpers/ports.js';
import { REPO_ROOT, runActionBundle } from '../helpers/run-action.js';
import { runShipcheck, type CliRun } from '../helpers/run-cli.js';
import { startSshd, type SshServer } from '../setup/sshd.js';
import { createAppRepo, removeComposeProject, type AppRepo } from '../helpers/deploy-app.js';

/**
 * ssh-deploy, rollback and releases against real OpenSSH servers on 127.0.0.2-4, deploying a real Flask app
 * with docker-compose v1 on the test Docker engine (host networking). The app's git remote is a bare
 * repository on the "server"; each "host" has its own app-dir, Compose project and port.
 */
const docker = inject('docker');
const dockerEnv = { DOCKER_HOST: docker.host };
let servers: SshServer[] = [];
let work: string;
let origin: string;
let app: AppRepo;
const git = (args: string[], cwd: string) => app.git(args, cwd);
const commit = (version: string) => app.commit(version);
let knownHosts: string;
const keyFiles: string[] = [];
const projects: string[] = [];
const commits: Record<string, string> = {};

interface Host {
  server: SshServer;
  appDir: string;
  project: string;
  port: number;
  keyFile: string;
}
const hosts: Host[] = [];

async function prepareHost(server: SshServer, name: string, env: string[] = []): Promise<Host> {
  const appDir = path.join(work, name, 'app');
  const port = await freePort();
  mkdirSync(path.join(appDir, 'shared'), { recursive: true });
  writeFileSync(path.join(appDir, 'shared', '.env'), [`PORT=${port}`, ...env, ''].join('\n'));
  const keyFile = path.join(work, `${name}.key`);
  writeFileSync(keyFile, server.privateKey, { mode: 0o600 });
  keyFiles.push(keyFile);
  const project = `sc-${name}`;
  projects.push(project);
  return { server, appDir, project, port, keyFile };
}

function connectionFlags(host: Host): string[] {
  return [
    '--host',
    `${host.server.user}@${host.server.host}:${host.server.port}`,
    '--key-file',
    host.keyFile,
    '--known-hosts',
    knownHosts,
  ];
}

function deploy(
  host: Host,
  sha: string,
  extra: string[] = [],
  env: Record<string, string> = {},
): Promise<CliRun> {
  return runShipcheck(
    [
      'ssh-deploy',
      work,
      ...connectionFlags(host),
      '--app-dir',
      host.appDir,
      '--project-name',
      host.project,
      '--repo',
      origin,
      '--ref',
      sha,
      '--health-timeout',
      '40',
      '--format',
      'json',
      ...extra,
    ],
    { env: { ...env }, timeoutMs: 170_000 },
  );
}

async function version(host: Host): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${host.port}/version`, {
      signal: AbortSignal.timeout(3000),
    });
    return await response.text();
  } catch {
    return 'unreachable';
  }
}

function ledger(host: Host): Array<{ sha: string; status: string; pruned?: boolean }> {
  const file = path.join(host.appDir, '.shipcheck', 'releases.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { sha: string; status: string });
}

function statusOf(host: Host, sha: string): string | undefined {
  return ledger(host).find((r) => r.sha === sha)?.status;
}

function current(host: Host): string {
  return readlinkSync(path.join(host.appDir, 'current'));
}

function report(run: CliRun): Report {
  try {
    return JSON.parse(run.stdout) as Report;
  } catch {
    throw new Error(`not a JSON report (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
  }
}

function rules(run: CliRun): string[] {
  return report(run).findings.map((f) => f.rule);
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-deploy-'));
  servers = await Promise.all(
    ['127.0.0.2', '127.0.0.3', '127.0.0.4'].map((address) => startSshd(address, { setEnv: dockerEnv })),
  );
  knownHosts = path.join(work, 'known_hosts');
  writeFileSync(knownHosts, servers.map((s) => s.knownHostsLine).join('\n') + '\n');
  app = createAppRepo(path.join(work, 'app-repo'));
  origin = app.origin;
  commits.one = commit('one');
  commits.two = commit('two');
  commits.broken = commit('broken-three');
  commits.four = commit('four');
  hosts.push(
    await prepareHost(servers[0]!, 'alpha'),
    await prepareHost(servers[1]!, 'beta', ['BROKEN_VERSION=two']),
    await prepareHost(servers[2]!, 'gamma'),
  );
}, 300_000);

afterAll(async () => {
  for (const project of projects) removeComposeProject(docker.host, project);
  await Promise.all(servers.map((server) => server.stop()));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('ssh-deploy on real sshd and Docker', () => {
  it('deploys the exact commit: releases/<sha>, shared .env linked, current switched, ledger written', async () => {
    const alpha = hosts[0]!;
    const run = await deploy(alpha, commits.one!);
    expect(
      report(run).findings.filter((f) => f.severity === 'error'),
      run.stderr,
    ).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(await version(alpha)).toBe('one');
    expect(current(alpha)).toBe(`releases/${commits.one}`);
    const release = path.join(alpha.appDir, 'releases', commits.one!);
    expect(git(['rev-parse', 'HEAD'], release)).toBe(commits.one);
    expect(readlinkSync(path.join(release, '.env'))).toBe(path.join(alpha.appDir, 'shared', '.env'));
    expect(ledger(alpha).map((r) => [r.sha, r.status])).toEqual([[commits.one, 'active']]);
    const data = report(run).data as { hosts: Array<{ outcome: string; steps: Array<{ name: string }> }> };
    expect(data.hosts[0]!.outcome).toBe('deployed');
    expect(data.hosts[0]!.steps.map((s) => s.name)).toEqual([
      'preflight',
      'lock',
      'fetch',
      'link shared',
      'build',
      'backup',
      'migrate',
      'up',
      'health gate',
      'switch',
      'prune',
      'unlock',
    ]);
    // the lock is gone, the image is tagged with the SHA
    expect(existsSync(path.join(alpha.appDir, '.shipcheck', 'lock'))).toBe(false);
    const images = execFileSync('docker', ['images', '-q', `shipcheck/${alpha.project}-web:${commits.one}`], {
      env: { ...process.env, ...dockerEnv },
      encoding: 'utf8',
    });
    expect(images.trim()).not.toBe('');
  });

  it('deploys a second commit; the first becomes previous', async () => {
    const alpha = hosts[0]!;
    const run = await deploy(alpha, commits.two!);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(await version(alpha)).toBe('two');
    expect(statusOf(alpha, commits.one!)).toBe('previous');
    expect(statusOf(alpha, commits.two!)).toBe('active');
  });

  it('redeploys an unchanged commit without rebuilding', async () => {
    const alpha = hosts[0]!;
    const run = await deploy(alpha, commits.two!);
    expect(run.exitCode, run.stderr).toBe(0);
    const data = report(run).data as { hosts: Array<{ outcome: string }> };
    expect(data.hosts[0]!.outcome).toBe('unchanged');
    expect(run.stderr).toMatch(/built=cached/);
    expect(await version(alpha)).toBe('two');
  });

  it('rolls back automatically when the new commit fails its health gate', async () => {
    const alpha = hosts[0]!;
    const run = await deploy(alpha, commits.broken!);
    expect(run.exitCode).toBe(1);
    expect(rules(run)).toContain('health-gate-failed');
    expect(rules(run)).toContain('deploy-rolled-back');
    const data = report(run).data as { hosts: Array<{ outcome: string; logs?: string }> };
    expect(data.hosts[0]!.outcome).toBe('rolled-back');
    expect(data.hosts[0]!.logs).toMatch(/--- web/);
    expect(await version(alpha)).toBe('two');
    expect(current(alpha)).toBe(`releases/${commits.two}`);
    expect(statusOf(alpha, commits.broken!)).toBe('failed');
    expect(statusOf(alpha, commits.two!)).toBe('active');
  });

  it('rolls back to previous (skipping the failed release) and to a SHA, without rebuilding', async () => {
    const alpha = hosts[0]!;
    const flags = [
      ...connectionFlags(alpha),
      '--app-dir',
      alpha.appDir,
      '--project-name',
      alpha.project,
      '--format',
      'json',
    ];
    const back = await runShipcheck(['rollback', work, ...flags, '--to', 'previous'], { timeoutMs: 120_000 });
    expect(back.exitCode, back.stderr).toBe(0);
    expect(await version(alpha)).toBe('one');
    expect(current(alpha)).toBe(`releases/${commits.one}`);
    expect(statusOf(alpha, commits.two!)).toBe('rolled-back');
    expect(back.stderr).not.toMatch(/compose build|built=/);

    const forward = await runShipcheck(['rollback', work, ...flags, '--to', commits.two!], {
      timeoutMs: 120_000,
    });
    expect(forward.exitCode, forward.stderr).toBe(0);
    expect(await version(alpha)).toBe('two');
    expect(statusOf(alpha, commits.two!)).toBe('active');

    const listing = await runShipcheck(
      ['releases', work, ...connectionFlags(alpha), '--app-dir', alpha.appDir],
      {
        timeoutMs: 60_000,
      },
    );
    expect(listing.exitCode, listing.stderr).toBe(0);
    expect(listing.stdout).toContain(`${commits.two}  active`);
    expect(listing.stdout).toContain(`${commits.broken}  failed`);
    expect(listing.stdout).toMatch(new RegExp(`current ${commits.two!.slice(0, 12)}`));

    const unknown = await runShipcheck(['rollback', work, ...flags, '--to', 'f'.repeat(40)], {
      timeoutMs: 60_000,
    });
    expect(unknown.exitCode).toBe(1);
    expect(report(unknown).findings[0]?.message).toMatch(/is not a release on this server/);
  });

  it('refuses a wrong or unknown host key and a malformed ref before anything runs (exit 2); skip-verification warns', async () => {
    const alpha = hosts[0]!;
    const beta = hosts[1]!;
    const before = ledger(alpha);
    const wrongFile = path.join(work, 'wrong_known_hosts');
    // alpha's address with beta's key: a mismatch
    writeFileSync(
      wrongFile,
      `[${alpha.server.host}]:${alpha.server.port} ${beta.server.knownHostsLine.split(' ').slice(1).join(' ')}\n`,
    );
    const wrong = await deploy(alpha, commits.four!, ['--known-hosts', wrongFile]);
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toMatch(/host key/i);
    expect(wrong.stderr).toMatch(/SHA256:/);
    const unknownFile = path.join(work, 'other_known_hosts');
    writeFileSync(unknownFile, `${beta.server.knownHostsLine}\n`);
    const unknown = await deploy(alpha, commits.four!, ['--known-hosts', unknownFile]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain(alpha.server.knownHostsLine.split(' ').slice(1).join(' '));
    const badRef = await deploy(alpha, '$(touch /tmp/x)');
    expect(badRef.exitCode).toBe(2);
    expect(badRef.stderr).toMatch(/ref must be a full 40-character commit SHA/);
    expect(ledger(alpha)).toEqual(before);

    const skipped = await runShipcheck(
      [
        'releases',
        work,
        '--host',
        `${alpha.server.user}@${alpha.server.host}:${alpha.server.port}`,
        '--key-file',
        alpha.keyFile,
        '--skip-host-key-verification',
        '--app-dir',
        alpha.appDir,
      ],
      { timeoutMs: 60_000 },
    );
    expect(skipped.exitCode, skipped.stderr).toBe(0);
    expect(skipped.stderr).toMatch(/warning: host key verification is skipped/);
    expect(skipped.stderr).toContain(alpha.server.knownHostsLine.split(' ').slice(1).join(' '));
  });

  it('never runs two deploys at once: the second waits, or fails naming the holder', async () => {
    const alpha = hosts[0]!;
    const first = deploy(alpha, commits.four!, [], { USER: 'first-deployer' });
    // wait until the first one holds the lock
    const lockDir = path.join(alpha.appDir, '.shipcheck', 'lock');
    for (let i = 0; i < 200 && !existsSync(path.join(lockDir, 'owner.json')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const impatient = await deploy(alpha, commits.four!, ['--lock-timeout', '1'], {
      USER: 'second-deployer',
    });
    const patient = deploy(alpha, commits.four!, [], { USER: 'third-deployer' });
    const firstRun = await first;
    expect(firstRun.exitCode, firstRun.stderr).toBe(0);
    expect(impatient.exitCode).toBe(1);
    const held = report(impatient).findings.find((f) => f.rule === 'lock-held');
    expect(held?.message).toMatch(/first-deployer/);
    expect(held?.message).toContain(commits.four!.slice(0, 12));
    const patientRun = await patient;
    expect(patientRun.exitCode, patientRun.stderr).toBe(0);
    expect(patientRun.stderr).toMatch(/waiting for the deploy lock held by first-deployer/);
    expect(await version(alpha)).toBe('four');
  });

  it('takes over a stale lock with a warning', async () => {
    const alpha = hosts[0]!;
    const lockDir = path.join(alpha.appDir, '.shipcheck', 'lock');
    mkdirSync(lockDir);
    // a holder that is gone: a PID that does not exist
    writeFileSync(path.join(lockDir, 'pid'), '4194000\n');
    writeFileSync(path.join(lockDir, 'since'), `${Math.floor(Date.now() / 1000)}\n`);
    writeFileSync(path.join(lockDir, 'owner.json'), '{"pid":4194000,"actor":"ghost"}\n');
    const run = await deploy(alpha, commits.four!);
    expect(run.exitCode, run.stderr).toBe(0);
    const warning = report(run).findings.find((f) => f.rule === 'lock-taken-over');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/holder is gone.*ghost/);
  });

  it('keeps serving the previous release when the connection dies mid-deploy; the next deploy succeeds', async () => {
    const alpha = hosts[0]!;
    const sha = commit('five');
    const child = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, 'bin', 'shipcheck.js'),
        'ssh-deploy',
        work,
        ...connectionFlags(alpha),
        '--app-dir',
        alpha.appDir,
        '--project-name',
        alpha.project,
        '--repo',
        origin,
        '--ref',
        sha,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/link shared done/.test(stderr)) {
          // the runner dies in the middle of the build
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    expect(stderr).toMatch(/link shared done/);
    expect(await version(alpha)).toBe('four');
    expect(statusOf(alpha, commits.four!)).toBe('active');
    const next = await deploy(alpha, sha);
    expect(next.exitCode, next.stderr).toBe(0);
    expect(await version(alpha)).toBe('five');
    commits.five = sha;
  });

  it('executes nothing from hostile refs, paths, files and repos', async () => {
    const alpha = hosts[0]!;
    const marker = path.join(work, 'pwned');
    const hostile = `$(touch ${marker}) \`touch ${marker}\` ; touch ${marker} '"`;
    const appDir = path.join(work, `evil ${hostile}`, 'app');
    const run = await runShipcheck(
      [
        'ssh-deploy',
        work,
        ...connectionFlags(alpha),
        '--app-dir',
        appDir,
        '--project-name',
        'sc-evil',
        '--repo',
        `${origin}${hostile}`,
        '--ref',
        commits.one!,
        '--compose-file',
        `docker-compose.yml${hostile}`,
        '--shared-files',
        `.env${hostile}`,
        '--format',
        'json',
      ],
      { timeoutMs: 120_000 },
    );
    expect(run.exitCode).toBe(1);
    expect(rules(run)).toContain('fetch-failed');
    expect(existsSync(marker)).toBe(false);
    // the folder was created with exactly that name
    expect(existsSync(path.join(appDir, '.shipcheck'))).toBe(true);
    const newline = await deploy(alpha, commits.one!, ['--app-dir', `${work}/x\ntouch ${marker}`]);
    expect(newline.exitCode).toBe(2);
    expect(existsSync(marker)).toBe(false);
  });

  it('never writes the key, its passphrase or environment secrets anywhere (action bundle)', async () => {
    const gamma = hosts[2]!;
    const secret = `s3cr3t-${Math.random().toString(36).slice(2)}`;
    const run = await runActionBundle('ssh-deploy', {
      cwd: work,
      env: { DEPLOY_TOKEN: secret },
      inputs: {
        host: `${gamma.server.user}@${gamma.server.host}:${gamma.server.port}`,
        'ssh-key': gamma.server.encryptedKey,
        'ssh-passphrase': gamma.server.passphrase,
        'known-hosts': readFileSync(knownHosts, 'utf8'),
        'app-dir': gamma.appDir,
        'project-name': gamma.project,
        repo: origin,
        ref: commits.one!,
        env: 'DEPLOY_TOKEN',
        'migrate-command':
          'echo "migrating with $DEPLOY_TOKEN"; printf %s "$DEPLOY_TOKEN" | sha256sum > "$APP_DIR/shared/token.sha"',
        'health-url': `http://127.0.0.1:${gamma.port}/health`,
        'health-timeout': '40',
      },
      timeoutMs: 170_000,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.sha).toBe(commits.one);
    expect(run.outputs.outcome).toBe('deployed');
    expect(run.summary).toContain('```mermaid');
    expect(run.summary).toMatch(/section 127\.0\.0\.4/);
    expect(run.stdout).toContain('migrating with ***');
    // the remote command did get the value
    const expected = execFileSync('sha256sum', { input: secret, encoding: 'utf8' });
    expect(readFileSync(path.join(gamma.appDir, 'shared', 'token.sha'), 'utf8')).toBe(expected);
    const written = [
      run.stdout,
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      readFileSync(run.outputs.report!, 'utf8'),
      readFileSync(path.join(gamma.appDir, '.shipcheck', 'releases.jsonl'), 'utf8'),
    ].join('\n');
    const keyLines = gamma.server.encryptedKey
      .split('\n')
      .filter((line) => line.length > 20 && !line.startsWith('-----'));
    // (the ::add-mask:: commands are how the runner learns them: it never prints them)
    const shown = written.replace(/^::add-mask::.*$/gm, '');
    for (const needle of [secret, gamma.server.passphrase, ...keyLines]) expect(shown).not.toContain(needle);
    // the key never touched the disk of the runner: no file anywhere under the runner temp holds it
    expect(
      readdirSync(path.dirname(run.outputs.report!)).some((f) =>
        readFileSync(path.join(path.dirname(run.outputs.report!), f), 'utf8').includes(keyLines[0]!),
      ),
    ).toBe(false);
  });

  it('backs up the database before migrating, verified and masked; a failed backup stops before the migration', async () => {
    const gamma = hosts[2]!;
    const db = inject('mariadb');
    const sql = (statement: string) => {
      const result = spawnSync(
        'mariadb',
        [
          '--no-defaults',
          '--default-character-set=utf8mb4',
          '-h',
          db.host,
          '-P',
          String(db.port),
          '-u',
          db.user,
          `-p${db.password}`,
          '-e',
          statement,
        ],
        { encoding: 'utf8' },
      );
      if (result.status !== 0) throw new Error(`mariadb: ${result.stderr}`);
    };
    sql(
      'CREATE DATABASE IF NOT EXISTS deploy_backup_test CHARACTER SET utf8mb4; CREATE TABLE IF NOT EXISTS deploy_backup_test.resumes (id INT PRIMARY KEY, original_filename VARCHAR(255)); REPLACE INTO deploy_backup_test.resumes VALUES (1, "陈熙蕾.docx")',
    );
    const marker = path.join(work, 'migrated');
    const run = await deploy(gamma, commits.two!, [
      '--backup-database-url',
      `${db.url}/deploy_backup_test`,
      '--migrate-command',
      `touch ${marker}`,
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(existsSync(marker)).toBe(true);
    const data = report(run).data as { hosts: Array<{ backup?: string }> };
    const backup = data.hosts[0]!.backup!;
    expect(backup).toMatch(new RegExp(`^${gamma.appDir}/backups/\\d{8}T\\d{6}Z-[0-9a-f]{12}\\.sql\\.gz$`));
    const dump = execFileSync('gzip', ['-dc', backup], { encoding: 'utf8' });
    expect(dump).toContain('CREATE TABLE `resumes`');
    expect(dump).toContain('陈熙蕾.docx');
    expect(dump.trimEnd().split('\n').at(-1)).toMatch(/^-- Dump completed/);
    for (const output of [run.stdout, run.stderr]) expect(output).not.toContain(db.password);

    rmSync(marker);
    const wrong = await deploy(gamma, commits.one!, [
      '--backup-database-url',
      `mysql://${db.user}:not-the-password-${Date.now()}@${db.host}:${db.port}/deploy_backup_test`,
      '--migrate-command',
      `touch ${marker}`,
    ]);
    expect(wrong.exitCode).toBe(1);
    expect(rules(wrong)).toContain('backup-failed');
    expect(existsSync(marker)).toBe(false);
    expect(wrong.stdout + wrong.stderr).not.toMatch(/not-the-password-/);
    // nothing the server serves changed
    expect(await version(gamma)).toBe('two');
  });

  it('backs up inside the db container (backup-service) through compose exec, the password over stdin', async () => {
    const gamma = hosts[2]!;
    const db = inject('mariadb');
    const files = ['--compose-file', 'docker-compose.yml,docker-compose.db.yml'];
    // the db service must already run (the backup is taken before the new release starts)
    const first = await deploy(gamma, commits.one!, files);
    expect(first.exitCode, first.stderr).toBe(0);
    const run = await deploy(gamma, commits.two!, [
      ...files,
      '--backup-service',
      'db',
      '--backup-database-url',
      `${db.url}/deploy_backup_test`,
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    const backup = (report(run).data as { hosts: Array<{ backup?: string }> }).hosts[0]!.backup!;
    const dump = execFileSync('gzip', ['-dc', backup], { encoding: 'utf8' });
    expect(dump).toContain('CREATE TABLE `resumes`');
    expect(dump.trimEnd().split('\n').at(-1)).toMatch(/^-- Dump completed/);
    expect(run.stdout + run.stderr).not.toContain(db.password);
    // the db service is not there: the deploy stops at the backup and the app keeps running
    const missing = await deploy(gamma, commits.one!, [
      '--backup-service',
      'nosuchservice',
      '--backup-database-url',
      `${db.url}/deploy_backup_test`,
    ]);
    expect(missing.exitCode).toBe(1);
    expect(rules(missing)).toContain('backup-failed');
    expect(await version(gamma)).toBe('two');
  });

  it("the action's post step releases a lock the main step left behind, only if it is still this run's", async () => {
    const gamma = hosts[2]!;
    const lockDir = path.join(gamma.appDir, '.shipcheck', 'lock');
    const inputs = {
      host: `${gamma.server.user}@${gamma.server.host}:${gamma.server.port}`,
      'ssh-key': gamma.server.privateKey,
      'known-hosts': readFileSync(knownHosts, 'utf8'),
      'app-dir': gamma.appDir,
      repo: origin,
    };
    const leave = (token: string) => {
      mkdirSync(lockDir, { recursive: true });
      writeFileSync(path.join(lockDir, 'token'), `${token}\n`);
      writeFileSync(path.join(lockDir, 'pid'), '4194001\n');
    };
    leave('someone-else');
    const foreign = await runActionBundle('ssh-deploy-post', {
      cwd: work,
      inputs,
      env: { 'STATE_shipcheck-deploy-locks': JSON.stringify({ [gamma.server.host]: 'our-token' }) },
      timeoutMs: 60_000,
    });
    expect(foreign.exitCode, foreign.stdout).toBe(0);
    expect(existsSync(lockDir)).toBe(true);
    rmSync(lockDir, { recursive: true });
    leave('our-token');
    const ours = await runActionBundle('ssh-deploy-post', {
      cwd: work,
      inputs,
      env: { 'STATE_shipcheck-deploy-locks': JSON.stringify({ [gamma.server.host]: 'our-token' }) },
      timeoutMs: 60_000,
    });
    expect(ours.exitCode, ours.stdout).toBe(0);
    expect(ours.stdout).toContain('released the deploy lock on 127.0.0.4');
    expect(existsSync(lockDir)).toBe(false);
  });

  it('rolls three hosts in batches; a failing second batch stops the rollout and rolls back the first', async () => {
    const [alpha, beta, gamma] = hosts as [Host, Host, Host];
    const config = (sha: string) =>
      [
        'ssh-deploy:',
        `  repo: ${origin}`,
        `  ref: "${sha}"`,
        `  known-hosts: ${knownHosts}`,
        '  health-timeout: 40',
        '  batch-size: 1',
        '  hosts:',
        ...[alpha, beta, gamma].flatMap((h) => [
          `    - host: ${h.server.user}@${h.server.host}:${h.server.port}`,
          `      key-file: ${h.keyFile}`,
          `      app-dir: ${h.appDir}`,
          `      project-name: ${h.project}`,
        ]),
        '',
      ].join('\n');
    const dir = mkdtempSync(path.join(work, 'fleet-'));
    // all three on "one" first (alpha is on five, gamma on one already)
    writeFileSync(path.join(dir, 'shipcheck.yml'), config(commits.one!));
    const first = await runShipcheck(['ssh-deploy', dir, '--format', 'json'], { timeoutMs: 170_000 });
    expect(
      report(first).findings.filter((f) => f.severity === 'error'),
      first.stderr,
    ).toEqual([]);
    expect(await Promise.all([alpha, beta, gamma].map(version))).toEqual(['one', 'one', 'one']);

    // "two" is broken on beta only (its .env says BROKEN_VERSION=two)
    writeFileSync(path.join(dir, 'shipcheck.yml'), config(commits.two!));
    const gammaBefore = ledger(gamma);
    const rollout = await runShipcheck(['ssh-deploy', dir, '--format', 'json'], { timeoutMs: 170_000 });
    expect(rollout.exitCode).toBe(1);
    const data = report(rollout).data as {
      hosts: Array<{ host: string; outcome: string }>;
      batches: string[][];
    };
    expect(data.batches).toHaveLength(3);
    expect(data.hosts.map((h) => [h.host, h.outcome])).toEqual([
      ['127.0.0.2', 'rolled-back'],
      ['127.0.0.3', 'rolled-back'],
      ['127.0.0.4', 'skipped'],
    ]);
    expect(rules(rollout)).toContain('rollout-rolled-back');
    expect(await Promise.all([alpha, beta, gamma].map(version))).toEqual(['one', 'one', 'one']);
    // the skipped host was not touched
    expect(ledger(gamma)).toEqual(gammaBefore);
  });
});
