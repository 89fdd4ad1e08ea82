import * as core from '@actions/core';
import { ShipcheckError } from '../../core/errors.js';
import { FAIL_ON_LEVELS, type FailOn } from '../../report/types.js';

/** Inputs every shipcheck action takes (see docs/configuration.md#common-action-inputs). */
export interface CommonInputs {
  workingDirectory: string;
  config?: string;
  /** undefined when the input is empty: shipcheck.yml's fail-on, else error */
  failOn?: FailOn;
  githubToken?: string;
  comment: boolean;
  annotations: boolean;
  sarifFile?: string;
  reportFile?: string;
}

export function readCommonInputs(): CommonInputs {
  const failOn = core.getInput('fail-on');
  if (failOn && !(FAIL_ON_LEVELS as readonly string[]).includes(failOn)) {
    throw new ShipcheckError(
      'input',
      `input 'fail-on' must be one of ${FAIL_ON_LEVELS.join(', ')}, found '${failOn}'`,
    );
  }
  const githubToken = core.getInput('github-token');
  if (githubToken) core.setSecret(githubToken);
  return {
    workingDirectory: core.getInput('working-directory') || '.',
    config: core.getInput('config') || undefined,
    failOn: (failOn || undefined) as FailOn | undefined,
    githubToken: githubToken || undefined,
    comment: booleanInput('comment', true),
    annotations: booleanInput('annotations', true),
    sarifFile: core.getInput('sarif-file') || undefined,
    reportFile: core.getInput('report-file') || undefined,
  };
}

/** Like core.getBooleanInput, but an empty value means the default and the error names the input. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new ShipcheckError('input', `input '${name}' must be true or false, found '${value}'`);
}

/** A comma- or newline-separated list input; undefined when empty. */
export function listInput(name: string): string[] | undefined {
  const items = core
    .getInput(name)
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** The SSH secrets of an action (ssh-key, ssh-passphrase, ssh-password), masked in the runner's log at once. */
export function readSshSecrets(): { key?: string; passphrase?: string; password?: string } {
  const secrets = {
    key: core.getInput('ssh-key'),
    passphrase: core.getInput('ssh-passphrase'),
    password: core.getInput('ssh-password'),
  };
  for (const secret of Object.values(secrets)) if (secret) core.setSecret(secret);
  return secrets;
}
