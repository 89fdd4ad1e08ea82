import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/ports.js';
import { stopChild } from '../helpers/processes.js';

export interface MariaDbServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** mysql://user:password@127.0.0.1:port — append /database */
  url: string;
  socket: string;
  pid: number;
}

/**
 * A private mariadbd on 127.0.0.1: its own data directory, socket and port, run as root with
 * --user=root (the tests run as root), and a password user for TCP connections.
 */
export async function startMariaDb(): Promise<{ server: MariaDbServer; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-mariadb-'));
  const datadir = path.join(dir, 'data');
  const socket = path.join(dir, 'mysqld.sock');
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--user=root',
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
    ],
    {
      stdio: 'ignore',
    },
  );
  const port = await freePort();
  const child: ChildProcess = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      '--user=root',
      '--skip-name-resolve',
      '--innodb-buffer-pool-size=128M',
      '--max-connections=200',
      `--pid-file=${path.join(dir, 'mysqld.pid')}`,
      // its own tmpdir: a server cleans the stale temp files of its tmpdir at start, another server's included
      `--tmpdir=${dir}`,
      `--log-error=${path.join(dir, 'error.log')}`,
    ],
    { stdio: 'ignore', detached: false },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'select 1'], {
        stdio: 'ignore',
      });
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw new Error(`mariadbd did not start; see ${path.join(dir, 'error.log')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const user = 'shipcheck';
  const password = 'Sh1pcheck-test-pw';
  execFileSync('mariadb', [
    '--no-defaults',
    `--socket=${socket}`,
    '-uroot',
    '-e',
    `CREATE USER '${user}'@'127.0.0.1' IDENTIFIED BY '${password}'; GRANT ALL ON *.* TO '${user}'@'127.0.0.1';`,
  ]);
  const server: MariaDbServer = {
    host: '127.0.0.1',
    port,
    user,
    password,
    url: `mysql://${user}:${password}@127.0.0.1:${port}`,
    socket,
    pid: child.pid!,
  };
  return {
    server,
    stop: async () => {
      await stopChild(child, 15_000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
