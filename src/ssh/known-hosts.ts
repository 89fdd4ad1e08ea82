/**
 * Host keys, failing closed: OpenSSH known_hosts lines (plain and hashed `|1|salt|hash` host names,
 * `[host]:port`, comma lists, `*`/`?` wildcards and `!` negation, `@revoked`) or `SHA256:` fingerprints.
 * Nothing here touches the network; connection.ts asks `verify` about the key the server offered.
 */
import { createHash, createHmac } from 'node:crypto';

export interface KnownHostEntry {
  /** 1-based line of the known_hosts text, for error messages */
  line: number;
  marker?: 'revoked' | 'cert-authority';
  patterns: string[];
  keyType: string;
  /** the public key blob */
  key: Buffer;
}

export interface HostKeyPolicy {
  knownHosts?: KnownHostEntry[];
  /** `SHA256:` + unpadded base64 of the key blob's SHA-256 */
  fingerprints?: string[];
  /** accept any key: only through an explicitly named input, with a warning */
  skipVerification?: boolean;
}

export interface OfferedKey {
  keyType: string;
  fingerprint: string;
  /** a ready-to-paste known_hosts line for this host and key */
  knownHostsLine: string;
}

export type HostKeyVerdict =
  | { ok: true; how: 'known-hosts' | 'fingerprint' | 'skipped'; offered: OfferedKey }
  | { ok: false; reason: 'mismatch' | 'unknown' | 'revoked'; offered: OfferedKey; expected: string[] };

const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;

/** Parses known_hosts text; a malformed line is an error naming the line (the input is the user's trust list). */
export function parseKnownHosts(text: string, source = 'known-hosts'): KnownHostEntry[] {
  const entries: KnownHostEntry[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const [index, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const fields = trimmed.split(/\s+/);
    let marker: KnownHostEntry['marker'];
    if (fields[0]?.startsWith('@')) {
      const word = fields.shift()!;
      if (word !== '@revoked' && word !== '@cert-authority') {
        throw new KnownHostsError(
          `${source}:${index + 1}: unknown marker ${word} (expected @revoked or @cert-authority)`,
        );
      }
      marker = word.slice(1) as KnownHostEntry['marker'];
    }
    const [hosts, keyType, base64] = fields;
    if (!hosts || !keyType || !base64) {
      throw new KnownHostsError(
        `${source}:${index + 1}: expected "HOSTS KEYTYPE BASE64-KEY", found ${JSON.stringify(trimmed.slice(0, 60))}`,
      );
    }
    const key = Buffer.from(base64, 'base64');
    if (key.length < 16 || key.toString('base64').replace(/=+$/, '') !== base64.replace(/=+$/, '')) {
      throw new KnownHostsError(`${source}:${index + 1}: the key of ${keyType} is not valid base64`);
    }
    if (blobKeyType(key) !== keyType) {
      throw new KnownHostsError(
        `${source}:${index + 1}: the line says ${keyType} but the key inside is ${blobKeyType(key) ?? 'unreadable'}`,
      );
    }
    entries.push({ line: index + 1, marker, patterns: hosts.split(','), keyType, key });
  }
  return entries;
}

export class KnownHostsError extends Error {}

/** Validates `SHA256:...` fingerprints (as ssh-keygen -lf prints them); throws naming the bad one. */
export function parseFingerprints(values: readonly string[]): string[] {
  return values.map((value) => {
    const trimmed = value.trim().replace(/=+$/, '');
    if (!FINGERPRINT.test(trimmed)) {
      throw new KnownHostsError(
        `host-key-fingerprint must look like SHA256:<43 base64 characters> (ssh-keygen -lf KEY prints it), found '${value.slice(0, 60)}'`,
      );
    }
    return trimmed;
  });
}

export function fingerprintOf(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** The algorithm name inside an SSH public key blob (its first string). */
export function blobKeyType(key: Buffer): string | undefined {
  if (key.length < 4) return undefined;
  const length = key.readUInt32BE(0);
  if (length === 0 || length > 64 || 4 + length > key.length) return undefined;
  return key.subarray(4, 4 + length).toString('latin1');
}

/** `host` for port 22, else `[host]:port`: how known_hosts names a host. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

function wildcard(pattern: string, name: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  return regex.test(name);
}

function hashedMatches(pattern: string, name: string): boolean {
  const [, kind, salt, hash] = pattern.split('|');
  if (kind !== '1' || !salt || !hash) return false;
  const digest = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
  return digest === hash;
}

/** Does this entry's host list name the host (a negated pattern that matches excludes the line)? */
export function entryMatches(entry: KnownHostEntry, host: string, port: number): boolean {
  const name = knownHostsName(host, port);
  let matched = false;
  for (const pattern of entry.patterns) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const hit = body.startsWith('|') ? hashedMatches(body, name) : wildcard(body, name);
    if (hit && negated) return false;
    if (hit) matched = true;
  }
  return matched;
}

/** The verdict on the key a server offered, with everything an error message needs. */
export function verifyHostKey(
  policy: HostKeyPolicy,
  host: string,
  port: number,
  key: Buffer,
): HostKeyVerdict {
  const keyType = blobKeyType(key) ?? 'unknown';
  const offered: OfferedKey = {
    keyType,
    fingerprint: fingerprintOf(key),
    knownHostsLine: `${knownHostsName(host, port)} ${keyType} ${key.toString('base64')}`,
  };
  const entries = (policy.knownHosts ?? []).filter((entry) => entryMatches(entry, host, port));
  if (entries.some((entry) => entry.marker === 'revoked' && entry.key.equals(key))) {
    return { ok: false, reason: 'revoked', offered, expected: [] };
  }
  const trusted = entries.filter((entry) => entry.marker === undefined);
  if (trusted.some((entry) => entry.key.equals(key))) return { ok: true, how: 'known-hosts', offered };
  if ((policy.fingerprints ?? []).includes(offered.fingerprint))
    return { ok: true, how: 'fingerprint', offered };
  if (policy.skipVerification) return { ok: true, how: 'skipped', offered };
  const expected = [
    ...trusted.map(
      (entry) => `${entry.keyType} ${fingerprintOf(entry.key)} (known-hosts line ${entry.line})`,
    ),
    ...(policy.fingerprints ?? []),
  ];
  return { ok: false, reason: expected.length > 0 ? 'mismatch' : 'unknown', offered, expected };
}

/** The one-paragraph message for a refused host key: what was offered, what was expected, how to fix it. */
export function describeRefusal(
  verdict: Extract<HostKeyVerdict, { ok: false }>,
  host: string,
  port: number,
): string {
  const where = knownHostsName(host, port);
  const offered = `${where} offered ${verdict.offered.keyType} ${verdict.offered.fingerprint}`;
  if (verdict.reason === 'revoked')
    return `${offered}, which known-hosts marks @revoked: refusing to connect`;
  if (verdict.reason === 'mismatch') {
    return (
      `host key mismatch: ${offered}, but ${verdict.expected.join(', ')} was expected. Either the server was ` +
      're-installed (then update known-hosts) or someone is in the middle: do not skip verification. ' +
      `If the new key is right, its known_hosts line is:\n${verdict.offered.knownHostsLine}`
    );
  }
  return (
    `unknown host: ${offered}, and neither known-hosts nor host-key-fingerprint names a key for it. ` +
    `Check the fingerprint on the server (ssh-keygen -lf /etc/ssh/ssh_host_${verdict.offered.keyType.replace(/^ssh-/, '').replace(/^ecdsa-sha2-nistp\d+$/, 'ecdsa')}_key.pub), ` +
    `then add this line to known-hosts:\n${verdict.offered.knownHostsLine}`
  );
}
