/**
 * The schema model both sides are read into: from a live server's information_schema or from a .sql file.
 * `RawSchema` is information_schema-shaped (what the server or the file says); `Schema` is after
 * normalisation, where equivalent spellings are equal and each equivalence applied is in the audit trail.
 */

export type Flavor = 'mariadb' | 'mysql' | 'sql-file';

export interface RawColumn {
  table: string;
  name: string;
  position: number;
  /** COLUMN_TYPE as the source spells it: `int(11)`, `enum('a','b')`, `decimal(10,2) unsigned` */
  columnType: string;
  nullable: boolean;
  /** the source's default: see Default for the normalised form */
  default: Default;
  autoIncrement: boolean;
  onUpdate?: string;
  charset?: string;
  collation?: string;
  comment: string;
  /** generated column expression */
  generated?: string;
}

export type Default =
  | { kind: 'none' }
  | { kind: 'null' }
  | { kind: 'literal'; value: string }
  | { kind: 'expression'; value: string };

export interface RawTable {
  name: string;
  engine?: string;
  /** DYNAMIC, COMPACT, COMPRESSED, REDUNDANT; undefined: the server's default */
  rowFormat?: string;
  charset?: string;
  collation?: string;
  comment: string;
}

export interface RawIndex {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  type: string;
  /** MySQL INVISIBLE / MariaDB IGNORED: the optimizer does not use it */
  invisible?: boolean;
  columns: Array<{ name: string; subPart?: number; descending: boolean }>;
}

export interface RawForeignKey {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onUpdate: string;
  onDelete: string;
}

export interface RawCheck {
  table: string;
  name: string;
  clause: string;
}

export interface RawSchema {
  flavor: Flavor;
  /** where it came from, for messages (a file path or a masked URL) */
  label: string;
  database?: string;
  charset?: string;
  collation?: string;
  tables: RawTable[];
  columns: RawColumn[];
  indexes: RawIndex[];
  foreignKeys: RawForeignKey[];
  checks: RawCheck[];
  views: View[];
  triggers: Trigger[];
  /** tables the reader could not fully model, with why: they become error findings */
  unmodelled: Array<{ table: string; reason: string }>;
  /** rows of alembic_version (live sources that have the table) */
  alembicVersions?: string[];
  /** 1-based line of each table's CREATE TABLE, for .sql sources */
  lines?: Record<string, number>;
}

export interface View {
  name: string;
  /** the SELECT, as the source spells it */
  definition: string;
  columns: string[];
  line?: number;
}

export interface Trigger {
  name: string;
  table: string;
  /** BEFORE/AFTER */
  timing: string;
  /** INSERT/UPDATE/DELETE */
  event: string;
  statement: string;
  line?: number;
}

export interface Column {
  name: string;
  position: number;
  /** normalised full type: `int`, `varchar(255)`, `decimal(10,2) unsigned`, `json`, `enum` */
  type: string;
  /** the base type: int, varchar, text, json, enum, ... */
  base: string;
  enumValues?: string[];
  nullable: boolean;
  default: Default;
  autoIncrement: boolean;
  onUpdate?: string;
  /** effective collation, `default:<charset>` when it is the charset's default; undefined for non-text types */
  collation?: string;
  charset?: string;
  comment: string;
  generated?: string;
}

export interface Index {
  name: string;
  unique: boolean;
  primary: boolean;
  type: string;
  invisible: boolean;
  columns: Array<{ name: string; subPart?: number; descending: boolean }>;
}

export interface ForeignKey {
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onUpdate: string;
  onDelete: string;
}

export interface Table {
  name: string;
  engine?: string;
  rowFormat: string;
  charset?: string;
  collation?: string;
  comment: string;
  columns: Column[];
  indexes: Index[];
  foreignKeys: ForeignKey[];
  checks: Array<{ name: string; clause: string }>;
  line?: number;
}

export interface Normalisation {
  rule: string;
  where: string;
  from: string;
  to: string;
}

export interface Schema {
  label: string;
  flavor: Flavor;
  charset?: string;
  collation?: string;
  database?: string;
  tables: Map<string, Table>;
  views: View[];
  triggers: Trigger[];
  unmodelled: Array<{ table: string; reason: string }>;
  normalisations: Normalisation[];
}
