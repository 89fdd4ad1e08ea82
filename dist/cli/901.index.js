export const id = 901;
export const ids = [901,184];
export const modules = {

/***/ 7901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   composeUp: () => (/* binding */ composeUp)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _compose_lint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7132);
/* harmony import */ var _docker_cli_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9184);
/* harmony import */ var _fingerprints_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3431);
/**
 * Compose smoke (`compose-up`): the whole project brought up the way the server will (`docker compose up
 * --wait` with v2; `docker-compose up -d` and health polling with v1), with the override file the user gives
 * for CI, under a unique project name, and always torn down (`down -v --remove-orphans`).
 */






async function composeUp(options) {
    const { settings, engine, log } = options;
    const started = performance.now();
    const project = `shipcheck-smoke-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const files = [...options.files, ...(settings.composeOverride ? [settings.composeOverride] : [])];
    const data = {
        project,
        compose: engine.compose
            ? `${engine.compose.program} ${engine.compose.prefix.join(' ')} ${engine.compose.version}`.replace(/\s+/g, ' ')
            : 'none',
        services: {},
        seededEnvFiles: [],
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
        ...files.flatMap((f) => ['--file', node_path__WEBPACK_IMPORTED_MODULE_2___default().join(settings.root, f)]),
    ];
    const run = (args, timeout) => (0,_docker_cli_js__WEBPACK_IMPORTED_MODULE_4__.runDocker)([...base, ...args], { timeout, program: compose.program, cwd: settings.root, onLine: log });
    const findings = [];
    const deadline = settings.smokeTimeout * 1000;
    try {
        // A CI checkout has .env.example, not the server's .env: compose refuses to start without the file, so the run
        // gets a copy of the template, removed afterwards (never a file that was there before).
        for (const service of options.project?.services ?? []) {
            for (const { path: file, example } of (0,_compose_lint_js__WEBPACK_IMPORTED_MODULE_3__/* .missingEnvFiles */ .lQ)(service, settings.root)) {
                // (services sharing one env file: the first seeded it)
                if (!example || data.seededEnvFiles.includes(file))
                    continue;
                // EXCL: never over a file that appeared meanwhile
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(settings.root, example), node_path__WEBPACK_IMPORTED_MODULE_2___default().join(settings.root, file), node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_EXCL);
                data.seededEnvFiles.push(file);
                log(`compose up: ${file} is not in the repository; this run uses a copy of ${example}`);
            }
        }
        const v2 = compose.program === 'docker';
        const up = await run(v2 ? ['up', '--detach', '--wait', '--wait-timeout', String(settings.smokeTimeout)] : ['up', '--detach'], deadline + 30_000);
        if (up.code !== 0 || up.timedOut) {
            const text = `${up.stdout}\n${up.stderr}`;
            const explanations = (0,_fingerprints_js__WEBPACK_IMPORTED_MODULE_5__/* .explain */ .W)(text);
            findings.push({
                rule: 'compose-up-failed',
                severity: 'error',
                message: `${data.compose} up failed${up.timedOut ? ' (timed out)' : ''}: ${(0,_fingerprints_js__WEBPACK_IMPORTED_MODULE_5__/* .tail */ .R)(text, 8).join(' / ')}`,
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
                    const r = await (0,_docker_cli_js__WEBPACK_IMPORTED_MODULE_4__.runDocker)([
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
                        const explanations = (0,_fingerprints_js__WEBPACK_IMPORTED_MODULE_5__/* .explain */ .W)(text);
                        findings.push({
                            rule: 'compose-up-failed',
                            severity: 'error',
                            message: `after compose up: ${failing.map((s) => `${s.service} is ${s.health || s.status}`).join(', ')}${explanations.length ? ` — ${explanations.map((e) => e.explanation).join(' ')}` : ''}\nlast lines:\n${(0,_fingerprints_js__WEBPACK_IMPORTED_MODULE_5__/* .tail */ .R)(text, 12).join('\n')}`,
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
        for (const file of data.seededEnvFiles)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(settings.root, file), { force: true });
    }
    data.durationMs = Math.round(performance.now() - started);
    return { findings, data };
}


/***/ }),

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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
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


/***/ })

};
