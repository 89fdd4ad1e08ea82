/**
 * Equivalent spellings are not drift. Each rule here turns one spelling into the canonical one and
 * records that it did (the audit trail in the JSON report), so a reader can see why two schemas that
 * look different compared equal.
 */
import type {
  Column,
  Default,
  ForeignKey,
  Index,
  Normalisation,
  RawColumn,
  RawSchema,
  Schema,
  Table,
} from './model.js';

/** A charset's default collation, per server: a table that names only the charset gets this. */
const DEFAULT_COLLATIONS: Record<string, string[]> = {
  utf8mb4: ['utf8mb4_general_ci', 'utf8mb4_0900_ai_ci', 'utf8mb4_uca1400_ai_ci'],
  utf8mb3: ['utf8mb3_general_ci'],
  latin1: ['latin1_swedish_ci'],
  ascii: ['ascii_general_ci'],
  binary: ['binary'],
};

const INTEGER_TYPES = new Set(['tinyint', 'smallint', 'mediumint', 'int', 'bigint']);
const TEXT_BASES = new Set(['char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'enum', 'set']);
const SYNONYMS: Record<string, string> = {
  integer: 'int',
  bool: 'tinyint(1)',
  boolean: 'tinyint(1)',
  dec: 'decimal',
  numeric: 'decimal',
  fixed: 'decimal',
  real: 'double',
  'double precision': 'double',
  'character varying': 'varchar',
  character: 'char',
};

export function charsetOfCollation(collation: string): string {
  return collation.split('_')[0]!;
}

/** `utf8` is `utf8mb3` on MySQL 8 and MariaDB 10.6+. */
function canonicalCharset(
  charset: string | undefined,
  audit: (from: string, to: string) => void,
): string | undefined {
  if (!charset) return undefined;
  const lower = charset.toLowerCase();
  if (lower === 'utf8') {
    audit('utf8', 'utf8mb3');
    return 'utf8mb3';
  }
  return lower;
}

function canonicalCollation(
  collation: string | undefined,
  audit: (rule: string, from: string, to: string) => void,
): string | undefined {
  if (!collation) return undefined;
  let lower = collation.toLowerCase();
  if (lower.startsWith('utf8_')) {
    audit('utf8-is-utf8mb3', lower, `utf8mb3_${lower.slice(5)}`);
    lower = `utf8mb3_${lower.slice(5)}`;
  }
  const charset = charsetOfCollation(lower);
  if (DEFAULT_COLLATIONS[charset]?.includes(lower)) {
    audit('charset-default-collation', lower, `default:${charset}`);
    return `default:${charset}`;
  }
  return lower;
}

/** `enum('a','b''c')` -> ['a', "b'c"] */
export function parseEnumValues(columnType: string): string[] {
  const inner = columnType.slice(columnType.indexOf('(') + 1, columnType.lastIndexOf(')'));
  const values: string[] = [];
  const pattern = /'((?:[^']|'')*)'/g;
  for (let m = pattern.exec(inner); m; m = pattern.exec(inner)) values.push(m[1]!.replace(/''/g, "'"));
  return values;
}

function normaliseType(
  raw: RawColumn,
  audit: (rule: string, from: string, to: string) => void,
): { type: string; base: string; enumValues?: string[] } {
  let type = raw.columnType.trim().replace(/\s+/g, ' ');
  const lowerHead = type.toLowerCase();
  for (const [synonym, canonical] of Object.entries(SYNONYMS)) {
    if (lowerHead === synonym || lowerHead.startsWith(`${synonym}(`) || lowerHead.startsWith(`${synonym} `)) {
      audit(
        synonym === 'bool' || synonym === 'boolean' ? 'bool-is-tinyint1' : 'type-synonym',
        type,
        canonical + type.slice(synonym.length),
      );
      type = canonical + type.slice(synonym.length);
      break;
    }
  }
  const base = /^[a-z]+/i.exec(type)?.[0]?.toLowerCase() ?? type.toLowerCase();
  if (base === 'enum' || base === 'set') {
    const enumValues = parseEnumValues(type);
    return { type: base, base, enumValues };
  }
  let rest = type.slice(base.length).toLowerCase();
  // int(11) and int are one type; MySQL 8.0.19+ no longer shows display widths (tinyint(1) keeps its meaning)
  if (INTEGER_TYPES.has(base) && /^\(\d+\)/.test(rest) && !(base === 'tinyint' && rest.startsWith('(1)'))) {
    const stripped = rest.replace(/^\(\d+\)/, '');
    if (!/zerofill/.test(rest)) {
      audit('integer-display-width', `${base}${rest}`, `${base}${stripped}`);
      rest = stripped;
    }
  }
  rest = rest.replace(/\s+/g, ' ').replace(/\(\s*(\d+)\s*,\s*(\d+)\s*\)/, '($1,$2)');
  return { type: `${base}${rest}`, base };
}

/** MariaDB quotes string defaults in information_schema and writes a missing default as NULL. */
function normaliseDefault(raw: RawColumn, audit: (rule: string, from: string, to: string) => void): Default {
  const value = raw.default;
  if (value.kind === 'expression') {
    const lower = value.value.toLowerCase().replace(/\s+/g, '');
    const match = /^(current_timestamp|now|localtimestamp|localtime)(\((\d*)\))?$/.exec(lower);
    if (match) {
      const canonical = match[3] ? `CURRENT_TIMESTAMP(${match[3]})` : 'CURRENT_TIMESTAMP';
      if (canonical !== value.value) audit('current-timestamp-spelling', value.value, canonical);
      return { kind: 'expression', value: canonical };
    }
    return { kind: 'expression', value: value.value.replace(/\s+/g, ' ') };
  }
  if (
    value.kind === 'null' ||
    (value.kind === 'none' && raw.nullable && !raw.autoIncrement && !raw.generated)
  ) {
    // a nullable column without a default defaults to NULL: `text` and `text DEFAULT NULL` are one column
    if (value.kind === 'none') audit('implicit-default-null', 'no default', 'DEFAULT NULL');
    return raw.nullable ? { kind: 'null' } : { kind: 'none' };
  }
  if (value.kind === 'literal') {
    // numbers compare as numbers: 0 and '0', 1.50 and 1.5
    if (/^-?\d+(\.\d+)?$/.test(value.value) && !/^(char|varchar|text|enum|set)/i.test(raw.columnType)) {
      const canonical = String(Number(value.value));
      if (canonical !== value.value) audit('numeric-default', value.value, canonical);
      return { kind: 'literal', value: canonical };
    }
  }
  return value;
}

function normaliseOnUpdate(
  onUpdate: string | undefined,
  audit: (rule: string, from: string, to: string) => void,
): string | undefined {
  if (!onUpdate) return undefined;
  const match = /^(current_timestamp|now)(\((\d*)\))?$/i.exec(onUpdate.replace(/\s+/g, ''));
  if (!match) return onUpdate;
  const canonical = match[3] ? `CURRENT_TIMESTAMP(${match[3]})` : 'CURRENT_TIMESTAMP';
  if (canonical !== onUpdate) audit('current-timestamp-spelling', onUpdate, canonical);
  return canonical;
}

export function normaliseSchema(raw: RawSchema): Schema {
  const normalisations: Normalisation[] = [];
  const auditAt = (where: string) => (rule: string, from: string, to: string) => {
    normalisations.push({ rule, where, from, to });
  };
  const dbAudit = auditAt('database');
  const dbCharset = canonicalCharset(raw.charset, (f, t) => dbAudit('utf8-is-utf8mb3', f, t));
  const dbCollation = canonicalCollation(raw.collation, dbAudit);

  const tables = new Map<string, Table>();
  const lineOf = raw.lines ?? {};
  for (const rawTable of raw.tables) {
    const audit = auditAt(rawTable.name);
    const charset = canonicalCharset(
      rawTable.charset ?? (rawTable.collation ? charsetOfCollation(rawTable.collation) : undefined),
      (f, t) => audit('utf8-is-utf8mb3', f, t),
    );
    const collation =
      canonicalCollation(rawTable.collation, audit) ?? (charset ? `default:${charset}` : dbCollation);
    tables.set(rawTable.name, {
      name: rawTable.name,
      engine: rawTable.engine?.toLowerCase(),
      // InnoDB's default row format on MySQL 5.7+ and MariaDB 10.2+ is DYNAMIC: unset and DYNAMIC are one
      rowFormat: (rawTable.rowFormat ?? 'dynamic').toLowerCase().replace(/^default$/, 'dynamic'),
      charset: charset ?? dbCharset,
      collation,
      comment: rawTable.comment,
      columns: [],
      indexes: [],
      foreignKeys: [],
      checks: [],
      line: lineOf[rawTable.name],
    });
  }
  // the AUTO_INCREMENT counter is data, not schema: readers never carry it, and we say so once
  if (raw.flavor === 'sql-file')
    normalisations.push({
      rule: 'auto-increment-counter',
      where: raw.label,
      from: 'AUTO_INCREMENT=N',
      to: '(ignored)',
    });

  const checksByTable = new Map<string, Array<{ name: string; clause: string }>>();
  for (const check of raw.checks) {
    checksByTable.set(check.table, [
      ...(checksByTable.get(check.table) ?? []),
      { name: check.name, clause: check.clause },
    ]);
  }

  for (const rawColumn of raw.columns) {
    const table = tables.get(rawColumn.table);
    if (!table) continue;
    const audit = auditAt(`${rawColumn.table}.${rawColumn.name}`);
    const normalisedType = normaliseType(rawColumn, audit);
    let { type, base } = normalisedType;
    const { enumValues } = normalisedType;
    let charset = canonicalCharset(rawColumn.charset, (f, t) => audit('utf8-is-utf8mb3', f, t));
    let collation = canonicalCollation(rawColumn.collation, audit);
    // MariaDB's JSON: LONGTEXT, utf8mb4_bin, and CHECK (json_valid(col))
    const checks = checksByTable.get(rawColumn.table) ?? [];
    const jsonCheck = checks.findIndex((c) => isJsonValidCheck(c.clause, rawColumn.name));
    if (base === 'longtext' && jsonCheck >= 0) {
      audit(
        'mariadb-json-is-longtext',
        `longtext ${rawColumn.collation ?? ''} CHECK (json_valid(${rawColumn.name}))`.replace(/\s+/g, ' '),
        'json',
      );
      type = 'json';
      base = 'json';
      charset = undefined;
      collation = undefined;
      checks.splice(jsonCheck, 1);
    }
    if (TEXT_BASES.has(base)) {
      charset =
        charset ??
        (collation && !collation.startsWith('default:') ? charsetOfCollation(collation) : undefined) ??
        table.charset;
      collation =
        collation ??
        (charset ? (table.charset === charset ? table.collation : `default:${charset}`) : table.collation);
    } else {
      charset = undefined;
      collation = undefined;
    }
    table.columns.push({
      name: rawColumn.name,
      position: rawColumn.position,
      type,
      base,
      enumValues,
      nullable: rawColumn.nullable,
      default: normaliseDefault(rawColumn, audit),
      autoIncrement: rawColumn.autoIncrement,
      onUpdate: normaliseOnUpdate(rawColumn.onUpdate, audit),
      charset,
      collation,
      comment: rawColumn.comment,
      generated: rawColumn.generated?.replace(/\s+/g, ' '),
    });
  }
  for (const [tableName, checks] of checksByTable) {
    const table = tables.get(tableName);
    if (table) table.checks = checks.map((c) => ({ name: c.name, clause: normaliseClause(c.clause) }));
  }
  for (const table of tables.values()) table.columns.sort((a, b) => a.position - b.position);

  for (const index of raw.indexes) {
    const table = tables.get(index.table);
    if (!table) continue;
    const normalised: Index = {
      name: index.primary ? 'PRIMARY' : index.name,
      unique: index.unique || index.primary,
      primary: index.primary,
      type: (index.type || 'BTREE').toUpperCase(),
      invisible: index.invisible ?? false,
      columns: index.columns,
    };
    table.indexes.push(normalised);
  }
  for (const fk of raw.foreignKeys) {
    const table = tables.get(fk.table);
    if (!table) continue;
    const normalised: ForeignKey = {
      ...fk,
      onUpdate: normaliseRule(fk.onUpdate),
      onDelete: normaliseRule(fk.onDelete),
    };
    table.foreignKeys.push(normalised);
  }
  // one order whatever the source: information_schema sorts by name, a dump by statement
  for (const table of tables.values()) {
    table.indexes.sort((a, b) => Number(b.primary) - Number(a.primary) || a.name.localeCompare(b.name));
    table.foreignKeys.sort((a, b) => a.name.localeCompare(b.name));
    table.checks.sort((a, b) => a.name.localeCompare(b.name));
  }
  const sorted = new Map([...tables].sort(([a], [b]) => a.localeCompare(b)));
  const byName = <T extends { name: string }>(items: T[]) =>
    [...items].sort((a, b) => a.name.localeCompare(b.name));
  return {
    label: raw.label,
    flavor: raw.flavor,
    charset: dbCharset,
    collation: dbCollation,
    database: raw.database,
    tables: sorted,
    views: byName(raw.views).map((view) => ({ ...view, line: view.line ?? lineOf[view.name] })),
    triggers: byName(raw.triggers),
    unmodelled: raw.unmodelled,
    normalisations,
  };
}

/** RESTRICT and NO ACTION behave the same in InnoDB; an omitted rule is RESTRICT. */
function normaliseRule(rule: string): string {
  const upper = (rule || 'RESTRICT').toUpperCase().replace(/\s+/g, ' ');
  return upper === 'NO ACTION' ? 'RESTRICT' : upper;
}

function isJsonValidCheck(clause: string, column: string): boolean {
  return normaliseClause(clause) === `json_valid(${column.toLowerCase()})`;
}

/** Whitespace, backquotes and case do not change a CHECK clause. */
export function normaliseClause(clause: string): string {
  return clause.replace(/`/g, '').replace(/\s+/g, '').toLowerCase();
}

export function isTextType(column: Column): boolean {
  return TEXT_BASES.has(column.base);
}

/**
 * A view or trigger body, comparable across sources: no backquotes, no database qualifiers, no DEFINER,
 * no ` AS alias` that repeats the column, one case, no whitespace.
 */
export function normaliseBody(text: string, databases: Array<string | undefined>): string {
  let out = text.replace(/`/g, '');
  for (const db of databases) if (db) out = out.split(`${db}.`).join('');
  out = out.replace(/\b(\w+\.)?(\w+)\s+AS\s+\2\b/gi, '$1$2').replace(/\b\w+\.(\w+)/g, '$1');
  return out.replace(/\s+/g, '').toLowerCase();
}
