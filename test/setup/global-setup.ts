import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from '../helpers/run-action.js';
import { startDockerEngine, type DockerEngine } from './docker.js';
import { startMariaDb, type MariaDbServer } from './mariadb.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mariadb: MariaDbServer;
    docker: DockerEngine;
  }
}

/** Integration tests run the committed bundles against real servers started here, on 127.0.0.1. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const bundle of ['check', 'cli', 'docker-build-test']) {
    if (!existsSync(path.join(REPO_ROOT, 'dist', bundle, 'index.js'))) {
      throw new Error(`dist/${bundle}/index.js is missing: run \`npm run build\` first`);
    }
  }
  const [mariadb, docker] = await Promise.all([startMariaDb(), startDockerEngine()]);
  project.provide('mariadb', mariadb.server);
  project.provide('docker', docker.engine);
  return async () => {
    await Promise.all([mariadb.stop(), docker.stop()]);
  };
}
