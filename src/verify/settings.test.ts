import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shipcheckErrorOf } from '../../test/helpers/errors.js';
import { loadConfig } from '../config/load.js';
import { verifySettings } from './settings.js';

function projectWithSpec(text: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-verify-spec-'));
  writeFileSync(path.join(root, 'verify.yml'), text);
  return root;
}

const error = shipcheckErrorOf;

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

describe("the examples' post-deploy checklist", () => {
  it.each(['healthy', 'broken'])(
    'examples/%s: health, jobs API, the Chinese-name upload with its user, TLS and the redirect',
    (example) => {
      const { root, config } = loadConfig(path.join(import.meta.dirname, '..', '..', 'examples', example));
      const settings = verifySettings(
        root,
        { verify: config.verify },
        { 'base-url': 'http://127.0.0.1:18000' },
      );
      // broken's checklist trusts its Dockerfile's /health and waits for nothing
      if (example === 'healthy') expect(settings.spec.wait?.check.url).toBe('http://127.0.0.1:18000/healthz');
      else expect(settings.spec.wait).toBeUndefined();
      expect(settings.spec.checks[0]).toMatchObject({
        url: `http://127.0.0.1:18000/${example === 'healthy' ? 'healthz' : 'health'}`,
      });
      expect(settings.spec.checks.map((check) => [check.kind, check.name])).toEqual([
        ['http', 'health and database'],
        ['http', 'jobs API'],
        ['tls', 'TLS resumes.example.com:443'],
        ['redirect', 'redirect http://resumes.example.com/'],
        ['upload', 'upload 陈熙蕾.docx'],
      ]);
      const upload = settings.spec.checks.find((check) => check.kind === 'upload');
      expect(upload).toMatchObject({ url: 'http://127.0.0.1:18000/api/resumes/', form: { user_id: '1' } });
    },
  );
});
