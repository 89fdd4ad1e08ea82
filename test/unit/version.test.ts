import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/core/version.js';
import { REPO_ROOT } from '../helpers/run-action.js';

it('reports the version package.json publishes', () => {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  expect(TOOL_VERSION).toBe(pkg.version);
});
