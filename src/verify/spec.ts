/**
 * The post-deploy checklist as data: shipcheck.yml's `verify:` section, a spec file, or the CLI's quick
 * flags, all read into one VerifySpec. Every error names the key path (`verify.checks[2].expect.status`).
 */
import { ShipcheckError } from '../core/errors.js';

export type Predicate =
  | { equals: unknown }
  | { matches: string }
  | { exists: boolean }
  | { type: 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null' }
  | { count: number };

export interface Expectation {
  /** a status, a list, or a class like `2xx` */
  status?: Array<number | string>;
  headers?: Record<string, Predicate>;
  /** JSONPath -> predicate */
  json?: Record<string, Predicate>;
  /** text the body must contain */
  body?: string;
  /** milliseconds for one response */
  maxMs?: number;
}

export interface HttpCheck {
  kind: 'http';
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** JSON body, or form fields */
  json?: unknown;
  form?: Record<string, string>;
  expect: Expectation;
  /** latency over N samples: every sample must meet `expect`, and the percentiles their thresholds */
  samples: number;
  latency?: { p50?: number; p95?: number; max?: number };
}

export interface TlsCheck {
  kind: 'tls';
  name: string;
  host: string;
  port: number;
  /** SNI and the name the certificate must cover; default host */
  servername: string;
  warnDays: number;
  minDays: number;
  hsts: boolean;
}

export interface RedirectCheck {
  kind: 'redirect';
  name: string;
  url: string;
}

export interface UploadCheck {
  kind: 'upload';
  name: string;
  url: string;
  field: string;
  filename: string;
  headers: Record<string, string>;
  /** other fields of the form, sent before the file (a user id, a CSRF token) */
  form: Record<string, string>;
  /** JSON paths in the response that hold the stored name and the detected type */
  storedNamePath: string;
  typePath?: string;
  expectType?: string;
  expect: Expectation;
}

export interface VersionCheck {
  kind: 'version';
  name: string;
  url?: string;
  /** where the commit is: a JSONPath into the response, or a header; default: the body, trimmed */
  jsonPath?: string;
  header?: string;
  /** read `current` / the ledger over SSH instead of asking the app */
  ssh?: boolean;
  expectSha: string;
}

export interface ResourcesCheck {
  kind: 'resources';
  name: string;
  /** percent of RAM used (excluding cache) that warns / fails */
  memoryWarn: number;
  memoryFail: number;
  /** swap used in percent that warns */
  swapWarn: number;
  /** load average (1 min) per CPU that warns / fails */
  loadWarn: number;
  loadFail: number;
  /** percent of disk used at app-dir (or /) that warns / fails */
  diskWarn: number;
  diskFail: number;
  /** container memory at this percent of its limit warns */
  containerWarn: number;
  path: string;
}

export interface DatabaseCheck {
  kind: 'database';
  name: string;
  url: string;
}

export type Check =
  HttpCheck | TlsCheck | RedirectCheck | UploadCheck | VersionCheck | ResourcesCheck | DatabaseCheck;

export interface VerifySpec {
  baseUrl?: string;
  /** phase 1: one readiness check retried with backoff until healthy or the deadline */
  wait?: { check: HttpCheck; timeoutMs: number };
  /** phase 2: each check once, `concurrency` at a time */
  checks: Check[];
  concurrency: number;
  /** per request */
  timeoutMs: number;
  caFile?: string;
}

type Raw = Record<string, unknown>;

function fail(where: string, message: string, fix?: string): never {
  throw new ShipcheckError('input', `${where}: ${message}`, { fix });
}

function object(raw: unknown, where: string): Raw {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw))
    fail(where, `expected a mapping, found ${describe(raw)}`);
  return raw as Raw;
}

function describe(raw: unknown): string {
  return Array.isArray(raw)
    ? 'a list'
    : raw === null
      ? 'null'
      : `${typeof raw} ${JSON.stringify(raw)?.slice(0, 40)}`;
}

function str(raw: unknown, where: string, fallback?: string): string {
  if (raw === undefined || raw === null || raw === '') {
    if (fallback !== undefined) return fallback;
    fail(where, 'is required');
  }
  if (typeof raw === 'number') return String(raw);
  if (typeof raw !== 'string') fail(where, `expected a string, found ${describe(raw)}`);
  return raw;
}

function num(raw: unknown, where: string, fallback: number, min = 0): number {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = typeof raw === 'string' ? Number(raw.replace(/ms$/, '')) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    fail(where, `expected a number >= ${min}, found ${describe(raw)}`);
  }
  return value;
}

function strings(raw: unknown, where: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(object(raw, where))) out[key] = str(value, `${where}.${key}`);
  return out;
}

const PREDICATE_KEYS = ['equals', 'matches', 'exists', 'type', 'count'];

export function parsePredicate(raw: unknown, where: string): Predicate {
  // a bare value means equals
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { equals: raw };
  const keys = Object.keys(raw as Raw);
  if (keys.length !== 1 || !PREDICATE_KEYS.includes(keys[0]!)) {
    fail(
      where,
      `expected one of ${PREDICATE_KEYS.join(', ')}, found ${keys.join(', ') || 'nothing'}`,
      'e.g. { equals: "ok" } or { matches: "\\\\.docx$" }',
    );
  }
  const [key] = keys as [string];
  const value = (raw as Raw)[key];
  if (key === 'matches') {
    const pattern = str(value, `${where}.matches`);
    try {
      new RegExp(pattern);
    } catch (error) {
      fail(`${where}.matches`, `not a regular expression: ${(error as Error).message}`);
    }
    return { matches: pattern };
  }
  if (key === 'exists') return { exists: value !== false };
  if (key === 'count') return { count: num(value, `${where}.count`, 0) };
  if (key === 'type') {
    const type = str(value, `${where}.type`);
    if (!['string', 'number', 'boolean', 'object', 'array', 'null'].includes(type))
      fail(`${where}.type`, `unknown type '${type}'`);
    return { type: type as 'string' };
  }
  return { equals: value };
}

export function parseExpectation(raw: unknown, where: string): Expectation {
  const spec = object(raw, where);
  const status = spec.status;
  const statuses =
    status === undefined
      ? undefined
      : (Array.isArray(status) ? status : [status]).map((s, i) => {
          if (typeof s === 'number' || (typeof s === 'string' && /^([1-5]xx|\d{3})$/.test(s))) return s;
          return fail(`${where}.status[${i}]`, `expected a status like 200 or 2xx, found ${describe(s)}`);
        });
  const predicates = (key: 'headers' | 'json') =>
    spec[key] === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(object(spec[key], `${where}.${key}`)).map(([name, p]) => [
            key === 'headers' ? name.toLowerCase() : name,
            parsePredicate(p, `${where}.${key}.${name}`),
          ]),
        );
  return {
    status: statuses,
    headers: predicates('headers'),
    json: predicates('json'),
    body: spec.body === undefined ? undefined : str(spec.body, `${where}.body`),
    maxMs: spec['max-ms'] === undefined ? undefined : num(spec['max-ms'], `${where}.max-ms`, 0),
  };
}

/** A relative path joins the base URL; an absolute URL stays. */
export function resolveUrl(raw: string, baseUrl: string | undefined, where: string): string {
  try {
    return new URL(raw, baseUrl).href;
  } catch {
    return fail(
      where,
      baseUrl ? `'${raw}' is not a URL or a path` : `'${raw}' is a path, but there is no base-url`,
      'set base-url (input, --base-url or verify.base-url) or give a full URL',
    );
  }
}

function httpCheck(raw: unknown, where: string, baseUrl: string | undefined, index: number): HttpCheck {
  const spec = object(raw, where);
  const url = resolveUrl(str(spec.url ?? spec.path, `${where}.url`), baseUrl, `${where}.url`);
  const latency = spec.latency === undefined ? undefined : object(spec.latency, `${where}.latency`);
  return {
    kind: 'http',
    name: str(
      spec.name,
      `${where}.name`,
      `${String(spec.method ?? 'GET').toUpperCase()} ${new URL(url).pathname || url} #${index + 1}`,
    ),
    method: str(spec.method, `${where}.method`, 'GET').toUpperCase(),
    url,
    headers: strings(spec.headers, `${where}.headers`),
    json: spec.json,
    form: spec.form === undefined ? undefined : strings(spec.form, `${where}.form`),
    expect: parseExpectation(spec.expect ?? { status: '2xx' }, `${where}.expect`),
    samples: num(spec.samples, `${where}.samples`, latency ? 20 : 1, 1),
    latency: latency && {
      p50: latency.p50 === undefined ? undefined : num(latency.p50, `${where}.latency.p50`, 0),
      p95: latency.p95 === undefined ? undefined : num(latency.p95, `${where}.latency.p95`, 0),
      max: latency.max === undefined ? undefined : num(latency.max, `${where}.latency.max`, 0),
    },
  };
}

export function parseHostPort(raw: string, where: string, defaultPort = 443): { host: string; port: number } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(raw.trim());
  if (!match) fail(where, `expected HOST:PORT, found '${raw}'`);
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port: match[2] ? Number(match[2]) : defaultPort };
}

export function tlsCheck(raw: unknown, where: string, defaults: { minDays?: number } = {}): TlsCheck {
  const spec = typeof raw === 'string' ? { host: raw } : object(raw, where);
  const { host, port } = parseHostPort(
    str(spec.host, `${where}.host`),
    `${where}.host`,
    num(spec.port, `${where}.port`, 443, 1),
  );
  const minDays = num(spec['min-days'], `${where}.min-days`, defaults.minDays ?? 7);
  return {
    kind: 'tls',
    name: str(spec.name, `${where}.name`, `TLS ${host}:${port}`),
    host,
    port,
    servername: str(spec.servername, `${where}.servername`, host),
    minDays,
    warnDays: num(spec['warn-days'], `${where}.warn-days`, Math.max(minDays, 21)),
    hsts: spec.hsts === undefined ? true : spec.hsts !== false,
  };
}

export interface SpecDefaults {
  baseUrl?: string;
  concurrency?: number;
  timeoutMs?: number;
  caFile?: string;
  minDays?: number;
  expectSha?: string;
}

/** The `verify:` mapping (shipcheck.yml or a spec file). */
export function parseSpec(raw: unknown, where: string, defaults: SpecDefaults = {}): VerifySpec {
  const spec = object(raw, where);
  const baseUrl =
    defaults.baseUrl ??
    (spec['base-url'] === undefined ? undefined : str(spec['base-url'], `${where}.base-url`));
  if (baseUrl) resolveUrl(baseUrl, undefined, `${where}.base-url`);
  const checks: Check[] = [];
  const list = (key: string): unknown[] => {
    const value = spec[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) fail(`${where}.${key}`, `expected a list, found ${describe(value)}`);
    return value;
  };
  list('checks').forEach((item, i) => checks.push(httpCheck(item, `${where}.checks[${i}]`, baseUrl, i)));
  list('tls').forEach((item, i) => checks.push(tlsCheck(item, `${where}.tls[${i}]`, defaults)));
  list('redirects').forEach((item, i) => {
    const entry = typeof item === 'string' ? { url: item } : object(item, `${where}.redirects[${i}]`);
    const url = resolveUrl(
      str(entry.url, `${where}.redirects[${i}].url`),
      undefined,
      `${where}.redirects[${i}].url`,
    );
    checks.push({
      kind: 'redirect',
      name: str(entry.name, `${where}.redirects[${i}].name`, `redirect ${url}`),
      url,
    });
  });
  list('uploads').forEach((item, i) => checks.push(uploadCheck(item, `${where}.uploads[${i}]`, baseUrl)));
  if (spec.version !== undefined) {
    const version = object(spec.version, `${where}.version`);
    const expectSha = defaults.expectSha ?? str(version['expect-sha'], `${where}.version.expect-sha`, '');
    if (expectSha) {
      checks.push({
        kind: 'version',
        name: 'deployed commit',
        url:
          version.url === undefined
            ? undefined
            : resolveUrl(str(version.url, `${where}.version.url`), baseUrl, `${where}.version.url`),
        jsonPath:
          version['json-path'] === undefined
            ? undefined
            : str(version['json-path'], `${where}.version.json-path`),
        header:
          version.header === undefined
            ? undefined
            : str(version.header, `${where}.version.header`).toLowerCase(),
        ssh: version.ssh === true,
        expectSha,
      });
    }
  }
  if (spec.resources !== undefined && spec.resources !== false)
    checks.push(resourcesCheck(spec.resources === true ? {} : spec.resources, `${where}.resources`));
  if (spec.database !== undefined) {
    const database =
      typeof spec.database === 'string' ? { url: spec.database } : object(spec.database, `${where}.database`);
    checks.push({
      kind: 'database',
      name: 'database reachable',
      url: str(database.url, `${where}.database.url`),
    });
  }
  let wait: VerifySpec['wait'];
  if (spec.wait !== undefined) {
    const waitSpec = typeof spec.wait === 'string' ? { url: spec.wait } : object(spec.wait, `${where}.wait`);
    wait = {
      check: httpCheck(waitSpec, `${where}.wait`, baseUrl, 0),
      timeoutMs: num(waitSpec.timeout, `${where}.wait.timeout`, 120, 1) * 1000,
    };
    wait.check.name = `ready: ${wait.check.name}`;
  }
  return {
    baseUrl,
    wait,
    checks,
    concurrency: defaults.concurrency ?? num(spec.concurrency, `${where}.concurrency`, 8, 1),
    timeoutMs: defaults.timeoutMs ?? num(spec.timeout, `${where}.timeout`, 10, 0.1) * 1000,
    caFile:
      defaults.caFile ??
      (spec['ca-file'] === undefined ? undefined : str(spec['ca-file'], `${where}.ca-file`)),
  };
}

export function uploadCheck(raw: unknown, where: string, baseUrl: string | undefined): UploadCheck {
  const spec = typeof raw === 'string' ? { url: raw } : object(raw, where);
  const url = resolveUrl(str(spec.url, `${where}.url`), baseUrl, `${where}.url`);
  const filename = str(spec.filename, `${where}.filename`, '陈熙蕾.docx');
  return {
    kind: 'upload',
    name: str(spec.name, `${where}.name`, `upload ${filename}`),
    url,
    field: str(spec.field, `${where}.field`, 'file'),
    filename,
    headers: strings(spec.headers, `${where}.headers`),
    form: spec.form === undefined ? {} : strings(spec.form, `${where}.form`),
    storedNamePath: str(spec['stored-name'], `${where}.stored-name`, '$.filename'),
    typePath: spec['type-path'] === undefined ? undefined : str(spec['type-path'], `${where}.type-path`),
    expectType:
      spec['expect-type'] === undefined ? undefined : str(spec['expect-type'], `${where}.expect-type`),
    expect: parseExpectation(spec.expect ?? { status: '2xx' }, `${where}.expect`),
  };
}

export function resourcesCheck(raw: unknown, where: string): ResourcesCheck {
  const spec = object(raw, where);
  return {
    kind: 'resources',
    name: 'host resources',
    memoryWarn: num(spec['memory-warn'], `${where}.memory-warn`, 85),
    memoryFail: num(spec['memory-fail'], `${where}.memory-fail`, 95),
    swapWarn: num(spec['swap-warn'], `${where}.swap-warn`, 50),
    loadWarn: num(spec['load-warn'], `${where}.load-warn`, 1.5),
    loadFail: num(spec['load-fail'], `${where}.load-fail`, 3),
    diskWarn: num(spec['disk-warn'], `${where}.disk-warn`, 85),
    diskFail: num(spec['disk-fail'], `${where}.disk-fail`, 95),
    containerWarn: num(spec['container-warn'], `${where}.container-warn`, 90),
    path: str(spec.path, `${where}.path`, '/'),
  };
}
