import { Command, CommanderError } from 'commander';
import { describeError, ShipcheckError } from '../core/errors.js';
import { maskSecrets } from '../core/secrets.js';
import { TOOL_VERSION } from '../core/version.js';
import { checkCommand } from './commands/check.js';
import { dockerBuildTestCommand } from './commands/docker-build-test.js';
import { lintRequirementsCommand } from './commands/lint-requirements.js';
import { schemaCompareCommand } from './commands/schema-compare.js';
import { postDeployVerifyCommand } from './commands/post-deploy-verify.js';
import { releasesCommand, rollbackCommand, sshDeployCommand } from './commands/ssh-deploy.js';

export const EXIT = { passed: 0, findings: 1, error: 2 } as const;

export function buildProgram(): Command {
  const program = new Command('shipcheck')
    .description(
      'A deployment checklist as code for Flask + MySQL + Docker Compose apps shipped over SSH.\n' +
        'Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage, configuration or connection error.',
    )
    .version(TOOL_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const command of [
    checkCommand(),
    lintRequirementsCommand(),
    schemaCompareCommand(),
    dockerBuildTestCommand(),
    sshDeployCommand(),
    rollbackCommand(),
    releasesCommand(),
    postDeployVerifyCommand(),
  ]) {
    command.exitOverride();
    program.addCommand(command);
  }
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    const ran = program.commands.find((command) => command.getOptionValue('exitCode') !== undefined);
    return (ran?.getOptionValue('exitCode') as number | undefined) ?? EXIT.passed;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.passed : EXIT.error;
    }
    const kind = error instanceof ShipcheckError ? `${error.kind} error` : 'error';
    process.stderr.write(maskSecrets(`shipcheck: ${kind}: ${describeError(error)}\n`));
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${maskSecrets(error.stack)}\n`);
    else if (!(error instanceof ShipcheckError)) process.stderr.write('(run with --debug for details)\n');
    return EXIT.error;
  }
}
