import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker, upsertStickyComment } from './pr-comment.js';
import { FakeGitHub } from '../../test/helpers/fake-github.js';

describe('sticky pull request comment (against a local server speaking GitHub REST)', () => {
  let github: FakeGitHub;
  const target = () => ({
    token: 'ghs_testtoken123',
    owner: 'acme',
    repo: 'resume-app',
    issueNumber: 7,
    apiUrl: github.url,
  });

  beforeEach(async () => {
    github = new FakeGitHub('ghs_testtoken123');
    await github.start();
  });
  afterEach(async () => github.stop());

  it('creates the comment the first time, then updates the same one', async () => {
    const first = await upsertStickyComment(target(), 'lint-requirements', 'first body');
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(target(), 'lint-requirements', 'second body');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const comments = github.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toBe(`${commentMarker('lint-requirements')}\nsecond body`);
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);
  });

  it('keeps one comment per check and finds its own past the first page', async () => {
    github.seedComments(
      7,
      Array.from({ length: 130 }, (_, i) => `someone else ${i}`),
    );
    github.seedComments(7, [`${commentMarker('schema-compare')}\nold`]);
    const result = await upsertStickyComment(target(), 'schema-compare', 'new');
    expect(result.action).toBe('updated');
    const other = await upsertStickyComment(target(), 'lint-requirements', 'lint');
    expect(other.action).toBe('created');
    expect(github.comments.get(7)!.filter((c) => c.body.includes('<!-- shipcheck:'))).toHaveLength(2);
  });

  it('sends the token and fails clearly when GitHub refuses it', async () => {
    await expect(upsertStickyComment({ ...target(), token: 'wrong-token' }, 'x', 'body')).rejects.toThrow(
      /Bad credentials/,
    );
    expect(github.requests[0]!.authorization).toBe('token wrong-token');
  });

  it('cuts a body over GitHub’s limit', async () => {
    await upsertStickyComment(target(), 'x', 'y'.repeat(70_000));
    const body = github.comments.get(7)![0]!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('The report was cut to fit a comment');
  });
});
