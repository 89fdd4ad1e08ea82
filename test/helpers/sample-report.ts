import { createReport } from '../../src/report/report.js';
import type { Finding, Report } from '../../src/report/types.js';

export const SAMPLE_FINDINGS: Finding[] = [
  {
    rule: 'missing-requirement',
    severity: 'error',
    message: 'flask_limiter is imported but no requirement provides it',
    file: 'app/extensions.py',
    line: 3,
    column: 1,
    fix: 'add Flask-Limiter==3.5.0 to requirements.txt',
  },
  {
    rule: 'incompatible-versions',
    severity: 'error',
    message: 'numpy==2.0.1 with opencv-python-headless==4.8.1.78: "_ARRAY_API not found" at import',
    file: 'requirements.txt',
    line: 7,
  },
  {
    rule: 'unpinned-requirement',
    severity: 'warning',
    message: 'redis>=4 is not pinned <script>',
    file: 'requirements.txt',
    line: 9,
    column: 1,
  },
  {
    rule: 'obsolete-compose-version',
    severity: 'notice',
    message: 'the top-level `version` key is obsolete | ignored',
  },
];

export function sampleReport(overrides: Partial<Parameters<typeof createReport>[0]> = {}): Report {
  return createReport({
    command: 'lint-requirements',
    findings: SAMPLE_FINDINGS,
    failOn: 'error',
    ...overrides,
  });
}
