// npm run bench [-- NAME...]: runs the named benchmarks (default: all) and records them in docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './lib.mjs';

const available = readdirSync(path.join(REPO_ROOT, 'bench'))
  .filter((name) => name.endsWith('.mjs') && !['lib.mjs', 'run.mjs'].includes(name))
  .map((name) => name.replace(/\.mjs$/, ''));
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : available;
let failed = false;
for (const name of wanted) {
  if (!available.includes(name)) {
    console.error(`bench: no benchmark '${name}'; available: ${available.join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== bench/${name}`);
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bench', `${name}.mjs`)], {
    stdio: 'inherit',
  });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
