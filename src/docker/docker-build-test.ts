/**
 * docker-build-test end to end: the static analysis, then (when asked) build, smoke run and Compose smoke
 * against a real engine. Each phase is a step with its duration; a failed build stops before the smoke run.
 */
import type { StepRunner } from '../core/steps.js';
import type { Finding } from '../report/types.js';
import { analyzeStatic, type StaticAnalysis } from './analyze.js';
import type { BuildOutcome } from './engine/build.js';
import type { ComposeUpData } from './engine/compose-up.js';
import type { SmokeData } from './engine/smoke.js';
import type { DockerBuildTestSettings } from './settings.js';

export interface DockerBuildTestResult {
  findings: Finding[];
  data: StaticAnalysis['data'] & {
    engine?: string;
    image?: string;
    build?: Omit<BuildOutcome, 'findings'>;
    smoke?: SmokeData;
    composeUp?: ComposeUpData;
  };
}

export async function dockerBuildTest(
  settings: DockerBuildTestSettings,
  options: { steps: StepRunner; log: (line: string) => void },
): Promise<DockerBuildTestResult> {
  const { steps, log } = options;
  const analysis = await steps.run('static analysis', async () => analyzeStatic(settings));
  const result: DockerBuildTestResult = { findings: [...analysis.findings], data: { ...analysis.data } };
  if (!settings.build && !settings.composeUp) return result;

  // the engine half loads only when it runs: the static analysis (and `shipcheck check`) never needs it
  const [{ buildImage }, { composeUp }, { detectEngine }, { smokeRun }] = await Promise.all([
    import('./engine/build.js'),
    import('./engine/compose-up.js'),
    import('./engine/docker-cli.js'),
    import('./engine/smoke.js'),
  ]);

  const { engine, problem } = await steps.run('engine', detectEngine);
  if (!engine) {
    result.findings.push({
      rule: 'engine-unavailable',
      severity: 'error',
      message: `build${settings.smoke ? ' and smoke run' : ''} asked for, but ${problem}`,
      file: settings.dockerfile,
      fix: 'start the Docker engine (or set DOCKER_HOST), or run only the static checks: build: false, smoke: false',
    });
    return result;
  }
  result.data.engine = `Docker ${engine.version}${engine.buildx ? ' with buildx' : ''}`;

  if (settings.build) {
    const build = await steps.run('build', () => buildImage(settings, analysis.plan.context, engine, log));
    const { findings, ...rest } = build;
    result.findings.push(...findings);
    result.data.build = rest;
    result.data.image = build.tag;
    if (!build.ok) return result;
    if (settings.smoke) {
      const pythonVersion = analysis.facts?.finalStage?.pythonVersion ?? '3.12';
      // the import scan is lint-requirements' code: loaded only for a smoke run
      const { thirdPartyImports } = await import('../requirements/lint.js');
      const modules = thirdPartyImports(settings.root, settings.exclude, pythonVersion);
      const smoke = await steps.run('smoke run', () =>
        smokeRun({ settings, plan: analysis.plan, facts: analysis.facts, tag: build.tag, modules, log }),
      );
      result.findings.push(...smoke.findings);
      result.data.smoke = smoke.data;
    }
  }
  if (settings.composeUp) {
    const files = analysis.plan.project?.files.map((f) => f.file) ?? analysis.data.composeFiles;
    const up = await steps.run('compose up', () =>
      composeUp({ settings, engine, files, project: analysis.plan.project, log }),
    );
    result.findings.push(...up.findings);
    result.data.composeUp = up.data;
  }
  return result;
}
