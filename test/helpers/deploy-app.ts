import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './run-action.js';

export interface AppRepo {
  /** the bare repository the servers fetch from */
  origin: string;
  checkout: string;
  /** commits VERSION=`version`, pushes it to origin's main and returns its SHA */
  commit: (version: string) => string;
  git: (args: string[], cwd?: string) => string;
}

/** test/fixtures/deploy-app (or another folder of this repository) as a git repository with a bare origin, under `dir`. */
export function createAppRepo(dir: string, source = 'test/fixtures/deploy-app'): AppRepo {
  mkdirSync(dir, { recursive: true });
  const origin = path.join(dir, 'origin.git');
  const checkout = path.join(dir, 'checkout');
  execFileSync('git', ['init', '-q', '--bare', origin]);
  execFileSync('git', ['init', '-q', '-b', 'main', checkout]);
  cpSync(path.join(REPO_ROOT, source), checkout, { recursive: true });
  const git = (args: string[], cwd = checkout): string =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'shipcheck-test',
        GIT_AUTHOR_EMAIL: 'test@shipcheck.invalid',
        GIT_COMMITTER_NAME: 'shipcheck-test',
        GIT_COMMITTER_EMAIL: 'test@shipcheck.invalid',
      },
    }).trim();
  git(['remote', 'add', 'origin', origin]);
  const commit = (version: string): string => {
    writeFileSync(path.join(checkout, 'VERSION'), `${version}\n`);
    git(['add', '-A']);
    git(['commit', '-q', '-m', version]);
    git(['push', '-q', 'origin', 'HEAD:main']);
    return git(['rev-parse', 'HEAD']);
  };
  return { origin, checkout, commit, git };
}

/**
 * Removes what deploys of the fixture left on the test engine: the project's containers, SHA-tagged images, and the
 * volumes and networks Compose made for it (a database volume left behind would seed the next run's database).
 */
export function removeComposeProject(dockerHost: string, project: string): void {
  const env = { ...process.env, DOCKER_HOST: dockerHost };
  const list = (args: string[]) =>
    (spawnSync('docker', args, { env, encoding: 'utf8' }).stdout ?? '').split('\n').filter(Boolean);
  const ids = list(['ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`]);
  if (ids.length) spawnSync('docker', ['rm', '-f', ...ids], { env });
  const images = list([
    'images',
    '--format',
    '{{.Repository}}:{{.Tag}}',
    '--filter',
    `reference=shipcheck/${project}-*`,
  ]);
  if (images.length) spawnSync('docker', ['rmi', '-f', ...images], { env });
  const label = `label=com.docker.compose.project=${project}`;
  const volumes = list(['volume', 'ls', '-q', '--filter', label]);
  if (volumes.length) spawnSync('docker', ['volume', 'rm', '-f', ...volumes], { env });
  const networks = list(['network', 'ls', '-q', '--filter', label]);
  if (networks.length) spawnSync('docker', ['network', 'rm', ...networks], { env });
}
