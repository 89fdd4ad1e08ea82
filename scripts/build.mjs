// Builds every bundle in scripts/bundles.mjs into dist/<name>/ (or into the folder given as argv[2]).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLES } from './bundles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

// the JSON Schema validators the bundles import, compiled ahead of time
const schemas = spawnSync(process.execPath, [path.join(root, 'scripts', 'compile-schemas.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (schemas.status !== 0) process.exit(1);

for (const { name, entry } of BUNDLES) {
  const outDir = path.join(outRoot, name);
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [
      ncc,
      'build',
      path.join(root, entry),
      '-o',
      outDir,
      '--target',
      'es2022',
      '--quiet',
      '--license',
      'licenses.txt',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error(`build: ncc failed for ${entry} (exit ${result.status})`);
    process.exit(1);
  }
  console.log(`built dist/${name}/index.js from ${entry}`);
}
