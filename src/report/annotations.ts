import type { Finding, Report, Severity } from './types.js';

/** The part of @actions/core that writes annotations; the action passes `core` itself. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}
export type AnnotationSink = Record<Severity, (message: string, properties?: AnnotationProperties) => void>;

/**
 * GitHub shows at most 10 errors and 10 warnings per step and 50 annotations per job; past that they are
 * dropped silently. We emit the most severe first up to `limit` and say how many were left out.
 */
export const DEFAULT_ANNOTATION_LIMIT = 50;

export function emitAnnotations(
  report: Report,
  sink: AnnotationSink,
  limit: number = DEFAULT_ANNOTATION_LIMIT,
): { emitted: number; omitted: number } {
  const order: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
  const ranked = [...report.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const shown = ranked.slice(0, Math.max(0, limit));
  for (const finding of shown)
    sink[finding.severity](annotationMessage(finding), annotationProperties(finding));
  const omitted = ranked.length - shown.length;
  if (omitted > 0) {
    sink.notice(
      `${omitted} more shipcheck findings were not annotated (limit ${limit}); see the job summary or the JSON report.`,
      { title: 'shipcheck: annotations capped' },
    );
  }
  return { emitted: shown.length, omitted };
}

function annotationMessage(finding: Finding): string {
  return finding.fix ? `${finding.message}\nFix: ${finding.fix}` : finding.message;
}

function annotationProperties(finding: Finding): AnnotationProperties {
  const properties: AnnotationProperties = { title: `shipcheck ${finding.rule}` };
  if (finding.file) properties.file = finding.file;
  if (finding.file && finding.line !== undefined) properties.startLine = finding.line;
  if (finding.file && finding.line !== undefined && finding.column !== undefined) {
    properties.startColumn = finding.column;
  }
  return properties;
}
