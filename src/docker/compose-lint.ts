/**
 * Compose rules for a 1 GB production host: limits on every service and their sum against the host,
 * health checks where dependencies wait on them, restart policies, database data on volumes, host port
 * clashes, env files, container names.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../report/types.js';
import { isObject, lineIn, type ComposeProject, type ComposeService, type Json } from './compose.js';
import { formatBytes, parseBytes, parseCpus } from './sizes.js';

export interface ComposeLintOptions {
  root: string;
  /** bytes of RAM on the production host */
  hostMemory?: number;
  /** bytes kept free for the OS, the Docker daemon and page cache */
  memoryHeadroom: number;
}

export interface ServiceLimits {
  memory?: number;
  cpus?: number;
  memoryReservation?: number;
}

interface DataService {
  kind: string;
  dataPath: string;
  healthcheck: string[];
}

const DATA_SERVICES: Array<[RegExp, DataService]> = [
  [
    /(^|\/)(mysql|percona)(:|$)/,
    {
      kind: 'MySQL',
      dataPath: '/var/lib/mysql',
      healthcheck: ['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1'],
    },
  ],
  [
    /(^|\/)mariadb(:|$)/,
    {
      kind: 'MariaDB',
      dataPath: '/var/lib/mysql',
      healthcheck: ['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized'],
    },
  ],
  [
    /(^|\/)postgres(:|$)/,
    { kind: 'PostgreSQL', dataPath: '/var/lib/postgresql/data', healthcheck: ['CMD', 'pg_isready'] },
  ],
  [
    /(^|\/)(redis|valkey)(:|$)/,
    { kind: 'Redis', dataPath: '/data', healthcheck: ['CMD', 'redis-cli', 'ping'] },
  ],
  [
    /(^|\/)mongo(:|$)/,
    {
      kind: 'MongoDB',
      dataPath: '/data/db',
      healthcheck: ['CMD', 'mongosh', '--eval', 'db.runCommand({ping:1})'],
    },
  ],
];

export function dataServiceOf(service: ComposeService): DataService | undefined {
  const image = typeof service.spec.image === 'string' ? service.spec.image.toLowerCase() : '';
  return DATA_SERVICES.find(([pattern]) => pattern.test(image))?.[1];
}

export function serviceLimits(service: ComposeService): ServiceLimits {
  const deploy = isObject(service.spec.deploy) ? service.spec.deploy : {};
  const resources = isObject(deploy.resources) ? deploy.resources : {};
  const limits = isObject(resources.limits) ? resources.limits : {};
  const reservations = isObject(resources.reservations) ? resources.reservations : {};
  return {
    memory: parseBytes(limits.memory) ?? parseBytes(service.spec.mem_limit),
    cpus: parseCpus(limits.cpus) ?? parseCpus(service.spec.cpus),
    memoryReservation: parseBytes(reservations.memory) ?? parseBytes(service.spec.mem_reservation),
  };
}

export function lintCompose(project: ComposeProject, options: ComposeLintOptions): Finding[] {
  const findings: Finding[] = [];
  const at = (service: ComposeService, ...keyPath: Array<string | number>) => service.at(...keyPath);

  for (const source of project.files) {
    if ('version' in source.data) {
      findings.push({
        rule: 'compose-version-obsolete',
        severity: 'warning',
        message: `the top-level version (${JSON.stringify(source.data.version)}) is obsolete: Compose v2 ignores it and warns "the attribute \`version\` is obsolete" on every command`,
        file: source.file,
        line: lineIn(source, ['version']) ?? 1,
        fix: 'delete the version line (keep it only if the server still runs docker-compose v1, which needs it for files older than 3.x features)',
      });
    }
  }

  const names = new Set(project.services.map((s) => s.name));
  const containerNames = new Map<string, ComposeService>();
  const hostPorts: Array<HostPort & { service: ComposeService; line: number; file: string }> = [];
  let limitSum = 0;
  const limited: string[] = [];

  for (const service of project.services) {
    const spec = service.spec;
    const data = dataServiceOf(service);
    const limits = serviceLimits(service);

    // Limits.
    if (limits.memory === undefined) {
      findings.push({
        rule: 'missing-resource-limits',
        severity: 'error',
        message: `service ${service.name} has no memory limit: one leak or a burst of work takes the whole host into swap, and the kernel's OOM killer then picks ${data ? 'it' : 'the biggest process, usually the database'}`,
        ...at(service),
        fix: `add deploy.resources.limits.memory (e.g. ${data?.kind === 'Redis' ? '64M' : data ? '256M' : '320M'}) to ${service.name}`,
      });
    } else {
      limitSum += limits.memory;
      limited.push(`${service.name} ${formatBytes(limits.memory)}`);
    }
    if (limits.cpus === undefined) {
      findings.push({
        rule: 'missing-resource-limits',
        severity: 'warning',
        message: `service ${service.name} has no CPU limit: a busy worker pins every core at 100% and the web service stops answering`,
        ...at(service),
        fix: `add deploy.resources.limits.cpus (e.g. "0.5") to ${service.name}`,
      });
    }
    if (
      limits.memory !== undefined &&
      limits.memoryReservation !== undefined &&
      limits.memoryReservation > limits.memory
    ) {
      findings.push({
        rule: 'reservation-above-limit',
        severity: 'error',
        message: `service ${service.name} reserves ${formatBytes(limits.memoryReservation)} but is limited to ${formatBytes(limits.memory)}: Docker refuses to start it ("Minimum memory limit should be larger than memory reservation")`,
        ...at(service, 'deploy', 'resources', 'reservations'),
        fix: 'make the reservation at most the limit',
      });
    }

    // Health and start order.
    const dependsOn = spec.depends_on;
    if (isObject(dependsOn)) {
      for (const [dependency, condition] of Object.entries(dependsOn)) {
        const target = project.services.find((s) => s.name === dependency);
        if (!target) {
          findings.push({
            rule: 'compose-invalid',
            severity: 'error',
            message: `service ${service.name} depends on ${dependency}, which is not a service of this project`,
            ...at(service, 'depends_on', dependency),
            fix: `define ${dependency} or remove it from depends_on (services: ${[...names].join(', ')})`,
          });
          continue;
        }
        if (isObject(condition) && condition.condition === 'service_healthy' && !hasHealthcheck(target)) {
          const fix = dataServiceOf(target);
          findings.push({
            rule: 'healthy-dependency-without-healthcheck',
            severity: 'error',
            message: `service ${service.name} waits for ${dependency} to be healthy, but ${dependency} has no healthcheck: compose up fails with "container for service ${dependency} has no healthcheck configured"`,
            ...at(service, 'depends_on', dependency),
            fix: `add a healthcheck to ${dependency}${fix ? `: test: ${JSON.stringify(fix.healthcheck)}` : ''}`,
          });
        }
      }
    } else if (Array.isArray(dependsOn)) {
      for (const dependency of dependsOn) {
        if (typeof dependency === 'string' && !names.has(dependency)) {
          findings.push({
            rule: 'compose-invalid',
            severity: 'error',
            message: `service ${service.name} depends on ${dependency}, which is not a service of this project`,
            ...at(service, 'depends_on'),
            fix: `define ${dependency} or remove it from depends_on`,
          });
        }
      }
    }
    if (data && !hasHealthcheck(service)) {
      const waiting = project.services.filter(
        (s) => Array.isArray(s.spec.depends_on) && s.spec.depends_on.includes(service.name),
      );
      findings.push({
        rule: 'missing-healthcheck',
        severity: 'warning',
        message: `${data.kind} service ${service.name} has no healthcheck${waiting.length ? `: ${waiting.map((s) => s.name).join(', ')} start${waiting.length === 1 ? 's' : ''} while it is still initialising and fail${waiting.length === 1 ? 's' : ''} to connect` : ''}`,
        ...at(service),
        fix: `add to ${service.name}: healthcheck: { test: ${JSON.stringify(data.healthcheck)}, interval: 10s, retries: 5 }${waiting.length ? `, and depends_on: { ${service.name}: { condition: service_healthy } } in ${waiting.map((s) => s.name).join(', ')}` : ''}`,
      });
    }
    if (spec.restart === undefined && !(isObject(spec.deploy) && isObject(spec.deploy.restart_policy))) {
      findings.push({
        rule: 'missing-restart-policy',
        severity: 'warning',
        message: `service ${service.name} has no restart policy: after a crash or a host reboot it stays down`,
        ...at(service),
        fix: 'add restart: unless-stopped',
      });
    }

    // Data.
    if (data && !mountsPath(spec.volumes, data.dataPath)) {
      findings.push({
        rule: 'data-without-volume',
        severity: data.kind === 'Redis' ? 'warning' : 'error',
        message: `${data.kind} service ${service.name} keeps ${data.dataPath} in the container: the data is lost when the container is recreated (every deploy that changes it)`,
        ...at(service),
        fix: `mount a named volume: volumes: ["${service.name}-data:${data.dataPath}"] (and declare ${service.name}-data under the top-level volumes)`,
      });
    }
    if (Array.isArray(spec.volumes)) {
      spec.volumes.forEach((volume, index) => {
        const name =
          typeof volume === 'string'
            ? volume.split(':')[0]
            : isObject(volume) && volume.type === 'volume'
              ? volume.source
              : undefined;
        if (
          typeof name === 'string' &&
          name &&
          !/^[./~$]/.test(name) &&
          volume !== name &&
          !project.volumes.has(name)
        ) {
          findings.push({
            rule: 'compose-invalid',
            severity: 'error',
            message: `service ${service.name} mounts volume ${name}, which is not declared under the top-level volumes: compose refuses with "service ${service.name} refers to undefined volume ${name}"`,
            ...at(service, 'volumes', index),
            fix: `add \`${name}:\` under the top-level volumes:`,
          });
        }
      });
    }

    // Ports and names.
    if (Array.isArray(spec.ports)) {
      spec.ports.forEach((port, index) => {
        for (const published of hostPortsOf(port)) {
          const previous = hostPorts.find((p) => clashes(p, published));
          const where = at(service, 'ports', index);
          if (previous) {
            findings.push({
              rule: 'duplicate-host-port',
              severity: 'error',
              message: `host port ${published.port}/${published.protocol} is published by ${previous.service.name} (${previous.file}:${previous.line}) and by ${service.name}: the second fails with "Bind for ${published.host}:${published.port} failed: port is already allocated" (Address already in use)`,
              ...where,
              fix: `publish ${service.name} on another host port, or drop one of them`,
            });
          } else {
            hostPorts.push({ ...published, service, ...where });
          }
        }
      });
    }
    if (typeof spec.container_name === 'string') {
      const previous = containerNames.get(spec.container_name);
      if (previous) {
        findings.push({
          rule: 'duplicate-container-name',
          severity: 'error',
          message: `container_name ${spec.container_name} is used by ${previous.name} and ${service.name}: the second fails with "Conflict. The container name is already in use"`,
          ...at(service, 'container_name'),
          fix: 'give each service its own container_name, or remove container_name',
        });
      } else containerNames.set(spec.container_name, service);
    }
    for (const { index, path: file, example } of missingEnvFiles(service, options.root)) {
      findings.push({
        rule: 'env-file-missing',
        severity: example ? 'notice' : 'error',
        message: example
          ? `env_file ${file} of ${service.name} is not in the repository (${example} is): it must exist on the server before compose up`
          : `env_file ${file} of ${service.name} does not exist: compose fails with "env file ${file} not found"`,
        ...at(service, 'env_file', ...(index === undefined ? [] : [index])),
        fix: example
          ? `keep ${file} on the server (ssh-deploy links shared/${path.basename(file)} into each release), created from ${example}`
          : `create ${file}, or mark it optional (env_file: [{ path: ${file}, required: false }], Compose 2.24+)`,
      });
    }
  }

  if (options.hostMemory !== undefined && project.services.length > 0) {
    const unlimited = project.services
      .filter((s) => serviceLimits(s).memory === undefined)
      .map((s) => s.name);
    const total = limitSum + options.memoryHeadroom;
    const arithmetic = `${limited.join(' + ') || '0'} + headroom ${formatBytes(options.memoryHeadroom)} = ${formatBytes(total)}`;
    if (total > options.hostMemory) {
      findings.push({
        rule: 'host-memory-exceeded',
        severity: 'error',
        message: `the memory limits do not fit the host: ${arithmetic} > host-memory ${formatBytes(options.hostMemory)}${unlimited.length ? ` (and ${unlimited.join(', ')} have no limit at all)` : ''}`,
        file: project.file,
        line: lineIn(project.files[0]!, ['services']) ?? 1,
        fix: `lower the limits by ${formatBytes(total - options.hostMemory)} (fewer gunicorn workers, a smaller innodb-buffer-pool-size, redis --maxmemory) or use a bigger host`,
      });
    }
  }
  return findings;
}

export function hasHealthcheck(service: ComposeService): boolean {
  const check = service.spec.healthcheck;
  return (
    isObject(check) &&
    check.disable !== true &&
    check.test !== undefined &&
    !(Array.isArray(check.test) && check.test[0] === 'NONE')
  );
}

function mountsPath(volumes: Json | undefined, target: string): boolean {
  if (!Array.isArray(volumes)) return false;
  return volumes.some((volume) => {
    if (typeof volume === 'string') {
      const parts = volume.split(':');
      return parts.length >= 2 && parts[1]!.replace(/\/+$/, '') === target;
    }
    return (
      isObject(volume) && typeof volume.target === 'string' && volume.target.replace(/\/+$/, '') === target
    );
  });
}

export interface HostPort {
  host: string;
  port: number;
  protocol: string;
}

const ANY = new Set(['0.0.0.0', '::', '']);

function clashes(a: HostPort, b: HostPort): boolean {
  return (
    a.port === b.port &&
    a.protocol === b.protocol &&
    (a.host === b.host || ANY.has(a.host) || ANY.has(b.host))
  );
}

/** `"8000:8000"`, `"127.0.0.1:8000:8000/tcp"`, `"8000-8002:8000-8002"`, `{ published: 8000 }`: what the host binds. */
export function hostPortsOf(port: Json): HostPort[] {
  if (typeof port === 'string') {
    const protocol = /\/(udp|sctp)$/.exec(port)?.[1] ?? 'tcp';
    const parts = port.replace(/\/(tcp|udp|sctp)$/, '').split(':');
    if (parts.length < 2) return [];
    const host =
      parts.length >= 3
        ? parts
            .slice(0, -2)
            .join(':')
            .replace(/^\[|\]$/g, '')
        : '0.0.0.0';
    const range = /^(\d+)(?:-(\d+))?$/.exec(parts[parts.length - 2]!);
    if (!range) return [];
    const out: HostPort[] = [];
    for (let p = Number(range[1]); p <= Number(range[2] ?? range[1]) && out.length < 1000; p++)
      out.push({ host, port: p, protocol });
    return out;
  }
  if (isObject(port) && port.published !== undefined && /^\d+$/.test(String(port.published))) {
    return [
      {
        host: typeof port.host_ip === 'string' ? port.host_ip : '0.0.0.0',
        port: Number(port.published),
        protocol: typeof port.protocol === 'string' ? port.protocol : 'tcp',
      },
    ];
  }
  return [];
}

/** The container side of a port mapping. */
export function containerPortOf(port: Json): number | undefined {
  if (typeof port === 'number') return port;
  if (typeof port === 'string') {
    const last =
      port
        .replace(/\/(tcp|udp|sctp)$/, '')
        .split(':')
        .pop() ?? '';
    return /^\d+$/.test(last) ? Number(last) : undefined;
  }
  if (isObject(port) && port.target !== undefined) return Number(port.target);
  return undefined;
}

/**
 * The required env files of a service that are not in the checkout under `root` (paths with `${...}` are the
 * server's business), each with its committed template (`.env` -> `.env.example`) when there is one.
 */
export function missingEnvFiles(
  service: ComposeService,
  root: string,
): Array<{ index: number | undefined; path: string; example: string | undefined }> {
  return envFiles(service.spec.env_file)
    .filter(([, f]) => f.required && !f.path.includes('$') && !existsSync(path.join(root, f.path)))
    .map(([index, f]) => ({
      index,
      path: f.path,
      example: ['.example', '.sample', '.template', '.dist']
        .map((suffix) => f.path + suffix)
        .find((candidate) => existsSync(path.join(root, candidate))),
    }));
}

function envFiles(value: Json | undefined): Array<[number | undefined, { path: string; required: boolean }]> {
  if (typeof value === 'string') return [[undefined, { path: value, required: true }]];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index): Array<[number, { path: string; required: boolean }]> => {
    if (typeof item === 'string') return [[index, { path: item, required: true }]];
    if (isObject(item) && typeof item.path === 'string')
      return [[index, { path: item.path, required: item.required !== false }]];
    return [];
  });
}
