/**
 * Reads a live MySQL 8 / MariaDB schema with a fixed number of set-based information_schema queries,
 * whatever the number of tables: each filtered by TABLE_SCHEMA = ?, every column aliased (MySQL 8 returns
 * upper-case names), explicitly ordered. Read-only: nothing but SELECT on information_schema runs.
 */
import type { Duplex } from 'node:stream';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { ShipcheckError } from '../core/errors.js';
import { maskSecrets } from '../core/secrets.js';
import type { Default, Flavor, RawColumn, RawSchema } from './model.js';

export const INTROSPECTION_QUERIES = {
  schema: `SELECT DEFAULT_CHARACTER_SET_NAME AS charset, DEFAULT_COLLATION_NAME AS collation
FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?`,
  tables: `SELECT TABLE_NAME AS name, TABLE_TYPE AS type, ENGINE AS engine, ROW_FORMAT AS rowFormat, TABLE_COLLATION AS collation, TABLE_COMMENT AS comment
FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME`,
  columns: `SELECT TABLE_NAME AS tableName, COLUMN_NAME AS name, ORDINAL_POSITION AS position, COLUMN_DEFAULT AS columnDefault,
  IS_NULLABLE AS nullable, DATA_TYPE AS dataType, COLUMN_TYPE AS columnType, CHARACTER_SET_NAME AS charset,
  COLLATION_NAME AS collation, EXTRA AS extra, COLUMN_COMMENT AS comment, GENERATION_EXPRESSION AS generation
FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`,
  indexes: `SELECT TABLE_NAME AS tableName, INDEX_NAME AS name, NON_UNIQUE AS nonUnique, SEQ_IN_INDEX AS seq,
  COLUMN_NAME AS columnName, SUB_PART AS subPart, COLLATION AS ordering, INDEX_TYPE AS type, /*visibility*/'NO' AS invisible
FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
  // The columns of each foreign key and its ON UPDATE / ON DELETE rules, read apart and joined here: MariaDB's
  // information_schema cannot push the schema filter into a join of KEY_COLUMN_USAGE with REFERENTIAL_CONSTRAINTS
  // (at 1,000 tables the join took 220-280 ms, the two queries about 10 ms each).
  foreignKeys: `SELECT TABLE_NAME AS tableName, CONSTRAINT_NAME AS name, COLUMN_NAME AS columnName,
  ORDINAL_POSITION AS seq, REFERENCED_TABLE_NAME AS refTable, REFERENCED_COLUMN_NAME AS refColumn
FROM information_schema.KEY_COLUMN_USAGE
WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION`,
  foreignKeyRules: `SELECT TABLE_NAME AS tableName, CONSTRAINT_NAME AS name, UPDATE_RULE AS onUpdate, DELETE_RULE AS onDelete
FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME`,
  // MariaDB names a column's CHECK after the column, so names repeat across tables: its CHECK_CONSTRAINTS
  // carries TABLE_NAME, which MySQL 8's lacks (there names are unique per schema, so a join is safe)
  checksMariaDb: `SELECT TABLE_NAME AS tableName, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause
FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?
ORDER BY TABLE_NAME, CONSTRAINT_NAME`,
  checksMySql: `SELECT t.TABLE_NAME AS tableName, t.CONSTRAINT_NAME AS name, c.CHECK_CLAUSE AS clause
FROM information_schema.TABLE_CONSTRAINTS t
JOIN information_schema.CHECK_CONSTRAINTS c
  ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
WHERE t.TABLE_SCHEMA = ? AND t.CONSTRAINT_TYPE = 'CHECK'
ORDER BY t.TABLE_NAME, t.CONSTRAINT_NAME`,
  views: `SELECT TABLE_NAME AS name, VIEW_DEFINITION AS definition
FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME`,
  triggers: `SELECT TRIGGER_NAME AS name, EVENT_OBJECT_TABLE AS tableName, ACTION_TIMING AS timing,
  EVENT_MANIPULATION AS event, ACTION_STATEMENT AS statement
FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? ORDER BY TRIGGER_NAME`,
} as const;

export interface ConnectOptions {
  url: URL;
  /** an already open stream to the server (an SSH tunnel) instead of TCP to url's host */
  stream?: Duplex;
  /** seconds */
  timeout: number;
  label: string;
}

export async function connect(options: ConnectOptions): Promise<Connection> {
  const { url } = options;
  const ssl = url.searchParams.get('ssl') ?? url.searchParams.get('ssl-mode');
  try {
    // mysql2 is loaded only when a live database is read, not when shipcheck starts
    const { default: mysql } = await import('mysql2/promise');
    return await mysql.createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: decodeURIComponent(url.pathname.replace(/^\//, '')),
      connectTimeout: options.timeout * 1000,
      ...(options.stream ? { stream: options.stream } : {}),
      ...(ssl && !/^(false|disabled|0)$/i.test(ssl)
        ? { ssl: { rejectUnauthorized: !/^(preferred|required)$/i.test(ssl) } }
        : {}),
      multipleStatements: false,
      dateStrings: true,
      supportBigNumbers: true,
    });
  } catch (error) {
    throw connectionError(error, options.label);
  }
}

export function connectionError(error: unknown, label: string): ShipcheckError {
  const e = error as { code?: string; message?: string; sqlMessage?: string };
  const detail = maskSecrets(e.sqlMessage ?? e.message ?? String(error));
  const fixes: Record<string, string> = {
    ECONNREFUSED: 'is the server running and listening on that host and port?',
    ETIMEDOUT: 'the server did not answer in time: check the host, the firewall, or raise timeout',
    ER_ACCESS_DENIED_ERROR: 'check the user and password (the password is never printed)',
    ER_BAD_DB_ERROR: 'check the database name at the end of the URL',
    ENOTFOUND: 'the host name does not resolve',
  };
  return new ShipcheckError('connection', `cannot read the schema from ${label}: ${detail}`, {
    fix: fixes[e.code ?? ''] ?? 'check the URL and that the user may read information_schema',
    cause: error,
  });
}

export async function introspect(
  connection: Connection,
  database: string,
  label: string,
  timeoutSeconds: number,
): Promise<{ raw: RawSchema; queries: number }> {
  let queries = 0;
  const run = async (sql: string): Promise<RowDataPacket[]> => {
    queries++;
    const [rows] = await connection.query<RowDataPacket[]>({
      sql,
      timeout: timeoutSeconds * 1000,
      values: [database],
    });
    return rows;
  };
  const [versionRows] = await connection.query<RowDataPacket[]>({
    sql: 'SELECT VERSION() AS version',
    timeout: timeoutSeconds * 1000,
  });
  const version = versionRows[0];
  queries++;
  const flavor: Flavor = /mariadb/i.test(String(version?.version)) ? 'mariadb' : 'mysql';
  const [schemaRows, tables, columns, indexes, foreignKeys, foreignKeyRules, checks, views, triggers] =
    await Promise.all([
      run(INTROSPECTION_QUERIES.schema),
      run(INTROSPECTION_QUERIES.tables),
      run(INTROSPECTION_QUERIES.columns),
      run(
        INTROSPECTION_QUERIES.indexes.replace(
          "/*visibility*/'NO'",
          visibilityColumn(flavor, String(version?.version)),
        ),
      ),
      run(INTROSPECTION_QUERIES.foreignKeys),
      run(INTROSPECTION_QUERIES.foreignKeyRules),
      run(flavor === 'mariadb' ? INTROSPECTION_QUERIES.checksMariaDb : INTROSPECTION_QUERIES.checksMySql),
      run(INTROSPECTION_QUERIES.views),
      run(INTROSPECTION_QUERIES.triggers),
    ]);
  if (schemaRows.length === 0) {
    throw new ShipcheckError('connection', `database '${database}' does not exist on ${label}`, {
      fix: 'check the database name at the end of the URL',
    });
  }
  const raw = rawFromRows(flavor, label, database, {
    schemaRows,
    tables,
    columns,
    indexes,
    foreignKeys,
    foreignKeyRules,
    checks,
    views,
    triggers,
  });
  // Flask-Migrate's bookkeeping: one more query, only where the table exists
  if (tables.some((row) => String(row.name) === 'alembic_version')) {
    queries++;
    const [versions] = await connection.query<RowDataPacket[]>({
      sql: 'SELECT version_num AS version FROM `alembic_version`',
      timeout: timeoutSeconds * 1000,
    });
    raw.alembicVersions = versions.map((row) => String(row.version));
  }
  return { raw, queries };
}

/** MySQL 8 says IS_VISIBLE, MariaDB 10.6+ says IGNORED; older servers have neither. */
function visibilityColumn(flavor: Flavor, version: string): string {
  if (flavor === 'mysql')
    return /^[89]\.|^\d{2}\./.test(version) ? "IF(IS_VISIBLE = 'NO', 'YES', 'NO')" : "'NO'";
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  return major > 10 || (major === 10 && minor >= 6) ? 'IGNORED' : "'NO'";
}

export interface IntrospectionRows {
  schemaRows: Array<Record<string, unknown>>;
  tables: Array<Record<string, unknown>>;
  columns: Array<Record<string, unknown>>;
  indexes: Array<Record<string, unknown>>;
  /** a row per column of each foreign key (recorded rows may carry onUpdate/onDelete themselves) */
  foreignKeys: Array<Record<string, unknown>>;
  /** a row per foreign key: its ON UPDATE / ON DELETE rules */
  foreignKeyRules?: Array<Record<string, unknown>>;
  checks: Array<Record<string, unknown>>;
  views?: Array<Record<string, unknown>>;
  triggers?: Array<Record<string, unknown>>;
}

/** information_schema rows (live, or recorded from MySQL 8 for tests) -> RawSchema. */
export function rawFromRows(
  flavor: Flavor,
  label: string,
  database: string,
  rows: IntrospectionRows,
): RawSchema {
  const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
  const raw: RawSchema = {
    flavor,
    label,
    database,
    charset: text(rows.schemaRows[0]?.charset),
    collation: text(rows.schemaRows[0]?.collation),
    tables: [],
    columns: [],
    indexes: [],
    foreignKeys: [],
    checks: [],
    views: [],
    triggers: [],
    unmodelled: [],
  };
  const views = new Set<string>();
  for (const row of rows.tables) {
    if (String(row.type) !== 'BASE TABLE') {
      views.add(String(row.name));
      continue;
    }
    const collation = text(row.collation);
    raw.tables.push({
      name: String(row.name),
      engine: text(row.engine),
      rowFormat: text(row.rowFormat),
      collation,
      charset: collation?.split('_')[0],
      comment: text(row.comment) ?? '',
    });
  }
  const viewColumns = new Map<string, string[]>();
  for (const row of rows.columns) {
    if (views.has(String(row.tableName))) {
      viewColumns.set(String(row.tableName), [
        ...(viewColumns.get(String(row.tableName)) ?? []),
        String(row.name),
      ]);
      continue;
    }
    const extra = String(row.extra ?? '');
    const generated =
      /GENERATED/i.test(extra) && !/DEFAULT_GENERATED/i.test(extra) ? text(row.generation) : undefined;
    const column: RawColumn = {
      table: String(row.tableName),
      name: String(row.name),
      position: Number(row.position),
      columnType: String(row.columnType),
      nullable: String(row.nullable) === 'YES',
      default: defaultFromRow(flavor, row.columnDefault, extra, String(row.nullable) === 'YES'),
      autoIncrement: /auto_increment/i.test(extra),
      onUpdate: /on update ([a-z_]+(\(\d*\))?)/i.exec(extra)?.[1],
      charset: text(row.charset),
      collation: text(row.collation),
      comment: text(row.comment) ?? '',
      generated: generated || undefined,
    };
    raw.columns.push(column);
  }
  const indexes = new Map<string, RawSchema['indexes'][number]>();
  for (const row of rows.indexes) {
    const key = `${row.tableName}\0${row.name}`;
    let index = indexes.get(key);
    if (!index) {
      index = {
        table: String(row.tableName),
        name: String(row.name),
        unique: Number(row.nonUnique) === 0,
        primary: String(row.name) === 'PRIMARY',
        type: String(row.type ?? 'BTREE'),
        invisible: String(row.invisible ?? 'NO') === 'YES',
        columns: [],
      };
      indexes.set(key, index);
    }
    index.columns.push({
      name: String(row.columnName),
      subPart: row.subPart === null || row.subPart === undefined ? undefined : Number(row.subPart),
      descending: String(row.ordering) === 'D',
    });
  }
  raw.indexes = [...indexes.values()];
  const fks = new Map<string, RawSchema['foreignKeys'][number]>();
  const rules = new Map((rows.foreignKeyRules ?? []).map((row) => [`${row.tableName}\0${row.name}`, row]));
  for (const row of rows.foreignKeys) {
    const key = `${row.tableName}\0${row.name}`;
    let fk = fks.get(key);
    if (!fk) {
      const rule = rules.get(key) ?? row;
      fk = {
        table: String(row.tableName),
        name: String(row.name),
        columns: [],
        refTable: String(row.refTable),
        refColumns: [],
        onUpdate: String(rule.onUpdate),
        onDelete: String(rule.onDelete),
      };
      fks.set(key, fk);
    }
    fk.columns.push(String(row.columnName));
    fk.refColumns.push(String(row.refColumn));
  }
  raw.foreignKeys = [...fks.values()];
  raw.views = (rows.views ?? []).map((row) => ({
    name: String(row.name),
    definition: String(row.definition ?? ''),
    columns: viewColumns.get(String(row.name)) ?? [],
  }));
  raw.triggers = (rows.triggers ?? []).map((row) => ({
    name: String(row.name),
    table: String(row.tableName),
    timing: String(row.timing).toUpperCase(),
    event: String(row.event).toUpperCase(),
    statement: String(row.statement ?? ''),
  }));
  raw.checks = rows.checks.map((row) => ({
    table: String(row.tableName),
    name: String(row.name),
    clause: String(row.clause),
  }));
  return raw;
}

/**
 * MariaDB (10.2.7+) quotes string defaults and writes an explicit NULL default as the word NULL; MySQL
 * gives the bare value and marks expressions with DEFAULT_GENERATED.
 */
function defaultFromRow(flavor: Flavor, value: unknown, extra: string, nullable: boolean): Default {
  if (value === null || value === undefined)
    return nullable && flavor === 'mysql' ? { kind: 'null' } : { kind: 'none' };
  const text = String(value);
  if (flavor === 'mariadb') {
    if (text === 'NULL') return { kind: 'null' };
    if (text.startsWith("'") && text.endsWith("'"))
      return { kind: 'literal', value: text.slice(1, -1).replace(/''/g, "'").replace(/\\\\/g, '\\') };
    if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: 'literal', value: text };
    return { kind: 'expression', value: text };
  }
  if (/DEFAULT_GENERATED/i.test(extra)) return { kind: 'expression', value: text };
  return { kind: 'literal', value: text };
}
