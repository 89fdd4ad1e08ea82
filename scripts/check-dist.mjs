// Rebuilds every bundle into a temporary folder and fails, naming the files, when dist/ differs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-dist-'));
try {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), fresh], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
  const committed = path.join(root, 'dist');
  const names = new Set([...listFiles(committed), ...listFiles(fresh)]);
  const differing = [...names].sort().filter((name) => {
    const a = path.join(committed, name);
    const b = path.join(fresh, name);
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
  });
  if (differing.length > 0) {
    console.error(`check-dist: dist/ is not what the sources build (${differing.length} files differ):`);
    for (const name of differing) console.error(`  dist/${name}`);
    console.error('Run `npm run build` and commit dist/ with the source change.');
    process.exit(1);
  }
  console.log('check-dist: dist/ matches a fresh build');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? listFiles(full, relative) : [relative];
  });
}
