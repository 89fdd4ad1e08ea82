import { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { createReport } from '../../report/report.js';
import { compareSchemas } from '../../schema/compare.js';
import {
  schemaCompareSettings,
  SCHEMA_COMPARE_KEYS,
  type SchemaCompareInput,
} from '../../schema/settings.js';
import { addGlobalOptions, flagsAsInputs, type GlobalOptions } from '../options.js';
import { emitReport } from '../output.js';
import { terminalSteps } from '../progress.js';

export function schemaCompareCommand(): Command {
  const command = new Command('schema-compare')
    .summary('catch production schema drift before it becomes "Unknown column", and write the fix')
    .description(
      'Compares the schema the code expects (--reference) with a target (--target): each a .sql file ' +
        '(mysqldump --no-data) or mysql://user:password@host:port/database (read-only information_schema queries). ' +
        'Equivalent MySQL/MariaDB spellings are not drift. Rules: docs/rules.md.',
    )
    .argument('[dir]', 'project directory (paths are relative to it)', '.')
    .option('--reference <src>', 'the schema the code expects: a .sql file or a mysql:// URL')
    .option(
      '--target <src>',
      'the schema to check: a .sql file or a mysql:// URL (use $PROD_DATABASE_URL, not a literal password)',
    )
    .option(
      '--ignore <patterns>',
      'comma-separated table or table.column patterns (* wildcards) not compared',
    )
    .option('--fix-sql <file>', 'write ALTER statements that make the target match the reference')
    .option('--allow-destructive', 'write DROP and narrowing statements live instead of commented out')
    .option('--timeout <seconds>', 'for connecting and for each query (default: 15)')
    .option(
      '--migrations <dir>',
      "Alembic versions folder (default: migrations/versions when present; '' skips)",
    )
    .option(
      '--workspace <url>',
      'mysql://user:password@host:port: load .sql sources into a throwaway database there, introspect, drop',
    )
    .option(
      '--baseline <file>',
      'YAML list of accepted drift ({ rule, match, reason }) left out of the findings',
    );
  addGlobalOptions(command);
  command.action(async (dir: string, options: GlobalOptions) => {
    const { root, config } = loadConfig(dir, options.config);
    const overrides: SchemaCompareInput = flagsAsInputs(SCHEMA_COMPARE_KEYS, options);
    const settings = schemaCompareSettings(
      root,
      (config['schema-compare'] ?? {}) as SchemaCompareInput,
      overrides,
    );
    const result = await terminalSteps(process.stderr, options.quiet).run('schema-compare', () =>
      compareSchemas(settings),
    );
    const report = createReport({
      command: 'schema-compare',
      findings: result.findings,
      failOn: resolveFailOn(options.failOn, config['fail-on']),
      data: result.data,
    });
    command.setOptionValue('exitCode', emitReport(report, options));
  });
  return command;
}
