import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../report/types.js';
import { diffSchemas } from './diff.js';
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
  const sql = fixSql(diff.changes, {
    reference: referenceSource.label,
    target: targetSource.label,
    allowDestructive: settings.allowDestructive,
    tables: referenceSchema.tables,
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
    },
  };
}

function toProjectPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
