import { loadConfig } from '../../config/load.js';
import { resolveFailOn } from '../../config/fail-on.js';
import { dockerBuildTest } from '../../docker/docker-build-test.js';
import {
  dockerBuildTestSettings,
  DOCKER_BUILD_TEST_KEYS,
  type DockerBuildTestInput,
} from '../../docker/settings.js';
import { createReport } from '../../report/report.js';
import { flagsAsInputs, type GlobalOptions } from '../options.js';
import { emitReport } from '../output.js';
import { terminalSteps } from '../progress.js';

/** `shipcheck docker-build-test`: returns the exit code. */
export async function runDockerBuildTest(dir: string, options: GlobalOptions): Promise<number> {
  const { root, config } = loadConfig(dir, options.config);
  const settings = dockerBuildTestSettings(
    root,
    (config['docker-build-test'] ?? {}) as DockerBuildTestInput,
    flagsAsInputs(DOCKER_BUILD_TEST_KEYS, options),
  );
  const steps = terminalSteps(process.stderr, options.quiet);
  const log = options.quiet ? () => undefined : (line: string) => process.stderr.write(`  │ ${line}\n`);
  const result = await dockerBuildTest(settings, { steps, log });
  const report = createReport({
    command: 'docker-build-test',
    findings: result.findings,
    failOn: resolveFailOn(options.failOn, config['fail-on']),
    data: result.data,
  });
  return emitReport(report, options);
}
