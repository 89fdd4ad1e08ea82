import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/run-action.js';

/** Integration tests run the committed bundles; say how to make them when they are missing. */
export default function setup(): void {
  for (const bundle of ['check', 'cli']) {
    if (!existsSync(path.join(REPO_ROOT, 'dist', bundle, 'index.js'))) {
      throw new Error(`dist/${bundle}/index.js is missing: run \`npm run build\` first`);
    }
  }
}
