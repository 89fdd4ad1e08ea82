import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/schema/compare.js';
import { connect, introspect } from '../../src/schema/introspect.js';
import { normaliseSchema } from '../../src/schema/normalize.js';
import { schemaCompareSettings } from '../../src/schema/settings.js';
import { rawFromSql } from '../../src/schema/sql-file.js';
import type { Finding } from '../../src/report/types.js';
import { execute, scratchDatabase, server } from '../helpers/mariadb.js';
import { runShipcheck } from '../helpers/run-cli.js';
import { startSshd } from '../setup/sshd.js';
import { REPO_ROOT, runActionBundle } from '../helpers/run-action.js';

const example = (name: string, file: string) =>
  readFileSync(path.join(REPO_ROOT, 'examples', name, 'schema', file), 'utf8');
const brief = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.severity}`).sort();
const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(drops.map((drop) => drop()));
});
async function database(sql: string) {
  const db = await scratchDatabase(sql);
  drops.push(db.drop);
  return db;
}
async function compare(reference: string, target: string, extra: Record<string, unknown> = {}) {
  return compareSchemas(schemaCompareSettings(REPO_ROOT, { reference, target, ...extra }));
}

describe('schema-compare on the bundled examples (.sql files, offline)', () => {
  it('finds every seeded drift of examples/broken with the right severity and the runtime error', async () => {
    const result = await runShipcheck(['schema-compare', 'examples/broken', '--format', 'json', '--quiet']);
    expect(result.exitCode, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Finding[] };
    expect(report.findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line}`).sort()).toEqual([
      'schema-enum-mismatch error schema/production.sql:15',
      'schema-missing-column error schema/production.sql:15',
      'schema-missing-column error schema/production.sql:28',
      'schema-type-mismatch error schema/production.sql:28',
      'schema-type-mismatch warning schema/production.sql:5',
    ]);
    const messages = report.findings.map((f) => f.message).join('\n');
    expect(messages).toContain(`Unknown column 'resumes.original_filename' in 'field list'`);
    expect(messages).toContain(`Unknown column 'jobs.responsibilities' in 'field list'`);
    expect(messages).toMatch(/differ only in case .* is not among the defined enum values/);
    expect(messages).toMatch(/jobs.projects is text in the target, json in the reference/);
  });

  it('reports nothing on examples/healthy, whose production dump is spelled the MariaDB way', async () => {
    const result = await runShipcheck(['schema-compare', 'examples/healthy', '--format', 'json', '--quiet']);
    expect(result.exitCode, result.stdout).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([]);
    const rules = new Set(report.data.normalisations.map((n: { rule: string }) => n.rule));
    for (const rule of [
      'integer-display-width',
      'mariadb-json-is-longtext',
      'implicit-default-null',
      'auto-increment-counter',
    ])
      expect(rules).toContain(rule);
  });

  it('runs as an action with the fix-sql output', async () => {
    const run = await runActionBundle('schema-compare', {
      inputs: { 'working-directory': 'examples/broken', 'fix-sql': '/tmp/shipcheck-action-fix.sql' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      passed: 'false',
      errors: '4',
      warnings: '1',
      'fix-sql': '/tmp/shipcheck-action-fix.sql',
    });
    expect(readFileSync('/tmp/shipcheck-action-fix.sql', 'utf8')).toContain(
      'ADD COLUMN `original_filename` varchar(255) NOT NULL AFTER `filename`',
    );
    expect(
      run.annotations.find((a) => a.properties.title === 'shipcheck schema-missing-column')?.properties,
    ).toMatchObject({ file: 'schema/production.sql' });
  });
});

describe('schema-compare against a real MariaDB', () => {
  it('reads the same model from a .sql file and from the database it creates', async () => {
    for (const [name, file] of [
      ['healthy', 'reference.sql'],
      ['broken', 'production.sql'],
    ] as const) {
      const sql = example(name, file);
      const db = await database(sql);
      const connection = await connect({ url: new URL(db.url), timeout: 10, label: db.name });
      const live = normaliseSchema((await introspect(connection, db.name, db.name, 10)).raw);
      await connection.end();
      const offline = normaliseSchema(await rawFromSql(sql, file));
      const shape = (s: typeof live) =>
        JSON.stringify(
          [...s.tables.values()]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map(({ line: _line, ...table }) => table),
        );
      expect(JSON.parse(shape(live))).toEqual(JSON.parse(shape(offline)));
    }
  });

  it('finds the same drift live as from the dumps, and never prints the password', async () => {
    const reference = await database(example('broken', 'reference.sql'));
    const production = await database(example('broken', 'production.sql'));
    const live = await compare(reference.url, production.url);
    const offline = await compare(
      'examples/broken/schema/reference.sql',
      'examples/broken/schema/production.sql',
    );
    expect(brief(live.findings)).toEqual(brief(offline.findings));
    expect(live.data.queries).toEqual({ reference: 10, target: 10 });
    const result = await runShipcheck([
      'schema-compare',
      '--reference',
      reference.url,
      '--target',
      production.url,
      '--format',
      'json',
      '--quiet',
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).not.toContain(server().password);
    expect(JSON.parse(result.stdout).data.target).toBe(
      `mysql://shipcheck@127.0.0.1:${server().port}/${production.name}`,
    );
  });

  it('reads a target that listens only on the server through an SSH tunnel (--target-via-ssh)', async () => {
    const [open, closed] = await Promise.all([
      startSshd('127.0.0.2'),
      startSshd('127.0.0.3', { allowTcpForwarding: false }),
    ]);
    try {
      const production = await database(example('broken', 'production.sql'));
      const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-tunnel-'));
      writeFileSync(path.join(dir, 'known_hosts'), `${open.knownHostsLine}\n${closed.knownHostsLine}\n`);
      const args = (via: typeof open) => [
        'schema-compare',
        '--reference',
        path.join(REPO_ROOT, 'examples/broken/schema/reference.sql'),
        '--target',
        production.url,
        '--target-via-ssh',
        `${via.user}@${via.host}:${via.port}`,
        '--known-hosts',
        path.join(dir, 'known_hosts'),
        '--format',
        'json',
        '--quiet',
      ];
      const env = { SHIPCHECK_SSH_KEY: open.privateKey };
      const tunnelled = await runShipcheck(args(open), { env });
      expect(tunnelled.exitCode, tunnelled.stderr).toBe(1);
      const report = JSON.parse(tunnelled.stdout) as { findings: Finding[]; data: { target: string } };
      const offline = await compare(
        'examples/broken/schema/reference.sql',
        'examples/broken/schema/production.sql',
      );
      expect(brief(report.findings)).toEqual(brief(offline.findings));
      expect(report.data.target).toBe(
        `mysql://shipcheck@127.0.0.1:${server().port}/${production.name} via ${open.user}@127.0.0.2:${open.port}`,
      );
      // the same command through a server that refuses forwarding: the tunnel was really used
      const refused = await runShipcheck(args(closed), { env: { SHIPCHECK_SSH_KEY: closed.privateKey } });
      expect(refused.exitCode).toBe(2);
      expect(refused.stderr).toMatch(/could not open a tunnel to 127\.0\.0\.1:\d+/);
      expect(refused.stderr).toMatch(/AllowTcpForwarding/);
      for (const output of [tunnelled.stdout, tunnelled.stderr, refused.stderr]) {
        expect(output).not.toContain(server().password);
        expect(output).not.toContain(open.privateKey.split('\n')[1]!);
      }
    } finally {
      await Promise.all([open.stop(), closed.stop()]);
    }
  });

  it('round trip: the fix SQL applied to the target leaves no errors', async () => {
    const reference = await database(example('broken', 'reference.sql'));
    const production = await database(example('broken', 'production.sql'));
    await execute(
      production.url,
      "INSERT INTO users (email, name) VALUES ('a@example.com', 'A'); INSERT INTO resumes (user_id, filename, status) VALUES (LAST_INSERT_ID(), 'x.pdf', 'PROCESSED'); INSERT INTO jobs (title, description, projects) VALUES ('dev', 'd', '[1,2]');",
    );
    const before = await compare(reference.url, production.url);
    expect(before.findings.some((f) => f.severity === 'error')).toBe(true);
    await execute(production.url, before.fixSql);
    const after = await compare(reference.url, production.url);
    expect(after.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(after.findings).toEqual([]);
  });

  it('issues a fixed number of queries, whatever the number of tables', async () => {
    const tables = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `CREATE TABLE t${i} (id int primary key, v varchar(20), KEY v (v));`,
      ).join('\n');
    const small = await database(tables(3));
    const large = await database(tables(60));
    const a = await compare(small.url, small.url);
    const b = await compare(large.url, large.url);
    expect(a.data.queries).toEqual(b.data.queries);
    expect(b.findings).toEqual([]);
  });

  it('fails with one clear line on connection problems, password masked', async () => {
    const wrong = `mysql://shipcheck:not-the-password-123@127.0.0.1:${server().port}/mysql`;
    const result = await runShipcheck([
      'schema-compare',
      '--quiet',
      '--reference',
      'examples/broken/schema/reference.sql',
      '--target',
      wrong,
    ]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^shipcheck: connection error: cannot read the schema from mysql:\/\/shipcheck@127.0.0.1:\d+\/mysql: Access denied/,
    );
    expect(result.stderr).not.toContain('not-the-password-123');
    const missing = await runShipcheck([
      'schema-compare',
      '--quiet',
      '--reference',
      'examples/broken/schema/reference.sql',
      '--target',
      `${server().url}/no_such_db_here`,
    ]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/Unknown database 'no_such_db_here' \(check the database name/);
    expect(missing.stderr).not.toContain(server().password);
  });

  it('property: a schema compared with itself has no differences, and fix SQL converges', async () => {
    const columnType = fc.constantFrom(
      'int',
      'bigint unsigned',
      'varchar(40)',
      'text',
      'json',
      "enum('a','b','C')",
      'decimal(10,2)',
      'datetime',
      'tinyint(1)',
    );
    const column = fc.record({ type: columnType, nullable: fc.boolean() });
    const table = fc.array(column, { minLength: 1, maxLength: 5 });
    const schema = fc.array(table, { minLength: 1, maxLength: 3 });
    const ddl = (tables: Array<Array<{ type: string; nullable: boolean }>>) =>
      tables
        .map(
          (cols, t) =>
            `CREATE TABLE tb${t} (id int NOT NULL AUTO_INCREMENT, ${cols.map((c, i) => `c${i} ${c.type} ${c.nullable ? 'NULL' : 'NOT NULL'}`).join(', ')}, PRIMARY KEY (id)) ENGINE=InnoDB;`,
        )
        .join('\n');
    await fc.assert(
      fc.asyncProperty(schema, schema, async (a, b) => {
        const first = await database(ddl(a));
        const second = await database(ddl(b));
        expect((await compare(first.url, first.url)).findings).toEqual([]);
        const before = await compare(first.url, second.url);
        await execute(
          second.url,
          (await compare(first.url, second.url, { 'allow-destructive': true })).fixSql,
        );
        const after = await compare(first.url, second.url);
        expect(
          after.findings.filter((f) => f.rule !== 'schema-column-order'),
          before.fixSql,
        ).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });
});

describe('no false positives between MySQL 8 and MariaDB', () => {
  it('the same schema written for MySQL 8 and dumped from MariaDB does not differ (files and live)', async () => {
    const mysql8 = 'test/fixtures/schema-pairs/mysql8.sql';
    const mariadbDump = 'test/fixtures/schema-pairs/mariadb.sql';
    expect((await compare(mysql8, mariadbDump)).findings).toEqual([]);
    expect((await compare(mariadbDump, mysql8)).findings).toEqual([]);
    // the MySQL 8 DDL loaded into MariaDB (which has no utf8mb4_0900_ai_ci: its default stands in), introspected
    // live: MariaDB's own information_schema spellings
    const live = await database(
      readFileSync(path.join(REPO_ROOT, mysql8), 'utf8').replace(/utf8mb4_0900_ai_ci/g, 'utf8mb4_general_ci'),
    );
    expect((await compare(mysql8, live.url)).findings).toEqual([]);
  });

  it('recorded MySQL 8 information_schema rows match the MariaDB-dumped production of examples/healthy', async () => {
    const { rawFromRows } = await import('../../src/schema/introspect.js');
    const { diffSchemas } = await import('../../src/schema/diff.js');
    const recorded = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'test/fixtures/mysql8/healthy-reference.json'), 'utf8'),
    ).rows;
    const mysql8 = normaliseSchema(rawFromRows('mysql', 'mysql8', 'app', recorded));
    const production = await database(example('healthy', 'production.sql'));
    const connection = await connect({ url: new URL(production.url), timeout: 10, label: production.name });
    const mariadb = normaliseSchema((await introspect(connection, production.name, production.name, 10)).raw);
    await connection.end();
    const diff = diffSchemas(mysql8, mariadb, { ignore: [], locate: () => ({}), targetLabel: 'mariadb' });
    // the databases' own defaults differ (0900_ai_ci vs the scratch database's unicode_ci): that is real drift
    expect(diff.findings.filter((f) => f.message.indexOf("database's default collation") < 0)).toEqual([]);
    expect(mysql8.normalisations.map((n) => n.rule)).toContain('charset-default-collation');
  });
});

describe('schema-compare and the Alembic history of a live target', () => {
  it('reports a target behind its migrations, reading alembic_version', async () => {
    const { makeProject } = await import('../helpers/project.js');
    const root = makeProject({
      'schema.sql': 'CREATE TABLE items (id int NOT NULL, PRIMARY KEY (id));',
      'migrations/versions/a1_init.py': '"""init"""\nrevision = \'a1\'\ndown_revision = None\n',
      'migrations/versions/b2_more.py': '"""add items.name"""\nrevision = \'b2\'\ndown_revision = \'a1\'\n',
    });
    const target = await database(
      "CREATE TABLE items (id int NOT NULL, PRIMARY KEY (id)); CREATE TABLE alembic_version (version_num varchar(32) NOT NULL, PRIMARY KEY (version_num)); INSERT INTO alembic_version VALUES ('a1');",
    );
    const result = await compareSchemas(
      schemaCompareSettings(root, {
        reference: 'schema.sql',
        target: target.url,
        ignore: ['alembic_version'],
      }),
    );
    expect(result.findings.map((f) => f.message)).toEqual([
      `mysql://shipcheck@127.0.0.1:${server().port}/${target.name} is 1 migration behind (at a1, head b2): b2 "add items.name"`,
    ]);
    expect(result.data.migrations).toEqual({ revisions: 2, applied: ['a1'] });
    expect(result.data.queries.target).toBe(11);
  });
});

describe('schema-compare baseline of accepted drift', () => {
  it('leaves accepted findings out, reports stale entries, and refuses entries without a reason', async () => {
    const { makeProject } = await import('../helpers/project.js');
    const root = makeProject({
      'ref.sql': 'CREATE TABLE users (id int NOT NULL, PRIMARY KEY (id));',
      'prod.sql':
        'CREATE TABLE users (id int NOT NULL, legacy_flag tinyint(1) DEFAULT NULL, PRIMARY KEY (id));',
      'baseline.yml':
        '- rule: schema-extra-column\n  match: users.legacy_flag\n  reason: kept until the June release cannot be rolled back to\n- rule: schema-extra-table\n  match: audit_log\n  reason: owned by the audit service\n',
      'bad.yml': '- rule: schema-extra-column\n  match: users.legacy_flag\n',
    });
    const without = await compareSchemas(
      schemaCompareSettings(root, { reference: 'ref.sql', target: 'prod.sql' }),
    );
    expect(brief(without.findings)).toEqual(['schema-extra-column warning']);
    const withBaseline = await compareSchemas(
      schemaCompareSettings(root, { reference: 'ref.sql', target: 'prod.sql', baseline: 'baseline.yml' }),
    );
    expect(withBaseline.findings).toEqual([]);
    expect(withBaseline.data.baselined).toEqual({
      accepted: 1,
      unused: [{ rule: 'schema-extra-table', match: 'audit_log' }],
    });
    await expect(
      compareSchemas(
        schemaCompareSettings(root, { reference: 'ref.sql', target: 'prod.sql', baseline: 'bad.yml' }),
      ),
    ).rejects.toThrow(/entry 1 needs rule, match and a reason/);
  });
});

describe('schema-compare views and triggers', () => {
  const schema = [
    'CREATE TABLE orders (id int NOT NULL AUTO_INCREMENT, total decimal(10,2) NOT NULL DEFAULT 0, total_cents int DEFAULT NULL, PRIMARY KEY (id));',
    'CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;',
    'CREATE TRIGGER orders_cents BEFORE INSERT ON orders FOR EACH ROW SET NEW.total_cents = NEW.total * 100;',
  ].join('\n');

  it('reads views and triggers from .sql files (also wrapped the way mariadb-dump writes them) and from a live server alike', async () => {
    const { makeProject } = await import('../helpers/project.js');
    const live = await database(schema);
    const dump = execFileSync('mariadb-dump', [
      '--no-defaults',
      `--socket=${server().socket}`,
      '-uroot',
      '--no-data',
      '--triggers',
      live.name,
    ]).toString();
    expect(dump).toMatch(/\/\*!50001 CREATE ALGORITHM/);
    const root = makeProject({ 'schema.sql': schema, 'dump.sql': dump });
    const settings = (reference: string, target: string) =>
      schemaCompareSettings(root, { reference, target });
    expect((await compareSchemas(settings('schema.sql', live.url))).findings).toEqual([]);
    expect((await compareSchemas(settings('dump.sql', live.url))).findings).toEqual([]);
    expect((await compareSchemas(settings('schema.sql', 'dump.sql'))).findings).toEqual([]);
  });

  it('reports a missing view and trigger, and the fix SQL restores them', async () => {
    const reference = await database(schema);
    const target = await database(schema.split('\n')[0]!);
    const before = await compare(reference.url, target.url);
    expect(brief(before.findings)).toEqual(['schema-trigger error', 'schema-view error']);
    expect(before.fixSql).toContain('CREATE OR REPLACE VIEW `big_orders` AS');
    // the statements run in the target's database, whatever the reference's was called
    expect(
      before.fixSql
        .split('\n')
        .filter((line) => !line.startsWith('--'))
        .join('\n'),
    ).not.toContain(reference.name);
    await execute(target.url, before.fixSql);
    expect((await compare(reference.url, target.url)).findings).toEqual([]);
  });
});

describe('schema-compare workspace (.sql loaded into a throwaway database)', () => {
  it('gives the same model as the offline parser, and leaves no database behind', async () => {
    const mysql = (await import('mysql2/promise')).default;
    const listDatabases = async () => {
      const c = await mysql.createConnection({
        host: server().host,
        port: server().port,
        user: server().user,
        password: server().password,
      });
      const [rows] =
        await c.query<Array<{ Database: string } & import('mysql2').RowDataPacket>>('SHOW DATABASES');
      await c.end();
      return rows.map((r) => r.Database).filter((d) => d.startsWith('shipcheck_ws_'));
    };
    for (const name of ['broken', 'healthy']) {
      const files = {
        reference: `examples/${name}/schema/reference.sql`,
        target: `examples/${name}/schema/production.sql`,
      };
      const offline = await compare(files.reference, files.target);
      const workspace = await compare(files.reference, files.target, { workspace: server().url });
      expect(brief(workspace.findings)).toEqual(brief(offline.findings));
      expect(workspace.fixSql.split('\n').slice(4)).toEqual(offline.fixSql.split('\n').slice(4));
      expect(workspace.data.queries).toEqual({ reference: 10, target: 10 });
    }
    expect(await listDatabases()).toEqual([]);
  });

  it('names the file and line of a statement the server rejects, and still drops the workspace', async () => {
    const { makeProject } = await import('../helpers/project.js');
    const root = makeProject({
      'bad.sql': 'CREATE TABLE a (id int);\n\nCREATE TABLE b (id int REFERENCES nowhere(x), y notatype);\n',
    });
    await expect(
      compareSchemas(
        schemaCompareSettings(root, { reference: 'bad.sql', target: 'bad.sql', workspace: server().url }),
      ),
    ).rejects.toThrow(/the workspace server rejected this statement/);
    try {
      await compareSchemas(
        schemaCompareSettings(root, { reference: 'bad.sql', target: 'bad.sql', workspace: server().url }),
      );
    } catch (error) {
      expect((error as { where?: string }).where).toBe('bad.sql:3');
    }
  });
});

describe('schema-compare row format and index visibility', () => {
  it('reports another ROW_FORMAT and an ignored index, from files and live', async () => {
    const { makeProject } = await import('../helpers/project.js');
    const root = makeProject({
      'ref.sql':
        'CREATE TABLE logs (id int NOT NULL, at datetime, PRIMARY KEY (id), KEY logs_at (at)) ENGINE=InnoDB;',
      'prod.sql':
        'CREATE TABLE logs (id int NOT NULL, at datetime, PRIMARY KEY (id), KEY logs_at (at) IGNORED) ENGINE=InnoDB ROW_FORMAT=COMPRESSED;',
    });
    const files = await compareSchemas(
      schemaCompareSettings(root, { reference: 'ref.sql', target: 'prod.sql' }),
    );
    const live = await database(readFileSync(path.join(root, 'prod.sql'), 'utf8'));
    const fromServer = await compareSchemas(
      schemaCompareSettings(root, { reference: 'ref.sql', target: live.url }),
    );
    for (const result of [files, fromServer]) {
      expect(result.findings.map((f) => f.message).sort()).toEqual([
        'index logs_at on logs is invisible (ignored) in the target: the optimizer does not use it and queries scan',
        'table logs has ROW_FORMAT COMPRESSED in the target, DYNAMIC in the reference: row size limits and index prefixes differ',
      ]);
    }
    // an unset row format is the server's DYNAMIC: no finding between a bare file and a live table
    const plain = await database(readFileSync(path.join(root, 'ref.sql'), 'utf8'));
    expect(
      (await compareSchemas(schemaCompareSettings(root, { reference: 'ref.sql', target: plain.url })))
        .findings,
    ).toEqual([]);
  });
});
