import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from './load.js';
import { ShipcheckError } from '../core/errors.js';
import { maskSecrets } from '../core/secrets.js';

function configError(text: string, env: NodeJS.ProcessEnv = {}): ShipcheckError {
  try {
    parseConfig(text, 'shipcheck.yml', env);
  } catch (error) {
    if (error instanceof ShipcheckError) return error;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('shipcheck.yml', () => {
  it('parses a valid file', () => {
    const config = parseConfig(
      'fail-on: warning\nchecks: [lint-requirements]\nlint-requirements:\n  require-pins: true\n',
      'shipcheck.yml',
    );
    expect(config).toEqual({
      'fail-on': 'warning',
      checks: ['lint-requirements'],
      'lint-requirements': { 'require-pins': true },
    });
  });

  it('names an unknown key with its line and the keys it expected', () => {
    const error = configError('fail-on: error\n\nchekcs:\n  - lint-requirements\n');
    expect(error.where).toBe('shipcheck.yml:3');
    expect(error.message).toMatch(/unknown key 'chekcs' at the top level; expected one of: fail-on, checks,/);
    expect(error.fix).toMatch(/docs\/configuration.md/);
  });

  it('names a bad value with its key path and line', () => {
    const error = configError('checks:\n  - lint-requirements\n  - deploy-now\n');
    expect(error.where).toBe('shipcheck.yml:3');
    expect(error.message).toMatch(
      /^checks.1 must be one of "lint-requirements", "schema-compare", "docker-build-test"/,
    );
    expect(configError('fail-on: sometimes\n').message).toMatch(
      /^fail-on must be one of "error", "warning", "notice", "never"/,
    );
  });

  it('reports YAML syntax errors at line and column', () => {
    const error = configError('checks: [lint-requirements\nfail-on: error\n');
    expect(error.where).toMatch(/^shipcheck.yml:\d+:\d+$/);
    expect(error.message).toMatch(/^not valid YAML/);
    expect(configError('a: 1\na: 2\n').message).toMatch(/not valid YAML/);
  });

  it('expands ${NAME} and ${NAME:-default}, and $${ stays literal', () => {
    const config = parseConfig(
      'schema-compare:\n  target: ${PROD_URL}\n  reference: ${REF:-schema/reference.sql}\n  fix-sql: "$${NOT_EXPANDED}"\n',
      'shipcheck.yml',
      { PROD_URL: 'mysql://app:s3cr3t-pw@127.0.0.1:3306/app' },
    );
    expect(config['schema-compare']).toEqual({
      target: 'mysql://app:s3cr3t-pw@127.0.0.1:3306/app',
      reference: 'schema/reference.sql',
      'fix-sql': '${NOT_EXPANDED}',
    });
    // A password that arrived through the environment is a secret from then on.
    expect(maskSecrets('connecting with s3cr3t-pw')).toBe('connecting with ***');
  });

  it('says which variable is unset, where it is used and how to set it', () => {
    const error = configError('schema-compare:\n  target: ${PROD_DATABASE_URL}\n');
    expect(error.message).toBe('environment variable PROD_DATABASE_URL is not set');
    expect(error.where).toBe('shipcheck.yml:2 (schema-compare.target)');
    expect(error.fix).toMatch(/secrets.PROD_DATABASE_URL/);
  });

  it('refuses a password written into a URL, without repeating it', () => {
    const error = configError('schema-compare:\n  target: mysql://root:hunter22@db.example/app\n');
    expect(error.message).toMatch(/password is written into a URL/);
    expect(error.describe()).not.toContain('hunter22');
    expect(() =>
      parseConfig('schema-compare:\n  target: mysql://app:${DB_PASSWORD}@127.0.0.1/app\n', 'f', {
        DB_PASSWORD: 'pw1',
      }),
    ).not.toThrow();
  });
});

describe('loadConfig', () => {
  it('uses defaults when the project has no shipcheck.yml, and errors on a missing --config', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-config-'));
    expect(loadConfig(dir).config).toEqual({});
    expect(() => loadConfig(dir, path.join(dir, 'nope.yml'))).toThrow(/does not exist/);
    expect(() => loadConfig(path.join(dir, 'missing'))).toThrow(/project directory .* does not exist/);
  });

  it('finds shipcheck.yaml too', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-config-'));
    writeFileSync(path.join(dir, 'shipcheck.yaml'), 'fail-on: notice\n');
    expect(loadConfig(dir).config['fail-on']).toBe('notice');
  });
});
