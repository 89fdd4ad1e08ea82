import { Command } from 'commander';
import { addConnectionOptions, addGlobalOptions, type GlobalOptions } from '../options.js';

function addDeployOptions(command: Command): Command {
  return command
    .option('--app-dir <dir>', 'the app folder on the server (absolute or ~/...)')
    .option('--repo <url>', 'git URL or path the server fetches from (action default: this repository)')
    .option(
      '--compose-file <files>',
      'comma-separated Compose files inside the release (default: docker-compose.yml)',
    )
    .option('--project-name <name>', 'fixed Compose project name (default: the app-dir folder name)')
    .option(
      '--shared-files <paths>',
      'comma-separated files/folders linked from shared/ into each release (default: .env)',
    )
    .option('--env <names>', 'comma-separated environment variables passed to the remote commands (masked)')
    .option(
      '--health-url <url>',
      'HTTP URL that must answer 2xx before the switch (a loopback URL is probed from the server)',
    )
    .option('--health-command <command>', 'command run in the release folder on the server; exit 0 = healthy')
    .option('--health-timeout <seconds>', 'deadline for the health gate (default: 120)')
    .option(
      '--command-timeout <seconds>',
      'deadline for each remote step; its process group is killed after (default: 1800)',
    )
    .option('--lock-timeout <seconds>', 'how long to wait for another deploy to finish (default: 600)')
    .option('--lock-stale-after <seconds>', 'a lock older than this is taken over (default: 3600)');
}

export function sshDeployCommand(): Command {
  const command = new Command('ssh-deploy')
    .summary('deploy the exact commit over SSH: locked, health-gated, rolled back automatically')
    .description(
      'Fetches exactly --ref into releases/<sha> on each server, links shared files, builds images tagged with the ' +
        'SHA, optionally backs up the database and migrates, starts the release with a fixed Compose project name, ' +
        'waits for it to be healthy, then switches `current` and records it in .shipcheck/releases.jsonl. A release ' +
        'that fails at or after `up` is replaced by the previous one. Docs: docs/ssh-deploy.md.',
    )
    .argument('[dir]', 'project directory (holds shipcheck.yml)', '.')
    .option('--ref <sha>', 'the full 40-character commit SHA to deploy (action default: GITHUB_SHA)');
  addConnectionOptions(command);
  addDeployOptions(command)
    .option(
      '--migrate-command <command>',
      'run in the new release before `up`, e.g. "docker-compose run --rm web flask db upgrade"',
    )
    .option(
      '--backup-database-url <url>',
      'mysql://user:password@host:port/db as the server sees it: mysqldump before migrating',
    )
    .option(
      '--backup-service <service>',
      'run mysqldump inside this Compose service (the db container) instead of on the host',
    )
    .option('--backup-keep <n>', 'database backups kept (default: 5)')
    .option(
      '--keep <n>',
      'releases kept on the server; the active one and the rollback target always stay (default: 5)',
    )
    .option('--batch-size <n|n%>', 'hosts deployed at once (default: all)')
    .option('--canary', 'deploy to the first host alone before the others')
    .option(
      '--rollback-to <previous|sha>',
      'roll back instead of deploying (same as `shipcheck rollback --to`)',
    );
  addGlobalOptions(command);
  command.action(async (dir: string, options: GlobalOptions) => {
    const { runSshDeploy } = await import('../run/ssh-deploy.js');
    command.setOptionValue('exitCode', await runSshDeploy(dir, options, 'deploy'));
  });
  return command;
}

export function rollbackCommand(): Command {
  const command = new Command('rollback')
    .summary('put a previous release back on the servers, without rebuilding')
    .description(
      'Switches each server to --to previous (the newest good release before the active one, skipping failed ' +
        'ones) or to a release by its full SHA: starts its images, waits for the health gate, switches `current`. ' +
        'The same as `shipcheck ssh-deploy --rollback-to`.',
    )
    .argument('[dir]', 'project directory (holds shipcheck.yml)', '.')
    .requiredOption('--to <previous|sha>', 'previous, or the full 40-character SHA of a release');
  addConnectionOptions(command);
  addDeployOptions(command);
  addGlobalOptions(command);
  command.action(async (dir: string, options: GlobalOptions & { to: string }) => {
    const { runSshDeploy } = await import('../run/ssh-deploy.js');
    command.setOptionValue(
      'exitCode',
      await runSshDeploy(dir, { ...options, rollbackTo: options.to } as GlobalOptions, 'rollback'),
    );
  });
  return command;
}

export function releasesCommand(): Command {
  const command = new Command('releases')
    .summary("list each server's releases from its ledger")
    .description('Reads .shipcheck/releases.jsonl and `current` on each server; changes nothing (no lock).')
    .argument('[dir]', 'project directory (holds shipcheck.yml)', '.')
    .option('--app-dir <dir>', 'the app folder on the server');
  addConnectionOptions(command);
  addGlobalOptions(command);
  command.action(async (dir: string, options: GlobalOptions) => {
    const { runSshDeploy } = await import('../run/ssh-deploy.js');
    command.setOptionValue('exitCode', await runSshDeploy(dir, options, 'releases'));
  });
  return command;
}
