import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/ports.js';
import { startServerProcess, stopChild } from '../helpers/processes.js';

export interface SshServer {
  host: string;
  port: number;
  user: string;
  /** the user's private key (authorized on the server), and an encrypted one with its passphrase */
  privateKey: string;
  encryptedKey: string;
  passphrase: string;
  /** a key the server does not know */
  strangerKey: string;
  /** `[host]:port ssh-ed25519 AAAA...` */
  knownHostsLine: string;
  /** `SHA256:...` of the host key */
  fingerprint: string;
  pid: number;
  stop: () => Promise<void>;
}

function keygen(dir: string, name: string, passphrase = ''): { privateKey: string; publicKey: string } {
  const file = path.join(dir, name);
  execFileSync('ssh-keygen', [
    '-q',
    '-t',
    'ed25519',
    '-N',
    passphrase,
    '-C',
    `shipcheck-test-${name}`,
    '-f',
    file,
  ]);
  return { privateKey: readFileSync(file, 'utf8'), publicKey: readFileSync(`${file}.pub`, 'utf8').trim() };
}

/**
 * A private sshd on a loopback address (127.0.0.2, 127.0.0.3, ... are several "hosts"), with its own host
 * key, config and authorized_keys, logging in as the user running the tests (root in CI). Stopped by PID.
 */
export async function startSshd(
  host = '127.0.0.2',
  options: { user?: string; setEnv?: Record<string, string>; allowTcpForwarding?: boolean } = {},
): Promise<SshServer> {
  // a dedicated login without shell start-up files (this machine's root ~/.bashrc takes ~100 ms per session)
  const login = options.user ?? os.userInfo().username;
  if (options.user && spawnSync('id', ['-u', options.user], { stdio: 'ignore' }).status !== 0) {
    // --password '*': no password, but not locked (sshd without PAM refuses a locked account even for keys)
    execFileSync(
      'useradd',
      ['--create-home', '--shell', '/bin/bash', '--skel', '/dev/null', '--password', '*', options.user],
      {
        stdio: 'ignore',
      },
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-sshd-'));
  chmodSync(dir, 0o700);
  mkdirSync('/run/sshd', { recursive: true });
  const hostKey = keygen(dir, 'host_ed25519');
  const user = keygen(dir, 'user_ed25519');
  const passphrase = 'correct horse battery staple';
  const encrypted = keygen(dir, 'user_encrypted', passphrase);
  const stranger = keygen(dir, 'stranger');
  // sshd reads authorized_keys as the logging-in user: a folder of that user's own
  const auth = path.join(dir, 'auth');
  mkdirSync(auth, { mode: 0o700 });
  writeFileSync(path.join(auth, 'authorized_keys'), `${user.publicKey}\n${encrypted.publicKey}\n`, {
    mode: 0o600,
  });
  if (options.user) {
    chmodSync(dir, 0o711);
    const uid = Number(execFileSync('id', ['-u', login]).toString());
    const gid = Number(execFileSync('id', ['-g', login]).toString());
    chownSync(auth, uid, gid);
    chownSync(path.join(auth, 'authorized_keys'), uid, gid);
  }
  const port = await freePort();
  const config = path.join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `ListenAddress ${host}`,
      `Port ${port}`,
      `HostKey ${path.join(dir, 'host_ed25519')}`,
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${path.join(auth, 'authorized_keys')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      `AllowTcpForwarding ${options.allowTcpForwarding === false ? 'no' : 'yes'}`,
      'PrintMotd no',
      'LogLevel ERROR',
      // what a server's login environment would hold (the test Docker engine's socket)
      ...Object.entries(options.setEnv ?? {}).map(([name, value]) => `SetEnv ${name}=${value}`),
      '',
    ].join('\n'),
  );
  const { child } = await startServerProcess('/usr/sbin/sshd', ['-D', '-e', '-f', config], {
    host,
    port,
    what: 'sshd',
  });
  const [keyType, keyBase64] = hostKey.publicKey.split(' ');
  const fingerprint = execFileSync('ssh-keygen', [
    '-l',
    '-E',
    'sha256',
    '-f',
    path.join(dir, 'host_ed25519.pub'),
  ])
    .toString()
    .split(' ')[1]!;
  return {
    host,
    port,
    user: login,
    privateKey: user.privateKey,
    encryptedKey: encrypted.privateKey,
    passphrase,
    strangerKey: stranger.privateKey,
    knownHostsLine: `[${host}]:${port} ${keyType} ${keyBase64}`,
    fingerprint,
    pid: child.pid!,
    stop: async () => {
      await stopChild(child, 5000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
