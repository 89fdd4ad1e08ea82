// bench/schema-compare: two MariaDB databases of 1,000 tables (~20,000 columns, indexes, foreign keys) with a
// sprinkle of drift; the full compare (both introspections, diff, fix SQL) against (a) mysqldump --no-data of ONE
// of them and (b) the bare information_schema queries shipcheck issues, alone through the mysql client (the
// floor, one side). Targets: <= 0.1x one mysqldump, <= 5x the floor, the same query count at 10 and 1,000 tables.
// Repeated at 10,000 tables (BENCH_LARGE=0 skips it).
import { buildBenchBundle, runBenchBundle, machineLine, writeBenchmarkSection } from './lib.mjs';

const runBundle = buildBenchBundle('bench/schema-compare-run.ts', 'schema-compare-run');

const sizes = [10, 1000, ...(process.env.BENCH_LARGE === '0' ? [] : [10000])];
console.log(`creating and comparing databases of ${sizes.join(', ')} tables (10,000 takes minutes)...`);
const results = runBenchBundle(runBundle, sizes.map(String));

const constant = new Set(results.map((r) => JSON.stringify(r.queries))).size === 1;
const rows = results.map((r) => {
  const dumpRatio = r.compareMs / r.dumpMs;
  const floorRatio = r.compareMs / r.floorMs;
  const gated = r.tables === 1000;
  return { ...r, dumpRatio, floorRatio, ok: !gated || (dumpRatio <= 0.1 && floorRatio <= 5) };
});
const lines = [
  '## schema-compare on MariaDB (`npm run bench -- schema-compare`)',
  '',
  `Two databases per size with drift (case-changed ENUMs, narrowed columns, dropped columns); ${machineLine()}.`,
  "Full compare = both live introspections in parallel, normalisation, diff, fix SQL. Floor = shipcheck's information_schema queries for one side through the `mariadb` client.",
  'Targets (at 1,000 tables): <= 0.1x one `mariadb-dump --no-data`, <= 5x the floor; the query count does not grow with the tables.',
  '',
  '| tables | columns | full compare (ms) | mariadb-dump --no-data (ms) | compare / dump | floor (ms) | compare / floor | queries per side | findings (errors) | meets targets |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.tables} | ${r.columns} | ${r.compareMs.toFixed(0)} | ${r.dumpMs.toFixed(0)} | ${r.dumpRatio.toFixed(3)}x | ${r.floorMs.toFixed(0)} | ${r.floorRatio.toFixed(2)}x | ${r.queries.reference} | ${r.findings} (${r.errors}) | ${r.tables === 1000 ? (r.ok ? 'yes' : '**no**') : '(not gated)'} |`,
  ),
  '',
  `Query count constant across sizes: ${constant ? 'yes' : '**no**'}.`,
  '',
  ...rows
    .filter((r) => r.tables === 1000)
    .map((r) =>
      r.floorMs / r.dumpMs >= 0.1
        ? `At 1,000 tables the floor alone is ${(r.floorMs / r.dumpMs).toFixed(2)}x of one dump on this server (MariaDB answers information_schema ` +
          'slower than mariadb-dump walks SHOW CREATE TABLE), so no reader of information_schema can reach 0.1x here; ' +
          `shipcheck stays within ${r.floorRatio.toFixed(2)}x of that floor for both sides, diff and fix SQL together.`
        : `At 1,000 tables the floor alone (one side's queries through the client) is ${(r.floorMs / r.dumpMs).toFixed(2)}x of one dump on this ` +
          `server, so 0.1x leaves the compare ${((0.1 * r.dumpMs) / r.floorMs).toFixed(2)}x of the floor for both sides, diff and fix SQL; ` +
          `it takes ${r.floorRatio.toFixed(2)}x.`,
    ),
];
console.log(lines.join('\n'));
writeBenchmarkSection('schema-compare', lines.join('\n'));
if (!constant || rows.some((r) => !r.ok)) process.exitCode = 1;
