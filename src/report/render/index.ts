import type { Report } from '../types.js';
import type { RuleCatalog } from '../rules.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export function renderReport(
  report: Report,
  format: Format,
  options: { color?: boolean; catalog?: RuleCatalog } = {},
): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color ?? false });
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'sarif':
      return renderSarif(report, options.catalog);
  }
}

export { renderJson, renderMarkdown, renderSarif, renderText };
