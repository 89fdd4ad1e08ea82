import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ShipcheckError } from '../core/errors.js';
import { registerUrlSecrets } from '../core/secrets.js';
import { expandEnvReferences } from '../config/env.js';
import { readSettingsYaml } from '../config/load.js';
import { bool, optionalString, stringList } from '../config/values.js';
import {
  SSH_CONNECTION_KEYS,
  sshSettings,
  type SshConnectionInput,
  type SshSettings,
} from '../ssh/settings.js';
import {
  parseSpec,
  resolveUrl,
  resourcesCheck,
  tlsCheck,
  uploadCheck,
  type Check,
  type VerifySpec,
} from './spec.js';

export const POST_DEPLOY_VERIFY_OWN_KEYS = [
  'spec',
  'base-url',
  'url',
  'wait-url',
  'wait-timeout',
  'tls',
  'ca-file',
  'min-days',
  'redirect',
  'upload',
  'expect-sha',
  'version-url',
  'resources',
  'database-url',
  'app-dir',
  'concurrency',
  'timeout',
  'junit-file',
] as const;
export const POST_DEPLOY_VERIFY_KEYS = [...POST_DEPLOY_VERIFY_OWN_KEYS, ...SSH_CONNECTION_KEYS] as const;
export type PostDeployVerifyInput = Partial<Record<(typeof POST_DEPLOY_VERIFY_OWN_KEYS)[number], unknown>> &
  SshConnectionInput;

export interface VerifySettings {
  spec: VerifySpec;
  /** for the checks that read the server (resources, version over SSH) */
  ssh?: SshSettings;
  appDir?: string;
  junitFile?: string;
}

function number(raw: unknown, key: string): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new ShipcheckError('input', `${key} must be a number > 0, found '${String(raw)}'`);
  return value;
}

/**
 * The spec from `spec` (a YAML file with the same shape as shipcheck.yml's `verify:`), else shipcheck.yml's
 * `verify:`; then the quick inputs (url, tls, redirect, upload, expect-sha...) add their checks to it.
 */
export function verifySettings(
  root: string,
  config: { verify?: unknown; section?: PostDeployVerifyInput; sshDefaults?: SshConnectionInput },
  overrides: PostDeployVerifyInput = {},
  secrets: { key?: string; passphrase?: string; password?: string } = {},
): VerifySettings {
  const section = config.section ?? {};
  const value = (key: keyof PostDeployVerifyInput): unknown => overrides[key] ?? section[key];
  const specFile = optionalString(value('spec'), 'spec');
  let rawSpec: unknown = config.verify ?? {};
  let where = 'verify';
  if (specFile) {
    const file = path.resolve(root, specFile);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ShipcheckError(
        'input',
        `spec: cannot read ${file}: ${(error as NodeJS.ErrnoException).code}`,
        {
          fix: 'give a YAML file with checks:, tls:, redirects:, uploads:, version: (docs/post-deploy-verify.md)',
        },
      );
    }
    const yaml = readSettingsYaml(text, specFile, 'input', 'spec is not valid YAML');
    rawSpec = yaml.data ?? {};
    // ${NAME} references, as in shipcheck.yml (tokens and passwords come from the environment)
    rawSpec = expandEnvReferences(
      rawSpec,
      process.env,
      (keyPath, problem) =>
        new ShipcheckError('input', `${keyPath.join('.')}: ${problem.message}`, {
          where: `${specFile}:${yaml.lineOf(keyPath) ?? 1}`,
          fix: problem.fix,
        }),
      registerUrlSecrets,
    );
    const top = rawSpec as Record<string, unknown>;
    if (top && typeof top === 'object' && 'verify' in top) rawSpec = top.verify;
    where = specFile;
  }
  const caFile = optionalString(value('ca-file'), 'ca-file');
  const minDays = number(value('min-days'), 'min-days');
  const expectSha = optionalString(value('expect-sha'), 'expect-sha') || undefined;
  const timeout = number(value('timeout'), 'timeout');
  const spec = parseSpec(rawSpec, where, {
    baseUrl: optionalString(value('base-url'), 'base-url') || undefined,
    concurrency: number(value('concurrency'), 'concurrency'),
    timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    caFile: caFile ? path.resolve(root, caFile) : undefined,
    minDays,
    expectSha,
  });
  const extra: Check[] = [];
  for (const url of stringList(value('url'), 'url') ?? []) {
    const resolved = resolveUrl(url, spec.baseUrl, 'url');
    extra.push({
      kind: 'http',
      name: `GET ${resolved}`,
      method: 'GET',
      url: resolved,
      headers: {},
      expect: { status: ['2xx'] },
      samples: 1,
    });
  }
  for (const target of stringList(value('tls'), 'tls') ?? [])
    extra.push(tlsCheck(target, 'tls', { minDays }));
  for (const url of stringList(value('redirect'), 'redirect') ?? []) {
    extra.push({ kind: 'redirect', name: `redirect ${url}`, url: resolveUrl(url, undefined, 'redirect') });
  }
  for (const url of stringList(value('upload'), 'upload') ?? [])
    extra.push(uploadCheck(url, 'upload', spec.baseUrl));
  const versionUrl = optionalString(value('version-url'), 'version-url');
  const hasVersion = spec.checks.some((c) => c.kind === 'version');
  if (expectSha && !hasVersion) {
    extra.push({
      kind: 'version',
      name: 'deployed commit',
      url: versionUrl ? resolveUrl(versionUrl, spec.baseUrl, 'version-url') : undefined,
      ssh: !versionUrl,
      expectSha,
    });
  }
  if (bool(value('resources'), 'resources', false) && !spec.checks.some((c) => c.kind === 'resources')) {
    extra.push(resourcesCheck({ path: optionalString(value('app-dir'), 'app-dir') ?? '/' }, 'resources'));
  }
  const databaseUrl = optionalString(value('database-url'), 'database-url');
  if (databaseUrl) {
    registerUrlSecrets(databaseUrl);
    extra.push({ kind: 'database', name: 'database reachable', url: databaseUrl });
  }
  const waitUrl = optionalString(value('wait-url'), 'wait-url');
  if (waitUrl) {
    const url = resolveUrl(waitUrl, spec.baseUrl, 'wait-url');
    spec.wait = {
      check: {
        kind: 'http',
        name: `ready: GET ${url}`,
        method: 'GET',
        url,
        headers: {},
        expect: { status: ['2xx'] },
        samples: 1,
      },
      timeoutMs: (number(value('wait-timeout'), 'wait-timeout') ?? 120) * 1000,
    };
  }
  spec.checks.push(...extra);
  for (const check of spec.checks) if (check.kind === 'database') registerUrlSecrets(check.url);
  if (spec.checks.length === 0 && !spec.wait) {
    throw new ShipcheckError('input', 'nothing to verify: no checks in the spec and no quick inputs', {
      fix: 'add verify: to shipcheck.yml, give spec: FILE, or use url / tls / redirect / upload / expect-sha',
    });
  }
  const needsSsh = spec.checks.some((c) => c.kind === 'resources' || (c.kind === 'version' && c.ssh));
  const connection: SshConnectionInput = { ...config.sshDefaults };
  for (const key of SSH_CONNECTION_KEYS) {
    const own = value(key);
    if (own !== undefined) (connection as Record<string, unknown>)[key] = own;
  }
  let ssh: SshSettings | undefined;
  if (needsSsh) {
    if (!connection.host && !connection.hosts) {
      throw new ShipcheckError(
        'input',
        'the resources and version-over-SSH checks need a server: host is empty',
        {
          fix: 'set host (and known-hosts, the key) as for ssh-deploy, or give version-url instead',
        },
      );
    }
    ssh = sshSettings(root, {}, connection, secrets);
  }
  const appDir =
    optionalString(value('app-dir'), 'app-dir') ??
    optionalString((config.sshDefaults as Record<string, unknown> | undefined)?.['app-dir'], 'app-dir');
  return { spec, ssh, appDir, junitFile: optionalString(value('junit-file'), 'junit-file') || undefined };
}
