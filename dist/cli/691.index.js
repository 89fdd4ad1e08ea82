export const id = 691;
export const ids = [691];
export const modules = {

/***/ 884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLintRequirements: () => (/* binding */ runLintRequirements)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8401);
/* harmony import */ var _config_fail_on_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5892);
/* harmony import */ var _requirements_lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(160);
/* harmony import */ var _requirements_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4643);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8850);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(776);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2073);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9851);








/** `shipcheck lint-requirements`: returns the exit code. */
async function runLintRequirements(dir, options) {
    const { root, config } = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(dir, options.config);
    const overrides = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .flagsAsInputs */ .vj)(_requirements_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .LINT_REQUIREMENTS_KEYS */ .g, options);
    const settings = (0,_requirements_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .lintRequirementsSettings */ .n)(root, (config['lint-requirements'] ?? {}), overrides);
    const result = await (0,_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .terminalSteps */ .w)(process.stderr, options.quiet).run('lint-requirements', () => (0,_requirements_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lintRequirements */ .y2)(settings));
    const report = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_4__/* .createReport */ .LU)({
        command: 'lint-requirements',
        findings: result.findings,
        failOn: (0,_config_fail_on_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveFailOn */ .U)(options.failOn, config['fail-on']),
        data: result.data,
    });
    return (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .emitReport */ .K)(report, options);
}


/***/ }),

/***/ 5020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ packagesOf),
/* harmony export */   n_: () => (/* binding */ readDockerfile)
/* harmony export */ });
/* unused harmony exports imageFamily, installedPackages */
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
/**
 * What shipcheck needs to know of a Dockerfile: its stages, each stage's base image family and Python
 * version, and the OS packages each stage installs (apt-get/apt install, apk add), with line numbers.
 */

function readDockerfile(text) {
    const dockerfile = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const stages = [];
    for (const instruction of dockerfile.getInstructions()) {
        const keyword = instruction.getKeyword().toUpperCase();
        const line = instruction.getRange().start.line + 1;
        if (keyword === 'FROM') {
            const args = instruction.getArgumentsContent()?.trim() ?? '';
            const [image = '', as, name] = args.replace(/--platform=\S+\s+/, '').split(/\s+/);
            const baseStage = stages.find((stage) => stage.name && stage.name.toLowerCase() === image.toLowerCase());
            stages.push({
                index: stages.length,
                name: as?.toUpperCase() === 'AS' ? name : undefined,
                image,
                baseStage: baseStage?.index,
                family: baseStage ? baseStage.family : imageFamily(image),
                pythonVersion: baseStage ? baseStage.pythonVersion : pythonVersionOf(image),
                fromLine: line,
                packages: [],
                installLines: [],
            });
        }
        else if (keyword === 'RUN' && stages.length > 0) {
            const stage = stages[stages.length - 1];
            const packages = installedPackages(instruction.getArgumentsContent() ?? '');
            if (packages.length > 0) {
                stage.installLines.push(line);
                stage.packages.push(...packages.map((p) => ({ ...p, line })));
            }
        }
    }
    return { stages };
}
/** The packages a stage has: its own, and those of the stages it is built from. */
function packagesOf(model, stage) {
    const names = new Set();
    for (let s = stage; s; s = s.baseStage === undefined ? undefined : model.stages[s.baseStage]) {
        for (const p of s.packages)
            names.add(p.name);
    }
    return names;
}
function imageFamily(image) {
    const [repository = '', tag = 'latest'] = image.replace(/@sha256:.*$/, '').split(':');
    const name = repository.split('/').pop() ?? '';
    if (/alpine/i.test(tag) || name === 'alpine')
        return 'alpine';
    if (name === 'python')
        return /slim/i.test(tag) ? 'slim' : 'full';
    if (['debian', 'ubuntu'].includes(name))
        return 'os';
    return 'unknown';
}
function pythonVersionOf(image) {
    const [repository = '', tag = ''] = image.split(':');
    if ((repository.split('/').pop() ?? '') !== 'python')
        return undefined;
    return /^(\d+\.\d+)/.exec(tag)?.[1];
}
/** `apt-get install -y --no-install-recommends a b=1.2`, `apk add --no-cache c` inside a RUN (or heredoc). */
function installedPackages(command) {
    const body = command.replace(/^<<-?\s*["']?(\w+)["']?\n([\s\S]*?)\n\1\s*$/m, '$2');
    const found = [];
    for (const segment of body.split(/&&|\|\||;|\||\n/)) {
        const words = segment
            .trim()
            .split(/\s+/)
            .map((w) => w.replace(/^["']|["']$/g, ''));
        const tool = words.findIndex((w) => /(^|\/)(apt-get|apt|aptitude|apk)$/.test(w));
        if (tool < 0)
            continue;
        const manager = words[tool].endsWith('apk') ? 'apk' : 'apt';
        const verb = words.findIndex((w, i) => i > tool && (manager === 'apk' ? w === 'add' : w === 'install'));
        if (verb < 0)
            continue;
        for (let i = verb + 1; i < words.length; i++) {
            const word = words[i];
            if (!word || word === '\\')
                continue;
            if (word.startsWith('-')) {
                if (/^(-t|-o|--target-release|--option|--virtual|-X|--repository)$/.test(word))
                    i++;
                continue;
            }
            if (word.includes('$') || word.includes('`'))
                continue;
            found.push({ name: word.replace(/[=<>~].*$/, '').replace(/:(amd64|arm64|i386)$/, ''), manager });
        }
    }
    return found;
}


/***/ }),

/***/ 1387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N$: () => (/* binding */ findPythonFiles),
/* harmony export */   cx: () => (/* binding */ firstPartyModules),
/* harmony export */   yG: () => (/* binding */ findRequirementFiles)
/* harmony export */ });
/* unused harmony export globToRegExp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Folders that hold someone else's code or generated output, never the project's sources. */
const SKIPPED_DIRS = new Set([
    '.git',
    '.hg',
    '.svn',
    'node_modules',
    '__pycache__',
    'site-packages',
    'dist-packages',
    '.tox',
    '.nox',
    '.mypy_cache',
    '.pytest_cache',
    '.ruff_cache',
    '.venv',
    'venv',
    'env',
    '.eggs',
    'build',
    'dist',
    '.shipcheck',
]);
/** `*` matches within one path segment, `**` across segments. */
function globToRegExp(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            out += '.*';
            i++;
            if (pattern[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
/** Project-relative requirement files named or matched by the patterns, in order, without repeats. */
function findRequirementFiles(root, patterns) {
    const files = [];
    const unmatched = [];
    for (const pattern of patterns) {
        if (!/[*?]/.test(pattern)) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, pattern)))
                files.push(pattern.replace(/^\.\//, ''));
            else
                unmatched.push(pattern);
            continue;
        }
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(pattern);
        const matcher = globToRegExp(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(pattern));
        const absoluteDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, dir);
        const found = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absoluteDir)
            ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absoluteDir)
                .filter((name) => matcher.test(name) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(absoluteDir, name)).isFile())
                .sort()
                .map((name) => (dir === '.' ? name : `${dir}/${name}`))
            : [];
        if (found.length === 0)
            unmatched.push(pattern);
        files.push(...found);
    }
    return { files: [...new Set(files)], unmatched };
}
/** Every `.py` file under root (project-relative), skipping virtualenvs, dependencies and build output. */
function findPythonFiles(root, exclude) {
    const excluded = exclude.map(globToRegExp);
    const out = [];
    const walk = (dir, relative) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const rel = relative ? `${relative}/${entry.name}` : entry.name;
            if (excluded.some((re) => re.test(rel)))
                continue;
            if (entry.isDirectory()) {
                if (SKIPPED_DIRS.has(entry.name) || entry.name.endsWith('.egg-info'))
                    continue;
                // a virtualenv by any name
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name, 'pyvenv.cfg')))
                    continue;
                walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name), rel);
            }
            else if (entry.isFile() && entry.name.endsWith('.py')) {
                out.push(rel);
            }
        }
    };
    walk(root, '');
    return out.sort();
}
/**
 * The project's own top-level modules: `x.py` and folders holding Python at the root, and the same under
 * `src/` (the src layout). An import of one of these is never a third-party dependency. Modules deeper down
 * (app/celery.py) are not: `import celery` there still means the distribution.
 */
function firstPartyModules(pythonFiles, extra) {
    const modules = new Set(extra);
    for (const file of pythonFiles) {
        const parts = file.split('/');
        const start = parts[0] === 'src' && parts.length > 1 ? 1 : 0;
        modules.add(parts[start].replace(/\.py$/, ''));
    }
    return modules;
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
