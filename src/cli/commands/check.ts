import { Command } from 'commander';
import { CHECK_NAMES } from '../../checklist/names.js';
import { addGlobalOptions, type GlobalOptions } from '../options.js';

interface CheckOptions extends GlobalOptions {
  checks?: string;
}

export function checkCommand(): Command {
  const command = new Command('check')
    .summary('run every static pre-deploy check configured for DIR')
    .description(
      'Runs every static pre-deploy check that DIR/shipcheck.yml lists under `checks` (default: all of them) and ' +
        `prints one combined report. Available checks: ${CHECK_NAMES.join(', ')}.`,
    )
    .argument('[dir]', 'project directory', '.')
    .option('--checks <names>', 'comma-separated checks to run, overriding shipcheck.yml');
  addGlobalOptions(command);
  command.action(async (dir: string, options: CheckOptions) => {
    // the check's code loads only when it runs: --help and the other commands do not pay for it
    const { runCheck } = await import('../run/check.js');
    command.setOptionValue('exitCode', await runCheck(dir, options));
  });
  return command;
}
