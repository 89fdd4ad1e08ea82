/**
 * One SSH connection per host (ssh2, pure JavaScript, bundled: nothing is downloaded at run time): host keys
 * checked before authentication (known-hosts.ts), an optional jump host with its own key and host key check,
 * connect timeout, keepalive, and retries with backoff for network errors before authentication only.
 * Authentication failures are diagnosed (the methods the server accepts); a refused host key is never retried.
 */
import type { Duplex } from 'node:stream';
// must load before ssh2 (see esm-shim.ts)
import './esm-shim.js';
import ssh2 from 'ssh2';
import { ShipcheckError } from '../core/errors.js';
import {
  describeRefusal,
  knownHostsName,
  verifyHostKey,
  type HostKeyPolicy,
  type HostKeyVerdict,
} from './known-hosts.js';
import { preparePrivateKey } from './private-key.js';
import { runRemoteScript, type RemoteResult, type RemoteScriptOptions } from './remote-script.js';

export interface SshTarget {
  host: string;
  port: number;
  user: string;
  /** the private key text (from an input; never written to disk) */
  privateKey?: string;
  passphrase?: string;
  /** only when asked for explicitly */
  password?: string;
  hostKeys: HostKeyPolicy;
}

export interface ConnectOptions {
  /** milliseconds for TCP connect + SSH handshake; default 20 s */
  connectTimeout?: number;
  /** attempts after the first for network errors before authentication; default 2 */
  retries?: number;
  /** first backoff in milliseconds, doubled each time; default 1000 */
  backoff?: number;
  /** milliseconds between keepalives; default 15 s (3 missed = connection lost) */
  keepaliveInterval?: number;
  jump?: SshTarget;
  /** a line for the debug log (never with secrets) */
  debug?: (line: string) => void;
  /** warnings a user must see (skipped host key verification) */
  warn?: (line: string) => void;
}

const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
]);

export class SshConnection {
  private constructor(
    readonly target: SshTarget,
    private readonly client: ssh2.Client,
    private readonly jumpClient: ssh2.Client | undefined,
    readonly hostKey: HostKeyVerdict,
  ) {}

  /** `user@host:port`, for log prefixes and messages */
  get label(): string {
    return `${this.target.user}@${this.target.host}${this.target.port === 22 ? '' : `:${this.target.port}`}`;
  }

  static async open(target: SshTarget, options: ConnectOptions = {}): Promise<SshConnection> {
    const retries = options.retries ?? 2;
    let delay = options.backoff ?? 1000;
    for (let attempt = 0; ; attempt++) {
      try {
        let jumpClient: ssh2.Client | undefined;
        let sock: Duplex | undefined;
        if (options.jump) {
          jumpClient = (await connectOnce(options.jump, options)).client;
          sock = await new Promise<Duplex>((resolve, reject) =>
            jumpClient!.forwardOut('127.0.0.1', 0, target.host, target.port, (error, stream) =>
              error
                ? reject(
                    new ShipcheckError(
                      'connection',
                      `jump host ${options.jump!.host} could not open a connection to ${target.host}:${target.port}: ${error.message}`,
                      {
                        fix: 'check that the jump host may reach the target (AllowTcpForwarding) and the target address',
                      },
                    ),
                  )
                : resolve(stream),
            ),
          );
        }
        const { client, verdict } = await connectOnce(target, options, sock).catch((error: unknown) => {
          jumpClient?.end();
          throw error;
        });
        return new SshConnection(target, client, jumpClient, verdict);
      } catch (error) {
        const retryable = error instanceof NetworkError && attempt < retries;
        if (!retryable) throw error instanceof NetworkError ? error.final : error;
        options.debug?.(`${target.host}: ${error.final.message}; retrying in ${delay} ms`);
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay *= 2;
      }
    }
  }

  /** Runs a script on the host (see remote-script.ts); resolves with its exact exit code. */
  run(script: string, options: RemoteScriptOptions = {}): Promise<RemoteResult> {
    return runRemoteScript(this.client, script, { label: this.target.host, ...options });
  }

  /** A TCP stream from the host to `host:port` as the host sees it (a database listening on its loopback). */
  forwardOut(host: string, port: number): Promise<Duplex> {
    return new Promise((resolve, reject) =>
      this.client.forwardOut('127.0.0.1', 0, host, port, (error, stream) =>
        error
          ? reject(
              new ShipcheckError(
                'connection',
                `${this.label} could not open a tunnel to ${host}:${port}: ${error.message}`,
                {
                  fix: 'check that the service listens there and that sshd allows TCP forwarding (AllowTcpForwarding yes)',
                },
              ),
            )
          : resolve(stream),
      ),
    );
  }

  close(): void {
    this.client.end();
    this.jumpClient?.end();
  }
}

/** A failure before authentication that another attempt may not have. */
class NetworkError extends Error {
  constructor(readonly final: ShipcheckError) {
    super(final.message);
  }
}

function connectOnce(
  target: SshTarget,
  options: ConnectOptions,
  sock?: Duplex,
): Promise<{ client: ssh2.Client; verdict: HostKeyVerdict }> {
  const where = knownHostsName(target.host, target.port);
  const key = target.privateKey ? preparePrivateKey(target.privateKey, target.passphrase) : undefined;
  if (!key && target.password === undefined) {
    throw new ShipcheckError('input', `no credentials for ${target.user}@${where}`, {
      fix: 'set ssh-key to the private key (a secret); passwords only through the explicit ssh-password input',
    });
  }
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    let verdict: HostKeyVerdict | undefined;
    let serverMethods: string[] | undefined;
    let authenticating = false;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      client.end();
      reject(error);
    };
    client.on('ready', () => {
      settled = true;
      // small request/response packets: do not let Nagle hold them back
      client.setNoDelay(true);
      if (verdict?.ok && verdict.how === 'skipped') {
        options.warn?.(
          `host key verification is skipped for ${where} (it offered ${verdict.offered.keyType} ${verdict.offered.fingerprint}): ` +
            `anyone in the middle can read the deploy. Pin it instead: ${verdict.offered.knownHostsLine}`,
        );
      }
      resolve({ client, verdict: verdict! });
    });
    client.on('error', (error: Error & { code?: string; level?: string }) => {
      if (verdict && !verdict.ok) {
        fail(
          new ShipcheckError('connection', describeRefusal(verdict, target.host, target.port), {
            fix: "set known-hosts (ssh-keyscan output you checked) or host-key-fingerprint to the server's real key",
          }),
        );
        return;
      }
      if (error.level === 'client-authentication') {
        const accepts = serverMethods?.length ? serverMethods.join(', ') : 'none it would name';
        const tried = key ? `the ${key.type} key from ssh-key` : 'the password';
        fail(
          new ShipcheckError(
            'connection',
            `${target.user}@${where} refused ${tried} (the server accepts: ${accepts})`,
            {
              fix: key
                ? `add the public key to ~${target.user}/.ssh/authorized_keys on the server (ssh-copy-id), and check the user name`
                : 'check the password, or use a key',
            },
          ),
        );
        return;
      }
      const timedOut = /timed out/i.test(error.message);
      const network = timedOut || (error.code !== undefined && NETWORK_ERRORS.has(error.code));
      const message = timedOut
        ? `${where} did not complete the SSH handshake within ${Math.round((options.connectTimeout ?? 20_000) / 1000)} s`
        : `cannot connect to ${where}: ${error.code ?? ''} ${error.message}`.replace(/\s+/g, ' ');
      const final = new ShipcheckError('connection', message, {
        fix:
          error.code === 'ECONNREFUSED'
            ? 'nothing listens on that port: check ssh-port and that sshd runs'
            : 'check the host name, the port and the firewall',
      });
      fail(!authenticating && network ? new NetworkError(final) : final);
    });
    client.connect({
      host: target.host,
      port: target.port,
      username: target.user,
      sock,
      readyTimeout: options.connectTimeout ?? 20_000,
      keepaliveInterval: options.keepaliveInterval ?? 15_000,
      keepaliveCountMax: 3,
      agentForward: false,
      hostVerifier: (offered: Buffer) => {
        verdict = verifyHostKey(target.hostKeys, target.host, target.port, offered);
        options.debug?.(
          `${where} offered ${verdict.offered.keyType} ${verdict.offered.fingerprint}: ${verdict.ok ? `accepted (${verdict.how})` : verdict.reason}`,
        );
        return verdict.ok;
      },
      authHandler: (methodsLeft, _partial, next) => {
        authenticating = true;
        if (methodsLeft) serverMethods = methodsLeft;
        // one try per credential: the first call has methodsLeft null
        if (methodsLeft === null || methodsLeft === undefined) {
          if (key)
            return next({
              type: 'publickey',
              username: target.user,
              key: key.text,
              passphrase: target.passphrase,
            });
          return next({ type: 'password', username: target.user, password: target.password! });
        }
        return next(false as never);
      },
    });
  });
}
