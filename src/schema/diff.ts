/**
 * Compares the schema the code expects (reference) with the target, column by column, and says what each
 * difference will do to the running app. Produces the changes (for the fix SQL) and the findings.
 */
import type { Finding, Severity } from '../report/types.js';
import type { Column, ForeignKey, Index, Schema, Table, Trigger, View } from './model.js';
import { normaliseBody, normaliseClause } from './normalize.js';
import { canLoseData, classifyTypeChange } from './types.js';

export type Change =
  | { kind: 'missing-table'; table: Table }
  | { kind: 'extra-table'; table: Table }
  | { kind: 'missing-column'; table: string; column: Column; after?: string }
  | { kind: 'extra-column'; table: string; column: Column }
  | { kind: 'modify-column'; table: string; reference: Column; target: Column; destructive?: string }
  | { kind: 'missing-index'; table: string; index: Index }
  | { kind: 'extra-index'; table: string; index: Index }
  | { kind: 'missing-foreign-key'; table: string; foreignKey: ForeignKey }
  | { kind: 'extra-foreign-key'; table: string; foreignKey: ForeignKey }
  | { kind: 'possible-rename'; table: string; from: Column; to: Column }
  | { kind: 'missing-view'; view: View }
  | { kind: 'missing-trigger'; trigger: Trigger };

export interface SchemaDiff {
  changes: Change[];
  findings: Finding[];
}

export interface DiffOptions {
  /** `table` or `table.column` globs never compared */
  ignore: string[];
  /** where findings point: the target's (or reference's) .sql file, when there is one */
  locate: (table: string) => { file?: string; line?: number };
  targetLabel: string;
  database?: string;
}

function matcher(patterns: string[]): (name: string) => boolean {
  const regexes = patterns.map(
    (p) =>
      new RegExp(
        `^${p
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
        'i',
      ),
  );
  return (name) => regexes.some((re) => re.test(name));
}

const q = (s: string) => `'${s}'`;

export function diffSchemas(reference: Schema, target: Schema, options: DiffOptions): SchemaDiff {
  const changes: Change[] = [];
  const findings: Finding[] = [];
  const ignored = matcher(options.ignore);
  const add = (severity: Severity, rule: string, table: string, message: string, fix?: string) => {
    findings.push({ rule, severity, message, ...options.locate(table), ...(fix ? { fix } : {}) });
  };

  for (const side of [reference, target]) {
    for (const { table, reason } of side.unmodelled) {
      add(
        'error',
        'schema-unmodelled-table',
        table,
        `table ${table} in ${side.label} could not be fully read, so it was not compared: ${reason}`,
        'report this table to shipcheck; compare it by hand meanwhile',
      );
    }
  }
  const unmodelled = new Set([...reference.unmodelled, ...target.unmodelled].map((u) => u.table));

  if (reference.collation && target.collation && reference.collation !== target.collation) {
    add(
      'warning',
      'schema-collation',
      '',
      `the database's default collation is ${display(target.collation)} in the target, ${display(reference.collation)} in the reference: new tables get the wrong one`,
      `ALTER DATABASE ... COLLATE ${display(reference.collation)}`,
    );
  }

  for (const refTable of reference.tables.values()) {
    if (ignored(refTable.name) || unmodelled.has(refTable.name)) continue;
    const targetTable = target.tables.get(refTable.name);
    if (!targetTable) {
      changes.push({ kind: 'missing-table', table: refTable });
      add(
        'error',
        'schema-missing-table',
        refTable.name,
        `table ${refTable.name} is missing in the target: the app fails with "Table '${options.database ?? 'db'}.${refTable.name}' doesn't exist"`,
        `CREATE TABLE ${refTable.name} (in the fix SQL)`,
      );
      continue;
    }
    compareTables(refTable, targetTable, { changes, add, ignored });
  }
  for (const targetTable of target.tables.values()) {
    if (
      ignored(targetTable.name) ||
      unmodelled.has(targetTable.name) ||
      reference.tables.has(targetTable.name)
    )
      continue;
    changes.push({ kind: 'extra-table', table: targetTable });
    add(
      'warning',
      'schema-extra-table',
      targetTable.name,
      `table ${targetTable.name} exists in the target but not in the reference`,
      'drop it if nothing uses it, or add it to the reference (or to ignore)',
    );
  }
  compareViewsAndTriggers(reference, target, { changes, add, ignored });
  return { changes, findings };
}

function compareViewsAndTriggers(
  reference: Schema,
  target: Schema,
  { changes, add, ignored }: Context,
): void {
  const databases = [reference.database, target.database];
  // a definition is only comparable between two sources of one kind: a server rewrites the SELECT it stores
  const sameKind = (reference.flavor === 'sql-file') === (target.flavor === 'sql-file');
  const targetViews = new Map(target.views.map((v) => [v.name.toLowerCase(), v]));
  for (const view of reference.views) {
    if (ignored(view.name)) continue;
    const other = targetViews.get(view.name.toLowerCase());
    if (!other) {
      changes.push({ kind: 'missing-view', view });
      add(
        'error',
        'schema-view',
        view.name,
        `view ${view.name} is missing in the target: queries on it fail with "Table '${target.database ?? 'db'}.${view.name}' doesn't exist"`,
        `CREATE VIEW ${view.name} (in the fix SQL)`,
      );
      continue;
    }
    const missingColumns =
      view.columns.length > 0 && other.columns.length > 0
        ? view.columns.filter((c) => !other.columns.some((o) => o.toLowerCase() === c.toLowerCase()))
        : [];
    if (missingColumns.length > 0) {
      changes.push({ kind: 'missing-view', view });
      add(
        'error',
        'schema-view',
        view.name,
        `view ${view.name} in the target lacks ${missingColumns.join(', ')}: "Unknown column '${view.name}.${missingColumns[0]}'"`,
        `CREATE OR REPLACE VIEW ${view.name} (in the fix SQL)`,
      );
    } else if (
      sameKind &&
      normaliseBody(view.definition, databases) !== normaliseBody(other.definition, databases)
    ) {
      changes.push({ kind: 'missing-view', view });
      add(
        'warning',
        'schema-view',
        view.name,
        `view ${view.name} is defined differently in the target`,
        `CREATE OR REPLACE VIEW ${view.name} (in the fix SQL)`,
      );
    }
  }
  const referenceViews = new Set(reference.views.map((v) => v.name.toLowerCase()));
  for (const view of target.views) {
    if (!referenceViews.has(view.name.toLowerCase()) && !ignored(view.name))
      add('warning', 'schema-view', view.name, `view ${view.name} exists only in the target`);
  }
  const targetTriggers = new Map(target.triggers.map((t) => [t.name.toLowerCase(), t]));
  for (const trigger of reference.triggers) {
    if (ignored(trigger.table) || ignored(trigger.name)) continue;
    const other = targetTriggers.get(trigger.name.toLowerCase());
    const describe = (t: Trigger) => `${t.timing} ${t.event} ON ${t.table}`;
    if (!other) {
      changes.push({ kind: 'missing-trigger', trigger });
      add(
        'error',
        'schema-trigger',
        trigger.table,
        `trigger ${trigger.name} (${describe(trigger)}) is missing in the target: what it does on every ${trigger.event.toLowerCase()} silently stops happening`,
        `CREATE TRIGGER ${trigger.name} (in the fix SQL)`,
      );
    } else if (
      describe(other) !== describe(trigger) ||
      normaliseBody(other.statement, databases) !== normaliseBody(trigger.statement, databases)
    ) {
      add(
        'warning',
        'schema-trigger',
        trigger.table,
        `trigger ${trigger.name} differs in the target (${describe(other)} vs ${describe(trigger)} in the reference, or its body)`,
        `DROP TRIGGER ${trigger.name}; then CREATE it as in the reference`,
      );
    }
  }
  const referenceTriggers = new Set(reference.triggers.map((t) => t.name.toLowerCase()));
  for (const trigger of target.triggers) {
    if (!referenceTriggers.has(trigger.name.toLowerCase()) && !ignored(trigger.table))
      add(
        'warning',
        'schema-trigger',
        trigger.table,
        `trigger ${trigger.name} exists only in the target: it changes rows the app writes`,
      );
  }
}

interface Context {
  changes: Change[];
  add: (severity: Severity, rule: string, table: string, message: string, fix?: string) => void;
  ignored: (name: string) => boolean;
}

function compareTables(ref: Table, target: Table, { changes, add, ignored }: Context): void {
  const t = ref.name;
  if (ref.engine && target.engine && ref.engine !== target.engine) {
    add(
      'warning',
      'schema-table-options',
      t,
      `table ${t} uses ${target.engine} in the target, ${ref.engine} in the reference`,
      `ALTER TABLE ${t} ENGINE=${ref.engine}`,
    );
  }
  if (ref.rowFormat !== target.rowFormat) {
    add(
      'warning',
      'schema-table-options',
      t,
      `table ${t} has ROW_FORMAT ${target.rowFormat.toUpperCase()} in the target, ${ref.rowFormat.toUpperCase()} in the reference: row size limits and index prefixes differ`,
      `ALTER TABLE ${t} ROW_FORMAT=${ref.rowFormat.toUpperCase()}`,
    );
  }
  if (ref.collation && target.collation && ref.collation !== target.collation) {
    add(
      'warning',
      'schema-collation',
      t,
      `table ${t} defaults to ${display(target.collation)} in the target, ${display(ref.collation)} in the reference: new columns and comparisons differ`,
      `ALTER TABLE ${t} DEFAULT COLLATE ${display(ref.collation)}`,
    );
  }

  const targetColumns = new Map(target.columns.map((c) => [c.name.toLowerCase(), c]));
  const refColumns = new Map(ref.columns.map((c) => [c.name.toLowerCase(), c]));
  const missing: Column[] = [];
  const extra: Column[] = [];
  let previous: string | undefined;
  for (const column of ref.columns) {
    const where = `${t}.${column.name}`;
    if (ignored(where)) {
      previous = column.name;
      continue;
    }
    const other = targetColumns.get(column.name.toLowerCase());
    if (!other) {
      missing.push(column);
      changes.push({ kind: 'missing-column', table: t, column, after: previous });
      add(
        'error',
        'schema-missing-column',
        t,
        `column ${where} is missing in the target: the app fails with "Unknown column '${where}' in 'field list'"`,
        `ALTER TABLE ${t} ADD COLUMN ${column.name} ${column.type}${column.enumValues ? `(${column.enumValues.map(q).join(',')})` : ''}`,
      );
    } else {
      compareColumns(t, column, other, { changes, add, ignored });
    }
    previous = column.name;
  }
  for (const column of target.columns) {
    if (refColumns.has(column.name.toLowerCase()) || ignored(`${t}.${column.name}`)) continue;
    extra.push(column);
    changes.push({ kind: 'extra-column', table: t, column });
    const blocksInserts =
      !column.nullable && column.default.kind === 'none' && !column.autoIncrement && !column.generated;
    add(
      blocksInserts ? 'error' : 'warning',
      'schema-extra-column',
      t,
      blocksInserts
        ? `column ${t}.${column.name} exists only in the target and is NOT NULL without a default: every insert from the app fails with "Field '${column.name}' doesn't have a default value"`
        : `column ${t}.${column.name} exists only in the target`,
      blocksInserts
        ? `give it a default or make it NULL, or drop it (commented in the fix SQL)`
        : 'drop it if nothing uses it (commented in the fix SQL), or add it to the reference',
    );
  }
  // a column missing on one side and one of the same type extra on the other is probably a rename
  for (const column of missing) {
    const renamed = extra.find(
      (e) => e.type === column.type && JSON.stringify(e.enumValues) === JSON.stringify(column.enumValues),
    );
    if (renamed) {
      changes.push({ kind: 'possible-rename', table: t, from: renamed, to: column });
      add(
        'notice',
        'schema-possible-rename',
        t,
        `${t}.${renamed.name} (target) may be ${t}.${column.name} (reference) renamed: both are ${column.type}`,
        `ALTER TABLE ${t} CHANGE COLUMN ${renamed.name} ${column.name} ... keeps the data (commented in the fix SQL)`,
      );
    }
  }

  // column order matters only to SELECT * and INSERT without a column list
  const common = ref.columns
    .filter((c) => targetColumns.has(c.name.toLowerCase()))
    .map((c) => c.name.toLowerCase());
  const targetOrder = target.columns
    .filter((c) => refColumns.has(c.name.toLowerCase()))
    .map((c) => c.name.toLowerCase());
  if (common.join() !== targetOrder.join()) {
    add(
      'notice',
      'schema-column-order',
      t,
      `columns of ${t} are in another order in the target`,
      'only SELECT * and INSERT without column lists notice; reorder with MODIFY ... AFTER if they matter',
    );
  }

  compareIndexes(ref, target, { changes, add, ignored });
  compareForeignKeys(ref, target, { changes, add, ignored });
  const targetChecks = new Set(target.checks.map((c) => normaliseClause(c.clause)));
  for (const check of ref.checks) {
    if (!targetChecks.has(normaliseClause(check.clause))) {
      add(
        'warning',
        'schema-check-constraint',
        t,
        `CHECK (${check.clause}) on ${t} is missing in the target: rows the reference rejects are accepted`,
        `ALTER TABLE ${t} ADD CONSTRAINT ${check.name} CHECK (${check.clause})`,
      );
    }
  }
}

function compareColumns(t: string, ref: Column, target: Column, { changes, add }: Context): void {
  const where = `${t}.${ref.name}`;
  let modify = false;
  let destructive: string | undefined;

  if (ref.base === 'enum' || ref.base === 'set' || target.base === 'enum' || target.base === 'set') {
    if (ref.base !== target.base) {
      modify = true;
      destructive = 'changes the column type';
      add(
        'error',
        'schema-type-mismatch',
        t,
        `${where} is ${describeType(target)} in the target, ${describeType(ref)} in the reference`,
        `MODIFY COLUMN ${ref.name} ${describeType(ref)}`,
      );
    } else {
      const refValues = ref.enumValues ?? [];
      const targetValues = target.enumValues ?? [];
      const missing = refValues.filter((v) => !targetValues.includes(v));
      const caseOnly = missing.filter((v) => targetValues.some((tv) => tv.toLowerCase() === v.toLowerCase()));
      const absent = missing.filter((v) => !caseOnly.includes(v));
      const extra = targetValues.filter((v) => !refValues.some((rv) => rv.toLowerCase() === v.toLowerCase()));
      const reordered =
        missing.length === 0 && extra.length === 0 && refValues.join('\0') !== targetValues.join('\0');
      if (missing.length > 0 || reordered) {
        modify = true;
        const parts: string[] = [];
        if (caseOnly.length > 0) {
          parts.push(
            `differ only in case (${caseOnly.map((v) => `${q(targetValues.find((tv) => tv.toLowerCase() === v.toLowerCase())!)} vs ${q(v)}`).join(', ')}): reading rows fails in the ORM with "${q(caseOnly[0]!)} is not among the defined enum values"`,
          );
        }
        if (absent.length > 0)
          parts.push(
            `are missing in the target (${absent.map(q).join(', ')}): writing them fails with "Data truncated for column '${ref.name}'"`,
          );
        if (reordered) parts.push('are in another order: ORDER BY and comparisons on the column change');
        if (extra.length > 0)
          parts.push(`the target also allows ${extra.map(q).join(', ')}, which the app does not know`);
        add(
          'error',
          'schema-enum-mismatch',
          t,
          `${ref.base.toUpperCase()} values of ${where} ${parts.join('; ')}`,
          `MODIFY COLUMN ${ref.name} ${describeType(ref)}`,
        );
        if (extra.length > 0)
          destructive = `removes ${ref.base.toUpperCase()} values ${extra.map(q).join(', ')} that rows may hold`;
      } else if (extra.length > 0) {
        add(
          'warning',
          'schema-enum-mismatch',
          t,
          `${where} in the target also allows ${extra.map(q).join(', ')}: rows with them fail to load in the ORM`,
          `MODIFY COLUMN ${ref.name} ${describeType(ref)} (removing values is destructive)`,
        );
      }
    }
  } else if (ref.type !== target.type) {
    const change = classifyTypeChange(ref, target);
    modify = true;
    if (canLoseData(ref, target))
      destructive =
        change === 'family'
          ? `converts ${target.type} to ${ref.type}: values that do not convert are lost`
          : `narrows ${target.type} to ${ref.type}: values may be cut`;
    add(
      change === 'widening' ? 'warning' : 'error',
      'schema-type-mismatch',
      t,
      change === 'widening'
        ? `${where} is ${target.type} in the target, ${ref.type} in the reference: values the app writes may not fit ("Data too long for column '${ref.name}'")`
        : change === 'family'
          ? `${where} is ${target.type} in the target, ${ref.type} in the reference: a different kind of type, the app reads and writes it differently`
          : `${where} is ${target.type} in the target, ${ref.type} in the reference: the target is wider; matching it may cut values`,
      `MODIFY COLUMN ${ref.name} ${ref.type}`,
    );
  }

  if (ref.nullable !== target.nullable) {
    modify = true;
    if (ref.nullable) {
      add(
        'error',
        'schema-nullability',
        t,
        `${where} is NOT NULL in the target but nullable in the reference: inserts of NULL fail with "Column '${ref.name}' cannot be null"`,
        `MODIFY COLUMN ${ref.name} ... NULL`,
      );
    } else {
      add(
        'warning',
        'schema-nullability',
        t,
        `${where} is nullable in the target but NOT NULL in the reference`,
        `MODIFY COLUMN ${ref.name} ... NOT NULL (fails while NULLs exist)`,
      );
    }
  }
  if (JSON.stringify(ref.default) !== JSON.stringify(target.default) && !ref.autoIncrement) {
    modify = true;
    const blocks = ref.default.kind !== 'none' && target.default.kind === 'none' && !target.nullable;
    add(
      blocks ? 'error' : 'warning',
      'schema-default',
      t,
      blocks
        ? `${where} has no default in the target but ${describeDefault(ref)} in the reference: inserts that leave it out fail with "Field '${ref.name}' doesn't have a default value"`
        : `${where} defaults to ${describeDefault(target)} in the target, ${describeDefault(ref)} in the reference`,
      `MODIFY COLUMN ${ref.name} ... ${describeDefault(ref)}`,
    );
  }
  if (ref.autoIncrement !== target.autoIncrement) {
    modify = true;
    add(
      'error',
      'schema-type-mismatch',
      t,
      `${where} is ${target.autoIncrement ? '' : 'not '}AUTO_INCREMENT in the target, ${ref.autoIncrement ? '' : 'not '}in the reference: inserts without an id fail`,
      `MODIFY COLUMN ${ref.name} ... ${ref.autoIncrement ? 'AUTO_INCREMENT' : ''}`,
    );
  }
  if ((ref.onUpdate ?? '') !== (target.onUpdate ?? '')) {
    modify = true;
    add(
      'warning',
      'schema-default',
      t,
      `${where} has ON UPDATE ${target.onUpdate ?? '(none)'} in the target, ${ref.onUpdate ?? '(none)'} in the reference`,
    );
  }
  if (ref.collation && target.collation && ref.collation !== target.collation && ref.base !== 'json') {
    modify = true;
    add(
      'warning',
      'schema-collation',
      t,
      `${where} uses ${display(target.collation)} in the target, ${display(ref.collation)} in the reference: comparisons, uniqueness and sorting differ`,
      `MODIFY COLUMN ${ref.name} ... COLLATE ${display(ref.collation)}`,
    );
  }
  if ((ref.generated ?? '') !== (target.generated ?? '')) {
    modify = true;
    add(
      'warning',
      'schema-type-mismatch',
      t,
      `${where} is generated as (${target.generated ?? 'not generated'}) in the target, (${ref.generated ?? 'not generated'}) in the reference`,
    );
  }
  if (modify) changes.push({ kind: 'modify-column', table: t, reference: ref, target, destructive });
}

function signature(index: Index): string {
  return `${index.primary ? 'P' : index.unique ? 'U' : 'K'}:${index.type}:${index.columns.map((c) => `${c.name.toLowerCase()}${c.subPart ? `(${c.subPart})` : ''}${c.descending ? ' desc' : ''}`).join(',')}`;
}

function compareIndexes(ref: Table, target: Table, { changes, add }: Context): void {
  const t = ref.name;
  const targetSignatures = new Set(target.indexes.map(signature));
  const refSignatures = new Set(ref.indexes.map(signature));
  // InnoDB gives every foreign key an index: a dump shows it as KEY, and another server may name it otherwise
  const fkColumns = (table: Table) =>
    new Set(table.foreignKeys.map((fk) => fk.columns.map((c) => c.toLowerCase()).join(',')));
  const refFk = fkColumns(ref);
  const targetFk = fkColumns(target);
  const coversFk = (index: Index, fks: Set<string>) =>
    !index.unique && fks.has(index.columns.map((c) => c.name.toLowerCase()).join(','));
  for (const index of ref.indexes) {
    const same = target.indexes.find((other) => signature(other) === signature(index));
    if (same && same.invisible !== index.invisible) {
      add(
        'warning',
        'schema-missing-index',
        t,
        same.invisible
          ? `index ${same.name} on ${t} is invisible (ignored) in the target: the optimizer does not use it and queries scan`
          : `index ${same.name} on ${t} is visible in the target but invisible (ignored) in the reference`,
        `ALTER TABLE ${t} ALTER INDEX ${same.name} ${same.invisible ? 'VISIBLE (MySQL) / NOT IGNORED (MariaDB)' : 'INVISIBLE / IGNORED'}`,
      );
    }
    if (targetSignatures.has(signature(index))) continue;
    if (coversFk(index, targetFk)) continue; // the target's foreign key has its own index
    changes.push({ kind: 'missing-index', table: t, index });
    const columns = index.columns.map((c) => c.name).join(', ');
    if (index.primary)
      add(
        'error',
        'schema-missing-index',
        t,
        `the primary key of ${t} (${columns}) is missing or different in the target`,
        `ALTER TABLE ${t} ADD PRIMARY KEY (${columns})`,
      );
    else if (index.unique)
      add(
        'error',
        'schema-missing-index',
        t,
        `unique index ${index.name} (${columns}) on ${t} is missing in the target: duplicates the app relies on being rejected are accepted`,
        `ALTER TABLE ${t} ADD UNIQUE KEY ${index.name} (${columns})`,
      );
    else
      add(
        'warning',
        'schema-missing-index',
        t,
        `index ${index.name} (${columns}) on ${t} is missing in the target: queries that use it scan the table`,
        `ALTER TABLE ${t} ADD KEY ${index.name} (${columns})`,
      );
  }
  for (const index of target.indexes) {
    if (refSignatures.has(signature(index)) || coversFk(index, refFk)) continue;
    changes.push({ kind: 'extra-index', table: t, index });
    const columns = index.columns.map((c) => c.name).join(', ');
    if (index.unique && !index.primary)
      add(
        'warning',
        'schema-extra-index',
        t,
        `unique index ${index.name} (${columns}) on ${t} exists only in the target: inserts the reference allows can fail with "Duplicate entry"`,
      );
    else if (!index.primary)
      add(
        'notice',
        'schema-extra-index',
        t,
        `index ${index.name} (${columns}) on ${t} exists only in the target`,
      );
  }
}

function fkSignature(fk: ForeignKey): string {
  return `${fk.columns.join(',')}->${fk.refTable}(${fk.refColumns.join(',')})`.toLowerCase();
}

function compareForeignKeys(ref: Table, target: Table, { changes, add }: Context): void {
  const t = ref.name;
  const targetBySignature = new Map(target.foreignKeys.map((fk) => [fkSignature(fk), fk]));
  const refSignatures = new Set(ref.foreignKeys.map(fkSignature));
  for (const fk of ref.foreignKeys) {
    const other = targetBySignature.get(fkSignature(fk));
    if (!other) {
      changes.push({ kind: 'missing-foreign-key', table: t, foreignKey: fk });
      add(
        'error',
        'schema-missing-foreign-key',
        t,
        `foreign key ${fk.name} (${fk.columns.join(', ')}) -> ${fk.refTable} is missing in the target: orphan rows are accepted`,
        `ALTER TABLE ${t} ADD CONSTRAINT ${fk.name} FOREIGN KEY ...`,
      );
    } else if (other.onDelete !== fk.onDelete || other.onUpdate !== fk.onUpdate) {
      changes.push(
        { kind: 'extra-foreign-key', table: t, foreignKey: other },
        { kind: 'missing-foreign-key', table: t, foreignKey: fk },
      );
      add(
        'warning',
        'schema-missing-foreign-key',
        t,
        `foreign key ${fk.name} on ${t} is ON DELETE ${other.onDelete} ON UPDATE ${other.onUpdate} in the target, ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate} in the reference`,
      );
    }
  }
  for (const fk of target.foreignKeys) {
    if (refSignatures.has(fkSignature(fk))) continue;
    changes.push({ kind: 'extra-foreign-key', table: t, foreignKey: fk });
    add(
      'warning',
      'schema-extra-index',
      t,
      `foreign key ${fk.name} on ${t} exists only in the target: deletes the app expects to succeed can fail`,
    );
  }
}

function display(collation: string): string {
  return collation.startsWith('default:') ? `${collation.slice(8)}'s default collation` : collation;
}

export function describeType(column: Column): string {
  return column.enumValues ? `${column.base}(${column.enumValues.map(q).join(',')})` : column.type;
}

function describeDefault(column: Column): string {
  const d = column.default;
  if (d.kind === 'none') return 'no default';
  if (d.kind === 'null') return 'DEFAULT NULL';
  return d.kind === 'literal' ? `DEFAULT '${d.value}'` : `DEFAULT ${d.value}`;
}
