import * as core from '@actions/core';
import { describeError, ShipcheckError } from '../../core/errors.js';
import { maskSecrets, onSecretRegistered } from '../../core/secrets.js';
import type { Report } from '../../report/types.js';
import { publishReport } from './publish.js';
import { readCommonInputs, type CommonInputs } from './inputs.js';

/**
 * The frame of every action: read the common inputs, run the check, publish its report. Errors are
 * caught once here and become one actionable failure line, never a stack trace.
 */
export async function runAction(check: (inputs: CommonInputs) => Promise<Report>): Promise<void> {
  onSecretRegistered((secret) => core.setSecret(secret));
  try {
    const inputs = readCommonInputs();
    const report = await check(inputs);
    await publishReport(report, inputs);
  } catch (error) {
    if (!(error instanceof ShipcheckError) && error instanceof Error && error.stack) {
      core.debug(maskSecrets(error.stack));
    }
    core.setFailed(maskSecrets(describeError(error)));
  }
}
