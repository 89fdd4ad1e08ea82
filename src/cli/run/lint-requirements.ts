import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { lintRequirements } from '../../requirements/lint.js';
import {
  lintRequirementsSettings,
  LINT_REQUIREMENTS_KEYS,
  type LintRequirementsInput,
} from '../../requirements/settings.js';
import { createReport } from '../../report/report.js';
import { flagsAsInputs, type GlobalOptions } from '../options.js';
import { emitReport } from '../output.js';
import { terminalSteps } from '../progress.js';

/** `shipcheck lint-requirements`: returns the exit code. */
export async function runLintRequirements(dir: string, options: GlobalOptions): Promise<number> {
  const { root, config } = loadConfig(dir, options.config);
  const overrides: LintRequirementsInput = flagsAsInputs(LINT_REQUIREMENTS_KEYS, options);
  const settings = lintRequirementsSettings(
    root,
    (config['lint-requirements'] ?? {}) as LintRequirementsInput,
    overrides,
  );
  const result = await terminalSteps(process.stderr, options.quiet).run('lint-requirements', () =>
    lintRequirements(settings),
  );
  const report = createReport({
    command: 'lint-requirements',
    findings: result.findings,
    failOn: resolveFailOn(options.failOn, config['fail-on']),
    data: result.data,
  });
  return emitReport(report, options);
}
