import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShipcheckError } from '../core/errors.js';
import { verifySettings } from './settings.js';

function projectWithSpec(text: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-verify-spec-'));
  writeFileSync(path.join(root, 'verify.yml'), text);
  return root;
}

function error(work: () => unknown): ShipcheckError {
  try {
    work();
  } catch (e) {
    expect(e).toBeInstanceOf(ShipcheckError);
    return e as ShipcheckError;
  }
  throw new Error('expected an error');
}

describe('post-deploy-verify spec files', () => {
  it('reads the checks of a spec file', () => {
    const root = projectWithSpec(
      'base-url: http://127.0.0.1:8000\nchecks:\n  - name: health\n    path: /healthz\n',
    );
    const settings = verifySettings(root, {}, { spec: 'verify.yml' });
    expect(settings.spec.checks.map((check) => check.name)).toContain('health');
  });

  it('names the file, line and column of a YAML syntax error', () => {
    const root = projectWithSpec('checks:\n  - name: health\n    path: /healthz\n    path: /again\n');
    const problem = error(() => verifySettings(root, {}, { spec: 'verify.yml' }));
    expect(problem.where).toBe('verify.yml:4:5');
    expect(problem.message).toMatch(/^spec is not valid YAML: duplicated mapping key/);
  });

  it('names the line of a ${NAME} reference that is not set', () => {
    const root = projectWithSpec(
      'checks:\n  - name: admin\n    path: /admin\n    headers:\n      Authorization: Bearer ${SHIPCHECK_TEST_UNSET_TOKEN}\n',
    );
    delete process.env.SHIPCHECK_TEST_UNSET_TOKEN;
    const problem = error(() => verifySettings(root, {}, { spec: 'verify.yml' }));
    expect(problem.where).toBe('verify.yml:5');
    expect(problem.message).toContain('checks.0.headers.Authorization');
  });
});
