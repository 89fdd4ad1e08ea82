import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '@actions/core';
import { emitAnnotations } from './annotations.js';
import { createReport } from './report.js';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { parseWorkflowCommands } from '../../test/helpers/run-action.js';

/** Drives the real @actions/core and reads what it writes to stdout, as the runner does. */
function captureStdout(work: () => void): string {
  let written = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += chunk.toString();
    return true;
  });
  try {
    work();
  } finally {
    spy.mockRestore();
  }
  return written;
}

describe('annotations', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes one workflow command per finding with file, line, column and title', () => {
    const annotations = parseWorkflowCommands(captureStdout(() => emitAnnotations(sampleReport(), core)));
    expect(annotations).toHaveLength(4);
    expect(annotations[0]).toEqual({
      level: 'error',
      properties: { title: 'shipcheck missing-requirement', file: 'app/extensions.py', line: '3', col: '1' },
      message:
        'flask_limiter is imported but no requirement provides it\nFix: add Flask-Limiter==3.5.0 to requirements.txt',
    });
    expect(annotations.map((a) => a.level)).toEqual(['error', 'error', 'warning', 'notice']);
    expect(annotations[3]!.properties.file).toBeUndefined();
  });

  it('caps the count, most severe first, and says how many were left out', () => {
    const findings = [
      ...Array.from({ length: 60 }, (_, i) => ({
        rule: 'w',
        severity: 'warning' as const,
        message: `w${i}`,
        file: 'a.py',
        line: i + 1,
      })),
      { rule: 'e', severity: 'error' as const, message: 'the error', file: 'b.py', line: 1 },
    ];
    let result = { emitted: 0, omitted: 0 };
    const out = captureStdout(() => {
      result = emitAnnotations(createReport({ command: 'x', failOn: 'error', findings }), core, 50);
    });
    const annotations = parseWorkflowCommands(out);
    expect(result).toEqual({ emitted: 50, omitted: 11 });
    expect(annotations).toHaveLength(51);
    expect(annotations[0]!.message).toBe('the error');
    expect(annotations.at(-1)!.message).toMatch(/^11 more shipcheck findings were not annotated/);
  });

  it('escapes commas, colons and newlines so the runner reads them back', () => {
    const report = createReport({
      command: 'x',
      failOn: 'error',
      findings: [
        { rule: 'r', severity: 'warning', message: '50% done: a, b\nnext', file: 'dir,x/a:b.py', line: 2 },
      ],
    });
    const [annotation] = parseWorkflowCommands(captureStdout(() => emitAnnotations(report, core)));
    expect(annotation!.properties.file).toBe('dir,x/a:b.py');
    expect(annotation!.message).toBe('50% done: a, b\nnext');
  });
});
