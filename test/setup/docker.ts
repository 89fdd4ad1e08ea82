import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/run-action.js';
import { stopChild } from '../helpers/processes.js';

export interface DockerEngine {
  /** unix:///…/docker.sock — pass as DOCKER_HOST */
  host: string;
  /** the local base image the fixtures build FROM (Debian bookworm minbase, python3, Flask, gunicorn) */
  baseImage: string;
  pid: number;
}

export const BASE_IMAGE = 'shipcheck-test/python:bookworm';

/**
 * A private dockerd for the tests: its own socket, data root, exec root and pid file, no bridge and no
 * iptables (containers use host networking, nothing leaves loopback). The base image is made by
 * test/setup/base-image.sh (debootstrap once per machine, cached as a tarball, then `docker import`).
 */
export async function startDockerEngine(): Promise<{ engine: DockerEngine; stop: () => Promise<void> }> {
  // short paths: a unix socket path must stay under 108 bytes
  const dir = mkdtempSync(path.join('/tmp', 'sc-docker-'));
  const socket = path.join(dir, 'docker.sock');
  const host = `unix://${socket}`;
  const child: ChildProcess = spawn(
    'dockerd',
    [
      '--host',
      host,
      '--data-root',
      path.join(dir, 'data'),
      '--exec-root',
      path.join(dir, 'exec'),
      '--pidfile',
      path.join(dir, 'dockerd.pid'),
      '--bridge=none',
      '--iptables=false',
      '--ip-masq=false',
      '--ip6tables=false',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const env = { ...process.env, DOCKER_HOST: host };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const probe = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], {
      env,
      encoding: 'utf8',
      timeout: 10_000,
    });
    if (probe.status === 0 && probe.stdout.trim()) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`dockerd did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = async () => {
    // containers first (a test that failed half-way may leave one), then the daemon, then its files
    const ids = spawnSync('docker', ['ps', '-aq'], { env, encoding: 'utf8', timeout: 20_000 }).stdout ?? '';
    const list = ids.split('\n').filter(Boolean);
    if (list.length) spawnSync('docker', ['rm', '-f', ...list], { env, stdio: 'ignore', timeout: 60_000 });
    await stopChild(child, 20_000);
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // an overlay mount the daemon did not release: the OS cleans /tmp
    }
  };
  try {
    execFileSync('bash', [path.join(REPO_ROOT, 'test/setup/base-image.sh'), BASE_IMAGE], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 600_000,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { engine: { host, baseImage: BASE_IMAGE, pid: child.pid! }, stop };
}
