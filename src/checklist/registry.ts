import { dockerBuildTestCheck } from '../docker/check.js';
import { lintRequirementsCheck } from '../requirements/check.js';
import { schemaCompareCheck } from '../schema/check.js';
import type { StaticCheck } from './check.js';

/**
 * Every static check, in the order `shipcheck check` runs them. Each capability registers here as it
 * lands (lint-requirements, schema-compare, docker-build-test).
 */
export const STATIC_CHECKS: readonly StaticCheck[] = [
  lintRequirementsCheck,
  schemaCompareCheck,
  dockerBuildTestCheck,
];
