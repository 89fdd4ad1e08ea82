import { createColors } from 'picocolors';
import type { Finding, Report, Severity } from '../types.js';

export interface TextOptions {
  /** colour only when writing to a terminal */
  color: boolean;
}

const NO_FILE = '(project)';

export function renderText(report: Report, options: TextOptions): string {
  const c = createColors(options.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, notice: c.blue };
  const lines: string[] = [];

  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const key = finding.file ?? NO_FILE;
    byFile.set(key, [...(byFile.get(key) ?? []), finding]);
  }
  for (const [file, findings] of byFile) {
    lines.push(c.underline(file));
    const positions = findings.map(position);
    const width = Math.max(...positions.map((p) => p.length));
    findings.forEach((finding, index) => {
      const where = (positions[index] ?? '').padEnd(width);
      const check = finding.check ? ` ${c.dim(finding.check)}` : '';
      lines.push(
        `  ${c.dim(where)}  ${paint[finding.severity](finding.severity.padEnd(7))}  ${finding.message}  ${c.dim(finding.rule)}${check}`,
      );
      if (finding.fix)
        lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${c.green('fix:')} ${finding.fix}`);
    });
    lines.push('');
  }

  const { error, warning, notice } = report.summary;
  const counts = `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(notice, 'notice')}`;
  const failOn = typeof report.data.failOn === 'string' ? ` (fail-on: ${report.data.failOn})` : '';
  lines.push(
    report.passed
      ? c.green(`✔ ${report.command} passed: ${counts}${failOn}`)
      : c.red(`✖ ${report.command} failed: ${counts}${failOn}`),
  );
  return `${lines.join('\n')}\n`;
}

function position(finding: Finding): string {
  if (finding.line === undefined) return '-';
  return finding.column === undefined ? `${finding.line}` : `${finding.line}:${finding.column}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
