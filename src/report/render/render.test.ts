import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv4Module from 'ajv-draft-04';
import formatsModule from 'ajv-formats';

// Both are CommonJS with `exports.default`; under NodeNext the default import is the module object.
const Ajv4 = Ajv4Module.default;
const addFormats = formatsModule.default;
import { describe, expect, it } from 'vitest';
import { renderJson, renderMarkdown, renderSarif, renderText } from './index.js';
import { ruleCatalog } from '../rules.js';
import { createReport } from '../report.js';
import { sampleReport } from '../../../test/helpers/sample-report.js';
import { REPO_ROOT } from '../../../test/helpers/run-action.js';

describe('text renderer', () => {
  it('groups findings by file and ends with the verdict', () => {
    const text = renderText(sampleReport(), { color: false });
    expect(text).toContain(
      'app/extensions.py\n  3:1  error    flask_limiter is imported but no requirement provides it  missing-requirement',
    );
    expect(text).toContain('fix: add Flask-Limiter==3.5.0 to requirements.txt');
    expect(text.indexOf('requirements.txt\n')).toBeGreaterThan(text.indexOf('app/extensions.py'));
    expect(text).toContain('(project)\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '✖ lint-requirements failed: 2 errors, 1 warning, 1 notice (fail-on: error)',
    );
    expect(text).not.toMatch(/\x1b\[/);
  });

  it('colours only when asked (a terminal)', () => {
    expect(renderText(sampleReport(), { color: true })).toMatch(/\x1b\[31merror/);
  });
});

describe('JSON renderer', () => {
  it('round-trips the report', () => {
    const report = sampleReport();
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });
});

describe('Markdown renderer', () => {
  it('has a status table and one collapsible section per finding, with user text escaped', () => {
    const markdown = renderMarkdown(sampleReport(), { marker: '<!-- shipcheck:lint-requirements -->' });
    expect(markdown.startsWith('<!-- shipcheck:lint-requirements -->\n')).toBe(true);
    expect(markdown).toContain('## ❌ shipcheck lint-requirements failed');
    expect(markdown).toContain('| lint-requirements | ❌ failed | 2 | 1 | 1 |');
    expect(markdown.match(/<details>/g)).toHaveLength(4);
    expect(markdown).toContain('redis&gt;=4 is not pinned &lt;script&gt;');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('- Fix: add Flask-Limiter==3.5.0 to requirements.txt');
  });

  it('lists each check of a combined run', () => {
    const report = createReport({
      command: 'check',
      failOn: 'error',
      findings: [],
      data: {
        checks: [
          {
            command: 'lint-requirements',
            passed: true,
            summary: { error: 0, warning: 2, notice: 0 },
            durationMs: 5,
          },
          {
            command: 'schema-compare',
            passed: false,
            summary: { error: 3, warning: 0, notice: 0 },
            durationMs: 5,
          },
        ],
      },
    });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| lint-requirements | ✅ passed | 0 | 2 | 0 |');
    expect(markdown).toContain('| schema-compare | ❌ failed | 3 | 0 | 0 |');
    expect(markdown).toContain('No findings.');
  });

  it('caps the number of sections and says how many are in the JSON report', () => {
    const findings = Array.from({ length: 12 }, (_, i) => ({
      rule: 'r',
      severity: 'warning' as const,
      message: `m${i}`,
    }));
    const markdown = renderMarkdown(createReport({ command: 'x', failOn: 'error', findings }), {
      maxFindings: 10,
    });
    expect(markdown.match(/<details>/g)).toHaveLength(10);
    expect(markdown).toContain('_2 more findings are in the JSON report._');
  });
});

describe('SARIF renderer', () => {
  const schema = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'test/fixtures/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  ) as object;
  // The published schema has one pattern that is not valid in Unicode mode (`...{2}]?$`).
  const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('is valid SARIF 2.1.0 with rules, levels, locations and fingerprints', () => {
    const catalog = ruleCatalog([
      { id: 'missing-requirement', title: 'An imported module has no requirement', defaultSeverity: 'error' },
    ]);
    const sarif = JSON.parse(renderSarif(sampleReport(), catalog)) as {
      version: string;
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } };
        results: Array<Record<string, any>>;
      }>;
    };
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'incompatible-versions',
      'missing-requirement',
      'obsolete-compose-version',
      'unpinned-requirement',
    ]);
    expect(run.tool.driver.rules[1]!.shortDescription.text).toBe('An imported module has no requirement');
    const first = run.results[0]!;
    expect(first).toMatchObject({
      ruleId: 'missing-requirement',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'app/extensions.py', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1 },
          },
        },
      ],
    });
    expect(run.results.map((r) => r.level)).toEqual(['error', 'error', 'warning', 'note']);
    expect(run.results[3]!.locations).toBeUndefined();
    expect(first.partialFingerprints['shipcheck/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is valid with no findings', () => {
    expect(
      validate(JSON.parse(renderSarif(createReport({ command: 'x', failOn: 'error', findings: [] })))),
    ).toBe(true);
  });

  it('percent-encodes non-ASCII and space in file URIs', () => {
    const report = createReport({
      command: 'x',
      failOn: 'error',
      findings: [{ rule: 'r', severity: 'error', message: 'm', file: 'uploads/陈熙蕾 cv.py', line: 2 }],
    });
    const sarif = JSON.parse(renderSarif(report));
    expect(validate(sarif)).toBe(true);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'uploads/%E9%99%88%E7%86%99%E8%95%BE%20cv.py',
    );
  });
});
