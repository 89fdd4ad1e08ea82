import * as core from '@actions/core';
import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { maskSecrets } from '../../core/secrets.js';
import { createReport } from '../../report/report.js';
import type { SshConnectionInput } from '../../ssh/settings.js';
import {
  POST_DEPLOY_VERIFY_KEYS,
  verifySettings,
  type PostDeployVerifyInput,
} from '../../verify/settings.js';
import { verifyMarkdown, writeJunit } from '../../verify/summary.js';
import { postDeployVerify } from '../../verify/verify.js';
import { readSshSecrets } from '../shared/inputs.js';
import { runAction } from '../shared/run-action.js';
import { actionsSteps } from '../shared/steps.js';

await runAction(async (inputs) => {
  const secrets = readSshSecrets();
  const { root, config } = loadConfig(inputs.workingDirectory, inputs.config);
  const overrides: PostDeployVerifyInput = Object.fromEntries(
    POST_DEPLOY_VERIFY_KEYS.map((key) => [key, core.getInput(key) || undefined]),
  );
  const settings = verifySettings(
    root,
    {
      verify: config.verify,
      section: (config['post-deploy-verify'] ?? {}) as PostDeployVerifyInput,
      sshDefaults: (config['ssh-deploy'] ?? {}) as SshConnectionInput,
    },
    overrides,
    secrets,
  );
  const run = await postDeployVerify(settings, {
    steps: actionsSteps,
    log: (line) => core.info(line),
    warn: (line) => core.warning(line),
  });
  core.setOutput('checks-passed', String(run.data.passed));
  core.setOutput('checks-failed', String(run.data.failed));
  core.setOutput('checks-skipped', String(run.data.skipped));
  if (settings.junitFile) core.setOutput('junit-file', writeJunit(settings.junitFile, run));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(maskSecrets(verifyMarkdown(run))).write();
  return createReport({
    command: 'post-deploy-verify',
    findings: run.findings,
    failOn: resolveFailOn(inputs.failOn, config['fail-on']),
    data: run.data as unknown as Record<string, unknown>,
  });
});
