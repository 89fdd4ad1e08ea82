import { ShipcheckError } from '../core/errors.js';
import { bool, optionalString, stringList } from '../config/values.js';
import { SSH_LOGIN_KEYS, sshSettings, type SshConnectionInput, type SshSettings } from '../ssh/settings.js';

export const SCHEMA_COMPARE_KEYS = [
  'reference',
  'target',
  'ignore',
  'fix-sql',
  'allow-destructive',
  'timeout',
  'migrations',
  'baseline',
  'workspace',
  'target-via-ssh',
  // the connection to target-via-ssh, named as for every command that reaches a server
  ...SSH_LOGIN_KEYS,
] as const;
export type SchemaCompareInput = Partial<Record<(typeof SCHEMA_COMPARE_KEYS)[number], unknown>>;

/** schema-compare's inputs; shipcheck.yml's `schema-compare:` section and CLI flags use the same names. */
export interface SchemaCompareSettings {
  root: string;
  /** a .sql file (project-relative) or mysql://user:password@host:port/database */
  reference: string;
  target: string;
  /** `table` or `table.column` patterns (`*` wildcards) never compared */
  ignore: string[];
  /** write the fix SQL here (project-relative) */
  fixSql?: string;
  allowDestructive: boolean;
  /** seconds, for connecting and for each query */
  timeout: number;
  /** Alembic versions folder; default migrations/versions or alembic/versions when present, '' to skip */
  migrations?: string;
  /** YAML file of accepted drift */
  baseline?: string;
  /** mysql://user:password@host:port: .sql sources are loaded into a throwaway database there and introspected */
  workspace?: string;
  /** the target database is reached through this SSH connection (forwardOut from the server) */
  targetViaSsh?: SshSettings;
}

export function schemaCompareSettings(
  root: string,
  section: SchemaCompareInput = {},
  overrides: SchemaCompareInput = {},
  ssh: {
    /** shipcheck.yml's ssh-deploy section: its connection keys are the defaults */
    defaults?: SshConnectionInput;
    secrets?: { key?: string; passphrase?: string; password?: string };
  } = {},
): SchemaCompareSettings {
  const value = (key: keyof SchemaCompareInput): unknown => overrides[key] ?? section[key];
  const required = (key: 'reference' | 'target'): string => {
    const raw = value(key);
    if (typeof raw !== 'string' || raw.trim() === '') {
      throw new ShipcheckError('input', `${key} is required: a .sql file or a mysql:// URL`, {
        fix: `set schema-compare.${key} in shipcheck.yml, the ${key} input, or --${key}`,
      });
    }
    return raw;
  };
  const timeout = Number(value('timeout') ?? 15);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) {
    throw new ShipcheckError(
      'input',
      `timeout must be a number of seconds between 1 and 600, found '${String(value('timeout'))}'`,
    );
  }
  return {
    root,
    reference: required('reference'),
    target: required('target'),
    ignore: stringList(value('ignore'), 'ignore') ?? [],
    fixSql: optionalString(value('fix-sql'), 'fix-sql') || undefined,
    allowDestructive: bool(value('allow-destructive'), 'allow-destructive', false),
    timeout,
    // '' is meaningful here: it turns the history check off
    migrations: optionalString(value('migrations'), 'migrations'),
    baseline: optionalString(value('baseline'), 'baseline') || undefined,
    workspace: optionalString(value('workspace'), 'workspace') || undefined,
    targetViaSsh: tunnelSettings(root, value, ssh),
  };
}

function tunnelSettings(
  root: string,
  value: (key: keyof SchemaCompareInput) => unknown,
  ssh: { defaults?: SshConnectionInput; secrets?: { key?: string; passphrase?: string; password?: string } },
): SshSettings | undefined {
  const host = optionalString(value('target-via-ssh'), 'target-via-ssh');
  if (!host) return undefined;
  const defaults = ssh.defaults ?? {};
  const own: SshConnectionInput = Object.fromEntries(
    SSH_LOGIN_KEYS.map((key) => [key, value(key) ?? defaults[key as keyof SshConnectionInput]]),
  );
  return sshSettings(root, {}, { ...own, host }, ssh.secrets ?? {});
}
