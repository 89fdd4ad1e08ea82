export const id = 699;
export const ids = [699];
export const modules = {

/***/ 4699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/docker/analyze.ts + 4 modules
var analyze = __webpack_require__(6446);
// EXTERNAL MODULE: ./src/docker/rules.ts
var rules = __webpack_require__(3659);
// EXTERNAL MODULE: ./src/docker/settings.ts
var docker_settings = __webpack_require__(6671);
;// CONCATENATED MODULE: ./src/docker/check.ts



/** The static half of docker-build-test, as `shipcheck check` runs it: no engine, no build. */
const dockerBuildTestCheck = {
    name: 'docker-build-test',
    rules: rules/* DOCKER_BUILD_TEST_RULES */.j,
    run: async ({ root, config }) => {
        const settings = (0,docker_settings/* dockerBuildTestSettings */.C)(root, (config['docker-build-test'] ?? {}), {
            build: false,
            smoke: false,
            'compose-up': false,
        });
        const analysis = (0,analyze/* analyzeStatic */.HF)(settings);
        return { findings: analysis.findings, data: analysis.data };
    },
};

// EXTERNAL MODULE: ./src/requirements/lint.ts + 17 modules
var lint = __webpack_require__(160);
// EXTERNAL MODULE: ./src/requirements/rules.ts
var requirements_rules = __webpack_require__(8503);
// EXTERNAL MODULE: ./src/requirements/settings.ts
var settings = __webpack_require__(4643);
;// CONCATENATED MODULE: ./src/requirements/check.ts



const lintRequirementsCheck = {
    name: 'lint-requirements',
    rules: requirements_rules/* LINT_REQUIREMENTS_RULES */.L,
    run: async ({ root, config }) => (0,lint/* lintRequirements */.y2)((0,settings/* lintRequirementsSettings */.n)(root, (config['lint-requirements'] ?? {}))),
};

// EXTERNAL MODULE: ./src/schema/compare.ts + 9 modules
var compare = __webpack_require__(697);
// EXTERNAL MODULE: ./src/schema/rules.ts
var schema_rules = __webpack_require__(2256);
// EXTERNAL MODULE: ./src/schema/settings.ts
var schema_settings = __webpack_require__(9882);
;// CONCATENATED MODULE: ./src/schema/check.ts



const schemaCompareCheck = {
    name: 'schema-compare',
    rules: schema_rules/* SCHEMA_COMPARE_RULES */.q,
    run: async ({ root, config }) => {
        const result = await (0,compare/* compareSchemas */._)((0,schema_settings/* schemaCompareSettings */.a)(root, (config['schema-compare'] ?? {})));
        return { findings: result.findings, data: result.data };
    },
};

;// CONCATENATED MODULE: ./src/checklist/registry.ts



/**
 * Every static check, in the order `shipcheck check` runs them. Each capability registers here as it
 * lands (lint-requirements, schema-compare, docker-build-test).
 */
const STATIC_CHECKS = [
    lintRequirementsCheck,
    schemaCompareCheck,
    dockerBuildTestCheck,
];

;// CONCATENATED MODULE: ./src/checklist/run-checklist.ts



/** Runs every configured static check and merges their findings into one `check` report. */
async function runChecklist(settings) {
    const available = settings.available ?? STATIC_CHECKS;
    const names = settings.checks ?? settings.config.checks ?? available.map((check) => check.name);
    const selected = names.map((name) => {
        const check = available.find((candidate) => candidate.name === name);
        if (!check) {
            throw new errors/* ShipcheckError */.b('config', `check '${name}' is not available in this shipcheck`, {
                where: 'checks',
                fix: `choose from: ${available.map((c) => c.name).join(', ') || '(none yet)'}`,
            });
        }
        return check;
    });
    const findings = [];
    const outcomes = [];
    const data = {};
    for (const check of selected) {
        const started = performance.now();
        const result = await settings.steps.run(check.name, () => check.run({ root: settings.root, config: settings.config, steps: settings.steps }));
        const tagged = result.findings.map((finding) => ({ ...finding, check: check.name }));
        findings.push(...tagged);
        data[check.name] = result.data;
        outcomes.push({
            command: check.name,
            passed: (0,report/* isPassing */.WG)(tagged, settings.failOn),
            summary: (0,report/* countBySeverity */.Ot)(tagged),
            durationMs: Math.round(performance.now() - started),
        });
    }
    return (0,report/* createReport */.LU)({
        command: 'check',
        findings,
        failOn: settings.failOn,
        data: { ...data, checks: outcomes },
    });
}

// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(8401);
// EXTERNAL MODULE: ./src/config/fail-on.ts
var fail_on = __webpack_require__(5892);
// EXTERNAL MODULE: ./src/cli/output.ts + 3 modules
var output = __webpack_require__(2073);
// EXTERNAL MODULE: ./src/cli/progress.ts
var progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/run/check.ts





/** `shipcheck check`: returns the exit code. */
async function runCheck(dir, options) {
    const { root, config } = (0,load/* loadConfig */.Z9)(dir, options.config);
    const report = await runChecklist({
        root,
        config,
        checks: options.checks
            ?.split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        failOn: (0,fail_on/* resolveFailOn */.U)(options.failOn, config['fail-on']),
        steps: (0,progress/* terminalSteps */.w)(process.stderr, options.quiet),
    });
    return (0,output/* emitReport */.K)(report, options);
}


/***/ }),

/***/ 4643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LINT_REQUIREMENTS_KEYS),
/* harmony export */   n: () => (/* binding */ lintRequirementsSettings)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3750);


const LINT_REQUIREMENTS_KEYS = [
    'requirements',
    'python-version',
    'dockerfile',
    'require-pins',
    'exclude',
    'first-party',
    'import-map',
    'allow-unused',
    'site-packages',
    'online',
    'pypi-url',
    'osv-url',
    'timeout',
];
/** Merges shipcheck.yml's section with overrides (action inputs or CLI flags; undefined = not given). */
function lintRequirementsSettings(root, section = {}, overrides = {}) {
    const value = (key) => overrides[key] ?? section[key];
    const pythonVersion = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('python-version'), 'python-version');
    if (pythonVersion !== undefined && !/^3\.\d{1,2}$/.test(pythonVersion)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `python-version must look like 3.12, found '${pythonVersion}'`, {
            fix: 'give the major.minor version the image runs',
        });
    }
    const timeout = Number(value('timeout') ?? 10);
    if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 300) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `timeout must be a number of seconds between 1 and 300, found '${String(value('timeout'))}'`);
    }
    return {
        root,
        requirements: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn)(value('requirements'), 'requirements') ?? ['requirements*.txt'],
        pythonVersion,
        dockerfile: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('dockerfile'), 'dockerfile'),
        requirePins: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(value('require-pins'), 'require-pins', false),
        exclude: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn)(value('exclude'), 'exclude') ?? [],
        firstParty: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn)(value('first-party'), 'first-party') ?? [],
        importMap: importMap(value('import-map')),
        allowUnused: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn)(value('allow-unused'), 'allow-unused') ?? [],
        sitePackages: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('site-packages'), 'site-packages'),
        online: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(value('online'), 'online', false),
        pypiUrl: ((0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('pypi-url'), 'pypi-url') ?? 'https://pypi.org').replace(/\/+$/, ''),
        osvUrl: ((0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('osv-url'), 'osv-url') ?? 'https://api.osv.dev').replace(/\/+$/, ''),
        timeout,
    };
}
/** `{cv2: opencv-python-headless}` or `{cv2: [a, b]}`; as an input string: `cv2=opencv-python-headless,yaml=PyYAML`. */
function importMap(raw) {
    if (raw === undefined || raw === null || raw === '')
        return {};
    if (typeof raw === 'string') {
        const out = {};
        for (const pair of raw
            .split(/[,\n]/)
            .map((p) => p.trim())
            .filter(Boolean)) {
            const [module, dist] = pair.split('=').map((s) => s.trim());
            if (!module || !dist)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `import-map entries look like module=distribution, found '${pair}'`);
            (out[module] ??= []).push(dist);
        }
        return out;
    }
    if (typeof raw === 'object' && !Array.isArray(raw)) {
        return Object.fromEntries(Object.entries(raw).map(([module, dists]) => {
            const list = typeof dists === 'string' ? [dists] : dists;
            if (!Array.isArray(list) || !list.every((d) => typeof d === 'string')) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `import-map.${module} must be a distribution name or a list of them`);
            }
            return [module, list];
        }));
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', 'import-map must map module names to distribution names');
}


/***/ })

};
