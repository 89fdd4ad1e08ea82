import type { ShipcheckConfig } from '../config/load.js';
import { ShipcheckError } from '../core/errors.js';
import type { StepRunner } from '../core/steps.js';
import { countBySeverity, createReport, isPassing } from '../report/report.js';
import type { CheckOutcome, FailOn, Finding, Report } from '../report/types.js';
import type { StaticCheck } from './check.js';
import { STATIC_CHECKS } from './registry.js';

export interface ChecklistSettings {
  root: string;
  config: ShipcheckConfig;
  /** overrides shipcheck.yml's `checks` */
  checks?: string[];
  failOn: FailOn;
  steps: StepRunner;
  available?: readonly StaticCheck[];
}

/** Runs every configured static check and merges their findings into one `check` report. */
export async function runChecklist(settings: ChecklistSettings): Promise<Report> {
  const available = settings.available ?? STATIC_CHECKS;
  const names = settings.checks ?? settings.config.checks ?? available.map((check) => check.name);
  const selected = names.map((name) => {
    const check = available.find((candidate) => candidate.name === name);
    if (!check) {
      throw new ShipcheckError('config', `check '${name}' is not available in this shipcheck`, {
        where: 'checks',
        fix: `choose from: ${available.map((c) => c.name).join(', ') || '(none yet)'}`,
      });
    }
    return check;
  });

  const findings: Finding[] = [];
  const outcomes: CheckOutcome[] = [];
  const data: Record<string, unknown> = {};
  for (const check of selected) {
    const started = performance.now();
    const result = await settings.steps.run(check.name, () =>
      check.run({ root: settings.root, config: settings.config, steps: settings.steps }),
    );
    const tagged = result.findings.map((finding) => ({ ...finding, check: check.name }));
    findings.push(...tagged);
    data[check.name] = result.data;
    outcomes.push({
      command: check.name,
      passed: isPassing(tagged, settings.failOn),
      summary: countBySeverity(tagged),
      durationMs: Math.round(performance.now() - started),
    });
  }
  return createReport({
    command: 'check',
    findings,
    failOn: settings.failOn,
    data: { ...data, checks: outcomes },
  });
}
