import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  blobKeyType,
  entryMatches,
  fingerprintOf,
  parseFingerprints,
  parseKnownHosts,
  verifyHostKey,
} from './known-hosts.js';

function blob(type: string): Buffer {
  const name = Buffer.from(type);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(name.length);
  return Buffer.concat([length, name, Buffer.alloc(4, 0), randomBytes(32)]);
}

const keyA = blob('ssh-ed25519');
const keyB = blob('ssh-ed25519');
const line = (hosts: string, key = keyA) => `${hosts} ${blobKeyType(key)} ${key.toString('base64')}`;

describe('known_hosts', () => {
  it('matches plain, [host]:port, lists, wildcards and negation', () => {
    const [plain, ported, listed, wild] = parseKnownHosts(
      [
        line('deploy.example'),
        line('[10.0.0.5]:2222'),
        line('a.example,b.example'),
        line('*.example,!bad.example'),
      ].join('\n'),
    );
    expect(entryMatches(plain!, 'deploy.example', 22)).toBe(true);
    expect(entryMatches(plain!, 'deploy.example', 2222)).toBe(false);
    expect(entryMatches(ported!, '10.0.0.5', 2222)).toBe(true);
    expect(entryMatches(listed!, 'b.example', 22)).toBe(true);
    expect(entryMatches(wild!, 'ok.example', 22)).toBe(true);
    expect(entryMatches(wild!, 'bad.example', 22)).toBe(false);
  });

  it('matches hashed host names (|1|salt|hash, as ssh-keygen -H writes them)', () => {
    const salt = randomBytes(20);
    const hash = createHmac('sha1', salt).update('[deploy.example]:2222').digest('base64');
    const [entry] = parseKnownHosts(line(`|1|${salt.toString('base64')}|${hash}`));
    expect(entryMatches(entry!, 'deploy.example', 2222)).toBe(true);
    expect(entryMatches(entry!, 'deploy.example', 22)).toBe(false);
  });

  it('refuses malformed lines with the line number, and a key type that lies', () => {
    expect(() => parseKnownHosts('# comment\n\nhost ssh-ed25519')).toThrow(
      /known-hosts:3: expected "HOSTS KEYTYPE BASE64-KEY"/,
    );
    expect(() => parseKnownHosts(`host ssh-rsa ${keyA.toString('base64')}`)).toThrow(
      /says ssh-rsa but the key inside is ssh-ed25519/,
    );
    expect(() => parseKnownHosts(`@trusted ${line('h')}`)).toThrow(/unknown marker @trusted/);
  });

  it('decides: known key ok, other key mismatch, no entry unknown, revoked, fingerprint, skip', () => {
    const knownHosts = parseKnownHosts(line('deploy.example'));
    expect(verifyHostKey({ knownHosts }, 'deploy.example', 22, keyA)).toMatchObject({
      ok: true,
      how: 'known-hosts',
    });
    expect(verifyHostKey({ knownHosts }, 'deploy.example', 22, keyB)).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
    expect(verifyHostKey({ knownHosts }, 'other.example', 22, keyA)).toMatchObject({
      ok: false,
      reason: 'unknown',
    });
    const revoked = parseKnownHosts(`@revoked ${line('deploy.example')}\n${line('deploy.example')}`);
    expect(verifyHostKey({ knownHosts: revoked }, 'deploy.example', 22, keyA)).toMatchObject({
      reason: 'revoked',
    });
    expect(verifyHostKey({ fingerprints: [fingerprintOf(keyB)] }, 'x', 22, keyB)).toMatchObject({
      how: 'fingerprint',
    });
    expect(verifyHostKey({ skipVerification: true }, 'x', 22, keyB)).toMatchObject({ how: 'skipped' });
  });

  it('validates fingerprints as ssh-keygen prints them', () => {
    const fingerprint = fingerprintOf(keyA);
    expect(fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(parseFingerprints([` ${fingerprint} `])).toEqual([fingerprint]);
    expect(() => parseFingerprints(['MD5:aa:bb'])).toThrow(/must look like SHA256:/);
  });
});
