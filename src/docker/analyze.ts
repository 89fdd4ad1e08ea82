/**
 * The static half of docker-build-test: the Dockerfile, every Compose file, and the rules that need both
 * plus the app's sources (server bind vs EXPOSE vs published ports vs health check; health check path vs
 * the app's routes). No engine needed; `shipcheck check` runs exactly this.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../report/types.js';
import { findPythonFiles } from '../requirements/project-files.js';
import {
  composeProjects,
  findComposeFiles,
  isObject,
  readComposeSource,
  type ComposeProject,
  type ComposeService,
  type ComposeSource,
  type Json,
} from './compose.js';
import { containerPortOf, hasHealthcheck, lintCompose, serviceLimits } from './compose-lint.js';
import { lintDockerfile, type DockerfileFacts } from './dockerfile-lint.js';
import { shellWords } from './exec-form.js';
import { isLoopback, serverBind, type Bind } from './gunicorn.js';
import { matchesRoute, scanRoutes, type RouteScan } from './routes.js';
import type { DockerBuildTestSettings } from './settings.js';

export interface HealthProbe {
  /** the command as Docker runs it */
  test: string[];
  port?: number;
  path?: string;
  file: string;
  line: number;
  /** where it is defined, for messages */
  where: string;
}

/** What the build and smoke run need to know, decided by the static analysis. */
export interface SmokePlan {
  service?: ComposeService;
  project?: ComposeProject;
  context: string;
  bind?: Bind;
  health?: HealthProbe;
  memory?: number;
  cpus?: number;
  /** the command the service runs instead of the image's CMD */
  command?: string[];
  entrypoint?: string[];
  environment: Record<string, string>;
}

export interface StaticAnalysis {
  findings: Finding[];
  facts?: DockerfileFacts;
  projects: ComposeProject[];
  routes: RouteScan;
  plan: SmokePlan;
  data: {
    dockerfile: string;
    composeFiles: string[];
    services: number;
    routes: number;
    routesConfident: boolean;
    bind?: string;
  };
}

export function analyzeStatic(settings: DockerBuildTestSettings): StaticAnalysis {
  const { root } = settings;
  const findings: Finding[] = [];

  // Compose first: the service that builds the image says where its context is.
  const composeFiles = settings.composeFiles ?? findComposeFiles(root);
  const sources: ComposeSource[] = [];
  for (const file of composeFiles) {
    const { source, findings: problems } = readComposeSource(root, file);
    findings.push(...problems);
    if (source) sources.push(source);
  }
  const projects = composeProjects(sources);
  for (const project of projects) {
    findings.push(
      ...lintCompose(project, {
        root,
        hostMemory: settings.hostMemory,
        memoryHeadroom: settings.memoryHeadroom,
      }),
    );
  }
  const builders = projects.flatMap((project) =>
    project.services
      .filter((service) => buildsDockerfile(service, settings.dockerfile))
      .map((service) => ({ project, service })),
  );
  const chosen = settings.service
    ? (builders.find((b) => b.service.name === settings.service) ??
      projects
        .flatMap((project) => project.services.map((service) => ({ project, service })))
        .find((b) => b.service.name === settings.service))
    : (builders.find((b) => Array.isArray(b.service.spec.ports) && b.service.spec.ports.length > 0) ??
      builders[0]);
  if (settings.service && !chosen) {
    findings.push({
      rule: 'compose-invalid',
      severity: 'error',
      message: `service '${settings.service}' is not defined in ${composeFiles.join(', ') || 'any Compose file'}`,
      fix: `set service to one of: ${projects.flatMap((p) => p.services.map((s) => s.name)).join(', ') || '(no services found)'}`,
    });
  }
  const context = settings.context ?? (chosen ? buildContext(chosen.service) : undefined) ?? '.';

  // The Dockerfile.
  const dockerfile = lintDockerfile(root, settings.dockerfile, context);
  findings.push(...dockerfile.findings);
  const facts = dockerfile.facts;

  // The app's routes, read once.
  const pythonFiles = findPythonFiles(root, settings.exclude);
  const routes = scanRoutes(
    pythonFiles.flatMap((file) => {
      try {
        return [{ file, text: readFileSync(path.join(root, file), 'utf8') }];
      } catch {
        return [];
      }
    }),
  );

  const plan: SmokePlan = { context, environment: {} };
  let imageBind: Bind | undefined;
  if (facts) {
    const imageCommand = [...(facts.entrypoint?.args ?? []), ...(facts.cmd?.args ?? [])];
    imageBind = serverBind(imageCommand, {
      root,
      env: facts.env,
      source: `${settings.dockerfile}:${facts.cmd?.line ?? facts.entrypoint?.line ?? 1}`,
    });
    findings.push(...crossFileRules(settings, facts, imageBind, builders, routes));
    plan.bind = imageBind;
  }
  if (chosen) {
    plan.service = chosen.service;
    plan.project = chosen.project;
    const spec = chosen.service.spec;
    plan.command = commandOf(spec.command);
    plan.entrypoint = commandOf(spec.entrypoint);
    plan.environment = environmentOf(spec.environment);
    const limits = serviceLimits(chosen.service);
    plan.memory = limits.memory;
    plan.cpus = limits.cpus;
    if (plan.command && facts) {
      plan.bind =
        serverBind([...(plan.entrypoint ?? facts.entrypoint?.args ?? []), ...plan.command], {
          root,
          env: { ...facts.env, ...plan.environment },
          source: `${chosen.service.at('command').file}:${chosen.service.at('command').line}`,
        }) ?? plan.bind;
    }
    plan.health = composeHealth(chosen.service) ?? plan.health;
  }
  if (!plan.health && facts?.healthcheck && !facts.healthcheck.disabled) {
    plan.health = healthProbe(
      facts.healthcheck.args,
      facts.healthcheck.shell,
      settings.dockerfile,
      facts.healthcheck.line,
      'HEALTHCHECK',
    );
  }
  plan.memory = settings.memory ?? plan.memory;
  plan.cpus = settings.cpus ?? plan.cpus;

  return {
    findings,
    facts,
    projects,
    routes,
    plan,
    data: {
      dockerfile: settings.dockerfile,
      composeFiles,
      services: projects.reduce((sum, p) => sum + p.services.length, 0),
      routes: routes.routes.length,
      routesConfident: routes.confident,
      bind: plan.bind ? `${plan.bind.host}:${plan.bind.port} (${plan.bind.source})` : undefined,
    },
  };
}

function crossFileRules(
  settings: DockerBuildTestSettings,
  facts: DockerfileFacts,
  imageBind: Bind | undefined,
  builders: Array<{ project: ComposeProject; service: ComposeService }>,
  routes: RouteScan,
): Finding[] {
  const findings: Finding[] = [];
  const file = settings.dockerfile;
  const imageHealth =
    facts.healthcheck && !facts.healthcheck.disabled
      ? healthProbe(
          facts.healthcheck.args,
          facts.healthcheck.shell,
          file,
          facts.healthcheck.line,
          'HEALTHCHECK',
        )
      : undefined;

  const bindRules = (bind: Bind, label: string): void => {
    if (bind.server !== 'other' && isLoopback(bind.host)) {
      const [bindFile, bindLine] = bind.source.includes(':')
        ? bind.source.split(':')
        : [file, String(facts.cmd?.line ?? 1)];
      findings.push({
        rule: 'server-binds-localhost',
        severity: 'error',
        message: `${label}: ${bind.server} listens on ${bind.host}:${bind.port} (${bind.source}): inside a container that is unreachable from the host, nginx and the health check of any other container — "connection refused" / 502 Bad Gateway`,
        file: /^\d+$/.test(bindLine ?? '') ? bindFile : file,
        line: /^\d+$/.test(bindLine ?? '') ? Number(bindLine) : facts.cmd?.line,
        fix:
          bind.server === 'gunicorn'
            ? `bind every interface: --bind 0.0.0.0:${bind.port}`
            : `listen on 0.0.0.0: --host 0.0.0.0 --port ${bind.port}`,
      });
    }
  };

  if (imageBind) {
    bindRules(imageBind, 'the image');
    if (facts.expose.length > 0 && !facts.expose.some((e) => e.port === imageBind.port)) {
      findings.push({
        rule: 'port-mismatch',
        severity: 'warning',
        message: `EXPOSE ${facts.expose.map((e) => e.port).join(' ')} but the app listens on ${imageBind.port} (${imageBind.source})`,
        file,
        line: facts.expose[0]!.line,
        fix: `EXPOSE ${imageBind.port}`,
      });
    }
    if (imageHealth) healthRules(imageHealth, imageBind, routes, findings);
  }

  for (const { service } of builders) {
    const command = commandOf(service.spec.command);
    const entrypoint = commandOf(service.spec.entrypoint);
    const bind =
      command || entrypoint
        ? serverBind(
            [...(entrypoint ?? facts.entrypoint?.args ?? []), ...(command ?? facts.cmd?.args ?? [])],
            {
              root: settings.root,
              env: { ...facts.env, ...environmentOf(service.spec.environment) },
              source: `${service.at('command').file}:${service.at('command').line}`,
            },
          )
        : imageBind;
    if (bind && bind !== imageBind) bindRules(bind, `service ${service.name}`);
    if (bind && Array.isArray(service.spec.ports)) {
      service.spec.ports.forEach((port, index) => {
        const target = containerPortOf(port);
        if (target !== undefined && target !== bind.port) {
          findings.push({
            rule: 'port-mismatch',
            severity: 'error',
            message: `service ${service.name} publishes container port ${target}, but the app listens on ${bind.port} (${bind.source}): requests to the published port get "connection reset"`,
            ...service.at('ports', index),
            fix: `publish the port the app listens on, e.g. "${typeof port === 'string' && port.split(':').length > 2 ? port.split(':').slice(0, -1).join(':') : hostPart(port)}:${bind.port}"`,
          });
        }
      });
    }
    const serviceHealth = composeHealth(service);
    if (serviceHealth) {
      if (bind) healthRules(serviceHealth, bind, routes, findings);
    } else if (imageHealth && !bind && command && service.spec.healthcheck === undefined) {
      // a worker built from the web image inherits its HTTP health check
      findings.push({
        rule: 'healthcheck-port-mismatch',
        severity: 'warning',
        message: `service ${service.name} runs \`${command.join(' ')}\`, which serves no HTTP, but inherits the image's HEALTHCHECK (${file}:${imageHealth.line}) against port ${imageHealth.port ?? 80}: it is reported unhealthy forever and anything waiting for it never starts`,
        ...service.at('command'),
        fix: `give ${service.name} its own healthcheck (for Celery: test: ["CMD-SHELL", "celery -A app.tasks inspect ping -d celery@$$HOSTNAME"]) or healthcheck: { disable: true }`,
      });
    }
  }

  const anyHealth = imageHealth || builders.some(({ service }) => hasHealthcheck(service));
  if (!anyHealth && !facts.healthcheck?.disabled && facts.finalStage) {
    findings.push({
      rule: 'healthcheck-missing',
      severity: 'warning',
      message:
        'the image has no HEALTHCHECK and no Compose service that builds it defines one: Docker reports it running while gunicorn is stuck, and depends_on cannot wait for it',
      file,
      line: facts.finalStage.fromLine,
      fix: `add HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:${imageBind?.port ?? 8000}/healthz', timeout=4).status != 200)"] and a /healthz route`,
    });
  }
  return findings;
}

function hostPart(port: Json): string {
  if (typeof port === 'string') return port.split(':').length > 1 ? port.split(':')[0]! : port;
  return String(port);
}

function healthRules(probe: HealthProbe, bind: Bind, routes: RouteScan, findings: Finding[]): void {
  if (probe.port !== undefined && probe.port !== bind.port) {
    findings.push({
      rule: 'healthcheck-port-mismatch',
      severity: 'error',
      message: `${probe.where} calls port ${probe.port}, but the app listens on ${bind.port} (${bind.source}): the check always fails and the container is marked unhealthy`,
      file: probe.file,
      line: probe.line,
      fix: `call http://127.0.0.1:${bind.port}${probe.path ?? '/'}`,
    });
  }
  if (probe.path !== undefined && routes.confident && !matchesRoute(probe.path, routes.routes)) {
    const near = routes.routes
      .map((r) => r.path)
      .filter((p) => /health|ping|status|ready|live/i.test(p))
      .slice(0, 3);
    findings.push({
      rule: 'healthcheck-route-missing',
      severity: 'error',
      message: `${probe.where} requests ${probe.path}, but no route of the app serves it (${routes.routes.length} routes read from the sources): it gets 404 and the container is marked unhealthy`,
      file: probe.file,
      line: probe.line,
      fix:
        near.length > 0
          ? `call ${near.join(' or ')} instead`
          : `add a route for ${probe.path} that returns 200 (and checks the database)`,
    });
  }
}

function composeHealth(service: ComposeService): HealthProbe | undefined {
  const check = service.spec.healthcheck;
  if (!isObject(check) || check.disable === true || check.test === undefined) return undefined;
  const where = service.at('healthcheck', 'test');
  const test = check.test;
  if (typeof test === 'string')
    return healthProbe(shellWords(test), true, where.file, where.line, `the healthcheck of ${service.name}`);
  if (!Array.isArray(test) || test[0] === 'NONE') return undefined;
  const words = test.map(String);
  if (words[0] === 'CMD-SHELL')
    return healthProbe(
      shellWords(words[1] ?? ''),
      true,
      where.file,
      where.line,
      `the healthcheck of ${service.name}`,
    );
  return healthProbe(
    words[0] === 'CMD' ? words.slice(1) : words,
    false,
    where.file,
    where.line,
    `the healthcheck of ${service.name}`,
  );
}

export function healthProbe(
  args: string[],
  shell: boolean,
  file: string,
  line: number,
  where: string,
): HealthProbe {
  const words = !shell && args[0] === 'CMD-SHELL' ? shellWords(args[1] ?? '') : args;
  const text = words.join(' ');
  const url = /(https?):\/\/(\[[^\]]+\]|[^/:\s'"]+)(?::(\d+))?(\/[^\s'"),]*)?/.exec(text);
  return {
    test: shell ? ['CMD-SHELL', text] : ['CMD', ...words],
    port: url ? Number(url[3] ?? (url[1] === 'https' ? 443 : 80)) : undefined,
    path: url ? (url[4] ?? '/') : undefined,
    file,
    line,
    where,
  };
}

function buildsDockerfile(service: ComposeService, dockerfile: string): boolean {
  const build = service.spec.build;
  if (typeof build === 'string')
    return path.posix.normalize(path.posix.join(build, 'Dockerfile')) === path.posix.normalize(dockerfile);
  if (isObject(build)) {
    const context = typeof build.context === 'string' ? build.context : '.';
    const file = typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
    return path.posix.normalize(path.posix.join(context, file)) === path.posix.normalize(dockerfile);
  }
  return false;
}

function buildContext(service: ComposeService): string | undefined {
  const build = service.spec.build;
  if (typeof build === 'string') return build;
  if (isObject(build) && typeof build.context === 'string') return build.context;
  return undefined;
}

export function commandOf(value: Json | undefined): string[] | undefined {
  if (typeof value === 'string') return shellWords(value);
  if (Array.isArray(value)) return value.map(String);
  return undefined;
}

export function environmentOf(value: Json | undefined): Record<string, string> {
  if (Array.isArray(value)) {
    return Object.fromEntries(
      value
        .filter((item): item is string => typeof item === 'string' && item.includes('='))
        .map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)]),
    );
  }
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, String(v)]),
    );
  }
  return {};
}
