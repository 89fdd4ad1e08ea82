import { ShipcheckError } from '../core/errors.js';

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
}

export function schemaCompareSettings(
  root: string,
  section: SchemaCompareInput = {},
  overrides: SchemaCompareInput = {},
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
  const ignore = value('ignore');
  const allow = value('allow-destructive');
  if (
    allow !== undefined &&
    allow !== '' &&
    typeof allow !== 'boolean' &&
    !/^(true|false)$/i.test(String(allow))
  ) {
    throw new ShipcheckError('input', `allow-destructive must be true or false, found '${String(allow)}'`);
  }
  return {
    root,
    reference: required('reference'),
    target: required('target'),
    ignore: Array.isArray(ignore)
      ? ignore.map(String)
      : typeof ignore === 'string'
        ? ignore
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    fixSql:
      typeof value('fix-sql') === 'string' && value('fix-sql') !== '' ? String(value('fix-sql')) : undefined,
    allowDestructive: allow === true || /^true$/i.test(String(allow ?? '')),
    timeout,
    migrations: typeof value('migrations') === 'string' ? String(value('migrations')) : undefined,
    baseline:
      typeof value('baseline') === 'string' && value('baseline') !== ''
        ? String(value('baseline'))
        : undefined,
    workspace:
      typeof value('workspace') === 'string' && value('workspace') !== ''
        ? String(value('workspace'))
        : undefined,
  };
}
