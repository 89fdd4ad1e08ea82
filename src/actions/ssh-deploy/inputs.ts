import * as core from '@actions/core';
import { loadConfig } from '../../config/load.js';
import {
  deploySettings,
  SSH_DEPLOY_KEYS,
  type DeploySettings,
  type SshDeployInput,
} from '../../deploy/settings.js';
import { readSshSecrets, type CommonInputs } from '../shared/inputs.js';

/** ssh-deploy's settings from its inputs (empty ones fall back to shipcheck.yml's ssh-deploy section). */
export function readDeploySettings(inputs: CommonInputs): {
  settings: DeploySettings;
  config: Record<string, unknown>;
} {
  const secrets = readSshSecrets();
  const { root, config } = loadConfig(inputs.workingDirectory, inputs.config);
  const overrides: SshDeployInput = Object.fromEntries(
    SSH_DEPLOY_KEYS.map((key) => [key, core.getInput(key) || undefined]),
  );
  const settings = deploySettings(root, (config['ssh-deploy'] ?? {}) as SshDeployInput, overrides, secrets);
  return { settings, config };
}
