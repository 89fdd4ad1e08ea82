import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/ports.js';
import { stopChild, waitForListening } from '../helpers/processes.js';
import { REPO_ROOT } from '../helpers/run-action.js';

/**
 * What the examples' app imports at run time (the web process: the Celery task's OpenCV/tesseract stay out), as the
 * machine can provide it: Flask-Limiter, Celery and redis-py from Debian (test/setup/services.sh installs them; the
 * local package index has none of them), the SQLAlchemy 2 stack from the machine's local package index (Debian's
 * SQLAlchemy is 1.4, and app/models.py is written for 2.0). Versions are ranges: whatever the index holds in them.
 */
const FROM_INDEX = [
  'Flask>=3,<4',
  'Werkzeug>=3,<4',
  'Flask-SQLAlchemy>=3.1,<4',
  'SQLAlchemy>=2.0,<2.1',
  'PyMySQL>=1,<2',
  'gunicorn>=21',
];

/**
 * A venv on Debian's python3 (seeing its packages) with FROM_INDEX installed, made once per machine and package
 * list under ~/.cache/shipcheck. Returns its bin directory.
 */
export function examplesPython(): string {
  const key = createHash('sha256').update(FROM_INDEX.join('\n')).digest('hex').slice(0, 12);
  const venv = path.join(os.homedir(), '.cache', 'shipcheck', `examples-venv-${key}`);
  const bin = path.join(venv, 'bin');
  const done = path.join(venv, '.complete');
  if (existsSync(done)) return bin;
  rmSync(venv, { recursive: true, force: true });
  mkdirSync(path.dirname(venv), { recursive: true });
  execFileSync('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', venv], { stdio: 'inherit' });
  const index = localPackageIndex();
  const install = spawnSync(
    path.join(bin, 'pip'),
    ['install', '--quiet', '--disable-pip-version-check', '--index-url', index, ...FROM_INDEX],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (install.status !== 0) {
    rmSync(venv, { recursive: true, force: true });
    throw new Error(
      `examples-app: pip could not install ${FROM_INDEX.join(' ')} from ${index}:\n${install.stderr.slice(-2000)}`,
    );
  }
  writeFileSync(done, `${FROM_INDEX.join('\n')}\n`);
  return bin;
}

/** The machine's own package index, as pip is configured with it (PyPI itself is out of reach here). */
function localPackageIndex(): string {
  const configured = spawnSync(
    '/usr/bin/python3',
    ['-m', 'pip', 'config', '--disable-pip-version-check', 'get', 'global.extra-index-url'],
    {
      encoding: 'utf8',
    },
  );
  const first = configured.stdout.split(/\s+/).find((url) => url.startsWith('file://'));
  if (!first)
    throw new Error(
      "examples-app: expected a local package index in pip's configuration (global.extra-index-url = file:///...), " +
        `found ${JSON.stringify(configured.stdout.trim())}: the examples' SQLAlchemy 2 stack cannot be installed`,
    );
  return first;
}

export interface RunningService {
  port: number;
  url: string;
  log: () => string;
  stop: () => Promise<void>;
}

/** A private redis-server on 127.0.0.1 (the examples' Celery broker), nothing written to disk. */
export async function startRedis(): Promise<RunningService> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return running(child, port, 'redis-server', `redis://127.0.0.1:${port}/0`, dir);
}

/** One of the examples' apps run from its own code with gunicorn (one worker) on 127.0.0.1. */
export async function startExampleApp(
  example: 'healthy' | 'broken',
  env: { DATABASE_URL: string; REDIS_URL: string },
): Promise<RunningService> {
  const bin = examplesPython();
  const port = await freePort();
  const uploads = mkdtempSync(path.join(os.tmpdir(), `shipcheck-${example}-uploads-`));
  const child = spawn(
    path.join(bin, 'gunicorn'),
    ['--bind', `127.0.0.1:${port}`, '--workers', '1', '--timeout', '30', 'wsgi:app'],
    {
      cwd: path.join(REPO_ROOT, 'examples', example),
      env: { PATH: `${bin}:/usr/bin:/bin`, HOME: os.tmpdir(), UPLOAD_FOLDER: uploads, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return running(child, port, `examples/${example} (gunicorn)`, `http://127.0.0.1:${port}`, uploads);
}

async function running(
  child: ChildProcess,
  port: number,
  what: string,
  url: string,
  dir: string,
): Promise<RunningService> {
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitForListening(child, '127.0.0.1', port, what, () => log);
  return {
    port,
    url,
    log: () => log,
    stop: async () => {
      await stopChild(child, 5000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
