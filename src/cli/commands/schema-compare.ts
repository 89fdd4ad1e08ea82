import { Command } from 'commander';
import { addConnectionOptions, addGlobalOptions, type GlobalOptions } from '../options.js';

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
    )
    .option(
      '--target-via-ssh <[user@]host[:port]>',
      'reach the target database through an SSH tunnel from this server (the target URL as the server sees it)',
    );
  // the tunnel's connection, named as for ssh-deploy (its shipcheck.yml section gives the defaults)
  addConnectionOptions(command, { hosts: false });
  addGlobalOptions(command);
  command.action(async (dir: string, options: GlobalOptions) => {
    // the check's code loads only when it runs: --help and the other commands do not pay for it
    const { runSchemaCompare } = await import('../run/schema-compare.js');
    command.setOptionValue('exitCode', await runSchemaCompare(dir, options));
  });
  return command;
}
