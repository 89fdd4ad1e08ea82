export const id = 184;
export const ids = [184];
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


/***/ })

};
