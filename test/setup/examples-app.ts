import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/ports.js';
import { startServerProcess, stopChild, type ServerProcess } from '../helpers/processes.js';
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
  const server = await startServerProcess(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { host: '127.0.0.1', port, what: 'redis-server' },
  );
  return running(server, port, `redis://127.0.0.1:${port}/0`, dir);
}

/** One of the examples' apps run from its own code with gunicorn (one worker) on 127.0.0.1. */
export async function startExampleApp(
  example: 'healthy' | 'broken',
  env: { DATABASE_URL: string; REDIS_URL: string },
): Promise<RunningService> {
  const bin = examplesPython();
  const port = await freePort();
  const uploads = mkdtempSync(path.join(os.tmpdir(), `shipcheck-${example}-uploads-`));
  const server = await startServerProcess(
    path.join(bin, 'gunicorn'),
    ['--bind', `127.0.0.1:${port}`, '--workers', '1', '--timeout', '30', 'wsgi:app'],
    { host: '127.0.0.1', port, what: `examples/${example} (gunicorn)` },
    {
      cwd: path.join(REPO_ROOT, 'examples', example),
      // no __pycache__ in the examples: their build context is what docker-build-test's tests judge
      env: {
        PATH: `${bin}:/usr/bin:/bin`,
        HOME: os.tmpdir(),
        PYTHONDONTWRITEBYTECODE: '1',
        UPLOAD_FOLDER: uploads,
        ...env,
      },
    },
  );
  return running(server, port, `http://127.0.0.1:${port}`, uploads);
}

function running(server: ServerProcess, port: number, url: string, dir: string): RunningService {
  return {
    port,
    url,
    log: server.log,
    stop: async () => {
      await stopChild(server.child, 5000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The images the examples' Compose file names, as the test Docker engine can have them (no registry here). */
export const EXAMPLES_APP_IMAGE = 'shipcheck-test/examples-python:bookworm';

const MYSQL_ENTRYPOINT = `#!/bin/bash
# the official mysql image's first start, played by MariaDB: datadir, root password, MYSQL_DATABASE and
# MYSQL_USER/MYSQL_PASSWORD, then /docker-entrypoint-initdb.d/*.sql into that database
set -euo pipefail
mkdir -p /run/mysqld
if [ ! -d /var/lib/mysql/mysql ]; then
  mariadb-install-db --user=root --datadir=/var/lib/mysql --skip-test-db >/dev/null
  mariadbd --user=root --datadir=/var/lib/mysql --skip-networking --socket=/tmp/init.sock &
  init=$!
  until mariadb --socket=/tmp/init.sock -uroot -e 'SELECT 1' >/dev/null 2>&1; do sleep 0.2; done
  mariadb --socket=/tmp/init.sock -uroot <<SQL
CREATE USER 'root'@'%' IDENTIFIED BY '\${MYSQL_ROOT_PASSWORD}';
GRANT ALL ON *.* TO 'root'@'%' WITH GRANT OPTION;
CREATE DATABASE IF NOT EXISTS \\\`\${MYSQL_DATABASE}\\\`;
CREATE USER '\${MYSQL_USER}'@'%' IDENTIFIED BY '\${MYSQL_PASSWORD}';
GRANT ALL ON \\\`\${MYSQL_DATABASE}\\\`.* TO '\${MYSQL_USER}'@'%';
SQL
  for f in /docker-entrypoint-initdb.d/*.sql; do
    [ -e "$f" ] && mariadb --socket=/tmp/init.sock -uroot "\${MYSQL_DATABASE}" < "$f"
  done
  kill "$init"
  wait "$init" || true
fi
exec mariadbd --user=root --datadir=/var/lib/mysql --bind-address=0.0.0.0 "$@"
`;

const REDIS_ENTRYPOINT = `#!/bin/sh
# as the official redis image does without a config file: reachable from the other containers
if [ "\${1:-}" = redis-server ]; then shift; exec redis-server --bind 0.0.0.0 --protected-mode no "$@"; fi
exec "$@"
`;

interface ImageRecipe {
  tag: string;
  packages: string[];
  /** shell run after the packages are in */
  then?: string;
  commit: string[];
}

/**
 * The examples' images on the test engine: the app's base (Debian's python3, `python`, the Debian packages of
 * FROM_DEBIAN and FROM_INDEX from the machine's package index), and stand-ins tagged `mysql:8.0` (MariaDB behind the
 * official image's environment contract) and `redis:7-alpine`. Built from the base image once per machine and
 * recipe (docker save into ~/.cache/shipcheck), loaded afterwards.
 */
export function examplesImages(dockerHost: string, baseImage: string): void {
  const index = localPackageIndex();
  const indexRoot = path.dirname(new URL(index).pathname);
  const recipes: ImageRecipe[] = [
    {
      tag: EXAMPLES_APP_IMAGE,
      packages: [
        'python3-pip',
        'python-is-python3',
        'python3-flask-limiter',
        'python3-celery',
        'celery',
        'python3-redis',
      ],
      then: `pip install --quiet --break-system-packages --disable-pip-version-check --index-url ${index} ${FROM_INDEX.map((p) => `'${p}'`).join(' ')}`,
      commit: ['WORKDIR /app'],
    },
    {
      tag: 'mysql:8.0',
      packages: ['mariadb-server'],
      then: `printf '%s' ${shellQuote(MYSQL_ENTRYPOINT)} > /usr/local/bin/docker-entrypoint && chmod +x /usr/local/bin/docker-entrypoint && rm -rf /var/lib/mysql/*`,
      commit: ['ENTRYPOINT ["/usr/local/bin/docker-entrypoint"]', 'CMD []'],
    },
    {
      tag: 'redis:7-alpine',
      packages: ['redis-server', 'redis-tools'],
      then: `printf '%s' ${shellQuote(REDIS_ENTRYPOINT)} > /usr/local/bin/docker-entrypoint && chmod +x /usr/local/bin/docker-entrypoint`,
      commit: ['ENTRYPOINT ["/usr/local/bin/docker-entrypoint"]', 'CMD ["redis-server"]'],
    },
  ];
  const env = { ...process.env, DOCKER_HOST: dockerHost };
  const docker = (args: string[], timeout = 600_000) => {
    const run = spawnSync('docker', args, { env, encoding: 'utf8', timeout, maxBuffer: 1 << 26 });
    if (run.status !== 0)
      throw new Error(
        `examples images: docker ${args.slice(0, 3).join(' ')} failed:\n${(run.stderr ?? '').slice(-3000)}`,
      );
    return run.stdout;
  };
  const cache = path.join(os.homedir(), '.cache', 'shipcheck');
  mkdirSync(cache, { recursive: true });
  for (const recipe of recipes) {
    if (spawnSync('docker', ['image', 'inspect', recipe.tag], { env, stdio: 'ignore' }).status === 0)
      continue;
    const key = createHash('sha256')
      .update(JSON.stringify([baseImage, recipe]))
      .digest('hex')
      .slice(0, 12);
    const tarball = path.join(cache, `image-${recipe.tag.replace(/[^\w.-]/g, '_')}-${key}.tar`);
    if (existsSync(tarball)) {
      docker(['load', '--quiet', '--input', tarball]);
      continue;
    }
    const name = `shipcheck-image-${key}`;
    spawnSync('docker', ['rm', '-f', name], { env, stdio: 'ignore' });
    const script = [
      'set -e',
      'export DEBIAN_FRONTEND=noninteractive',
      'apt-get update -qq',
      `apt-get install -y -qq --no-install-recommends ${recipe.packages.join(' ')} >/dev/null`,
      recipe.then ?? 'true',
      'rm -rf /var/lib/apt/lists/*',
    ].join('\n');
    docker([
      'run',
      '--name',
      name,
      '--network',
      'host',
      '-v',
      `${indexRoot}:${indexRoot}:ro`,
      baseImage,
      'bash',
      '-c',
      script,
    ]);
    docker(['commit', ...recipe.commit.flatMap((change) => ['--change', change]), name, recipe.tag]);
    docker(['rm', '-f', name]);
    // the same image from an older recipe is of no use any more
    const stale = `image-${recipe.tag.replace(/[^\w.-]/g, '_')}-`;
    for (const file of readdirSync(cache))
      if (file.startsWith(stale) && file.endsWith('.tar')) rmSync(path.join(cache, file), { force: true });
    const partial = `${tarball}.partial`;
    docker(['save', '--output', partial, recipe.tag]);
    renameSync(partial, tarball);
  }
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
