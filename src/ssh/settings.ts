/**
 * The connection vocabulary of every command that reaches a server (ssh-deploy, rollback, releases, and
 * later post-deploy-verify and schema-compare's tunnel): the same input names in action.yml, CLI flags and
 * shipcheck.yml. The key, its passphrase and a password are secrets: action inputs `ssh-key`,
 * `ssh-passphrase`, `ssh-password`; in the CLI `--key-file` or the environment (SHIPCHECK_SSH_KEY, ...),
 * never a flag (a command line is visible to every user of the machine).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ShipcheckError } from '../core/errors.js';
import { registerSecret } from '../core/secrets.js';
import { bool, optionalString, stringList } from '../config/values.js';
import { KnownHostsError, parseFingerprints, parseKnownHosts, type HostKeyPolicy } from './known-hosts.js';
import type { ConnectOptions, SshTarget } from './connection.js';

/** how to log in and whom to trust, whatever the server: also schema-compare's tunnel (its host is target-via-ssh) */
export const SSH_LOGIN_KEYS = [
  'port',
  'user',
  'key-file',
  'known-hosts',
  'host-key-fingerprint',
  'skip-host-key-verification',
  'jump-host',
  'connect-timeout',
] as const;
export const SSH_CONNECTION_KEYS = ['host', 'hosts', ...SSH_LOGIN_KEYS] as const;
/** action inputs that are secrets; the CLI reads them from the environment variable beside each */
export const SSH_SECRET_INPUTS = {
  'ssh-key': 'SHIPCHECK_SSH_KEY',
  'ssh-passphrase': 'SHIPCHECK_SSH_PASSPHRASE',
  'ssh-password': 'SHIPCHECK_SSH_PASSWORD',
} as const;

export interface SshSecrets {
  key?: string;
  passphrase?: string;
  password?: string;
}

/** The CLI's secrets: from the environment variables beside SSH_SECRET_INPUTS, never from flags. */
export function sshSecretsFromEnv(env: NodeJS.ProcessEnv = process.env): SshSecrets {
  return {
    key: env[SSH_SECRET_INPUTS['ssh-key']],
    passphrase: env[SSH_SECRET_INPUTS['ssh-passphrase']],
    password: env[SSH_SECRET_INPUTS['ssh-password']],
  };
}

export type SshConnectionInput = Partial<
  Record<(typeof SSH_CONNECTION_KEYS)[number] | keyof typeof SSH_SECRET_INPUTS, unknown>
>;

export interface SshSettings {
  /** one or more hosts; each may override user, port, key and host keys (shipcheck.yml `hosts:` objects) */
  targets: SshTarget[];
  /** per target (same index): the other keys of its shipcheck.yml `hosts:` object, for the command's own use */
  hostExtras: Array<Record<string, unknown>>;
  connect: Pick<ConnectOptions, 'connectTimeout' | 'jump'>;
}

const HOST_SPEC = /^(?:([A-Za-z0-9._-]+)@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/;

interface HostSpec {
  host: string;
  user?: string;
  port?: number;
  keyFile?: string;
  knownHosts?: string;
  fingerprints?: string[];
  extra?: Record<string, unknown>;
}

const CONNECTION_HOST_KEYS = new Set([
  'host',
  'user',
  'port',
  'key-file',
  'known-hosts',
  'host-key-fingerprint',
]);

/** `[user@]host[:port]`, strictly: a host name never reaches a shell, but it must still be a host name. */
export function parseHostSpec(value: string, key: string): HostSpec {
  const match = HOST_SPEC.exec(value.trim());
  if (!match) {
    throw new ShipcheckError('input', `${key} must be [user@]host[:port], found '${value}'`, {
      fix: 'write deploy@203.0.113.7, app.example.com:2222 or a plain host name',
    });
  }
  const port = match[3] === undefined ? undefined : Number(match[3]);
  if (port !== undefined && (port < 1 || port > 65535)) {
    throw new ShipcheckError('input', `${key}: port must be 1-65535, found ${port}`);
  }
  return { user: match[1], host: match[2]!.replace(/^\[|\]$/g, ''), port };
}

function portValue(raw: unknown, key: string): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ShipcheckError('input', `${key} must be a port number 1-65535, found '${String(raw)}'`);
  }
  return port;
}

/** known_hosts text, or a file holding it (a path that exists; relative to the project). */
function readKnownHosts(raw: string, root: string, key: string): string {
  const trimmed = raw.trim();
  if (!trimmed.includes('\n') && !/\s/.test(trimmed)) {
    const file = path.resolve(root, trimmed);
    if (!existsSync(file)) {
      throw new ShipcheckError('input', `${key}: no file ${file}, and the value is not a known_hosts line`, {
        fix: 'give the known_hosts text (ssh-keyscan -H host, checked out of band) or a file that holds it',
      });
    }
    return readFileSync(file, 'utf8');
  }
  return raw;
}

function readKeyFile(file: string, root: string, key: string): string {
  const resolved = path.resolve(root, file);
  try {
    return readFileSync(resolved, 'utf8');
  } catch (error) {
    throw new ShipcheckError(
      'input',
      `${key}: cannot read ${resolved}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { fix: 'give the path of the private key file (or the key itself in the ssh-key secret)' },
    );
  }
}

export function sshSettings(
  root: string,
  section: SshConnectionInput = {},
  overrides: SshConnectionInput = {},
  secrets: { key?: string; passphrase?: string; password?: string } = {},
): SshSettings {
  const value = (key: keyof SshConnectionInput): unknown => overrides[key] ?? section[key];
  const keyText = secrets.key || undefined;
  registerSecret(secrets.passphrase);
  registerSecret(secrets.password);
  const defaultKeyFile = optionalString(value('key-file'), 'key-file');
  const defaultUser = optionalString(value('user'), 'user');
  const defaultPort = portValue(value('port'), 'port') ?? 22;
  const knownHostsRaw = optionalString(value('known-hosts'), 'known-hosts');
  const fingerprintsRaw = stringList(value('host-key-fingerprint'), 'host-key-fingerprint');
  const skip = bool(value('skip-host-key-verification'), 'skip-host-key-verification', false);

  const specs: HostSpec[] = [];
  const single = optionalString(value('host'), 'host');
  if (single) specs.push(parseHostSpec(single, 'host'));
  const hostsRaw = value('hosts');
  if (Array.isArray(hostsRaw)) {
    hostsRaw.forEach((item: unknown, index) => {
      const key = `hosts[${index}]`;
      if (typeof item === 'string') specs.push(parseHostSpec(item, key));
      else if (item && typeof item === 'object') {
        const entry = item as Record<string, unknown>;
        const spec = parseHostSpec(String(entry.host ?? ''), `${key}.host`);
        specs.push({
          ...spec,
          user: optionalString(entry.user, `${key}.user`) ?? spec.user,
          port: portValue(entry.port, `${key}.port`) ?? spec.port,
          keyFile: optionalString(entry['key-file'], `${key}.key-file`),
          knownHosts: optionalString(entry['known-hosts'], `${key}.known-hosts`),
          fingerprints: stringList(entry['host-key-fingerprint'], `${key}.host-key-fingerprint`),
          extra: Object.fromEntries(
            Object.entries(entry).filter(([name]) => !CONNECTION_HOST_KEYS.has(name)),
          ),
        });
      } else throw new ShipcheckError('input', `${key} must be a host string or an object with host`);
    });
  } else {
    for (const item of stringList(hostsRaw, 'hosts') ?? []) specs.push(parseHostSpec(item, 'hosts'));
  }
  if (specs.length === 0) {
    throw new ShipcheckError('input', 'no server to connect to: host (or hosts) is empty', {
      fix: 'set host (input, --host or shipcheck.yml ssh-deploy.host), e.g. deploy@203.0.113.7',
    });
  }

  const policyFor = (spec: HostSpec, where: string): HostKeyPolicy => {
    const text = spec.knownHosts ?? knownHostsRaw;
    const fingerprints = spec.fingerprints ?? fingerprintsRaw;
    try {
      const policy: HostKeyPolicy = {
        knownHosts: text
          ? parseKnownHosts(readKnownHosts(text, root, 'known-hosts'), 'known-hosts')
          : undefined,
        fingerprints: fingerprints ? parseFingerprints(fingerprints) : undefined,
        skipVerification: skip,
      };
      if (!policy.knownHosts?.length && !policy.fingerprints?.length && !skip) {
        throw new ShipcheckError('input', `no host key to check ${where} against`, {
          fix:
            'set known-hosts (the output of `ssh-keyscan HOST`, verified out of band) or host-key-fingerprint (SHA256:...); ' +
            'skip-host-key-verification: true exists but lets anyone in the middle read the deploy',
        });
      }
      return policy;
    } catch (error) {
      if (error instanceof KnownHostsError) throw new ShipcheckError('input', error.message);
      throw error;
    }
  };

  const targets = specs.map((spec): SshTarget => {
    const where = `${spec.host}${spec.port ? `:${spec.port}` : ''}`;
    const user = spec.user ?? defaultUser;
    if (!user) {
      throw new ShipcheckError('input', `no user for ${where}`, {
        fix: 'set user (or write the host as user@host)',
      });
    }
    const keyFile = spec.keyFile ?? defaultKeyFile;
    const privateKey = spec.keyFile
      ? readKeyFile(spec.keyFile, root, 'key-file')
      : (keyText ?? (keyFile ? readKeyFile(keyFile, root, 'key-file') : undefined));
    if (!privateKey && !secrets.password) {
      throw new ShipcheckError('input', `no private key for ${user}@${where}`, {
        fix: 'set the ssh-key secret input (CLI: --key-file F or SHIPCHECK_SSH_KEY)',
      });
    }
    return {
      host: spec.host,
      port: spec.port ?? defaultPort,
      user,
      privateKey,
      passphrase: secrets.passphrase || undefined,
      password: privateKey ? undefined : secrets.password,
      hostKeys: policyFor(spec, where),
    };
  });

  const jumpRaw = optionalString(value('jump-host'), 'jump-host');
  let jump: SshTarget | undefined;
  if (jumpRaw) {
    const spec = parseHostSpec(jumpRaw, 'jump-host');
    jump = {
      ...targets[0]!,
      host: spec.host,
      port: spec.port ?? 22,
      user: spec.user ?? targets[0]!.user,
      hostKeys: policyFor(spec, `jump-host ${spec.host}`),
    };
  }
  const timeout = value('connect-timeout');
  const seconds = timeout === undefined || timeout === '' ? 20 : Number(timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new ShipcheckError('input', `connect-timeout must be seconds > 0, found '${String(timeout)}'`);
  }
  return {
    targets,
    hostExtras: specs.map((spec) => spec.extra ?? {}),
    connect: { connectTimeout: seconds * 1000, jump },
  };
}
