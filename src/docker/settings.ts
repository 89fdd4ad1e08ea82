import { ShipcheckError } from '../core/errors.js';
import { bool, optionalString, stringList } from '../config/values.js';
import { formatBytes, parseBytes, parseCpus } from './sizes.js';

export const DOCKER_BUILD_TEST_KEYS = [
  'dockerfile',
  'context',
  'compose-files',
  'compose-override',
  'service',
  'host-memory',
  'memory-headroom',
  'build',
  'smoke',
  'compose-up',
  'tag',
  'build-args',
  'memory',
  'cpus',
  'port',
  'health-path',
  'smoke-timeout',
  'build-timeout',
  'exclude',
] as const;
export type DockerBuildTestInput = Partial<Record<(typeof DOCKER_BUILD_TEST_KEYS)[number], unknown>>;

/** docker-build-test's inputs; shipcheck.yml's `docker-build-test:` section and CLI flags use the same names. */
export interface DockerBuildTestSettings {
  /** absolute project root */
  root: string;
  /** project-relative; default Dockerfile */
  dockerfile: string;
  /** build context, project-relative; default the compose service's build context, else `.` */
  context?: string;
  /** project-relative Compose files; default every docker-compose*.yml / compose*.yaml in the root */
  composeFiles?: string[];
  /** a Compose file merged last for the CI smoke (`--compose-up`) */
  composeOverride?: string;
  /** the Compose service the image runs as; default the one that builds it and publishes a port */
  service?: string;
  /** bytes of RAM on the production host */
  hostMemory?: number;
  /** bytes kept for the OS, dockerd and page cache when summing limits; default 128M */
  memoryHeadroom: number;
  build: boolean;
  smoke: boolean;
  composeUp: boolean;
  /** image tag; default shipcheck-smoke:<GITHUB_SHA or local> */
  tag?: string;
  buildArgs: Record<string, string>;
  /** limits for the smoke run when the service has none */
  memory?: number;
  cpus?: number;
  /** the port the app listens on in the smoke run; default from the gunicorn bind */
  port?: number;
  /** HTTP path probed in the smoke run when the image has no HEALTHCHECK; default from the HEALTHCHECK, else / */
  healthPath?: string;
  /** seconds */
  smokeTimeout: number;
  buildTimeout: number;
  exclude: string[];
}

export function dockerBuildTestSettings(
  root: string,
  section: DockerBuildTestInput = {},
  overrides: DockerBuildTestInput = {},
  defaults: { build?: boolean; smoke?: boolean } = {},
): DockerBuildTestSettings {
  const value = (key: keyof DockerBuildTestInput): unknown => overrides[key] ?? section[key];
  const bytes = (key: keyof DockerBuildTestInput): number | undefined => {
    const raw = value(key);
    if (raw === undefined || raw === null || raw === '') return undefined;
    const parsed = parseBytes(raw);
    if (parsed === undefined || parsed === 0) {
      throw new ShipcheckError('input', `${key} must be a size like 1G or 512M, found '${String(raw)}'`, {
        fix: 'write bytes with a unit: 1G, 2048M, 512m',
      });
    }
    return parsed;
  };
  const seconds = (key: keyof DockerBuildTestInput, fallback: number): number => {
    const raw = value(key);
    if (raw === undefined || raw === null || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0 || n > 7200) {
      throw new ShipcheckError('input', `${key} must be seconds between 1 and 7200, found '${String(raw)}'`);
    }
    return n;
  };
  const cpusRaw = value('cpus');
  const cpus = cpusRaw === undefined || cpusRaw === '' ? undefined : parseCpus(cpusRaw);
  if (cpusRaw !== undefined && cpusRaw !== '' && (cpus === undefined || cpus === 0)) {
    throw new ShipcheckError('input', `cpus must be a number of CPUs like 0.5, found '${String(cpusRaw)}'`);
  }
  const portRaw = value('port');
  const port = portRaw === undefined || portRaw === '' ? undefined : Number(portRaw);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new ShipcheckError('input', `port must be a TCP port number, found '${String(portRaw)}'`);
  }
  const healthPath = optionalString(value('health-path'), 'health-path');
  if (healthPath !== undefined && !healthPath.startsWith('/')) {
    throw new ShipcheckError('input', `health-path must start with /, found '${healthPath}'`);
  }
  const smoke = bool(value('smoke'), 'smoke', defaults.smoke ?? false);
  const composeUp = bool(value('compose-up'), 'compose-up', false);
  const headroom = bytes('memory-headroom') ?? 128 * 1024 ** 2;
  const hostMemory = bytes('host-memory');
  if (hostMemory !== undefined && headroom >= hostMemory) {
    throw new ShipcheckError(
      'input',
      `memory-headroom (${formatBytes(headroom)}) must be less than host-memory (${formatBytes(hostMemory)})`,
    );
  }
  return {
    root,
    dockerfile: optionalString(value('dockerfile'), 'dockerfile') || 'Dockerfile',
    context: optionalString(value('context'), 'context') || undefined,
    composeFiles: stringList(value('compose-files'), 'compose-files'),
    composeOverride: optionalString(value('compose-override'), 'compose-override') || undefined,
    service: optionalString(value('service'), 'service') || undefined,
    hostMemory,
    memoryHeadroom: headroom,
    // a smoke run needs an image: asking for one builds it
    build: bool(value('build'), 'build', defaults.build ?? false) || smoke,
    smoke,
    composeUp,
    tag: optionalString(value('tag'), 'tag') || undefined,
    buildArgs: pairs(value('build-args'), 'build-args'),
    memory: bytes('memory'),
    cpus,
    port,
    healthPath,
    smokeTimeout: seconds('smoke-timeout', 90),
    buildTimeout: seconds('build-timeout', 1200),
    exclude: stringList(value('exclude'), 'exclude') ?? [],
  };
}

/** `A=1,B=2` (or newline-separated) or a mapping. */
function pairs(raw: unknown, key: string): Record<string, string> {
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    return Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  }
  const list = stringList(raw, key) ?? [];
  return Object.fromEntries(
    list.map((pair) => {
      const eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new ShipcheckError('input', `${key} entries look like NAME=value, found '${pair}'`);
      }
      return [pair.slice(0, eq).trim(), pair.slice(eq + 1)];
    }),
  );
}
