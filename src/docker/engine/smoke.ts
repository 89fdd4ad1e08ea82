/**
 * The smoke run: the built image started the way production starts it (the Compose service's command,
 * environment and limits), on host networking with a free probe port on 127.0.0.1, then
 *  1. an import test inside the image of every third-party module the app imports,
 *  2. a wait, with a deadline, for the HEALTHCHECK (or an HTTP probe),
 *  3. `docker stats` samples against the memory limit, OOMKilled and exit detection.
 * Every container is removed afterwards, also on failure, timeout or Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { registerSecret } from '../../core/secrets.js';
import type { Finding } from '../../report/types.js';
import type { SmokePlan } from '../analyze.js';
import type { DockerfileFacts } from '../dockerfile-lint.js';
import type { DockerBuildTestSettings } from '../settings.js';
import { formatBytes, parseBytes } from '../sizes.js';
import { runDocker } from './docker-cli.js';
import { explain, tail } from './fingerprints.js';

export interface ModuleUse {
  module: string;
  file: string;
  line: number;
}

export interface SmokeData {
  container: string;
  probePort?: number;
  health: 'healthy' | 'unhealthy' | 'answering' | 'running' | 'exited' | 'timeout' | 'skipped';
  importedModules: number;
  failedImports: string[];
  memoryLimit?: string;
  peakMemory?: string;
  peakMemoryPercent?: number;
  peakCpuPercent?: number;
  samples: number;
  oomKilled: boolean;
  exitCode?: number;
  durationMs: number;
}

export interface SmokeOutcome {
  findings: Finding[];
  data: SmokeData;
}

const IMPORT_MARKER = 'SHIPCHECK-IMPORTS ';
const IMPORT_SCRIPT = `
import importlib, json, sys, traceback
failed = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except BaseException as error:
        lines = traceback.format_exception_only(type(error), error)
        failed.append({"module": name, "error": "".join(lines).strip().splitlines()[-1],
                       "trace": traceback.format_exc().strip().splitlines()[-6:]})
print(${JSON.stringify(IMPORT_MARKER)} + json.dumps({"python": sys.version.split()[0], "failed": failed}))
`;

/** A TCP port on 127.0.0.1 nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `${NAME}`, `${NAME:-default}` from the runner's environment; undefined when unresolvable. */
function interpolate(value: string): string | undefined {
  let missing = false;
  const out = value.replace(
    /\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g,
    (_m, a: string, fallback: string | undefined, b: string) => {
      const resolved = process.env[a ?? b] ?? fallback;
      if (resolved === undefined) missing = true;
      return resolved ?? '';
    },
  );
  return missing ? undefined : out.replace(/\$\$/g, '$');
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command with the server's listen address replaced by the probe port. */
function withProbePort(args: string[], server: string, port: number): string[] {
  const at = args.findIndex((a) => new RegExp(`(^|/)${server}$`).test(a));
  const head = args.slice(0, at + 1);
  const rest = args.slice(at + 1);
  const drop = server === 'gunicorn' ? ['--bind', '-b'] : ['--host', '--port', '-h', '-p'];
  const kept: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (drop.includes(arg)) {
      i++;
      continue;
    }
    if (drop.some((flag) => flag.startsWith('--') && arg.startsWith(`${flag}=`))) continue;
    if (server === 'gunicorn' && /^-b\S/.test(arg)) continue;
    kept.push(arg);
  }
  const listen =
    server === 'gunicorn' ? ['--bind', `127.0.0.1:${port}`] : ['--host', '127.0.0.1', '--port', String(port)];
  return [...head, ...kept, ...listen];
}

export async function smokeRun(options: {
  settings: DockerBuildTestSettings;
  plan: SmokePlan;
  facts?: DockerfileFacts;
  tag: string;
  modules: ModuleUse[];
  log: (line: string) => void;
}): Promise<SmokeOutcome> {
  const { settings, plan, facts, tag, modules, log } = options;
  const started = performance.now();
  const findings: Finding[] = [];
  const name = `shipcheck-smoke-${randomBytes(4).toString('hex')}`;
  const dockerfile = settings.dockerfile;
  const where = plan.service
    ? plan.service.at()
    : { file: dockerfile, line: facts?.finalStage?.fromLine ?? 1 };
  const data: SmokeData = {
    container: name,
    health: 'skipped',
    importedModules: modules.length,
    failedImports: [],
    memoryLimit: plan.memory ? formatBytes(plan.memory) : undefined,
    samples: 0,
    oomKilled: false,
    durationMs: 0,
  };

  // Environment: names on the command line, values through the docker process's environment.
  const env: Record<string, string> = {};
  for (const [key, raw] of Object.entries(plan.environment)) {
    const value = interpolate(raw);
    if (value === undefined) continue;
    if (/PASSWORD|SECRET|TOKEN|KEY|DATABASE_URL|_URL$/i.test(key) && value.length >= 4) registerSecret(value);
    env[key] = value;
  }
  const envArgs = Object.keys(env).flatMap((key) => ['--env', key]);
  const limitArgs = [
    ...(plan.memory ? ['--memory', String(plan.memory), '--memory-swap', String(plan.memory)] : []),
    ...(plan.cpus ? ['--cpus', String(plan.cpus)] : []),
  ];

  // 1. Import test.
  if (modules.length > 0) {
    const unique = [...new Map(modules.map((m) => [m.module, m])).values()];
    const result = await runDocker(
      [
        'run',
        '--rm',
        '--network',
        'host',
        '--label',
        'shipcheck.smoke=1',
        ...limitArgs,
        ...envArgs,
        '--entrypoint',
        'sh',
        tag,
        '-c',
        'PY=$(command -v python3 || command -v python) || { echo "no python in the image" >&2; exit 97; }; code=$1; shift; exec "$PY" -c "$code" "$@"',
        'sh',
        IMPORT_SCRIPT,
        ...unique.map((m) => m.module),
      ],
      { timeout: settings.smokeTimeout * 1000, env },
    );
    const line = result.stdout.split('\n').find((l) => l.startsWith(IMPORT_MARKER));
    if (!line) {
      findings.push({
        rule: 'smoke-import-failed',
        severity: 'error',
        message: result.timedOut
          ? `importing the app's modules inside the image did not finish within smoke-timeout (${settings.smokeTimeout} s)`
          : `the import test could not run inside the image (exit code ${result.code}): ${tail(result.stderr, 3).join(' / ') || 'no output'}`,
        ...where,
        fix: 'the image needs python3 or python on PATH; run the image by hand: docker run --rm -it IMAGE sh',
      });
    } else {
      const report = JSON.parse(line.slice(IMPORT_MARKER.length)) as {
        python: string;
        failed: Array<{ module: string; error: string; trace: string[] }>;
      };
      for (const failure of report.failed) {
        const use = unique.find((m) => m.module === failure.module)!;
        const explanations = explain([failure.error, ...failure.trace].join('\n'));
        data.failedImports.push(failure.module);
        findings.push({
          rule: 'smoke-import-failed',
          severity: 'error',
          message: `import ${failure.module} fails inside the built image (Python ${report.python}): ${failure.error}${explanations.length ? ` — ${explanations.map((e) => e.explanation).join(' ')}` : ''}`,
          file: use.file,
          line: use.line,
          fix:
            explanations.map((e) => e.fix).join('; ') ||
            'install what the error names in the Dockerfile or requirements.txt and rebuild',
        });
      }
    }
  }

  // 2. The container, started like production.
  const probePort = plan.bind ? await freePort() : undefined;
  const imageCommand = [...(facts?.entrypoint?.args ?? []), ...(facts?.cmd?.args ?? [])];
  const commandBroken = !plan.command && (facts?.cmd?.broken || facts?.entrypoint?.broken);
  const full = plan.command
    ? [...(plan.entrypoint ?? facts?.entrypoint?.args ?? []), ...plan.command]
    : imageCommand;
  let entrypointArgs: string[] = [];
  let commandArgs: string[] = plan.command ?? [];
  let port = plan.bind?.port;
  if (plan.bind && probePort && plan.bind.server !== 'other' && !commandBroken && full.length > 0) {
    const rewritten = withProbePort(full, plan.bind.server, probePort);
    entrypointArgs = ['--entrypoint', rewritten[0]!];
    commandArgs = rewritten.slice(1);
    port = probePort;
  }
  data.probePort = port;
  const health = plan.health;
  const healthArgs: string[] = [];
  if (health && port && health.port && health.port !== port) {
    // the same check, pointed at the probe port
    const words = health.test[0] === 'CMD-SHELL' ? [health.test[1]!] : health.test.slice(1).map(shellQuote);
    const command = words
      .join(' ')
      .replace(new RegExp(`(https?://[^/:\\s'"]+):${health.port}\\b`, 'g'), `$1:${port}`);
    healthArgs.push('--health-cmd', command);
  }
  if (health)
    healthArgs.push(
      '--health-interval',
      '2s',
      '--health-timeout',
      '5s',
      '--health-retries',
      '3',
      '--health-start-period',
      `${Math.min(30, Math.floor(settings.smokeTimeout / 3))}s`,
    );

  const cleanup = () => {
    spawnSync('docker', ['rm', '-f', name], { stdio: 'ignore', timeout: 30_000 });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const run = await runDocker(
      [
        'run',
        '-d',
        '--name',
        name,
        '--network',
        'host',
        '--label',
        'shipcheck.smoke=1',
        ...limitArgs,
        ...envArgs,
        ...healthArgs,
        ...entrypointArgs,
        tag,
        ...commandArgs,
      ],
      { timeout: 60_000, env },
    );
    if (run.code !== 0) {
      const explanations = explain(run.stderr);
      findings.push({
        rule: 'smoke-exited',
        severity: 'error',
        message: `the container did not start: ${tail(run.stderr, 3).join(' / ')}`,
        ...where,
        fix:
          explanations.map((e) => e.fix).join('; ') ||
          'run the image by hand to see why: docker run --rm IMAGE',
      });
      data.health = 'exited';
      return { findings, data: { ...data, durationMs: Math.round(performance.now() - started) } };
    }
    log(
      `started ${name} from ${tag}${port ? ` (probe port ${port})` : ''}${plan.memory ? `, memory ${formatBytes(plan.memory)}` : ''}${plan.cpus ? `, cpus ${plan.cpus}` : ''}`,
    );

    // 3. Wait, sampling stats alongside.
    let sampling = true;
    let peakMemory = 0;
    let peakCpu = 0;
    const sampler = (async () => {
      while (sampling) {
        const stats = await runDocker(['stats', '--no-stream', '--format', '{{json .}}', name], {
          timeout: 15_000,
        }).catch(() => undefined);
        if (!sampling || !stats || stats.code !== 0) break;
        try {
          const row = JSON.parse(stats.stdout.trim().split('\n')[0] ?? '{}') as {
            MemUsage?: string;
            CPUPerc?: string;
          };
          const used = parseBytes((row.MemUsage ?? '').split('/')[0]?.trim().replace(/i?B$/i, '') ?? '');
          const cpu = Number.parseFloat(row.CPUPerc ?? '');
          if (used !== undefined) peakMemory = Math.max(peakMemory, used);
          if (Number.isFinite(cpu)) peakCpu = Math.max(peakCpu, cpu);
          data.samples++;
        } catch {
          // a row that does not parse is one sample fewer
        }
      }
    })();

    const deadline = Date.now() + settings.smokeTimeout * 1000;
    let state: ContainerState | undefined;
    let settledAt: number | undefined;
    for (;;) {
      state = await inspect(name);
      if (!state) break;
      if (!state.Running) {
        data.health = 'exited';
        break;
      }
      const status = state.Health?.Status;
      if (status === 'unhealthy') {
        data.health = 'unhealthy';
        break;
      }
      let up = status === 'healthy';
      if (!health && port) up = await httpAnswers(port, settings.healthPath);
      if (!health && !port) up = Date.now() - (deadline - settings.smokeTimeout * 1000) > 5000;
      if (up) {
        data.health = health ? 'healthy' : port ? 'answering' : 'running';
        // stay a moment: a crash right after the first good answer still counts
        settledAt ??= Date.now();
        if (Date.now() - settledAt >= 3000) break;
      }
      if (Date.now() > deadline) {
        data.health = up ? data.health : 'timeout';
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    sampling = false;
    await sampler;
    state = (await inspect(name)) ?? state;
    data.oomKilled = state?.OOMKilled ?? false;
    data.exitCode = state && !state.Running ? state.ExitCode : undefined;
    if (peakMemory > 0) data.peakMemory = formatBytes(peakMemory);
    data.peakCpuPercent = Math.round(peakCpu);

    // A health check that fails on a route the app serves: when the service depends on others (a database, a
    // broker) the smoke run does not start, an answer of 5xx is the app reporting them missing, not a broken image.
    let dependencyBound: { status: number; dependencies: string[] } | undefined;
    let routeStatus: number | undefined;
    if (
      (data.health === 'unhealthy' || data.health === 'timeout') &&
      health?.path &&
      port &&
      !data.oomKilled
    ) {
      routeStatus = await httpStatus(port, health.path);
      const dependencies = dependsOn(plan.service);
      if (routeStatus !== undefined && routeStatus >= 500 && dependencies.length > 0) {
        dependencyBound = { status: routeStatus, dependencies };
        data.health = 'answering';
      }
    }

    const failed =
      data.health === 'exited' || data.health === 'unhealthy' || data.health === 'timeout' || data.oomKilled;
    const logs = failed
      ? await runDocker(['logs', '--tail', '60', name], { timeout: 20_000 }).catch(() => undefined)
      : undefined;
    const logText = logs ? `${logs.stdout}\n${logs.stderr}` : '';
    const explanations = explain(logText);
    const lastLines = tail(logText, 15);
    const logNote = lastLines.length ? `\nlast lines of the container log:\n${lastLines.join('\n')}` : '';
    const because = explanations.length ? ` — ${explanations.map((e) => e.explanation).join(' ')}` : '';

    if (data.oomKilled) {
      findings.push({
        rule: 'oom-killed',
        severity: 'error',
        message: `the container was OOM-killed: it needed more than its memory limit ${data.memoryLimit ?? ''} (peak seen ${data.peakMemory ?? 'n/a'})${logNote}`,
        ...(plan.service ? plan.service.at('deploy') : where),
        fix: 'raise the memory limit, or use less: fewer gunicorn workers/threads, load models lazily; on a 1 GB host add swap',
      });
    } else if (data.health === 'exited') {
      findings.push({
        rule: 'smoke-exited',
        severity: 'error',
        message: `the container exited with code ${data.exitCode ?? '?'} during the smoke run${because}${logNote}`,
        ...(commandBroken ? { file: dockerfile, line: facts?.cmd?.line ?? facts?.entrypoint?.line } : where),
        fix:
          explanations.map((e) => e.fix).join('; ') ||
          'run the image by hand to see why: docker run --rm IMAGE',
      });
    } else if (data.health === 'unhealthy' || data.health === 'timeout') {
      const probe = health
        ? `its health check (${health.where}, ${health.file}:${health.line})`
        : `GET http://127.0.0.1:${port}${settings.healthPath ?? '/'}`;
      const lastHealth = state?.Health?.Log?.slice(-1)[0]?.Output?.trim().split('\n').slice(-3).join(' / ');
      findings.push({
        rule: 'smoke-unhealthy',
        severity: 'error',
        message: `the container ${data.health === 'timeout' ? `did not pass ${probe} within smoke-timeout (${settings.smokeTimeout} s)` : `was marked unhealthy by ${probe}`}${lastHealth ? `; the last check said: ${lastHealth}` : ''}${because}${logNote}`,
        file: health?.file ?? where.file,
        line: health?.line ?? where.line,
        fix:
          explanations.map((e) => e.fix).join('; ') ||
          (routeStatus === 404
            ? `GET ${health!.path} answers 404 in the image: point the health check at a route the app has`
            : 'make the health check call a route that exists, on the port the app binds, with a tool the image has'),
      });
    } else if (dependencyBound && health) {
      const names = dependencyBound.dependencies.join(', ');
      findings.push({
        rule: 'smoke-health-needs-dependencies',
        severity: 'notice',
        message: `the image started and imported every module, but its health check (${health.where}, ${health.file}:${health.line}) cannot pass in the smoke run: GET ${health.path} answers ${dependencyBound.status}, and ${plan.service!.name} depends on ${names}, which the smoke run does not start`,
        ...plan.service!.at('depends_on'),
        fix: `turn on compose-up (with a compose-override for CI) to see ${plan.service!.name} healthy with ${names} up; or give the HEALTHCHECK a liveness route that needs none of them`,
      });
    }
    if (plan.memory && peakMemory > 0.8 * plan.memory && !data.oomKilled) {
      data.peakMemoryPercent = Math.round((100 * peakMemory) / plan.memory);
      findings.push({
        rule: 'memory-near-limit',
        severity: 'warning',
        message: `peak memory ${formatBytes(peakMemory)} is ${data.peakMemoryPercent}% of the ${formatBytes(plan.memory)} limit while idle: real traffic will push it over and the kernel kills it`,
        ...(plan.service ? plan.service.at('deploy') : where),
        fix: 'raise the limit or lower the number of gunicorn workers',
      });
    } else if (plan.memory && peakMemory > 0) {
      data.peakMemoryPercent = Math.round((100 * peakMemory) / plan.memory);
    }
    if (state?.RestartCount) {
      findings.push({
        rule: 'smoke-exited',
        severity: 'error',
        message: `the container restarted ${state.RestartCount} times during the smoke run (a restart loop)${logNote}`,
        ...where,
        fix: 'read the container log; fix what crashes it',
      });
    }
    return { findings, data: { ...data, durationMs: Math.round(performance.now() - started) } };
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await runDocker(['rm', '-f', name], { timeout: 30_000 }).catch(cleanup);
  }
}

interface ContainerState {
  Running: boolean;
  ExitCode: number;
  OOMKilled: boolean;
  RestartCount?: number;
  Health?: { Status: string; Log?: Array<{ Output?: string; ExitCode?: number }> };
}

async function inspect(name: string): Promise<ContainerState | undefined> {
  const result = await runDocker(['inspect', '--format', '{{json .State}}|{{.RestartCount}}', name], {
    timeout: 15_000,
  }).catch(() => undefined);
  if (!result || result.code !== 0) return undefined;
  const [json, restarts] = result.stdout.trim().split('|');
  try {
    return { ...(JSON.parse(json ?? '{}') as ContainerState), RestartCount: Number(restarts) || 0 };
  } catch {
    return undefined;
  }
}

/** The services `service` depends on (`depends_on` as a list or a map). */
function dependsOn(service: SmokePlan['service']): string[] {
  const value = service?.spec.depends_on;
  if (Array.isArray(value)) return value.filter((name): name is string => typeof name === 'string');
  if (value && typeof value === 'object') return Object.keys(value);
  return [];
}

/** The status GET `path` answers on 127.0.0.1:`port`, or undefined when nothing answers. */
async function httpStatus(port: number, path: string, timeoutMs = 5000): Promise<number | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    await response.body?.cancel();
    return response.status;
  } catch {
    return undefined;
  }
}

async function httpAnswers(port: number, path: string | undefined): Promise<boolean> {
  const status = await httpStatus(port, path ?? '/', 3000);
  if (status === undefined) return false;
  return path ? status < 400 : status < 500;
}
