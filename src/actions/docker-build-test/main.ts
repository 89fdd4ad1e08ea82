import * as core from '@actions/core';
import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { dockerBuildTest } from '../../docker/docker-build-test.js';
import {
  dockerBuildTestSettings,
  DOCKER_BUILD_TEST_KEYS,
  type DockerBuildTestInput,
} from '../../docker/settings.js';
import { createReport } from '../../report/report.js';
import { runAction } from '../shared/run-action.js';
import { actionsSteps } from '../shared/steps.js';

await runAction(async (inputs) => {
  const { root, config } = loadConfig(inputs.workingDirectory, inputs.config);
  // Inputs left empty fall back to shipcheck.yml's docker-build-test section; build and smoke default to on.
  const overrides: DockerBuildTestInput = Object.fromEntries(
    DOCKER_BUILD_TEST_KEYS.map((key) => [key, core.getInput(key) || undefined]),
  );
  const settings = dockerBuildTestSettings(
    root,
    (config['docker-build-test'] ?? {}) as DockerBuildTestInput,
    overrides,
    { build: true, smoke: true },
  );
  const result = await dockerBuildTest(settings, { steps: actionsSteps, log: (line) => core.info(line) });
  if (result.data.image) core.setOutput('image', result.data.image);
  if (result.data.smoke) {
    core.setOutput('peak-memory', result.data.smoke.peakMemory ?? '');
    core.setOutput('health', result.data.smoke.health);
  }
  return createReport({
    command: 'docker-build-test',
    findings: result.findings,
    failOn: resolveFailOn(inputs.failOn, config['fail-on']),
    data: result.data,
  });
});
