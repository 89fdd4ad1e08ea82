/** The results table (failures first, with the response excerpt) and JUnit XML for test-report tools. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { maskSecrets } from '../core/secrets.js';
import { escapeHtml } from '../report/render/markdown.js';
import type { CheckResult } from './checks.js';
import type { VerifyRun } from './verify.js';

function ordered(run: VerifyRun): CheckResult[] {
  const all = run.data.wait ? [run.data.wait, ...run.data.results] : run.data.results;
  return [...all.filter((r) => !r.passed), ...all.filter((r) => r.passed)];
}

export function verifyMarkdown(run: VerifyRun): string {
  const { passed, failed, skipped, wait } = run.data;
  const heading =
    wait && !wait.passed
      ? `### post-deploy-verify: not ready, ${skipped} check${skipped === 1 ? '' : 's'} not run`
      : `### post-deploy-verify: ${passed} passed, ${failed} failed`;
  const out = [
    heading,
    '',
    '| Check | Result | Target | Time | Detail |',
    '| --- | --- | --- | ---: | --- |',
  ];
  for (const r of ordered(run)) {
    const warned = r.passed && r.problems.length > 0;
    out.push(
      `| ${escapeHtml(r.name)} | ${r.passed ? (warned ? '🟡 passed' : '✅ passed') : '❌ failed'} | ${escapeHtml(r.target)} | ${r.durationMs} ms | ${escapeHtml(r.detail).slice(0, 200)}${r.excerpt ? `<br><code>${escapeHtml(r.excerpt)}</code>` : ''} |`,
    );
  }
  return `${out.join('\n')}\n`;
}

export function verifyText(run: VerifyRun): string {
  return (
    ordered(run)
      .map(
        (r) =>
          `${r.passed ? '✔' : '✖'} ${r.name} — ${r.detail} (${r.durationMs} ms)${r.excerpt ? `\n    response: ${r.excerpt}` : ''}`,
      )
      .join('\n') + '\n'
  );
}

/** XML text: markup escaped, and the control characters XML 1.0 cannot hold dropped. */
const xml = (text: string) =>
  [...text]
    .filter((ch) => {
      const code = ch.codePointAt(0)!;
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export function verifyJunit(run: VerifyRun): string {
  const results = run.data.wait ? [run.data.wait, ...run.data.results] : run.data.results;
  const failures = results.filter((r) => !r.passed).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const cases = results.map((r) => {
    const head = `    <testcase classname="post-deploy-verify.${xml(r.kind)}" name="${xml(r.name)}" time="${seconds(r.durationMs)}">`;
    if (r.passed) return `${head}</testcase>`;
    const errors = r.problems.filter((p) => p.severity === 'error');
    return `${head}\n      <failure message="${xml(errors[0]?.message ?? r.detail)}">${xml(errors.map((p) => `${p.message}${p.fix ? ` (fix: ${p.fix})` : ''}`).join('\n'))}${r.excerpt ? xml(`\nresponse: ${r.excerpt}`) : ''}</failure>\n    </testcase>`;
  });
  const total = results.reduce((sum, r) => sum + r.durationMs, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${results.length}" failures="${failures}" time="${seconds(total)}">\n  <testsuite name="post-deploy-verify" tests="${results.length}" failures="${failures}" time="${seconds(total)}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

/** Writes the JUnit XML (secrets masked) to `file`; returns its absolute path. */
export function writeJunit(file: string, run: VerifyRun): string {
  const absolute = path.resolve(file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, maskSecrets(verifyJunit(run)));
  return absolute;
}
