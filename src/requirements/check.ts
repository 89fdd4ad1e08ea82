import type { StaticCheck } from '../checklist/check.js';
import { lintRequirements } from './lint.js';
import { LINT_REQUIREMENTS_RULES } from './rules.js';
import { lintRequirementsSettings, type LintRequirementsInput } from './settings.js';

export const lintRequirementsCheck: StaticCheck = {
  name: 'lint-requirements',
  rules: LINT_REQUIREMENTS_RULES,
  run: async ({ root, config }) =>
    lintRequirements(
      lintRequirementsSettings(root, (config['lint-requirements'] ?? {}) as LintRequirementsInput),
    ),
};
