/**
 * Flask-Migrate / Alembic history: the revision graph from migrations/versions/*.py (revision,
 * down_revision, merges) against the revision the target database records in alembic_version.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../report/types.js';

export interface Revision {
  id: string;
  parents: string[];
  file: string;
  line: number;
  message?: string;
}

const DEFAULT_DIRS = ['migrations/versions', 'alembic/versions'];

/** The versions folder: the given one, else migrations/versions or alembic/versions when present. */
export function findVersionsDir(root: string, configured?: string): string | undefined {
  if (configured) return path.resolve(root, configured);
  return DEFAULT_DIRS.map((dir) => path.join(root, dir)).find((dir) => existsSync(dir));
}

function pythonStrings(text: string): string[] {
  return [...text.matchAll(/(['"])([^'"]*)\1/g)].map((m) => m[2]!);
}

export function readRevisions(root: string, dir: string): { revisions: Revision[]; findings: Finding[] } {
  const revisions: Revision[] = [];
  const findings: Finding[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.py'))
    .sort()) {
    const file = path.relative(root, path.join(dir, name)).split(path.sep).join('/');
    const text = readFileSync(path.join(dir, name), 'utf8');
    // `revision = 'ab12'`, `revision: str = "ab12"`; down_revision may be None, a string or a tuple (a merge)
    const revision = /^revision\s*(?::[^=\n]+)?=\s*['"]([^'"]+)['"]/m.exec(text);
    const down = /^down_revision\s*(?::[^=\n]+)?=\s*(.+)$/m.exec(text);
    if (!revision || !down) {
      findings.push({
        rule: 'schema-migrations',
        severity: 'warning',
        message: `${file} has no revision/down_revision assignment, so it was left out of the history`,
        file,
        line: 1,
      });
      continue;
    }
    const parentsText = down[1]!.trim();
    revisions.push({
      id: revision[1]!,
      parents: /^None\b/.test(parentsText) ? [] : pythonStrings(parentsText),
      file,
      line: text.slice(0, revision.index).split('\n').length,
      message: /^"""\s*(.*?)\s*(?:"""|$)/m.exec(text)?.[1] || undefined,
    });
  }
  return { revisions, findings };
}

/** Compares the history with the revision(s) recorded in the target's alembic_version table. */
export function checkMigrationHistory(
  revisions: Revision[],
  applied: string[] | undefined,
  targetLabel: string,
): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const children = new Set(revisions.flatMap((r) => r.parents));
  const heads = revisions.filter((r) => !children.has(r.id));
  if (heads.length > 1) {
    findings.push({
      rule: 'schema-migrations',
      severity: 'error',
      message: `the migrations have ${heads.length} heads (${heads.map((h) => h.id).join(', ')}): "flask db upgrade" stops with "Multiple head revisions are present"`,
      file: heads[1]!.file,
      line: heads[1]!.line,
      fix: 'run flask db merge heads, commit the merge revision',
    });
  }
  for (const revision of revisions) {
    for (const parent of revision.parents) {
      if (!byId.has(parent)) {
        findings.push({
          rule: 'schema-migrations',
          severity: 'error',
          message: `${revision.id} follows ${parent}, which no migration file defines`,
          file: revision.file,
          line: revision.line,
          fix: 'restore the missing migration or fix down_revision',
        });
      }
    }
  }
  if (applied === undefined) return findings;
  if (applied.length === 0) {
    findings.push({
      rule: 'schema-migrations',
      severity: 'error',
      message: `${targetLabel} has no alembic_version row: no migration was ever applied there`,
      fix: 'run flask db upgrade (or flask db stamp head if the schema was created another way)',
    });
    return findings;
  }
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const parent of byId.get(id)?.parents ?? []) {
      if (!seen.has(parent)) {
        seen.add(parent);
        ancestors(parent, seen);
      }
    }
    return seen;
  };
  for (const current of applied) {
    if (!byId.has(current)) {
      findings.push({
        rule: 'schema-migrations',
        severity: 'error',
        message: `${targetLabel} is at revision ${current}, which is not in the migrations: it was made from another branch, or its file was deleted`,
        fix: 'find the branch that made it and merge its migration, or stamp the database after checking its schema',
      });
      continue;
    }
    for (const head of heads) {
      if (head.id === current) continue;
      const behind = ancestors(head.id);
      if (!behind.has(current)) continue;
      // the revisions between current and head: ancestors of head that are not ancestors of current
      const done = ancestors(current);
      const pending = [...behind, head.id].filter((id) => id !== current && !done.has(id));
      findings.push({
        rule: 'schema-migrations',
        severity: 'error',
        message: `${targetLabel} is ${pending.length} migration${pending.length === 1 ? '' : 's'} behind (at ${current}, head ${head.id}): ${pending.map((id) => `${id}${byId.get(id)?.message ? ` "${byId.get(id)!.message}"` : ''}`).join(', ')}`,
        file: head.file,
        line: head.line,
        fix: 'run flask db upgrade on the target before (or as part of) the deploy',
      });
    }
  }
  return findings;
}
