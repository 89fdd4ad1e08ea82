import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ShipcheckError } from '../core/errors.js';
import path from 'node:path';
import type { Finding } from '../report/types.js';
import { applyBaseline, readBaseline } from './baseline.js';
import { diffSchemas } from './diff.js';
import { checkMigrationHistory, findVersionsDir, readRevisions } from './migrations.js';
import { fixSql } from './fix-sql.js';
import { connect, connectionError, introspect } from './introspect.js';
import type { Normalisation, RawSchema, Schema } from './model.js';
import { normaliseSchema } from './normalize.js';
import type { SshSettings } from '../ssh/settings.js';
import type { SchemaCompareSettings } from './settings.js';
import { parseSchemaSource, type SchemaSource } from './source.js';
import { readSqlFile, splitStatements } from './sql-file.js';

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
  settings: SchemaCompareSettings,
  tunnel?: SshSettings,
): Promise<{ raw: RawSchema; queries: number }> {
  if (source.kind === 'file') {
    if (settings.workspace) return readThroughWorkspace(source, settings);
    return { raw: await readSqlFile(source.path, source.label), queries: 0 };
  }
  if (tunnel) {
    // the database listens only on the server: a tunnel through the same SSH connection ssh-deploy uses
    const { SshConnection } = await import('../ssh/connection.js');
    const ssh = await SshConnection.open(tunnel.targets[0]!, tunnel.connect);
    try {
      const stream = await ssh.forwardOut(source.url.hostname, Number(source.url.port || 3306));
      const label = `${source.label} via ${ssh.label}`;
      const connection = await connect({ url: source.url, timeout: settings.timeout, label, stream });
      try {
        return await introspect(connection, source.database, label, settings.timeout);
      } catch (error) {
        if ((error as { kind?: string }).kind) throw error;
        throw connectionError(error, label);
      } finally {
        await connection.end().catch(() => connection.destroy());
      }
    } finally {
      ssh.close();
    }
  }
  const connection = await connect({ url: source.url, timeout: settings.timeout, label: source.label });
  try {
    return await introspect(connection, source.database, source.label, settings.timeout);
  } catch (error) {
    if ((error as { kind?: string }).kind) throw error;
    throw connectionError(error, source.label);
  } finally {
    await connection.end().catch(() => connection.destroy());
  }
}

/**
 * Like Skeema's workspace: the .sql file is loaded into a new, uniquely named database on the workspace
 * server, introspected exactly as a live schema, and dropped whatever happens. An existing database is never
 * touched: CREATE DATABASE without IF NOT EXISTS fails rather than reuse one.
 */
async function readThroughWorkspace(
  source: Extract<SchemaSource, { kind: 'file' }>,
  settings: SchemaCompareSettings,
): Promise<{ raw: RawSchema; queries: number }> {
  const name = `shipcheck_ws_${randomBytes(6).toString('hex')}`;
  const workspace = parseSchemaSource(
    settings.workspace!.replace(/\/*$/, `/${name}`),
    settings.root,
    'workspace',
  );
  if (workspace.kind !== 'database') throw new Error('workspace must be a mysql:// URL');
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
    for (const statement of splitStatements(readFileSync(source.path, 'utf8'))) {
      try {
        await connection.query({ sql: statement.text, timeout: settings.timeout * 1000 });
      } catch (error) {
        throw new ShipcheckError(
          'input',
          `the workspace server rejected this statement: ${(error as Error).message}`,
          {
            where: `${source.label}:${statement.line}`,
            fix: 'fix the statement, or compare without workspace to parse the file offline',
          },
        );
      }
    }
    const { raw, queries } = await introspect(connection, name, source.label, settings.timeout);
    return { raw: { ...raw, label: source.label }, queries };
  } catch (error) {
    if (error instanceof ShipcheckError) throw error;
    throw connectionError(error, serverLabel);
  } finally {
    if (created) await connection.query(`DROP DATABASE \`${name}\``).catch(() => undefined);
    await connection.end().catch(() => connection.destroy());
  }
}

export async function compareSchemas(settings: SchemaCompareSettings): Promise<SchemaCompareResult> {
  const referenceSource = parseSchemaSource(settings.reference, settings.root, 'reference');
  const targetSource = parseSchemaSource(settings.target, settings.root, 'target');
  if (settings.targetViaSsh && targetSource.kind !== 'database') {
    throw new ShipcheckError(
      'input',
      'target-via-ssh needs a mysql:// target: the database to reach from the server',
      {
        fix: 'write the target as the server sees it, e.g. mysql://readonly:***@127.0.0.1:3306/app',
      },
    );
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
    target: targetLabel,
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

function toProjectPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
