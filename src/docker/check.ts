import type { StaticCheck } from '../checklist/check.js';
import { analyzeStatic } from './analyze.js';
import { DOCKER_BUILD_TEST_RULES } from './rules.js';
import { dockerBuildTestSettings, type DockerBuildTestInput } from './settings.js';

/** The static half of docker-build-test, as `shipcheck check` runs it: no engine, no build. */
export const dockerBuildTestCheck: StaticCheck = {
  name: 'docker-build-test',
  rules: DOCKER_BUILD_TEST_RULES,
  run: async ({ root, config }) => {
    const settings = dockerBuildTestSettings(
      root,
      (config['docker-build-test'] ?? {}) as DockerBuildTestInput,
      {
        build: false,
        smoke: false,
        'compose-up': false,
      },
    );
    const analysis = analyzeStatic(settings);
    return { findings: analysis.findings, data: analysis.data };
  },
};
