import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { RULES } from '../../checklist/rules.js';
import { describeError } from '../../core/errors.js';
import { maskSecrets } from '../../core/secrets.js';
import { emitAnnotations } from '../../report/annotations.js';
import { commentMarker, upsertStickyComment } from '../../report/pr-comment.js';
import { renderJson, renderMarkdown, renderSarif } from '../../report/render/index.js';
import type { Report } from '../../report/types.js';
import type { CommonInputs } from './inputs.js';

/**
 * Everything an action does with its report: the JSON file and outputs, the job summary, annotations,
 * SARIF, the sticky PR comment, and finally the step's status.
 */
export async function publishReport(report: Report, inputs: CommonInputs): Promise<void> {
  const reportFile = path.resolve(inputs.reportFile ?? defaultReportPath(report.command));
  writeFile(reportFile, renderJson(report));

  core.setOutput('passed', String(report.passed));
  core.setOutput('errors', String(report.summary.error));
  core.setOutput('warnings', String(report.summary.warning));
  core.setOutput('notices', String(report.summary.notice));
  core.setOutput('report', reportFile);

  if (inputs.sarifFile) {
    writeFile(path.resolve(inputs.sarifFile), renderSarif(report, RULES));
    core.setOutput('sarif', path.resolve(inputs.sarifFile));
  }

  const markdown = maskSecrets(renderMarkdown(report));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  else core.info(markdown);

  if (inputs.annotations) emitAnnotations(report, core);
  await commentOnPullRequest(report, inputs, markdown);

  if (!report.passed) {
    const { error, warning, notice } = report.summary;
    core.setFailed(
      `shipcheck ${report.command} failed: ${error} errors, ${warning} warnings, ${notice} notices ` +
        `(fail-on: ${String(report.data.failOn)}). See the job summary for each finding and its fix.`,
    );
  }
}

async function commentOnPullRequest(report: Report, inputs: CommonInputs, markdown: string): Promise<void> {
  if (!inputs.comment || !inputs.githubToken || !process.env.GITHUB_EVENT_NAME?.startsWith('pull_request')) {
    core.debug('no pull request comment: needs comment=true, a pull_request event and github-token');
    return;
  }
  // @actions/github (and Octokit) are loaded only on pull requests
  const { context } = await import('@actions/github');
  const pullRequest = context.payload.pull_request;
  if (!pullRequest) {
    core.debug('no pull request comment: needs comment=true, a pull_request event and github-token');
    return;
  }
  try {
    const result = await upsertStickyComment(
      {
        token: inputs.githubToken,
        owner: context.repo.owner,
        repo: context.repo.repo,
        issueNumber: pullRequest.number,
        apiUrl: context.apiUrl,
      },
      report.command,
      `${commentMarker(report.command)}\n${markdown}`,
    );
    core.info(`pull request comment ${result.action}: ${result.url}`);
  } catch (error) {
    // A fork's read-only token cannot comment; the check itself still stands.
    core.warning(
      `could not write the pull request comment: ${maskSecrets(describeError(error))}. ` +
        'Give the job `permissions: pull-requests: write`, or set comment: false.',
    );
  }
}

function defaultReportPath(command: string): string {
  // outside a runner (RUNNER_TEMP unset) the system temp folder; never a path ncc could mistake for an asset
  const base = process.env.RUNNER_TEMP || os.tmpdir();
  return path.join(base, `shipcheck-${command}-${randomUUID().slice(0, 8)}.json`);
}

function writeFile(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, maskSecrets(content));
}
