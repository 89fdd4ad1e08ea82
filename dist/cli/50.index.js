export const id = 50;
export const ids = [50];
export const modules = {

/***/ 697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ compareSchemas)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/schema/baseline.ts
/**
 * Accepted drift: a YAML file of findings a team has decided to live with (a column kept for a rollback,
 * a table another service owns). Matching findings are left out of the report and counted.
 *
 *   - rule: schema-extra-column
 *     match: users.legacy_flag        # text the finding's message contains
 *     reason: kept until the June release can no longer be rolled back to
 */




function readBaseline(root, file) {
    const absolute = external_node_path_default().resolve(root, file);
    let data;
    try {
        data = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(absolute, 'utf8'));
    }
    catch (error) {
        throw new errors/* ShipcheckError */.b('input', `baseline ${file} cannot be read: ${error.message.split('\n')[0]}`, {
            fix: 'give a YAML list of { rule, match, reason } entries',
        });
    }
    if (!Array.isArray(data)) {
        throw new errors/* ShipcheckError */.b('input', `baseline ${file} must be a YAML list, found ${data === null ? 'nothing' : typeof data}`, { fix: 'write - rule: ..., match: ..., reason: ...' });
    }
    return data.map((entry, index) => {
        const e = entry;
        if (typeof e?.rule !== 'string' ||
            typeof e.match !== 'string' ||
            typeof e.reason !== 'string' ||
            !e.reason.trim()) {
            throw new errors/* ShipcheckError */.b('input', `baseline ${file} entry ${index + 1} needs rule, match and a reason (strings)`, {
                fix: 'every accepted drift says why it is accepted',
            });
        }
        return { rule: e.rule, match: e.match, reason: e.reason };
    });
}
function applyBaseline(findings, baseline) {
    const used = new Set();
    const kept = [];
    const accepted = [];
    for (const finding of findings) {
        const entry = baseline.find((e) => e.rule === finding.rule && finding.message.includes(e.match));
        if (entry) {
            used.add(entry);
            accepted.push({ finding, reason: entry.reason });
        }
        else
            kept.push(finding);
    }
    return { kept, accepted, unused: baseline.filter((e) => !used.has(e)) };
}

;// CONCATENATED MODULE: ./src/schema/normalize.ts
/** A charset's default collation, per server: a table that names only the charset gets this. */
const DEFAULT_COLLATIONS = {
    utf8mb4: ['utf8mb4_general_ci', 'utf8mb4_0900_ai_ci', 'utf8mb4_uca1400_ai_ci'],
    utf8mb3: ['utf8mb3_general_ci'],
    latin1: ['latin1_swedish_ci'],
    ascii: ['ascii_general_ci'],
    binary: ['binary'],
};
const INTEGER_TYPES = new Set(['tinyint', 'smallint', 'mediumint', 'int', 'bigint']);
const TEXT_BASES = new Set(['char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'enum', 'set']);
const SYNONYMS = {
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
function charsetOfCollation(collation) {
    return collation.split('_')[0];
}
/** `utf8` is `utf8mb3` on MySQL 8 and MariaDB 10.6+. */
function canonicalCharset(charset, audit) {
    if (!charset)
        return undefined;
    const lower = charset.toLowerCase();
    if (lower === 'utf8') {
        audit('utf8', 'utf8mb3');
        return 'utf8mb3';
    }
    return lower;
}
function canonicalCollation(collation, audit) {
    if (!collation)
        return undefined;
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
function parseEnumValues(columnType) {
    const inner = columnType.slice(columnType.indexOf('(') + 1, columnType.lastIndexOf(')'));
    const values = [];
    const pattern = /'((?:[^']|'')*)'/g;
    for (let m = pattern.exec(inner); m; m = pattern.exec(inner))
        values.push(m[1].replace(/''/g, "'"));
    return values;
}
function normaliseType(raw, audit) {
    let type = raw.columnType.trim().replace(/\s+/g, ' ');
    const lowerHead = type.toLowerCase();
    for (const [synonym, canonical] of Object.entries(SYNONYMS)) {
        if (lowerHead === synonym || lowerHead.startsWith(`${synonym}(`) || lowerHead.startsWith(`${synonym} `)) {
            audit(synonym === 'bool' || synonym === 'boolean' ? 'bool-is-tinyint1' : 'type-synonym', type, canonical + type.slice(synonym.length));
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
function normaliseDefault(raw, audit) {
    const value = raw.default;
    if (value.kind === 'expression') {
        const lower = value.value.toLowerCase().replace(/\s+/g, '');
        const match = /^(current_timestamp|now|localtimestamp|localtime)(\((\d*)\))?$/.exec(lower);
        if (match) {
            const canonical = match[3] ? `CURRENT_TIMESTAMP(${match[3]})` : 'CURRENT_TIMESTAMP';
            if (canonical !== value.value)
                audit('current-timestamp-spelling', value.value, canonical);
            return { kind: 'expression', value: canonical };
        }
        return { kind: 'expression', value: value.value.replace(/\s+/g, ' ') };
    }
    if (value.kind === 'null' ||
        (value.kind === 'none' && raw.nullable && !raw.autoIncrement && !raw.generated)) {
        // a nullable column without a default defaults to NULL: `text` and `text DEFAULT NULL` are one column
        if (value.kind === 'none')
            audit('implicit-default-null', 'no default', 'DEFAULT NULL');
        return raw.nullable ? { kind: 'null' } : { kind: 'none' };
    }
    if (value.kind === 'literal') {
        // numbers compare as numbers: 0 and '0', 1.50 and 1.5
        if (/^-?\d+(\.\d+)?$/.test(value.value) && !/^(char|varchar|text|enum|set)/i.test(raw.columnType)) {
            const canonical = String(Number(value.value));
            if (canonical !== value.value)
                audit('numeric-default', value.value, canonical);
            return { kind: 'literal', value: canonical };
        }
    }
    return value;
}
function normaliseOnUpdate(onUpdate, audit) {
    if (!onUpdate)
        return undefined;
    const match = /^(current_timestamp|now)(\((\d*)\))?$/i.exec(onUpdate.replace(/\s+/g, ''));
    if (!match)
        return onUpdate;
    const canonical = match[3] ? `CURRENT_TIMESTAMP(${match[3]})` : 'CURRENT_TIMESTAMP';
    if (canonical !== onUpdate)
        audit('current-timestamp-spelling', onUpdate, canonical);
    return canonical;
}
function normaliseSchema(raw) {
    const normalisations = [];
    const auditAt = (where) => (rule, from, to) => {
        normalisations.push({ rule, where, from, to });
    };
    const dbAudit = auditAt('database');
    const dbCharset = canonicalCharset(raw.charset, (f, t) => dbAudit('utf8-is-utf8mb3', f, t));
    const dbCollation = canonicalCollation(raw.collation, dbAudit);
    const tables = new Map();
    const lineOf = raw.lines ?? {};
    for (const rawTable of raw.tables) {
        const audit = auditAt(rawTable.name);
        const charset = canonicalCharset(rawTable.charset ?? (rawTable.collation ? charsetOfCollation(rawTable.collation) : undefined), (f, t) => audit('utf8-is-utf8mb3', f, t));
        const collation = canonicalCollation(rawTable.collation, audit) ?? (charset ? `default:${charset}` : dbCollation);
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
    const checksByTable = new Map();
    for (const check of raw.checks) {
        checksByTable.set(check.table, [
            ...(checksByTable.get(check.table) ?? []),
            { name: check.name, clause: check.clause },
        ]);
    }
    for (const rawColumn of raw.columns) {
        const table = tables.get(rawColumn.table);
        if (!table)
            continue;
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
            audit('mariadb-json-is-longtext', `longtext ${rawColumn.collation ?? ''} CHECK (json_valid(${rawColumn.name}))`.replace(/\s+/g, ' '), 'json');
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
        }
        else {
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
        if (table)
            table.checks = checks.map((c) => ({ name: c.name, clause: normaliseClause(c.clause) }));
    }
    for (const table of tables.values())
        table.columns.sort((a, b) => a.position - b.position);
    for (const index of raw.indexes) {
        const table = tables.get(index.table);
        if (!table)
            continue;
        const normalised = {
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
        if (!table)
            continue;
        const normalised = {
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
    const byName = (items) => [...items].sort((a, b) => a.name.localeCompare(b.name));
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
function normaliseRule(rule) {
    const upper = (rule || 'RESTRICT').toUpperCase().replace(/\s+/g, ' ');
    return upper === 'NO ACTION' ? 'RESTRICT' : upper;
}
function isJsonValidCheck(clause, column) {
    return normaliseClause(clause) === `json_valid(${column.toLowerCase()})`;
}
/** Whitespace, backquotes and case do not change a CHECK clause. */
function normaliseClause(clause) {
    return clause.replace(/`/g, '').replace(/\s+/g, '').toLowerCase();
}
function isTextType(column) {
    return TEXT_BASES.has(column.base);
}
/**
 * A view or trigger body, comparable across sources: no backquotes, no database qualifiers, no DEFINER,
 * no ` AS alias` that repeats the column, one case, no whitespace.
 */
function normaliseBody(text, databases) {
    let out = text.replace(/`/g, '');
    for (const db of databases)
        if (db)
            out = out.split(`${db}.`).join('');
    out = out.replace(/\b(\w+\.)?(\w+)\s+AS\s+\2\b/gi, '$1$2').replace(/\b\w+\.(\w+)/g, '$1');
    return out.replace(/\s+/g, '').toLowerCase();
}

;// CONCATENATED MODULE: ./src/schema/types.ts
const INTEGER_RANK = { tinyint: 1, smallint: 2, mediumint: 3, int: 4, bigint: 5 };
const TEXT_CAPACITY = {
    tinytext: 255,
    text: 65_535,
    mediumtext: 16_777_215,
    longtext: 4_294_967_295,
};
const BLOB_CAPACITY = {
    tinyblob: 255,
    blob: 65_535,
    mediumblob: 16_777_215,
    longblob: 4_294_967_295,
};
function family(base) {
    if (base in INTEGER_RANK)
        return 'integer';
    if (base === 'char' || base === 'varchar' || base in TEXT_CAPACITY)
        return 'string';
    if (base === 'binary' || base === 'varbinary' || base in BLOB_CAPACITY)
        return 'bytes';
    if (base === 'decimal')
        return 'decimal';
    if (base === 'float' || base === 'double')
        return 'float';
    if (['date', 'datetime', 'timestamp'].includes(base))
        return 'datetime';
    return base;
}
function args(type) {
    return (/\(([\d,\s]+)\)/.exec(type)?.[1] ?? '').split(',').filter(Boolean).map(Number);
}
function capacity(column) {
    const base = column.base;
    if (base in INTEGER_RANK)
        return INTEGER_RANK[base];
    if (base in TEXT_CAPACITY)
        return TEXT_CAPACITY[base];
    if (base in BLOB_CAPACITY)
        return BLOB_CAPACITY[base];
    if (base === 'float')
        return 1;
    if (base === 'double')
        return 2;
    if (base === 'date')
        return 1;
    if (base === 'timestamp')
        return 2;
    if (base === 'datetime')
        return 3;
    return args(column.type)[0] ?? 1;
}
/**
 * The change the target needs to match the reference: `widening` (the target can hold less than the
 * app writes: a warning, the ALTER loses nothing), `narrowing` (the ALTER may cut data) or `family`.
 */
function classifyTypeChange(reference, target) {
    if (family(reference.base) !== family(target.base))
        return 'family';
    const unsigned = (c) => /unsigned/.test(c.type);
    if (unsigned(reference) !== unsigned(target))
        return 'narrowing';
    if (reference.base === 'decimal') {
        const [rp = 10, rs = 0] = args(reference.type);
        const [tp = 10, ts = 0] = args(target.type);
        return rp >= tp && rs >= ts && rp - rs >= tp - ts ? 'widening' : 'narrowing';
    }
    return capacity(reference) >= capacity(target) ? 'widening' : 'narrowing';
}
/**
 * Whether the ALTER that turns `target` into `reference` can lose data. Widening never does; a change of
 * family into a string (or from text into json, which rejects rather than cuts invalid rows) does not either.
 */
function canLoseData(reference, target) {
    const change = classifyTypeChange(reference, target);
    if (change === 'widening')
        return false;
    if (change === 'narrowing')
        return true;
    const from = family(target.base);
    const to = family(reference.base);
    return !(to === 'string' || (to === 'json' && from === 'string'));
}

;// CONCATENATED MODULE: ./src/schema/diff.ts


function matcher(patterns) {
    const regexes = patterns.map((p) => new RegExp(`^${p
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`, 'i'));
    return (name) => regexes.some((re) => re.test(name));
}
const q = (s) => `'${s}'`;
function diffSchemas(reference, target, options) {
    const changes = [];
    const findings = [];
    const ignored = matcher(options.ignore);
    const add = (severity, rule, table, message, fix) => {
        findings.push({ rule, severity, message, ...options.locate(table), ...(fix ? { fix } : {}) });
    };
    for (const side of [reference, target]) {
        for (const { table, reason } of side.unmodelled) {
            add('error', 'schema-unmodelled-table', table, `table ${table} in ${side.label} could not be fully read, so it was not compared: ${reason}`, 'report this table to shipcheck; compare it by hand meanwhile');
        }
    }
    const unmodelled = new Set([...reference.unmodelled, ...target.unmodelled].map((u) => u.table));
    if (reference.collation && target.collation && reference.collation !== target.collation) {
        add('warning', 'schema-collation', '', `the database's default collation is ${display(target.collation)} in the target, ${display(reference.collation)} in the reference: new tables get the wrong one`, `ALTER DATABASE ... COLLATE ${display(reference.collation)}`);
    }
    for (const refTable of reference.tables.values()) {
        if (ignored(refTable.name) || unmodelled.has(refTable.name))
            continue;
        const targetTable = target.tables.get(refTable.name);
        if (!targetTable) {
            changes.push({ kind: 'missing-table', table: refTable });
            add('error', 'schema-missing-table', refTable.name, `table ${refTable.name} is missing in the target: the app fails with "Table '${options.database ?? 'db'}.${refTable.name}' doesn't exist"`, `CREATE TABLE ${refTable.name} (in the fix SQL)`);
            continue;
        }
        compareTables(refTable, targetTable, { changes, add, ignored });
    }
    for (const targetTable of target.tables.values()) {
        if (ignored(targetTable.name) ||
            unmodelled.has(targetTable.name) ||
            reference.tables.has(targetTable.name))
            continue;
        changes.push({ kind: 'extra-table', table: targetTable });
        add('warning', 'schema-extra-table', targetTable.name, `table ${targetTable.name} exists in the target but not in the reference`, 'drop it if nothing uses it, or add it to the reference (or to ignore)');
    }
    compareViewsAndTriggers(reference, target, { changes, add, ignored });
    return { changes, findings };
}
function compareViewsAndTriggers(reference, target, { changes, add, ignored }) {
    const databases = [reference.database, target.database];
    // a definition is only comparable between two sources of one kind: a server rewrites the SELECT it stores
    const sameKind = (reference.flavor === 'sql-file') === (target.flavor === 'sql-file');
    const targetViews = new Map(target.views.map((v) => [v.name.toLowerCase(), v]));
    for (const view of reference.views) {
        if (ignored(view.name))
            continue;
        const other = targetViews.get(view.name.toLowerCase());
        if (!other) {
            changes.push({ kind: 'missing-view', view });
            add('error', 'schema-view', view.name, `view ${view.name} is missing in the target: queries on it fail with "Table '${target.database ?? 'db'}.${view.name}' doesn't exist"`, `CREATE VIEW ${view.name} (in the fix SQL)`);
            continue;
        }
        const missingColumns = view.columns.length > 0 && other.columns.length > 0
            ? view.columns.filter((c) => !other.columns.some((o) => o.toLowerCase() === c.toLowerCase()))
            : [];
        if (missingColumns.length > 0) {
            changes.push({ kind: 'missing-view', view });
            add('error', 'schema-view', view.name, `view ${view.name} in the target lacks ${missingColumns.join(', ')}: "Unknown column '${view.name}.${missingColumns[0]}'"`, `CREATE OR REPLACE VIEW ${view.name} (in the fix SQL)`);
        }
        else if (sameKind &&
            normaliseBody(view.definition, databases) !== normaliseBody(other.definition, databases)) {
            changes.push({ kind: 'missing-view', view });
            add('warning', 'schema-view', view.name, `view ${view.name} is defined differently in the target`, `CREATE OR REPLACE VIEW ${view.name} (in the fix SQL)`);
        }
    }
    const referenceViews = new Set(reference.views.map((v) => v.name.toLowerCase()));
    for (const view of target.views) {
        if (!referenceViews.has(view.name.toLowerCase()) && !ignored(view.name))
            add('warning', 'schema-view', view.name, `view ${view.name} exists only in the target`);
    }
    const targetTriggers = new Map(target.triggers.map((t) => [t.name.toLowerCase(), t]));
    for (const trigger of reference.triggers) {
        if (ignored(trigger.table) || ignored(trigger.name))
            continue;
        const other = targetTriggers.get(trigger.name.toLowerCase());
        const describe = (t) => `${t.timing} ${t.event} ON ${t.table}`;
        if (!other) {
            changes.push({ kind: 'missing-trigger', trigger });
            add('error', 'schema-trigger', trigger.table, `trigger ${trigger.name} (${describe(trigger)}) is missing in the target: what it does on every ${trigger.event.toLowerCase()} silently stops happening`, `CREATE TRIGGER ${trigger.name} (in the fix SQL)`);
        }
        else if (describe(other) !== describe(trigger) ||
            normaliseBody(other.statement, databases) !== normaliseBody(trigger.statement, databases)) {
            add('warning', 'schema-trigger', trigger.table, `trigger ${trigger.name} differs in the target (${describe(other)} vs ${describe(trigger)} in the reference, or its body)`, `DROP TRIGGER ${trigger.name}; then CREATE it as in the reference`);
        }
    }
    const referenceTriggers = new Set(reference.triggers.map((t) => t.name.toLowerCase()));
    for (const trigger of target.triggers) {
        if (!referenceTriggers.has(trigger.name.toLowerCase()) && !ignored(trigger.table))
            add('warning', 'schema-trigger', trigger.table, `trigger ${trigger.name} exists only in the target: it changes rows the app writes`);
    }
}
function compareTables(ref, target, { changes, add, ignored }) {
    const t = ref.name;
    if (ref.engine && target.engine && ref.engine !== target.engine) {
        add('warning', 'schema-table-options', t, `table ${t} uses ${target.engine} in the target, ${ref.engine} in the reference`, `ALTER TABLE ${t} ENGINE=${ref.engine}`);
    }
    if (ref.rowFormat !== target.rowFormat) {
        add('warning', 'schema-table-options', t, `table ${t} has ROW_FORMAT ${target.rowFormat.toUpperCase()} in the target, ${ref.rowFormat.toUpperCase()} in the reference: row size limits and index prefixes differ`, `ALTER TABLE ${t} ROW_FORMAT=${ref.rowFormat.toUpperCase()}`);
    }
    if (ref.collation && target.collation && ref.collation !== target.collation) {
        add('warning', 'schema-collation', t, `table ${t} defaults to ${display(target.collation)} in the target, ${display(ref.collation)} in the reference: new columns and comparisons differ`, `ALTER TABLE ${t} DEFAULT COLLATE ${display(ref.collation)}`);
    }
    const targetColumns = new Map(target.columns.map((c) => [c.name.toLowerCase(), c]));
    const refColumns = new Map(ref.columns.map((c) => [c.name.toLowerCase(), c]));
    const missing = [];
    const extra = [];
    let previous;
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
            add('error', 'schema-missing-column', t, `column ${where} is missing in the target: the app fails with "Unknown column '${where}' in 'field list'"`, `ALTER TABLE ${t} ADD COLUMN ${column.name} ${column.type}${column.enumValues ? `(${column.enumValues.map(q).join(',')})` : ''}`);
        }
        else {
            compareColumns(t, column, other, { changes, add, ignored });
        }
        previous = column.name;
    }
    for (const column of target.columns) {
        if (refColumns.has(column.name.toLowerCase()) || ignored(`${t}.${column.name}`))
            continue;
        extra.push(column);
        changes.push({ kind: 'extra-column', table: t, column });
        const blocksInserts = !column.nullable && column.default.kind === 'none' && !column.autoIncrement && !column.generated;
        add(blocksInserts ? 'error' : 'warning', 'schema-extra-column', t, blocksInserts
            ? `column ${t}.${column.name} exists only in the target and is NOT NULL without a default: every insert from the app fails with "Field '${column.name}' doesn't have a default value"`
            : `column ${t}.${column.name} exists only in the target`, blocksInserts
            ? `give it a default or make it NULL, or drop it (commented in the fix SQL)`
            : 'drop it if nothing uses it (commented in the fix SQL), or add it to the reference');
    }
    // a column missing on one side and one of the same type extra on the other is probably a rename
    for (const column of missing) {
        const renamed = extra.find((e) => e.type === column.type && JSON.stringify(e.enumValues) === JSON.stringify(column.enumValues));
        if (renamed) {
            changes.push({ kind: 'possible-rename', table: t, from: renamed, to: column });
            add('notice', 'schema-possible-rename', t, `${t}.${renamed.name} (target) may be ${t}.${column.name} (reference) renamed: both are ${column.type}`, `ALTER TABLE ${t} CHANGE COLUMN ${renamed.name} ${column.name} ... keeps the data (commented in the fix SQL)`);
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
        add('notice', 'schema-column-order', t, `columns of ${t} are in another order in the target`, 'only SELECT * and INSERT without column lists notice; reorder with MODIFY ... AFTER if they matter');
    }
    compareIndexes(ref, target, { changes, add, ignored });
    compareForeignKeys(ref, target, { changes, add, ignored });
    const targetChecks = new Set(target.checks.map((c) => normaliseClause(c.clause)));
    for (const check of ref.checks) {
        if (!targetChecks.has(normaliseClause(check.clause))) {
            add('warning', 'schema-check-constraint', t, `CHECK (${check.clause}) on ${t} is missing in the target: rows the reference rejects are accepted`, `ALTER TABLE ${t} ADD CONSTRAINT ${check.name} CHECK (${check.clause})`);
        }
    }
}
function compareColumns(t, ref, target, { changes, add }) {
    const where = `${t}.${ref.name}`;
    let modify = false;
    let destructive;
    if (ref.base === 'enum' || ref.base === 'set' || target.base === 'enum' || target.base === 'set') {
        if (ref.base !== target.base) {
            modify = true;
            destructive = 'changes the column type';
            add('error', 'schema-type-mismatch', t, `${where} is ${describeType(target)} in the target, ${describeType(ref)} in the reference`, `MODIFY COLUMN ${ref.name} ${describeType(ref)}`);
        }
        else {
            const refValues = ref.enumValues ?? [];
            const targetValues = target.enumValues ?? [];
            const missing = refValues.filter((v) => !targetValues.includes(v));
            const caseOnly = missing.filter((v) => targetValues.some((tv) => tv.toLowerCase() === v.toLowerCase()));
            const absent = missing.filter((v) => !caseOnly.includes(v));
            const extra = targetValues.filter((v) => !refValues.some((rv) => rv.toLowerCase() === v.toLowerCase()));
            const reordered = missing.length === 0 && extra.length === 0 && refValues.join('\0') !== targetValues.join('\0');
            if (missing.length > 0 || reordered) {
                modify = true;
                const parts = [];
                if (caseOnly.length > 0) {
                    parts.push(`differ only in case (${caseOnly.map((v) => `${q(targetValues.find((tv) => tv.toLowerCase() === v.toLowerCase()))} vs ${q(v)}`).join(', ')}): reading rows fails in the ORM with "${q(caseOnly[0])} is not among the defined enum values"`);
                }
                if (absent.length > 0)
                    parts.push(`are missing in the target (${absent.map(q).join(', ')}): writing them fails with "Data truncated for column '${ref.name}'"`);
                if (reordered)
                    parts.push('are in another order: ORDER BY and comparisons on the column change');
                if (extra.length > 0)
                    parts.push(`the target also allows ${extra.map(q).join(', ')}, which the app does not know`);
                add('error', 'schema-enum-mismatch', t, `${ref.base.toUpperCase()} values of ${where} ${parts.join('; ')}`, `MODIFY COLUMN ${ref.name} ${describeType(ref)}`);
                if (extra.length > 0)
                    destructive = `removes ${ref.base.toUpperCase()} values ${extra.map(q).join(', ')} that rows may hold`;
            }
            else if (extra.length > 0) {
                add('warning', 'schema-enum-mismatch', t, `${where} in the target also allows ${extra.map(q).join(', ')}: rows with them fail to load in the ORM`, `MODIFY COLUMN ${ref.name} ${describeType(ref)} (removing values is destructive)`);
            }
        }
    }
    else if (ref.type !== target.type) {
        const change = classifyTypeChange(ref, target);
        modify = true;
        if (canLoseData(ref, target))
            destructive =
                change === 'family'
                    ? `converts ${target.type} to ${ref.type}: values that do not convert are lost`
                    : `narrows ${target.type} to ${ref.type}: values may be cut`;
        add(change === 'widening' ? 'warning' : 'error', 'schema-type-mismatch', t, change === 'widening'
            ? `${where} is ${target.type} in the target, ${ref.type} in the reference: values the app writes may not fit ("Data too long for column '${ref.name}'")`
            : change === 'family'
                ? `${where} is ${target.type} in the target, ${ref.type} in the reference: a different kind of type, the app reads and writes it differently`
                : `${where} is ${target.type} in the target, ${ref.type} in the reference: the target is wider; matching it may cut values`, `MODIFY COLUMN ${ref.name} ${ref.type}`);
    }
    if (ref.nullable !== target.nullable) {
        modify = true;
        if (ref.nullable) {
            add('error', 'schema-nullability', t, `${where} is NOT NULL in the target but nullable in the reference: inserts of NULL fail with "Column '${ref.name}' cannot be null"`, `MODIFY COLUMN ${ref.name} ... NULL`);
        }
        else {
            add('warning', 'schema-nullability', t, `${where} is nullable in the target but NOT NULL in the reference`, `MODIFY COLUMN ${ref.name} ... NOT NULL (fails while NULLs exist)`);
        }
    }
    if (JSON.stringify(ref.default) !== JSON.stringify(target.default) && !ref.autoIncrement) {
        modify = true;
        const blocks = ref.default.kind !== 'none' && target.default.kind === 'none' && !target.nullable;
        add(blocks ? 'error' : 'warning', 'schema-default', t, blocks
            ? `${where} has no default in the target but ${describeDefault(ref)} in the reference: inserts that leave it out fail with "Field '${ref.name}' doesn't have a default value"`
            : `${where} defaults to ${describeDefault(target)} in the target, ${describeDefault(ref)} in the reference`, `MODIFY COLUMN ${ref.name} ... ${describeDefault(ref)}`);
    }
    if (ref.autoIncrement !== target.autoIncrement) {
        modify = true;
        add('error', 'schema-type-mismatch', t, `${where} is ${target.autoIncrement ? '' : 'not '}AUTO_INCREMENT in the target, ${ref.autoIncrement ? '' : 'not '}in the reference: inserts without an id fail`, `MODIFY COLUMN ${ref.name} ... ${ref.autoIncrement ? 'AUTO_INCREMENT' : ''}`);
    }
    if ((ref.onUpdate ?? '') !== (target.onUpdate ?? '')) {
        modify = true;
        add('warning', 'schema-default', t, `${where} has ON UPDATE ${target.onUpdate ?? '(none)'} in the target, ${ref.onUpdate ?? '(none)'} in the reference`);
    }
    if (ref.collation && target.collation && ref.collation !== target.collation && ref.base !== 'json') {
        modify = true;
        add('warning', 'schema-collation', t, `${where} uses ${display(target.collation)} in the target, ${display(ref.collation)} in the reference: comparisons, uniqueness and sorting differ`, `MODIFY COLUMN ${ref.name} ... COLLATE ${display(ref.collation)}`);
    }
    if ((ref.generated ?? '') !== (target.generated ?? '')) {
        modify = true;
        add('warning', 'schema-type-mismatch', t, `${where} is generated as (${target.generated ?? 'not generated'}) in the target, (${ref.generated ?? 'not generated'}) in the reference`);
    }
    if (modify)
        changes.push({ kind: 'modify-column', table: t, reference: ref, target, destructive });
}
function signature(index) {
    return `${index.primary ? 'P' : index.unique ? 'U' : 'K'}:${index.type}:${index.columns.map((c) => `${c.name.toLowerCase()}${c.subPart ? `(${c.subPart})` : ''}${c.descending ? ' desc' : ''}`).join(',')}`;
}
function compareIndexes(ref, target, { changes, add }) {
    const t = ref.name;
    const targetSignatures = new Set(target.indexes.map(signature));
    const refSignatures = new Set(ref.indexes.map(signature));
    // InnoDB gives every foreign key an index: a dump shows it as KEY, and another server may name it otherwise
    const fkColumns = (table) => new Set(table.foreignKeys.map((fk) => fk.columns.map((c) => c.toLowerCase()).join(',')));
    const refFk = fkColumns(ref);
    const targetFk = fkColumns(target);
    const coversFk = (index, fks) => !index.unique && fks.has(index.columns.map((c) => c.name.toLowerCase()).join(','));
    for (const index of ref.indexes) {
        const same = target.indexes.find((other) => signature(other) === signature(index));
        if (same && same.invisible !== index.invisible) {
            add('warning', 'schema-missing-index', t, same.invisible
                ? `index ${same.name} on ${t} is invisible (ignored) in the target: the optimizer does not use it and queries scan`
                : `index ${same.name} on ${t} is visible in the target but invisible (ignored) in the reference`, `ALTER TABLE ${t} ALTER INDEX ${same.name} ${same.invisible ? 'VISIBLE (MySQL) / NOT IGNORED (MariaDB)' : 'INVISIBLE / IGNORED'}`);
        }
        if (targetSignatures.has(signature(index)))
            continue;
        if (coversFk(index, targetFk))
            continue; // the target's foreign key has its own index
        changes.push({ kind: 'missing-index', table: t, index });
        const columns = index.columns.map((c) => c.name).join(', ');
        if (index.primary)
            add('error', 'schema-missing-index', t, `the primary key of ${t} (${columns}) is missing or different in the target`, `ALTER TABLE ${t} ADD PRIMARY KEY (${columns})`);
        else if (index.unique)
            add('error', 'schema-missing-index', t, `unique index ${index.name} (${columns}) on ${t} is missing in the target: duplicates the app relies on being rejected are accepted`, `ALTER TABLE ${t} ADD UNIQUE KEY ${index.name} (${columns})`);
        else
            add('warning', 'schema-missing-index', t, `index ${index.name} (${columns}) on ${t} is missing in the target: queries that use it scan the table`, `ALTER TABLE ${t} ADD KEY ${index.name} (${columns})`);
    }
    for (const index of target.indexes) {
        if (refSignatures.has(signature(index)) || coversFk(index, refFk))
            continue;
        changes.push({ kind: 'extra-index', table: t, index });
        const columns = index.columns.map((c) => c.name).join(', ');
        if (index.unique && !index.primary)
            add('warning', 'schema-extra-index', t, `unique index ${index.name} (${columns}) on ${t} exists only in the target: inserts the reference allows can fail with "Duplicate entry"`);
        else if (!index.primary)
            add('notice', 'schema-extra-index', t, `index ${index.name} (${columns}) on ${t} exists only in the target`);
    }
}
function fkSignature(fk) {
    return `${fk.columns.join(',')}->${fk.refTable}(${fk.refColumns.join(',')})`.toLowerCase();
}
function compareForeignKeys(ref, target, { changes, add }) {
    const t = ref.name;
    const targetBySignature = new Map(target.foreignKeys.map((fk) => [fkSignature(fk), fk]));
    const refSignatures = new Set(ref.foreignKeys.map(fkSignature));
    for (const fk of ref.foreignKeys) {
        const other = targetBySignature.get(fkSignature(fk));
        if (!other) {
            changes.push({ kind: 'missing-foreign-key', table: t, foreignKey: fk });
            add('error', 'schema-missing-foreign-key', t, `foreign key ${fk.name} (${fk.columns.join(', ')}) -> ${fk.refTable} is missing in the target: orphan rows are accepted`, `ALTER TABLE ${t} ADD CONSTRAINT ${fk.name} FOREIGN KEY ...`);
        }
        else if (other.onDelete !== fk.onDelete || other.onUpdate !== fk.onUpdate) {
            changes.push({ kind: 'extra-foreign-key', table: t, foreignKey: other }, { kind: 'missing-foreign-key', table: t, foreignKey: fk });
            add('warning', 'schema-missing-foreign-key', t, `foreign key ${fk.name} on ${t} is ON DELETE ${other.onDelete} ON UPDATE ${other.onUpdate} in the target, ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate} in the reference`);
        }
    }
    for (const fk of target.foreignKeys) {
        if (refSignatures.has(fkSignature(fk)))
            continue;
        changes.push({ kind: 'extra-foreign-key', table: t, foreignKey: fk });
        add('warning', 'schema-extra-index', t, `foreign key ${fk.name} on ${t} exists only in the target: deletes the app expects to succeed can fail`);
    }
}
function display(collation) {
    return collation.startsWith('default:') ? `${collation.slice(8)}'s default collation` : collation;
}
function describeType(column) {
    return column.enumValues ? `${column.base}(${column.enumValues.map(q).join(',')})` : column.type;
}
function describeDefault(column) {
    const d = column.default;
    if (d.kind === 'none')
        return 'no default';
    if (d.kind === 'null')
        return 'DEFAULT NULL';
    return d.kind === 'literal' ? `DEFAULT '${d.value}'` : `DEFAULT ${d.value}`;
}

;// CONCATENATED MODULE: ./src/schema/migrations.ts
/**
 * Flask-Migrate / Alembic history: the revision graph from migrations/versions/*.py (revision,
 * down_revision, merges) against the revision the target database records in alembic_version.
 */


const DEFAULT_DIRS = ['migrations/versions', 'alembic/versions'];
/** The versions folder: the given one, else migrations/versions or alembic/versions when present. */
function findVersionsDir(root, configured) {
    if (configured)
        return external_node_path_default().resolve(root, configured);
    return DEFAULT_DIRS.map((dir) => external_node_path_default().join(root, dir)).find((dir) => (0,external_node_fs_.existsSync)(dir));
}
function pythonStrings(text) {
    return [...text.matchAll(/(['"])([^'"]*)\1/g)].map((m) => m[2]);
}
function readRevisions(root, dir) {
    const revisions = [];
    const findings = [];
    for (const name of (0,external_node_fs_.readdirSync)(dir)
        .filter((n) => n.endsWith('.py'))
        .sort()) {
        const file = external_node_path_default().relative(root, external_node_path_default().join(dir, name)).split((external_node_path_default()).sep).join('/');
        const text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, name), 'utf8');
        // `revision = 'ab12'`, `revision: str = "ab12"`; down_revision may be None, a string or a tuple (a merge)
        const revision = /^revision\s*(?::[^=\n]+)?=\s*['"]([^'"]+)['"]/m.exec(text);
        const down = /^down_revision\s*(?::[^=\n]+)?=\s*(.+)$/m.exec(text);
        if (!revision || !down) {
            findings.push({
                rule: 'schema-migrations',
                severity: 'warning',
                message: `${file} has no revision/down_revision assignment, so it was left out of the history`,
                file,
                line: 1,
            });
            continue;
        }
        const parentsText = down[1].trim();
        revisions.push({
            id: revision[1],
            parents: /^None\b/.test(parentsText) ? [] : pythonStrings(parentsText),
            file,
            line: text.slice(0, revision.index).split('\n').length,
            message: /^"""\s*(.*?)\s*(?:"""|$)/m.exec(text)?.[1] || undefined,
        });
    }
    return { revisions, findings };
}
/** Compares the history with the revision(s) recorded in the target's alembic_version table. */
function checkMigrationHistory(revisions, applied, targetLabel) {
    const findings = [];
    const byId = new Map(revisions.map((r) => [r.id, r]));
    const children = new Set(revisions.flatMap((r) => r.parents));
    const heads = revisions.filter((r) => !children.has(r.id));
    if (heads.length > 1) {
        findings.push({
            rule: 'schema-migrations',
            severity: 'error',
            message: `the migrations have ${heads.length} heads (${heads.map((h) => h.id).join(', ')}): "flask db upgrade" stops with "Multiple head revisions are present"`,
            file: heads[1].file,
            line: heads[1].line,
            fix: 'run flask db merge heads, commit the merge revision',
        });
    }
    for (const revision of revisions) {
        for (const parent of revision.parents) {
            if (!byId.has(parent)) {
                findings.push({
                    rule: 'schema-migrations',
                    severity: 'error',
                    message: `${revision.id} follows ${parent}, which no migration file defines`,
                    file: revision.file,
                    line: revision.line,
                    fix: 'restore the missing migration or fix down_revision',
                });
            }
        }
    }
    if (applied === undefined)
        return findings;
    if (applied.length === 0) {
        findings.push({
            rule: 'schema-migrations',
            severity: 'error',
            message: `${targetLabel} has no alembic_version row: no migration was ever applied there`,
            fix: 'run flask db upgrade (or flask db stamp head if the schema was created another way)',
        });
        return findings;
    }
    const ancestors = (id, seen = new Set()) => {
        for (const parent of byId.get(id)?.parents ?? []) {
            if (!seen.has(parent)) {
                seen.add(parent);
                ancestors(parent, seen);
            }
        }
        return seen;
    };
    for (const current of applied) {
        if (!byId.has(current)) {
            findings.push({
                rule: 'schema-migrations',
                severity: 'error',
                message: `${targetLabel} is at revision ${current}, which is not in the migrations: it was made from another branch, or its file was deleted`,
                fix: 'find the branch that made it and merge its migration, or stamp the database after checking its schema',
            });
            continue;
        }
        for (const head of heads) {
            if (head.id === current)
                continue;
            const behind = ancestors(head.id);
            if (!behind.has(current))
                continue;
            // the revisions between current and head: ancestors of head that are not ancestors of current
            const done = ancestors(current);
            const pending = [...behind, head.id].filter((id) => id !== current && !done.has(id));
            findings.push({
                rule: 'schema-migrations',
                severity: 'error',
                message: `${targetLabel} is ${pending.length} migration${pending.length === 1 ? '' : 's'} behind (at ${current}, head ${head.id}): ${pending.map((id) => `${id}${byId.get(id)?.message ? ` "${byId.get(id).message}"` : ''}`).join(', ')}`,
                file: head.file,
                line: head.line,
                fix: 'run flask db upgrade on the target before (or as part of) the deploy',
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/schema/fix-sql.ts
const id = (name) => `\`${name.replace(/`/g, '``')}\``;
const str = (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const NUMERIC = /^(tinyint|smallint|mediumint|int|bigint|decimal|float|double|bit|year)/;
function columnDefinition(column, tableCollation) {
    const parts = [
        id(column.name),
        column.enumValues ? `${column.base}(${column.enumValues.map(str).join(',')})` : column.type,
    ];
    if (column.collation && column.collation !== tableCollation) {
        parts.push(column.collation.startsWith('default:')
            ? `CHARACTER SET ${column.collation.slice(8)}`
            : `COLLATE ${column.collation}`);
    }
    if (column.generated)
        parts.push(`GENERATED ALWAYS AS (${column.generated})`);
    else {
        parts.push(column.nullable ? 'NULL' : 'NOT NULL');
        const d = column.default;
        if (d.kind === 'null' && column.nullable)
            parts.push('DEFAULT NULL');
        else if (d.kind === 'literal')
            parts.push(`DEFAULT ${NUMERIC.test(column.type) ? d.value : str(d.value)}`);
        else if (d.kind === 'expression')
            parts.push(`DEFAULT ${/^[A-Z_]+(\(\d*\))?$/.test(d.value) ? d.value : `(${d.value})`}`);
        if (column.autoIncrement)
            parts.push('AUTO_INCREMENT');
        if (column.onUpdate)
            parts.push(`ON UPDATE ${column.onUpdate}`);
    }
    if (column.comment)
        parts.push(`COMMENT ${str(column.comment)}`);
    return parts.join(' ');
}
function indexDefinition(index) {
    const columns = index.columns
        .map((c) => `${id(c.name)}${c.subPart ? `(${c.subPart})` : ''}${c.descending ? ' DESC' : ''}`)
        .join(', ');
    if (index.primary)
        return `PRIMARY KEY (${columns})`;
    const kind = index.type === 'FULLTEXT'
        ? 'FULLTEXT KEY'
        : index.type === 'SPATIAL'
            ? 'SPATIAL KEY'
            : index.unique
                ? 'UNIQUE KEY'
                : 'KEY';
    return `${kind} ${id(index.name)} (${columns})`;
}
function foreignKeyDefinition(fk) {
    return `CONSTRAINT ${id(fk.name)} FOREIGN KEY (${fk.columns.map(id).join(', ')}) REFERENCES ${id(fk.refTable)} (${fk.refColumns.map(id).join(', ')}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`;
}
function createTable(table) {
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
function stripQualifiers(text, databases) {
    let out = text;
    for (const db of databases)
        if (db)
            out = out.split(`\`${db}\`.`).join('').split(`${db}.`).join('');
    return out;
}
function fixSql(changes, options) {
    const out = [
        `-- shipcheck schema-compare: make ${options.target} match ${options.reference}.`,
        '-- Review before applying; shipcheck never runs it. Statements that can lose data are commented out',
        `-- with the reason${options.allowDestructive ? ' (here: written live, --allow-destructive was given)' : '; pass --allow-destructive to write them live'}.`,
        '',
    ];
    const perTable = new Map();
    const commented = new Map();
    const foreignKeys = [];
    const viewsAndTriggers = [];
    const push = (map, table, clause) => map.set(table, [...(map.get(table) ?? []), clause]);
    const destructive = (table, clause, reason) => {
        if (options.allowDestructive)
            push(perTable, table, clause);
        else
            push(commented, table, `${clause} -- ${reason}`);
    };
    for (const change of changes) {
        switch (change.kind) {
            case 'missing-table':
                out.push(createTable(change.table), '');
                for (const fk of change.table.foreignKeys)
                    foreignKeys.push(`ALTER TABLE ${id(change.table.name)} ADD ${foreignKeyDefinition(fk)};`);
                break;
            case 'extra-table':
                out.push(options.allowDestructive
                    ? `DROP TABLE ${id(change.table.name)};`
                    : `-- DROP TABLE ${id(change.table.name)}; -- destructive: drops the table and its rows`, '');
                break;
            case 'missing-column': {
                const collation = options.tables.get(change.table)?.collation;
                push(perTable, change.table, `ADD COLUMN ${columnDefinition(change.column, collation)} ${change.after ? `AFTER ${id(change.after)}` : 'FIRST'}`);
                break;
            }
            case 'extra-column':
                destructive(change.table, `DROP COLUMN ${id(change.column.name)}`, 'destructive: drops the column and its data');
                break;
            case 'modify-column': {
                const clause = `MODIFY COLUMN ${columnDefinition(change.reference, options.tables.get(change.table)?.collation)}`;
                if (change.destructive)
                    destructive(change.table, clause, `destructive: ${change.destructive}`);
                else
                    push(perTable, change.table, clause);
                break;
            }
            case 'missing-index':
                push(perTable, change.table, change.index.primary
                    ? `ADD ${indexDefinition(change.index)}`
                    : `ADD ${indexDefinition(change.index)}`);
                break;
            case 'extra-index':
                if (!change.index.primary)
                    destructive(change.table, `DROP INDEX ${id(change.index.name)}`, 'drops an index the target has and the reference does not');
                break;
            case 'missing-foreign-key':
                foreignKeys.push(`ALTER TABLE ${id(change.table)} ADD ${foreignKeyDefinition(change.foreignKey)};`);
                break;
            case 'extra-foreign-key':
                destructive(change.table, `DROP FOREIGN KEY ${id(change.foreignKey.name)}`, 'drops a constraint the target has and the reference does not');
                break;
            case 'missing-view':
                viewsAndTriggers.push(`CREATE OR REPLACE VIEW ${id(change.view.name)} AS ${stripQualifiers(change.view.definition, options.databases ?? [])};`);
                break;
            case 'missing-trigger': {
                const t = change.trigger;
                const body = stripQualifiers(t.statement, options.databases ?? []);
                const statement = `CREATE TRIGGER ${id(t.name)} ${t.timing} ${t.event} ON ${id(t.table)} FOR EACH ROW ${body}`;
                // a BEGIN ... END body needs the mysql client's DELIMITER
                viewsAndTriggers.push(/^begin\b/i.test(body) ? `DELIMITER ;;\n${statement};;\nDELIMITER ;` : `${statement};`);
                break;
            }
            case 'possible-rename':
                push(commented, change.table, `CHANGE COLUMN ${id(change.from.name)} ${columnDefinition(change.to)} -- possible rename: use this instead of ADD ${change.to.name} + DROP ${change.from.name} to keep the data`);
                break;
        }
    }
    for (const table of new Set([...perTable.keys(), ...commented.keys()])) {
        const clauses = perTable.get(table) ?? [];
        if (clauses.length > 0)
            out.push(`ALTER TABLE ${id(table)}\n  ${clauses.join(',\n  ')};`);
        for (const clause of commented.get(table) ?? [])
            out.push(`-- ALTER TABLE ${id(table)} ${clause}`);
        out.push('');
    }
    if (foreignKeys.length > 0)
        out.push('-- foreign keys last: both ends exist by now', ...foreignKeys, '');
    if (viewsAndTriggers.length > 0)
        out.push('-- views and triggers: the tables they use exist by now', ...viewsAndTriggers, '');
    if (out.length === 4)
        out.push('-- nothing to change');
    return `${out.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
;// CONCATENATED MODULE: ./src/schema/introspect.ts


const INTROSPECTION_QUERIES = {
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
};
async function connect(options) {
    const { url } = options;
    const ssl = url.searchParams.get('ssl') ?? url.searchParams.get('ssl-mode');
    try {
        // mysql2 is loaded only when a live database is read, not when shipcheck starts
        const { default: mysql } = await Promise.all(/* import() */[__webpack_require__.e(588), __webpack_require__.e(803)]).then(__webpack_require__.t.bind(__webpack_require__, 7588, 19));
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
    }
    catch (error) {
        throw connectionError(error, options.label);
    }
}
function connectionError(error, label) {
    const e = error;
    const detail = (0,secrets/* maskSecrets */.QU)(e.sqlMessage ?? e.message ?? String(error));
    const fixes = {
        ECONNREFUSED: 'is the server running and listening on that host and port?',
        ETIMEDOUT: 'the server did not answer in time: check the host, the firewall, or raise timeout',
        ER_ACCESS_DENIED_ERROR: 'check the user and password (the password is never printed)',
        ER_BAD_DB_ERROR: 'check the database name at the end of the URL',
        ENOTFOUND: 'the host name does not resolve',
    };
    return new errors/* ShipcheckError */.b('connection', `cannot read the schema from ${label}: ${detail}`, {
        fix: fixes[e.code ?? ''] ?? 'check the URL and that the user may read information_schema',
        cause: error,
    });
}
async function introspect(connection, database, label, timeoutSeconds) {
    let queries = 0;
    const run = async (sql) => {
        queries++;
        const [rows] = await connection.query({
            sql,
            timeout: timeoutSeconds * 1000,
            values: [database],
        });
        return rows;
    };
    const [versionRows] = await connection.query({
        sql: 'SELECT VERSION() AS version',
        timeout: timeoutSeconds * 1000,
    });
    const version = versionRows[0];
    queries++;
    const flavor = /mariadb/i.test(String(version?.version)) ? 'mariadb' : 'mysql';
    const [schemaRows, tables, columns, indexes, foreignKeys, foreignKeyRules, checks, views, triggers] = await Promise.all([
        run(INTROSPECTION_QUERIES.schema),
        run(INTROSPECTION_QUERIES.tables),
        run(INTROSPECTION_QUERIES.columns),
        run(INTROSPECTION_QUERIES.indexes.replace("/*visibility*/'NO'", visibilityColumn(flavor, String(version?.version)))),
        run(INTROSPECTION_QUERIES.foreignKeys),
        run(INTROSPECTION_QUERIES.foreignKeyRules),
        run(flavor === 'mariadb' ? INTROSPECTION_QUERIES.checksMariaDb : INTROSPECTION_QUERIES.checksMySql),
        run(INTROSPECTION_QUERIES.views),
        run(INTROSPECTION_QUERIES.triggers),
    ]);
    if (schemaRows.length === 0) {
        throw new errors/* ShipcheckError */.b('connection', `database '${database}' does not exist on ${label}`, {
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
        const [versions] = await connection.query({
            sql: 'SELECT version_num AS version FROM `alembic_version`',
            timeout: timeoutSeconds * 1000,
        });
        raw.alembicVersions = versions.map((row) => String(row.version));
    }
    return { raw, queries };
}
/** MySQL 8 says IS_VISIBLE, MariaDB 10.6+ says IGNORED; older servers have neither. */
function visibilityColumn(flavor, version) {
    if (flavor === 'mysql')
        return /^[89]\.|^\d{2}\./.test(version) ? "IF(IS_VISIBLE = 'NO', 'YES', 'NO')" : "'NO'";
    const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
    return major > 10 || (major === 10 && minor >= 6) ? 'IGNORED' : "'NO'";
}
/** information_schema rows (live, or recorded from MySQL 8 for tests) -> RawSchema. */
function rawFromRows(flavor, label, database, rows) {
    const text = (v) => (v === null || v === undefined ? undefined : String(v));
    const raw = {
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
    const views = new Set();
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
    const viewColumns = new Map();
    for (const row of rows.columns) {
        if (views.has(String(row.tableName))) {
            viewColumns.set(String(row.tableName), [
                ...(viewColumns.get(String(row.tableName)) ?? []),
                String(row.name),
            ]);
            continue;
        }
        const extra = String(row.extra ?? '');
        const generated = /GENERATED/i.test(extra) && !/DEFAULT_GENERATED/i.test(extra) ? text(row.generation) : undefined;
        const column = {
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
    const indexes = new Map();
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
    const fks = new Map();
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
function defaultFromRow(flavor, value, extra, nullable) {
    if (value === null || value === undefined)
        return nullable && flavor === 'mysql' ? { kind: 'null' } : { kind: 'none' };
    const text = String(value);
    if (flavor === 'mariadb') {
        if (text === 'NULL')
            return { kind: 'null' };
        if (text.startsWith("'") && text.endsWith("'"))
            return { kind: 'literal', value: text.slice(1, -1).replace(/''/g, "'").replace(/\\\\/g, '\\') };
        if (/^-?\d+(\.\d+)?$/.test(text))
            return { kind: 'literal', value: text };
        return { kind: 'expression', value: text };
    }
    if (/DEFAULT_GENERATED/i.test(extra))
        return { kind: 'expression', value: text };
    return { kind: 'literal', value: text };
}

;// CONCATENATED MODULE: ./src/schema/source.ts




/** `mysql://user:password@host:port/database` or a path to a .sql file (relative to the project root). */
function parseSchemaSource(value, root, inputName) {
    const trimmed = value.trim();
    if (/^(mysql|mariadb):\/\//i.test(trimmed)) {
        (0,secrets/* registerUrlSecrets */.AI)(trimmed);
        let url;
        try {
            url = new URL(trimmed);
        }
        catch {
            throw new errors/* ShipcheckError */.b('input', `${inputName} is not a valid URL: ${(0,secrets/* maskUrlPasswords */._)(trimmed)}`, {
                fix: 'write mysql://user:password@host:3306/database (percent-encode special characters in the password)',
            });
        }
        const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
        if (!database) {
            throw new errors/* ShipcheckError */.b('input', `${inputName} names no database: ${(0,secrets/* maskUrlPasswords */._)(trimmed)}`, {
                fix: 'add the database after the host: mysql://user:password@host:3306/app',
            });
        }
        const label = `mysql://${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}/${database}`;
        return { kind: 'database', url, database, label };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
        throw new errors/* ShipcheckError */.b('input', `${inputName}: only mysql:// and mariadb:// URLs are supported, found ${(0,secrets/* maskUrlPasswords */._)(trimmed)}`);
    }
    const absolute = external_node_path_default().resolve(root, trimmed);
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        throw new errors/* ShipcheckError */.b('input', `${inputName}: ${trimmed} does not exist`, {
            where: root,
            fix: 'give a .sql file (mysqldump --no-data output) relative to the project, or a mysql:// URL',
        });
    }
    return {
        kind: 'file',
        path: absolute,
        label: external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/') || trimmed,
    };
}

;// CONCATENATED MODULE: ./src/schema/sql-file.ts
/**
 * Reads CREATE TABLE statements from a .sql file (mysqldump --no-data output or hand-written DDL) with a
 * real SQL parser (node-sql-parser, MariaDB dialect, MySQL as a fallback), offline. Statements are split
 * here first (quotes, comments, DELIMITER) because dumps carry SET, LOCK and conditional comments the
 * parser does not need. A CREATE TABLE the parser cannot read is reported, never skipped.
 */

// node-sql-parser is large: it is loaded when the first .sql file is read, not when shipcheck starts
let parser;
async function loadParser() {
    if (!parser) {
        const module = await __webpack_require__.e(/* import() */ 519).then(__webpack_require__.t.bind(__webpack_require__, 6519, 23));
        parser = new (module.default ?? module).Parser();
    }
    return parser;
}
const NAME = '`?([^`\\s(]+)`?';
const VIEW_STATEMENT = new RegExp(`^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:ALGORITHM\\s*=\\s*\\w+\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?(?:SQL\\s+SECURITY\\s+\\w+\\s+)?VIEW\\s+(?:\\S+\\.)?${NAME}\\s*(?:\\(([^)]*)\\))?\\s+AS\\s+([\\s\\S]+)$`, 'i');
const TRIGGER_STATEMENT = new RegExp(`^CREATE\\s+(?:DEFINER\\s*=\\s*\\S+\\s+)?TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${NAME}\\s+(BEFORE|AFTER)\\s+(INSERT|UPDATE|DELETE)\\s+ON\\s+${NAME}\\s+FOR\\s+EACH\\s+ROW\\s+([\\s\\S]+)$`, 'i');
/** Splits SQL into statements, honouring quotes, comments and mysql's DELIMITER command. */
function splitStatements(sql) {
    const statements = [];
    let delimiter = ';';
    let current = '';
    let startLine = 1;
    let line = 1;
    let i = 0;
    const flush = () => {
        const text = current.trim();
        if (text)
            statements.push({ text, line: startLine });
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
        const c = sql[i];
        if (!current.trim())
            startLine = line;
        if (c === "'" || c === '"' || c === '`') {
            let j = i + 1;
            while (j < sql.length) {
                if (sql[j] === '\\' && c !== '`')
                    j += 2;
                else if (sql[j] === c && sql[j + 1] === c)
                    j += 2;
                else if (sql[j] === c)
                    break;
                else
                    j++;
            }
            const chunk = sql.slice(i, j + 1);
            line += chunk.split('\n').length - 1;
            current += chunk;
            i = j + 1;
        }
        else if ((c === '-' && sql[i + 1] === '-' && /\s/.test(sql[i + 2] ?? ' ')) || c === '#') {
            const end = sql.indexOf('\n', i);
            i = end < 0 ? sql.length : end;
        }
        else if (c === '/' && sql[i + 1] === '*') {
            const end = sql.indexOf('*/', i + 2);
            const chunk = sql.slice(i, end < 0 ? sql.length : end + 2);
            line += chunk.split('\n').length - 1;
            // /*!50001 ... */ is SQL the server runs (dumps wrap views and triggers in it): keep its text
            if (sql[i + 2] === '!')
                current += ` ${chunk.slice(3, chunk.length - 2).replace(/^\d{5}/, '')} `;
            i = end < 0 ? sql.length : end + 2;
        }
        else if (sql.startsWith(delimiter, i)) {
            flush();
            i += delimiter.length;
        }
        else {
            if (c === '\n')
                line++;
            current += c;
            i++;
        }
    }
    flush();
    return statements;
}
async function readSqlFile(file, label) {
    return rawFromSql((0,external_node_fs_.readFileSync)(file, 'utf8'), label);
}
async function rawFromSql(sql, label) {
    await loadParser();
    const raw = {
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
                name: view[1],
                definition: view[3].trim(),
                columns: view[2] ? view[2].split(',').map((c) => c.trim().replace(/`/g, '')) : [],
                line: statement.line,
            });
            continue;
        }
        const trigger = TRIGGER_STATEMENT.exec(statement.text);
        if (trigger) {
            raw.triggers.push({
                name: trigger[1],
                timing: trigger[2].toUpperCase(),
                event: trigger[3].toUpperCase(),
                table: trigger[4],
                statement: trigger[5].trim(),
                line: statement.line,
            });
            continue;
        }
        if (!/^CREATE\s+(TEMPORARY\s+)?TABLE/i.test(statement.text))
            continue;
        const name = /^CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:`[^`]+`\.|\w+\.)?`?([^`\s(]+)`?/i.exec(statement.text)?.[1] ?? '(unnamed)';
        let ast;
        let lastError;
        // MariaDB's `KEY k (c) IGNORED` is MySQL's INVISIBLE, which the parser knows
        for (const database of ['MariaDB', 'MySQL']) {
            try {
                const parsed = parser.astify(statement.text.replace(/\)\s+IGNORED\b/gi, ') INVISIBLE'), { database });
                ast = Array.isArray(parsed) ? parsed[0] : parsed;
                break;
            }
            catch (error) {
                lastError = error;
            }
        }
        if (!ast) {
            raw.unmodelled.push({
                table: name,
                reason: `the SQL parser could not read its CREATE TABLE (line ${statement.line}): ${String(lastError?.message ?? lastError).split('\n')[0]}`,
            });
            continue;
        }
        raw.lines[name] = statement.line;
        try {
            addTable(raw, ast, name);
        }
        catch (error) {
            raw.unmodelled.push({ table: name, reason: `unsupported definition: ${error.message}` });
        }
    }
    return raw;
}
function columnName(ref) {
    return typeof ref.column === 'string' ? ref.column : ref.column.expr.value;
}
function sqlOf(expr) {
    return parser.exprToSQL(expr, { database: 'MariaDB' });
}
function optionValue(value) {
    if (value === null || value === undefined)
        return undefined;
    if (typeof value === 'string' || typeof value === 'number')
        return String(value).replace(/^'(.*)'$/s, '$1');
    return optionValue(value.value);
}
function addTable(raw, ast, name) {
    const options = new Map((ast.table_options ?? []).map((o) => [o.keyword.toLowerCase(), optionValue(o.value)]));
    const collation = options.get('collate') ?? options.get('default collate');
    const charset = options.get('default charset') ??
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
            const inline = definition;
            if (inline.primary_key || /primary/i.test(String(inline.unique_or_primary ?? ''))) {
                raw.indexes.push({
                    table: name,
                    name: 'PRIMARY',
                    unique: true,
                    primary: true,
                    type: 'BTREE',
                    columns: [{ name: column.name, descending: false }],
                });
            }
            else if (inline.unique || /unique/i.test(String(inline.unique_or_primary ?? ''))) {
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
        }
        else if (definition.resource === 'constraint') {
            addConstraint(raw, name, definition);
        }
        else if (definition.resource === 'index') {
            const keyword = String(definition.keyword ?? '').toLowerCase();
            raw.indexes.push({
                table: name,
                name: definition.index ?? columnName(definition.definition[0]),
                unique: false,
                primary: false,
                type: keyword.startsWith('fulltext')
                    ? 'FULLTEXT'
                    : keyword.startsWith('spatial')
                        ? 'SPATIAL'
                        : indexType(definition),
                invisible: isInvisible(definition),
                columns: indexColumns(definition.definition),
            });
        }
    }
}
function isInvisible(definition) {
    const options = definition.index_options ?? [];
    return options.some((option) => option.type === 'invisible');
}
function indexType(definition) {
    const type = definition.index_type;
    if (!type)
        return 'BTREE';
    return (typeof type === 'string' ? type : (type.type ?? 'BTREE')).toUpperCase().replace(/^USING\s+/, '');
}
function indexColumns(refs) {
    return refs.map((ref) => ({
        name: columnName(ref),
        subPart: ref.suffix ? Number(/\((\d+)\)/.exec(String(ref.suffix))?.[1]) || undefined : undefined,
        descending: String(ref.order_by ?? '').toUpperCase() === 'DESC',
    }));
}
function addConstraint(raw, table, definition) {
    const type = String(definition.constraint_type ?? '').toLowerCase();
    if (type === 'primary key') {
        raw.indexes.push({
            table,
            name: 'PRIMARY',
            unique: true,
            primary: true,
            type: 'BTREE',
            columns: indexColumns(definition.definition),
        });
    }
    else if (type.startsWith('unique')) {
        const columns = indexColumns(definition.definition);
        raw.indexes.push({
            table,
            name: definition.index ?? definition.constraint ?? columns[0].name,
            unique: true,
            primary: false,
            type: indexType(definition),
            invisible: isInvisible(definition),
            columns,
        });
    }
    else if (type === 'foreign key') {
        const ref = definition.reference_definition;
        const actions = new Map((ref.on_action ?? []).map((a) => [a.type.toLowerCase(), String(a.value.value).toUpperCase()]));
        const columns = definition.definition.map(columnName);
        raw.foreignKeys.push({
            table,
            name: definition.constraint ??
                definition.index ??
                `${table}_ibfk_${raw.foreignKeys.filter((f) => f.table === table).length + 1}`,
            columns,
            refTable: ref.table[0].table,
            refColumns: ref.definition.map(columnName),
            onUpdate: actions.get('on update') ?? 'RESTRICT',
            onDelete: actions.get('on delete') ?? 'RESTRICT',
        });
        // InnoDB creates an index for a foreign key that has none; a dump shows it as a KEY line
    }
    else if (type === 'check') {
        raw.checks.push({
            table,
            name: definition.constraint ?? `CONSTRAINT_${raw.checks.length + 1}`,
            clause: definition.definition.map(sqlOf).join(' AND '),
        });
    }
    else {
        throw new Error(`constraint type '${type}'`);
    }
}
function toColumn(table, position, definition) {
    const name = columnName(definition.column);
    const type = definition.definition;
    let columnType = type.dataType.toLowerCase();
    if (type.expr?.value) {
        columnType += `(${type.expr.value.map((v) => `'${String(v.value).replace(/'/g, "''")}'`).join(',')})`;
    }
    else if (type.length !== null && type.length !== undefined) {
        columnType += `(${type.length}${type.scale !== null && type.scale !== undefined ? `,${type.scale}` : ''})`;
    }
    if (type.suffix && type.suffix.length > 0)
        columnType += ` ${type.suffix.join(' ').toLowerCase()}`;
    let defaultValue = { kind: 'none' };
    let onUpdate;
    const value = definition.default_val?.value;
    if (value) {
        if (value.type === 'null')
            defaultValue = { kind: 'null' };
        else if (value.type === 'function') {
            const fn = value;
            const fnName = fn.name.name.map((n) => n.value).join('.');
            const args = fn.args?.value?.length ? `(${fn.args.value.map(sqlOf).join(',')})` : '';
            defaultValue = { kind: 'expression', value: `${fnName}${args}` };
            if (fn.over?.type === 'on update')
                onUpdate = fn.over.keyword;
        }
        else if (value.type === 'bool')
            defaultValue = { kind: 'literal', value: value.value ? '1' : '0' };
        else if (value.type === 'number')
            defaultValue = { kind: 'literal', value: String(value.value) };
        else if (/string/.test(value.type))
            defaultValue = { kind: 'literal', value: String(value.value).replace(/''/g, "'") };
        else
            defaultValue = { kind: 'expression', value: sqlOf(value) };
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
function isPrimaryKeyInline(definition) {
    return Boolean(definition.primary_key);
}

;// CONCATENATED MODULE: ./src/schema/compare.ts












async function readSource(source, settings, tunnel) {
    if (source.kind === 'file') {
        if (settings.workspace)
            return readThroughWorkspace(source, settings);
        return { raw: await readSqlFile(source.path, source.label), queries: 0 };
    }
    if (tunnel) {
        // the database listens only on the server: a tunnel through the same SSH connection ssh-deploy uses
        const { SshConnection } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(680)]).then(__webpack_require__.bind(__webpack_require__, 4680));
        const ssh = await SshConnection.open(tunnel.targets[0], tunnel.connect);
        try {
            const stream = await ssh.forwardOut(source.url.hostname, Number(source.url.port || 3306));
            const label = `${source.label} via ${ssh.label}`;
            const connection = await connect({ url: source.url, timeout: settings.timeout, label, stream });
            try {
                return await introspect(connection, source.database, label, settings.timeout);
            }
            catch (error) {
                if (error.kind)
                    throw error;
                throw connectionError(error, label);
            }
            finally {
                await connection.end().catch(() => connection.destroy());
            }
        }
        finally {
            ssh.close();
        }
    }
    const connection = await connect({ url: source.url, timeout: settings.timeout, label: source.label });
    try {
        return await introspect(connection, source.database, source.label, settings.timeout);
    }
    catch (error) {
        if (error.kind)
            throw error;
        throw connectionError(error, source.label);
    }
    finally {
        await connection.end().catch(() => connection.destroy());
    }
}
/**
 * Like Skeema's workspace: the .sql file is loaded into a new, uniquely named database on the workspace
 * server, introspected exactly as a live schema, and dropped whatever happens. An existing database is never
 * touched: CREATE DATABASE without IF NOT EXISTS fails rather than reuse one.
 */
async function readThroughWorkspace(source, settings) {
    const name = `shipcheck_ws_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const workspace = parseSchemaSource(settings.workspace.replace(/\/*$/, `/${name}`), settings.root, 'workspace');
    if (workspace.kind !== 'database')
        throw new Error('workspace must be a mysql:// URL');
    const serverUrl = new URL(workspace.url.href);
    serverUrl.pathname = '/';
    const serverLabel = workspace.label.replace(/\/[^/]*$/, '');
    const connection = await connect({ url: serverUrl, timeout: settings.timeout, label: serverLabel });
    let created = false;
    try {
        await connection.query({
            sql: `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
            timeout: settings.timeout * 1000,
        });
        created = true;
        await connection.query(`USE \`${name}\``);
        for (const statement of splitStatements((0,external_node_fs_.readFileSync)(source.path, 'utf8'))) {
            try {
                await connection.query({ sql: statement.text, timeout: settings.timeout * 1000 });
            }
            catch (error) {
                throw new errors/* ShipcheckError */.b('input', `the workspace server rejected this statement: ${error.message}`, {
                    where: `${source.label}:${statement.line}`,
                    fix: 'fix the statement, or compare without workspace to parse the file offline',
                });
            }
        }
        const { raw, queries } = await introspect(connection, name, source.label, settings.timeout);
        return { raw: { ...raw, label: source.label }, queries };
    }
    catch (error) {
        if (error instanceof errors/* ShipcheckError */.b)
            throw error;
        throw connectionError(error, serverLabel);
    }
    finally {
        if (created)
            await connection.query(`DROP DATABASE \`${name}\``).catch(() => undefined);
        await connection.end().catch(() => connection.destroy());
    }
}
async function compareSchemas(settings) {
    const referenceSource = parseSchemaSource(settings.reference, settings.root, 'reference');
    const targetSource = parseSchemaSource(settings.target, settings.root, 'target');
    if (settings.targetViaSsh && targetSource.kind !== 'database') {
        throw new errors/* ShipcheckError */.b('input', 'target-via-ssh needs a mysql:// target: the database to reach from the server', {
            fix: 'write the target as the server sees it, e.g. mysql://readonly:***@127.0.0.1:3306/app',
        });
    }
    const via = settings.targetViaSsh?.targets[0];
    const targetLabel = via
        ? `${targetSource.label} via ${via.user}@${via.host}${via.port === 22 ? '' : `:${via.port}`}`
        : targetSource.label;
    // both sides in parallel: a slow production link does not wait for the reference
    const [reference, target] = await Promise.all([
        readSource(referenceSource, settings),
        readSource(targetSource, settings, settings.targetViaSsh),
    ]);
    const referenceSchema = normaliseSchema(reference.raw);
    const targetSchema = normaliseSchema(target.raw);
    const locate = (table) => {
        for (const [schema, source] of [
            [targetSchema, targetSource],
            [referenceSchema, referenceSource],
        ]) {
            const line = schema.tables.get(table)?.line;
            if (source.kind === 'file' && line)
                return { file: toProjectPath(settings.root, source.path), line };
        }
        return {};
    };
    const diff = diffSchemas(referenceSchema, targetSchema, {
        ignore: settings.ignore,
        locate,
        targetLabel: targetSource.label,
        database: target.raw.database ?? reference.raw.database,
    });
    // Alembic: the history in the repository against what the target recorded
    const versionsDir = settings.migrations === '' ? undefined : findVersionsDir(settings.root, settings.migrations);
    let migrations;
    if (versionsDir) {
        const history = readRevisions(settings.root, versionsDir);
        diff.findings.push(...history.findings, ...checkMigrationHistory(history.revisions, target.raw.alembicVersions, targetSource.label));
        migrations = { revisions: history.revisions.length, applied: target.raw.alembicVersions };
    }
    // accepted drift: left out of the findings (the fix SQL still covers it), counted in the report
    let baselined;
    if (settings.baseline) {
        const result = applyBaseline(diff.findings, readBaseline(settings.root, settings.baseline));
        diff.findings = result.kept;
        baselined = {
            accepted: result.accepted.length,
            unused: result.unused.map(({ rule, match }) => ({ rule, match })),
        };
    }
    const sql = fixSql(diff.changes, {
        reference: referenceSource.label,
        target: targetLabel,
        allowDestructive: settings.allowDestructive,
        tables: referenceSchema.tables,
        databases: [reference.raw.database, target.raw.database],
    });
    let fixSqlFile;
    if (settings.fixSql) {
        fixSqlFile = external_node_path_default().resolve(settings.root, settings.fixSql);
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(fixSqlFile), { recursive: true });
        (0,external_node_fs_.writeFileSync)(fixSqlFile, sql);
    }
    return {
        findings: diff.findings,
        fixSql: sql,
        data: {
            reference: referenceSource.label,
            target: targetLabel,
            referenceFlavor: reference.raw.flavor,
            targetFlavor: target.raw.flavor,
            tables: { reference: referenceSchema.tables.size, target: targetSchema.tables.size },
            queries: { reference: reference.queries, target: target.queries },
            normalisations: [
                ...referenceSchema.normalisations.map((n) => ({ ...n, where: `reference ${n.where}` })),
                ...targetSchema.normalisations.map((n) => ({ ...n, where: `target ${n.where}` })),
            ],
            fixSqlFile,
            migrations,
            baselined,
        },
    };
}
function toProjectPath(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
}


/***/ }),

/***/ 9882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ SCHEMA_COMPARE_KEYS),
/* harmony export */   a: () => (/* binding */ schemaCompareSettings)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3750);
/* harmony import */ var _ssh_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2313);



const SCHEMA_COMPARE_KEYS = [
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
    ..._ssh_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .SSH_LOGIN_KEYS */ .Yp,
];
function schemaCompareSettings(root, section = {}, overrides = {}, ssh = {}) {
    const value = (key) => overrides[key] ?? section[key];
    const required = (key) => {
        const raw = value(key);
        if (typeof raw !== 'string' || raw.trim() === '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `${key} is required: a .sql file or a mysql:// URL`, {
                fix: `set schema-compare.${key} in shipcheck.yml, the ${key} input, or --${key}`,
            });
        }
        return raw;
    };
    const timeout = Number(value('timeout') ?? 15);
    if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `timeout must be a number of seconds between 1 and 600, found '${String(value('timeout'))}'`);
    }
    return {
        root,
        reference: required('reference'),
        target: required('target'),
        ignore: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn)(value('ignore'), 'ignore') ?? [],
        fixSql: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('fix-sql'), 'fix-sql') || undefined,
        allowDestructive: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(value('allow-destructive'), 'allow-destructive', false),
        timeout,
        // '' is meaningful here: it turns the history check off
        migrations: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('migrations'), 'migrations'),
        baseline: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('baseline'), 'baseline') || undefined,
        workspace: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('workspace'), 'workspace') || undefined,
        targetViaSsh: tunnelSettings(root, value, ssh),
    };
}
function tunnelSettings(root, value, ssh) {
    const host = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('target-via-ssh'), 'target-via-ssh');
    if (!host)
        return undefined;
    const defaults = ssh.defaults ?? {};
    const own = Object.fromEntries(_ssh_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .SSH_LOGIN_KEYS */ .Yp.map((key) => [key, value(key) ?? defaults[key]]));
    return (0,_ssh_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .sshSettings */ .OA)(root, {}, { ...own, host }, ssh.secrets ?? {});
}


/***/ }),

/***/ 2979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hj: () => (/* binding */ verifyHostKey),
/* harmony export */   Tr: () => (/* binding */ parseFingerprints),
/* harmony export */   a2: () => (/* binding */ describeRefusal),
/* harmony export */   jc: () => (/* binding */ KnownHostsError),
/* harmony export */   on: () => (/* binding */ knownHostsName),
/* harmony export */   uJ: () => (/* binding */ parseKnownHosts)
/* harmony export */ });
/* unused harmony exports fingerprintOf, blobKeyType, entryMatches */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Host keys, failing closed: OpenSSH known_hosts lines (plain and hashed `|1|salt|hash` host names,
 * `[host]:port`, comma lists, `*`/`?` wildcards and `!` negation, `@revoked`) or `SHA256:` fingerprints.
 * Nothing here touches the network; connection.ts asks `verify` about the key the server offered.
 */

const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;
/** Parses known_hosts text; a malformed line is an error naming the line (the input is the user's trust list). */
function parseKnownHosts(text, source = 'known-hosts') {
    const entries = [];
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    for (const [index, raw] of lines.entries()) {
        const trimmed = raw.trim();
        if (!trimmed || trimmed.startsWith('#'))
            continue;
        const fields = trimmed.split(/\s+/);
        let marker;
        if (fields[0]?.startsWith('@')) {
            const word = fields.shift();
            if (word !== '@revoked' && word !== '@cert-authority') {
                throw new KnownHostsError(`${source}:${index + 1}: unknown marker ${word} (expected @revoked or @cert-authority)`);
            }
            marker = word.slice(1);
        }
        const [hosts, keyType, base64] = fields;
        if (!hosts || !keyType || !base64) {
            throw new KnownHostsError(`${source}:${index + 1}: expected "HOSTS KEYTYPE BASE64-KEY", found ${JSON.stringify(trimmed.slice(0, 60))}`);
        }
        const key = Buffer.from(base64, 'base64');
        if (key.length < 16 || key.toString('base64').replace(/=+$/, '') !== base64.replace(/=+$/, '')) {
            throw new KnownHostsError(`${source}:${index + 1}: the key of ${keyType} is not valid base64`);
        }
        if (blobKeyType(key) !== keyType) {
            throw new KnownHostsError(`${source}:${index + 1}: the line says ${keyType} but the key inside is ${blobKeyType(key) ?? 'unreadable'}`);
        }
        entries.push({ line: index + 1, marker, patterns: hosts.split(','), keyType, key });
    }
    return entries;
}
class KnownHostsError extends Error {
}
/** Validates `SHA256:...` fingerprints (as ssh-keygen -lf prints them); throws naming the bad one. */
function parseFingerprints(values) {
    return values.map((value) => {
        const trimmed = value.trim().replace(/=+$/, '');
        if (!FINGERPRINT.test(trimmed)) {
            throw new KnownHostsError(`host-key-fingerprint must look like SHA256:<43 base64 characters> (ssh-keygen -lf KEY prints it), found '${value.slice(0, 60)}'`);
        }
        return trimmed;
    });
}
function fingerprintOf(key) {
    return `SHA256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}
/** The algorithm name inside an SSH public key blob (its first string). */
function blobKeyType(key) {
    if (key.length < 4)
        return undefined;
    const length = key.readUInt32BE(0);
    if (length === 0 || length > 64 || 4 + length > key.length)
        return undefined;
    return key.subarray(4, 4 + length).toString('latin1');
}
/** `host` for port 22, else `[host]:port`: how known_hosts names a host. */
function knownHostsName(host, port) {
    return port === 22 ? host : `[${host}]:${port}`;
}
function wildcard(pattern, name) {
    const regex = new RegExp(`^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`, 'i');
    return regex.test(name);
}
function hashedMatches(pattern, name) {
    const [, kind, salt, hash] = pattern.split('|');
    if (kind !== '1' || !salt || !hash)
        return false;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
    return digest === hash;
}
/** Does this entry's host list name the host (a negated pattern that matches excludes the line)? */
function entryMatches(entry, host, port) {
    const name = knownHostsName(host, port);
    let matched = false;
    for (const pattern of entry.patterns) {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        const hit = body.startsWith('|') ? hashedMatches(body, name) : wildcard(body, name);
        if (hit && negated)
            return false;
        if (hit)
            matched = true;
    }
    return matched;
}
/** The verdict on the key a server offered, with everything an error message needs. */
function verifyHostKey(policy, host, port, key) {
    const keyType = blobKeyType(key) ?? 'unknown';
    const offered = {
        keyType,
        fingerprint: fingerprintOf(key),
        knownHostsLine: `${knownHostsName(host, port)} ${keyType} ${key.toString('base64')}`,
    };
    const entries = (policy.knownHosts ?? []).filter((entry) => entryMatches(entry, host, port));
    if (entries.some((entry) => entry.marker === 'revoked' && entry.key.equals(key))) {
        return { ok: false, reason: 'revoked', offered, expected: [] };
    }
    const trusted = entries.filter((entry) => entry.marker === undefined);
    if (trusted.some((entry) => entry.key.equals(key)))
        return { ok: true, how: 'known-hosts', offered };
    if ((policy.fingerprints ?? []).includes(offered.fingerprint))
        return { ok: true, how: 'fingerprint', offered };
    if (policy.skipVerification)
        return { ok: true, how: 'skipped', offered };
    const expected = [
        ...trusted.map((entry) => `${entry.keyType} ${fingerprintOf(entry.key)} (known-hosts line ${entry.line})`),
        ...(policy.fingerprints ?? []),
    ];
    return { ok: false, reason: expected.length > 0 ? 'mismatch' : 'unknown', offered, expected };
}
/** The one-paragraph message for a refused host key: what was offered, what was expected, how to fix it. */
function describeRefusal(verdict, host, port) {
    const where = knownHostsName(host, port);
    const offered = `${where} offered ${verdict.offered.keyType} ${verdict.offered.fingerprint}`;
    if (verdict.reason === 'revoked')
        return `${offered}, which known-hosts marks @revoked: refusing to connect`;
    if (verdict.reason === 'mismatch') {
        return (`host key mismatch: ${offered}, but ${verdict.expected.join(', ')} was expected. Either the server was ` +
            're-installed (then update known-hosts) or someone is in the middle: do not skip verification. ' +
            `If the new key is right, its known_hosts line is:\n${verdict.offered.knownHostsLine}`);
    }
    return (`unknown host: ${offered}, and neither known-hosts nor host-key-fingerprint names a key for it. ` +
        `Check the fingerprint on the server (ssh-keygen -lf /etc/ssh/ssh_host_${verdict.offered.keyType.replace(/^ssh-/, '').replace(/^ecdsa-sha2-nistp\d+$/, 'ecdsa')}_key.pub), ` +
        `then add this line to known-hosts:\n${verdict.offered.knownHostsLine}`);
}


/***/ }),

/***/ 2313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ sshSecretsFromEnv),
/* harmony export */   OA: () => (/* binding */ sshSettings),
/* harmony export */   RH: () => (/* binding */ SSH_CONNECTION_KEYS),
/* harmony export */   Yp: () => (/* binding */ SSH_LOGIN_KEYS)
/* harmony export */ });
/* unused harmony exports SSH_SECRET_INPUTS, parseHostSpec */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8198);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3750);
/* harmony import */ var _known_hosts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2979);
/**
 * The connection vocabulary of every command that reaches a server (ssh-deploy, rollback, releases, and
 * later post-deploy-verify and schema-compare's tunnel): the same input names in action.yml, CLI flags and
 * shipcheck.yml. The key, its passphrase and a password are secrets: action inputs `ssh-key`,
 * `ssh-passphrase`, `ssh-password`; in the CLI `--key-file` or the environment (SHIPCHECK_SSH_KEY, ...),
 * never a flag (a command line is visible to every user of the machine).
 */






/** how to log in and whom to trust, whatever the server: also schema-compare's tunnel (its host is target-via-ssh) */
const SSH_LOGIN_KEYS = [
    'port',
    'user',
    'key-file',
    'known-hosts',
    'host-key-fingerprint',
    'skip-host-key-verification',
    'jump-host',
    'connect-timeout',
];
const SSH_CONNECTION_KEYS = ['host', 'hosts', ...SSH_LOGIN_KEYS];
/** action inputs that are secrets; the CLI reads them from the environment variable beside each */
const SSH_SECRET_INPUTS = {
    'ssh-key': 'SHIPCHECK_SSH_KEY',
    'ssh-passphrase': 'SHIPCHECK_SSH_PASSPHRASE',
    'ssh-password': 'SHIPCHECK_SSH_PASSWORD',
};
/** The CLI's secrets: from the environment variables beside SSH_SECRET_INPUTS, never from flags. */
function sshSecretsFromEnv(env = process.env) {
    return {
        key: env[SSH_SECRET_INPUTS['ssh-key']],
        passphrase: env[SSH_SECRET_INPUTS['ssh-passphrase']],
        password: env[SSH_SECRET_INPUTS['ssh-password']],
    };
}
const HOST_SPEC = /^(?:([A-Za-z0-9._-]+)@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/;
const CONNECTION_HOST_KEYS = new Set([
    'host',
    'user',
    'port',
    'key-file',
    'known-hosts',
    'host-key-fingerprint',
]);
/** `[user@]host[:port]`, strictly: a host name never reaches a shell, but it must still be a host name. */
function parseHostSpec(value, key) {
    const match = HOST_SPEC.exec(value.trim());
    if (!match) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key} must be [user@]host[:port], found '${value}'`, {
            fix: 'write deploy@203.0.113.7, app.example.com:2222 or a plain host name',
        });
    }
    const port = match[3] === undefined ? undefined : Number(match[3]);
    if (port !== undefined && (port < 1 || port > 65535)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key}: port must be 1-65535, found ${port}`);
    }
    return { user: match[1], host: match[2].replace(/^\[|\]$/g, ''), port };
}
function portValue(raw, key) {
    if (raw === undefined || raw === null || raw === '')
        return undefined;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key} must be a port number 1-65535, found '${String(raw)}'`);
    }
    return port;
}
/** known_hosts text, or a file holding it (a path that exists; relative to the project). */
function readKnownHosts(raw, root, key) {
    const trimmed = raw.trim();
    if (!trimmed.includes('\n') && !/\s/.test(trimmed)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, trimmed);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key}: no file ${file}, and the value is not a known_hosts line`, {
                fix: 'give the known_hosts text (ssh-keyscan -H host, checked out of band) or a file that holds it',
            });
        }
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    return raw;
}
function readKeyFile(file, root, key) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(resolved, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key}: cannot read ${resolved}: ${error.code ?? String(error)}`, { fix: 'give the path of the private key file (or the key itself in the ssh-key secret)' });
    }
}
function sshSettings(root, section = {}, overrides = {}, secrets = {}) {
    const value = (key) => overrides[key] ?? section[key];
    const keyText = secrets.key || undefined;
    (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(secrets.passphrase);
    (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(secrets.password);
    const defaultKeyFile = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(value('key-file'), 'key-file');
    const defaultUser = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(value('user'), 'user');
    const defaultPort = portValue(value('port'), 'port') ?? 22;
    const knownHostsRaw = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(value('known-hosts'), 'known-hosts');
    const fingerprintsRaw = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)(value('host-key-fingerprint'), 'host-key-fingerprint');
    const skip = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(value('skip-host-key-verification'), 'skip-host-key-verification', false);
    const specs = [];
    const single = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(value('host'), 'host');
    if (single)
        specs.push(parseHostSpec(single, 'host'));
    const hostsRaw = value('hosts');
    if (Array.isArray(hostsRaw)) {
        hostsRaw.forEach((item, index) => {
            const key = `hosts[${index}]`;
            if (typeof item === 'string')
                specs.push(parseHostSpec(item, key));
            else if (item && typeof item === 'object') {
                const entry = item;
                const spec = parseHostSpec(String(entry.host ?? ''), `${key}.host`);
                specs.push({
                    ...spec,
                    user: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(entry.user, `${key}.user`) ?? spec.user,
                    port: portValue(entry.port, `${key}.port`) ?? spec.port,
                    keyFile: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(entry['key-file'], `${key}.key-file`),
                    knownHosts: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(entry['known-hosts'], `${key}.known-hosts`),
                    fingerprints: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)(entry['host-key-fingerprint'], `${key}.host-key-fingerprint`),
                    extra: Object.fromEntries(Object.entries(entry).filter(([name]) => !CONNECTION_HOST_KEYS.has(name))),
                });
            }
            else
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key} must be a host string or an object with host`);
        });
    }
    else {
        for (const item of (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)(hostsRaw, 'hosts') ?? [])
            specs.push(parseHostSpec(item, 'hosts'));
    }
    if (specs.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', 'no server to connect to: host (or hosts) is empty', {
            fix: 'set host (input, --host or shipcheck.yml ssh-deploy.host), e.g. deploy@203.0.113.7',
        });
    }
    const policyFor = (spec, where) => {
        const text = spec.knownHosts ?? knownHostsRaw;
        const fingerprints = spec.fingerprints ?? fingerprintsRaw;
        try {
            const policy = {
                knownHosts: text
                    ? (0,_known_hosts_js__WEBPACK_IMPORTED_MODULE_5__/* .parseKnownHosts */ .uJ)(readKnownHosts(text, root, 'known-hosts'), 'known-hosts')
                    : undefined,
                fingerprints: fingerprints ? (0,_known_hosts_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFingerprints */ .Tr)(fingerprints) : undefined,
                skipVerification: skip,
            };
            if (!policy.knownHosts?.length && !policy.fingerprints?.length && !skip) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `no host key to check ${where} against`, {
                    fix: 'set known-hosts (the output of `ssh-keyscan HOST`, verified out of band) or host-key-fingerprint (SHA256:...); ' +
                        'skip-host-key-verification: true exists but lets anyone in the middle read the deploy',
                });
            }
            return policy;
        }
        catch (error) {
            if (error instanceof _known_hosts_js__WEBPACK_IMPORTED_MODULE_5__/* .KnownHostsError */ .jc)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', error.message);
            throw error;
        }
    };
    const targets = specs.map((spec) => {
        const where = `${spec.host}${spec.port ? `:${spec.port}` : ''}`;
        const user = spec.user ?? defaultUser;
        if (!user) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `no user for ${where}`, {
                fix: 'set user (or write the host as user@host)',
            });
        }
        const keyFile = spec.keyFile ?? defaultKeyFile;
        const privateKey = spec.keyFile
            ? readKeyFile(spec.keyFile, root, 'key-file')
            : (keyText ?? (keyFile ? readKeyFile(keyFile, root, 'key-file') : undefined));
        if (!privateKey && !secrets.password) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `no private key for ${user}@${where}`, {
                fix: 'set the ssh-key secret input (CLI: --key-file F or SHIPCHECK_SSH_KEY)',
            });
        }
        return {
            host: spec.host,
            port: spec.port ?? defaultPort,
            user,
            privateKey,
            passphrase: secrets.passphrase || undefined,
            password: privateKey ? undefined : secrets.password,
            hostKeys: policyFor(spec, where),
        };
    });
    const jumpRaw = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(value('jump-host'), 'jump-host');
    let jump;
    if (jumpRaw) {
        const spec = parseHostSpec(jumpRaw, 'jump-host');
        jump = {
            ...targets[0],
            host: spec.host,
            port: spec.port ?? 22,
            user: spec.user ?? targets[0].user,
            hostKeys: policyFor(spec, `jump-host ${spec.host}`),
        };
    }
    const timeout = value('connect-timeout');
    const seconds = timeout === undefined || timeout === '' ? 20 : Number(timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `connect-timeout must be seconds > 0, found '${String(timeout)}'`);
    }
    return {
        targets,
        hostExtras: specs.map((spec) => spec.extra ?? {}),
        connect: { connectTimeout: seconds * 1000, jump },
    };
}


/***/ })

};
