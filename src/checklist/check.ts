import type { ShipcheckConfig } from '../config/load.js';
import type { StepRunner } from '../core/steps.js';
import type { RuleInfo } from '../report/rules.js';
import type { Finding } from '../report/types.js';

export interface CheckContext {
  /** absolute project root */
  root: string;
  config: ShipcheckConfig;
  steps: StepRunner;
}

export interface CheckResult {
  findings: Finding[];
  data: Record<string, unknown>;
}

/** A static pre-deploy check that `shipcheck check` and the umbrella action can run from shipcheck.yml alone. */
export interface StaticCheck {
  name: string;
  rules: readonly RuleInfo[];
  run(context: CheckContext): Promise<CheckResult>;
}
