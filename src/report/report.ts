import {
  SEVERITIES,
  type FailOn,
  type Finding,
  type Report,
  type Severity,
  type SeverityCounts,
} from './types.js';
import { TOOL_VERSION } from '../core/version.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** True when a finding of this severity fails a check run with `failOn`. */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}

export function isPassing(findings: readonly Finding[], failOn: FailOn): boolean {
  return !findings.some((finding) => failsAt(finding.severity, failOn));
}

/** Stable order: by file (file-less last), line, column, then severity and rule. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) {
    if (a.file === undefined) return 1;
    if (b.file === undefined) return -1;
    return a.file < b.file ? -1 : 1;
  }
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    RANK[a.severity] - RANK[b.severity] ||
    byCodePoint(a.rule, b.rule) ||
    byCodePoint(a.message, b.message)
  );
}

/** Code-point order: the same on every machine and locale, and it does not load ICU's collator. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function createReport(options: {
  command: string;
  findings: readonly Finding[];
  failOn: FailOn;
  data?: Record<string, unknown>;
}): Report {
  const findings = [...options.findings].map(normaliseFinding).sort(compareFindings);
  return {
    tool: 'shipcheck',
    version: TOOL_VERSION,
    command: options.command,
    passed: isPassing(findings, options.failOn),
    summary: countBySeverity(findings),
    findings,
    data: { failOn: options.failOn, ...options.data },
  };
}

/** Re-judge a report under another fail-on level (a CLI flag overriding the configuration). */
export function withFailOn(report: Report, failOn: FailOn): Report {
  return { ...report, passed: isPassing(report.findings, failOn), data: { ...report.data, failOn } };
}

function normaliseFinding(finding: Finding): Finding {
  if (!SEVERITIES.includes(finding.severity)) {
    throw new Error(`finding ${finding.rule} has severity '${String(finding.severity)}'`);
  }
  const out: Finding = { ...finding };
  if (out.file !== undefined) out.file = out.file.replace(/\\/g, '/').replace(/^\.\//, '');
  return out;
}
