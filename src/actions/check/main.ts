import path from 'node:path';
import * as core from '@actions/core';
import { runChecklist } from '../../checklist/run-checklist.js';
import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { listInput } from '../shared/inputs.js';
import { runAction } from '../shared/run-action.js';
import { actionsSteps } from '../shared/steps.js';

// The umbrella action (root action.yml): every static check configured in shipcheck.yml.
await runAction(async (inputs) => {
  const { root, config, file } = loadConfig(inputs.workingDirectory, inputs.config);
  core.info(
    file ? `configuration: ${path.relative(process.cwd(), file) || file}` : 'no shipcheck.yml: defaults',
  );
  return runChecklist({
    root,
    config,
    checks: listInput('checks'),
    failOn: resolveFailOn(inputs.failOn, config['fail-on']),
    steps: actionsSteps,
  });
});
