import { describe, expect, it } from 'vitest';
import { createReport, failsAt, withFailOn } from './report.js';
import { sampleReport, SAMPLE_FINDINGS } from '../../test/helpers/sample-report.js';

describe('createReport', () => {
  it('counts severities and fails at errors by default', () => {
    const report = sampleReport();
    expect(report).toMatchObject({
      tool: 'shipcheck',
      version: '0.1.0',
      command: 'lint-requirements',
      passed: false,
    });
    expect(report.summary).toEqual({ error: 2, warning: 1, notice: 1 });
    expect(report.data.failOn).toBe('error');
  });

  it('orders findings by file, then line, with file-less findings last', () => {
    const report = sampleReport();
    expect(report.findings.map((f) => `${f.file ?? '-'}:${f.line ?? ''}`)).toEqual([
      'app/extensions.py:3',
      'requirements.txt:7',
      'requirements.txt:9',
      '-:',
    ]);
  });

  it('judges passed by fail-on', () => {
    const warningsOnly = SAMPLE_FINDINGS.filter((f) => f.severity !== 'error');
    expect(createReport({ command: 'x', findings: warningsOnly, failOn: 'error' }).passed).toBe(true);
    expect(createReport({ command: 'x', findings: warningsOnly, failOn: 'warning' }).passed).toBe(false);
    expect(createReport({ command: 'x', findings: SAMPLE_FINDINGS, failOn: 'never' }).passed).toBe(true);
    expect(withFailOn(sampleReport(), 'never').passed).toBe(true);
    expect(failsAt('notice', 'notice')).toBe(true);
    expect(failsAt('notice', 'warning')).toBe(false);
  });

  it('writes paths with forward slashes relative to the root', () => {
    const report = createReport({
      command: 'x',
      failOn: 'error',
      findings: [{ rule: 'r', severity: 'error', message: 'm', file: '.\\app\\models.py', line: 1 }],
    });
    expect(report.findings[0]!.file).toBe('app/models.py');
  });

  it('rejects a severity outside the vocabulary', () => {
    expect(() =>
      createReport({
        command: 'x',
        failOn: 'error',
        findings: [{ rule: 'r', severity: 'fatal' as never, message: 'm' }],
      }),
    ).toThrow(/severity 'fatal'/);
  });
});
