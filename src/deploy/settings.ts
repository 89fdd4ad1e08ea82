import { ShipcheckError } from '../core/errors.js';
import { registerSecret, registerUrlSecrets } from '../core/secrets.js';
import { bool, optionalString, stringList } from '../config/values.js';
import {
  SSH_CONNECTION_KEYS,
  sshSettings,
  type SshConnectionInput,
  type SshSettings,
} from '../ssh/settings.js';

/** ssh-deploy's own inputs (the connection inputs of src/ssh/settings.ts come with them). */
export const SSH_DEPLOY_OWN_KEYS = [
  'app-dir',
  'repo',
  'ref',
  'compose-file',
  'project-name',
  'shared-files',
  'env',
  'health-url',
  'health-command',
  'health-timeout',
  'migrate-command',
  'backup-database-url',
  'backup-service',
  'backup-keep',
  'keep',
  'lock-timeout',
  'lock-stale-after',
  'command-timeout',
  'batch-size',
  'canary',
  'rollback-to',
] as const;
export const SSH_DEPLOY_KEYS = [...SSH_CONNECTION_KEYS, ...SSH_DEPLOY_OWN_KEYS] as const;
export type SshDeployInput = Partial<Record<(typeof SSH_DEPLOY_OWN_KEYS)[number], unknown>> &
  SshConnectionInput;

export const SHA = /^[0-9a-f]{40}$/;

export interface DeploySettings {
  ssh: SshSettings;
  /** absolute, or `~/...` (the login's home) */
  appDir: string;
  /** git URL or path the server fetches from */
  repo: string;
  /** the exact commit, 40 lowercase hex */
  ref?: string;
  /** relative to the release, in order */
  composeFiles: string[];
  project: string;
  /** release-relative paths linked to `shared/` */
  sharedFiles: string[];
  /** names and values of the runner's environment the remote commands see (masked) */
  env: Record<string, string>;
  healthUrl?: string;
  healthCommand?: string;
  /** seconds */
  healthTimeout: number;
  migrateCommand?: string;
  backupDatabaseUrl?: string;
  /** the Compose service (the db container) mysqldump runs in, instead of on the host */
  backupService?: string;
  backupKeep: number;
  keep: number;
  lockTimeout: number;
  lockStaleAfter: number;
  commandTimeout: number;
  /** hosts per batch (a count); percentages are resolved against the host count */
  batchSize: number;
  canary: boolean;
  /** `previous` or a 40-hex SHA: roll back instead of deploying */
  rollbackTo?: string;
  actor?: string;
  runUrl?: string;
  /** per target (same index as ssh.targets): app-dir and project-name from its `hosts:` object */
  layouts: Array<{ appDir: string; project: string }>;
}

function seconds(raw: unknown, key: string, fallback: number): number {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new ShipcheckError('input', `${key} must be a number of seconds > 0, found '${String(raw)}'`);
  }
  return value;
}

function count(raw: unknown, key: string, fallback: number, min = 1): number {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ShipcheckError('input', `${key} must be a whole number >= ${min}, found '${String(raw)}'`);
  }
  return value;
}

/** A commit SHA exactly: refs are resolved before the deploy, never on the server. */
export function parseSha(raw: string, key: string): string {
  const value = raw.trim();
  if (!SHA.test(value.toLowerCase())) {
    throw new ShipcheckError(
      'input',
      `${key} must be a full 40-character commit SHA, found '${value.slice(0, 60)}${value.length > 60 ? '…' : ''}'`,
      { fix: 'pass the commit itself, e.g. ${{ github.sha }} or $(git rev-parse HEAD)' },
    );
  }
  return value.toLowerCase();
}

function appDirValue(raw: string | undefined): string {
  if (!raw) {
    throw new ShipcheckError('input', 'app-dir is empty', {
      fix: 'set app-dir to the folder on the server that holds the app, e.g. /srv/myapp or ~/myapp',
    });
  }
  if (/[\n\r\0]/.test(raw)) throw new ShipcheckError('input', 'app-dir must be one line');
  if (!raw.startsWith('/') && !raw.startsWith('~/')) {
    throw new ShipcheckError('input', `app-dir must be absolute or start with ~/, found '${raw}'`);
  }
  if (raw.split('/').includes('..')) throw new ShipcheckError('input', `app-dir must not contain '..'`);
  return raw.replace(/\/+$/, '') || '/';
}

function repoValue(raw: string | undefined): string {
  const fromRunner =
    process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY
      ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}.git`
      : undefined;
  const repo = raw || fromRunner;
  if (!repo) {
    throw new ShipcheckError('input', 'repo is empty', {
      fix: 'set repo to the git URL the server fetches from (git@github.com:owner/app.git) or a path on the server',
    });
  }
  if (/[\n\r\0]/.test(repo) || repo.startsWith('-') || /^ext::/i.test(repo)) {
    throw new ShipcheckError('input', `repo is not a git URL or path: '${repo}'`, {
      fix: 'use https://, ssh://, git@host:path or an absolute path',
    });
  }
  registerUrlSecrets(repo);
  return repo;
}

function serviceName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(raw)) {
    throw new ShipcheckError('input', `backup-service must be a Compose service name, found '${raw}'`);
  }
  return raw;
}

function relativePath(value: string, key: string): string {
  const clean = value.replace(/\/+$/, '');
  if (!clean || clean.startsWith('/') || clean.split('/').includes('..') || /[\n\r\0]/.test(clean)) {
    throw new ShipcheckError('input', `${key}: '${value}' must be a path inside the release (no /, no ..)`);
  }
  return clean;
}

export function deploySettings(
  root: string,
  section: SshDeployInput = {},
  overrides: SshDeployInput = {},
  secrets: { key?: string; passphrase?: string; password?: string } = {},
  mode: 'deploy' | 'rollback' | 'releases' = 'deploy',
): DeploySettings {
  const value = (key: keyof SshDeployInput): unknown => overrides[key] ?? section[key];
  const ssh = sshSettings(root, section, overrides, secrets);
  const appDirRaw = optionalString(value('app-dir'), 'app-dir');
  // every host object may name its own app-dir; the top-level one is needed only for those that do not
  const everyHostHasOne = ssh.hostExtras.every((extra) => extra['app-dir'] !== undefined);
  const appDir = appDirRaw || !everyHostHasOne ? appDirValue(appDirRaw) : '';
  const rollbackRaw = optionalString(value('rollback-to'), 'rollback-to');
  if (mode === 'rollback' && !rollbackRaw) {
    throw new ShipcheckError('input', 'rollback needs a target: previous or a 40-character commit SHA', {
      fix: 'pass --to previous (CLI) or rollback-to: previous (action)',
    });
  }
  const rollbackTo =
    rollbackRaw === undefined || rollbackRaw === ''
      ? undefined
      : rollbackRaw === 'previous'
        ? 'previous'
        : parseSha(rollbackRaw, 'rollback-to');
  const refRaw = optionalString(value('ref'), 'ref') || process.env.GITHUB_SHA;
  const ref = refRaw ? parseSha(refRaw, 'ref') : undefined;
  if (!ref && !rollbackTo && mode === 'deploy') {
    throw new ShipcheckError('input', 'ref is empty: which commit should the server run?', {
      fix: 'set ref to the full commit SHA (the action defaults to GITHUB_SHA)',
    });
  }
  const projectOf = (raw: unknown, dir: string, key: string): string => {
    const name =
      optionalString(raw, key) || (dir.split('/').pop() || 'app').toLowerCase().replace(/[^a-z0-9_-]/g, '');
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
      throw new ShipcheckError('input', `${key} must be lowercase letters, digits, - and _, found '${name}'`);
    }
    return name;
  };
  const project = appDir ? projectOf(value('project-name'), appDir, 'project-name') : '';
  const layouts = ssh.hostExtras.map((extra, index) => {
    for (const name of Object.keys(extra)) {
      if (name !== 'app-dir' && name !== 'project-name') {
        throw new ShipcheckError('input', `hosts[${index}] has an unknown key '${name}'`, {
          fix: 'a host object may set host, user, port, key-file, known-hosts, host-key-fingerprint, app-dir and project-name',
        });
      }
    }
    const dir =
      extra['app-dir'] === undefined
        ? appDir
        : appDirValue(optionalString(extra['app-dir'], `hosts[${index}].app-dir`));
    const name =
      extra['project-name'] === undefined && extra['app-dir'] === undefined
        ? project
        : projectOf(extra['project-name'], dir, `hosts[${index}].project-name`);
    return { appDir: dir, project: name };
  });
  const env: Record<string, string> = {};
  for (const name of stringList(value('env'), 'env') ?? []) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new ShipcheckError('input', `env lists variable names; '${name}' is not one`);
    }
    const envValue = process.env[name];
    // a rollback starts releases that were migrated already: a variable only the deploy step sets is not needed
    if (envValue === undefined && (mode !== 'deploy' || rollbackTo)) continue;
    if (envValue === undefined) {
      throw new ShipcheckError('input', `env names ${name}, which is not set in this job`, {
        fix: `set it in the step's env: (e.g. ${name}: \${{ secrets.${name} }}) or remove it from env`,
      });
    }
    registerSecret(envValue);
    env[name] = envValue;
  }
  const batch = optionalString(value('batch-size'), 'batch-size');
  const hosts = ssh.targets.length;
  let batchSize = hosts;
  if (batch) {
    const percent = /^(\d{1,3})%$/.exec(batch);
    batchSize = percent
      ? Math.max(1, Math.ceil((hosts * Number(percent[1])) / 100))
      : count(batch, 'batch-size', hosts);
  }
  const backupDatabaseUrl = optionalString(value('backup-database-url'), 'backup-database-url') || undefined;
  if (backupDatabaseUrl) {
    registerUrlSecrets(backupDatabaseUrl);
    if (!/^(mysql|mariadb):\/\//.test(backupDatabaseUrl)) {
      throw new ShipcheckError(
        'input',
        'backup-database-url must be mysql://user:password@host:port/database',
        {
          fix: 'the address as the server sees it, e.g. mysql://backup:***@127.0.0.1:3306/app',
        },
      );
    }
  }
  return {
    ssh,
    appDir: appDir || layouts[0]!.appDir,
    repo: mode === 'deploy' ? repoValue(optionalString(value('repo'), 'repo')) : '',
    ref,
    composeFiles: (stringList(value('compose-file'), 'compose-file') ?? ['docker-compose.yml']).map((f) =>
      relativePath(f, 'compose-file'),
    ),
    project: project || layouts[0]!.project,
    sharedFiles: (stringList(value('shared-files'), 'shared-files') ?? ['.env']).map((f) =>
      relativePath(f, 'shared-files'),
    ),
    env,
    healthUrl: optionalString(value('health-url'), 'health-url') || undefined,
    healthCommand: optionalString(value('health-command'), 'health-command') || undefined,
    healthTimeout: seconds(value('health-timeout'), 'health-timeout', 120),
    migrateCommand: optionalString(value('migrate-command'), 'migrate-command') || undefined,
    backupDatabaseUrl,
    backupService: serviceName(optionalString(value('backup-service'), 'backup-service')),
    backupKeep: count(value('backup-keep'), 'backup-keep', 5),
    keep: count(value('keep'), 'keep', 5, 2),
    lockTimeout: seconds(value('lock-timeout'), 'lock-timeout', 600),
    lockStaleAfter: seconds(value('lock-stale-after'), 'lock-stale-after', 3600),
    commandTimeout: seconds(value('command-timeout'), 'command-timeout', 1800),
    batchSize,
    canary: bool(value('canary'), 'canary', false),
    rollbackTo,
    layouts,
    actor: process.env.GITHUB_ACTOR || process.env.USER || undefined,
    runUrl:
      process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY && process.env.GITHUB_RUN_ID
        ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
        : undefined,
  };
}
