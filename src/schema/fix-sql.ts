/**
 * ALTER statements that make the target match the reference: new tables first, then one ALTER TABLE per
 * table, then foreign keys (which need both ends to exist). Destructive statements are written commented
 * out with the reason unless allowDestructive. Nothing here is ever run by schema-compare.
 */
import type { Change } from './diff.js';
import type { Column, ForeignKey, Index, Table } from './model.js';

const id = (name: string) => `\`${name.replace(/`/g, '``')}\``;
const str = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const NUMERIC = /^(tinyint|smallint|mediumint|int|bigint|decimal|float|double|bit|year)/;

export function columnDefinition(column: Column, tableCollation?: string): string {
  const parts = [
    id(column.name),
    column.enumValues ? `${column.base}(${column.enumValues.map(str).join(',')})` : column.type,
  ];
  if (column.collation && column.collation !== tableCollation) {
    parts.push(
      column.collation.startsWith('default:')
        ? `CHARACTER SET ${column.collation.slice(8)}`
        : `COLLATE ${column.collation}`,
    );
  }
  if (column.generated) parts.push(`GENERATED ALWAYS AS (${column.generated})`);
  else {
    parts.push(column.nullable ? 'NULL' : 'NOT NULL');
    const d = column.default;
    if (d.kind === 'null' && column.nullable) parts.push('DEFAULT NULL');
    else if (d.kind === 'literal')
      parts.push(`DEFAULT ${NUMERIC.test(column.type) ? d.value : str(d.value)}`);
    else if (d.kind === 'expression')
      parts.push(`DEFAULT ${/^[A-Z_]+(\(\d*\))?$/.test(d.value) ? d.value : `(${d.value})`}`);
    if (column.autoIncrement) parts.push('AUTO_INCREMENT');
    if (column.onUpdate) parts.push(`ON UPDATE ${column.onUpdate}`);
  }
  if (column.comment) parts.push(`COMMENT ${str(column.comment)}`);
  return parts.join(' ');
}

function indexDefinition(index: Index): string {
  const columns = index.columns
    .map((c) => `${id(c.name)}${c.subPart ? `(${c.subPart})` : ''}${c.descending ? ' DESC' : ''}`)
    .join(', ');
  if (index.primary) return `PRIMARY KEY (${columns})`;
  const kind =
    index.type === 'FULLTEXT'
      ? 'FULLTEXT KEY'
      : index.type === 'SPATIAL'
        ? 'SPATIAL KEY'
        : index.unique
          ? 'UNIQUE KEY'
          : 'KEY';
  return `${kind} ${id(index.name)} (${columns})`;
}

function foreignKeyDefinition(fk: ForeignKey): string {
  return `CONSTRAINT ${id(fk.name)} FOREIGN KEY (${fk.columns.map(id).join(', ')}) REFERENCES ${id(fk.refTable)} (${fk.refColumns.map(id).join(', ')}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`;
}

function createTable(table: Table): string {
  const lines = [
    ...table.columns.map((c) => columnDefinition(c, table.collation)),
    ...table.indexes.map(indexDefinition),
  ];
  const options = [
    table.engine ? `ENGINE=${table.engine === 'innodb' ? 'InnoDB' : table.engine}` : '',
    table.charset ? `DEFAULT CHARSET=${table.charset}` : '',
    table.collation && !table.collation.startsWith('default:') ? `COLLATE=${table.collation}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `CREATE TABLE ${id(table.name)} (\n  ${lines.join(',\n  ')}\n)${options ? ` ${options}` : ''};`;
}

/** A live server stores `db`.`t`.`c`: the fix SQL must run in the target's database, whatever its name. */
function stripQualifiers(text: string, databases: Array<string | undefined>): string {
  let out = text;
  for (const db of databases) if (db) out = out.split(`\`${db}\`.`).join('').split(`${db}.`).join('');
  return out;
}

export function fixSql(
  changes: Change[],
  options: {
    reference: string;
    target: string;
    allowDestructive: boolean;
    tables: Map<string, Table>;
    databases?: Array<string | undefined>;
  },
): string {
  const out: string[] = [
    `-- shipcheck schema-compare: make ${options.target} match ${options.reference}.`,
    '-- Review before applying; shipcheck never runs it. Statements that can lose data are commented out',
    `-- with the reason${options.allowDestructive ? ' (here: written live, --allow-destructive was given)' : '; pass --allow-destructive to write them live'}.`,
    '',
  ];
  const perTable = new Map<string, string[]>();
  const commented = new Map<string, string[]>();
  const foreignKeys: string[] = [];
  const viewsAndTriggers: string[] = [];
  const push = (map: Map<string, string[]>, table: string, clause: string) =>
    map.set(table, [...(map.get(table) ?? []), clause]);
  const destructive = (table: string, clause: string, reason: string) => {
    if (options.allowDestructive) push(perTable, table, clause);
    else push(commented, table, `${clause} -- ${reason}`);
  };

  for (const change of changes) {
    switch (change.kind) {
      case 'missing-table':
        out.push(createTable(change.table), '');
        for (const fk of change.table.foreignKeys)
          foreignKeys.push(`ALTER TABLE ${id(change.table.name)} ADD ${foreignKeyDefinition(fk)};`);
        break;
      case 'extra-table':
        out.push(
          options.allowDestructive
            ? `DROP TABLE ${id(change.table.name)};`
            : `-- DROP TABLE ${id(change.table.name)}; -- destructive: drops the table and its rows`,
          '',
        );
        break;
      case 'missing-column': {
        const collation = options.tables.get(change.table)?.collation;
        push(
          perTable,
          change.table,
          `ADD COLUMN ${columnDefinition(change.column, collation)} ${change.after ? `AFTER ${id(change.after)}` : 'FIRST'}`,
        );
        break;
      }
      case 'extra-column':
        destructive(
          change.table,
          `DROP COLUMN ${id(change.column.name)}`,
          'destructive: drops the column and its data',
        );
        break;
      case 'modify-column': {
        const clause = `MODIFY COLUMN ${columnDefinition(change.reference, options.tables.get(change.table)?.collation)}`;
        if (change.destructive) destructive(change.table, clause, `destructive: ${change.destructive}`);
        else push(perTable, change.table, clause);
        break;
      }
      case 'missing-index':
        push(
          perTable,
          change.table,
          change.index.primary
            ? `ADD ${indexDefinition(change.index)}`
            : `ADD ${indexDefinition(change.index)}`,
        );
        break;
      case 'extra-index':
        if (!change.index.primary)
          destructive(
            change.table,
            `DROP INDEX ${id(change.index.name)}`,
            'drops an index the target has and the reference does not',
          );
        break;
      case 'missing-foreign-key':
        foreignKeys.push(`ALTER TABLE ${id(change.table)} ADD ${foreignKeyDefinition(change.foreignKey)};`);
        break;
      case 'extra-foreign-key':
        destructive(
          change.table,
          `DROP FOREIGN KEY ${id(change.foreignKey.name)}`,
          'drops a constraint the target has and the reference does not',
        );
        break;
      case 'missing-view':
        viewsAndTriggers.push(
          `CREATE OR REPLACE VIEW ${id(change.view.name)} AS ${stripQualifiers(change.view.definition, options.databases ?? [])};`,
        );
        break;
      case 'missing-trigger': {
        const t = change.trigger;
        const body = stripQualifiers(t.statement, options.databases ?? []);
        const statement = `CREATE TRIGGER ${id(t.name)} ${t.timing} ${t.event} ON ${id(t.table)} FOR EACH ROW ${body}`;
        // a BEGIN ... END body needs the mysql client's DELIMITER
        viewsAndTriggers.push(
          /^begin\b/i.test(body) ? `DELIMITER ;;\n${statement};;\nDELIMITER ;` : `${statement};`,
        );
        break;
      }
      case 'possible-rename':
        push(
          commented,
          change.table,
          `CHANGE COLUMN ${id(change.from.name)} ${columnDefinition(change.to)} -- possible rename: use this instead of ADD ${change.to.name} + DROP ${change.from.name} to keep the data`,
        );
        break;
    }
  }
  for (const table of new Set([...perTable.keys(), ...commented.keys()])) {
    const clauses = perTable.get(table) ?? [];
    if (clauses.length > 0) out.push(`ALTER TABLE ${id(table)}\n  ${clauses.join(',\n  ')};`);
    for (const clause of commented.get(table) ?? []) out.push(`-- ALTER TABLE ${id(table)} ${clause}`);
    out.push('');
  }
  if (foreignKeys.length > 0) out.push('-- foreign keys last: both ends exist by now', ...foreignKeys, '');
  if (viewsAndTriggers.length > 0)
    out.push('-- views and triggers: the tables they use exist by now', ...viewsAndTriggers, '');
  if (out.length === 4) out.push('-- nothing to change');
  return `${out.join('\n').trimEnd()}\n`;
}
