/** Severity of a finding, most severe first. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The lowest severity that fails a check; `never` reports without failing. */
export const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export interface Finding {
  /** kebab-case id, documented in docs/rules.md */
  rule: string;
  severity: Severity;
  message: string;
  /** relative to the project root, `/` separators */
  file?: string;
  /** 1-based */
  line?: number;
  /** 1-based */
  column?: number;
  fix?: string;
  /** the check that produced it, set when several checks share one report */
  check?: string;
}

export type SeverityCounts = Record<Severity, number>;

export interface Report {
  tool: 'shipcheck';
  version: string;
  command: string;
  passed: boolean;
  summary: SeverityCounts;
  findings: Finding[];
  data: Record<string, unknown>;
}

/** What one check of a combined `check` run contributed. */
export interface CheckOutcome {
  command: string;
  passed: boolean;
  summary: SeverityCounts;
  durationMs: number;
}
