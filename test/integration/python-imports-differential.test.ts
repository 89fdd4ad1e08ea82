import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPythonImports } from '../../src/requirements/python-imports.js';
import { REPO_ROOT } from '../helpers/run-action.js';

/** Every .py file of the machine's Python standard library, and CPython's own answer for each. */
function referenceAnswers(): Array<{ file: string; modules?: string[]; error?: string }> {
  const stdlib = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
    .toString()
    .trim();
  const files = execFileSync('find', [stdlib, '-name', '*.py', '-not', '-path', '*/site-packages/*'], {
    maxBuffer: 1 << 28,
  })
    .toString()
    .trim()
    .split('\n');
  const script = path.join(REPO_ROOT, 'test/fixtures/python/imports_reference.py');
  return execFileSync('python3', [script], { input: files.join('\n'), maxBuffer: 1 << 28 })
    .toString()
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { file: string; modules?: string[]; error?: string });
}

describe('import scanner vs CPython ast over the standard library', () => {
  it('finds the same top-level modules in every file ast can parse', () => {
    const answers = referenceAnswers();
    const parsed = answers.filter((answer) => answer.modules);
    expect(parsed.length).toBeGreaterThan(1000);
    const mismatches: string[] = [];
    for (const answer of parsed) {
      const found = [
        ...new Set(scanPythonImports(readFileSync(answer.file)).map((i) => i.module.split('.')[0]!)),
      ].sort();
      const expected = answer.modules!;
      if (JSON.stringify(found) !== JSON.stringify(expected)) {
        const missing = expected.filter((m) => !found.includes(m));
        const extra = found.filter((m) => !expected.includes(m));
        mismatches.push(`${answer.file}: missing [${missing.join(', ')}] extra [${extra.join(', ')}]`);
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    // Files ast rejects (Python 2 test data, bad encodings) must not crash the scanner either.
    for (const answer of answers.filter((a) => a.error))
      expect(() => scanPythonImports(readFileSync(answer.file))).not.toThrow();
  });
});
