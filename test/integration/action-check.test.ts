import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runActionBundle, REPO_ROOT } from '../helpers/run-action.js';
import { FakeGitHub } from '../helpers/fake-github.js';

describe('umbrella action (dist/check, as the runner runs it)', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = new FakeGitHub('ghs_umbrella_token');
    await github.start();
  });
  afterEach(async () => github.stop());

  it('sets outputs, writes the JSON report and the job summary', async () => {
    const run = await runActionBundle('check', { inputs: { 'working-directory': 'examples/healthy' } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: '0' });
    expect(existsSync(run.outputs.report!)).toBe(true);
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8'))).toMatchObject({
      tool: 'shipcheck',
      command: 'check',
    });
    expect(run.summary).toContain('## ✅ shipcheck check passed');
  });

  it('writes SARIF when sarif-file is given', async () => {
    const sarifFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipcheck-sarif-')), 'out.sarif');
    const run = await runActionBundle('check', {
      inputs: { 'working-directory': 'examples/healthy', 'sarif-file': sarifFile },
    });
    expect(run.outputs.sarif).toBe(sarifFile);
    expect(JSON.parse(readFileSync(sarifFile, 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it('fails with the input name and the expected values on a bad input', async () => {
    const run = await runActionBundle('check', { inputs: { 'fail-on': 'always' } });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toBe("input 'fail-on' must be one of error, warning, notice, never, found 'always'");
    const bool = await runActionBundle('check', { inputs: { annotations: 'sure' } });
    expect(bool.failure).toBe("input 'annotations' must be true or false, found 'sure'");
  });

  it('comments once on the pull request and updates that comment on the next run', async () => {
    const options = {
      inputs: { 'working-directory': 'examples/healthy', 'github-token': 'ghs_umbrella_token' },
      env: { GITHUB_API_URL: github.url },
      event: {
        name: 'pull_request',
        payload: {
          pull_request: { number: 12 },
          repository: { name: 'resume-app', owner: { login: 'acme' } },
        },
      },
    };
    const first = await runActionBundle('check', options);
    expect(first.exitCode, first.stdout).toBe(0);
    const second = await runActionBundle('check', options);
    expect(second.exitCode).toBe(0);
    const comments = github.comments.get(12)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- shipcheck:check -->\n/);
    expect(github.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'GET /repos/acme/resume-app/issues/12/comments',
      'POST /repos/acme/resume-app/issues/12/comments',
      'GET /repos/acme/resume-app/issues/12/comments',
      `PATCH /repos/acme/resume-app/issues/comments/${comments[0]!.id}`,
    ]);
    // The only place the token may appear is the runner's own mask command.
    expect(first.stdout).toContain('::add-mask::ghs_umbrella_token');
    expect(first.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_umbrella_token');
  });

  it('warns but does not fail when the token may not comment', async () => {
    const run = await runActionBundle('check', {
      inputs: { 'working-directory': 'examples/healthy', 'github-token': 'read-only-fork-token' },
      env: { GITHUB_API_URL: github.url },
      event: { name: 'pull_request', payload: { pull_request: { number: 3 } } },
    });
    expect(run.exitCode).toBe(0);
    const warning = run.annotations.find((a) => a.level === 'warning');
    expect(warning?.message).toMatch(
      /could not write the pull request comment: .*Bad credentials.*pull-requests: write/,
    );
  });

  it('does not comment outside pull requests', async () => {
    await runActionBundle('check', {
      inputs: { 'working-directory': 'examples/healthy', 'github-token': 'ghs_umbrella_token' },
      env: { GITHUB_API_URL: github.url },
      event: { name: 'push', payload: {} },
    });
    expect(github.requests).toHaveLength(0);
  });

  it('is described by the root action.yml', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    expect(text).toMatch(/using: 'node24'/);
    expect(text).toMatch(/main: 'dist\/check\/index.js'/);
  });
});
