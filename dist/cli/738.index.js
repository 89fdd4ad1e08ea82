export const id = 738;
export const ids = [738];
export const modules = {

/***/ 2738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDockerBuildTest: () => (/* binding */ runDockerBuildTest)
});

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(3786);
// EXTERNAL MODULE: ./src/config/fail-on.ts
var fail_on = __webpack_require__(5892);
// EXTERNAL MODULE: ./src/docker/analyze.ts + 7 modules
var analyze = __webpack_require__(5709);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
;// CONCATENATED MODULE: ./src/docker/engine/docker-cli.ts
/**
 * The Docker CLI as a child process: arguments as an array (never a shell string), a deadline on every
 * call (the process group is killed when it passes), output streamed line by line, secrets passed
 * through the environment (`--env NAME`) instead of the command line.
 */



// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
function stripAnsi(text) {
    return text.replace(ANSI, '');
}
function runDocker(args, options) {
    const program = options.program ?? 'docker';
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(program, args, {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        const out = [];
        const err = [];
        let timedOut = false;
        const split = (stream, sink) => {
            let partial = '';
            return (chunk) => {
                const text = stripAnsi(partial + chunk.toString('utf8'));
                sink.push(chunk.toString('utf8'));
                const lines = text.split('\n');
                partial = lines.pop() ?? '';
                for (const line of lines)
                    options.onLine?.((0,secrets/* maskSecrets */.QU)(line.replace(/\r$/, '')), stream);
            };
        };
        child.stdout.on('data', split('stdout', out));
        child.stderr.on('data', split('stderr', err));
        const timer = setTimeout(() => {
            timedOut = true;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        }, options.timeout);
        child.on('error', (error) => {
            clearTimeout(timer);
            if (error.code === 'ENOENT') {
                reject(new errors/* ShipcheckError */.b('connection', `${program} is not installed (or not on PATH)`, {
                    fix: program === 'docker'
                        ? 'install the Docker CLI and engine, or run without --build/--smoke'
                        : `install ${program}`,
                }));
            }
            else
                reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({
                code: code ?? (signal ? 128 + 9 : 1),
                stdout: stripAnsi(out.join('')),
                stderr: stripAnsi(err.join('')),
                timedOut,
            });
        });
    });
}
/** Asks the engine for its version; undefined (with the reason) when none answers within 15 s. */
async function detectEngine() {
    let version;
    try {
        version = await runDocker(['version', '--format', '{{.Server.Version}}'], { timeout: 15_000 });
    }
    catch (error) {
        return { problem: error.message };
    }
    if (version.code !== 0 || !version.stdout.trim()) {
        const reason = version.timedOut
            ? 'no answer within 15 s'
            : (version.stderr.trim().split('\n').pop() ?? 'no server');
        return { problem: `the Docker engine does not answer (${reason})` };
    }
    const buildx = await runDocker(['buildx', 'version'], { timeout: 10_000 }).catch(() => undefined);
    const engine = { version: version.stdout.trim(), buildx: buildx?.code === 0 };
    const v2 = await runDocker(['compose', 'version', '--short'], { timeout: 10_000 }).catch(() => undefined);
    if (v2?.code === 0) {
        engine.compose = { program: 'docker', prefix: ['compose'], version: v2.stdout.trim() };
    }
    else {
        const v1 = await runDocker(['version', '--short'], { timeout: 10_000, program: 'docker-compose' }).catch(() => undefined);
        if (v1?.code === 0)
            engine.compose = { program: 'docker-compose', prefix: [], version: v1.stdout.trim() };
    }
    return { engine };
}

;// CONCATENATED MODULE: ./src/docker/data/fingerprints.json
const fingerprints_namespaceObject = /*#__PURE__*/JSON.parse('{"W":[{"id":"module-not-found","pattern":"ModuleNotFoundError: No module named \'([\\\\w.]+)\'","explanation":"Python cannot import {1}: no installed distribution provides it.","fix":"add the distribution that provides {1} to requirements.txt (shipcheck lint-requirements names it) and rebuild"},{"id":"numpy-abi","pattern":"_ARRAY_API not found|numpy\\\\.core\\\\.multiarray failed to import|compiled using NumPy 1\\\\.x cannot be run in\\\\s+NumPy 2","explanation":"A binary wheel (usually opencv-python or an older pandas/scipy) was built against numpy 1 but numpy 2 is installed.","fix":"pin numpy<2 (e.g. numpy==1.26.4) or upgrade the extension (opencv-python(-headless)>=4.10.0.84)"},{"id":"libgl-missing","pattern":"libGL\\\\.so\\\\.1: cannot open shared object file","explanation":"opencv-python needs the OpenGL library, which slim images do not have.","fix":"use opencv-python-headless instead, or RUN apt-get install -y --no-install-recommends libgl1"},{"id":"glib-missing","pattern":"lib(gthread|glib)-2\\\\.0\\\\.so\\\\.0: cannot open shared object file","explanation":"opencv needs GLib, which slim images do not have.","fix":"RUN apt-get install -y --no-install-recommends libglib2.0-0"},{"id":"shared-library-missing","pattern":"(lib[\\\\w.+-]+\\\\.so[\\\\w.]*): cannot open shared object file","explanation":"A compiled module needs the system library {1}, which the image does not install.","fix":"install the Debian package that ships {1} (apt-file search {1}) in the Dockerfile"},{"id":"tesseract-missing","pattern":"TesseractNotFoundError|tesseract is not installed","explanation":"pytesseract calls the tesseract binary, which the image does not have.","fix":"RUN apt-get install -y --no-install-recommends tesseract-ocr"},{"id":"portaudio-missing","pattern":"portaudio\\\\.h: No such file or directory|Could not find PortAudio|PortAudio library not found","explanation":"PyAudio/sounddevice need the PortAudio headers or library.","fix":"RUN apt-get install -y --no-install-recommends portaudio19-dev (build) or libportaudio2 (run)"},{"id":"pg-config-missing","pattern":"pg_config executable not found","explanation":"psycopg2 is being built from source and needs the PostgreSQL client headers.","fix":"use psycopg2-binary or psycopg[binary], or RUN apt-get install -y --no-install-recommends libpq-dev gcc"},{"id":"mysql-config-missing","pattern":"mysql_config not found|mysql_config: not found|Can not find valid pkg-config name|Specify MYSQLCLIENT_CFLAGS and MYSQLCLIENT_LDFLAGS","explanation":"mysqlclient is being built from source and needs the MySQL/MariaDB client headers and pkg-config.","fix":"RUN apt-get install -y --no-install-recommends default-libmysqlclient-dev pkg-config gcc (or use PyMySQL)"},{"id":"compiler-missing","pattern":"(gcc|cc|g\\\\+\\\\+|make): (command )?not found|error: command \'(gcc|x86_64-linux-gnu-gcc)\' failed: No such file or directory|unable to execute \'(gcc|x86_64-linux-gnu-gcc)\'","explanation":"A package is compiled from source (no wheel for this Python or platform) and the image has no C compiler.","fix":"pin a version that ships a wheel for the image\'s Python, or RUN apt-get install -y --no-install-recommends build-essential in a build stage"},{"id":"python-headers-missing","pattern":"Python\\\\.h: No such file or directory","explanation":"A C extension is compiled from source and the Python headers are missing.","fix":"use the official python:X.Y image (it has the headers) or install python3-dev"},{"id":"externally-managed","pattern":"externally-managed-environment","explanation":"The base image\'s Python belongs to the OS (PEP 668): pip refuses to install into it.","fix":"build FROM python:X.Y-slim, or create a virtualenv (python3 -m venv /venv) and install there"},{"id":"no-matching-distribution","pattern":"No matching distribution found for ([^\\\\s]+)|Could not find a version that satisfies the requirement ([^\\\\s]+)","explanation":"pip found no release of {1}{2} for this Python and platform (a typo, a yanked pin, or a Python too new or too old).","fix":"check the pin on PyPI (shipcheck lint-requirements --online) and the image\'s Python version"},{"id":"resolution-impossible","pattern":"ResolutionImpossible|Cannot install .* because these package versions have conflicting dependencies","explanation":"Two pins in the requirements cannot be installed together.","fix":"read pip\'s conflict lines above; relax or move one of the pins"},{"id":"hash-mismatch","pattern":"THESE PACKAGES DO NOT MATCH THE HASHES","explanation":"A --hash pin does not match the file pip downloaded.","fix":"regenerate the hashes (pip-compile --generate-hashes) for the pinned versions"},{"id":"no-space","pattern":"no space left on device","explanation":"The disk of the builder (or the server) is full.","fix":"docker system prune -af (and docker builder prune) on that machine; keep fewer old images"},{"id":"apt-stale-lists","pattern":"(E: )?Unable to locate package ([\\\\w.+-]+)|404\\\\s+Not Found \\\\[IP","explanation":"apt cannot find a package: the package lists are stale or missing (apt-get update in another layer), or the name is wrong for this Debian release.","fix":"run apt-get update && apt-get install in the same RUN; check the package name for the base image\'s release"},{"id":"copy-missing","pattern":"COPY failed: .*(no such file or directory|not found)|failed to compute cache key: .* not found","explanation":"A COPY source is not in the build context (a wrong path, or excluded by .dockerignore).","fix":"check the path relative to the build context and the .dockerignore patterns"},{"id":"exec-format","pattern":"exec format error","explanation":"The image or a binary was built for another CPU architecture.","fix":"build for the server\'s platform (--platform linux/amd64) or use a multi-arch base"},{"id":"executable-not-found","pattern":"executable file not found in \\\\$PATH|/bin/sh: \\\\d+: (\\\\[?[\\\\w./-]+,?): not found|exec: \\"([^\\"]+)\\": executable file not found","explanation":"The command the container starts does not exist in the image ({1}{2}) — often a CMD that is not valid JSON and runs through /bin/sh, or a package missing from requirements.txt.","fix":"write CMD as a JSON array of double-quoted strings, and install the program (gunicorn in requirements.txt)"},{"id":"gunicorn-app-import","pattern":"Failed to find attribute \'(\\\\w+)\' in \'([\\\\w.]+)\'|Failed to find application object|Worker failed to boot|App failed to load","explanation":"gunicorn started but could not load the app module (an import error in the app, or the wrong module:variable).","fix":"read the traceback above it; check the module:app argument (e.g. wsgi:app)"},{"id":"address-in-use","pattern":"Address already in use|port is already allocated","explanation":"Another process already listens on that port.","fix":"stop the other process or publish another host port"},{"id":"database-unreachable","pattern":"Can\'t connect to MySQL server|OperationalError\\\\) \\\\(2003|Connection refused.*3306|Lost connection to MySQL server","explanation":"The app could not reach MySQL: the database container is not ready yet, or the host name is wrong.","fix":"make the app wait for db (depends_on: condition: service_healthy with a mysqladmin ping healthcheck) and check DATABASE_URL"},{"id":"oom","pattern":"\\\\bKilled\\\\b|MemoryError|Out of memory|Cannot allocate memory","explanation":"The process ran out of memory (or was killed by the kernel\'s OOM killer).","fix":"raise the memory limit or lower gunicorn workers/threads; on a 1 GB host add swap"}]}');
;// CONCATENATED MODULE: ./src/docker/engine/fingerprints.ts

const compiled = fingerprints_namespaceObject.W.map((f) => ({ ...f, regex: new RegExp(f.pattern, 'i') }));
/** Known failures found in a log, first match per fingerprint, in log order. */
function explain(log) {
    const found = new Map();
    for (const line of log.split('\n')) {
        for (const fingerprint of compiled) {
            if (found.has(fingerprint.id))
                continue;
            const match = fingerprint.regex.exec(line);
            if (!match)
                continue;
            const fill = (text) => text.replace(/\{(\d)\}/g, (_m, i) => match[Number(i)] ?? '');
            // the generic library fingerprint adds nothing when a specific one matched the same line
            if (fingerprint.id === 'shared-library-missing' &&
                [...found.values()].some((e) => e.line === line.trim()))
                continue;
            found.set(fingerprint.id, {
                id: fingerprint.id,
                line: line.trim(),
                explanation: fill(fingerprint.explanation),
                fix: fill(fingerprint.fix),
            });
        }
    }
    return [...found.values()];
}
/** The last `count` non-empty lines. */
function tail(log, count = 20) {
    return log
        .split('\n')
        .map((l) => l.trimEnd())
        .filter(Boolean)
        .slice(-count);
}

;// CONCATENATED MODULE: ./src/docker/engine/build.ts
/**
 * Builds the image (buildx --load with the GitHub Actions cache when buildx exists, else docker build),
 * tagged with the commit. A failure is pinned to the Dockerfile line of the instruction that failed and
 * explained from the fingerprint table.
 */





function imageTag(settings) {
    if (settings.tag)
        return settings.tag;
    const sha = (process.env.GITHUB_SHA ?? '').slice(0, 12);
    return `shipcheck-smoke:${sha || 'local'}`;
}
async function buildImage(settings, context, engine, log) {
    const tag = imageTag(settings);
    const dockerfile = external_node_path_default().join(settings.root, settings.dockerfile);
    // the classic builder keeps a failed step's container unless told otherwise
    const args = engine.buildx ? ['buildx', 'build', '--load', '--progress', 'plain'] : ['build', '--force-rm'];
    args.push('--file', dockerfile, '--tag', tag, '--label', 'org.opencontainers.image.source=shipcheck');
    if (process.env.GITHUB_SHA)
        args.push('--label', `org.opencontainers.image.revision=${process.env.GITHUB_SHA}`);
    for (const [name, value] of Object.entries(settings.buildArgs))
        args.push('--build-arg', `${name}=${value}`);
    if (engine.buildx &&
        process.env.ACTIONS_RUNTIME_TOKEN &&
        (process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL)) {
        // the layer cache of earlier runs, in GitHub's Actions cache
        args.push('--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max');
    }
    args.push(external_node_path_default().join(settings.root, context));
    const started = performance.now();
    const lines = [];
    const result = await runDocker(args, {
        timeout: settings.buildTimeout * 1000,
        env: engine.buildx ? {} : { DOCKER_BUILDKIT: '0' },
        onLine: (line) => {
            lines.push(line);
            log(line);
        },
    });
    const durationMs = Math.round(performance.now() - started);
    const builder = engine.buildx ? 'buildx' : 'docker build';
    if (result.code === 0 && !result.timedOut)
        return { ok: true, tag, durationMs, builder, findings: [], logTail: [] };
    const text = lines.join('\n');
    const failedAt = failingLine(text, dockerfile);
    const explanations = explain(text);
    const logTail = tail(text, 25);
    const reason = result.timedOut
        ? `did not finish within build-timeout (${settings.buildTimeout} s)`
        : `failed${failedAt ? ` at \`${failedAt.instruction}\`` : ''}${exitCode(text) ? ` (exit code ${exitCode(text)})` : ''}`;
    return {
        ok: false,
        tag,
        durationMs,
        builder,
        logTail,
        findings: [
            {
                rule: 'build-failed',
                severity: 'error',
                message: `${builder} ${reason}${explanations.length ? `: ${explanations.map((e) => e.explanation).join(' ')}` : ''}\nlast lines of the build log:\n${logTail.slice(-12).join('\n')}`,
                file: settings.dockerfile,
                line: failedAt?.line,
                fix: explanations.length
                    ? explanations.map((e) => e.fix).join('; ')
                    : result.timedOut
                        ? 'raise build-timeout, or cache the slow layers (install requirements before COPY . .)'
                        : 'read the build log above the failing step',
            },
        ],
    };
}
function exitCode(log) {
    return /returned a non-zero code: (\d+)|exit code: (\d+)/.exec(log)?.slice(1).find(Boolean);
}
/** The failing instruction: BuildKit names `Dockerfile:N`; the classic builder counts `Step N/M`. */
function failingLine(log, dockerfile) {
    let source;
    try {
        source = (0,external_node_fs_.readFileSync)(dockerfile, 'utf8');
    }
    catch {
        return undefined;
    }
    const instructions = main.DockerfileParser.parse(source).getInstructions();
    const describe = (index) => {
        const instruction = instructions[index];
        if (!instruction)
            return undefined;
        const text = `${instruction.getKeyword()} ${instruction.getArgumentsContent() ?? ''}`
            .replace(/\s+/g, ' ')
            .trim();
        return {
            line: instruction.getRange().start.line + 1,
            instruction: text.length > 80 ? `${text.slice(0, 77)}...` : text,
        };
    };
    const buildkit = [...log.matchAll(/(?:^|\s)(?:[\w./-]*Dockerfile[\w.-]*):(\d+)\s*$/gm)].pop();
    if (buildkit) {
        const line = Number(buildkit[1]);
        const index = instructions.findIndex((i) => i.getRange().start.line + 1 <= line && i.getRange().end.line + 1 >= line);
        return describe(index) ?? { line, instruction: `line ${line}` };
    }
    const steps = [...log.matchAll(/^Step (\d+)\/(\d+) :/gm)];
    const last = steps.pop();
    if (last)
        return describe(Number(last[1]) - 1);
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/docker/engine/compose-up.ts
/**
 * Compose smoke (`compose-up`): the whole project brought up the way the server will (`docker compose up
 * --wait` with v2; `docker-compose up -d` and health polling with v1), with the override file the user gives
 * for CI, under a unique project name, and always torn down (`down -v --remove-orphans`).
 */




async function composeUp(options) {
    const { settings, engine, log } = options;
    const started = performance.now();
    const project = `shipcheck-smoke-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const files = [...options.files, ...(settings.composeOverride ? [settings.composeOverride] : [])];
    const data = {
        project,
        compose: engine.compose
            ? `${engine.compose.program} ${engine.compose.prefix.join(' ')} ${engine.compose.version}`.replace(/\s+/g, ' ')
            : 'none',
        services: {},
        durationMs: 0,
    };
    const where = { file: files[0] ?? 'docker-compose.yml', line: 1 };
    if (!engine.compose) {
        return {
            findings: [
                {
                    rule: 'engine-unavailable',
                    severity: 'error',
                    message: 'compose-up needs Docker Compose, but neither `docker compose` (v2) nor `docker-compose` (v1) is installed',
                    ...where,
                    fix: 'install the Compose plugin (docker-compose-plugin) or turn compose-up off',
                },
            ],
            data,
        };
    }
    const compose = engine.compose;
    const base = [
        ...compose.prefix,
        '--project-name',
        project,
        '--project-directory',
        settings.root,
        ...files.flatMap((f) => ['--file', external_node_path_default().join(settings.root, f)]),
    ];
    const run = (args, timeout) => runDocker([...base, ...args], { timeout, program: compose.program, cwd: settings.root, onLine: log });
    const findings = [];
    const deadline = settings.smokeTimeout * 1000;
    try {
        const v2 = compose.program === 'docker';
        const up = await run(v2 ? ['up', '--detach', '--wait', '--wait-timeout', String(settings.smokeTimeout)] : ['up', '--detach'], deadline + 30_000);
        if (up.code !== 0 || up.timedOut) {
            const text = `${up.stdout}\n${up.stderr}`;
            const explanations = explain(text);
            findings.push({
                rule: 'compose-up-failed',
                severity: 'error',
                message: `${data.compose} up failed${up.timedOut ? ' (timed out)' : ''}: ${tail(text, 8).join(' / ')}`,
                ...where,
                fix: explanations.map((e) => e.fix).join('; ') || 'run the same compose up by hand with the same files',
            });
        }
        else {
            // v1 has no --wait: poll every container's health until all are healthy (or running, without a check)
            const until = Date.now() + deadline;
            for (;;) {
                const ids = (await run(['ps', '-q'], 30_000)).stdout
                    .split('\n')
                    .map((s) => s.trim())
                    .filter(Boolean);
                const states = await Promise.all(ids.map(async (id) => {
                    const r = await runDocker([
                        'inspect',
                        '--format',
                        '{{index .Config.Labels "com.docker.compose.service"}}|{{.State.Status}}|{{if .State.Health}}{{.State.Health.Status}}{{end}}',
                        id,
                    ], { timeout: 15_000 });
                    const [service = id, status = '', healthStatus = ''] = r.stdout.trim().split('|');
                    return { service, status, health: healthStatus };
                }));
                for (const s of states)
                    data.services[s.service] = s.health || s.status;
                const bad = states.filter((s) => s.status !== 'running' || s.health === 'unhealthy');
                const waiting = states.filter((s) => s.health === 'starting');
                if (bad.length > 0 || (waiting.length === 0 && states.length > 0) || Date.now() > until) {
                    const failing = [...bad, ...(Date.now() > until ? waiting : [])];
                    if (failing.length > 0) {
                        const logs = await run(['logs', '--no-color', '--tail', '30', ...failing.map((s) => s.service)], 30_000).catch(() => undefined);
                        const text = logs ? `${logs.stdout}\n${logs.stderr}` : '';
                        const explanations = explain(text);
                        findings.push({
                            rule: 'compose-up-failed',
                            severity: 'error',
                            message: `after compose up: ${failing.map((s) => `${s.service} is ${s.health || s.status}`).join(', ')}${explanations.length ? ` — ${explanations.map((e) => e.explanation).join(' ')}` : ''}\nlast lines:\n${tail(text, 12).join('\n')}`,
                            ...where,
                            fix: explanations.map((e) => e.fix).join('; ') || 'read the service logs above',
                        });
                    }
                    if (states.length === 0) {
                        findings.push({
                            rule: 'compose-up-failed',
                            severity: 'error',
                            message: 'compose up started no containers',
                            ...where,
                            fix: 'check the Compose files and the override',
                        });
                    }
                    break;
                }
                await new Promise((resolve) => setTimeout(resolve, 1000));
            }
        }
    }
    finally {
        await run(['down', '--volumes', '--remove-orphans', '--rmi', 'local', '--timeout', '5'], 120_000).catch(() => undefined);
    }
    data.durationMs = Math.round(performance.now() - started);
    return { findings, data };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/docker/sizes.ts
var sizes = __webpack_require__(4178);
;// CONCATENATED MODULE: ./src/docker/engine/smoke.ts
/**
 * The smoke run: the built image started the way production starts it (the Compose service's command,
 * environment and limits), on host networking with a free probe port on 127.0.0.1, then
 *  1. an import test inside the image of every third-party module the app imports,
 *  2. a wait, with a deadline, for the HEALTHCHECK (or an HTTP probe),
 *  3. `docker stats` samples against the memory limit, OOMKilled and exit detection.
 * Every container is removed afterwards, also on failure, timeout or Ctrl-C.
 */







const IMPORT_MARKER = 'SHIPCHECK-IMPORTS ';
const IMPORT_SCRIPT = `
import importlib, json, sys, traceback
failed = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except BaseException as error:
        lines = traceback.format_exception_only(type(error), error)
        failed.append({"module": name, "error": "".join(lines).strip().splitlines()[-1],
                       "trace": traceback.format_exc().strip().splitlines()[-6:]})
print(${JSON.stringify(IMPORT_MARKER)} + json.dumps({"python": sys.version.split()[0], "failed": failed}))
`;
/** A TCP port on 127.0.0.1 nobody listens on right now. */
function freePort() {
    return new Promise((resolve, reject) => {
        const server = external_node_net_default().createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
/** `${NAME}`, `${NAME:-default}` from the runner's environment; undefined when unresolvable. */
function interpolate(value) {
    let missing = false;
    const out = value.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_m, a, fallback, b) => {
        const resolved = process.env[a ?? b] ?? fallback;
        if (resolved === undefined)
            missing = true;
        return resolved ?? '';
    });
    return missing ? undefined : out.replace(/\$\$/g, '$');
}
function shellQuote(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** The command with the server's listen address replaced by the probe port. */
function withProbePort(args, server, port) {
    const at = args.findIndex((a) => new RegExp(`(^|/)${server}$`).test(a));
    const head = args.slice(0, at + 1);
    const rest = args.slice(at + 1);
    const drop = server === 'gunicorn' ? ['--bind', '-b'] : ['--host', '--port', '-h', '-p'];
    const kept = [];
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (drop.includes(arg)) {
            i++;
            continue;
        }
        if (drop.some((flag) => flag.startsWith('--') && arg.startsWith(`${flag}=`)))
            continue;
        if (server === 'gunicorn' && /^-b\S/.test(arg))
            continue;
        kept.push(arg);
    }
    const listen = server === 'gunicorn' ? ['--bind', `127.0.0.1:${port}`] : ['--host', '127.0.0.1', '--port', String(port)];
    return [...head, ...kept, ...listen];
}
async function smokeRun(options) {
    const { settings, plan, facts, tag, modules, log } = options;
    const started = performance.now();
    const findings = [];
    const name = `shipcheck-smoke-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const dockerfile = settings.dockerfile;
    const where = plan.service
        ? plan.service.at()
        : { file: dockerfile, line: facts?.finalStage?.fromLine ?? 1 };
    const data = {
        container: name,
        health: 'skipped',
        importedModules: modules.length,
        failedImports: [],
        memoryLimit: plan.memory ? (0,sizes/* formatBytes */.z3)(plan.memory) : undefined,
        samples: 0,
        oomKilled: false,
        durationMs: 0,
    };
    // Environment: names on the command line, values through the docker process's environment.
    const env = {};
    for (const [key, raw] of Object.entries(plan.environment)) {
        const value = interpolate(raw);
        if (value === undefined)
            continue;
        if (/PASSWORD|SECRET|TOKEN|KEY|DATABASE_URL|_URL$/i.test(key) && value.length >= 4)
            (0,secrets/* registerSecret */.cl)(value);
        env[key] = value;
    }
    const envArgs = Object.keys(env).flatMap((key) => ['--env', key]);
    const limitArgs = [
        ...(plan.memory ? ['--memory', String(plan.memory), '--memory-swap', String(plan.memory)] : []),
        ...(plan.cpus ? ['--cpus', String(plan.cpus)] : []),
    ];
    // 1. Import test.
    if (modules.length > 0) {
        const unique = [...new Map(modules.map((m) => [m.module, m])).values()];
        const result = await runDocker([
            'run',
            '--rm',
            '--network',
            'host',
            '--label',
            'shipcheck.smoke=1',
            ...limitArgs,
            ...envArgs,
            '--entrypoint',
            'sh',
            tag,
            '-c',
            'PY=$(command -v python3 || command -v python) || { echo "no python in the image" >&2; exit 97; }; code=$1; shift; exec "$PY" -c "$code" "$@"',
            'sh',
            IMPORT_SCRIPT,
            ...unique.map((m) => m.module),
        ], { timeout: settings.smokeTimeout * 1000, env });
        const line = result.stdout.split('\n').find((l) => l.startsWith(IMPORT_MARKER));
        if (!line) {
            findings.push({
                rule: 'smoke-import-failed',
                severity: 'error',
                message: result.timedOut
                    ? `importing the app's modules inside the image did not finish within smoke-timeout (${settings.smokeTimeout} s)`
                    : `the import test could not run inside the image (exit code ${result.code}): ${tail(result.stderr, 3).join(' / ') || 'no output'}`,
                ...where,
                fix: 'the image needs python3 or python on PATH; run the image by hand: docker run --rm -it IMAGE sh',
            });
        }
        else {
            const report = JSON.parse(line.slice(IMPORT_MARKER.length));
            for (const failure of report.failed) {
                const use = unique.find((m) => m.module === failure.module);
                const explanations = explain([failure.error, ...failure.trace].join('\n'));
                data.failedImports.push(failure.module);
                findings.push({
                    rule: 'smoke-import-failed',
                    severity: 'error',
                    message: `import ${failure.module} fails inside the built image (Python ${report.python}): ${failure.error}${explanations.length ? ` — ${explanations.map((e) => e.explanation).join(' ')}` : ''}`,
                    file: use.file,
                    line: use.line,
                    fix: explanations.map((e) => e.fix).join('; ') ||
                        'install what the error names in the Dockerfile or requirements.txt and rebuild',
                });
            }
        }
    }
    // 2. The container, started like production.
    const probePort = plan.bind ? await freePort() : undefined;
    const imageCommand = [...(facts?.entrypoint?.args ?? []), ...(facts?.cmd?.args ?? [])];
    const commandBroken = !plan.command && (facts?.cmd?.broken || facts?.entrypoint?.broken);
    const full = plan.command
        ? [...(plan.entrypoint ?? facts?.entrypoint?.args ?? []), ...plan.command]
        : imageCommand;
    let entrypointArgs = [];
    let commandArgs = plan.command ?? [];
    let port = plan.bind?.port;
    if (plan.bind && probePort && plan.bind.server !== 'other' && !commandBroken && full.length > 0) {
        const rewritten = withProbePort(full, plan.bind.server, probePort);
        entrypointArgs = ['--entrypoint', rewritten[0]];
        commandArgs = rewritten.slice(1);
        port = probePort;
    }
    data.probePort = port;
    const health = plan.health;
    const healthArgs = [];
    if (health && port && health.port && health.port !== port) {
        // the same check, pointed at the probe port
        const words = health.test[0] === 'CMD-SHELL' ? [health.test[1]] : health.test.slice(1).map(shellQuote);
        const command = words
            .join(' ')
            .replace(new RegExp(`(https?://[^/:\\s'"]+):${health.port}\\b`, 'g'), `$1:${port}`);
        healthArgs.push('--health-cmd', command);
    }
    if (health)
        healthArgs.push('--health-interval', '2s', '--health-timeout', '5s', '--health-retries', '3', '--health-start-period', `${Math.min(30, Math.floor(settings.smokeTimeout / 3))}s`);
    const cleanup = () => {
        (0,external_node_child_process_.spawnSync)('docker', ['rm', '-f', name], { stdio: 'ignore', timeout: 30_000 });
    };
    const onSignal = (signal) => {
        cleanup();
        process.kill(process.pid, signal);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        const run = await runDocker([
            'run',
            '-d',
            '--name',
            name,
            '--network',
            'host',
            '--label',
            'shipcheck.smoke=1',
            ...limitArgs,
            ...envArgs,
            ...healthArgs,
            ...entrypointArgs,
            tag,
            ...commandArgs,
        ], { timeout: 60_000, env });
        if (run.code !== 0) {
            const explanations = explain(run.stderr);
            findings.push({
                rule: 'smoke-exited',
                severity: 'error',
                message: `the container did not start: ${tail(run.stderr, 3).join(' / ')}`,
                ...where,
                fix: explanations.map((e) => e.fix).join('; ') ||
                    'run the image by hand to see why: docker run --rm IMAGE',
            });
            data.health = 'exited';
            return { findings, data: { ...data, durationMs: Math.round(performance.now() - started) } };
        }
        log(`started ${name} from ${tag}${port ? ` (probe port ${port})` : ''}${plan.memory ? `, memory ${(0,sizes/* formatBytes */.z3)(plan.memory)}` : ''}${plan.cpus ? `, cpus ${plan.cpus}` : ''}`);
        // 3. Wait, sampling stats alongside.
        let sampling = true;
        let peakMemory = 0;
        let peakCpu = 0;
        const sampler = (async () => {
            while (sampling) {
                const stats = await runDocker(['stats', '--no-stream', '--format', '{{json .}}', name], {
                    timeout: 15_000,
                }).catch(() => undefined);
                if (!sampling || !stats || stats.code !== 0)
                    break;
                try {
                    const row = JSON.parse(stats.stdout.trim().split('\n')[0] ?? '{}');
                    const used = (0,sizes/* parseBytes */.z_)((row.MemUsage ?? '').split('/')[0]?.trim().replace(/i?B$/i, '') ?? '');
                    const cpu = Number.parseFloat(row.CPUPerc ?? '');
                    if (used !== undefined)
                        peakMemory = Math.max(peakMemory, used);
                    if (Number.isFinite(cpu))
                        peakCpu = Math.max(peakCpu, cpu);
                    data.samples++;
                }
                catch {
                    // a row that does not parse is one sample fewer
                }
            }
        })();
        const deadline = Date.now() + settings.smokeTimeout * 1000;
        let state;
        let settledAt;
        for (;;) {
            state = await inspect(name);
            if (!state)
                break;
            if (!state.Running) {
                data.health = 'exited';
                break;
            }
            const status = state.Health?.Status;
            if (status === 'unhealthy') {
                data.health = 'unhealthy';
                break;
            }
            let up = status === 'healthy';
            if (!health && port)
                up = await httpAnswers(port, settings.healthPath);
            if (!health && !port)
                up = Date.now() - (deadline - settings.smokeTimeout * 1000) > 5000;
            if (up) {
                data.health = health ? 'healthy' : port ? 'answering' : 'running';
                // stay a moment: a crash right after the first good answer still counts
                settledAt ??= Date.now();
                if (Date.now() - settledAt >= 3000)
                    break;
            }
            if (Date.now() > deadline) {
                data.health = up ? data.health : 'timeout';
                break;
            }
            await new Promise((resolve) => setTimeout(resolve, 1000));
        }
        sampling = false;
        await sampler;
        state = (await inspect(name)) ?? state;
        data.oomKilled = state?.OOMKilled ?? false;
        data.exitCode = state && !state.Running ? state.ExitCode : undefined;
        if (peakMemory > 0)
            data.peakMemory = (0,sizes/* formatBytes */.z3)(peakMemory);
        data.peakCpuPercent = Math.round(peakCpu);
        const failed = data.health === 'exited' || data.health === 'unhealthy' || data.health === 'timeout' || data.oomKilled;
        const logs = failed
            ? await runDocker(['logs', '--tail', '60', name], { timeout: 20_000 }).catch(() => undefined)
            : undefined;
        const logText = logs ? `${logs.stdout}\n${logs.stderr}` : '';
        const explanations = explain(logText);
        const lastLines = tail(logText, 15);
        const logNote = lastLines.length ? `\nlast lines of the container log:\n${lastLines.join('\n')}` : '';
        const because = explanations.length ? ` — ${explanations.map((e) => e.explanation).join(' ')}` : '';
        if (data.oomKilled) {
            findings.push({
                rule: 'oom-killed',
                severity: 'error',
                message: `the container was OOM-killed: it needed more than its memory limit ${data.memoryLimit ?? ''} (peak seen ${data.peakMemory ?? 'n/a'})${logNote}`,
                ...(plan.service ? plan.service.at('deploy') : where),
                fix: 'raise the memory limit, or use less: fewer gunicorn workers/threads, load models lazily; on a 1 GB host add swap',
            });
        }
        else if (data.health === 'exited') {
            findings.push({
                rule: 'smoke-exited',
                severity: 'error',
                message: `the container exited with code ${data.exitCode ?? '?'} during the smoke run${because}${logNote}`,
                ...(commandBroken ? { file: dockerfile, line: facts?.cmd?.line ?? facts?.entrypoint?.line } : where),
                fix: explanations.map((e) => e.fix).join('; ') ||
                    'run the image by hand to see why: docker run --rm IMAGE',
            });
        }
        else if (data.health === 'unhealthy' || data.health === 'timeout') {
            const probe = health
                ? `its health check (${health.where}, ${health.file}:${health.line})`
                : `GET http://127.0.0.1:${port}${settings.healthPath ?? '/'}`;
            const lastHealth = state?.Health?.Log?.slice(-1)[0]?.Output?.trim().split('\n').slice(-3).join(' / ');
            findings.push({
                rule: 'smoke-unhealthy',
                severity: 'error',
                message: `the container ${data.health === 'timeout' ? `did not pass ${probe} within smoke-timeout (${settings.smokeTimeout} s)` : `was marked unhealthy by ${probe}`}${lastHealth ? `; the last check said: ${lastHealth}` : ''}${because}${logNote}`,
                file: health?.file ?? where.file,
                line: health?.line ?? where.line,
                fix: explanations.map((e) => e.fix).join('; ') ||
                    'make the health check call a route that exists, on the port the app binds, with a tool the image has',
            });
        }
        if (plan.memory && peakMemory > 0.8 * plan.memory && !data.oomKilled) {
            data.peakMemoryPercent = Math.round((100 * peakMemory) / plan.memory);
            findings.push({
                rule: 'memory-near-limit',
                severity: 'warning',
                message: `peak memory ${(0,sizes/* formatBytes */.z3)(peakMemory)} is ${data.peakMemoryPercent}% of the ${(0,sizes/* formatBytes */.z3)(plan.memory)} limit while idle: real traffic will push it over and the kernel kills it`,
                ...(plan.service ? plan.service.at('deploy') : where),
                fix: 'raise the limit or lower the number of gunicorn workers',
            });
        }
        else if (plan.memory && peakMemory > 0) {
            data.peakMemoryPercent = Math.round((100 * peakMemory) / plan.memory);
        }
        if (state?.RestartCount) {
            findings.push({
                rule: 'smoke-exited',
                severity: 'error',
                message: `the container restarted ${state.RestartCount} times during the smoke run (a restart loop)${logNote}`,
                ...where,
                fix: 'read the container log; fix what crashes it',
            });
        }
        return { findings, data: { ...data, durationMs: Math.round(performance.now() - started) } };
    }
    finally {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        await runDocker(['rm', '-f', name], { timeout: 30_000 }).catch(cleanup);
    }
}
async function inspect(name) {
    const result = await runDocker(['inspect', '--format', '{{json .State}}|{{.RestartCount}}', name], {
        timeout: 15_000,
    }).catch(() => undefined);
    if (!result || result.code !== 0)
        return undefined;
    const [json, restarts] = result.stdout.trim().split('|');
    try {
        return { ...JSON.parse(json ?? '{}'), RestartCount: Number(restarts) || 0 };
    }
    catch {
        return undefined;
    }
}
async function httpAnswers(port, path) {
    try {
        const response = await fetch(`http://127.0.0.1:${port}${path ?? '/'}`, {
            signal: AbortSignal.timeout(3000),
            redirect: 'manual',
        });
        await response.body?.cancel();
        return path ? response.status < 400 : response.status < 500;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/docker/docker-build-test.ts





async function dockerBuildTest(settings, options) {
    const { steps, log } = options;
    const analysis = await steps.run('static analysis', async () => (0,analyze/* analyzeStatic */.HF)(settings));
    const result = { findings: [...analysis.findings], data: { ...analysis.data } };
    if (!settings.build && !settings.composeUp)
        return result;
    const { engine, problem } = await steps.run('engine', detectEngine);
    if (!engine) {
        result.findings.push({
            rule: 'engine-unavailable',
            severity: 'error',
            message: `build${settings.smoke ? ' and smoke run' : ''} asked for, but ${problem}`,
            file: settings.dockerfile,
            fix: 'start the Docker engine (or set DOCKER_HOST), or run only the static checks: build: false, smoke: false',
        });
        return result;
    }
    result.data.engine = `Docker ${engine.version}${engine.buildx ? ' with buildx' : ''}`;
    if (settings.build) {
        const build = await steps.run('build', () => buildImage(settings, analysis.plan.context, engine, log));
        const { findings, ...rest } = build;
        result.findings.push(...findings);
        result.data.build = rest;
        result.data.image = build.tag;
        if (!build.ok)
            return result;
        if (settings.smoke) {
            const pythonVersion = analysis.facts?.finalStage?.pythonVersion ?? '3.12';
            // the import scan is lint-requirements' code: loaded only for a smoke run
            const { thirdPartyImports } = await Promise.all(/* import() */[__webpack_require__.e(583), __webpack_require__.e(160)]).then(__webpack_require__.bind(__webpack_require__, 160));
            const modules = thirdPartyImports(settings.root, settings.exclude, pythonVersion);
            const smoke = await steps.run('smoke run', () => smokeRun({ settings, plan: analysis.plan, facts: analysis.facts, tag: build.tag, modules, log }));
            result.findings.push(...smoke.findings);
            result.data.smoke = smoke.data;
        }
    }
    if (settings.composeUp) {
        const files = analysis.plan.project?.files.map((f) => f.file) ?? analysis.data.composeFiles;
        const up = await steps.run('compose up', () => composeUp({ settings, engine, files, log }));
        result.findings.push(...up.findings);
        result.data.composeUp = up.data;
    }
    return result;
}

// EXTERNAL MODULE: ./src/docker/settings.ts
var docker_settings = __webpack_require__(6671);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/output.ts + 1 modules
var output = __webpack_require__(6306);
// EXTERNAL MODULE: ./src/cli/progress.ts
var progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/run/docker-build-test.ts








/** `shipcheck docker-build-test`: returns the exit code. */
async function runDockerBuildTest(dir, options) {
    const { root, config } = (0,load/* loadConfig */.Z9)(dir, options.config);
    const settings = (0,docker_settings/* dockerBuildTestSettings */.C)(root, (config['docker-build-test'] ?? {}), (0,cli_options/* flagsAsInputs */.v)(docker_settings/* DOCKER_BUILD_TEST_KEYS */.e, options));
    const steps = (0,progress/* terminalSteps */.w)(process.stderr, options.quiet);
    const log = options.quiet ? () => undefined : (line) => process.stderr.write(`  │ ${line}\n`);
    const result = await dockerBuildTest(settings, { steps, log });
    const report = (0,report_report/* createReport */.LU)({
        command: 'docker-build-test',
        findings: result.findings,
        failOn: (0,fail_on/* resolveFailOn */.U)(options.failOn, config['fail-on']),
        data: result.data,
    });
    return (0,output/* emitReport */.K)(report, options);
}


/***/ })

};
