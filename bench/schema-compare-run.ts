// The timed part of bench/schema-compare: a private MariaDB, two databases of N tables with drift, then
// shipcheck's compare against mysqldump --no-data and the bare information_schema queries. Prints JSON.
import { execFileSync } from 'node:child_process';
import mysql from 'mysql2/promise';
import { compareSchemas } from '../src/schema/compare.js';
import { INTROSPECTION_QUERIES } from '../src/schema/introspect.js';
import { schemaCompareSettings } from '../src/schema/settings.js';
import { startMariaDb } from '../test/setup/mariadb.js';

const sizes = process.argv.slice(2).map(Number);
const { server, stop } = await startMariaDb();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = async (work: () => Promise<unknown> | unknown) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

function ddl(tables: number, drift: boolean): string {
  const out: string[] = ['SET foreign_key_checks = 0;'];
  for (let t = 0; t < tables; t++) {
    const columns = Array.from({ length: 18 }, (_, c) => {
      const kinds = [
        'int NOT NULL DEFAULT 0',
        'varchar(120) DEFAULT NULL',
        'text',
        "enum('new','done','failed') NOT NULL DEFAULT 'new'",
        'datetime NOT NULL DEFAULT CURRENT_TIMESTAMP',
        'decimal(10,2) DEFAULT NULL',
        'json DEFAULT NULL',
      ];
      let kind = kinds[(t + c) % kinds.length]!;
      if (drift && t % 50 === 7 && c === 3)
        kind = kind.startsWith('enum')
          ? "enum('NEW','DONE','FAILED') NOT NULL DEFAULT 'NEW'"
          : 'varchar(10) DEFAULT NULL';
      return `c${c} ${kind}`;
    });
    if (drift && t % 100 === 11) columns.pop();
    const parent =
      t > 0
        ? `, parent_id int DEFAULT NULL, KEY k_parent (parent_id), CONSTRAINT fk_t${t} FOREIGN KEY (parent_id) REFERENCES t${t - 1} (id)`
        : '';
    out.push(
      `CREATE TABLE t${t} (id int NOT NULL AUTO_INCREMENT, ${columns.join(', ')}, PRIMARY KEY (id), KEY k_c1 (c1)${parent}) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;`,
    );
  }
  return out.join('\n');
}

const results = [];
try {
  const admin = await mysql.createConnection({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
    multipleStatements: true,
  });
  for (const tables of sizes) {
    const names = [`bench_ref_${tables}`, `bench_prod_${tables}`];
    for (const [i, name] of names.entries()) {
      await admin.query(
        `DROP DATABASE IF EXISTS ${name}; CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; USE ${name};`,
      );
      const sql = ddl(tables, i === 1);
      for (let start = 0, chunk = sql.split('\n'); start < chunk.length; start += 200)
        await admin.query(chunk.slice(start, start + 200).join('\n'));
    }
    const settings = schemaCompareSettings('/', {
      reference: `${server.url}/${names[0]}`,
      target: `${server.url}/${names[1]}`,
      timeout: 600,
    });
    await compareSchemas(settings); // warm the server's table cache and the JIT
    const runs = tables >= 5000 ? 1 : 3;
    let last: Awaited<ReturnType<typeof compareSchemas>> | undefined;
    const compareTimes: number[] = [];
    for (let r = 0; r < runs; r++)
      compareTimes.push(await time(async () => (last = await compareSchemas(settings))));
    const dumpTimes: number[] = [];
    for (let r = 0; r < runs; r++) {
      dumpTimes.push(
        await time(() =>
          execFileSync(
            'mariadb-dump',
            [
              '--no-defaults',
              `--socket=${server.socket}`,
              '-uroot',
              '--no-data',
              '--skip-triggers',
              names[0]!,
            ],
            { maxBuffer: 1 << 30 },
          ),
        ),
      );
    }
    // the floor: shipcheck's own information_schema queries for one side, alone, through the mysql client
    const floorSql = Object.entries(INTROSPECTION_QUERIES)
      .filter(([name]) => name !== 'checksMySql')
      .map(([, q]) => `${q.replace('?', `'${names[1]}'`)};`)
      .join('\n');
    const floorTimes: number[] = [];
    for (let r = 0; r < runs; r++) {
      floorTimes.push(
        await time(() =>
          execFileSync(
            'mariadb',
            ['--no-defaults', `--socket=${server.socket}`, '-uroot', '-N', '-e', floorSql],
            { maxBuffer: 1 << 30 },
          ),
        ),
      );
    }
    const [[counts]] = (await admin.query(
      `SELECT COUNT(*) AS columns FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '${names[0]}'`,
    )) as unknown as [[{ columns: number }]];
    results.push({
      tables,
      columns: Number(counts.columns),
      compareMs: median(compareTimes),
      dumpMs: median(dumpTimes),
      floorMs: median(floorTimes),
      queries: last!.data.queries,
      findings: last!.findings.length,
      errors: last!.findings.filter((f) => f.severity === 'error').length,
    });
    await admin.query(`DROP DATABASE ${names[0]}; DROP DATABASE ${names[1]};`);
  }
  await admin.end();
} finally {
  await stop();
}
console.log(JSON.stringify(results));
