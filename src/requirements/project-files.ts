import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** Folders that hold someone else's code or generated output, never the project's sources. */
const SKIPPED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  '__pycache__',
  'site-packages',
  'dist-packages',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.venv',
  'venv',
  'env',
  '.eggs',
  'build',
  'dist',
  '.shipcheck',
]);

/** `*` matches within one path segment, `**` across segments. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      out += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Project-relative requirement files named or matched by the patterns, in order, without repeats. */
export function findRequirementFiles(
  root: string,
  patterns: readonly string[],
): { files: string[]; unmatched: string[] } {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    if (!/[*?]/.test(pattern)) {
      if (existsSync(path.join(root, pattern))) files.push(pattern.replace(/^\.\//, ''));
      else unmatched.push(pattern);
      continue;
    }
    const dir = path.posix.dirname(pattern);
    const matcher = globToRegExp(path.posix.basename(pattern));
    const absoluteDir = path.join(root, dir);
    const found = existsSync(absoluteDir)
      ? readdirSync(absoluteDir)
          .filter((name) => matcher.test(name) && statSync(path.join(absoluteDir, name)).isFile())
          .sort()
          .map((name) => (dir === '.' ? name : `${dir}/${name}`))
      : [];
    if (found.length === 0) unmatched.push(pattern);
    files.push(...found);
  }
  return { files: [...new Set(files)], unmatched };
}

/** Every `.py` file under root (project-relative), skipping virtualenvs, dependencies and build output. */
export function findPythonFiles(root: string, exclude: readonly string[]): string[] {
  const excluded = exclude.map(globToRegExp);
  const out: string[] = [];
  const walk = (dir: string, relative: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (excluded.some((re) => re.test(rel))) continue;
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || entry.name.endsWith('.egg-info')) continue;
        // a virtualenv by any name
        if (existsSync(path.join(dir, entry.name, 'pyvenv.cfg'))) continue;
        walk(path.join(dir, entry.name), rel);
      } else if (entry.isFile() && entry.name.endsWith('.py')) {
        out.push(rel);
      }
    }
  };
  walk(root, '');
  return out.sort();
}

/**
 * The project's own top-level modules: `x.py` and folders holding Python at the root, and the same under
 * `src/` (the src layout). An import of one of these is never a third-party dependency. Modules deeper down
 * (app/celery.py) are not: `import celery` there still means the distribution.
 */
export function firstPartyModules(pythonFiles: readonly string[], extra: readonly string[]): Set<string> {
  const modules = new Set(extra);
  for (const file of pythonFiles) {
    const parts = file.split('/');
    const start = parts[0] === 'src' && parts.length > 1 ? 1 : 0;
    modules.add(parts[start]!.replace(/\.py$/, ''));
  }
  return modules;
}
