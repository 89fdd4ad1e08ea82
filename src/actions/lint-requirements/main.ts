import * as core from '@actions/core';
import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { lintRequirements } from '../../requirements/lint.js';
import {
  lintRequirementsSettings,
  LINT_REQUIREMENTS_KEYS,
  type LintRequirementsInput,
} from '../../requirements/settings.js';
import { createReport } from '../../report/report.js';
import { runAction } from '../shared/run-action.js';
import { actionsSteps } from '../shared/steps.js';

await runAction(async (inputs) => {
  const { root, config } = loadConfig(inputs.workingDirectory, inputs.config);
  // Inputs left empty fall back to shipcheck.yml's lint-requirements section.
  const overrides: LintRequirementsInput = Object.fromEntries(
    LINT_REQUIREMENTS_KEYS.map((key) => [key, core.getInput(key) || undefined]),
  );
  const settings = lintRequirementsSettings(
    root,
    (config['lint-requirements'] ?? {}) as LintRequirementsInput,
    overrides,
  );
  const result = await actionsSteps.run('lint-requirements', () => lintRequirements(settings));
  core.info(
    `Python ${result.data.pythonVersion} (${result.data.pythonVersionSource}); ${result.data.pythonFiles} Python files`,
  );
  return createReport({
    command: 'lint-requirements',
    findings: result.findings,
    failOn: resolveFailOn(inputs.failOn, config['fail-on']),
    data: result.data,
  });
});
