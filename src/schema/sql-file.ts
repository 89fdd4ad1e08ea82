/**
 * Reads CREATE TABLE statements from a .sql file (mysqldump --no-data output or hand-written DDL) with a
 * real SQL parser (node-sql-parser, MariaDB dialect, MySQL as a fallback), offline. Statements are split
 * here first (quotes, comments, DELIMITER) because dumps carry SET, LOCK and conditional comments the
 * parser does not need. A CREATE TABLE the parser cannot read is reported, never skipped.
 */
import { readFileSync } from 'node:fs';
import type { Parser as SqlParser } from 'node-sql-parser';
import type { Default, RawColumn, RawSchema } from './model.js';

// node-sql-parser is large: it is loaded when the first .sql file is read, not when shipcheck starts
let parser: SqlParser;
async function loadParser(): Promise<SqlParser> {
  if (!parser) {
    const module = await import('node-sql-parser');
    parser = new (module.default ?? module).Parser();
  }
  return parser;
}

const NAME = '`?([^`\\s(]+)`?';
const VIEW_STATEMENT = new RegExp(
  `^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:ALGORITHM\\s*=\\s*\\w+\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?(?:SQL\\s+SECURITY\\s+\\w+\\s+)?VIEW\\s+(?:\\S+\\.)?${NAME}\\s*(?:\\(([^)]*)\\))?\\s+AS\\s+([\\s\\S]+)$`,
  'i',
);
const TRIGGER_STATEMENT = new RegExp(
  `^CREATE\\s+(?:DEFINER\\s*=\\s*\\S+\\s+)?TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${NAME}\\s+(BEFORE|AFTER)\\s+(INSERT|UPDATE|DELETE)\\s+ON\\s+${NAME}\\s+FOR\\s+EACH\\s+ROW\\s+([\\s\\S]+)$`,
  'i',
);

interface Statement {
  text: string;
  line: number;
}

/** Splits SQL into statements, honouring quotes, comments and mysql's DELIMITER command. */
export function splitStatements(sql: string): Statement[] {
  const statements: Statement[] = [];
  let delimiter = ';';
  let current = '';
  let startLine = 1;
  let line = 1;
  let i = 0;
  const flush = () => {
    const text = current.trim();
    if (text) statements.push({ text, line: startLine });
    current = '';
  };
  while (i < sql.length) {
    // DELIMITER at the start of a line
    if ((i === 0 || sql[i - 1] === '\n') && /^DELIMITER\s/i.test(sql.slice(i, i + 10))) {
      const end = sql.indexOf('\n', i);
      delimiter = sql.slice(i + 10, end < 0 ? undefined : end).trim() || ';';
      i = end < 0 ? sql.length : end + 1;
      line++;
      continue;
    }
    const c = sql[i]!;
    if (!current.trim()) startLine = line;
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === '\\' && c !== '`') j += 2;
        else if (sql[j] === c && sql[j + 1] === c) j += 2;
        else if (sql[j] === c) break;
        else j++;
      }
      const chunk = sql.slice(i, j + 1);
      line += chunk.split('\n').length - 1;
      current += chunk;
      i = j + 1;
    } else if ((c === '-' && sql[i + 1] === '-' && /\s/.test(sql[i + 2] ?? ' ')) || c === '#') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      const chunk = sql.slice(i, end < 0 ? sql.length : end + 2);
      line += chunk.split('\n').length - 1;
      // /*!50001 ... */ is SQL the server runs (dumps wrap views and triggers in it): keep its text
      if (sql[i + 2] === '!') current += ` ${chunk.slice(3, chunk.length - 2).replace(/^\d{5}/, '')} `;
      i = end < 0 ? sql.length : end + 2;
    } else if (sql.startsWith(delimiter, i)) {
      flush();
      i += delimiter.length;
    } else {
      if (c === '\n') line++;
      current += c;
      i++;
    }
  }
  flush();
  return statements;
}

export async function readSqlFile(file: string, label: string): Promise<RawSchema> {
  return rawFromSql(readFileSync(file, 'utf8'), label);
}

export async function rawFromSql(sql: string, label: string): Promise<RawSchema> {
  await loadParser();
  const raw: RawSchema = {
    views: [],
    triggers: [],
    flavor: 'sql-file',
    label,
    tables: [],
    columns: [],
    indexes: [],
    foreignKeys: [],
    checks: [],
    unmodelled: [],
    lines: {},
  };
  for (const statement of splitStatements(sql)) {
    if (/^CREATE\s+DATABASE/i.test(statement.text)) {
      raw.charset = /CHARACTER\s+SET\s*=?\s*(\w+)/i.exec(statement.text)?.[1] ?? raw.charset;
      raw.collation = /COLLATE\s*=?\s*(\w+)/i.exec(statement.text)?.[1] ?? raw.collation;
      continue;
    }
    const view = VIEW_STATEMENT.exec(statement.text);
    if (view) {
      raw.views.push({
        name: view[1]!,
        definition: view[3]!.trim(),
        columns: view[2] ? view[2].split(',').map((c) => c.trim().replace(/`/g, '')) : [],
        line: statement.line,
      });
      continue;
    }
    const trigger = TRIGGER_STATEMENT.exec(statement.text);
    if (trigger) {
      raw.triggers.push({
        name: trigger[1]!,
        timing: trigger[2]!.toUpperCase(),
        event: trigger[3]!.toUpperCase(),
        table: trigger[4]!,
        statement: trigger[5]!.trim(),
        line: statement.line,
      });
      continue;
    }
    if (!/^CREATE\s+(TEMPORARY\s+)?TABLE/i.test(statement.text)) continue;
    const name =
      /^CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:`[^`]+`\.|\w+\.)?`?([^`\s(]+)`?/i.exec(
        statement.text,
      )?.[1] ?? '(unnamed)';
    let ast: unknown;
    let lastError: unknown;
    // MariaDB's `KEY k (c) IGNORED` is MySQL's INVISIBLE, which the parser knows
    for (const database of ['MariaDB', 'MySQL']) {
      try {
        const parsed = parser.astify(statement.text.replace(/\)\s+IGNORED\b/gi, ') INVISIBLE'), { database });
        ast = Array.isArray(parsed) ? parsed[0] : parsed;
        break;
      } catch (error) {
        lastError = error;
      }
    }
    if (!ast) {
      raw.unmodelled.push({
        table: name,
        reason: `the SQL parser could not read its CREATE TABLE (line ${statement.line}): ${String((lastError as Error)?.message ?? lastError).split('\n')[0]}`,
      });
      continue;
    }
    raw.lines![name] = statement.line;
    try {
      addTable(raw, ast as CreateTable, name);
    } catch (error) {
      raw.unmodelled.push({ table: name, reason: `unsupported definition: ${(error as Error).message}` });
    }
  }
  return raw;
}

// The slice of node-sql-parser's AST that CREATE TABLE produces.
interface Expr {
  type: string;
  value?: unknown;
  [key: string]: unknown;
}
interface ColumnRef {
  column: string | { expr: { value: string } };
  order_by?: string | null;
  suffix?: string | null;
}
interface CreateDefinition {
  resource: 'column' | 'constraint' | 'index';
  column?: ColumnRef;
  definition?: unknown;
  nullable?: { type: string };
  default_val?: { value: Expr };
  auto_increment?: string;
  comment?: { value: { value: string } | string };
  character_set?: { value: { value: string } };
  collate?: { collate?: { name: string } };
  generated?: { expr: Expr; storage_type?: string } | null;
  check?: { definition: Expr[] };
  constraint?: string | null;
  constraint_type?: string;
  index?: string | null;
  keyword?: string | null;
  index_type?: { type?: string } | string | null;
  reference_definition?: {
    definition: ColumnRef[];
    table: Array<{ table: string }>;
    on_action?: Array<{ type: string; value: { value: string } }>;
  };
}
interface CreateTable {
  table: Array<{ table: string }>;
  create_definitions: CreateDefinition[];
  table_options?: Array<{ keyword: string; value: unknown }> | null;
}

function columnName(ref: ColumnRef): string {
  return typeof ref.column === 'string' ? ref.column : ref.column.expr.value;
}

function sqlOf(expr: Expr): string {
  return parser.exprToSQL(expr as never, { database: 'MariaDB' });
}

function optionValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).replace(/^'(.*)'$/s, '$1');
  return optionValue((value as { value?: unknown }).value);
}

function addTable(raw: RawSchema, ast: CreateTable, name: string): void {
  const options = new Map(
    (ast.table_options ?? []).map((o) => [o.keyword.toLowerCase(), optionValue(o.value)]),
  );
  const collation = options.get('collate') ?? options.get('default collate');
  const charset =
    options.get('default charset') ??
    options.get('charset') ??
    options.get('character set') ??
    options.get('default character set');
  raw.tables.push({
    name,
    engine: options.get('engine'),
    rowFormat: options.get('row_format'),
    charset,
    collation,
    comment: options.get('comment') ?? '',
  });

  let position = 0;
  for (const definition of ast.create_definitions) {
    if (definition.resource === 'column') {
      const column = toColumn(name, ++position, definition);
      raw.columns.push(column);
      const inline = definition as { primary_key?: unknown; unique?: unknown; unique_or_primary?: unknown };
      if (inline.primary_key || /primary/i.test(String(inline.unique_or_primary ?? ''))) {
        raw.indexes.push({
          table: name,
          name: 'PRIMARY',
          unique: true,
          primary: true,
          type: 'BTREE',
          columns: [{ name: column.name, descending: false }],
        });
      } else if (inline.unique || /unique/i.test(String(inline.unique_or_primary ?? ''))) {
        raw.indexes.push({
          table: name,
          name: column.name,
          unique: true,
          primary: false,
          type: 'BTREE',
          columns: [{ name: column.name, descending: false }],
        });
      }
      if (definition.check) {
        raw.checks.push({
          table: name,
          name: column.name,
          clause: definition.check.definition.map(sqlOf).join(' AND '),
        });
      }
    } else if (definition.resource === 'constraint') {
      addConstraint(raw, name, definition);
    } else if (definition.resource === 'index') {
      const keyword = String(definition.keyword ?? '').toLowerCase();
      raw.indexes.push({
        table: name,
        name: definition.index ?? columnName((definition.definition as ColumnRef[])[0]!),
        unique: false,
        primary: false,
        type: keyword.startsWith('fulltext')
          ? 'FULLTEXT'
          : keyword.startsWith('spatial')
            ? 'SPATIAL'
            : indexType(definition),
        invisible: isInvisible(definition),
        columns: indexColumns(definition.definition as ColumnRef[]),
      });
    }
  }
}

function isInvisible(definition: CreateDefinition): boolean {
  const options = (definition as { index_options?: Array<{ type?: string }> | null }).index_options ?? [];
  return options.some((option) => option.type === 'invisible');
}

function indexType(definition: CreateDefinition): string {
  const type = definition.index_type;
  if (!type) return 'BTREE';
  return (typeof type === 'string' ? type : (type.type ?? 'BTREE')).toUpperCase().replace(/^USING\s+/, '');
}

function indexColumns(refs: ColumnRef[]): RawSchema['indexes'][number]['columns'] {
  return refs.map((ref) => ({
    name: columnName(ref),
    subPart: ref.suffix ? Number(/\((\d+)\)/.exec(String(ref.suffix))?.[1]) || undefined : undefined,
    descending: String(ref.order_by ?? '').toUpperCase() === 'DESC',
  }));
}

function addConstraint(raw: RawSchema, table: string, definition: CreateDefinition): void {
  const type = String(definition.constraint_type ?? '').toLowerCase();
  if (type === 'primary key') {
    raw.indexes.push({
      table,
      name: 'PRIMARY',
      unique: true,
      primary: true,
      type: 'BTREE',
      columns: indexColumns(definition.definition as ColumnRef[]),
    });
  } else if (type.startsWith('unique')) {
    const columns = indexColumns(definition.definition as ColumnRef[]);
    raw.indexes.push({
      table,
      name: definition.index ?? definition.constraint ?? columns[0]!.name,
      unique: true,
      primary: false,
      type: indexType(definition),
      invisible: isInvisible(definition),
      columns,
    });
  } else if (type === 'foreign key') {
    const ref = definition.reference_definition!;
    const actions = new Map(
      (ref.on_action ?? []).map((a) => [a.type.toLowerCase(), String(a.value.value).toUpperCase()]),
    );
    const columns = (definition.definition as ColumnRef[]).map(columnName);
    raw.foreignKeys.push({
      table,
      name:
        definition.constraint ??
        definition.index ??
        `${table}_ibfk_${raw.foreignKeys.filter((f) => f.table === table).length + 1}`,
      columns,
      refTable: ref.table[0]!.table,
      refColumns: ref.definition.map(columnName),
      onUpdate: actions.get('on update') ?? 'RESTRICT',
      onDelete: actions.get('on delete') ?? 'RESTRICT',
    });
    // InnoDB creates an index for a foreign key that has none; a dump shows it as a KEY line
  } else if (type === 'check') {
    raw.checks.push({
      table,
      name: definition.constraint ?? `CONSTRAINT_${raw.checks.length + 1}`,
      clause: (definition.definition as Expr[]).map(sqlOf).join(' AND '),
    });
  } else {
    throw new Error(`constraint type '${type}'`);
  }
}

function toColumn(table: string, position: number, definition: CreateDefinition): RawColumn {
  const name = columnName(definition.column!);
  const type = definition.definition as {
    dataType: string;
    length?: number | null;
    scale?: number | null;
    suffix?: string[] | null;
    expr?: { value: Expr[] };
  };
  let columnType = type.dataType.toLowerCase();
  if (type.expr?.value) {
    columnType += `(${type.expr.value.map((v) => `'${String(v.value).replace(/'/g, "''")}'`).join(',')})`;
  } else if (type.length !== null && type.length !== undefined) {
    columnType += `(${type.length}${type.scale !== null && type.scale !== undefined ? `,${type.scale}` : ''})`;
  }
  if (type.suffix && type.suffix.length > 0) columnType += ` ${type.suffix.join(' ').toLowerCase()}`;

  let defaultValue: Default = { kind: 'none' };
  let onUpdate: string | undefined;
  const value = definition.default_val?.value;
  if (value) {
    if (value.type === 'null') defaultValue = { kind: 'null' };
    else if (value.type === 'function') {
      const fn = value as unknown as {
        name: { name: Array<{ value: string }> };
        args?: { value: Expr[] };
        over?: { type: string; keyword: string } | null;
      };
      const fnName = fn.name.name.map((n) => n.value).join('.');
      const args = fn.args?.value?.length ? `(${fn.args.value.map(sqlOf).join(',')})` : '';
      defaultValue = { kind: 'expression', value: `${fnName}${args}` };
      if (fn.over?.type === 'on update') onUpdate = fn.over.keyword;
    } else if (value.type === 'bool') defaultValue = { kind: 'literal', value: value.value ? '1' : '0' };
    else if (value.type === 'number') defaultValue = { kind: 'literal', value: String(value.value) };
    else if (/string/.test(value.type))
      defaultValue = { kind: 'literal', value: String(value.value).replace(/''/g, "'") };
    else defaultValue = { kind: 'expression', value: sqlOf(value) };
  }
  const comment = definition.comment
    ? typeof definition.comment.value === 'string'
      ? definition.comment.value
      : definition.comment.value.value
    : '';
  return {
    table,
    name,
    position,
    columnType,
    nullable: definition.nullable?.type !== 'not null' && !isPrimaryKeyInline(definition),
    default: defaultValue,
    autoIncrement: Boolean(definition.auto_increment),
    onUpdate,
    charset: definition.character_set?.value?.value,
    collation: definition.collate?.collate?.name,
    comment: String(comment ?? ''),
    generated: definition.generated ? sqlOf(definition.generated.expr) : undefined,
  };
}

function isPrimaryKeyInline(definition: CreateDefinition): boolean {
  return Boolean((definition as { primary_key?: unknown }).primary_key);
}
