/**
 * Builds the image (buildx --load with the GitHub Actions cache when buildx exists, else docker build),
 * tagged with the commit. A failure is pinned to the Dockerfile line of the instruction that failed and
 * explained from the fingerprint table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import type { Finding } from '../../report/types.js';
import type { DockerBuildTestSettings } from '../settings.js';
import { runDocker, type Engine } from './docker-cli.js';
import { explain, tail } from './fingerprints.js';

export interface BuildOutcome {
  ok: boolean;
  tag: string;
  durationMs: number;
  builder: 'buildx' | 'docker build';
  findings: Finding[];
  logTail: string[];
}

export function imageTag(settings: DockerBuildTestSettings): string {
  if (settings.tag) return settings.tag;
  const sha = (process.env.GITHUB_SHA ?? '').slice(0, 12);
  return `shipcheck-smoke:${sha || 'local'}`;
}

export async function buildImage(
  settings: DockerBuildTestSettings,
  context: string,
  engine: Engine,
  log: (line: string) => void,
): Promise<BuildOutcome> {
  const tag = imageTag(settings);
  const dockerfile = path.join(settings.root, settings.dockerfile);
  // the classic builder keeps a failed step's container unless told otherwise
  const args = engine.buildx ? ['buildx', 'build', '--load', '--progress', 'plain'] : ['build', '--force-rm'];
  args.push('--file', dockerfile, '--tag', tag, '--label', 'org.opencontainers.image.source=shipcheck');
  if (process.env.GITHUB_SHA)
    args.push('--label', `org.opencontainers.image.revision=${process.env.GITHUB_SHA}`);
  for (const [name, value] of Object.entries(settings.buildArgs))
    args.push('--build-arg', `${name}=${value}`);
  if (
    engine.buildx &&
    process.env.ACTIONS_RUNTIME_TOKEN &&
    (process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL)
  ) {
    // the layer cache of earlier runs, in GitHub's Actions cache
    args.push('--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max');
  }
  args.push(path.join(settings.root, context));

  const started = performance.now();
  const lines: string[] = [];
  const result = await runDocker(args, {
    timeout: settings.buildTimeout * 1000,
    env: engine.buildx ? {} : { DOCKER_BUILDKIT: '0' },
    onLine: (line) => {
      lines.push(line);
      log(line);
    },
  });
  const durationMs = Math.round(performance.now() - started);
  const builder = engine.buildx ? 'buildx' : 'docker build';
  if (result.code === 0 && !result.timedOut)
    return { ok: true, tag, durationMs, builder, findings: [], logTail: [] };

  const text = lines.join('\n');
  const failedAt = failingLine(text, dockerfile);
  const explanations = explain(text);
  const logTail = tail(text, 25);
  const reason = result.timedOut
    ? `did not finish within build-timeout (${settings.buildTimeout} s)`
    : `failed${failedAt ? ` at \`${failedAt.instruction}\`` : ''}${exitCode(text) ? ` (exit code ${exitCode(text)})` : ''}`;
  return {
    ok: false,
    tag,
    durationMs,
    builder,
    logTail,
    findings: [
      {
        rule: 'build-failed',
        severity: 'error',
        message: `${builder} ${reason}${explanations.length ? `: ${explanations.map((e) => e.explanation).join(' ')}` : ''}\nlast lines of the build log:\n${logTail.slice(-12).join('\n')}`,
        file: settings.dockerfile,
        line: failedAt?.line,
        fix: explanations.length
          ? explanations.map((e) => e.fix).join('; ')
          : result.timedOut
            ? 'raise build-timeout, or cache the slow layers (install requirements before COPY . .)'
            : 'read the build log above the failing step',
      },
    ],
  };
}

function exitCode(log: string): string | undefined {
  return /returned a non-zero code: (\d+)|exit code: (\d+)/.exec(log)?.slice(1).find(Boolean);
}

/** The failing instruction: BuildKit names `Dockerfile:N`; the classic builder counts `Step N/M`. */
function failingLine(log: string, dockerfile: string): { line: number; instruction: string } | undefined {
  let source: string;
  try {
    source = readFileSync(dockerfile, 'utf8');
  } catch {
    return undefined;
  }
  const instructions = DockerfileParser.parse(source).getInstructions();
  const describe = (index: number) => {
    const instruction = instructions[index];
    if (!instruction) return undefined;
    const text = `${instruction.getKeyword()} ${instruction.getArgumentsContent() ?? ''}`
      .replace(/\s+/g, ' ')
      .trim();
    return {
      line: instruction.getRange().start.line + 1,
      instruction: text.length > 80 ? `${text.slice(0, 77)}...` : text,
    };
  };
  const buildkit = [...log.matchAll(/(?:^|\s)(?:[\w./-]*Dockerfile[\w.-]*):(\d+)\s*$/gm)].pop();
  if (buildkit) {
    const line = Number(buildkit[1]);
    const index = instructions.findIndex(
      (i) => i.getRange().start.line + 1 <= line && i.getRange().end.line + 1 >= line,
    );
    return describe(index) ?? { line, instruction: `line ${line}` };
  }
  const steps = [...log.matchAll(/^Step (\d+)\/(\d+) :/gm)];
  const last = steps.pop();
  if (last) return describe(Number(last[1]) - 1);
  return undefined;
}
