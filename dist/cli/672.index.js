export const id = 672;
export const ids = [672];
export const modules = {

/***/ 2073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ emitReport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/deploy/rules.ts
/** What ssh-deploy, rollback and releases can report (docs/rules.md#ssh-deploy). */
const SSH_DEPLOY_RULES = [
    {
        id: 'preflight-missing-tool',
        title: 'The server lacks git, docker or Compose, or docker does not answer for the deploy user',
        defaultSeverity: 'error',
    },
    { id: 'preflight-no-swap', title: 'A small host (2 GiB or less) has no swap', defaultSeverity: 'warning' },
    { id: 'preflight-disk-low', title: 'Less than 1 GiB free where the app lives', defaultSeverity: 'warning' },
    {
        id: 'lock-held',
        title: 'Another deploy held the server lock for longer than lock-timeout',
        defaultSeverity: 'error',
    },
    {
        id: 'lock-taken-over',
        title: 'A lock whose holder is gone (or older than lock-stale-after) was taken over',
        defaultSeverity: 'warning',
    },
    {
        id: 'ledger-line-invalid',
        title: 'Lines of the release ledger are not releases',
        defaultSeverity: 'warning',
    },
    {
        id: 'fetch-failed',
        title: 'The server could not fetch the commit, or the release is not exactly that commit',
        defaultSeverity: 'error',
    },
    {
        id: 'shared-file-missing',
        title: 'A shared file (.env, uploads) does not exist on the server',
        defaultSeverity: 'warning',
    },
    {
        id: 'release-compose-invalid',
        title: 'docker compose config failed on the release',
        defaultSeverity: 'error',
    },
    { id: 'release-build-failed', title: "The release's images did not build", defaultSeverity: 'error' },
    {
        id: 'backup-failed',
        title: 'The database backup failed or is incomplete (the deploy stops before migrating)',
        defaultSeverity: 'error',
    },
    { id: 'migration-failed', title: 'migrate-command failed', defaultSeverity: 'error' },
    { id: 'release-up-failed', title: 'docker compose up failed', defaultSeverity: 'error' },
    { id: 'health-gate-failed', title: 'The new release did not become healthy', defaultSeverity: 'error' },
    {
        id: 'deploy-rolled-back',
        title: 'The new release failed and the previous one was brought back',
        defaultSeverity: 'error',
    },
    {
        id: 'rollback-unavailable',
        title: 'A release failed and there was no earlier release to go back to',
        defaultSeverity: 'error',
    },
    { id: 'rollback-failed', title: 'Bringing the previous release back failed too', defaultSeverity: 'error' },
    {
        id: 'rollback-target-invalid',
        title: 'The rollback target is not a usable release on the server',
        defaultSeverity: 'error',
    },
    {
        id: 'rollout-rolled-back',
        title: 'A later batch failed, so a host already switched was rolled back',
        defaultSeverity: 'error',
    },
    { id: 'deploy-step-failed', title: 'A deploy step failed', defaultSeverity: 'error' },
];

// EXTERNAL MODULE: ./src/docker/rules.ts
var rules = __webpack_require__(3659);
// EXTERNAL MODULE: ./src/report/rules.ts
var report_rules = __webpack_require__(9681);
// EXTERNAL MODULE: ./src/requirements/rules.ts
var requirements_rules = __webpack_require__(8503);
// EXTERNAL MODULE: ./src/schema/rules.ts
var schema_rules = __webpack_require__(2256);
;// CONCATENATED MODULE: ./src/verify/rules.ts
/** What post-deploy-verify can report (docs/rules.md#post-deploy-verify). */
const POST_DEPLOY_VERIFY_RULES = [
    {
        id: 'not-ready',
        title: 'The app did not pass its readiness check within the deadline',
        defaultSeverity: 'error',
    },
    {
        id: 'http-unreachable',
        title: 'An endpoint did not answer: refused, timed out or reset',
        defaultSeverity: 'error',
    },
    {
        id: 'http-expectation-failed',
        title: 'An endpoint answered, but not as expected (status, header, JSON path, body, time)',
        defaultSeverity: 'error',
    },
    {
        id: 'latency-threshold',
        title: 'A latency percentile over N samples is above its threshold',
        defaultSeverity: 'error',
    },
    { id: 'tls-handshake-failed', title: 'No TLS handshake with the host', defaultSeverity: 'error' },
    {
        id: 'tls-old-protocol',
        title: 'The server negotiated a protocol older than TLS 1.2',
        defaultSeverity: 'error',
    },
    { id: 'tls-expired', title: 'The certificate has expired', defaultSeverity: 'error' },
    {
        id: 'tls-expiring',
        title: 'The certificate expires within min-days (error) or warn-days (warning)',
        defaultSeverity: 'warning',
    },
    {
        id: 'tls-hostname-mismatch',
        title: 'The certificate is not valid for the host name',
        defaultSeverity: 'error',
    },
    {
        id: 'tls-chain-incomplete',
        title: 'The server does not send its intermediate certificate',
        defaultSeverity: 'error',
    },
    {
        id: 'tls-untrusted',
        title: 'The certificate chain is not trusted (system roots or ca-file)',
        defaultSeverity: 'error',
    },
    { id: 'hsts-missing', title: 'No Strict-Transport-Security header over https', defaultSeverity: 'warning' },
    { id: 'redirect-missing', title: 'Plain HTTP does not redirect to https', defaultSeverity: 'error' },
    {
        id: 'redirect-wrong-target',
        title: 'The redirect goes somewhere else than https on the same host',
        defaultSeverity: 'error',
    },
    {
        id: 'redirect-temporary',
        title: 'The http -> https redirect is temporary (302/307)',
        defaultSeverity: 'warning',
    },
    {
        id: 'upload-failed',
        title: 'The upload was refused, or its response does not say the stored name',
        defaultSeverity: 'error',
    },
    {
        id: 'upload-extension-lost',
        title: "A non-ASCII file name lost its extension (secure_filename('陈熙蕾.docx') == 'docx')",
        defaultSeverity: 'error',
    },
    {
        id: 'upload-type-wrong',
        title: 'The app detected another type for the uploaded file',
        defaultSeverity: 'error',
    },
    {
        id: 'version-unknown',
        title: 'The server does not report which commit it runs',
        defaultSeverity: 'error',
    },
    {
        id: 'version-mismatch',
        title: 'The server runs another commit than the one deployed',
        defaultSeverity: 'error',
    },
    {
        id: 'resources-unreadable',
        title: "The host's resources could not be read over SSH",
        defaultSeverity: 'error',
    },
    { id: 'host-memory-high', title: 'Most of the RAM is in use', defaultSeverity: 'warning' },
    { id: 'host-no-swap', title: 'A small host has no swap', defaultSeverity: 'warning' },
    { id: 'host-swapping', title: 'The host uses much of its swap', defaultSeverity: 'warning' },
    {
        id: 'host-cpu-saturated',
        title: 'The load average per CPU is high (100% CPU)',
        defaultSeverity: 'warning',
    },
    { id: 'host-disk-full', title: 'The disk is nearly full', defaultSeverity: 'warning' },
    {
        id: 'container-oom-killed',
        title: 'A container was killed for exceeding its memory limit',
        defaultSeverity: 'error',
    },
    { id: 'container-restarting', title: 'A container restarted', defaultSeverity: 'warning' },
    {
        id: 'container-no-memory-limit',
        title: 'A running container has no memory limit (its limit is the whole host)',
        defaultSeverity: 'warning',
    },
    {
        id: 'container-memory-near-limit',
        title: 'A container uses most of its memory limit',
        defaultSeverity: 'warning',
    },
    { id: 'kernel-oom', title: 'The kernel log shows recent OOM kills', defaultSeverity: 'warning' },
    { id: 'database-unreachable', title: 'SELECT 1 on the database failed', defaultSeverity: 'error' },
];

;// CONCATENATED MODULE: ./src/checklist/rules.ts






/**
 * Every rule of every check, for the renderers (help links, SARIF rule metadata). Built from the rule
 * tables alone, so rendering a report never loads the checks' code (registry.ts does).
 */
const RULES = (0,report_rules/* ruleCatalog */.Q)(requirements_rules/* LINT_REQUIREMENTS_RULES */.L, schema_rules/* SCHEMA_COMPARE_RULES */.q, rules/* DOCKER_BUILD_TEST_RULES */.j, SSH_DEPLOY_RULES, POST_DEPLOY_VERIFY_RULES);

// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/report/render/index.ts + 3 modules
var render = __webpack_require__(671);
;// CONCATENATED MODULE: ./src/cli/output.ts





/** Prints or writes the report in the chosen format; returns the exit code it implies. */
function emitReport(report, options) {
    const toTerminal = !options.output && Boolean(process.stdout.isTTY) && options.color;
    const rendered = (0,secrets/* maskSecrets */.QU)((0,render/* renderReport */.B1)(report, options.format, { color: toTerminal, catalog: RULES }));
    if (options.output) {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(options.output)), { recursive: true });
        (0,external_node_fs_.writeFileSync)(options.output, rendered);
        const lastLine = (0,render/* renderText */.S5)({ ...report, findings: [] }, { color: false }).trim();
        process.stderr.write(`${lastLine}\nreport written to ${options.output}\n`);
    }
    else {
        process.stdout.write(rendered);
    }
    return report.passed ? 0 : 1;
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ terminalSteps)
/* harmony export */ });
const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/**
 * On a terminal: a live line with the step and its elapsed time, replaced by a ✔/✖ line when it ends.
 * Elsewhere (pipes, CI logs): one line per finished step, so logs stay readable.
 */
function terminalSteps(stream = process.stderr, quiet = false) {
    return {
        async run(name, work) {
            if (quiet)
                return work();
            const started = performance.now();
            const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
            let frame = 0;
            const timer = stream.isTTY
                ? setInterval(() => {
                    stream.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${name} ${elapsed()}`);
                }, 100)
                : undefined;
            timer?.unref();
            const finish = (mark) => {
                if (timer)
                    clearInterval(timer);
                stream.write(`${stream.isTTY ? '\r\x1b[2K' : ''}${mark} ${name} (${elapsed()})\n`);
            };
            try {
                const result = await work();
                finish('✔');
                return result;
            }
            catch (error) {
                finish('✖');
                throw error;
            }
        },
    };
}


/***/ }),

/***/ 8409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ expandEnvReferences)
/* harmony export */ });
/** `${NAME}`, `${NAME:-default}`; `$${` writes a literal `${`. */
const REFERENCE = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
/**
 * Replaces environment references in every string of `value`. A reference to an unset variable without
 * a default is an error; so is a password written literally into a URL, since shipcheck.yml is committed.
 * Values that came from the environment and look like URLs have their passwords registered as secrets.
 */
function expandEnvReferences(value, env, fail, onExpandedUrl = () => { }, keyPath = []) {
    if (typeof value === 'string')
        return expandString(value, env, fail, onExpandedUrl, keyPath);
    if (Array.isArray(value)) {
        return value.map((item, index) => expandEnvReferences(item, env, fail, onExpandedUrl, [...keyPath, index]));
    }
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [
            key,
            expandEnvReferences(item, env, fail, onExpandedUrl, [...keyPath, key]),
        ]));
    }
    return value;
}
function expandString(text, env, fail, onExpandedUrl, keyPath) {
    if (hasLiteralUrlPassword(text)) {
        throw fail(keyPath, {
            message: 'a password is written into a URL in the configuration file',
            fix: `move the URL into a secret and write \${NAME} here, e.g. \${PROD_DATABASE_URL}`,
        });
    }
    let referenced = false;
    const expanded = text.replace(REFERENCE, (match, name, fallback) => {
        if (match === '$${')
            return '${';
        referenced = true;
        const found = env[name];
        if (found !== undefined && found !== '')
            return found;
        if (fallback !== undefined)
            return fallback;
        throw fail(keyPath, {
            message: `environment variable ${name} is not set`,
            fix: `set ${name} (in Actions: env: ${name}: \${{ secrets.${name} }}), or write \${${name}:-default}`,
        });
    });
    if (referenced)
        onExpandedUrl(expanded);
    return expanded;
}
const URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i;
/** `mysql://app:${DB_PASSWORD}@db/app` is the recommended spelling, not a leak: references are dropped first. */
function hasLiteralUrlPassword(text) {
    return URL_WITH_PASSWORD.test(text.replace(REFERENCE, ''));
}


/***/ }),

/***/ 5892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ resolveFailOn)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2563);


/** Resolves fail-on from flag, then configuration, then the default. */
function resolveFailOn(flag, configured) {
    if (flag)
        return flag;
    if (configured === undefined)
        return 'error';
    if (typeof configured === 'string' && _report_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON_LEVELS */ .D.includes(configured)) {
        return configured;
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('config', `fail-on must be one of ${_report_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON_LEVELS */ .D.join(', ')}, found '${String(configured)}'`);
}


/***/ }),

/***/ 8401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  Xw: () => (/* binding */ readSettingsYaml)
});

// UNUSED EXPORTS: CONFIG_FILE_NAMES, parseConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/core/yaml-source.ts
var yaml_source = __webpack_require__(668);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
;// CONCATENATED MODULE: ./src/generated/shipcheck-config-validator.js
// Generated by scripts/compile-schemas.mjs from src/config/shipcheck.schema.json: do not edit; run `npm run build`.
/* eslint-disable */
const func0 = equal["default"] ?? equal;
const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const shipcheck_config_validator = (validate10);const schema11 = {"$id":"https://github.com/shipcheck/shipcheck/blob/main/src/config/shipcheck.schema.json","title":"shipcheck.yml","description":"The facts of a project that shipcheck checks. Keys are named like the action inputs and CLI flags. Values may reference environment variables as ${NAME} or ${NAME:-default}; secrets never live in this file.","type":"object","additionalProperties":false,"properties":{"fail-on":{"$ref":"#/definitions/fail-on"},"checks":{"description":"The static pre-deploy checks that `shipcheck check` and the umbrella action run, in order.","type":"array","uniqueItems":true,"items":{"enum":["lint-requirements","schema-compare","docker-build-test"]}},"lint-requirements":{"description":"Inputs of the lint-requirements action (docs/lint-requirements.md).","type":"object","additionalProperties":false,"properties":{"requirements":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Requirement files or * patterns, relative to the project (default: requirements*.txt)."},"python-version":{"type":["string","number"],"description":"Target Python X.Y (default: the Dockerfile's FROM python:X.Y, then requires-python, then 3.12)."},"dockerfile":{"type":"string","description":"Dockerfile whose install lines are checked (default: Dockerfile when present; '' skips)."},"require-pins":{"type":"boolean","description":"Unpinned requirements are errors instead of warnings."},"exclude":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Paths (* and ** patterns) to skip when reading Python sources."},"first-party":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Module names that are the project's own."},"import-map":{"type":"object","additionalProperties":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"description":"Import name -> distribution(s), consulted before the shipped table."},"allow-unused":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Distributions never reported as unused."},"site-packages":{"type":"string","description":"A site-packages folder or virtualenv whose installed metadata maps imports first."},"online":{"type":"boolean","description":"Ask PyPI and OSV about each pin (off by default)."},"pypi-url":{"type":"string","description":"Package index JSON API base URL (default https://pypi.org)."},"osv-url":{"type":"string","description":"OSV API base URL (default https://api.osv.dev)."},"timeout":{"type":"number","description":"Seconds per online request (default 10)."}}},"schema-compare":{"description":"Inputs of the schema-compare action (docs/schema-compare.md).","type":"object","additionalProperties":false,"properties":{"reference":{"type":"string","description":"The schema the code expects: a .sql file (mysqldump --no-data) relative to the project, or mysql://user:${PASSWORD}@host:port/database."},"target":{"type":"string","description":"The schema to check (production): a .sql file or a mysql:// URL. Use ${ENV} for URLs with passwords."},"ignore":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"table or table.column patterns (* wildcards) never compared."},"fix-sql":{"type":"string","description":"Write the ALTER statements that make the target match the reference to this file."},"allow-destructive":{"type":"boolean","description":"Write destructive statements (DROP, narrowing) live instead of commented out."},"timeout":{"type":"number","description":"Seconds for connecting and for each query (default 15)."},"migrations":{"type":"string","description":"Alembic/Flask-Migrate versions folder (default: migrations/versions or alembic/versions when present; '' skips the history check)."},"baseline":{"type":"string","description":"YAML list of accepted drift ({ rule, match, reason }) left out of the findings."},"workspace":{"type":"string","description":"mysql://user:${PASSWORD}@host:port of a server where .sql sources are loaded into a throwaway, uniquely named database, introspected and dropped."},"target-via-ssh":{"type":"string","description":"Reach the target database through an SSH tunnel from this server, [user@]host[:port]."},"user":{"type":"string","description":"Login on the server. For target-via-ssh; default: the ssh-deploy section's."},"port":{"type":["number","string"],"description":"SSH port (default 22). For target-via-ssh; default: the ssh-deploy section's."},"key-file":{"type":"string","description":"Private key file (the key itself is a secret: the ssh-key input or SHIPCHECK_SSH_KEY, never this file's content here). For target-via-ssh; default: the ssh-deploy section's."},"known-hosts":{"type":"string","description":"known_hosts text or a file holding it. For target-via-ssh; default: the ssh-deploy section's."},"host-key-fingerprint":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"SHA256:... host key fingerprints. For target-via-ssh; default: the ssh-deploy section's."},"skip-host-key-verification":{"type":["boolean","string"],"description":"Accept any host key (warns). For target-via-ssh; default: the ssh-deploy section's."},"jump-host":{"type":"string","description":"Bastion, [user@]host[:port]. For target-via-ssh; default: the ssh-deploy section's."},"connect-timeout":{"type":["number","string"],"description":"Seconds (default 20). For target-via-ssh; default: the ssh-deploy section's."}}},"docker-build-test":{"description":"Inputs of the docker-build-test action (docs/docker-build-test.md).","type":"object","additionalProperties":false,"properties":{"dockerfile":{"type":"string","description":"The Dockerfile, project-relative. Default: Dockerfile."},"context":{"type":"string","description":"Build context. Default: the Compose service's build context, else the project root."},"compose-files":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Compose files. Default: every docker-compose*.yml and compose*.yaml in the project root."},"compose-override":{"type":"string","description":"A Compose file merged last for compose-up (host networking, test environment)."},"service":{"type":"string","description":"The Compose service the image runs as. Default: the one that builds the Dockerfile and publishes a port."},"host-memory":{"oneOf":[{"type":"string","pattern":"^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$"},{"type":"integer","minimum":1}],"description":"RAM of the production host (1G): the services' memory limits plus memory-headroom must fit."},"memory-headroom":{"oneOf":[{"type":"string","pattern":"^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$"},{"type":"integer","minimum":1}],"description":"RAM kept for the OS, dockerd and page cache when adding up limits. Default: 128M."},"build":{"oneOf":[{"type":"boolean"},{"type":"string"}],"description":"Build the image (needs a Docker engine). The action defaults to true, the CLI to false."},"smoke":{"oneOf":[{"type":"boolean"},{"type":"string"}],"description":"Run the built image: import test, health check, memory. The action defaults to true."},"compose-up":{"oneOf":[{"type":"boolean"},{"type":"string"}],"description":"Bring the whole Compose project up healthy, then down."},"tag":{"type":"string","description":"Image tag. Default: shipcheck-smoke:<GITHUB_SHA or local>."},"build-args":{"oneOf":[{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Build arguments: a mapping, or NAME=value items."},"memory":{"oneOf":[{"type":"string","pattern":"^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$"},{"type":"integer","minimum":1}],"description":"Memory limit of the smoke run when the service has none."},"cpus":{"oneOf":[{"type":"number"},{"type":"string"}],"description":"CPU limit of the smoke run when the service has none."},"port":{"oneOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string"}],"description":"The port the app listens on. Default: from the gunicorn bind."},"health-path":{"type":"string","description":"Path probed in the smoke run when the image has no health check. Default: /."},"smoke-timeout":{"oneOf":[{"type":"number"},{"type":"string"}],"description":"Seconds for the import test and for becoming healthy. Default: 90."},"build-timeout":{"oneOf":[{"type":"number"},{"type":"string"}],"description":"Seconds for the build. Default: 1200."},"exclude":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Paths (* and ** patterns) to skip when reading Python sources."}}},"ssh-deploy":{"description":"Inputs of the ssh-deploy action, also read by rollback and releases (docs/ssh-deploy.md).","type":"object","additionalProperties":false,"properties":{"host":{"type":"string","description":"The server, [user@]host[:port]."},"hosts":{"description":"Servers deployed in batches: [user@]host[:port] strings or objects overriding user, port, key-file and host keys.","oneOf":[{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string","description":"[user@]host[:port]"},"user":{"type":"string"},"port":{"type":["number","string"]},"key-file":{"type":"string"},"known-hosts":{"type":"string"},"app-dir":{"type":"string","description":"This host's app folder, when it differs."},"project-name":{"type":"string","description":"This host's Compose project name, when it differs."},"host-key-fingerprint":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}]}}}]}},{"type":"string"}]},"port":{"type":["number","string"],"description":"SSH port (default 22)."},"user":{"type":"string","description":"Login on the server."},"key-file":{"type":"string","description":"Private key file (the key itself is a secret: the ssh-key input or SHIPCHECK_SSH_KEY, never this file's content here)."},"known-hosts":{"type":"string","description":"known_hosts text or a file holding it."},"host-key-fingerprint":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"SHA256:... host key fingerprints."},"skip-host-key-verification":{"type":["boolean","string"],"description":"Accept any host key (warns)."},"jump-host":{"type":"string","description":"Bastion, [user@]host[:port]."},"connect-timeout":{"type":["number","string"],"description":"Seconds (default 20)."},"app-dir":{"type":"string","description":"App folder on the server (absolute or ~/...)."},"repo":{"type":"string","description":"Git URL or path the server fetches from."},"ref":{"type":"string","description":"Full commit SHA (the action defaults to GITHUB_SHA)."},"compose-file":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Compose files inside the release (default docker-compose.yml)."},"project-name":{"type":"string","description":"Fixed Compose project name (default: the app-dir folder name)."},"shared-files":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Release paths linked to shared/ (default .env)."},"env":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Environment variable names passed to the remote commands (masked)."},"health-url":{"type":"string","description":"URL that must answer 2xx before the switch."},"health-command":{"type":"string","description":"Command on the server; exit 0 = healthy."},"health-timeout":{"type":["number","string"],"description":"Seconds (default 120)."},"migrate-command":{"type":"string","description":"Run in the new release before up."},"backup-database-url":{"type":"string","description":"mysql://user:${DB_PASSWORD}@host:port/db as the server sees it; use ${NAME} for the password."},"backup-service":{"type":"string","description":"Compose service (the db container) mysqldump runs in, instead of on the host."},"backup-keep":{"type":["number","string"],"description":"Backups kept (default 5)."},"keep":{"type":["number","string"],"description":"Releases kept (default 5, at least 2)."},"lock-timeout":{"type":["number","string"],"description":"Seconds to wait for the lock (default 600)."},"lock-stale-after":{"type":["number","string"],"description":"Seconds after which a lock is taken over (default 3600)."},"command-timeout":{"type":["number","string"],"description":"Seconds per remote step (default 1800)."},"batch-size":{"type":["number","string"],"description":"Hosts at once: a count or a percentage like 25%."},"canary":{"type":["boolean","string"],"description":"First host alone before the others."},"rollback-to":{"type":"string","description":"previous or a full SHA: roll back instead of deploying."}}},"post-deploy-verify":{"description":"Inputs of the post-deploy-verify action (docs/post-deploy-verify.md).","type":"object","additionalProperties":false,"properties":{"spec":{"type":"string","description":"A YAML spec file (same shape as verify:)."},"base-url":{"type":"string","description":"Base URL for the spec's paths."},"url":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"URLs that must answer 2xx."},"wait-url":{"type":"string","description":"Readiness URL."},"wait-timeout":{"type":["number","string"],"description":"Seconds (default 120)."},"tls":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"HOST:PORT to profile."},"ca-file":{"type":"string","description":"CA file to trust."},"min-days":{"type":["number","string"],"description":"Certificate days that fail (default 7)."},"redirect":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"http URLs that must redirect to https."},"upload":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Upload URLs (the 陈熙蕾.docx check)."},"expect-sha":{"type":"string","description":"The commit the server must run."},"version-url":{"type":"string","description":"Where the app reports its commit."},"resources":{"type":["boolean","string"],"description":"Check the host over SSH."},"database-url":{"type":"string","description":"mysql:// URL that must answer SELECT 1; use ${NAME} for the password."},"app-dir":{"type":"string","description":"The app folder on the server."},"concurrency":{"type":["number","string"],"description":"Checks at once (default 8)."},"timeout":{"type":["number","string"],"description":"Seconds per request (default 10)."},"junit-file":{"type":"string","description":"JUnit XML output."},"host":{"type":"string","description":"The server, [user@]host[:port]. Default: the ssh-deploy section's."},"hosts":{"description":"Servers deployed in batches: [user@]host[:port] strings or objects overriding user, port, key-file and host keys. Default: the ssh-deploy section's.","oneOf":[{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string","description":"[user@]host[:port]"},"user":{"type":"string"},"port":{"type":["number","string"]},"key-file":{"type":"string"},"known-hosts":{"type":"string"},"app-dir":{"type":"string","description":"This host's app folder, when it differs."},"project-name":{"type":"string","description":"This host's Compose project name, when it differs."},"host-key-fingerprint":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}]}}}]}},{"type":"string"}]},"port":{"type":["number","string"],"description":"SSH port (default 22). Default: the ssh-deploy section's."},"user":{"type":"string","description":"Login on the server. Default: the ssh-deploy section's."},"key-file":{"type":"string","description":"Private key file (the key itself is a secret: the ssh-key input or SHIPCHECK_SSH_KEY, never this file's content here). Default: the ssh-deploy section's."},"known-hosts":{"type":"string","description":"known_hosts text or a file holding it. Default: the ssh-deploy section's."},"host-key-fingerprint":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"SHA256:... host key fingerprints. Default: the ssh-deploy section's."},"skip-host-key-verification":{"type":["boolean","string"],"description":"Accept any host key (warns). Default: the ssh-deploy section's."},"jump-host":{"type":"string","description":"Bastion, [user@]host[:port]. Default: the ssh-deploy section's."},"connect-timeout":{"type":["number","string"],"description":"Seconds (default 20). Default: the ssh-deploy section's."}}},"verify":{"description":"The post-deploy checklist: base-url, wait, checks, tls, redirects, uploads, version, resources, database, concurrency, timeout, ca-file (docs/post-deploy-verify.md). Validated when post-deploy-verify runs, with the key path in every error.","type":"object"}},"definitions":{"fail-on":{"description":"The lowest severity that fails the check.","enum":["error","warning","notice","never"]}}};const schema12 = {"description":"The lowest severity that fails the check.","enum":["error","warning","notice","never"]};const func3 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/shipcheck/shipcheck/blob/main/src/config/shipcheck.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "fail-on") || (key0 === "checks")) || (key0 === "lint-requirements")) || (key0 === "schema-compare")) || (key0 === "docker-build-test")) || (key0 === "ssh-deploy")) || (key0 === "post-deploy-verify")) || (key0 === "verify"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data["fail-on"] !== undefined){let data0 = data["fail-on"];if(!((((data0 === "error") || (data0 === "warning")) || (data0 === "notice")) || (data0 === "never"))){const err1 = {instancePath:instancePath+"/fail-on",schemaPath:"#/definitions/fail-on/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values",schema:schema12.enum,parentSchema:schema12,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.checks !== undefined){let data1 = data.checks;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(!(((data2 === "lint-requirements") || (data2 === "schema-compare")) || (data2 === "docker-build-test"))){const err2 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.checks.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.checks.items.enum,parentSchema:schema11.properties.checks.items,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}let i1 = data1.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data1[i1], data1[j0])){const err3 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.checks,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;break outer0;}}}}}else {const err4 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.checks.type,parentSchema:schema11.properties.checks,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data["lint-requirements"] !== undefined){let data3 = data["lint-requirements"];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!(func3.call(schema11.properties["lint-requirements"].properties, key1))){const err5 = {instancePath:instancePath+"/lint-requirements",schemaPath:"#/properties/lint-requirements/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties["lint-requirements"],data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data3.requirements !== undefined){let data4 = data3.requirements;const _errs11 = errors;let valid6 = false;let passing0 = null;const _errs12 = errors;if(Array.isArray(data4)){const len1 = data4.length;for(let i2=0; i2<len1; i2++){let data5 = data4[i2];if(typeof data5 !== "string"){const err6 = {instancePath:instancePath+"/lint-requirements/requirements/" + i2,schemaPath:"#/properties/lint-requirements/properties/requirements/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties.requirements.oneOf[0].items.type,parentSchema:schema11.properties["lint-requirements"].properties.requirements.oneOf[0].items,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/lint-requirements/requirements",schemaPath:"#/properties/lint-requirements/properties/requirements/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["lint-requirements"].properties.requirements.oneOf[0].type,parentSchema:schema11.properties["lint-requirements"].properties.requirements.oneOf[0],data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs12 === errors;if(_valid0){valid6 = true;passing0 = 0;}const _errs16 = errors;if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/lint-requirements/requirements",schemaPath:"#/properties/lint-requirements/properties/requirements/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties.requirements.oneOf[1].type,parentSchema:schema11.properties["lint-requirements"].properties.requirements.oneOf[1],data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs16 === errors;if(_valid0 && valid6){valid6 = false;passing0 = [passing0, 1];}else {if(_valid0){valid6 = true;passing0 = 1;}}if(!valid6){const err9 = {instancePath:instancePath+"/lint-requirements/requirements",schemaPath:"#/properties/lint-requirements/properties/requirements/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties["lint-requirements"].properties.requirements.oneOf,parentSchema:schema11.properties["lint-requirements"].properties.requirements,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}else {errors = _errs11;if(vErrors !== null){if(_errs11){vErrors.length = _errs11;}else {vErrors = null;}}}}if(data3["python-version"] !== undefined){let data6 = data3["python-version"];if((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))){const err10 = {instancePath:instancePath+"/lint-requirements/python-version",schemaPath:"#/properties/lint-requirements/properties/python-version/type",keyword:"type",params:{type: schema11.properties["lint-requirements"].properties["python-version"].type},message:"must be string,number",schema:schema11.properties["lint-requirements"].properties["python-version"].type,parentSchema:schema11.properties["lint-requirements"].properties["python-version"],data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.dockerfile !== undefined){let data7 = data3.dockerfile;if(typeof data7 !== "string"){const err11 = {instancePath:instancePath+"/lint-requirements/dockerfile",schemaPath:"#/properties/lint-requirements/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties.dockerfile.type,parentSchema:schema11.properties["lint-requirements"].properties.dockerfile,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3["require-pins"] !== undefined){let data8 = data3["require-pins"];if(typeof data8 !== "boolean"){const err12 = {instancePath:instancePath+"/lint-requirements/require-pins",schemaPath:"#/properties/lint-requirements/properties/require-pins/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["lint-requirements"].properties["require-pins"].type,parentSchema:schema11.properties["lint-requirements"].properties["require-pins"],data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data3.exclude !== undefined){let data9 = data3.exclude;const _errs25 = errors;let valid9 = false;let passing1 = null;const _errs26 = errors;if(Array.isArray(data9)){const len2 = data9.length;for(let i3=0; i3<len2; i3++){let data10 = data9[i3];if(typeof data10 !== "string"){const err13 = {instancePath:instancePath+"/lint-requirements/exclude/" + i3,schemaPath:"#/properties/lint-requirements/properties/exclude/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties.exclude.oneOf[0].items.type,parentSchema:schema11.properties["lint-requirements"].properties.exclude.oneOf[0].items,data:data10};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/lint-requirements/exclude",schemaPath:"#/properties/lint-requirements/properties/exclude/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["lint-requirements"].properties.exclude.oneOf[0].type,parentSchema:schema11.properties["lint-requirements"].properties.exclude.oneOf[0],data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}var _valid1 = _errs26 === errors;if(_valid1){valid9 = true;passing1 = 0;}const _errs30 = errors;if(typeof data9 !== "string"){const err15 = {instancePath:instancePath+"/lint-requirements/exclude",schemaPath:"#/properties/lint-requirements/properties/exclude/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties.exclude.oneOf[1].type,parentSchema:schema11.properties["lint-requirements"].properties.exclude.oneOf[1],data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid1 = _errs30 === errors;if(_valid1 && valid9){valid9 = false;passing1 = [passing1, 1];}else {if(_valid1){valid9 = true;passing1 = 1;}}if(!valid9){const err16 = {instancePath:instancePath+"/lint-requirements/exclude",schemaPath:"#/properties/lint-requirements/properties/exclude/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema11.properties["lint-requirements"].properties.exclude.oneOf,parentSchema:schema11.properties["lint-requirements"].properties.exclude,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs25;if(vErrors !== null){if(_errs25){vErrors.length = _errs25;}else {vErrors = null;}}}}if(data3["first-party"] !== undefined){let data11 = data3["first-party"];const _errs33 = errors;let valid12 = false;let passing2 = null;const _errs34 = errors;if(Array.isArray(data11)){const len3 = data11.length;for(let i4=0; i4<len3; i4++){let data12 = data11[i4];if(typeof data12 !== "string"){const err17 = {instancePath:instancePath+"/lint-requirements/first-party/" + i4,schemaPath:"#/properties/lint-requirements/properties/first-party/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties["first-party"].oneOf[0].items.type,parentSchema:schema11.properties["lint-requirements"].properties["first-party"].oneOf[0].items,data:data12};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/lint-requirements/first-party",schemaPath:"#/properties/lint-requirements/properties/first-party/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["lint-requirements"].properties["first-party"].oneOf[0].type,parentSchema:schema11.properties["lint-requirements"].properties["first-party"].oneOf[0],data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}var _valid2 = _errs34 === errors;if(_valid2){valid12 = true;passing2 = 0;}const _errs38 = errors;if(typeof data11 !== "string"){const err19 = {instancePath:instancePath+"/lint-requirements/first-party",schemaPath:"#/properties/lint-requirements/properties/first-party/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties["first-party"].oneOf[1].type,parentSchema:schema11.properties["lint-requirements"].properties["first-party"].oneOf[1],data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}var _valid2 = _errs38 === errors;if(_valid2 && valid12){valid12 = false;passing2 = [passing2, 1];}else {if(_valid2){valid12 = true;passing2 = 1;}}if(!valid12){const err20 = {instancePath:instancePath+"/lint-requirements/first-party",schemaPath:"#/properties/lint-requirements/properties/first-party/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema11.properties["lint-requirements"].properties["first-party"].oneOf,parentSchema:schema11.properties["lint-requirements"].properties["first-party"],data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}else {errors = _errs33;if(vErrors !== null){if(_errs33){vErrors.length = _errs33;}else {vErrors = null;}}}}if(data3["import-map"] !== undefined){let data13 = data3["import-map"];if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key2 in data13){let data14 = data13[key2];const _errs44 = errors;let valid16 = false;let passing3 = null;const _errs45 = errors;if(typeof data14 !== "string"){const err21 = {instancePath:instancePath+"/lint-requirements/import-map/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/lint-requirements/properties/import-map/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties["import-map"].additionalProperties.oneOf[0].type,parentSchema:schema11.properties["lint-requirements"].properties["import-map"].additionalProperties.oneOf[0],data:data14};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}var _valid3 = _errs45 === errors;if(_valid3){valid16 = true;passing3 = 0;}const _errs47 = errors;if(Array.isArray(data14)){const len4 = data14.length;for(let i5=0; i5<len4; i5++){let data15 = data14[i5];if(typeof data15 !== "string"){const err22 = {instancePath:instancePath+"/lint-requirements/import-map/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i5,schemaPath:"#/properties/lint-requirements/properties/import-map/additionalProperties/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties["import-map"].additionalProperties.oneOf[1].items.type,parentSchema:schema11.properties["lint-requirements"].properties["import-map"].additionalProperties.oneOf[1].items,data:data15};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/lint-requirements/import-map/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/lint-requirements/properties/import-map/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["lint-requirements"].properties["import-map"].additionalProperties.oneOf[1].type,parentSchema:schema11.properties["lint-requirements"].properties["import-map"].additionalProperties.oneOf[1],data:data14};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}var _valid3 = _errs47 === errors;if(_valid3 && valid16){valid16 = false;passing3 = [passing3, 1];}else {if(_valid3){valid16 = true;passing3 = 1;}}if(!valid16){const err24 = {instancePath:instancePath+"/lint-requirements/import-map/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/lint-requirements/properties/import-map/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema11.properties["lint-requirements"].properties["import-map"].additionalProperties.oneOf,parentSchema:schema11.properties["lint-requirements"].properties["import-map"].additionalProperties,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}else {errors = _errs44;if(vErrors !== null){if(_errs44){vErrors.length = _errs44;}else {vErrors = null;}}}}}else {const err25 = {instancePath:instancePath+"/lint-requirements/import-map",schemaPath:"#/properties/lint-requirements/properties/import-map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties["lint-requirements"].properties["import-map"].type,parentSchema:schema11.properties["lint-requirements"].properties["import-map"],data:data13};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data3["allow-unused"] !== undefined){let data16 = data3["allow-unused"];const _errs52 = errors;let valid19 = false;let passing4 = null;const _errs53 = errors;if(Array.isArray(data16)){const len5 = data16.length;for(let i6=0; i6<len5; i6++){let data17 = data16[i6];if(typeof data17 !== "string"){const err26 = {instancePath:instancePath+"/lint-requirements/allow-unused/" + i6,schemaPath:"#/properties/lint-requirements/properties/allow-unused/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties["allow-unused"].oneOf[0].items.type,parentSchema:schema11.properties["lint-requirements"].properties["allow-unused"].oneOf[0].items,data:data17};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/lint-requirements/allow-unused",schemaPath:"#/properties/lint-requirements/properties/allow-unused/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["lint-requirements"].properties["allow-unused"].oneOf[0].type,parentSchema:schema11.properties["lint-requirements"].properties["allow-unused"].oneOf[0],data:data16};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}var _valid4 = _errs53 === errors;if(_valid4){valid19 = true;passing4 = 0;}const _errs57 = errors;if(typeof data16 !== "string"){const err28 = {instancePath:instancePath+"/lint-requirements/allow-unused",schemaPath:"#/properties/lint-requirements/properties/allow-unused/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties["allow-unused"].oneOf[1].type,parentSchema:schema11.properties["lint-requirements"].properties["allow-unused"].oneOf[1],data:data16};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var _valid4 = _errs57 === errors;if(_valid4 && valid19){valid19 = false;passing4 = [passing4, 1];}else {if(_valid4){valid19 = true;passing4 = 1;}}if(!valid19){const err29 = {instancePath:instancePath+"/lint-requirements/allow-unused",schemaPath:"#/properties/lint-requirements/properties/allow-unused/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema11.properties["lint-requirements"].properties["allow-unused"].oneOf,parentSchema:schema11.properties["lint-requirements"].properties["allow-unused"],data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}else {errors = _errs52;if(vErrors !== null){if(_errs52){vErrors.length = _errs52;}else {vErrors = null;}}}}if(data3["site-packages"] !== undefined){let data18 = data3["site-packages"];if(typeof data18 !== "string"){const err30 = {instancePath:instancePath+"/lint-requirements/site-packages",schemaPath:"#/properties/lint-requirements/properties/site-packages/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties["site-packages"].type,parentSchema:schema11.properties["lint-requirements"].properties["site-packages"],data:data18};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data3.online !== undefined){let data19 = data3.online;if(typeof data19 !== "boolean"){const err31 = {instancePath:instancePath+"/lint-requirements/online",schemaPath:"#/properties/lint-requirements/properties/online/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["lint-requirements"].properties.online.type,parentSchema:schema11.properties["lint-requirements"].properties.online,data:data19};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data3["pypi-url"] !== undefined){let data20 = data3["pypi-url"];if(typeof data20 !== "string"){const err32 = {instancePath:instancePath+"/lint-requirements/pypi-url",schemaPath:"#/properties/lint-requirements/properties/pypi-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties["pypi-url"].type,parentSchema:schema11.properties["lint-requirements"].properties["pypi-url"],data:data20};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data3["osv-url"] !== undefined){let data21 = data3["osv-url"];if(typeof data21 !== "string"){const err33 = {instancePath:instancePath+"/lint-requirements/osv-url",schemaPath:"#/properties/lint-requirements/properties/osv-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["lint-requirements"].properties["osv-url"].type,parentSchema:schema11.properties["lint-requirements"].properties["osv-url"],data:data21};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data3.timeout !== undefined){let data22 = data3.timeout;if(!((typeof data22 == "number") && (isFinite(data22)))){const err34 = {instancePath:instancePath+"/lint-requirements/timeout",schemaPath:"#/properties/lint-requirements/properties/timeout/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["lint-requirements"].properties.timeout.type,parentSchema:schema11.properties["lint-requirements"].properties.timeout,data:data22};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/lint-requirements",schemaPath:"#/properties/lint-requirements/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties["lint-requirements"].type,parentSchema:schema11.properties["lint-requirements"],data:data3};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data["schema-compare"] !== undefined){let data23 = data["schema-compare"];if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key3 in data23){if(!(func3.call(schema11.properties["schema-compare"].properties, key3))){const err36 = {instancePath:instancePath+"/schema-compare",schemaPath:"#/properties/schema-compare/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties["schema-compare"],data:data23};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data23.reference !== undefined){let data24 = data23.reference;if(typeof data24 !== "string"){const err37 = {instancePath:instancePath+"/schema-compare/reference",schemaPath:"#/properties/schema-compare/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties.reference.type,parentSchema:schema11.properties["schema-compare"].properties.reference,data:data24};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data23.target !== undefined){let data25 = data23.target;if(typeof data25 !== "string"){const err38 = {instancePath:instancePath+"/schema-compare/target",schemaPath:"#/properties/schema-compare/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties.target.type,parentSchema:schema11.properties["schema-compare"].properties.target,data:data25};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data23.ignore !== undefined){let data26 = data23.ignore;const _errs77 = errors;let valid23 = false;let passing5 = null;const _errs78 = errors;if(Array.isArray(data26)){const len6 = data26.length;for(let i7=0; i7<len6; i7++){let data27 = data26[i7];if(typeof data27 !== "string"){const err39 = {instancePath:instancePath+"/schema-compare/ignore/" + i7,schemaPath:"#/properties/schema-compare/properties/ignore/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties.ignore.oneOf[0].items.type,parentSchema:schema11.properties["schema-compare"].properties.ignore.oneOf[0].items,data:data27};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/schema-compare/ignore",schemaPath:"#/properties/schema-compare/properties/ignore/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["schema-compare"].properties.ignore.oneOf[0].type,parentSchema:schema11.properties["schema-compare"].properties.ignore.oneOf[0],data:data26};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}var _valid5 = _errs78 === errors;if(_valid5){valid23 = true;passing5 = 0;}const _errs82 = errors;if(typeof data26 !== "string"){const err41 = {instancePath:instancePath+"/schema-compare/ignore",schemaPath:"#/properties/schema-compare/properties/ignore/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties.ignore.oneOf[1].type,parentSchema:schema11.properties["schema-compare"].properties.ignore.oneOf[1],data:data26};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}var _valid5 = _errs82 === errors;if(_valid5 && valid23){valid23 = false;passing5 = [passing5, 1];}else {if(_valid5){valid23 = true;passing5 = 1;}}if(!valid23){const err42 = {instancePath:instancePath+"/schema-compare/ignore",schemaPath:"#/properties/schema-compare/properties/ignore/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema11.properties["schema-compare"].properties.ignore.oneOf,parentSchema:schema11.properties["schema-compare"].properties.ignore,data:data26};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}else {errors = _errs77;if(vErrors !== null){if(_errs77){vErrors.length = _errs77;}else {vErrors = null;}}}}if(data23["fix-sql"] !== undefined){let data28 = data23["fix-sql"];if(typeof data28 !== "string"){const err43 = {instancePath:instancePath+"/schema-compare/fix-sql",schemaPath:"#/properties/schema-compare/properties/fix-sql/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties["fix-sql"].type,parentSchema:schema11.properties["schema-compare"].properties["fix-sql"],data:data28};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data23["allow-destructive"] !== undefined){let data29 = data23["allow-destructive"];if(typeof data29 !== "boolean"){const err44 = {instancePath:instancePath+"/schema-compare/allow-destructive",schemaPath:"#/properties/schema-compare/properties/allow-destructive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["schema-compare"].properties["allow-destructive"].type,parentSchema:schema11.properties["schema-compare"].properties["allow-destructive"],data:data29};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data23.timeout !== undefined){let data30 = data23.timeout;if(!((typeof data30 == "number") && (isFinite(data30)))){const err45 = {instancePath:instancePath+"/schema-compare/timeout",schemaPath:"#/properties/schema-compare/properties/timeout/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["schema-compare"].properties.timeout.type,parentSchema:schema11.properties["schema-compare"].properties.timeout,data:data30};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data23.migrations !== undefined){let data31 = data23.migrations;if(typeof data31 !== "string"){const err46 = {instancePath:instancePath+"/schema-compare/migrations",schemaPath:"#/properties/schema-compare/properties/migrations/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties.migrations.type,parentSchema:schema11.properties["schema-compare"].properties.migrations,data:data31};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data23.baseline !== undefined){let data32 = data23.baseline;if(typeof data32 !== "string"){const err47 = {instancePath:instancePath+"/schema-compare/baseline",schemaPath:"#/properties/schema-compare/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties.baseline.type,parentSchema:schema11.properties["schema-compare"].properties.baseline,data:data32};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data23.workspace !== undefined){let data33 = data23.workspace;if(typeof data33 !== "string"){const err48 = {instancePath:instancePath+"/schema-compare/workspace",schemaPath:"#/properties/schema-compare/properties/workspace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties.workspace.type,parentSchema:schema11.properties["schema-compare"].properties.workspace,data:data33};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data23["target-via-ssh"] !== undefined){let data34 = data23["target-via-ssh"];if(typeof data34 !== "string"){const err49 = {instancePath:instancePath+"/schema-compare/target-via-ssh",schemaPath:"#/properties/schema-compare/properties/target-via-ssh/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties["target-via-ssh"].type,parentSchema:schema11.properties["schema-compare"].properties["target-via-ssh"],data:data34};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data23.user !== undefined){let data35 = data23.user;if(typeof data35 !== "string"){const err50 = {instancePath:instancePath+"/schema-compare/user",schemaPath:"#/properties/schema-compare/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties.user.type,parentSchema:schema11.properties["schema-compare"].properties.user,data:data35};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data23.port !== undefined){let data36 = data23.port;if((!((typeof data36 == "number") && (isFinite(data36)))) && (typeof data36 !== "string")){const err51 = {instancePath:instancePath+"/schema-compare/port",schemaPath:"#/properties/schema-compare/properties/port/type",keyword:"type",params:{type: schema11.properties["schema-compare"].properties.port.type},message:"must be number,string",schema:schema11.properties["schema-compare"].properties.port.type,parentSchema:schema11.properties["schema-compare"].properties.port,data:data36};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data23["key-file"] !== undefined){let data37 = data23["key-file"];if(typeof data37 !== "string"){const err52 = {instancePath:instancePath+"/schema-compare/key-file",schemaPath:"#/properties/schema-compare/properties/key-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties["key-file"].type,parentSchema:schema11.properties["schema-compare"].properties["key-file"],data:data37};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data23["known-hosts"] !== undefined){let data38 = data23["known-hosts"];if(typeof data38 !== "string"){const err53 = {instancePath:instancePath+"/schema-compare/known-hosts",schemaPath:"#/properties/schema-compare/properties/known-hosts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties["known-hosts"].type,parentSchema:schema11.properties["schema-compare"].properties["known-hosts"],data:data38};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data23["host-key-fingerprint"] !== undefined){let data39 = data23["host-key-fingerprint"];const _errs107 = errors;let valid26 = false;let passing6 = null;const _errs108 = errors;if(Array.isArray(data39)){const len7 = data39.length;for(let i8=0; i8<len7; i8++){let data40 = data39[i8];if(typeof data40 !== "string"){const err54 = {instancePath:instancePath+"/schema-compare/host-key-fingerprint/" + i8,schemaPath:"#/properties/schema-compare/properties/host-key-fingerprint/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties["host-key-fingerprint"].oneOf[0].items.type,parentSchema:schema11.properties["schema-compare"].properties["host-key-fingerprint"].oneOf[0].items,data:data40};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/schema-compare/host-key-fingerprint",schemaPath:"#/properties/schema-compare/properties/host-key-fingerprint/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["schema-compare"].properties["host-key-fingerprint"].oneOf[0].type,parentSchema:schema11.properties["schema-compare"].properties["host-key-fingerprint"].oneOf[0],data:data39};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}var _valid6 = _errs108 === errors;if(_valid6){valid26 = true;passing6 = 0;}const _errs112 = errors;if(typeof data39 !== "string"){const err56 = {instancePath:instancePath+"/schema-compare/host-key-fingerprint",schemaPath:"#/properties/schema-compare/properties/host-key-fingerprint/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties["host-key-fingerprint"].oneOf[1].type,parentSchema:schema11.properties["schema-compare"].properties["host-key-fingerprint"].oneOf[1],data:data39};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}var _valid6 = _errs112 === errors;if(_valid6 && valid26){valid26 = false;passing6 = [passing6, 1];}else {if(_valid6){valid26 = true;passing6 = 1;}}if(!valid26){const err57 = {instancePath:instancePath+"/schema-compare/host-key-fingerprint",schemaPath:"#/properties/schema-compare/properties/host-key-fingerprint/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema11.properties["schema-compare"].properties["host-key-fingerprint"].oneOf,parentSchema:schema11.properties["schema-compare"].properties["host-key-fingerprint"],data:data39};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}else {errors = _errs107;if(vErrors !== null){if(_errs107){vErrors.length = _errs107;}else {vErrors = null;}}}}if(data23["skip-host-key-verification"] !== undefined){let data41 = data23["skip-host-key-verification"];if((typeof data41 !== "boolean") && (typeof data41 !== "string")){const err58 = {instancePath:instancePath+"/schema-compare/skip-host-key-verification",schemaPath:"#/properties/schema-compare/properties/skip-host-key-verification/type",keyword:"type",params:{type: schema11.properties["schema-compare"].properties["skip-host-key-verification"].type},message:"must be boolean,string",schema:schema11.properties["schema-compare"].properties["skip-host-key-verification"].type,parentSchema:schema11.properties["schema-compare"].properties["skip-host-key-verification"],data:data41};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data23["jump-host"] !== undefined){let data42 = data23["jump-host"];if(typeof data42 !== "string"){const err59 = {instancePath:instancePath+"/schema-compare/jump-host",schemaPath:"#/properties/schema-compare/properties/jump-host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["schema-compare"].properties["jump-host"].type,parentSchema:schema11.properties["schema-compare"].properties["jump-host"],data:data42};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data23["connect-timeout"] !== undefined){let data43 = data23["connect-timeout"];if((!((typeof data43 == "number") && (isFinite(data43)))) && (typeof data43 !== "string")){const err60 = {instancePath:instancePath+"/schema-compare/connect-timeout",schemaPath:"#/properties/schema-compare/properties/connect-timeout/type",keyword:"type",params:{type: schema11.properties["schema-compare"].properties["connect-timeout"].type},message:"must be number,string",schema:schema11.properties["schema-compare"].properties["connect-timeout"].type,parentSchema:schema11.properties["schema-compare"].properties["connect-timeout"],data:data43};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/schema-compare",schemaPath:"#/properties/schema-compare/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties["schema-compare"].type,parentSchema:schema11.properties["schema-compare"],data:data23};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data["docker-build-test"] !== undefined){let data44 = data["docker-build-test"];if(data44 && typeof data44 == "object" && !Array.isArray(data44)){for(const key4 in data44){if(!(func3.call(schema11.properties["docker-build-test"].properties, key4))){const err62 = {instancePath:instancePath+"/docker-build-test",schemaPath:"#/properties/docker-build-test/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties["docker-build-test"],data:data44};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data44.dockerfile !== undefined){let data45 = data44.dockerfile;if(typeof data45 !== "string"){const err63 = {instancePath:instancePath+"/docker-build-test/dockerfile",schemaPath:"#/properties/docker-build-test/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.dockerfile.type,parentSchema:schema11.properties["docker-build-test"].properties.dockerfile,data:data45};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data44.context !== undefined){let data46 = data44.context;if(typeof data46 !== "string"){const err64 = {instancePath:instancePath+"/docker-build-test/context",schemaPath:"#/properties/docker-build-test/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.context.type,parentSchema:schema11.properties["docker-build-test"].properties.context,data:data46};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data44["compose-files"] !== undefined){let data47 = data44["compose-files"];const _errs128 = errors;let valid30 = false;let passing7 = null;const _errs129 = errors;if(Array.isArray(data47)){const len8 = data47.length;for(let i9=0; i9<len8; i9++){let data48 = data47[i9];if(typeof data48 !== "string"){const err65 = {instancePath:instancePath+"/docker-build-test/compose-files/" + i9,schemaPath:"#/properties/docker-build-test/properties/compose-files/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["compose-files"].oneOf[0].items.type,parentSchema:schema11.properties["docker-build-test"].properties["compose-files"].oneOf[0].items,data:data48};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/docker-build-test/compose-files",schemaPath:"#/properties/docker-build-test/properties/compose-files/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["docker-build-test"].properties["compose-files"].oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties["compose-files"].oneOf[0],data:data47};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}var _valid7 = _errs129 === errors;if(_valid7){valid30 = true;passing7 = 0;}const _errs133 = errors;if(typeof data47 !== "string"){const err67 = {instancePath:instancePath+"/docker-build-test/compose-files",schemaPath:"#/properties/docker-build-test/properties/compose-files/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["compose-files"].oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties["compose-files"].oneOf[1],data:data47};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}var _valid7 = _errs133 === errors;if(_valid7 && valid30){valid30 = false;passing7 = [passing7, 1];}else {if(_valid7){valid30 = true;passing7 = 1;}}if(!valid30){const err68 = {instancePath:instancePath+"/docker-build-test/compose-files",schemaPath:"#/properties/docker-build-test/properties/compose-files/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties["compose-files"].oneOf,parentSchema:schema11.properties["docker-build-test"].properties["compose-files"],data:data47};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}else {errors = _errs128;if(vErrors !== null){if(_errs128){vErrors.length = _errs128;}else {vErrors = null;}}}}if(data44["compose-override"] !== undefined){let data49 = data44["compose-override"];if(typeof data49 !== "string"){const err69 = {instancePath:instancePath+"/docker-build-test/compose-override",schemaPath:"#/properties/docker-build-test/properties/compose-override/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["compose-override"].type,parentSchema:schema11.properties["docker-build-test"].properties["compose-override"],data:data49};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data44.service !== undefined){let data50 = data44.service;if(typeof data50 !== "string"){const err70 = {instancePath:instancePath+"/docker-build-test/service",schemaPath:"#/properties/docker-build-test/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.service.type,parentSchema:schema11.properties["docker-build-test"].properties.service,data:data50};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data44["host-memory"] !== undefined){let data51 = data44["host-memory"];const _errs140 = errors;let valid33 = false;let passing8 = null;const _errs141 = errors;if(typeof data51 === "string"){if(!pattern0.test(data51)){const err71 = {instancePath:instancePath+"/docker-build-test/host-memory",schemaPath:"#/properties/docker-build-test/properties/host-memory/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$"},message:"must match pattern \""+"^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$"+"\"",schema:"^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$",parentSchema:schema11.properties["docker-build-test"].properties["host-memory"].oneOf[0],data:data51};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}else {const err72 = {instancePath:instancePath+"/docker-build-test/host-memory",schemaPath:"#/properties/docker-build-test/properties/host-memory/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["host-memory"].oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties["host-memory"].oneOf[0],data:data51};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}var _valid8 = _errs141 === errors;if(_valid8){valid33 = true;passing8 = 0;}const _errs143 = errors;if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){const err73 = {instancePath:instancePath+"/docker-build-test/host-memory",schemaPath:"#/properties/docker-build-test/properties/host-memory/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties["docker-build-test"].properties["host-memory"].oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties["host-memory"].oneOf[1],data:data51};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if((typeof data51 == "number") && (isFinite(data51))){if(data51 < 1 || isNaN(data51)){const err74 = {instancePath:instancePath+"/docker-build-test/host-memory",schemaPath:"#/properties/docker-build-test/properties/host-memory/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties["docker-build-test"].properties["host-memory"].oneOf[1],data:data51};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}var _valid8 = _errs143 === errors;if(_valid8 && valid33){valid33 = false;passing8 = [passing8, 1];}else {if(_valid8){valid33 = true;passing8 = 1;}}if(!valid33){const err75 = {instancePath:instancePath+"/docker-build-test/host-memory",schemaPath:"#/properties/docker-build-test/properties/host-memory/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties["host-memory"].oneOf,parentSchema:schema11.properties["docker-build-test"].properties["host-memory"],data:data51};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}else {errors = _errs140;if(vErrors !== null){if(_errs140){vErrors.length = _errs140;}else {vErrors = null;}}}}if(data44["memory-headroom"] !== undefined){let data52 = data44["memory-headroom"];const _errs146 = errors;let valid34 = false;let passing9 = null;const _errs147 = errors;if(typeof data52 === "string"){if(!pattern0.test(data52)){const err76 = {instancePath:instancePath+"/docker-build-test/memory-headroom",schemaPath:"#/properties/docker-build-test/properties/memory-headroom/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$"},message:"must match pattern \""+"^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$"+"\"",schema:"^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$",parentSchema:schema11.properties["docker-build-test"].properties["memory-headroom"].oneOf[0],data:data52};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/docker-build-test/memory-headroom",schemaPath:"#/properties/docker-build-test/properties/memory-headroom/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["memory-headroom"].oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties["memory-headroom"].oneOf[0],data:data52};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}var _valid9 = _errs147 === errors;if(_valid9){valid34 = true;passing9 = 0;}const _errs149 = errors;if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){const err78 = {instancePath:instancePath+"/docker-build-test/memory-headroom",schemaPath:"#/properties/docker-build-test/properties/memory-headroom/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties["docker-build-test"].properties["memory-headroom"].oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties["memory-headroom"].oneOf[1],data:data52};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if((typeof data52 == "number") && (isFinite(data52))){if(data52 < 1 || isNaN(data52)){const err79 = {instancePath:instancePath+"/docker-build-test/memory-headroom",schemaPath:"#/properties/docker-build-test/properties/memory-headroom/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties["docker-build-test"].properties["memory-headroom"].oneOf[1],data:data52};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}var _valid9 = _errs149 === errors;if(_valid9 && valid34){valid34 = false;passing9 = [passing9, 1];}else {if(_valid9){valid34 = true;passing9 = 1;}}if(!valid34){const err80 = {instancePath:instancePath+"/docker-build-test/memory-headroom",schemaPath:"#/properties/docker-build-test/properties/memory-headroom/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties["memory-headroom"].oneOf,parentSchema:schema11.properties["docker-build-test"].properties["memory-headroom"],data:data52};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}else {errors = _errs146;if(vErrors !== null){if(_errs146){vErrors.length = _errs146;}else {vErrors = null;}}}}if(data44.build !== undefined){let data53 = data44.build;const _errs152 = errors;let valid35 = false;let passing10 = null;const _errs153 = errors;if(typeof data53 !== "boolean"){const err81 = {instancePath:instancePath+"/docker-build-test/build",schemaPath:"#/properties/docker-build-test/properties/build/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["docker-build-test"].properties.build.oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties.build.oneOf[0],data:data53};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}var _valid10 = _errs153 === errors;if(_valid10){valid35 = true;passing10 = 0;}const _errs155 = errors;if(typeof data53 !== "string"){const err82 = {instancePath:instancePath+"/docker-build-test/build",schemaPath:"#/properties/docker-build-test/properties/build/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.build.oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties.build.oneOf[1],data:data53};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}var _valid10 = _errs155 === errors;if(_valid10 && valid35){valid35 = false;passing10 = [passing10, 1];}else {if(_valid10){valid35 = true;passing10 = 1;}}if(!valid35){const err83 = {instancePath:instancePath+"/docker-build-test/build",schemaPath:"#/properties/docker-build-test/properties/build/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties.build.oneOf,parentSchema:schema11.properties["docker-build-test"].properties.build,data:data53};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}else {errors = _errs152;if(vErrors !== null){if(_errs152){vErrors.length = _errs152;}else {vErrors = null;}}}}if(data44.smoke !== undefined){let data54 = data44.smoke;const _errs158 = errors;let valid36 = false;let passing11 = null;const _errs159 = errors;if(typeof data54 !== "boolean"){const err84 = {instancePath:instancePath+"/docker-build-test/smoke",schemaPath:"#/properties/docker-build-test/properties/smoke/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["docker-build-test"].properties.smoke.oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties.smoke.oneOf[0],data:data54};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}var _valid11 = _errs159 === errors;if(_valid11){valid36 = true;passing11 = 0;}const _errs161 = errors;if(typeof data54 !== "string"){const err85 = {instancePath:instancePath+"/docker-build-test/smoke",schemaPath:"#/properties/docker-build-test/properties/smoke/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.smoke.oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties.smoke.oneOf[1],data:data54};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}var _valid11 = _errs161 === errors;if(_valid11 && valid36){valid36 = false;passing11 = [passing11, 1];}else {if(_valid11){valid36 = true;passing11 = 1;}}if(!valid36){const err86 = {instancePath:instancePath+"/docker-build-test/smoke",schemaPath:"#/properties/docker-build-test/properties/smoke/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties.smoke.oneOf,parentSchema:schema11.properties["docker-build-test"].properties.smoke,data:data54};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}else {errors = _errs158;if(vErrors !== null){if(_errs158){vErrors.length = _errs158;}else {vErrors = null;}}}}if(data44["compose-up"] !== undefined){let data55 = data44["compose-up"];const _errs164 = errors;let valid37 = false;let passing12 = null;const _errs165 = errors;if(typeof data55 !== "boolean"){const err87 = {instancePath:instancePath+"/docker-build-test/compose-up",schemaPath:"#/properties/docker-build-test/properties/compose-up/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["docker-build-test"].properties["compose-up"].oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties["compose-up"].oneOf[0],data:data55};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}var _valid12 = _errs165 === errors;if(_valid12){valid37 = true;passing12 = 0;}const _errs167 = errors;if(typeof data55 !== "string"){const err88 = {instancePath:instancePath+"/docker-build-test/compose-up",schemaPath:"#/properties/docker-build-test/properties/compose-up/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["compose-up"].oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties["compose-up"].oneOf[1],data:data55};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}var _valid12 = _errs167 === errors;if(_valid12 && valid37){valid37 = false;passing12 = [passing12, 1];}else {if(_valid12){valid37 = true;passing12 = 1;}}if(!valid37){const err89 = {instancePath:instancePath+"/docker-build-test/compose-up",schemaPath:"#/properties/docker-build-test/properties/compose-up/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties["compose-up"].oneOf,parentSchema:schema11.properties["docker-build-test"].properties["compose-up"],data:data55};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}else {errors = _errs164;if(vErrors !== null){if(_errs164){vErrors.length = _errs164;}else {vErrors = null;}}}}if(data44.tag !== undefined){let data56 = data44.tag;if(typeof data56 !== "string"){const err90 = {instancePath:instancePath+"/docker-build-test/tag",schemaPath:"#/properties/docker-build-test/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.tag.type,parentSchema:schema11.properties["docker-build-test"].properties.tag,data:data56};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data44["build-args"] !== undefined){let data57 = data44["build-args"];const _errs172 = errors;let valid38 = false;let passing13 = null;const _errs173 = errors;if(data57 && typeof data57 == "object" && !Array.isArray(data57)){for(const key5 in data57){let data58 = data57[key5];if(((typeof data58 !== "string") && (!((typeof data58 == "number") && (isFinite(data58))))) && (typeof data58 !== "boolean")){const err91 = {instancePath:instancePath+"/docker-build-test/build-args/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/docker-build-test/properties/build-args/oneOf/0/additionalProperties/type",keyword:"type",params:{type: schema11.properties["docker-build-test"].properties["build-args"].oneOf[0].additionalProperties.type},message:"must be string,number,boolean",schema:schema11.properties["docker-build-test"].properties["build-args"].oneOf[0].additionalProperties.type,parentSchema:schema11.properties["docker-build-test"].properties["build-args"].oneOf[0].additionalProperties,data:data58};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}else {const err92 = {instancePath:instancePath+"/docker-build-test/build-args",schemaPath:"#/properties/docker-build-test/properties/build-args/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties["docker-build-test"].properties["build-args"].oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties["build-args"].oneOf[0],data:data57};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}var _valid13 = _errs173 === errors;if(_valid13){valid38 = true;passing13 = 0;}const _errs178 = errors;if(Array.isArray(data57)){const len9 = data57.length;for(let i10=0; i10<len9; i10++){let data59 = data57[i10];if(typeof data59 !== "string"){const err93 = {instancePath:instancePath+"/docker-build-test/build-args/" + i10,schemaPath:"#/properties/docker-build-test/properties/build-args/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["build-args"].oneOf[1].items.type,parentSchema:schema11.properties["docker-build-test"].properties["build-args"].oneOf[1].items,data:data59};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}}else {const err94 = {instancePath:instancePath+"/docker-build-test/build-args",schemaPath:"#/properties/docker-build-test/properties/build-args/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["docker-build-test"].properties["build-args"].oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties["build-args"].oneOf[1],data:data57};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}var _valid13 = _errs178 === errors;if(_valid13 && valid38){valid38 = false;passing13 = [passing13, 1];}else {if(_valid13){valid38 = true;passing13 = 1;}const _errs182 = errors;if(typeof data57 !== "string"){const err95 = {instancePath:instancePath+"/docker-build-test/build-args",schemaPath:"#/properties/docker-build-test/properties/build-args/oneOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["build-args"].oneOf[2].type,parentSchema:schema11.properties["docker-build-test"].properties["build-args"].oneOf[2],data:data57};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}var _valid13 = _errs182 === errors;if(_valid13 && valid38){valid38 = false;passing13 = [passing13, 2];}else {if(_valid13){valid38 = true;passing13 = 2;}}}if(!valid38){const err96 = {instancePath:instancePath+"/docker-build-test/build-args",schemaPath:"#/properties/docker-build-test/properties/build-args/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties["build-args"].oneOf,parentSchema:schema11.properties["docker-build-test"].properties["build-args"],data:data57};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}else {errors = _errs172;if(vErrors !== null){if(_errs172){vErrors.length = _errs172;}else {vErrors = null;}}}}if(data44.memory !== undefined){let data60 = data44.memory;const _errs185 = errors;let valid42 = false;let passing14 = null;const _errs186 = errors;if(typeof data60 === "string"){if(!pattern0.test(data60)){const err97 = {instancePath:instancePath+"/docker-build-test/memory",schemaPath:"#/properties/docker-build-test/properties/memory/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$"},message:"must match pattern \""+"^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$"+"\"",schema:"^\\s*(\\d+(\\.\\d+)?\\s*[bkmgtBKMGT]?(i?[bB])?|\\$\\{[^}]+\\})\\s*$",parentSchema:schema11.properties["docker-build-test"].properties.memory.oneOf[0],data:data60};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}else {const err98 = {instancePath:instancePath+"/docker-build-test/memory",schemaPath:"#/properties/docker-build-test/properties/memory/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.memory.oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties.memory.oneOf[0],data:data60};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}var _valid14 = _errs186 === errors;if(_valid14){valid42 = true;passing14 = 0;}const _errs188 = errors;if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){const err99 = {instancePath:instancePath+"/docker-build-test/memory",schemaPath:"#/properties/docker-build-test/properties/memory/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties["docker-build-test"].properties.memory.oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties.memory.oneOf[1],data:data60};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}if((typeof data60 == "number") && (isFinite(data60))){if(data60 < 1 || isNaN(data60)){const err100 = {instancePath:instancePath+"/docker-build-test/memory",schemaPath:"#/properties/docker-build-test/properties/memory/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties["docker-build-test"].properties.memory.oneOf[1],data:data60};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}var _valid14 = _errs188 === errors;if(_valid14 && valid42){valid42 = false;passing14 = [passing14, 1];}else {if(_valid14){valid42 = true;passing14 = 1;}}if(!valid42){const err101 = {instancePath:instancePath+"/docker-build-test/memory",schemaPath:"#/properties/docker-build-test/properties/memory/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties.memory.oneOf,parentSchema:schema11.properties["docker-build-test"].properties.memory,data:data60};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}else {errors = _errs185;if(vErrors !== null){if(_errs185){vErrors.length = _errs185;}else {vErrors = null;}}}}if(data44.cpus !== undefined){let data61 = data44.cpus;const _errs191 = errors;let valid43 = false;let passing15 = null;const _errs192 = errors;if(!((typeof data61 == "number") && (isFinite(data61)))){const err102 = {instancePath:instancePath+"/docker-build-test/cpus",schemaPath:"#/properties/docker-build-test/properties/cpus/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["docker-build-test"].properties.cpus.oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties.cpus.oneOf[0],data:data61};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}var _valid15 = _errs192 === errors;if(_valid15){valid43 = true;passing15 = 0;}const _errs194 = errors;if(typeof data61 !== "string"){const err103 = {instancePath:instancePath+"/docker-build-test/cpus",schemaPath:"#/properties/docker-build-test/properties/cpus/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.cpus.oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties.cpus.oneOf[1],data:data61};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}var _valid15 = _errs194 === errors;if(_valid15 && valid43){valid43 = false;passing15 = [passing15, 1];}else {if(_valid15){valid43 = true;passing15 = 1;}}if(!valid43){const err104 = {instancePath:instancePath+"/docker-build-test/cpus",schemaPath:"#/properties/docker-build-test/properties/cpus/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties.cpus.oneOf,parentSchema:schema11.properties["docker-build-test"].properties.cpus,data:data61};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}else {errors = _errs191;if(vErrors !== null){if(_errs191){vErrors.length = _errs191;}else {vErrors = null;}}}}if(data44.port !== undefined){let data62 = data44.port;const _errs197 = errors;let valid44 = false;let passing16 = null;const _errs198 = errors;if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){const err105 = {instancePath:instancePath+"/docker-build-test/port",schemaPath:"#/properties/docker-build-test/properties/port/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties["docker-build-test"].properties.port.oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties.port.oneOf[0],data:data62};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if((typeof data62 == "number") && (isFinite(data62))){if(data62 > 65535 || isNaN(data62)){const err106 = {instancePath:instancePath+"/docker-build-test/port",schemaPath:"#/properties/docker-build-test/properties/port/oneOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties["docker-build-test"].properties.port.oneOf[0],data:data62};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}if(data62 < 1 || isNaN(data62)){const err107 = {instancePath:instancePath+"/docker-build-test/port",schemaPath:"#/properties/docker-build-test/properties/port/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties["docker-build-test"].properties.port.oneOf[0],data:data62};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}var _valid16 = _errs198 === errors;if(_valid16){valid44 = true;passing16 = 0;}const _errs200 = errors;if(typeof data62 !== "string"){const err108 = {instancePath:instancePath+"/docker-build-test/port",schemaPath:"#/properties/docker-build-test/properties/port/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.port.oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties.port.oneOf[1],data:data62};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}var _valid16 = _errs200 === errors;if(_valid16 && valid44){valid44 = false;passing16 = [passing16, 1];}else {if(_valid16){valid44 = true;passing16 = 1;}}if(!valid44){const err109 = {instancePath:instancePath+"/docker-build-test/port",schemaPath:"#/properties/docker-build-test/properties/port/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties.port.oneOf,parentSchema:schema11.properties["docker-build-test"].properties.port,data:data62};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}else {errors = _errs197;if(vErrors !== null){if(_errs197){vErrors.length = _errs197;}else {vErrors = null;}}}}if(data44["health-path"] !== undefined){let data63 = data44["health-path"];if(typeof data63 !== "string"){const err110 = {instancePath:instancePath+"/docker-build-test/health-path",schemaPath:"#/properties/docker-build-test/properties/health-path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["health-path"].type,parentSchema:schema11.properties["docker-build-test"].properties["health-path"],data:data63};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data44["smoke-timeout"] !== undefined){let data64 = data44["smoke-timeout"];const _errs205 = errors;let valid45 = false;let passing17 = null;const _errs206 = errors;if(!((typeof data64 == "number") && (isFinite(data64)))){const err111 = {instancePath:instancePath+"/docker-build-test/smoke-timeout",schemaPath:"#/properties/docker-build-test/properties/smoke-timeout/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["docker-build-test"].properties["smoke-timeout"].oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties["smoke-timeout"].oneOf[0],data:data64};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}var _valid17 = _errs206 === errors;if(_valid17){valid45 = true;passing17 = 0;}const _errs208 = errors;if(typeof data64 !== "string"){const err112 = {instancePath:instancePath+"/docker-build-test/smoke-timeout",schemaPath:"#/properties/docker-build-test/properties/smoke-timeout/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["smoke-timeout"].oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties["smoke-timeout"].oneOf[1],data:data64};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}var _valid17 = _errs208 === errors;if(_valid17 && valid45){valid45 = false;passing17 = [passing17, 1];}else {if(_valid17){valid45 = true;passing17 = 1;}}if(!valid45){const err113 = {instancePath:instancePath+"/docker-build-test/smoke-timeout",schemaPath:"#/properties/docker-build-test/properties/smoke-timeout/oneOf",keyword:"oneOf",params:{passingSchemas: passing17},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties["smoke-timeout"].oneOf,parentSchema:schema11.properties["docker-build-test"].properties["smoke-timeout"],data:data64};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}else {errors = _errs205;if(vErrors !== null){if(_errs205){vErrors.length = _errs205;}else {vErrors = null;}}}}if(data44["build-timeout"] !== undefined){let data65 = data44["build-timeout"];const _errs211 = errors;let valid46 = false;let passing18 = null;const _errs212 = errors;if(!((typeof data65 == "number") && (isFinite(data65)))){const err114 = {instancePath:instancePath+"/docker-build-test/build-timeout",schemaPath:"#/properties/docker-build-test/properties/build-timeout/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["docker-build-test"].properties["build-timeout"].oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties["build-timeout"].oneOf[0],data:data65};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}var _valid18 = _errs212 === errors;if(_valid18){valid46 = true;passing18 = 0;}const _errs214 = errors;if(typeof data65 !== "string"){const err115 = {instancePath:instancePath+"/docker-build-test/build-timeout",schemaPath:"#/properties/docker-build-test/properties/build-timeout/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties["build-timeout"].oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties["build-timeout"].oneOf[1],data:data65};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}var _valid18 = _errs214 === errors;if(_valid18 && valid46){valid46 = false;passing18 = [passing18, 1];}else {if(_valid18){valid46 = true;passing18 = 1;}}if(!valid46){const err116 = {instancePath:instancePath+"/docker-build-test/build-timeout",schemaPath:"#/properties/docker-build-test/properties/build-timeout/oneOf",keyword:"oneOf",params:{passingSchemas: passing18},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties["build-timeout"].oneOf,parentSchema:schema11.properties["docker-build-test"].properties["build-timeout"],data:data65};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}else {errors = _errs211;if(vErrors !== null){if(_errs211){vErrors.length = _errs211;}else {vErrors = null;}}}}if(data44.exclude !== undefined){let data66 = data44.exclude;const _errs217 = errors;let valid47 = false;let passing19 = null;const _errs218 = errors;if(Array.isArray(data66)){const len10 = data66.length;for(let i11=0; i11<len10; i11++){let data67 = data66[i11];if(typeof data67 !== "string"){const err117 = {instancePath:instancePath+"/docker-build-test/exclude/" + i11,schemaPath:"#/properties/docker-build-test/properties/exclude/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.exclude.oneOf[0].items.type,parentSchema:schema11.properties["docker-build-test"].properties.exclude.oneOf[0].items,data:data67};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}}else {const err118 = {instancePath:instancePath+"/docker-build-test/exclude",schemaPath:"#/properties/docker-build-test/properties/exclude/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["docker-build-test"].properties.exclude.oneOf[0].type,parentSchema:schema11.properties["docker-build-test"].properties.exclude.oneOf[0],data:data66};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}var _valid19 = _errs218 === errors;if(_valid19){valid47 = true;passing19 = 0;}const _errs222 = errors;if(typeof data66 !== "string"){const err119 = {instancePath:instancePath+"/docker-build-test/exclude",schemaPath:"#/properties/docker-build-test/properties/exclude/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["docker-build-test"].properties.exclude.oneOf[1].type,parentSchema:schema11.properties["docker-build-test"].properties.exclude.oneOf[1],data:data66};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}var _valid19 = _errs222 === errors;if(_valid19 && valid47){valid47 = false;passing19 = [passing19, 1];}else {if(_valid19){valid47 = true;passing19 = 1;}}if(!valid47){const err120 = {instancePath:instancePath+"/docker-build-test/exclude",schemaPath:"#/properties/docker-build-test/properties/exclude/oneOf",keyword:"oneOf",params:{passingSchemas: passing19},message:"must match exactly one schema in oneOf",schema:schema11.properties["docker-build-test"].properties.exclude.oneOf,parentSchema:schema11.properties["docker-build-test"].properties.exclude,data:data66};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}else {errors = _errs217;if(vErrors !== null){if(_errs217){vErrors.length = _errs217;}else {vErrors = null;}}}}}else {const err121 = {instancePath:instancePath+"/docker-build-test",schemaPath:"#/properties/docker-build-test/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties["docker-build-test"].type,parentSchema:schema11.properties["docker-build-test"],data:data44};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data["ssh-deploy"] !== undefined){let data68 = data["ssh-deploy"];if(data68 && typeof data68 == "object" && !Array.isArray(data68)){for(const key6 in data68){if(!(func3.call(schema11.properties["ssh-deploy"].properties, key6))){const err122 = {instancePath:instancePath+"/ssh-deploy",schemaPath:"#/properties/ssh-deploy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties["ssh-deploy"],data:data68};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data68.host !== undefined){let data69 = data68.host;if(typeof data69 !== "string"){const err123 = {instancePath:instancePath+"/ssh-deploy/host",schemaPath:"#/properties/ssh-deploy/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.host.type,parentSchema:schema11.properties["ssh-deploy"].properties.host,data:data69};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}if(data68.hosts !== undefined){let data70 = data68.hosts;const _errs230 = errors;let valid51 = false;let passing20 = null;const _errs231 = errors;if(Array.isArray(data70)){const len11 = data70.length;for(let i12=0; i12<len11; i12++){let data71 = data70[i12];const _errs234 = errors;let valid54 = false;let passing21 = null;const _errs235 = errors;if(typeof data71 !== "string"){const err124 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12,schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[0].type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[0],data:data71};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}var _valid21 = _errs235 === errors;if(_valid21){valid54 = true;passing21 = 0;}const _errs237 = errors;if(data71 && typeof data71 == "object" && !Array.isArray(data71)){if(data71.host === undefined){const err125 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12,schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].required,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1],data:data71};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}for(const key7 in data71){if(!((((((((key7 === "host") || (key7 === "user")) || (key7 === "port")) || (key7 === "key-file")) || (key7 === "known-hosts")) || (key7 === "app-dir")) || (key7 === "project-name")) || (key7 === "host-key-fingerprint"))){const err126 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12,schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1],data:data71};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}if(data71.host !== undefined){let data72 = data71.host;if(typeof data72 !== "string"){const err127 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/host",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties.host.type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties.host,data:data72};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}if(data71.user !== undefined){let data73 = data71.user;if(typeof data73 !== "string"){const err128 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/user",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties.user.type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties.user,data:data73};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data71.port !== undefined){let data74 = data71.port;if((!((typeof data74 == "number") && (isFinite(data74)))) && (typeof data74 !== "string")){const err129 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/port",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/port/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties.port.type},message:"must be number,string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties.port.type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties.port,data:data74};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data71["key-file"] !== undefined){let data75 = data71["key-file"];if(typeof data75 !== "string"){const err130 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/key-file",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/key-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["key-file"].type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["key-file"],data:data75};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data71["known-hosts"] !== undefined){let data76 = data71["known-hosts"];if(typeof data76 !== "string"){const err131 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/known-hosts",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/known-hosts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["known-hosts"].type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["known-hosts"],data:data76};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data71["app-dir"] !== undefined){let data77 = data71["app-dir"];if(typeof data77 !== "string"){const err132 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/app-dir",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/app-dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["app-dir"].type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["app-dir"],data:data77};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}if(data71["project-name"] !== undefined){let data78 = data71["project-name"];if(typeof data78 !== "string"){const err133 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/project-name",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/project-name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["project-name"].type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["project-name"],data:data78};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}if(data71["host-key-fingerprint"] !== undefined){let data79 = data71["host-key-fingerprint"];const _errs255 = errors;let valid56 = false;let passing22 = null;const _errs256 = errors;if(Array.isArray(data79)){const len12 = data79.length;for(let i13=0; i13<len12; i13++){let data80 = data79[i13];if(typeof data80 !== "string"){const err134 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/host-key-fingerprint/" + i13,schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/host-key-fingerprint/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[0].items.type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[0].items,data:data80};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}}else {const err135 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/host-key-fingerprint",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/host-key-fingerprint/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[0].type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[0],data:data79};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}var _valid22 = _errs256 === errors;if(_valid22){valid56 = true;passing22 = 0;}const _errs260 = errors;if(typeof data79 !== "string"){const err136 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/host-key-fingerprint",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/host-key-fingerprint/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[1].type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[1],data:data79};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}var _valid22 = _errs260 === errors;if(_valid22 && valid56){valid56 = false;passing22 = [passing22, 1];}else {if(_valid22){valid56 = true;passing22 = 1;}}if(!valid56){const err137 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12+"/host-key-fingerprint",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/properties/host-key-fingerprint/oneOf",keyword:"oneOf",params:{passingSchemas: passing22},message:"must match exactly one schema in oneOf",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"],data:data79};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}else {errors = _errs255;if(vErrors !== null){if(_errs255){vErrors.length = _errs255;}else {vErrors = null;}}}}}else {const err138 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12,schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1].type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf[1],data:data71};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}var _valid21 = _errs237 === errors;if(_valid21 && valid54){valid54 = false;passing21 = [passing21, 1];}else {if(_valid21){valid54 = true;passing21 = 1;}}if(!valid54){const err139 = {instancePath:instancePath+"/ssh-deploy/hosts/" + i12,schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing21},message:"must match exactly one schema in oneOf",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items.oneOf,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].items,data:data71};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}else {errors = _errs234;if(vErrors !== null){if(_errs234){vErrors.length = _errs234;}else {vErrors = null;}}}}}else {const err140 = {instancePath:instancePath+"/ssh-deploy/hosts",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0].type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[0],data:data70};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}var _valid20 = _errs231 === errors;if(_valid20){valid51 = true;passing20 = 0;}const _errs262 = errors;if(typeof data70 !== "string"){const err141 = {instancePath:instancePath+"/ssh-deploy/hosts",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[1].type,parentSchema:schema11.properties["ssh-deploy"].properties.hosts.oneOf[1],data:data70};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}var _valid20 = _errs262 === errors;if(_valid20 && valid51){valid51 = false;passing20 = [passing20, 1];}else {if(_valid20){valid51 = true;passing20 = 1;}}if(!valid51){const err142 = {instancePath:instancePath+"/ssh-deploy/hosts",schemaPath:"#/properties/ssh-deploy/properties/hosts/oneOf",keyword:"oneOf",params:{passingSchemas: passing20},message:"must match exactly one schema in oneOf",schema:schema11.properties["ssh-deploy"].properties.hosts.oneOf,parentSchema:schema11.properties["ssh-deploy"].properties.hosts,data:data70};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}else {errors = _errs230;if(vErrors !== null){if(_errs230){vErrors.length = _errs230;}else {vErrors = null;}}}}if(data68.port !== undefined){let data81 = data68.port;if((!((typeof data81 == "number") && (isFinite(data81)))) && (typeof data81 !== "string")){const err143 = {instancePath:instancePath+"/ssh-deploy/port",schemaPath:"#/properties/ssh-deploy/properties/port/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties.port.type},message:"must be number,string",schema:schema11.properties["ssh-deploy"].properties.port.type,parentSchema:schema11.properties["ssh-deploy"].properties.port,data:data81};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data68.user !== undefined){let data82 = data68.user;if(typeof data82 !== "string"){const err144 = {instancePath:instancePath+"/ssh-deploy/user",schemaPath:"#/properties/ssh-deploy/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.user.type,parentSchema:schema11.properties["ssh-deploy"].properties.user,data:data82};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data68["key-file"] !== undefined){let data83 = data68["key-file"];if(typeof data83 !== "string"){const err145 = {instancePath:instancePath+"/ssh-deploy/key-file",schemaPath:"#/properties/ssh-deploy/properties/key-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["key-file"].type,parentSchema:schema11.properties["ssh-deploy"].properties["key-file"],data:data83};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data68["known-hosts"] !== undefined){let data84 = data68["known-hosts"];if(typeof data84 !== "string"){const err146 = {instancePath:instancePath+"/ssh-deploy/known-hosts",schemaPath:"#/properties/ssh-deploy/properties/known-hosts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["known-hosts"].type,parentSchema:schema11.properties["ssh-deploy"].properties["known-hosts"],data:data84};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data68["host-key-fingerprint"] !== undefined){let data85 = data68["host-key-fingerprint"];const _errs273 = errors;let valid59 = false;let passing23 = null;const _errs274 = errors;if(Array.isArray(data85)){const len13 = data85.length;for(let i14=0; i14<len13; i14++){let data86 = data85[i14];if(typeof data86 !== "string"){const err147 = {instancePath:instancePath+"/ssh-deploy/host-key-fingerprint/" + i14,schemaPath:"#/properties/ssh-deploy/properties/host-key-fingerprint/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["host-key-fingerprint"].oneOf[0].items.type,parentSchema:schema11.properties["ssh-deploy"].properties["host-key-fingerprint"].oneOf[0].items,data:data86};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}}else {const err148 = {instancePath:instancePath+"/ssh-deploy/host-key-fingerprint",schemaPath:"#/properties/ssh-deploy/properties/host-key-fingerprint/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["ssh-deploy"].properties["host-key-fingerprint"].oneOf[0].type,parentSchema:schema11.properties["ssh-deploy"].properties["host-key-fingerprint"].oneOf[0],data:data85};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}var _valid23 = _errs274 === errors;if(_valid23){valid59 = true;passing23 = 0;}const _errs278 = errors;if(typeof data85 !== "string"){const err149 = {instancePath:instancePath+"/ssh-deploy/host-key-fingerprint",schemaPath:"#/properties/ssh-deploy/properties/host-key-fingerprint/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["host-key-fingerprint"].oneOf[1].type,parentSchema:schema11.properties["ssh-deploy"].properties["host-key-fingerprint"].oneOf[1],data:data85};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}var _valid23 = _errs278 === errors;if(_valid23 && valid59){valid59 = false;passing23 = [passing23, 1];}else {if(_valid23){valid59 = true;passing23 = 1;}}if(!valid59){const err150 = {instancePath:instancePath+"/ssh-deploy/host-key-fingerprint",schemaPath:"#/properties/ssh-deploy/properties/host-key-fingerprint/oneOf",keyword:"oneOf",params:{passingSchemas: passing23},message:"must match exactly one schema in oneOf",schema:schema11.properties["ssh-deploy"].properties["host-key-fingerprint"].oneOf,parentSchema:schema11.properties["ssh-deploy"].properties["host-key-fingerprint"],data:data85};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}else {errors = _errs273;if(vErrors !== null){if(_errs273){vErrors.length = _errs273;}else {vErrors = null;}}}}if(data68["skip-host-key-verification"] !== undefined){let data87 = data68["skip-host-key-verification"];if((typeof data87 !== "boolean") && (typeof data87 !== "string")){const err151 = {instancePath:instancePath+"/ssh-deploy/skip-host-key-verification",schemaPath:"#/properties/ssh-deploy/properties/skip-host-key-verification/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties["skip-host-key-verification"].type},message:"must be boolean,string",schema:schema11.properties["ssh-deploy"].properties["skip-host-key-verification"].type,parentSchema:schema11.properties["ssh-deploy"].properties["skip-host-key-verification"],data:data87};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}if(data68["jump-host"] !== undefined){let data88 = data68["jump-host"];if(typeof data88 !== "string"){const err152 = {instancePath:instancePath+"/ssh-deploy/jump-host",schemaPath:"#/properties/ssh-deploy/properties/jump-host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["jump-host"].type,parentSchema:schema11.properties["ssh-deploy"].properties["jump-host"],data:data88};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}if(data68["connect-timeout"] !== undefined){let data89 = data68["connect-timeout"];if((!((typeof data89 == "number") && (isFinite(data89)))) && (typeof data89 !== "string")){const err153 = {instancePath:instancePath+"/ssh-deploy/connect-timeout",schemaPath:"#/properties/ssh-deploy/properties/connect-timeout/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties["connect-timeout"].type},message:"must be number,string",schema:schema11.properties["ssh-deploy"].properties["connect-timeout"].type,parentSchema:schema11.properties["ssh-deploy"].properties["connect-timeout"],data:data89};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}if(data68["app-dir"] !== undefined){let data90 = data68["app-dir"];if(typeof data90 !== "string"){const err154 = {instancePath:instancePath+"/ssh-deploy/app-dir",schemaPath:"#/properties/ssh-deploy/properties/app-dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["app-dir"].type,parentSchema:schema11.properties["ssh-deploy"].properties["app-dir"],data:data90};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}if(data68.repo !== undefined){let data91 = data68.repo;if(typeof data91 !== "string"){const err155 = {instancePath:instancePath+"/ssh-deploy/repo",schemaPath:"#/properties/ssh-deploy/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.repo.type,parentSchema:schema11.properties["ssh-deploy"].properties.repo,data:data91};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data68.ref !== undefined){let data92 = data68.ref;if(typeof data92 !== "string"){const err156 = {instancePath:instancePath+"/ssh-deploy/ref",schemaPath:"#/properties/ssh-deploy/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.ref.type,parentSchema:schema11.properties["ssh-deploy"].properties.ref,data:data92};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}if(data68["compose-file"] !== undefined){let data93 = data68["compose-file"];const _errs293 = errors;let valid62 = false;let passing24 = null;const _errs294 = errors;if(Array.isArray(data93)){const len14 = data93.length;for(let i15=0; i15<len14; i15++){let data94 = data93[i15];if(typeof data94 !== "string"){const err157 = {instancePath:instancePath+"/ssh-deploy/compose-file/" + i15,schemaPath:"#/properties/ssh-deploy/properties/compose-file/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["compose-file"].oneOf[0].items.type,parentSchema:schema11.properties["ssh-deploy"].properties["compose-file"].oneOf[0].items,data:data94};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}}else {const err158 = {instancePath:instancePath+"/ssh-deploy/compose-file",schemaPath:"#/properties/ssh-deploy/properties/compose-file/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["ssh-deploy"].properties["compose-file"].oneOf[0].type,parentSchema:schema11.properties["ssh-deploy"].properties["compose-file"].oneOf[0],data:data93};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}var _valid24 = _errs294 === errors;if(_valid24){valid62 = true;passing24 = 0;}const _errs298 = errors;if(typeof data93 !== "string"){const err159 = {instancePath:instancePath+"/ssh-deploy/compose-file",schemaPath:"#/properties/ssh-deploy/properties/compose-file/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["compose-file"].oneOf[1].type,parentSchema:schema11.properties["ssh-deploy"].properties["compose-file"].oneOf[1],data:data93};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}var _valid24 = _errs298 === errors;if(_valid24 && valid62){valid62 = false;passing24 = [passing24, 1];}else {if(_valid24){valid62 = true;passing24 = 1;}}if(!valid62){const err160 = {instancePath:instancePath+"/ssh-deploy/compose-file",schemaPath:"#/properties/ssh-deploy/properties/compose-file/oneOf",keyword:"oneOf",params:{passingSchemas: passing24},message:"must match exactly one schema in oneOf",schema:schema11.properties["ssh-deploy"].properties["compose-file"].oneOf,parentSchema:schema11.properties["ssh-deploy"].properties["compose-file"],data:data93};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}else {errors = _errs293;if(vErrors !== null){if(_errs293){vErrors.length = _errs293;}else {vErrors = null;}}}}if(data68["project-name"] !== undefined){let data95 = data68["project-name"];if(typeof data95 !== "string"){const err161 = {instancePath:instancePath+"/ssh-deploy/project-name",schemaPath:"#/properties/ssh-deploy/properties/project-name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["project-name"].type,parentSchema:schema11.properties["ssh-deploy"].properties["project-name"],data:data95};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}}if(data68["shared-files"] !== undefined){let data96 = data68["shared-files"];const _errs303 = errors;let valid65 = false;let passing25 = null;const _errs304 = errors;if(Array.isArray(data96)){const len15 = data96.length;for(let i16=0; i16<len15; i16++){let data97 = data96[i16];if(typeof data97 !== "string"){const err162 = {instancePath:instancePath+"/ssh-deploy/shared-files/" + i16,schemaPath:"#/properties/ssh-deploy/properties/shared-files/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["shared-files"].oneOf[0].items.type,parentSchema:schema11.properties["ssh-deploy"].properties["shared-files"].oneOf[0].items,data:data97};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}}else {const err163 = {instancePath:instancePath+"/ssh-deploy/shared-files",schemaPath:"#/properties/ssh-deploy/properties/shared-files/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["ssh-deploy"].properties["shared-files"].oneOf[0].type,parentSchema:schema11.properties["ssh-deploy"].properties["shared-files"].oneOf[0],data:data96};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}var _valid25 = _errs304 === errors;if(_valid25){valid65 = true;passing25 = 0;}const _errs308 = errors;if(typeof data96 !== "string"){const err164 = {instancePath:instancePath+"/ssh-deploy/shared-files",schemaPath:"#/properties/ssh-deploy/properties/shared-files/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["shared-files"].oneOf[1].type,parentSchema:schema11.properties["ssh-deploy"].properties["shared-files"].oneOf[1],data:data96};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}var _valid25 = _errs308 === errors;if(_valid25 && valid65){valid65 = false;passing25 = [passing25, 1];}else {if(_valid25){valid65 = true;passing25 = 1;}}if(!valid65){const err165 = {instancePath:instancePath+"/ssh-deploy/shared-files",schemaPath:"#/properties/ssh-deploy/properties/shared-files/oneOf",keyword:"oneOf",params:{passingSchemas: passing25},message:"must match exactly one schema in oneOf",schema:schema11.properties["ssh-deploy"].properties["shared-files"].oneOf,parentSchema:schema11.properties["ssh-deploy"].properties["shared-files"],data:data96};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}else {errors = _errs303;if(vErrors !== null){if(_errs303){vErrors.length = _errs303;}else {vErrors = null;}}}}if(data68.env !== undefined){let data98 = data68.env;const _errs311 = errors;let valid68 = false;let passing26 = null;const _errs312 = errors;if(Array.isArray(data98)){const len16 = data98.length;for(let i17=0; i17<len16; i17++){let data99 = data98[i17];if(typeof data99 !== "string"){const err166 = {instancePath:instancePath+"/ssh-deploy/env/" + i17,schemaPath:"#/properties/ssh-deploy/properties/env/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.env.oneOf[0].items.type,parentSchema:schema11.properties["ssh-deploy"].properties.env.oneOf[0].items,data:data99};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}}else {const err167 = {instancePath:instancePath+"/ssh-deploy/env",schemaPath:"#/properties/ssh-deploy/properties/env/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["ssh-deploy"].properties.env.oneOf[0].type,parentSchema:schema11.properties["ssh-deploy"].properties.env.oneOf[0],data:data98};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}var _valid26 = _errs312 === errors;if(_valid26){valid68 = true;passing26 = 0;}const _errs316 = errors;if(typeof data98 !== "string"){const err168 = {instancePath:instancePath+"/ssh-deploy/env",schemaPath:"#/properties/ssh-deploy/properties/env/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties.env.oneOf[1].type,parentSchema:schema11.properties["ssh-deploy"].properties.env.oneOf[1],data:data98};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}var _valid26 = _errs316 === errors;if(_valid26 && valid68){valid68 = false;passing26 = [passing26, 1];}else {if(_valid26){valid68 = true;passing26 = 1;}}if(!valid68){const err169 = {instancePath:instancePath+"/ssh-deploy/env",schemaPath:"#/properties/ssh-deploy/properties/env/oneOf",keyword:"oneOf",params:{passingSchemas: passing26},message:"must match exactly one schema in oneOf",schema:schema11.properties["ssh-deploy"].properties.env.oneOf,parentSchema:schema11.properties["ssh-deploy"].properties.env,data:data98};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}else {errors = _errs311;if(vErrors !== null){if(_errs311){vErrors.length = _errs311;}else {vErrors = null;}}}}if(data68["health-url"] !== undefined){let data100 = data68["health-url"];if(typeof data100 !== "string"){const err170 = {instancePath:instancePath+"/ssh-deploy/health-url",schemaPath:"#/properties/ssh-deploy/properties/health-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["health-url"].type,parentSchema:schema11.properties["ssh-deploy"].properties["health-url"],data:data100};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data68["health-command"] !== undefined){let data101 = data68["health-command"];if(typeof data101 !== "string"){const err171 = {instancePath:instancePath+"/ssh-deploy/health-command",schemaPath:"#/properties/ssh-deploy/properties/health-command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["health-command"].type,parentSchema:schema11.properties["ssh-deploy"].properties["health-command"],data:data101};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}if(data68["health-timeout"] !== undefined){let data102 = data68["health-timeout"];if((!((typeof data102 == "number") && (isFinite(data102)))) && (typeof data102 !== "string")){const err172 = {instancePath:instancePath+"/ssh-deploy/health-timeout",schemaPath:"#/properties/ssh-deploy/properties/health-timeout/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties["health-timeout"].type},message:"must be number,string",schema:schema11.properties["ssh-deploy"].properties["health-timeout"].type,parentSchema:schema11.properties["ssh-deploy"].properties["health-timeout"],data:data102};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}if(data68["migrate-command"] !== undefined){let data103 = data68["migrate-command"];if(typeof data103 !== "string"){const err173 = {instancePath:instancePath+"/ssh-deploy/migrate-command",schemaPath:"#/properties/ssh-deploy/properties/migrate-command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["migrate-command"].type,parentSchema:schema11.properties["ssh-deploy"].properties["migrate-command"],data:data103};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}if(data68["backup-database-url"] !== undefined){let data104 = data68["backup-database-url"];if(typeof data104 !== "string"){const err174 = {instancePath:instancePath+"/ssh-deploy/backup-database-url",schemaPath:"#/properties/ssh-deploy/properties/backup-database-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["backup-database-url"].type,parentSchema:schema11.properties["ssh-deploy"].properties["backup-database-url"],data:data104};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}if(data68["backup-service"] !== undefined){let data105 = data68["backup-service"];if(typeof data105 !== "string"){const err175 = {instancePath:instancePath+"/ssh-deploy/backup-service",schemaPath:"#/properties/ssh-deploy/properties/backup-service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["backup-service"].type,parentSchema:schema11.properties["ssh-deploy"].properties["backup-service"],data:data105};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}if(data68["backup-keep"] !== undefined){let data106 = data68["backup-keep"];if((!((typeof data106 == "number") && (isFinite(data106)))) && (typeof data106 !== "string")){const err176 = {instancePath:instancePath+"/ssh-deploy/backup-keep",schemaPath:"#/properties/ssh-deploy/properties/backup-keep/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties["backup-keep"].type},message:"must be number,string",schema:schema11.properties["ssh-deploy"].properties["backup-keep"].type,parentSchema:schema11.properties["ssh-deploy"].properties["backup-keep"],data:data106};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data68.keep !== undefined){let data107 = data68.keep;if((!((typeof data107 == "number") && (isFinite(data107)))) && (typeof data107 !== "string")){const err177 = {instancePath:instancePath+"/ssh-deploy/keep",schemaPath:"#/properties/ssh-deploy/properties/keep/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties.keep.type},message:"must be number,string",schema:schema11.properties["ssh-deploy"].properties.keep.type,parentSchema:schema11.properties["ssh-deploy"].properties.keep,data:data107};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}if(data68["lock-timeout"] !== undefined){let data108 = data68["lock-timeout"];if((!((typeof data108 == "number") && (isFinite(data108)))) && (typeof data108 !== "string")){const err178 = {instancePath:instancePath+"/ssh-deploy/lock-timeout",schemaPath:"#/properties/ssh-deploy/properties/lock-timeout/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties["lock-timeout"].type},message:"must be number,string",schema:schema11.properties["ssh-deploy"].properties["lock-timeout"].type,parentSchema:schema11.properties["ssh-deploy"].properties["lock-timeout"],data:data108};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}if(data68["lock-stale-after"] !== undefined){let data109 = data68["lock-stale-after"];if((!((typeof data109 == "number") && (isFinite(data109)))) && (typeof data109 !== "string")){const err179 = {instancePath:instancePath+"/ssh-deploy/lock-stale-after",schemaPath:"#/properties/ssh-deploy/properties/lock-stale-after/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties["lock-stale-after"].type},message:"must be number,string",schema:schema11.properties["ssh-deploy"].properties["lock-stale-after"].type,parentSchema:schema11.properties["ssh-deploy"].properties["lock-stale-after"],data:data109};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}if(data68["command-timeout"] !== undefined){let data110 = data68["command-timeout"];if((!((typeof data110 == "number") && (isFinite(data110)))) && (typeof data110 !== "string")){const err180 = {instancePath:instancePath+"/ssh-deploy/command-timeout",schemaPath:"#/properties/ssh-deploy/properties/command-timeout/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties["command-timeout"].type},message:"must be number,string",schema:schema11.properties["ssh-deploy"].properties["command-timeout"].type,parentSchema:schema11.properties["ssh-deploy"].properties["command-timeout"],data:data110};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data68["batch-size"] !== undefined){let data111 = data68["batch-size"];if((!((typeof data111 == "number") && (isFinite(data111)))) && (typeof data111 !== "string")){const err181 = {instancePath:instancePath+"/ssh-deploy/batch-size",schemaPath:"#/properties/ssh-deploy/properties/batch-size/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties["batch-size"].type},message:"must be number,string",schema:schema11.properties["ssh-deploy"].properties["batch-size"].type,parentSchema:schema11.properties["ssh-deploy"].properties["batch-size"],data:data111};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}if(data68.canary !== undefined){let data112 = data68.canary;if((typeof data112 !== "boolean") && (typeof data112 !== "string")){const err182 = {instancePath:instancePath+"/ssh-deploy/canary",schemaPath:"#/properties/ssh-deploy/properties/canary/type",keyword:"type",params:{type: schema11.properties["ssh-deploy"].properties.canary.type},message:"must be boolean,string",schema:schema11.properties["ssh-deploy"].properties.canary.type,parentSchema:schema11.properties["ssh-deploy"].properties.canary,data:data112};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}if(data68["rollback-to"] !== undefined){let data113 = data68["rollback-to"];if(typeof data113 !== "string"){const err183 = {instancePath:instancePath+"/ssh-deploy/rollback-to",schemaPath:"#/properties/ssh-deploy/properties/rollback-to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["ssh-deploy"].properties["rollback-to"].type,parentSchema:schema11.properties["ssh-deploy"].properties["rollback-to"],data:data113};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}}else {const err184 = {instancePath:instancePath+"/ssh-deploy",schemaPath:"#/properties/ssh-deploy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties["ssh-deploy"].type,parentSchema:schema11.properties["ssh-deploy"],data:data68};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}if(data["post-deploy-verify"] !== undefined){let data114 = data["post-deploy-verify"];if(data114 && typeof data114 == "object" && !Array.isArray(data114)){for(const key8 in data114){if(!(func3.call(schema11.properties["post-deploy-verify"].properties, key8))){const err185 = {instancePath:instancePath+"/post-deploy-verify",schemaPath:"#/properties/post-deploy-verify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties["post-deploy-verify"],data:data114};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data114.spec !== undefined){let data115 = data114.spec;if(typeof data115 !== "string"){const err186 = {instancePath:instancePath+"/post-deploy-verify/spec",schemaPath:"#/properties/post-deploy-verify/properties/spec/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.spec.type,parentSchema:schema11.properties["post-deploy-verify"].properties.spec,data:data115};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data114["base-url"] !== undefined){let data116 = data114["base-url"];if(typeof data116 !== "string"){const err187 = {instancePath:instancePath+"/post-deploy-verify/base-url",schemaPath:"#/properties/post-deploy-verify/properties/base-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["base-url"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["base-url"],data:data116};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}if(data114.url !== undefined){let data117 = data114.url;const _errs354 = errors;let valid72 = false;let passing27 = null;const _errs355 = errors;if(Array.isArray(data117)){const len17 = data117.length;for(let i18=0; i18<len17; i18++){let data118 = data117[i18];if(typeof data118 !== "string"){const err188 = {instancePath:instancePath+"/post-deploy-verify/url/" + i18,schemaPath:"#/properties/post-deploy-verify/properties/url/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.url.oneOf[0].items.type,parentSchema:schema11.properties["post-deploy-verify"].properties.url.oneOf[0].items,data:data118};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}}else {const err189 = {instancePath:instancePath+"/post-deploy-verify/url",schemaPath:"#/properties/post-deploy-verify/properties/url/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["post-deploy-verify"].properties.url.oneOf[0].type,parentSchema:schema11.properties["post-deploy-verify"].properties.url.oneOf[0],data:data117};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}var _valid27 = _errs355 === errors;if(_valid27){valid72 = true;passing27 = 0;}const _errs359 = errors;if(typeof data117 !== "string"){const err190 = {instancePath:instancePath+"/post-deploy-verify/url",schemaPath:"#/properties/post-deploy-verify/properties/url/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.url.oneOf[1].type,parentSchema:schema11.properties["post-deploy-verify"].properties.url.oneOf[1],data:data117};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}var _valid27 = _errs359 === errors;if(_valid27 && valid72){valid72 = false;passing27 = [passing27, 1];}else {if(_valid27){valid72 = true;passing27 = 1;}}if(!valid72){const err191 = {instancePath:instancePath+"/post-deploy-verify/url",schemaPath:"#/properties/post-deploy-verify/properties/url/oneOf",keyword:"oneOf",params:{passingSchemas: passing27},message:"must match exactly one schema in oneOf",schema:schema11.properties["post-deploy-verify"].properties.url.oneOf,parentSchema:schema11.properties["post-deploy-verify"].properties.url,data:data117};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}else {errors = _errs354;if(vErrors !== null){if(_errs354){vErrors.length = _errs354;}else {vErrors = null;}}}}if(data114["wait-url"] !== undefined){let data119 = data114["wait-url"];if(typeof data119 !== "string"){const err192 = {instancePath:instancePath+"/post-deploy-verify/wait-url",schemaPath:"#/properties/post-deploy-verify/properties/wait-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["wait-url"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["wait-url"],data:data119};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}if(data114["wait-timeout"] !== undefined){let data120 = data114["wait-timeout"];if((!((typeof data120 == "number") && (isFinite(data120)))) && (typeof data120 !== "string")){const err193 = {instancePath:instancePath+"/post-deploy-verify/wait-timeout",schemaPath:"#/properties/post-deploy-verify/properties/wait-timeout/type",keyword:"type",params:{type: schema11.properties["post-deploy-verify"].properties["wait-timeout"].type},message:"must be number,string",schema:schema11.properties["post-deploy-verify"].properties["wait-timeout"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["wait-timeout"],data:data120};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}if(data114.tls !== undefined){let data121 = data114.tls;const _errs366 = errors;let valid75 = false;let passing28 = null;const _errs367 = errors;if(Array.isArray(data121)){const len18 = data121.length;for(let i19=0; i19<len18; i19++){let data122 = data121[i19];if(typeof data122 !== "string"){const err194 = {instancePath:instancePath+"/post-deploy-verify/tls/" + i19,schemaPath:"#/properties/post-deploy-verify/properties/tls/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.tls.oneOf[0].items.type,parentSchema:schema11.properties["post-deploy-verify"].properties.tls.oneOf[0].items,data:data122};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}}else {const err195 = {instancePath:instancePath+"/post-deploy-verify/tls",schemaPath:"#/properties/post-deploy-verify/properties/tls/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["post-deploy-verify"].properties.tls.oneOf[0].type,parentSchema:schema11.properties["post-deploy-verify"].properties.tls.oneOf[0],data:data121};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}var _valid28 = _errs367 === errors;if(_valid28){valid75 = true;passing28 = 0;}const _errs371 = errors;if(typeof data121 !== "string"){const err196 = {instancePath:instancePath+"/post-deploy-verify/tls",schemaPath:"#/properties/post-deploy-verify/properties/tls/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.tls.oneOf[1].type,parentSchema:schema11.properties["post-deploy-verify"].properties.tls.oneOf[1],data:data121};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}var _valid28 = _errs371 === errors;if(_valid28 && valid75){valid75 = false;passing28 = [passing28, 1];}else {if(_valid28){valid75 = true;passing28 = 1;}}if(!valid75){const err197 = {instancePath:instancePath+"/post-deploy-verify/tls",schemaPath:"#/properties/post-deploy-verify/properties/tls/oneOf",keyword:"oneOf",params:{passingSchemas: passing28},message:"must match exactly one schema in oneOf",schema:schema11.properties["post-deploy-verify"].properties.tls.oneOf,parentSchema:schema11.properties["post-deploy-verify"].properties.tls,data:data121};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}else {errors = _errs366;if(vErrors !== null){if(_errs366){vErrors.length = _errs366;}else {vErrors = null;}}}}if(data114["ca-file"] !== undefined){let data123 = data114["ca-file"];if(typeof data123 !== "string"){const err198 = {instancePath:instancePath+"/post-deploy-verify/ca-file",schemaPath:"#/properties/post-deploy-verify/properties/ca-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["ca-file"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["ca-file"],data:data123};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}if(data114["min-days"] !== undefined){let data124 = data114["min-days"];if((!((typeof data124 == "number") && (isFinite(data124)))) && (typeof data124 !== "string")){const err199 = {instancePath:instancePath+"/post-deploy-verify/min-days",schemaPath:"#/properties/post-deploy-verify/properties/min-days/type",keyword:"type",params:{type: schema11.properties["post-deploy-verify"].properties["min-days"].type},message:"must be number,string",schema:schema11.properties["post-deploy-verify"].properties["min-days"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["min-days"],data:data124};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}if(data114.redirect !== undefined){let data125 = data114.redirect;const _errs378 = errors;let valid78 = false;let passing29 = null;const _errs379 = errors;if(Array.isArray(data125)){const len19 = data125.length;for(let i20=0; i20<len19; i20++){let data126 = data125[i20];if(typeof data126 !== "string"){const err200 = {instancePath:instancePath+"/post-deploy-verify/redirect/" + i20,schemaPath:"#/properties/post-deploy-verify/properties/redirect/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.redirect.oneOf[0].items.type,parentSchema:schema11.properties["post-deploy-verify"].properties.redirect.oneOf[0].items,data:data126};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}}else {const err201 = {instancePath:instancePath+"/post-deploy-verify/redirect",schemaPath:"#/properties/post-deploy-verify/properties/redirect/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["post-deploy-verify"].properties.redirect.oneOf[0].type,parentSchema:schema11.properties["post-deploy-verify"].properties.redirect.oneOf[0],data:data125};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}var _valid29 = _errs379 === errors;if(_valid29){valid78 = true;passing29 = 0;}const _errs383 = errors;if(typeof data125 !== "string"){const err202 = {instancePath:instancePath+"/post-deploy-verify/redirect",schemaPath:"#/properties/post-deploy-verify/properties/redirect/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.redirect.oneOf[1].type,parentSchema:schema11.properties["post-deploy-verify"].properties.redirect.oneOf[1],data:data125};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}var _valid29 = _errs383 === errors;if(_valid29 && valid78){valid78 = false;passing29 = [passing29, 1];}else {if(_valid29){valid78 = true;passing29 = 1;}}if(!valid78){const err203 = {instancePath:instancePath+"/post-deploy-verify/redirect",schemaPath:"#/properties/post-deploy-verify/properties/redirect/oneOf",keyword:"oneOf",params:{passingSchemas: passing29},message:"must match exactly one schema in oneOf",schema:schema11.properties["post-deploy-verify"].properties.redirect.oneOf,parentSchema:schema11.properties["post-deploy-verify"].properties.redirect,data:data125};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}else {errors = _errs378;if(vErrors !== null){if(_errs378){vErrors.length = _errs378;}else {vErrors = null;}}}}if(data114.upload !== undefined){let data127 = data114.upload;const _errs386 = errors;let valid81 = false;let passing30 = null;const _errs387 = errors;if(Array.isArray(data127)){const len20 = data127.length;for(let i21=0; i21<len20; i21++){let data128 = data127[i21];if(typeof data128 !== "string"){const err204 = {instancePath:instancePath+"/post-deploy-verify/upload/" + i21,schemaPath:"#/properties/post-deploy-verify/properties/upload/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.upload.oneOf[0].items.type,parentSchema:schema11.properties["post-deploy-verify"].properties.upload.oneOf[0].items,data:data128};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}}else {const err205 = {instancePath:instancePath+"/post-deploy-verify/upload",schemaPath:"#/properties/post-deploy-verify/properties/upload/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["post-deploy-verify"].properties.upload.oneOf[0].type,parentSchema:schema11.properties["post-deploy-verify"].properties.upload.oneOf[0],data:data127};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}var _valid30 = _errs387 === errors;if(_valid30){valid81 = true;passing30 = 0;}const _errs391 = errors;if(typeof data127 !== "string"){const err206 = {instancePath:instancePath+"/post-deploy-verify/upload",schemaPath:"#/properties/post-deploy-verify/properties/upload/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.upload.oneOf[1].type,parentSchema:schema11.properties["post-deploy-verify"].properties.upload.oneOf[1],data:data127};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}var _valid30 = _errs391 === errors;if(_valid30 && valid81){valid81 = false;passing30 = [passing30, 1];}else {if(_valid30){valid81 = true;passing30 = 1;}}if(!valid81){const err207 = {instancePath:instancePath+"/post-deploy-verify/upload",schemaPath:"#/properties/post-deploy-verify/properties/upload/oneOf",keyword:"oneOf",params:{passingSchemas: passing30},message:"must match exactly one schema in oneOf",schema:schema11.properties["post-deploy-verify"].properties.upload.oneOf,parentSchema:schema11.properties["post-deploy-verify"].properties.upload,data:data127};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}else {errors = _errs386;if(vErrors !== null){if(_errs386){vErrors.length = _errs386;}else {vErrors = null;}}}}if(data114["expect-sha"] !== undefined){let data129 = data114["expect-sha"];if(typeof data129 !== "string"){const err208 = {instancePath:instancePath+"/post-deploy-verify/expect-sha",schemaPath:"#/properties/post-deploy-verify/properties/expect-sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["expect-sha"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["expect-sha"],data:data129};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}}if(data114["version-url"] !== undefined){let data130 = data114["version-url"];if(typeof data130 !== "string"){const err209 = {instancePath:instancePath+"/post-deploy-verify/version-url",schemaPath:"#/properties/post-deploy-verify/properties/version-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["version-url"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["version-url"],data:data130};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}if(data114.resources !== undefined){let data131 = data114.resources;if((typeof data131 !== "boolean") && (typeof data131 !== "string")){const err210 = {instancePath:instancePath+"/post-deploy-verify/resources",schemaPath:"#/properties/post-deploy-verify/properties/resources/type",keyword:"type",params:{type: schema11.properties["post-deploy-verify"].properties.resources.type},message:"must be boolean,string",schema:schema11.properties["post-deploy-verify"].properties.resources.type,parentSchema:schema11.properties["post-deploy-verify"].properties.resources,data:data131};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}if(data114["database-url"] !== undefined){let data132 = data114["database-url"];if(typeof data132 !== "string"){const err211 = {instancePath:instancePath+"/post-deploy-verify/database-url",schemaPath:"#/properties/post-deploy-verify/properties/database-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["database-url"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["database-url"],data:data132};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}if(data114["app-dir"] !== undefined){let data133 = data114["app-dir"];if(typeof data133 !== "string"){const err212 = {instancePath:instancePath+"/post-deploy-verify/app-dir",schemaPath:"#/properties/post-deploy-verify/properties/app-dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["app-dir"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["app-dir"],data:data133};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}}if(data114.concurrency !== undefined){let data134 = data114.concurrency;if((!((typeof data134 == "number") && (isFinite(data134)))) && (typeof data134 !== "string")){const err213 = {instancePath:instancePath+"/post-deploy-verify/concurrency",schemaPath:"#/properties/post-deploy-verify/properties/concurrency/type",keyword:"type",params:{type: schema11.properties["post-deploy-verify"].properties.concurrency.type},message:"must be number,string",schema:schema11.properties["post-deploy-verify"].properties.concurrency.type,parentSchema:schema11.properties["post-deploy-verify"].properties.concurrency,data:data134};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}if(data114.timeout !== undefined){let data135 = data114.timeout;if((!((typeof data135 == "number") && (isFinite(data135)))) && (typeof data135 !== "string")){const err214 = {instancePath:instancePath+"/post-deploy-verify/timeout",schemaPath:"#/properties/post-deploy-verify/properties/timeout/type",keyword:"type",params:{type: schema11.properties["post-deploy-verify"].properties.timeout.type},message:"must be number,string",schema:schema11.properties["post-deploy-verify"].properties.timeout.type,parentSchema:schema11.properties["post-deploy-verify"].properties.timeout,data:data135};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}}if(data114["junit-file"] !== undefined){let data136 = data114["junit-file"];if(typeof data136 !== "string"){const err215 = {instancePath:instancePath+"/post-deploy-verify/junit-file",schemaPath:"#/properties/post-deploy-verify/properties/junit-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["junit-file"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["junit-file"],data:data136};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}if(data114.host !== undefined){let data137 = data114.host;if(typeof data137 !== "string"){const err216 = {instancePath:instancePath+"/post-deploy-verify/host",schemaPath:"#/properties/post-deploy-verify/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.host.type,parentSchema:schema11.properties["post-deploy-verify"].properties.host,data:data137};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}if(data114.hosts !== undefined){let data138 = data114.hosts;const _errs412 = errors;let valid84 = false;let passing31 = null;const _errs413 = errors;if(Array.isArray(data138)){const len21 = data138.length;for(let i22=0; i22<len21; i22++){let data139 = data138[i22];const _errs416 = errors;let valid87 = false;let passing32 = null;const _errs417 = errors;if(typeof data139 !== "string"){const err217 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22,schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[0].type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[0],data:data139};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}var _valid32 = _errs417 === errors;if(_valid32){valid87 = true;passing32 = 0;}const _errs419 = errors;if(data139 && typeof data139 == "object" && !Array.isArray(data139)){if(data139.host === undefined){const err218 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22,schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].required,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1],data:data139};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}for(const key9 in data139){if(!((((((((key9 === "host") || (key9 === "user")) || (key9 === "port")) || (key9 === "key-file")) || (key9 === "known-hosts")) || (key9 === "app-dir")) || (key9 === "project-name")) || (key9 === "host-key-fingerprint"))){const err219 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22,schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1],data:data139};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}if(data139.host !== undefined){let data140 = data139.host;if(typeof data140 !== "string"){const err220 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/host",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties.host.type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties.host,data:data140};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}if(data139.user !== undefined){let data141 = data139.user;if(typeof data141 !== "string"){const err221 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/user",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties.user.type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties.user,data:data141};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}if(data139.port !== undefined){let data142 = data139.port;if((!((typeof data142 == "number") && (isFinite(data142)))) && (typeof data142 !== "string")){const err222 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/port",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/port/type",keyword:"type",params:{type: schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties.port.type},message:"must be number,string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties.port.type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties.port,data:data142};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}if(data139["key-file"] !== undefined){let data143 = data139["key-file"];if(typeof data143 !== "string"){const err223 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/key-file",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/key-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["key-file"].type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["key-file"],data:data143};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}}if(data139["known-hosts"] !== undefined){let data144 = data139["known-hosts"];if(typeof data144 !== "string"){const err224 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/known-hosts",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/known-hosts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["known-hosts"].type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["known-hosts"],data:data144};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}}if(data139["app-dir"] !== undefined){let data145 = data139["app-dir"];if(typeof data145 !== "string"){const err225 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/app-dir",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/app-dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["app-dir"].type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["app-dir"],data:data145};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}if(data139["project-name"] !== undefined){let data146 = data139["project-name"];if(typeof data146 !== "string"){const err226 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/project-name",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/project-name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["project-name"].type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["project-name"],data:data146};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}}if(data139["host-key-fingerprint"] !== undefined){let data147 = data139["host-key-fingerprint"];const _errs437 = errors;let valid89 = false;let passing33 = null;const _errs438 = errors;if(Array.isArray(data147)){const len22 = data147.length;for(let i23=0; i23<len22; i23++){let data148 = data147[i23];if(typeof data148 !== "string"){const err227 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/host-key-fingerprint/" + i23,schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/host-key-fingerprint/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[0].items.type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[0].items,data:data148};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}}}else {const err228 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/host-key-fingerprint",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/host-key-fingerprint/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[0].type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[0],data:data147};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}var _valid33 = _errs438 === errors;if(_valid33){valid89 = true;passing33 = 0;}const _errs442 = errors;if(typeof data147 !== "string"){const err229 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/host-key-fingerprint",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/host-key-fingerprint/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[1].type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf[1],data:data147};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}var _valid33 = _errs442 === errors;if(_valid33 && valid89){valid89 = false;passing33 = [passing33, 1];}else {if(_valid33){valid89 = true;passing33 = 1;}}if(!valid89){const err230 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22+"/host-key-fingerprint",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/properties/host-key-fingerprint/oneOf",keyword:"oneOf",params:{passingSchemas: passing33},message:"must match exactly one schema in oneOf",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"].oneOf,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].properties["host-key-fingerprint"],data:data147};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}else {errors = _errs437;if(vErrors !== null){if(_errs437){vErrors.length = _errs437;}else {vErrors = null;}}}}}else {const err231 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22,schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1].type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf[1],data:data139};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}var _valid32 = _errs419 === errors;if(_valid32 && valid87){valid87 = false;passing32 = [passing32, 1];}else {if(_valid32){valid87 = true;passing32 = 1;}}if(!valid87){const err232 = {instancePath:instancePath+"/post-deploy-verify/hosts/" + i22,schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing32},message:"must match exactly one schema in oneOf",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items.oneOf,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].items,data:data139};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}else {errors = _errs416;if(vErrors !== null){if(_errs416){vErrors.length = _errs416;}else {vErrors = null;}}}}}else {const err233 = {instancePath:instancePath+"/post-deploy-verify/hosts",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0].type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[0],data:data138};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}var _valid31 = _errs413 === errors;if(_valid31){valid84 = true;passing31 = 0;}const _errs444 = errors;if(typeof data138 !== "string"){const err234 = {instancePath:instancePath+"/post-deploy-verify/hosts",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[1].type,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf[1],data:data138};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}var _valid31 = _errs444 === errors;if(_valid31 && valid84){valid84 = false;passing31 = [passing31, 1];}else {if(_valid31){valid84 = true;passing31 = 1;}}if(!valid84){const err235 = {instancePath:instancePath+"/post-deploy-verify/hosts",schemaPath:"#/properties/post-deploy-verify/properties/hosts/oneOf",keyword:"oneOf",params:{passingSchemas: passing31},message:"must match exactly one schema in oneOf",schema:schema11.properties["post-deploy-verify"].properties.hosts.oneOf,parentSchema:schema11.properties["post-deploy-verify"].properties.hosts,data:data138};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}else {errors = _errs412;if(vErrors !== null){if(_errs412){vErrors.length = _errs412;}else {vErrors = null;}}}}if(data114.port !== undefined){let data149 = data114.port;if((!((typeof data149 == "number") && (isFinite(data149)))) && (typeof data149 !== "string")){const err236 = {instancePath:instancePath+"/post-deploy-verify/port",schemaPath:"#/properties/post-deploy-verify/properties/port/type",keyword:"type",params:{type: schema11.properties["post-deploy-verify"].properties.port.type},message:"must be number,string",schema:schema11.properties["post-deploy-verify"].properties.port.type,parentSchema:schema11.properties["post-deploy-verify"].properties.port,data:data149};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}}if(data114.user !== undefined){let data150 = data114.user;if(typeof data150 !== "string"){const err237 = {instancePath:instancePath+"/post-deploy-verify/user",schemaPath:"#/properties/post-deploy-verify/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties.user.type,parentSchema:schema11.properties["post-deploy-verify"].properties.user,data:data150};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}if(data114["key-file"] !== undefined){let data151 = data114["key-file"];if(typeof data151 !== "string"){const err238 = {instancePath:instancePath+"/post-deploy-verify/key-file",schemaPath:"#/properties/post-deploy-verify/properties/key-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["key-file"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["key-file"],data:data151};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}if(data114["known-hosts"] !== undefined){let data152 = data114["known-hosts"];if(typeof data152 !== "string"){const err239 = {instancePath:instancePath+"/post-deploy-verify/known-hosts",schemaPath:"#/properties/post-deploy-verify/properties/known-hosts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["known-hosts"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["known-hosts"],data:data152};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}}if(data114["host-key-fingerprint"] !== undefined){let data153 = data114["host-key-fingerprint"];const _errs455 = errors;let valid92 = false;let passing34 = null;const _errs456 = errors;if(Array.isArray(data153)){const len23 = data153.length;for(let i24=0; i24<len23; i24++){let data154 = data153[i24];if(typeof data154 !== "string"){const err240 = {instancePath:instancePath+"/post-deploy-verify/host-key-fingerprint/" + i24,schemaPath:"#/properties/post-deploy-verify/properties/host-key-fingerprint/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["host-key-fingerprint"].oneOf[0].items.type,parentSchema:schema11.properties["post-deploy-verify"].properties["host-key-fingerprint"].oneOf[0].items,data:data154};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}}}else {const err241 = {instancePath:instancePath+"/post-deploy-verify/host-key-fingerprint",schemaPath:"#/properties/post-deploy-verify/properties/host-key-fingerprint/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["post-deploy-verify"].properties["host-key-fingerprint"].oneOf[0].type,parentSchema:schema11.properties["post-deploy-verify"].properties["host-key-fingerprint"].oneOf[0],data:data153};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}var _valid34 = _errs456 === errors;if(_valid34){valid92 = true;passing34 = 0;}const _errs460 = errors;if(typeof data153 !== "string"){const err242 = {instancePath:instancePath+"/post-deploy-verify/host-key-fingerprint",schemaPath:"#/properties/post-deploy-verify/properties/host-key-fingerprint/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["host-key-fingerprint"].oneOf[1].type,parentSchema:schema11.properties["post-deploy-verify"].properties["host-key-fingerprint"].oneOf[1],data:data153};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}var _valid34 = _errs460 === errors;if(_valid34 && valid92){valid92 = false;passing34 = [passing34, 1];}else {if(_valid34){valid92 = true;passing34 = 1;}}if(!valid92){const err243 = {instancePath:instancePath+"/post-deploy-verify/host-key-fingerprint",schemaPath:"#/properties/post-deploy-verify/properties/host-key-fingerprint/oneOf",keyword:"oneOf",params:{passingSchemas: passing34},message:"must match exactly one schema in oneOf",schema:schema11.properties["post-deploy-verify"].properties["host-key-fingerprint"].oneOf,parentSchema:schema11.properties["post-deploy-verify"].properties["host-key-fingerprint"],data:data153};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}else {errors = _errs455;if(vErrors !== null){if(_errs455){vErrors.length = _errs455;}else {vErrors = null;}}}}if(data114["skip-host-key-verification"] !== undefined){let data155 = data114["skip-host-key-verification"];if((typeof data155 !== "boolean") && (typeof data155 !== "string")){const err244 = {instancePath:instancePath+"/post-deploy-verify/skip-host-key-verification",schemaPath:"#/properties/post-deploy-verify/properties/skip-host-key-verification/type",keyword:"type",params:{type: schema11.properties["post-deploy-verify"].properties["skip-host-key-verification"].type},message:"must be boolean,string",schema:schema11.properties["post-deploy-verify"].properties["skip-host-key-verification"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["skip-host-key-verification"],data:data155};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}}if(data114["jump-host"] !== undefined){let data156 = data114["jump-host"];if(typeof data156 !== "string"){const err245 = {instancePath:instancePath+"/post-deploy-verify/jump-host",schemaPath:"#/properties/post-deploy-verify/properties/jump-host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["post-deploy-verify"].properties["jump-host"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["jump-host"],data:data156};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}}if(data114["connect-timeout"] !== undefined){let data157 = data114["connect-timeout"];if((!((typeof data157 == "number") && (isFinite(data157)))) && (typeof data157 !== "string")){const err246 = {instancePath:instancePath+"/post-deploy-verify/connect-timeout",schemaPath:"#/properties/post-deploy-verify/properties/connect-timeout/type",keyword:"type",params:{type: schema11.properties["post-deploy-verify"].properties["connect-timeout"].type},message:"must be number,string",schema:schema11.properties["post-deploy-verify"].properties["connect-timeout"].type,parentSchema:schema11.properties["post-deploy-verify"].properties["connect-timeout"],data:data157};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}}}else {const err247 = {instancePath:instancePath+"/post-deploy-verify",schemaPath:"#/properties/post-deploy-verify/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties["post-deploy-verify"].type,parentSchema:schema11.properties["post-deploy-verify"],data:data114};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}}if(data.verify !== undefined){let data158 = data.verify;if(!(data158 && typeof data158 == "object" && !Array.isArray(data158))){const err248 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.verify.type,parentSchema:schema11.properties.verify,data:data158};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}}}else {const err249 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}validate10.errors = vErrors;return errors === 0;}

// EXTERNAL MODULE: ./src/config/env.ts
var config_env = __webpack_require__(8409);
;// CONCATENATED MODULE: ./src/config/load.ts





// shipcheck.schema.json compiled ahead of time by scripts/compile-schemas.mjs (no ajv compile at start-up)


const CONFIG_FILE_NAMES = ['shipcheck.yml', 'shipcheck.yaml'];
/**
 * Reads `explicitFile`, else `<root>/shipcheck.yml` (or .yaml). A project without one gets defaults;
 * an explicitly named file that is missing is an error.
 */
function loadConfig(root, explicitFile, env = process.env) {
    const absoluteRoot = external_node_path_default().resolve(root);
    if (!(0,external_node_fs_.existsSync)(absoluteRoot)) {
        throw new errors/* ShipcheckError */.b('usage', `project directory ${root} does not exist`, {
            fix: 'pass the directory that holds your app and its shipcheck.yml',
        });
    }
    const file = explicitFile
        ? external_node_path_default().resolve(explicitFile)
        : CONFIG_FILE_NAMES.map((name) => external_node_path_default().join(absoluteRoot, name)).find((candidate) => (0,external_node_fs_.existsSync)(candidate));
    if (!file)
        return { root: absoluteRoot, config: {} };
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* ShipcheckError */.b('config', `configuration file ${explicitFile} does not exist`, {
            fix: 'check the --config path, or drop it to use shipcheck.yml in the project directory',
        });
    }
    return {
        file,
        root: absoluteRoot,
        config: parseConfig((0,external_node_fs_.readFileSync)(file, 'utf8'), displayPath(file), env),
    };
}
function parseConfig(text, fileLabel, env = process.env) {
    const yaml = readSettingsYaml(text, fileLabel, 'config');
    const raw = yaml.data ?? {};
    const validate = shipcheck_config_validator;
    if (!validate(raw)) {
        const error = mostUsefulError(validate.errors ?? []);
        throw new errors/* ShipcheckError */.b('config', describeSchemaError(error), {
            where: `${fileLabel}:${lineOf(yaml, error)}`,
            fix: 'see docs/configuration.md for the keys and their forms',
        });
    }
    return (0,config_env/* expandEnvReferences */.Q)(raw, env, (keyPath, problem) => {
        const line = yaml.lineOf(keyPath) ?? 1;
        return new errors/* ShipcheckError */.b('config', problem.message, {
            where: `${fileLabel}:${line} (${keyPath.join('.')})`,
            fix: problem.fix,
        });
    }, secrets/* registerUrlSecrets */.AI);
}
/**
 * A settings file (shipcheck.yml, a post-deploy-verify spec) read as YAML; invalid YAML is a ShipcheckError of
 * `kind` at file:line:column, its message starting with `subject` (`not valid YAML`, `spec is not valid YAML`).
 */
function readSettingsYaml(text, fileLabel, kind, subject = 'not valid YAML') {
    try {
        return (0,yaml_source/* readYaml */.gM)(text);
    }
    catch (error) {
        if (!(error instanceof yaml_source/* YamlSyntaxError */.nN))
            throw error;
        throw new errors/* ShipcheckError */.b(kind, `${subject}: ${error.message}`, {
            where: `${fileLabel}:${error.line}:${error.column}`,
            fix: 'fix the YAML syntax at that position',
        });
    }
}
function mostUsefulError(errors) {
    // An unknown key says more than the enum/type noise it causes elsewhere.
    return errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
}
function describeSchemaError(error) {
    const at = error.instancePath ? jsonPointerToDots(error.instancePath) : 'the top level';
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = error.params.additionalProperty;
            const allowed = Object.keys(error.parentSchema.properties ?? {});
            return `unknown key '${key}' at ${at}; expected one of: ${allowed.join(', ')}`;
        }
        case 'enum':
            return `${at} must be one of ${error.params.allowedValues
                .map((v) => JSON.stringify(v))
                .join(', ')}`;
        case 'type':
            return `${at} must be ${error.params.type}`;
        default:
            return `${at} ${error.message ?? 'is not valid'}`;
    }
}
function jsonPointerToDots(pointer) {
    return (0,yaml_source/* keyPathOfPointer */.bU)(pointer).join('.');
}
function lineOf(yaml, error) {
    const keyPath = (0,yaml_source/* keyPathOfPointer */.bU)(error.instancePath);
    // an unknown key: the key's own line
    if (error.keyword === 'additionalProperties') {
        const key = error.params.additionalProperty;
        const line = yaml.lineOf([...keyPath, key]);
        if (line !== undefined)
            return line;
    }
    return yaml.lineOf(keyPath) ?? 1;
}
function displayPath(file) {
    const relative = external_node_path_default().relative(process.cwd(), file);
    return relative.startsWith('..') ? file : relative.split((external_node_path_default()).sep).join('/');
}


/***/ }),

/***/ 3750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   sx: () => (/* binding */ optionalString)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Readers for setting values that arrive from shipcheck.yml (typed YAML) or from action inputs and CLI flags
 * (strings): each accepts both spellings and names the key in its error.
 */

function optionalString(raw, key) {
    if (raw === undefined || raw === null)
        return undefined;
    if (typeof raw === 'number')
        return String(raw);
    if (typeof raw !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `${key} must be a string, found ${typeof raw}`);
    return raw;
}
function stringList(raw, key) {
    if (raw === undefined || raw === null)
        return undefined;
    if (typeof raw === 'string') {
        const items = raw
            .split(/[,\n]/)
            .map((item) => item.trim())
            .filter(Boolean);
        return items.length > 0 ? items : undefined;
    }
    if (Array.isArray(raw) && raw.every((item) => typeof item === 'string'))
        return raw;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `${key} must be a list of strings (or a comma-separated string)`);
}
function bool(raw, key, fallback) {
    if (raw === undefined || raw === null || raw === '')
        return fallback;
    if (typeof raw === 'boolean')
        return raw;
    if (typeof raw === 'string' && /^(true|false)$/i.test(raw))
        return raw.toLowerCase() === 'true';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `${key} must be true or false, found '${String(raw)}'`);
}


/***/ }),

/***/ 668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bU: () => (/* binding */ keyPathOfPointer),
/* harmony export */   gM: () => (/* binding */ readYaml),
/* harmony export */   nN: () => (/* binding */ YamlSyntaxError)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/**
 * A YAML file read for its data and for where each key and sequence item starts, so a finding can name its line.
 * One pass of js-yaml's event parser gives both: the events carry source offsets, and the data is constructed from
 * the same events. (The `yaml` library's document model cost four times as much on a cold start, which is most
 * of a one-shot CLI run: bench/docker-build-test.)
 */

/** A JSON Pointer (an ajv error's instancePath, `/services/web/ports/0`) as the key path lineOf takes. */
function keyPathOfPointer(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Not valid YAML, or not one document: where (1-based) and why. */
class YamlSyntaxError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
        this.name = 'YamlSyntaxError';
    }
}
const DEFAULT_MAX_NODES = 1_000_000;
const MERGE_SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.withTags(js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .mergeTag */ .LJ);
const schemas = new WeakMap();
function schemaFor(options) {
    if (!options.tags?.length)
        return options.merge ? MERGE_SCHEMA : js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU;
    let made = schemas.get(options.tags);
    if (!made) {
        made = { merge: MERGE_SCHEMA.withTags(options.tags), plain: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.withTags(options.tags) };
        schemas.set(options.tags, made);
    }
    return options.merge ? made.merge : made.plain;
}
/** Throws YamlSyntaxError on invalid YAML or more than one document. */
function readYaml(text, options = {}) {
    let events;
    let documents;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, {});
        documents = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, schema: schemaFor(options) });
    }
    catch (error) {
        throw syntaxError(error, text);
    }
    if (documents.length > 1) {
        throw new YamlSyntaxError(`holds ${documents.length} YAML documents (separated by ---); one is expected`, 1, 1);
    }
    const data = documents[0] ?? null;
    const limit = options.maxNodes ?? DEFAULT_MAX_NODES;
    if (expandedSize(data, limit, new Map(), new Set()) > limit) {
        throw new YamlSyntaxError(`its aliases expand to more than ${limit.toLocaleString('en-US')} nodes (nested *aliases multiply)`, 1, 1);
    }
    const root = locate(events, text);
    const lineStarts = lineStartsOf(text);
    return {
        data,
        lineOf(keyPath) {
            let node = root;
            let line = 1;
            for (const key of keyPath) {
                const found = node?.mapping ? node.keys.get(String(key)) : node?.items[Number(key)];
                if (!found)
                    return undefined;
                line = lineAt(lineStarts, found.offset);
                node = found.child;
            }
            return line;
        },
    };
}
/** The first document's collections with the offsets of their keys and items, from the event stream. */
function locate(events, text) {
    let root;
    const stack = [];
    let documents = 0;
    const attach = (offset, child, keyName) => {
        const parent = stack[stack.length - 1];
        if (!parent) {
            if (stack.length === 1 && documents === 1 && !root)
                root = child;
            return;
        }
        if (!parent.mapping) {
            parent.items.push({ offset, child });
        }
        else if (!parent.pendingKey) {
            parent.pendingKey = { name: keyName, offset };
        }
        else {
            const key = parent.pendingKey;
            parent.pendingKey = undefined;
            // (a key that is itself a collection cannot be named in a key path)
            if (key.name !== undefined && !parent.keys.has(key.name))
                parent.keys.set(key.name, { offset: key.offset, child });
        }
    };
    for (const event of events) {
        switch (event.type) {
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT:
                documents++;
                stack.push(undefined);
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING:
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE: {
                const collection = {
                    mapping: event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING,
                    keys: new Map(),
                    items: [],
                };
                attach(event.start, collection);
                stack.push(collection);
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR:
                attach(event.valueStart, undefined, (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, event));
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS:
                attach(event.anchorStart, undefined);
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP:
                stack.pop();
                break;
        }
    }
    return root;
}
/** Nodes in `value` with aliases followed (each shared object counted every time it is reached), capped. */
function expandedSize(value, limit, sizes, open) {
    if (value === null || typeof value !== 'object')
        return 1;
    const known = sizes.get(value);
    if (known !== undefined)
        return known;
    // an alias to its own ancestor never ends
    if (open.has(value))
        return limit + 1;
    open.add(value);
    let total = 1;
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) {
        total += expandedSize(child, limit, sizes, open);
        if (total > limit)
            break;
    }
    open.delete(value);
    sizes.set(value, total);
    return total;
}
function lineStartsOf(text) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    return starts;
}
function lineAt(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low + 1;
}
function syntaxError(error, text) {
    const { reason, mark, message } = error;
    let line = 1;
    let column = 1;
    if (mark && typeof mark.line === 'number') {
        line = mark.line + 1;
        column = (mark.column ?? 0) + 1;
    }
    else if (mark && typeof mark.position === 'number') {
        const starts = lineStartsOf(text);
        line = lineAt(starts, mark.position);
        column = mark.position - starts[line - 1] + 1;
    }
    return new YamlSyntaxError((reason ?? message ?? String(error)).split('\n')[0], line, column);
}


/***/ }),

/***/ 3659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ DOCKER_BUILD_TEST_RULES)
/* harmony export */ });
const DOCKER_BUILD_TEST_RULES = [
    // Dockerfile
    { id: 'dockerfile-missing', title: 'The Dockerfile to check does not exist', defaultSeverity: 'error' },
    {
        id: 'exec-form-invalid-json',
        title: 'CMD, ENTRYPOINT or HEALTHCHECK exec form is not valid JSON (Docker runs it through /bin/sh)',
        defaultSeverity: 'error',
    },
    {
        id: 'shell-form-command',
        title: 'CMD or ENTRYPOINT in shell form: the app is not PID 1 and never sees SIGTERM',
        defaultSeverity: 'warning',
    },
    {
        id: 'shell-form-entrypoint-and-cmd',
        title: 'ENTRYPOINT in shell form makes Docker ignore CMD',
        defaultSeverity: 'error',
    },
    {
        id: 'healthcheck-missing',
        title: 'The image and its Compose services have no health check',
        defaultSeverity: 'warning',
    },
    {
        id: 'healthcheck-tool-missing',
        title: 'The health check runs curl or wget, which the image does not have',
        defaultSeverity: 'error',
    },
    {
        id: 'healthcheck-route-missing',
        title: "The health check requests a path that none of the app's routes serves",
        defaultSeverity: 'error',
    },
    {
        id: 'healthcheck-port-mismatch',
        title: 'The health check calls a port the app does not listen on',
        defaultSeverity: 'error',
    },
    {
        id: 'server-binds-localhost',
        title: 'gunicorn/uvicorn/flask listens on 127.0.0.1 inside the container',
        defaultSeverity: 'error',
    },
    {
        id: 'port-mismatch',
        title: 'EXPOSE or a published Compose port differs from the port the app listens on',
        defaultSeverity: 'error',
    },
    {
        id: 'apt-update-alone',
        title: 'apt-get update in a RUN without the install (stale cached package lists)',
        defaultSeverity: 'warning',
    },
    {
        id: 'apt-no-install-recommends',
        title: 'apt-get install without --no-install-recommends',
        defaultSeverity: 'warning',
    },
    { id: 'apt-lists-kept', title: 'apt package lists left in the image layer', defaultSeverity: 'notice' },
    {
        id: 'pip-cache-kept',
        title: "pip install without --no-cache-dir keeps pip's cache in the image",
        defaultSeverity: 'notice',
    },
    {
        id: 'copy-before-install',
        title: 'COPY . . before the dependency install busts the cache on every code change',
        defaultSeverity: 'warning',
    },
    {
        id: 'dockerignore-missing',
        title: 'The build context holds .git, a virtualenv, node_modules or .env that no .dockerignore excludes',
        defaultSeverity: 'warning',
    },
    { id: 'secret-in-image', title: 'ENV or ARG gives a secret a literal value', defaultSeverity: 'error' },
    { id: 'base-image-unpinned', title: 'FROM without a tag, or with latest', defaultSeverity: 'warning' },
    { id: 'runs-as-root', title: 'The final stage runs as root', defaultSeverity: 'notice' },
    // Compose
    {
        id: 'compose-invalid',
        title: 'A Compose file that docker compose refuses: YAML, unknown key, bad type, undefined reference',
        defaultSeverity: 'error',
    },
    { id: 'compose-version-obsolete', title: 'The obsolete top-level version key', defaultSeverity: 'warning' },
    {
        id: 'missing-resource-limits',
        title: 'A service without a memory (error) or CPU (warning) limit',
        defaultSeverity: 'error',
    },
    {
        id: 'host-memory-exceeded',
        title: "The services' memory limits plus headroom exceed host-memory",
        defaultSeverity: 'error',
    },
    { id: 'reservation-above-limit', title: 'A memory reservation above the limit', defaultSeverity: 'error' },
    {
        id: 'healthy-dependency-without-healthcheck',
        title: 'depends_on condition service_healthy on a service without a healthcheck',
        defaultSeverity: 'error',
    },
    {
        id: 'missing-healthcheck',
        title: 'A database or cache service without a healthcheck',
        defaultSeverity: 'warning',
    },
    { id: 'missing-restart-policy', title: 'A service without a restart policy', defaultSeverity: 'warning' },
    {
        id: 'data-without-volume',
        title: 'MySQL, MariaDB, PostgreSQL or Redis data not on a named volume or bind mount',
        defaultSeverity: 'error',
    },
    { id: 'duplicate-host-port', title: 'Two services publish the same host port', defaultSeverity: 'error' },
    { id: 'env-file-missing', title: 'An env_file that does not exist', defaultSeverity: 'error' },
    {
        id: 'duplicate-container-name',
        title: 'Two services with the same container_name',
        defaultSeverity: 'error',
    },
    // Engine
    {
        id: 'engine-unavailable',
        title: 'A build or smoke run was asked for but no Docker engine answers',
        defaultSeverity: 'error',
    },
    { id: 'build-failed', title: 'docker build failed', defaultSeverity: 'error' },
    {
        id: 'smoke-import-failed',
        title: "Importing the app's third-party modules inside the image failed",
        defaultSeverity: 'error',
    },
    {
        id: 'smoke-unhealthy',
        title: 'The container did not become healthy before the deadline',
        defaultSeverity: 'error',
    },
    {
        id: 'smoke-exited',
        title: 'The container exited or restarted during the smoke run',
        defaultSeverity: 'error',
    },
    {
        id: 'oom-killed',
        title: 'The container was killed for exceeding its memory limit',
        defaultSeverity: 'error',
    },
    {
        id: 'memory-near-limit',
        title: 'Peak memory in the smoke run above 80% of the limit',
        defaultSeverity: 'warning',
    },
    {
        id: 'smoke-health-needs-dependencies',
        title: 'The health check needs services the smoke run does not start',
        defaultSeverity: 'notice',
    },
    {
        id: 'compose-up-failed',
        title: 'docker compose up did not bring every service up healthy',
        defaultSeverity: 'error',
    },
];


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ byCodePoint),
/* harmony export */   LU: () => (/* binding */ createReport),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   WG: () => (/* binding */ isPassing)
/* harmony export */ });
/* unused harmony exports failsAt, compareFindings, withFailOn */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2563);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3323);


const RANK = { error: 0, warning: 1, notice: 2 };
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
/** True when a finding of this severity fails a check run with `failOn`. */
function failsAt(severity, failOn) {
    return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}
function isPassing(findings, failOn) {
    return !findings.some((finding) => failsAt(finding.severity, failOn));
}
/** Stable order: by file (file-less last), line, column, then severity and rule. */
function compareFindings(a, b) {
    if (a.file !== b.file) {
        if (a.file === undefined)
            return 1;
        if (b.file === undefined)
            return -1;
        return a.file < b.file ? -1 : 1;
    }
    return ((a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        RANK[a.severity] - RANK[b.severity] ||
        byCodePoint(a.rule, b.rule) ||
        byCodePoint(a.message, b.message));
}
/** Code-point order: the same on every machine and locale, and it does not load ICU's collator. */
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function createReport(options) {
    const findings = [...options.findings].map(normaliseFinding).sort(compareFindings);
    return {
        tool: 'shipcheck',
        version: _core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .w,
        command: options.command,
        passed: isPassing(findings, options.failOn),
        summary: countBySeverity(findings),
        findings,
        data: { failOn: options.failOn, ...options.data },
    };
}
/** Re-judge a report under another fail-on level (a CLI flag overriding the configuration). */
function withFailOn(report, failOn) {
    return { ...report, passed: isPassing(report.findings, failOn), data: { ...report.data, failOn } };
}
function normaliseFinding(finding) {
    if (!_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .o.includes(finding.severity)) {
        throw new Error(`finding ${finding.rule} has severity '${String(finding.severity)}'`);
    }
    const out = { ...finding };
    if (out.file !== undefined)
        out.file = out.file.replace(/\\/g, '/').replace(/^\.\//, '');
    return out;
}


/***/ }),

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ LINT_REQUIREMENTS_RULES)
/* harmony export */ });
const LINT_REQUIREMENTS_RULES = [
    {
        id: 'missing-requirement',
        title: 'A third-party module is imported but no requirement provides it',
        defaultSeverity: 'error',
    },
    {
        id: 'unused-requirement',
        title: 'A requirement is declared but never imported or used',
        defaultSeverity: 'warning',
    },
    {
        id: 'unpinned-requirement',
        title: 'A requirement is not pinned to one version',
        defaultSeverity: 'warning',
    },
    {
        id: 'conflicting-requirement',
        title: 'A distribution is pinned differently across files or outside its constraint',
        defaultSeverity: 'error',
    },
    { id: 'invalid-requirement', title: 'A requirements line pip would reject', defaultSeverity: 'error' },
    {
        id: 'incompatible-versions',
        title: 'Two pinned versions are known to break together',
        defaultSeverity: 'error',
    },
    {
        id: 'python-version-incompatible',
        title: 'A pin or a standard-library import does not work on the target Python',
        defaultSeverity: 'error',
    },
    {
        id: 'missing-system-package',
        title: 'A distribution needs operating-system packages the image does not install',
        defaultSeverity: 'error',
    },
    {
        id: 'unreadable-source',
        title: 'A Python file is not valid UTF-8 and was skipped',
        defaultSeverity: 'notice',
    },
    {
        id: 'unknown-version',
        title: 'A pinned version does not exist on the package index, or was yanked',
        defaultSeverity: 'error',
    },
    {
        id: 'no-compatible-wheel',
        title: 'A pinned version has no wheel for Linux x86_64 on the target Python',
        defaultSeverity: 'warning',
    },
    {
        id: 'vulnerable-requirement',
        title: 'A pinned version has known vulnerabilities (OSV)',
        defaultSeverity: 'warning',
    },
    {
        id: 'online-check-unavailable',
        title: 'The package index or vulnerability database could not be reached',
        defaultSeverity: 'notice',
    },
];


/***/ }),

/***/ 2256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ SCHEMA_COMPARE_RULES)
/* harmony export */ });
const SCHEMA_COMPARE_RULES = [
    {
        id: 'schema-missing-table',
        title: 'A table the code uses is missing in the target database',
        defaultSeverity: 'error',
    },
    {
        id: 'schema-extra-table',
        title: 'A table exists only in the target database',
        defaultSeverity: 'warning',
    },
    {
        id: 'schema-missing-column',
        title: 'A column the code uses is missing in the target ("Unknown column")',
        defaultSeverity: 'error',
    },
    {
        id: 'schema-extra-column',
        title: 'A column exists only in the target (an error when it blocks inserts)',
        defaultSeverity: 'warning',
    },
    {
        id: 'schema-enum-mismatch',
        title: 'ENUM/SET values differ: missing, case-changed or reordered',
        defaultSeverity: 'error',
    },
    {
        id: 'schema-type-mismatch',
        title: 'A column has another type in the target (widening, narrowing or another family)',
        defaultSeverity: 'error',
    },
    {
        id: 'schema-nullability',
        title: 'A column is NULL in one schema and NOT NULL in the other',
        defaultSeverity: 'warning',
    },
    { id: 'schema-default', title: 'A column default or ON UPDATE differs', defaultSeverity: 'warning' },
    {
        id: 'schema-collation',
        title: 'A character set or collation differs (column, table or database)',
        defaultSeverity: 'warning',
    },
    { id: 'schema-table-options', title: 'A table option (engine) differs', defaultSeverity: 'warning' },
    {
        id: 'schema-missing-index',
        title: 'An index is missing in the target (an error for unique and primary keys)',
        defaultSeverity: 'warning',
    },
    {
        id: 'schema-extra-index',
        title: 'An index or foreign key exists only in the target',
        defaultSeverity: 'notice',
    },
    {
        id: 'schema-missing-foreign-key',
        title: 'A foreign key is missing or differs in the target',
        defaultSeverity: 'error',
    },
    {
        id: 'schema-check-constraint',
        title: 'A CHECK constraint is missing in the target',
        defaultSeverity: 'warning',
    },
    { id: 'schema-column-order', title: 'Columns are in another order', defaultSeverity: 'notice' },
    {
        id: 'schema-possible-rename',
        title: 'A missing and an extra column of the same type may be a rename',
        defaultSeverity: 'notice',
    },
    {
        id: 'schema-migrations',
        title: 'The Alembic history has several heads or a gap, or the target is behind or at an unknown revision',
        defaultSeverity: 'error',
    },
    {
        id: 'schema-view',
        title: 'A view is missing, lacks columns or is defined differently in the target',
        defaultSeverity: 'error',
    },
    { id: 'schema-trigger', title: 'A trigger is missing or differs in the target', defaultSeverity: 'error' },
    {
        id: 'schema-unmodelled-table',
        title: 'A table could not be fully read and was not compared',
        defaultSeverity: 'error',
    },
];


/***/ })

};
