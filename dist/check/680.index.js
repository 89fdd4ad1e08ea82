export const id = 680;
export const ids = [680];
export const modules = {

/***/ 14680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SshConnection: () => (/* binding */ SshConnection)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/ssh/esm-shim.ts
/**
 * ssh2's poly1305 module (emscripten output) reads the CommonJS `__dirname` when it loads. Inside an ES module
 * bundle (ncc output, the actions) that name does not exist and the bundle crashes on first use of ssh2.
 * Imported before ssh2, this defines it globally as the bundle's own folder; the module's code is embedded,
 * so nothing is read from there.
 */


const scope = globalThis;
scope.__dirname ??= external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));

// EXTERNAL MODULE: ./node_modules/ssh2/lib/index.js
var lib = __webpack_require__(85472);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/ssh/known-hosts.ts
var known_hosts = __webpack_require__(62979);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(58198);
;// CONCATENATED MODULE: ./src/ssh/private-key.ts
/**
 * Private keys come from an input and stay in memory. Before connecting, the key is parsed so the common
 * mistakes get a message that says what is wrong instead of "All configured authentication methods failed":
 * CRLF line endings (pasted on Windows), a missing trailing newline, a public key pasted instead, an
 * encrypted key without a passphrase, a wrong passphrase. No message ever contains the key text.
 */
// must load before ssh2 (see esm-shim.ts)




function preparePrivateKey(raw, passphrase, input = 'ssh-key') {
    (0,secrets/* registerSecret */.cl)(raw.trim());
    // every body line too (a log that splits the key still masks it); not the public BEGIN/END lines
    for (const line of raw.split(/\r?\n/))
        if (line.length >= 16 && !line.startsWith('-----'))
            (0,secrets/* registerSecret */.cl)(line.trim());
    (0,secrets/* registerSecret */.cl)(passphrase);
    const repaired = [];
    let text = raw;
    if (/\r\n?/.test(text)) {
        text = text.replace(/\r\n?/g, '\n');
        repaired.push('CRLF line endings replaced by LF');
    }
    text = text.trim();
    if (/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+) AAAA/.test(text)) {
        throw new errors/* ShipcheckError */.b('input', `${input} holds a public key (it starts with the key type); it needs the private key`, {
            fix: 'paste the whole private key file (-----BEGIN OPENSSH PRIVATE KEY----- ... -----END OPENSSH PRIVATE KEY-----), not the .pub file',
        });
    }
    if (!/^-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+\n-----END [A-Z ]*PRIVATE KEY-----$/.test(text)) {
        const hint = text.includes('-----BEGIN')
            ? 'its BEGIN/END lines are damaged or it lost its line breaks (a secret pasted into a one-line field)'
            : 'it does not start with -----BEGIN ... PRIVATE KEY-----';
        throw new errors/* ShipcheckError */.b('input', `${input} is not a private key: ${hint}`, {
            fix: 'store the private key file as it is, with its line breaks, in a secret (gh secret set SSH_KEY < ~/.ssh/deploy_key)',
        });
    }
    if (!raw.endsWith('\n'))
        repaired.push('trailing newline added');
    text = `${text}\n`;
    const parsed = lib_default().utils.parseKey(text, passphrase);
    if (parsed instanceof Error) {
        const message = parsed.message;
        if (/encrypted/i.test(message) && /no passphrase/i.test(message)) {
            throw new errors/* ShipcheckError */.b('input', `${input} is encrypted, but no passphrase was given`, {
                fix: 'set ssh-passphrase (a secret), or use a deploy key without a passphrase',
            });
        }
        if (/bad passphrase|integrity check failed|bad decrypt/i.test(message)) {
            throw new errors/* ShipcheckError */.b('input', `${input} could not be decrypted with the ssh-passphrase given (wrong passphrase)`, {
                fix: 'check the ssh-passphrase secret',
            });
        }
        throw new errors/* ShipcheckError */.b('input', `${input} could not be read: ${message.replace(/\s+/g, ' ')}`, {
            fix: 'use an OpenSSH or PEM private key (ssh-keygen -t ed25519 -f deploy_key); PuTTY .ppk files need converting',
        });
    }
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    return { text, type: key.type, repaired };
}

;// CONCATENATED MODULE: ./src/ssh/remote-script.ts

// --norc --noprofile: bash started by sshd reads ~/.bashrc even when not interactive; a deploy script should
// not depend on (or wait for) a user's shell setup
const REMOTE_SHELL = 'if command -v setsid >/dev/null 2>&1; then exec setsid -w bash --norc --noprofile -se -o pipefail; else exec bash --norc --noprofile -se -o pipefail; fi';
const PID_MARKER = '__shipcheck_pid=';
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The bytes sent on stdin: environment, then the script as a function body, then its call. */
function remoteStdin(script, env = {}) {
    const lines = [`printf '${PID_MARKER}%s\\n' "$$" >&2`];
    for (const [name, value] of Object.entries(env)) {
        if (!ENV_NAME.test(name))
            throw new Error(`environment variable names must be shell identifiers, found '${name}'`);
        // base64's alphabet is safe inside single quotes; the value itself never meets the parser
        const encoded = Buffer.from(value, 'utf8').toString('base64');
        lines.push(`${name}="$(printf '%s' '${encoded}' | base64 -d; printf x)"; ${name}="\${${name}%x}"; export ${name}`);
    }
    // the scripts are shipcheck's own (values arrive only through env), so their braces balance
    lines.push('__shipcheck_main() {', script.replace(/\r\n?/g, '\n').replace(/\n*$/, ''), '}', '__shipcheck_main </dev/null');
    return `${lines.join('\n')}\n`;
}
function runRemoteScript(client, script, options = {}) {
    const started = performance.now();
    const timeoutMs = options.timeout ?? 600_000;
    return new Promise((resolve, reject) => {
        let stdin;
        try {
            stdin = remoteStdin(script, options.env);
        }
        catch (error) {
            reject(error);
            return;
        }
        client.exec(REMOTE_SHELL, (error, channel) => {
            if (error) {
                reject(new Error(`${options.label ?? 'host'}: could not start a remote shell: ${error.message}`));
                return;
            }
            const out = [];
            const err = [];
            let pid;
            let timedOut = false;
            let code = null;
            let signal;
            const splitter = (stream, sink) => {
                let partial = '';
                return {
                    push(chunk) {
                        const text = partial + chunk.toString('utf8');
                        const parts = text.split('\n');
                        partial = parts.pop() ?? '';
                        for (const line of parts)
                            emit(line);
                    },
                    flush() {
                        if (partial)
                            emit(partial);
                        partial = '';
                    },
                };
                function emit(raw) {
                    const line = raw.replace(/\r$/, '');
                    if (stream === 'stderr' && pid === undefined && line.startsWith(PID_MARKER)) {
                        pid = line.slice(PID_MARKER.length);
                        return;
                    }
                    sink.push(line);
                    options.onLine?.((0,secrets/* maskSecrets */.QU)(line), stream);
                }
            };
            const stdout = splitter('stdout', out);
            const stderr = splitter('stderr', err);
            channel.on('data', (chunk) => stdout.push(chunk));
            channel.stderr.on('data', (chunk) => stderr.push(chunk));
            channel.on('exit', (exitCode, exitSignal) => {
                code = exitCode ?? null;
                if (exitSignal)
                    signal = exitSignal;
            });
            const timer = setTimeout(() => {
                timedOut = true;
                killGroup(client, pid).finally(() => channel.close());
            }, timeoutMs);
            const abort = () => {
                clearTimeout(timer);
                killGroup(client, pid).finally(() => channel.close());
            };
            if (options.signal?.aborted)
                abort();
            else
                options.signal?.addEventListener('abort', abort, { once: true });
            channel.on('close', () => {
                clearTimeout(timer);
                options.signal?.removeEventListener('abort', abort);
                stdout.flush();
                stderr.flush();
                resolve({
                    code: timedOut ? null : code,
                    signal,
                    stdout: out.join('\n'),
                    stderr: err.join('\n'),
                    timedOut,
                    durationMs: Math.round(performance.now() - started),
                });
            });
            channel.end(stdin);
        });
    });
}
/** TERM, then KILL, to the script's process group, from a second channel of the same connection. */
function killGroup(client, pid) {
    if (!pid || !/^\d+$/.test(pid))
        return Promise.resolve();
    return new Promise((resolve) => {
        const command = `kill -TERM -- -${pid} 2>/dev/null; sleep 2; kill -KILL -- -${pid} 2>/dev/null; true`;
        client.exec(command, (error, channel) => {
            if (error)
                return resolve();
            const guard = setTimeout(resolve, 10_000);
            channel.on('close', () => {
                clearTimeout(guard);
                resolve();
            });
            channel.resume();
            channel.stderr.resume();
        });
    });
}

;// CONCATENATED MODULE: ./src/ssh/connection.ts
// must load before ssh2 (see esm-shim.ts)






const NETWORK_ERRORS = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
    'EPIPE',
]);
class SshConnection {
    target;
    client;
    jumpClient;
    hostKey;
    constructor(target, client, jumpClient, hostKey) {
        this.target = target;
        this.client = client;
        this.jumpClient = jumpClient;
        this.hostKey = hostKey;
    }
    /** `user@host:port`, for log prefixes and messages */
    get label() {
        return `${this.target.user}@${this.target.host}${this.target.port === 22 ? '' : `:${this.target.port}`}`;
    }
    static async open(target, options = {}) {
        const retries = options.retries ?? 2;
        let delay = options.backoff ?? 1000;
        for (let attempt = 0;; attempt++) {
            try {
                let jumpClient;
                let sock;
                if (options.jump) {
                    jumpClient = (await connectOnce(options.jump, options)).client;
                    sock = await new Promise((resolve, reject) => jumpClient.forwardOut('127.0.0.1', 0, target.host, target.port, (error, stream) => error
                        ? reject(new errors/* ShipcheckError */.b('connection', `jump host ${options.jump.host} could not open a connection to ${target.host}:${target.port}: ${error.message}`, {
                            fix: 'check that the jump host may reach the target (AllowTcpForwarding) and the target address',
                        }))
                        : resolve(stream)));
                }
                const { client, verdict } = await connectOnce(target, options, sock).catch((error) => {
                    jumpClient?.end();
                    throw error;
                });
                return new SshConnection(target, client, jumpClient, verdict);
            }
            catch (error) {
                const retryable = error instanceof NetworkError && attempt < retries;
                if (!retryable)
                    throw error instanceof NetworkError ? error.final : error;
                options.debug?.(`${target.host}: ${error.final.message}; retrying in ${delay} ms`);
                await new Promise((resolve) => setTimeout(resolve, delay));
                delay *= 2;
            }
        }
    }
    /** Runs a script on the host (see remote-script.ts); resolves with its exact exit code. */
    run(script, options = {}) {
        return runRemoteScript(this.client, script, { label: this.target.host, ...options });
    }
    /** A TCP stream from the host to `host:port` as the host sees it (a database listening on its loopback). */
    forwardOut(host, port) {
        return new Promise((resolve, reject) => this.client.forwardOut('127.0.0.1', 0, host, port, (error, stream) => error
            ? reject(new errors/* ShipcheckError */.b('connection', `${this.label} could not open a tunnel to ${host}:${port}: ${error.message}`, {
                fix: 'check that the service listens there and that sshd allows TCP forwarding (AllowTcpForwarding yes)',
            }))
            : resolve(stream)));
    }
    close() {
        this.client.end();
        this.jumpClient?.end();
    }
}
/** A failure before authentication that another attempt may not have. */
class NetworkError extends Error {
    final;
    constructor(final) {
        super(final.message);
        this.final = final;
    }
}
function connectOnce(target, options, sock) {
    const where = (0,known_hosts/* knownHostsName */.on)(target.host, target.port);
    const key = target.privateKey ? preparePrivateKey(target.privateKey, target.passphrase) : undefined;
    if (!key && target.password === undefined) {
        throw new errors/* ShipcheckError */.b('input', `no credentials for ${target.user}@${where}`, {
            fix: 'set ssh-key to the private key (a secret); passwords only through the explicit ssh-password input',
        });
    }
    return new Promise((resolve, reject) => {
        const client = new (lib_default()).Client();
        let verdict;
        let serverMethods;
        let authenticating = false;
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            client.end();
            reject(error);
        };
        client.on('ready', () => {
            settled = true;
            // small request/response packets: do not let Nagle hold them back
            client.setNoDelay(true);
            if (verdict?.ok && verdict.how === 'skipped') {
                options.warn?.(`host key verification is skipped for ${where} (it offered ${verdict.offered.keyType} ${verdict.offered.fingerprint}): ` +
                    `anyone in the middle can read the deploy. Pin it instead: ${verdict.offered.knownHostsLine}`);
            }
            resolve({ client, verdict: verdict });
        });
        client.on('error', (error) => {
            if (verdict && !verdict.ok) {
                fail(new errors/* ShipcheckError */.b('connection', (0,known_hosts/* describeRefusal */.a2)(verdict, target.host, target.port), {
                    fix: "set known-hosts (ssh-keyscan output you checked) or host-key-fingerprint to the server's real key",
                }));
                return;
            }
            if (error.level === 'client-authentication') {
                const accepts = serverMethods?.length ? serverMethods.join(', ') : 'none it would name';
                const tried = key ? `the ${key.type} key from ssh-key` : 'the password';
                fail(new errors/* ShipcheckError */.b('connection', `${target.user}@${where} refused ${tried} (the server accepts: ${accepts})`, {
                    fix: key
                        ? `add the public key to ~${target.user}/.ssh/authorized_keys on the server (ssh-copy-id), and check the user name`
                        : 'check the password, or use a key',
                }));
                return;
            }
            const timedOut = /timed out/i.test(error.message);
            const network = timedOut || (error.code !== undefined && NETWORK_ERRORS.has(error.code));
            const message = timedOut
                ? `${where} did not complete the SSH handshake within ${Math.round((options.connectTimeout ?? 20_000) / 1000)} s`
                : `cannot connect to ${where}: ${error.code ?? ''} ${error.message}`.replace(/\s+/g, ' ');
            const final = new errors/* ShipcheckError */.b('connection', message, {
                fix: error.code === 'ECONNREFUSED'
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
            hostVerifier: (offered) => {
                verdict = (0,known_hosts/* verifyHostKey */.Hj)(target.hostKeys, target.host, target.port, offered);
                options.debug?.(`${where} offered ${verdict.offered.keyType} ${verdict.offered.fingerprint}: ${verdict.ok ? `accepted (${verdict.how})` : verdict.reason}`);
                return verdict.ok;
            },
            authHandler: (methodsLeft, _partial, next) => {
                authenticating = true;
                if (methodsLeft)
                    serverMethods = methodsLeft;
                // one try per credential: the first call has methodsLeft null
                if (methodsLeft === null || methodsLeft === undefined) {
                    if (key)
                        return next({
                            type: 'publickey',
                            username: target.user,
                            key: key.text,
                            passphrase: target.passphrase,
                        });
                    return next({ type: 'password', username: target.user, password: target.password });
                }
                return next(false);
            },
        });
    });
}


/***/ })

};
