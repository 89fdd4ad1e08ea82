import * as core from '@actions/core';
import { resolveFailOn } from '../../config/fail-on.js';
import { sshDeploy } from '../../deploy/ssh-deploy.js';
import { deployMarkdown } from '../../deploy/summary.js';
import { maskSecrets } from '../../core/secrets.js';
import { createReport } from '../../report/report.js';
import { runAction } from '../shared/run-action.js';
import { actionsSteps } from '../shared/steps.js';
import { readDeploySettings } from './inputs.js';
import { LOCKS_STATE } from './post.js';

await runAction(async (inputs) => {
  const { settings, config } = readDeploySettings(inputs);
  // which hosts' locks this job holds: the post step releases them when the job is cancelled mid-deploy
  const held: Record<string, string> = {};
  const run = await sshDeploy(settings, {
    steps: actionsSteps,
    log: (line) => core.info(line),
    warn: (line) => core.warning(line),
    debug: (line) => core.debug(line),
    lockState: {
      held(host, token) {
        held[host] = token;
        core.saveState(LOCKS_STATE, JSON.stringify(held));
      },
      released(host) {
        delete held[host];
        core.saveState(LOCKS_STATE, JSON.stringify(held));
      },
    },
  });
  const first = run.data.hosts[0];
  core.setOutput('sha', run.data.sha ?? '');
  core.setOutput('previous-sha', first?.previous ?? '');
  const outcomes = new Set<string>(run.data.hosts.map((h) => h.outcome));
  core.setOutput('outcome', outcomes.size === 1 ? [...outcomes][0]! : 'mixed');
  core.setOutput(
    'hosts',
    JSON.stringify(
      run.data.hosts.map(({ host, outcome, sha, previous, backup }) => ({
        host,
        outcome,
        sha,
        previous,
        backup,
      })),
    ),
  );
  const backups = run.data.hosts.map((h) => h.backup).filter(Boolean);
  if (backups.length) core.setOutput('backup', backups.join('\n'));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(maskSecrets(deployMarkdown(run))).write();
  return createReport({
    command: settings.rollbackTo ? 'rollback' : 'ssh-deploy',
    findings: run.findings,
    failOn: resolveFailOn(inputs.failOn, config['fail-on']),
    data: run.data as unknown as Record<string, unknown>,
  });
});
