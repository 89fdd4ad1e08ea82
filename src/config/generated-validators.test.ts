import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('ahead-of-time schema validators (src/generated)', () => {
  it('match their JSON Schemas: a schema edited without `npm run build` fails here', () => {
    const check = spawnSync(process.execPath, [path.join(root, 'scripts/compile-schemas.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
