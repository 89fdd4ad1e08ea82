import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../report/types.js';
import { applyBaseline, readBaseline } from './baseline.js';
import { diffSchemas } from './diff.js';
import { checkMigrationHistory, findVersionsDir, readRevisions } from './migrations.js';
import { fixSql } from './fix-sql.js';
import { connect, connectionError, introspect } from './introspect.js';
import type { Normalisation, RawSchema, Schema } from './model.js';
import { normaliseSchema } from './normalize.js';
import type { SchemaCompareSettings } from './settings.js';
import { parseSchemaSource, type SchemaSource } from './source.js';
import { readSqlFile } from './sql-file.js';

export interface SchemaCompareResult {
  findings: Finding[];
  fixSql: string;
  data: {
    reference: string;
    target: string;
    referenceFlavor: string;
    targetFlavor: string;
    tables: { reference: number; target: number };
    /** information_schema queries per live side: constant, whatever the number of tables */
    queries: Record<string, number>;
    normalisations: Normalisation[];
    /** the Alembic history read, and the revisions the target records (live targets) */
    migrations?: { revisions: number; applied?: string[] };
    /** findings left out by the baseline, and baseline entries that matched nothing (drift that is gone) */
    baselined?: { accepted: number; unused: Array<{ rule: string; match: string }> };
    fixSqlFile?: string;
  };
}

async function readSource(
  source: SchemaSource,
  timeout: number,
): Promise<{ raw: RawSchema; queries: number }> {
  if (source.kind === 'file') return { raw: readSqlFile(source.path, source.label), queries: 0 };
  const connection = await connect({ url: source.url, timeout, label: source.label });
  try {
    return await introspect(connection, source.database, source.label, timeout);
  } catch (error) {
    if ((error as { kind?: string }).kind) throw error;
    throw connectionError(error, source.label);
  } finally {
    await connection.end().catch(() => connection.destroy());
  }
}

export async function compareSchemas(settings: SchemaCompareSettings): Promise<SchemaCompareResult> {
  const referenceSource = parseSchemaSource(settings.reference, settings.root, 'reference');
  const targetSource = parseSchemaSource(settings.target, settings.root, 'target');
  // both sides in parallel: a slow production link does not wait for the reference
  const [reference, target] = await Promise.all([
    readSource(referenceSource, settings.timeout),
    readSource(targetSource, settings.timeout),
  ]);
  const referenceSchema = normaliseSchema(reference.raw);
  const targetSchema = normaliseSchema(target.raw);

  const locate = (table: string) => {
    for (const [schema, source] of [
      [targetSchema, targetSource],
      [referenceSchema, referenceSource],
    ] as Array<[Schema, SchemaSource]>) {
      const line = schema.tables.get(table)?.line;
      if (source.kind === 'file' && line) return { file: toProjectPath(settings.root, source.path), line };
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
  const versionsDir =
    settings.migrations === '' ? undefined : findVersionsDir(settings.root, settings.migrations);
  let migrations: { revisions: number; applied?: string[] } | undefined;
  if (versionsDir) {
    const history = readRevisions(settings.root, versionsDir);
    diff.findings.push(
      ...history.findings,
      ...checkMigrationHistory(history.revisions, target.raw.alembicVersions, targetSource.label),
    );
    migrations = { revisions: history.revisions.length, applied: target.raw.alembicVersions };
  }
  // accepted drift: left out of the findings (the fix SQL still covers it), counted in the report
  let baselined: { accepted: number; unused: Array<{ rule: string; match: string }> } | undefined;
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
    target: targetSource.label,
    allowDestructive: settings.allowDestructive,
    tables: referenceSchema.tables,
    databases: [reference.raw.database, target.raw.database],
  });
  let fixSqlFile: string | undefined;
  if (settings.fixSql) {
    fixSqlFile = path.resolve(settings.root, settings.fixSql);
    mkdirSync(path.dirname(fixSqlFile), { recursive: true });
    writeFileSync(fixSqlFile, sql);
  }
  return {
    findings: diff.findings,
    fixSql: sql,
    data: {
      reference: referenceSource.label,
      target: targetSource.label,
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

function toProjectPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
