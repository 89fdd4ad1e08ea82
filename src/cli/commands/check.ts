import { Command } from 'commander';
import { runChecklist } from '../../checklist/run-checklist.js';
import { STATIC_CHECKS } from '../../checklist/registry.js';
import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { addGlobalOptions, type GlobalOptions } from '../options.js';
import { emitReport } from '../output.js';
import { terminalSteps } from '../progress.js';

interface CheckOptions extends GlobalOptions {
  checks?: string;
}

export function checkCommand(): Command {
  const command = new Command('check')
    .summary('run every static pre-deploy check configured for DIR')
    .description(
      'Runs every static pre-deploy check that DIR/shipcheck.yml lists under `checks` (default: all of them) and ' +
        `prints one combined report. Available checks: ${STATIC_CHECKS.map((c) => c.name).join(', ') || '(none yet)'}.`,
    )
    .argument('[dir]', 'project directory', '.')
    .option('--checks <names>', 'comma-separated checks to run, overriding shipcheck.yml');
  addGlobalOptions(command);
  command.action(async (dir: string, options: CheckOptions) => {
    const { root, config } = loadConfig(dir, options.config);
    const report = await runChecklist({
      root,
      config,
      checks: options.checks
        ?.split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      failOn: resolveFailOn(options.failOn, config['fail-on']),
      steps: terminalSteps(process.stderr, options.quiet),
    });
    command.setOptionValue('exitCode', emitReport(report, options));
  });
  return command;
}
