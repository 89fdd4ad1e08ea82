import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { EXAMPLES_APP_IMAGE } from '../setup/examples-app.js';
import { createAppRepo, type AppRepo } from './deploy-app.js';

/** The smoke-test user the examples' upload check names (user 1; a resume row needs an existing user). */
export const SMOKE_USER_SQL =
  "INSERT INTO users (id, email, name) VALUES (1, 'smoke@example.com', 'smoke test');\n";

/** The `.env` the team keeps on the server (from .env.example), with this run's passwords. */
export const EXAMPLE_SERVER_ENV = [
  'DATABASE_URL=mysql+pymysql://app:app-loopback-pw@db:3306/resumes',
  'REDIS_URL=redis://redis:6379/0',
  'MYSQL_PASSWORD=app-loopback-pw',
  'MYSQL_ROOT_PASSWORD=root-loopback-pw',
  '',
].join('\n');

export interface ExampleRepoOptions {
  /**
   * How production's database gets its schema and the smoke-test user: `initdb` mounts schema/reference.sql and the
   * user into the db container's first start (the official image's /docker-entrypoint-initdb.d); `migrations` leaves
   * it to the project's own migrate command (the repository brings migrations/).
   */
  seed: 'initdb' | 'migrations';
  /** publish the db container on 127.0.0.1:<port> (schema-compare reads production there, as through a tunnel) */
  dbPort?: number;
  /**
   * Health check interval of every service. The example's own (30 s web, 10 s db) hold a deploy's gate for as long;
   * a suite that deploys five times asks for seconds.
   */
  healthInterval?: string;
}

/**
 * examples/healthy as a git repository with a bare origin, plus the loopback stand-ins for what the machine cannot
 * have (no registry, no PyPI here): `Dockerfile.loopback` is the example's Dockerfile on a base that already has what
 * its apt-get and pip lines would fetch, and `docker-compose.loopback.yml` builds web and worker from it (`mysql:8.0`
 * and `redis:7-alpine` are stand-in images, see test/setup/examples-app.ts). Nothing is committed yet.
 */
export function exampleRepo(dir: string, options: ExampleRepoOptions): AppRepo {
  const repo = createAppRepo(dir, 'examples/healthy');
  writeLoopbackDockerfile(repo.checkout);
  const interval = options.healthInterval;
  const lines = [
    'services:',
    '  web:',
    '    build: { context: ., dockerfile: Dockerfile.loopback }',
    // a health check without `test` keeps the image's HEALTHCHECK command and changes only its timing
    ...(interval ? ['    healthcheck:', `      interval: ${interval}`, '      start_period: 0s'] : []),
    '  worker:',
    '    build: { context: ., dockerfile: Dockerfile.loopback }',
    ...(interval ? ['    healthcheck:', `      interval: ${interval}`] : []),
    '  db:',
  ];
  if (options.seed === 'initdb') {
    mkdirSync(path.join(repo.checkout, 'deploy'), { recursive: true });
    writeFileSync(path.join(repo.checkout, 'deploy', 'smoke-user.sql'), SMOKE_USER_SQL);
    lines.push(
      '    volumes:',
      '      - ./schema/reference.sql:/docker-entrypoint-initdb.d/01-schema.sql:ro',
      '      - ./deploy/smoke-user.sql:/docker-entrypoint-initdb.d/02-smoke-user.sql:ro',
    );
  }
  if (options.dbPort) lines.push('    ports:', `      - "127.0.0.1:${options.dbPort}:3306"`);
  if (interval) lines.push('    healthcheck:', `      interval: ${interval}`);
  if (interval) lines.push('  redis:', '    healthcheck:', `      interval: ${interval}`);
  writeFileSync(path.join(repo.checkout, 'docker-compose.loopback.yml'), `${lines.join('\n')}\n`);
  return repo;
}

/** (Re)writes Dockerfile.loopback from the checkout's Dockerfile: after a commit changes the Dockerfile, too. */
export function writeLoopbackDockerfile(checkout: string): void {
  const dockerfile = readFileSync(path.join(checkout, 'Dockerfile'), 'utf8');
  const loopback = dockerfile
    .replace(/^FROM .*$/m, `FROM ${EXAMPLES_APP_IMAGE}`)
    .replace(/^RUN apt-get update[\s\S]*?lists\/\*\n/m, '')
    .replace(/^RUN pip install .*\n/m, '');
  if (/apt-get|pip install/.test(loopback) || !loopback.includes('HEALTHCHECK'))
    throw new Error(`example-repo: the Dockerfile's install lines or HEALTHCHECK moved:\n${loopback}`);
  writeFileSync(path.join(checkout, 'Dockerfile.loopback'), loopback);
}

/** Fails unless 127.0.0.1:`port` is free: examples/healthy publishes its web service on 127.0.0.1:8000. */
export async function expectPortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  if (!free) throw new Error(`127.0.0.1:${port} is in use: examples/healthy publishes its web service there`);
}
