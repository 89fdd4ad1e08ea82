// The timed part of bench/ssh-deploy's redeploy figure: a private dockerd and sshd on loopback, the fixture app
// (test/fixtures/deploy-app) deployed once, then redeploys of the same, unchanged commit through shipcheck
// (preflight, lock, fetch, link, build skipped because the SHA-tagged image exists, up, health gate, switch) against
// the hand-run script it replaces, over OpenSSH: `git pull; docker-compose down; docker-compose build; up -d`
// (with Docker's layer cache, and without waiting for health). Prints one JSON line.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentSteps } from '../src/core/steps.js';
import { deploySettings } from '../src/deploy/settings.js';
import { sshDeploy } from '../src/deploy/ssh-deploy.js';
import { createAppRepo, removeComposeProject } from '../test/helpers/deploy-app.js';
import { freePort } from '../test/helpers/ports.js';
import { startDockerEngine } from '../test/setup/docker.js';
import { startSshd } from '../test/setup/sshd.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const docker = await startDockerEngine();
// a deploy user of its own in the docker group, as on a real server (root's shell start-up here costs ~100 ms a step)
const USER = 'shipcheck-bench';
const server = await startSshd('127.0.0.2', { user: USER, setEnv: { DOCKER_HOST: docker.engine.host } });
execFileSync('usermod', ['-aG', 'docker', USER]);
// the private engine's socket (group docker) sits in a folder only root may enter
execFileSync('chmod', ['0711', path.dirname(docker.engine.host.replace(/^unix:\/\//, ''))]);
const work = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-bench-deploy-'));
const project = 'sc-bench';
try {
  const app = createAppRepo(path.join(work, 'repo'));
  const sha = app.commit('bench');
  const appDir = path.join(work, 'server', 'app');
  mkdirSync(path.join(appDir, 'shared'), { recursive: true });
  const port = await freePort();
  writeFileSync(path.join(appDir, 'shared', '.env'), `PORT=${port}\n`);
  // the server side belongs to the deploy user (git refuses repositories owned by someone else)
  execFileSync('chown', ['-R', `${USER}:`, work]);
  const settings = deploySettings(
    work,
    {
      host: `${server.user}@${server.host}:${server.port}`,
      'known-hosts': server.knownHostsLine,
      'app-dir': appDir,
      'project-name': project,
      repo: app.origin,
      ref: sha,
      'health-timeout': 60,
    },
    {},
    { key: server.privateKey },
  );
  const deploy = async () => {
    const started = performance.now();
    const run = await sshDeploy(settings, { steps: silentSteps, log: () => undefined });
    const outcome = run.data.hosts[0]!.outcome;
    if (process.env.BENCH_VERBOSE) {
      process.stderr.write(
        `${run.data.hosts[0]!.steps.map((s) => `${s.name} ${s.durationMs}`).join(', ')}\n`,
      );
    }
    if (outcome !== 'deployed' && outcome !== 'unchanged')
      throw new Error(`deploy ${outcome}: ${run.data.hosts[0]!.error}`);
    return performance.now() - started;
  };
  const first = await deploy();

  const keyFile = path.join(work, 'key');
  writeFileSync(keyFile, server.privateKey, { mode: 0o600 });
  writeFileSync(path.join(work, 'known_hosts'), `${server.knownHostsLine}\n`);
  const release = path.join(appDir, 'releases', sha);
  // the hand-run script, in the same release folder with the same project name
  const script = [
    `cd '${release}'`,
    'git pull -q origin main 2>/dev/null || git fetch -q',
    `export COMPOSE_PROJECT_NAME=${project} COMPOSE_FILE=docker-compose.yml:.shipcheck-compose.yml`,
    'docker-compose down',
    'docker-compose build -q',
    'docker-compose up -d',
  ].join(' && ');
  const ssh = [
    '-i',
    keyFile,
    '-o',
    `UserKnownHostsFile=${path.join(work, 'known_hosts')}`,
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    'BatchMode=yes',
    '-p',
    String(server.port),
    `${server.user}@${server.host}`,
    script,
  ];
  const redeploys: number[] = [];
  const naive: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    redeploys.push(await deploy());
    const started = performance.now();
    execFileSync('ssh', ssh, { stdio: 'pipe' });
    naive.push(performance.now() - started);
  }
  // leave the app as shipcheck runs it, then measure nothing more
  await deploy();
  console.log(JSON.stringify({ runs: RUNS, first, redeploy: median(redeploys), naive: median(naive) }));
} finally {
  removeComposeProject(docker.engine.host, project);
  await server.stop();
  await docker.stop();
  rmSync(work, { recursive: true, force: true });
}
