import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../checklist/rules.js';
import { maskSecrets } from '../core/secrets.js';
import { renderReport, renderText } from '../report/render/index.js';
import type { Report } from '../report/types.js';
import type { GlobalOptions } from './options.js';

/** Prints or writes the report in the chosen format; returns the exit code it implies. */
export function emitReport(report: Report, options: GlobalOptions): number {
  const toTerminal = !options.output && Boolean(process.stdout.isTTY) && options.color;
  const rendered = maskSecrets(renderReport(report, options.format, { color: toTerminal, catalog: RULES }));
  if (options.output) {
    mkdirSync(path.dirname(path.resolve(options.output)), { recursive: true });
    writeFileSync(options.output, rendered);
    const lastLine = renderText({ ...report, findings: [] }, { color: false }).trim();
    process.stderr.write(`${lastLine}\nreport written to ${options.output}\n`);
  } else {
    process.stdout.write(rendered);
  }
  return report.passed ? 0 : 1;
}
