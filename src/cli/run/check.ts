import { runChecklist } from '../../checklist/run-checklist.js';
import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import type { GlobalOptions } from '../options.js';
import { emitReport } from '../output.js';
import { terminalSteps } from '../progress.js';

/** `shipcheck check`: returns the exit code. */
export async function runCheck(dir: string, options: GlobalOptions & { checks?: string }): Promise<number> {
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
  return emitReport(report, options);
}
