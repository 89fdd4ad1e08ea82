export const id = 414;
export const ids = [414,184];
export const modules = {

/***/ 9184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectEngine: () => (/* binding */ detectEngine),
/* harmony export */   runDocker: () => (/* binding */ runDocker),
/* harmony export */   stripAnsi: () => (/* binding */ stripAnsi)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1915);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8198);
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
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
                    options.onLine?.((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .maskSecrets */ .QU)(line.replace(/\r$/, '')), stream);
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
                reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShipcheckError */ .b('connection', `${program} is not installed (or not on PATH)`, {
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


/***/ }),

/***/ 3431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ explain),
  R: () => (/* binding */ tail)
});

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


/***/ }),

/***/ 6414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   freePort: () => (/* binding */ freePort),
/* harmony export */   smokeRun: () => (/* binding */ smokeRun)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8198);
/* harmony import */ var _sizes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4178);
/* harmony import */ var _docker_cli_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9184);
/* harmony import */ var _fingerprints_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3431);
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
        const server = node_net__WEBPACK_IMPORTED_MODULE_2___default().createServer();
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
    const name = `shipcheck-smoke-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}`;
    const dockerfile = settings.dockerfile;
    const where = plan.service
        ? plan.service.at()
        : { file: dockerfile, line: facts?.finalStage?.fromLine ?? 1 };
    const data = {
        container: name,
        health: 'skipped',
        importedModules: modules.length,
        failedImports: [],
        memoryLimit: plan.memory ? (0,_sizes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(plan.memory) : undefined,
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
            (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(value);
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
        const result = await (0,_docker_cli_js__WEBPACK_IMPORTED_MODULE_5__.runDocker)([
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
                    : `the import test could not run inside the image (exit code ${result.code}): ${(0,_fingerprints_js__WEBPACK_IMPORTED_MODULE_6__/* .tail */ .R)(result.stderr, 3).join(' / ') || 'no output'}`,
                ...where,
                fix: 'the image needs python3 or python on PATH; run the image by hand: docker run --rm -it IMAGE sh',
            });
        }
        else {
            const report = JSON.parse(line.slice(IMPORT_MARKER.length));
            for (const failure of report.failed) {
                const use = unique.find((m) => m.module === failure.module);
                const explanations = (0,_fingerprints_js__WEBPACK_IMPORTED_MODULE_6__/* .explain */ .W)([failure.error, ...failure.trace].join('\n'));
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
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('docker', ['rm', '-f', name], { stdio: 'ignore', timeout: 30_000 });
    };
    const onSignal = (signal) => {
        cleanup();
        process.kill(process.pid, signal);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        const run = await (0,_docker_cli_js__WEBPACK_IMPORTED_MODULE_5__.runDocker)([
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
            const explanations = (0,_fingerprints_js__WEBPACK_IMPORTED_MODULE_6__/* .explain */ .W)(run.stderr);
            findings.push({
                rule: 'smoke-exited',
                severity: 'error',
                message: `the container did not start: ${(0,_fingerprints_js__WEBPACK_IMPORTED_MODULE_6__/* .tail */ .R)(run.stderr, 3).join(' / ')}`,
                ...where,
                fix: explanations.map((e) => e.fix).join('; ') ||
                    'run the image by hand to see why: docker run --rm IMAGE',
            });
            data.health = 'exited';
            return { findings, data: { ...data, durationMs: Math.round(performance.now() - started) } };
        }
        log(`started ${name} from ${tag}${port ? ` (probe port ${port})` : ''}${plan.memory ? `, memory ${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(plan.memory)}` : ''}${plan.cpus ? `, cpus ${plan.cpus}` : ''}`);
        // 3. Wait, sampling stats alongside.
        let sampling = true;
        let peakMemory = 0;
        let peakCpu = 0;
        const sampler = (async () => {
            while (sampling) {
                const stats = await (0,_docker_cli_js__WEBPACK_IMPORTED_MODULE_5__.runDocker)(['stats', '--no-stream', '--format', '{{json .}}', name], {
                    timeout: 15_000,
                }).catch(() => undefined);
                if (!sampling || !stats || stats.code !== 0)
                    break;
                try {
                    const row = JSON.parse(stats.stdout.trim().split('\n')[0] ?? '{}');
                    const used = (0,_sizes_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBytes */ .z_)((row.MemUsage ?? '').split('/')[0]?.trim().replace(/i?B$/i, '') ?? '');
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
            data.peakMemory = (0,_sizes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(peakMemory);
        data.peakCpuPercent = Math.round(peakCpu);
        // A health check that fails on a route the app serves: when the service depends on others (a database, a
        // broker) the smoke run does not start, an answer of 5xx is the app reporting them missing, not a broken image.
        let dependencyBound;
        let routeStatus;
        if ((data.health === 'unhealthy' || data.health === 'timeout') &&
            health?.path &&
            port &&
            !data.oomKilled) {
            routeStatus = await httpStatus(port, health.path);
            const dependencies = dependsOn(plan.service);
            if (routeStatus !== undefined && routeStatus >= 500 && dependencies.length > 0) {
                dependencyBound = { status: routeStatus, dependencies };
                data.health = 'answering';
            }
        }
        const failed = data.health === 'exited' || data.health === 'unhealthy' || data.health === 'timeout' || data.oomKilled;
        const logs = failed
            ? await (0,_docker_cli_js__WEBPACK_IMPORTED_MODULE_5__.runDocker)(['logs', '--tail', '60', name], { timeout: 20_000 }).catch(() => undefined)
            : undefined;
        const logText = logs ? `${logs.stdout}\n${logs.stderr}` : '';
        const explanations = (0,_fingerprints_js__WEBPACK_IMPORTED_MODULE_6__/* .explain */ .W)(logText);
        const lastLines = (0,_fingerprints_js__WEBPACK_IMPORTED_MODULE_6__/* .tail */ .R)(logText, 15);
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
                    (routeStatus === 404
                        ? `GET ${health.path} answers 404 in the image: point the health check at a route the app has`
                        : 'make the health check call a route that exists, on the port the app binds, with a tool the image has'),
            });
        }
        else if (dependencyBound && health) {
            const names = dependencyBound.dependencies.join(', ');
            findings.push({
                rule: 'smoke-health-needs-dependencies',
                severity: 'notice',
                message: `the image started and imported every module, but its health check (${health.where}, ${health.file}:${health.line}) cannot pass in the smoke run: GET ${health.path} answers ${dependencyBound.status}, and ${plan.service.name} depends on ${names}, which the smoke run does not start`,
                ...plan.service.at('depends_on'),
                fix: `turn on compose-up (with a compose-override for CI) to see ${plan.service.name} healthy with ${names} up; or give the HEALTHCHECK a liveness route that needs none of them`,
            });
        }
        if (plan.memory && peakMemory > 0.8 * plan.memory && !data.oomKilled) {
            data.peakMemoryPercent = Math.round((100 * peakMemory) / plan.memory);
            findings.push({
                rule: 'memory-near-limit',
                severity: 'warning',
                message: `peak memory ${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(peakMemory)} is ${data.peakMemoryPercent}% of the ${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(plan.memory)} limit while idle: real traffic will push it over and the kernel kills it`,
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
        await (0,_docker_cli_js__WEBPACK_IMPORTED_MODULE_5__.runDocker)(['rm', '-f', name], { timeout: 30_000 }).catch(cleanup);
    }
}
async function inspect(name) {
    const result = await (0,_docker_cli_js__WEBPACK_IMPORTED_MODULE_5__.runDocker)(['inspect', '--format', '{{json .State}}|{{.RestartCount}}', name], {
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
/** The services `service` depends on (`depends_on` as a list or a map). */
function dependsOn(service) {
    const value = service?.spec.depends_on;
    if (Array.isArray(value))
        return value.filter((name) => typeof name === 'string');
    if (value && typeof value === 'object')
        return Object.keys(value);
    return [];
}
/** The status GET `path` answers on 127.0.0.1:`port`, or undefined when nothing answers. */
async function httpStatus(port, path, timeoutMs = 5000) {
    try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, {
            signal: AbortSignal.timeout(timeoutMs),
            redirect: 'manual',
        });
        await response.body?.cancel();
        return response.status;
    }
    catch {
        return undefined;
    }
}
async function httpAnswers(port, path) {
    const status = await httpStatus(port, path ?? '/', 3000);
    if (status === undefined)
        return false;
    return path ? status < 400 : status < 500;
}


/***/ })

};
