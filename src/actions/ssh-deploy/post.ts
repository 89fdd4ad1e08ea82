/**
 * The action's `post:` step: runs even when the job was cancelled or failed. If the main step still held a
 * server lock (the runner stopped it mid-deploy), release it — only if it is still ours (token check).
 */
import * as core from '@actions/core';
import { describeError } from '../../core/errors.js';
import { maskSecrets } from '../../core/secrets.js';
import { silentSteps } from '../../core/steps.js';
import { withHost } from '../../deploy/ssh-deploy.js';
import { readCommonInputs } from '../shared/inputs.js';
import { readDeploySettings } from './inputs.js';

export const LOCKS_STATE = 'shipcheck-deploy-locks';

export async function releaseLeftoverLocks(): Promise<void> {
  const raw = core.getState(LOCKS_STATE);
  const held = raw ? (JSON.parse(raw) as Record<string, string>) : {};
  if (Object.keys(held).length === 0) {
    core.debug('no server lock left to release');
    return;
  }
  try {
    const { settings } = readDeploySettings(readCommonInputs());
    for (const target of settings.ssh.targets.filter((t) => held[t.host])) {
      await withHost(
        target,
        settings,
        { steps: silentSteps, log: (line) => core.info(line) },
        async (host) => {
          await host.releaseLock(held[target.host]!);
          core.info(`released the deploy lock on ${target.host}`);
        },
      ).catch((error: unknown) =>
        core.warning(
          `could not release the deploy lock on ${target.host}: ${maskSecrets(describeError(error))}`,
        ),
      );
    }
  } catch (error) {
    core.warning(`could not release the deploy locks: ${maskSecrets(describeError(error))}`);
  }
}
