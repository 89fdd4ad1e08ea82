import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShipcheckError } from '../../src/core/errors.js';
import { maskSecrets } from '../../src/core/secrets.js';
import { parseKnownHosts, type HostKeyPolicy } from '../../src/ssh/known-hosts.js';
import { SshConnection, type SshTarget } from '../../src/ssh/connection.js';
import { startSshd, type SshServer } from '../setup/sshd.js';

/** src/ssh against real OpenSSH servers on 127.0.0.2 and 127.0.0.3 (two "hosts"). */
let server: SshServer;
let second: SshServer;
const messages: string[] = [];

beforeAll(async () => {
  [server, second] = await Promise.all([startSshd('127.0.0.2'), startSshd('127.0.0.3')]);
});
afterAll(async () => {
  await Promise.all([server?.stop(), second?.stop()]);
});

function target(overrides: Partial<SshTarget> = {}, on: SshServer = server): SshTarget {
  return {
    host: on.host,
    port: on.port,
    user: on.user,
    privateKey: on.privateKey,
    hostKeys: { knownHosts: parseKnownHosts(on.knownHostsLine) },
    ...overrides,
  };
}

async function refusal(work: Promise<unknown>): Promise<ShipcheckError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ShipcheckError);
  const shipcheckError = error as ShipcheckError;
  messages.push(shipcheckError.describe());
  return shipcheckError;
}

describe('SSH connection on real sshd', () => {
  it('runs a script over stdin with the exact exit code, errexit, pipefail and separate streams', async () => {
    const connection = await SshConnection.open(target());
    try {
      const lines: string[] = [];
      const result = await connection.run('echo out-1\necho err-1 >&2\necho out-2\nexit 7', {
        onLine: (line, stream) => lines.push(`${stream}:${line}`),
      });
      expect(result).toMatchObject({ code: 7, stdout: 'out-1\nout-2', stderr: 'err-1', timedOut: false });
      // each stream keeps its order (the two are separate SSH channels' data, not interleaved by time)
      expect(lines.filter((l) => l.startsWith('stdout:'))).toEqual(['stdout:out-1', 'stdout:out-2']);
      expect(lines.filter((l) => l.startsWith('stderr:'))).toEqual(['stderr:err-1']);
      // a failing command in the middle stops the script (appleboy/ssh-action reports only the last one)
      expect(await connection.run('false\necho after')).toMatchObject({ code: 1, stdout: '' });
      expect((await connection.run('false | true\necho after')).code).toBe(1);
      // a command that reads stdin gets /dev/null, not the rest of the script
      expect(await connection.run('cat\necho still-running')).toMatchObject({
        code: 0,
        stdout: 'still-running',
      });
      expect(connection.hostKey).toMatchObject({ ok: true, how: 'known-hosts' });
    } finally {
      connection.close();
    }
  });

  it('passes hostile environment values verbatim and executes nothing in them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-ssh-env-'));
    const pwned = path.join(dir, 'pwned');
    const hostile = `$(touch ${pwned}) \`touch ${pwned}\` '"; touch ${pwned}; echo "\nline two\n\n`;
    const connection = await SshConnection.open(target());
    try {
      const result = await connection.run('printf %s "$HOSTILE" > "$OUT"', {
        env: { HOSTILE: hostile, OUT: path.join(dir, 'value') },
      });
      expect(result.code).toBe(0);
      expect(readFileSync(path.join(dir, 'value'), 'utf8')).toBe(hostile);
      expect(existsSync(pwned)).toBe(false);
      await expect(connection.run('true', { env: { 'BAD;NAME': 'x' } })).rejects.toThrow(/shell identifiers/);
    } finally {
      connection.close();
    }
  });

  it('kills the remote process group on timeout', async () => {
    const marker = `${300 + Math.floor(Math.random() * 1000)}.${process.pid}`;
    const connection = await SshConnection.open(target());
    try {
      const result = await connection.run(`sleep ${marker} &\nsleep ${marker}`, { timeout: 1500 });
      expect(result).toMatchObject({ timedOut: true, code: null });
      // the server is this machine: neither sleep survives
      await new Promise((resolve) => setTimeout(resolve, 500));
      const left = execFileSync('ps', ['-eo', 'args'])
        .toString()
        .split('\n')
        .filter((l) => l.includes(`sleep ${marker}`));
      expect(left).toEqual([]);
    } finally {
      connection.close();
    }
  });

  it('accepts a pinned SHA256 fingerprint and a hashed known_hosts line', async () => {
    const byFingerprint = await SshConnection.open(
      target({ hostKeys: { fingerprints: [server.fingerprint] } }),
    );
    expect(byFingerprint.hostKey).toMatchObject({ ok: true, how: 'fingerprint' });
    byFingerprint.close();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-kh-'));
    const file = path.join(dir, 'known_hosts');
    writeFileSync(file, `${server.knownHostsLine}\n`);
    execFileSync('ssh-keygen', ['-H', '-f', file], { stdio: 'ignore' });
    const hashed = readFileSync(file, 'utf8');
    expect(hashed).toMatch(/^\|1\|/);
    const connection = await SshConnection.open(
      target({ hostKeys: { knownHosts: parseKnownHosts(hashed) } }),
    );
    expect(connection.hostKey).toMatchObject({ ok: true, how: 'known-hosts' });
    connection.close();
  });

  it('refuses a wrong host key and an unknown host, printing the offered key and a known_hosts line', async () => {
    // the other server's key, listed for this host: what a man in the middle looks like
    const wrong: HostKeyPolicy = {
      knownHosts: parseKnownHosts(second.knownHostsLine.replace(/^\S+/, `[${server.host}]:${server.port}`)),
    };
    const mismatch = await refusal(SshConnection.open(target({ hostKeys: wrong })));
    expect(mismatch.message).toContain('host key mismatch');
    expect(mismatch.message).toContain(server.fingerprint);
    expect(mismatch.message).toContain(server.knownHostsLine);
    const unknown = await refusal(SshConnection.open(target({ hostKeys: {} })));
    expect(unknown.message).toMatch(/^unknown host: \[127\.0\.0\.2\]:\d+ offered ssh-ed25519 SHA256:/);
    expect(unknown.message).toContain(server.knownHostsLine);
    const revoked = await refusal(
      SshConnection.open(
        target({ hostKeys: { knownHosts: parseKnownHosts(`@revoked ${server.knownHostsLine}`) } }),
      ),
    );
    expect(revoked.message).toContain('@revoked');
  });

  it('connects with skipped verification only with a warning', async () => {
    const warnings: string[] = [];
    const connection = await SshConnection.open(target({ hostKeys: { skipVerification: true } }), {
      warn: (line) => warnings.push(line),
    });
    connection.close();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('host key verification is skipped');
    expect(warnings[0]).toContain(server.knownHostsLine);
  });

  it('diagnoses authentication: unknown key, encrypted key, CRLF, a public key pasted instead', async () => {
    const stranger = await refusal(SshConnection.open(target({ privateKey: server.strangerKey })));
    expect(stranger.message).toMatch(
      /refused the ssh-ed25519 key from ssh-key \(the server accepts: publickey\)/,
    );
    const noPassphrase = await refusal(SshConnection.open(target({ privateKey: server.encryptedKey })));
    expect(noPassphrase.message).toBe('ssh-key is encrypted, but no passphrase was given');
    const wrongPassphrase = await refusal(
      SshConnection.open(target({ privateKey: server.encryptedKey, passphrase: 'not it' })),
    );
    expect(wrongPassphrase.message).toMatch(/wrong passphrase/);
    const pub = await refusal(
      SshConnection.open(target({ privateKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE' })),
    );
    expect(pub.message).toMatch(/holds a public key/);
    // repaired, not refused: CRLF endings and no trailing newline
    const crlf = await SshConnection.open(
      target({ privateKey: server.privateKey.trim().replace(/\n/g, '\r\n') }),
    );
    crlf.close();
    const encrypted = await SshConnection.open(
      target({ privateKey: server.encryptedKey, passphrase: server.passphrase }),
    );
    encrypted.close();
  });

  it('retries a refused connection with backoff, then says what is wrong', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.2', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const debug: string[] = [];
    const error = await refusal(
      SshConnection.open(target({ port: closed }), {
        retries: 2,
        backoff: 50,
        debug: (line) => debug.push(line),
      }),
    );
    expect(error.message).toMatch(/cannot connect to \[127\.0\.0\.2\]:\d+: ECONNREFUSED/);
    expect(error.fix).toMatch(/nothing listens on that port/);
    expect(debug.filter((line) => line.includes('retrying'))).toHaveLength(2);
  });

  it('tunnels to a port on the host (forwardOut) and reaches a host through a jump host', async () => {
    const echo = net.createServer((socket) => socket.pipe(socket));
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const echoPort = (echo.address() as net.AddressInfo).port;
    const connection = await SshConnection.open(target());
    try {
      const stream = await connection.forwardOut('127.0.0.1', echoPort);
      const reply = await new Promise<string>((resolve) => {
        stream.once('data', (chunk: Buffer) => resolve(chunk.toString()));
        stream.write('ping through the tunnel');
      });
      expect(reply).toBe('ping through the tunnel');
      stream.destroy();
    } finally {
      connection.close();
      echo.close();
    }
    const viaJump = await SshConnection.open(target({}, second), { jump: target() });
    try {
      expect((await viaJump.run('echo "$SSH_CONNECTION"')).stdout).toMatch(
        /^127\.0\.0\.\d+ \d+ 127\.0\.0\.3 /,
      );
    } finally {
      viaJump.close();
    }
  });

  it('never lets a key or passphrase reach a message', () => {
    const everything = messages.join('\n');
    for (const secret of [server.privateKey, server.encryptedKey, server.passphrase, server.strangerKey]) {
      // every line of the key body (the BEGIN/END lines are public and appear in fixes)
      for (const line of secret.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))) {
        expect(everything).not.toContain(line);
      }
    }
    // and the masker knows them, for anything that does print
    expect(maskSecrets(`x ${server.passphrase} y`)).toBe('x *** y');
  });
});
