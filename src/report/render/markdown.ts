import type { CheckOutcome, Finding, Report, Severity } from '../types.js';
import { ruleDocsUrl } from '../rules.js';

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', notice: '🔵' };

/** GitHub's job summary and comment bodies: a status table, then each finding in a collapsible section. */
export function renderMarkdown(
  report: Report,
  options: { marker?: string; maxFindings?: number } = {},
): string {
  const max = options.maxFindings ?? 200;
  const out: string[] = [];
  if (options.marker) out.push(options.marker, '');
  out.push(
    `## ${report.passed ? '✅' : '❌'} shipcheck ${report.command} ${report.passed ? 'passed' : 'failed'}`,
    '',
  );

  const checks = Array.isArray(report.data.checks) ? (report.data.checks as CheckOutcome[]) : undefined;
  out.push('| Check | Status | Errors | Warnings | Notices |', '| --- | --- | ---: | ---: | ---: |');
  for (const row of checks ?? [{ command: report.command, passed: report.passed, summary: report.summary }]) {
    const s = row.summary;
    out.push(
      `| ${row.command} | ${row.passed ? '✅ passed' : '❌ failed'} | ${s.error} | ${s.warning} | ${s.notice} |`,
    );
  }
  out.push('');

  if (report.findings.length === 0) {
    out.push('No findings.', '');
    return `${out.join('\n')}\n`;
  }
  for (const finding of report.findings.slice(0, max)) out.push(...findingSection(finding));
  if (report.findings.length > max) {
    out.push(`_${report.findings.length - max} more findings are in the JSON report._`, '');
  }
  return `${out.join('\n')}\n`;
}

function findingSection(finding: Finding): string[] {
  const where = finding.file
    ? ` — <code>${escapeHtml(finding.file)}${finding.line ? `:${finding.line}` : ''}</code>`
    : '';
  const lines = [
    '<details>',
    `<summary>${ICON[finding.severity]} <b>${escapeHtml(finding.rule)}</b>${where}: ${escapeHtml(finding.message)}</summary>`,
    '',
    `- Severity: ${finding.severity}${finding.check ? ` (${escapeMarkdown(finding.check)})` : ''}`,
  ];
  if (finding.fix) lines.push(`- Fix: ${escapeMarkdown(finding.fix)}`);
  lines.push(`- Rule: [${finding.rule}](${ruleDocsUrl(finding.rule)})`, '', '</details>', '');
  return lines;
}

/** Messages quote user text (file names, SQL, versions): nothing in it may become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** For Markdown text outside HTML blocks: HTML escaped, and Markdown's own punctuation too. */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text).replace(/([\\`*_[\]|#])/g, '\\$1');
}
