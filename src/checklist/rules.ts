import { SSH_DEPLOY_RULES } from '../deploy/rules.js';
import { DOCKER_BUILD_TEST_RULES } from '../docker/rules.js';
import { ruleCatalog, type RuleCatalog } from '../report/rules.js';
import { LINT_REQUIREMENTS_RULES } from '../requirements/rules.js';
import { SCHEMA_COMPARE_RULES } from '../schema/rules.js';
import { POST_DEPLOY_VERIFY_RULES } from '../verify/rules.js';

/**
 * Every rule of every check, for the renderers (help links, SARIF rule metadata). Built from the rule
 * tables alone, so rendering a report never loads the checks' code (registry.ts does).
 */
export const RULES: RuleCatalog = ruleCatalog(
  LINT_REQUIREMENTS_RULES,
  SCHEMA_COMPARE_RULES,
  DOCKER_BUILD_TEST_RULES,
  SSH_DEPLOY_RULES,
  POST_DEPLOY_VERIFY_RULES,
);
