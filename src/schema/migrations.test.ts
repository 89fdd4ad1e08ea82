import { describe, expect, it } from 'vitest';
import { makeProject } from '../../test/helpers/project.js';
import { checkMigrationHistory, findVersionsDir, readRevisions, type Revision } from './migrations.js';

const rev = (id: string, parents: string[], message?: string): Revision => ({
  id,
  parents,
  file: `migrations/versions/${id}.py`,
  line: 5,
  message,
});

describe('Alembic history', () => {
  const linear = [
    rev('a1', []),
    rev('b2', ['a1'], 'add resumes.original_filename'),
    rev('c3', ['b2'], 'add jobs.responsibilities'),
  ];

  it('is quiet when the target is at the head', () => {
    expect(checkMigrationHistory(linear, ['c3'], 'prod')).toEqual([]);
  });

  it('says how far behind the target is and which revisions are pending', () => {
    const [finding] = checkMigrationHistory(linear, ['a1'], 'prod');
    expect(finding).toMatchObject({
      rule: 'schema-migrations',
      severity: 'error',
      file: 'migrations/versions/c3.py',
      fix: expect.stringMatching(/flask db upgrade/),
    });
    expect(finding!.message).toBe(
      'prod is 2 migrations behind (at a1, head c3): b2 "add resumes.original_filename", c3 "add jobs.responsibilities"',
    );
  });

  it('reports an unknown revision, no revision at all, several heads and gaps', () => {
    expect(checkMigrationHistory(linear, ['zz9'], 'prod')[0]!.message).toMatch(
      /at revision zz9, which is not in the migrations/,
    );
    expect(checkMigrationHistory(linear, [], 'prod')[0]!.message).toMatch(/no alembic_version row/);
    const branched = [...linear, rev('d4', ['b2'])];
    expect(checkMigrationHistory(branched, undefined, 'prod')[0]!.message).toMatch(
      /2 heads \(c3, d4\).*Multiple head revisions/,
    );
    const merged = [...branched, rev('e5', ['c3', 'd4'])];
    expect(checkMigrationHistory(merged, ['e5'], 'prod')).toEqual([]);
    expect(checkMigrationHistory(merged, ['c3'], 'prod')[0]!.message).toMatch(
      /2 migrations behind \(at c3, head e5\): d4, e5/,
    );
    expect(checkMigrationHistory([rev('b2', ['a1'])], undefined, 'prod')[0]!.message).toBe(
      'b2 follows a1, which no migration file defines',
    );
  });

  it('reads revision files, annotated or not, and merges', () => {
    const root = makeProject({
      'migrations/versions/001_init.py':
        '"""init\n\nRevision ID: a1\n"""\nrevision = \'a1\'\ndown_revision = None\n',
      'migrations/versions/002_add.py':
        '"""add column\n"""\nfrom alembic import op\nrevision: str = "b2"\ndown_revision: Union[str, None] = "a1"\n',
      'migrations/versions/003_merge.py': "revision = 'm3'\ndown_revision = ('a1', 'b2')\n",
      'migrations/versions/README.py': '# nothing\n',
    });
    const dir = findVersionsDir(root)!;
    const { revisions, findings } = readRevisions(root, dir);
    expect(revisions.map((r) => [r.id, r.parents, r.line, r.message])).toEqual([
      ['a1', [], 5, 'init'],
      ['b2', ['a1'], 4, 'add column'],
      ['m3', ['a1', 'b2'], 1, undefined],
    ]);
    expect(findings.map((f) => f.file)).toEqual(['migrations/versions/README.py']);
  });
});
