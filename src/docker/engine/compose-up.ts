/**
 * Compose smoke (`compose-up`): the whole project brought up the way the server will (`docker compose up
 * --wait` with v2; `docker-compose up -d` and health polling with v1), with the override file the user gives
 * for CI, under a unique project name, and always torn down (`down -v --remove-orphans`).
 */
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../report/types.js';
import type { ComposeProject } from '../compose.js';
import { missingEnvFiles } from '../compose-lint.js';
import type { DockerBuildTestSettings } from '../settings.js';
import { runDocker, type Engine } from './docker-cli.js';
import { explain, tail } from './fingerprints.js';

export interface ComposeUpData {
  project: string;
  compose: string;
  services: Record<string, string>;
  /** env files the repository lacks, made from their committed template for the run and removed after it */
  seededEnvFiles: string[];
  durationMs: number;
}

export async function composeUp(options: {
  settings: DockerBuildTestSettings;
  engine: Engine;
  files: string[];
  project?: ComposeProject;
  log: (line: string) => void;
}): Promise<{ findings: Finding[]; data: ComposeUpData }> {
  const { settings, engine, log } = options;
  const started = performance.now();
  const project = `shipcheck-smoke-${randomBytes(4).toString('hex')}`;
  const files = [...options.files, ...(settings.composeOverride ? [settings.composeOverride] : [])];
  const data: ComposeUpData = {
    project,
    compose: engine.compose
      ? `${engine.compose.program} ${engine.compose.prefix.join(' ')} ${engine.compose.version}`.replace(
          /\s+/g,
          ' ',
        )
      : 'none',
    services: {},
    seededEnvFiles: [],
    durationMs: 0,
  };
  const where = { file: files[0] ?? 'docker-compose.yml', line: 1 };
  if (!engine.compose) {
    return {
      findings: [
        {
          rule: 'engine-unavailable',
          severity: 'error',
          message:
            'compose-up needs Docker Compose, but neither `docker compose` (v2) nor `docker-compose` (v1) is installed',
          ...where,
          fix: 'install the Compose plugin (docker-compose-plugin) or turn compose-up off',
        },
      ],
      data,
    };
  }
  const compose = engine.compose;
  const base = [
    ...compose.prefix,
    '--project-name',
    project,
    '--project-directory',
    settings.root,
    ...files.flatMap((f) => ['--file', path.join(settings.root, f)]),
  ];
  const run = (args: string[], timeout: number) =>
    runDocker([...base, ...args], { timeout, program: compose.program, cwd: settings.root, onLine: log });
  const findings: Finding[] = [];
  const deadline = settings.smokeTimeout * 1000;
  try {
    // A CI checkout has .env.example, not the server's .env: compose refuses to start without the file, so the run
    // gets a copy of the template, removed afterwards (never a file that was there before).
    for (const service of options.project?.services ?? []) {
      for (const { path: file, example } of missingEnvFiles(service, settings.root)) {
        // (services sharing one env file: the first seeded it)
        if (!example || data.seededEnvFiles.includes(file)) continue;
        // EXCL: never over a file that appeared meanwhile
        copyFileSync(
          path.join(settings.root, example),
          path.join(settings.root, file),
          constants.COPYFILE_EXCL,
        );
        data.seededEnvFiles.push(file);
        log(`compose up: ${file} is not in the repository; this run uses a copy of ${example}`);
      }
    }
    const v2 = compose.program === 'docker';
    const up = await run(
      v2 ? ['up', '--detach', '--wait', '--wait-timeout', String(settings.smokeTimeout)] : ['up', '--detach'],
      deadline + 30_000,
    );
    if (up.code !== 0 || up.timedOut) {
      const text = `${up.stdout}\n${up.stderr}`;
      const explanations = explain(text);
      findings.push({
        rule: 'compose-up-failed',
        severity: 'error',
        message: `${data.compose} up failed${up.timedOut ? ' (timed out)' : ''}: ${tail(text, 8).join(' / ')}`,
        ...where,
        fix:
          explanations.map((e) => e.fix).join('; ') || 'run the same compose up by hand with the same files',
      });
    } else {
      // v1 has no --wait: poll every container's health until all are healthy (or running, without a check)
      const until = Date.now() + deadline;
      for (;;) {
        const ids = (await run(['ps', '-q'], 30_000)).stdout
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean);
        const states = await Promise.all(
          ids.map(async (id) => {
            const r = await runDocker(
              [
                'inspect',
                '--format',
                '{{index .Config.Labels "com.docker.compose.service"}}|{{.State.Status}}|{{if .State.Health}}{{.State.Health.Status}}{{end}}',
                id,
              ],
              { timeout: 15_000 },
            );
            const [service = id, status = '', healthStatus = ''] = r.stdout.trim().split('|');
            return { service, status, health: healthStatus };
          }),
        );
        for (const s of states) data.services[s.service] = s.health || s.status;
        const bad = states.filter((s) => s.status !== 'running' || s.health === 'unhealthy');
        const waiting = states.filter((s) => s.health === 'starting');
        if (bad.length > 0 || (waiting.length === 0 && states.length > 0) || Date.now() > until) {
          const failing = [...bad, ...(Date.now() > until ? waiting : [])];
          if (failing.length > 0) {
            const logs = await run(
              ['logs', '--no-color', '--tail', '30', ...failing.map((s) => s.service)],
              30_000,
            ).catch(() => undefined);
            const text = logs ? `${logs.stdout}\n${logs.stderr}` : '';
            const explanations = explain(text);
            findings.push({
              rule: 'compose-up-failed',
              severity: 'error',
              message: `after compose up: ${failing.map((s) => `${s.service} is ${s.health || s.status}`).join(', ')}${explanations.length ? ` — ${explanations.map((e) => e.explanation).join(' ')}` : ''}\nlast lines:\n${tail(text, 12).join('\n')}`,
              ...where,
              fix: explanations.map((e) => e.fix).join('; ') || 'read the service logs above',
            });
          }
          if (states.length === 0) {
            findings.push({
              rule: 'compose-up-failed',
              severity: 'error',
              message: 'compose up started no containers',
              ...where,
              fix: 'check the Compose files and the override',
            });
          }
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  } finally {
    await run(['down', '--volumes', '--remove-orphans', '--rmi', 'local', '--timeout', '5'], 120_000).catch(
      () => undefined,
    );
    for (const file of data.seededEnvFiles) rmSync(path.join(settings.root, file), { force: true });
  }
  data.durationMs = Math.round(performance.now() - started);
  return { findings, data };
}
