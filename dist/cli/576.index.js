export const id = 576;
export const ids = [576,680];
export const modules = {

/***/ 4576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPostDeployVerify: () => (/* binding */ runPostDeployVerify)
});

// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(8401);
// EXTERNAL MODULE: ./src/config/fail-on.ts
var fail_on = __webpack_require__(5892);
// EXTERNAL MODULE: ./src/core/secrets.ts
var core_secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/ssh/settings.ts
var ssh_settings = __webpack_require__(2313);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/config/env.ts
var env = __webpack_require__(8409);
// EXTERNAL MODULE: ./src/config/values.ts
var values = __webpack_require__(3750);
;// CONCATENATED MODULE: ./src/verify/spec.ts
/**
 * The post-deploy checklist as data: shipcheck.yml's `verify:` section, a spec file, or the CLI's quick
 * flags, all read into one VerifySpec. Every error names the key path (`verify.checks[2].expect.status`).
 */

function fail(where, message, fix) {
    throw new errors/* ShipcheckError */.b('input', `${where}: ${message}`, { fix });
}
function object(raw, where) {
    if (raw === undefined || raw === null)
        return {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        fail(where, `expected a mapping, found ${describe(raw)}`);
    return raw;
}
function describe(raw) {
    return Array.isArray(raw)
        ? 'a list'
        : raw === null
            ? 'null'
            : `${typeof raw} ${JSON.stringify(raw)?.slice(0, 40)}`;
}
function str(raw, where, fallback) {
    if (raw === undefined || raw === null || raw === '') {
        if (fallback !== undefined)
            return fallback;
        fail(where, 'is required');
    }
    if (typeof raw === 'number')
        return String(raw);
    if (typeof raw !== 'string')
        fail(where, `expected a string, found ${describe(raw)}`);
    return raw;
}
function num(raw, where, fallback, min = 0) {
    if (raw === undefined || raw === null || raw === '')
        return fallback;
    const value = typeof raw === 'string' ? Number(raw.replace(/ms$/, '')) : raw;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
        fail(where, `expected a number >= ${min}, found ${describe(raw)}`);
    }
    return value;
}
function strings(raw, where) {
    const out = {};
    for (const [key, value] of Object.entries(object(raw, where)))
        out[key] = str(value, `${where}.${key}`);
    return out;
}
const PREDICATE_KEYS = ['equals', 'matches', 'exists', 'type', 'count'];
function parsePredicate(raw, where) {
    // a bare value means equals
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        return { equals: raw };
    const keys = Object.keys(raw);
    if (keys.length !== 1 || !PREDICATE_KEYS.includes(keys[0])) {
        fail(where, `expected one of ${PREDICATE_KEYS.join(', ')}, found ${keys.join(', ') || 'nothing'}`, 'e.g. { equals: "ok" } or { matches: "\\\\.docx$" }');
    }
    const [key] = keys;
    const value = raw[key];
    if (key === 'matches') {
        const pattern = str(value, `${where}.matches`);
        try {
            new RegExp(pattern);
        }
        catch (error) {
            fail(`${where}.matches`, `not a regular expression: ${error.message}`);
        }
        return { matches: pattern };
    }
    if (key === 'exists')
        return { exists: value !== false };
    if (key === 'count')
        return { count: num(value, `${where}.count`, 0) };
    if (key === 'type') {
        const type = str(value, `${where}.type`);
        if (!['string', 'number', 'boolean', 'object', 'array', 'null'].includes(type))
            fail(`${where}.type`, `unknown type '${type}'`);
        return { type: type };
    }
    return { equals: value };
}
function parseExpectation(raw, where) {
    const spec = object(raw, where);
    const status = spec.status;
    const statuses = status === undefined
        ? undefined
        : (Array.isArray(status) ? status : [status]).map((s, i) => {
            if (typeof s === 'number' || (typeof s === 'string' && /^([1-5]xx|\d{3})$/.test(s)))
                return s;
            return fail(`${where}.status[${i}]`, `expected a status like 200 or 2xx, found ${describe(s)}`);
        });
    const predicates = (key) => spec[key] === undefined
        ? undefined
        : Object.fromEntries(Object.entries(object(spec[key], `${where}.${key}`)).map(([name, p]) => [
            key === 'headers' ? name.toLowerCase() : name,
            parsePredicate(p, `${where}.${key}.${name}`),
        ]));
    return {
        status: statuses,
        headers: predicates('headers'),
        json: predicates('json'),
        body: spec.body === undefined ? undefined : str(spec.body, `${where}.body`),
        maxMs: spec['max-ms'] === undefined ? undefined : num(spec['max-ms'], `${where}.max-ms`, 0),
    };
}
/** A relative path joins the base URL; an absolute URL stays. */
function resolveUrl(raw, baseUrl, where) {
    try {
        return new URL(raw, baseUrl).href;
    }
    catch {
        return fail(where, baseUrl ? `'${raw}' is not a URL or a path` : `'${raw}' is a path, but there is no base-url`, 'set base-url (input, --base-url or verify.base-url) or give a full URL');
    }
}
function httpCheck(raw, where, baseUrl, index) {
    const spec = object(raw, where);
    const url = resolveUrl(str(spec.url ?? spec.path, `${where}.url`), baseUrl, `${where}.url`);
    const latency = spec.latency === undefined ? undefined : object(spec.latency, `${where}.latency`);
    return {
        kind: 'http',
        name: str(spec.name, `${where}.name`, `${String(spec.method ?? 'GET').toUpperCase()} ${new URL(url).pathname || url} #${index + 1}`),
        method: str(spec.method, `${where}.method`, 'GET').toUpperCase(),
        url,
        headers: strings(spec.headers, `${where}.headers`),
        json: spec.json,
        form: spec.form === undefined ? undefined : strings(spec.form, `${where}.form`),
        expect: parseExpectation(spec.expect ?? { status: '2xx' }, `${where}.expect`),
        samples: num(spec.samples, `${where}.samples`, latency ? 20 : 1, 1),
        latency: latency && {
            p50: latency.p50 === undefined ? undefined : num(latency.p50, `${where}.latency.p50`, 0),
            p95: latency.p95 === undefined ? undefined : num(latency.p95, `${where}.latency.p95`, 0),
            max: latency.max === undefined ? undefined : num(latency.max, `${where}.latency.max`, 0),
        },
    };
}
function parseHostPort(raw, where, defaultPort = 443) {
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(raw.trim());
    if (!match)
        fail(where, `expected HOST:PORT, found '${raw}'`);
    return { host: match[1].replace(/^\[|\]$/g, ''), port: match[2] ? Number(match[2]) : defaultPort };
}
function tlsCheck(raw, where, defaults = {}) {
    const spec = typeof raw === 'string' ? { host: raw } : object(raw, where);
    const { host, port } = parseHostPort(str(spec.host, `${where}.host`), `${where}.host`, num(spec.port, `${where}.port`, 443, 1));
    const minDays = num(spec['min-days'], `${where}.min-days`, defaults.minDays ?? 7);
    return {
        kind: 'tls',
        name: str(spec.name, `${where}.name`, `TLS ${host}:${port}`),
        host,
        port,
        servername: str(spec.servername, `${where}.servername`, host),
        minDays,
        warnDays: num(spec['warn-days'], `${where}.warn-days`, Math.max(minDays, 21)),
        hsts: spec.hsts === undefined ? true : spec.hsts !== false,
    };
}
/** The `verify:` mapping (shipcheck.yml or a spec file). */
function parseSpec(raw, where, defaults = {}) {
    const spec = object(raw, where);
    const baseUrl = defaults.baseUrl ??
        (spec['base-url'] === undefined ? undefined : str(spec['base-url'], `${where}.base-url`));
    if (baseUrl)
        resolveUrl(baseUrl, undefined, `${where}.base-url`);
    const checks = [];
    const list = (key) => {
        const value = spec[key];
        if (value === undefined)
            return [];
        if (!Array.isArray(value))
            fail(`${where}.${key}`, `expected a list, found ${describe(value)}`);
        return value;
    };
    list('checks').forEach((item, i) => checks.push(httpCheck(item, `${where}.checks[${i}]`, baseUrl, i)));
    list('tls').forEach((item, i) => checks.push(tlsCheck(item, `${where}.tls[${i}]`, defaults)));
    list('redirects').forEach((item, i) => {
        const entry = typeof item === 'string' ? { url: item } : object(item, `${where}.redirects[${i}]`);
        const url = resolveUrl(str(entry.url, `${where}.redirects[${i}].url`), undefined, `${where}.redirects[${i}].url`);
        checks.push({
            kind: 'redirect',
            name: str(entry.name, `${where}.redirects[${i}].name`, `redirect ${url}`),
            url,
        });
    });
    list('uploads').forEach((item, i) => checks.push(uploadCheck(item, `${where}.uploads[${i}]`, baseUrl)));
    if (spec.version !== undefined) {
        const version = object(spec.version, `${where}.version`);
        const expectSha = defaults.expectSha ?? str(version['expect-sha'], `${where}.version.expect-sha`, '');
        if (expectSha) {
            checks.push({
                kind: 'version',
                name: 'deployed commit',
                url: version.url === undefined
                    ? undefined
                    : resolveUrl(str(version.url, `${where}.version.url`), baseUrl, `${where}.version.url`),
                jsonPath: version['json-path'] === undefined
                    ? undefined
                    : str(version['json-path'], `${where}.version.json-path`),
                header: version.header === undefined
                    ? undefined
                    : str(version.header, `${where}.version.header`).toLowerCase(),
                ssh: version.ssh === true,
                expectSha,
            });
        }
    }
    if (spec.resources !== undefined && spec.resources !== false)
        checks.push(resourcesCheck(spec.resources === true ? {} : spec.resources, `${where}.resources`));
    if (spec.database !== undefined) {
        const database = typeof spec.database === 'string' ? { url: spec.database } : object(spec.database, `${where}.database`);
        checks.push({
            kind: 'database',
            name: 'database reachable',
            url: str(database.url, `${where}.database.url`),
        });
    }
    let wait;
    if (spec.wait !== undefined) {
        const waitSpec = typeof spec.wait === 'string' ? { url: spec.wait } : object(spec.wait, `${where}.wait`);
        wait = {
            check: httpCheck(waitSpec, `${where}.wait`, baseUrl, 0),
            timeoutMs: num(waitSpec.timeout, `${where}.wait.timeout`, 120, 1) * 1000,
        };
        wait.check.name = `ready: ${wait.check.name}`;
    }
    return {
        baseUrl,
        wait,
        checks,
        concurrency: defaults.concurrency ?? num(spec.concurrency, `${where}.concurrency`, 8, 1),
        timeoutMs: defaults.timeoutMs ?? num(spec.timeout, `${where}.timeout`, 10, 0.1) * 1000,
        caFile: defaults.caFile ??
            (spec['ca-file'] === undefined ? undefined : str(spec['ca-file'], `${where}.ca-file`)),
    };
}
function uploadCheck(raw, where, baseUrl) {
    const spec = typeof raw === 'string' ? { url: raw } : object(raw, where);
    const url = resolveUrl(str(spec.url, `${where}.url`), baseUrl, `${where}.url`);
    const filename = str(spec.filename, `${where}.filename`, '陈熙蕾.docx');
    return {
        kind: 'upload',
        name: str(spec.name, `${where}.name`, `upload ${filename}`),
        url,
        field: str(spec.field, `${where}.field`, 'file'),
        filename,
        headers: strings(spec.headers, `${where}.headers`),
        form: spec.form === undefined ? {} : strings(spec.form, `${where}.form`),
        storedNamePath: str(spec['stored-name'], `${where}.stored-name`, '$.filename'),
        typePath: spec['type-path'] === undefined ? undefined : str(spec['type-path'], `${where}.type-path`),
        expectType: spec['expect-type'] === undefined ? undefined : str(spec['expect-type'], `${where}.expect-type`),
        expect: parseExpectation(spec.expect ?? { status: '2xx' }, `${where}.expect`),
    };
}
function resourcesCheck(raw, where) {
    const spec = object(raw, where);
    return {
        kind: 'resources',
        name: 'host resources',
        memoryWarn: num(spec['memory-warn'], `${where}.memory-warn`, 85),
        memoryFail: num(spec['memory-fail'], `${where}.memory-fail`, 95),
        swapWarn: num(spec['swap-warn'], `${where}.swap-warn`, 50),
        loadWarn: num(spec['load-warn'], `${where}.load-warn`, 1.5),
        loadFail: num(spec['load-fail'], `${where}.load-fail`, 3),
        diskWarn: num(spec['disk-warn'], `${where}.disk-warn`, 85),
        diskFail: num(spec['disk-fail'], `${where}.disk-fail`, 95),
        containerWarn: num(spec['container-warn'], `${where}.container-warn`, 90),
        path: str(spec.path, `${where}.path`, '/'),
    };
}

;// CONCATENATED MODULE: ./src/verify/settings.ts









const POST_DEPLOY_VERIFY_OWN_KEYS = [
    'spec',
    'base-url',
    'url',
    'wait-url',
    'wait-timeout',
    'tls',
    'ca-file',
    'min-days',
    'redirect',
    'upload',
    'expect-sha',
    'version-url',
    'resources',
    'database-url',
    'app-dir',
    'concurrency',
    'timeout',
    'junit-file',
];
const POST_DEPLOY_VERIFY_KEYS = [...POST_DEPLOY_VERIFY_OWN_KEYS, ...ssh_settings/* SSH_CONNECTION_KEYS */.RH];
function number(raw, key) {
    if (raw === undefined || raw === null || raw === '')
        return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
        throw new errors/* ShipcheckError */.b('input', `${key} must be a number > 0, found '${String(raw)}'`);
    return value;
}
/**
 * The spec from `spec` (a YAML file with the same shape as shipcheck.yml's `verify:`), else shipcheck.yml's
 * `verify:`; then the quick inputs (url, tls, redirect, upload, expect-sha...) add their checks to it.
 */
function verifySettings(root, config, overrides = {}, secrets = {}) {
    const section = config.section ?? {};
    const value = (key) => overrides[key] ?? section[key];
    const specFile = (0,values/* optionalString */.sx)(value('spec'), 'spec');
    let rawSpec = config.verify ?? {};
    let where = 'verify';
    if (specFile) {
        const file = external_node_path_default().resolve(root, specFile);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch (error) {
            throw new errors/* ShipcheckError */.b('input', `spec: cannot read ${file}: ${error.code}`, {
                fix: 'give a YAML file with checks:, tls:, redirects:, uploads:, version: (docs/post-deploy-verify.md)',
            });
        }
        const yaml = (0,load/* readSettingsYaml */.Xw)(text, specFile, 'input', 'spec is not valid YAML');
        rawSpec = yaml.data ?? {};
        // ${NAME} references, as in shipcheck.yml (tokens and passwords come from the environment)
        rawSpec = (0,env/* expandEnvReferences */.Q)(rawSpec, process.env, (keyPath, problem) => new errors/* ShipcheckError */.b('input', `${keyPath.join('.')}: ${problem.message}`, {
            where: `${specFile}:${yaml.lineOf(keyPath) ?? 1}`,
            fix: problem.fix,
        }), core_secrets/* registerUrlSecrets */.AI);
        const top = rawSpec;
        if (top && typeof top === 'object' && 'verify' in top)
            rawSpec = top.verify;
        where = specFile;
    }
    const caFile = (0,values/* optionalString */.sx)(value('ca-file'), 'ca-file');
    const minDays = number(value('min-days'), 'min-days');
    const expectSha = (0,values/* optionalString */.sx)(value('expect-sha'), 'expect-sha') || undefined;
    const timeout = number(value('timeout'), 'timeout');
    const spec = parseSpec(rawSpec, where, {
        baseUrl: (0,values/* optionalString */.sx)(value('base-url'), 'base-url') || undefined,
        concurrency: number(value('concurrency'), 'concurrency'),
        timeoutMs: timeout === undefined ? undefined : timeout * 1000,
        caFile: caFile ? external_node_path_default().resolve(root, caFile) : undefined,
        minDays,
        expectSha,
    });
    const extra = [];
    for (const url of (0,values/* stringList */.Yn)(value('url'), 'url') ?? []) {
        const resolved = resolveUrl(url, spec.baseUrl, 'url');
        extra.push({
            kind: 'http',
            name: `GET ${resolved}`,
            method: 'GET',
            url: resolved,
            headers: {},
            expect: { status: ['2xx'] },
            samples: 1,
        });
    }
    for (const target of (0,values/* stringList */.Yn)(value('tls'), 'tls') ?? [])
        extra.push(tlsCheck(target, 'tls', { minDays }));
    for (const url of (0,values/* stringList */.Yn)(value('redirect'), 'redirect') ?? []) {
        extra.push({ kind: 'redirect', name: `redirect ${url}`, url: resolveUrl(url, undefined, 'redirect') });
    }
    for (const url of (0,values/* stringList */.Yn)(value('upload'), 'upload') ?? [])
        extra.push(uploadCheck(url, 'upload', spec.baseUrl));
    const versionUrl = (0,values/* optionalString */.sx)(value('version-url'), 'version-url');
    const hasVersion = spec.checks.some((c) => c.kind === 'version');
    if (expectSha && !hasVersion) {
        extra.push({
            kind: 'version',
            name: 'deployed commit',
            url: versionUrl ? resolveUrl(versionUrl, spec.baseUrl, 'version-url') : undefined,
            ssh: !versionUrl,
            expectSha,
        });
    }
    if ((0,values/* bool */.lc)(value('resources'), 'resources', false) && !spec.checks.some((c) => c.kind === 'resources')) {
        extra.push(resourcesCheck({ path: (0,values/* optionalString */.sx)(value('app-dir'), 'app-dir') ?? '/' }, 'resources'));
    }
    const databaseUrl = (0,values/* optionalString */.sx)(value('database-url'), 'database-url');
    if (databaseUrl) {
        (0,core_secrets/* registerUrlSecrets */.AI)(databaseUrl);
        extra.push({ kind: 'database', name: 'database reachable', url: databaseUrl });
    }
    const waitUrl = (0,values/* optionalString */.sx)(value('wait-url'), 'wait-url');
    if (waitUrl) {
        const url = resolveUrl(waitUrl, spec.baseUrl, 'wait-url');
        spec.wait = {
            check: {
                kind: 'http',
                name: `ready: GET ${url}`,
                method: 'GET',
                url,
                headers: {},
                expect: { status: ['2xx'] },
                samples: 1,
            },
            timeoutMs: (number(value('wait-timeout'), 'wait-timeout') ?? 120) * 1000,
        };
    }
    spec.checks.push(...extra);
    for (const check of spec.checks)
        if (check.kind === 'database')
            (0,core_secrets/* registerUrlSecrets */.AI)(check.url);
    if (spec.checks.length === 0 && !spec.wait) {
        throw new errors/* ShipcheckError */.b('input', 'nothing to verify: no checks in the spec and no quick inputs', {
            fix: 'add verify: to shipcheck.yml, give spec: FILE, or use url / tls / redirect / upload / expect-sha',
        });
    }
    const needsSsh = spec.checks.some((c) => c.kind === 'resources' || (c.kind === 'version' && c.ssh));
    const connection = { ...config.sshDefaults };
    for (const key of ssh_settings/* SSH_CONNECTION_KEYS */.RH) {
        const own = value(key);
        if (own !== undefined)
            connection[key] = own;
    }
    let ssh;
    if (needsSsh) {
        if (!connection.host && !connection.hosts) {
            throw new errors/* ShipcheckError */.b('input', 'the resources and version-over-SSH checks need a server: host is empty', {
                fix: 'set host (and known-hosts, the key) as for ssh-deploy, or give version-url instead',
            });
        }
        ssh = (0,ssh_settings/* sshSettings */.OA)(root, {}, connection, secrets);
    }
    const appDir = (0,values/* optionalString */.sx)(value('app-dir'), 'app-dir') ??
        (0,values/* optionalString */.sx)(config.sshDefaults?.['app-dir'], 'app-dir');
    return { spec, ssh, appDir, junitFile: (0,values/* optionalString */.sx)(value('junit-file'), 'junit-file') || undefined };
}

// EXTERNAL MODULE: ./src/report/render/markdown.ts
var markdown = __webpack_require__(8298);
;// CONCATENATED MODULE: ./src/verify/summary.ts
/** The results table (failures first, with the response excerpt) and JUnit XML for test-report tools. */




function ordered(run) {
    const all = run.data.wait ? [run.data.wait, ...run.data.results] : run.data.results;
    return [...all.filter((r) => !r.passed), ...all.filter((r) => r.passed)];
}
function verifyMarkdown(run) {
    const { passed, failed, skipped, wait } = run.data;
    const heading = wait && !wait.passed
        ? `### post-deploy-verify: not ready, ${skipped} check${skipped === 1 ? '' : 's'} not run`
        : `### post-deploy-verify: ${passed} passed, ${failed} failed`;
    const out = [
        heading,
        '',
        '| Check | Result | Target | Time | Detail |',
        '| --- | --- | --- | ---: | --- |',
    ];
    for (const r of ordered(run)) {
        const warned = r.passed && r.problems.length > 0;
        out.push(`| ${escapeHtml(r.name)} | ${r.passed ? (warned ? '🟡 passed' : '✅ passed') : '❌ failed'} | ${escapeHtml(r.target)} | ${r.durationMs} ms | ${escapeHtml(r.detail).slice(0, 200)}${r.excerpt ? `<br><code>${escapeHtml(r.excerpt)}</code>` : ''} |`);
    }
    return `${out.join('\n')}\n`;
}
function verifyText(run) {
    return (ordered(run)
        .map((r) => `${r.passed ? '✔' : '✖'} ${r.name} — ${r.detail} (${r.durationMs} ms)${r.excerpt ? `\n    response: ${r.excerpt}` : ''}`)
        .join('\n') + '\n');
}
/** XML text: markup escaped, and the control characters XML 1.0 cannot hold dropped. */
const xml = (text) => [...text]
    .filter((ch) => {
    const code = ch.codePointAt(0);
    return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
})
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
function verifyJunit(run) {
    const results = run.data.wait ? [run.data.wait, ...run.data.results] : run.data.results;
    const failures = results.filter((r) => !r.passed).length;
    const seconds = (ms) => (ms / 1000).toFixed(3);
    const cases = results.map((r) => {
        const head = `    <testcase classname="post-deploy-verify.${xml(r.kind)}" name="${xml(r.name)}" time="${seconds(r.durationMs)}">`;
        if (r.passed)
            return `${head}</testcase>`;
        const errors = r.problems.filter((p) => p.severity === 'error');
        return `${head}\n      <failure message="${xml(errors[0]?.message ?? r.detail)}">${xml(errors.map((p) => `${p.message}${p.fix ? ` (fix: ${p.fix})` : ''}`).join('\n'))}${r.excerpt ? xml(`\nresponse: ${r.excerpt}`) : ''}</failure>\n    </testcase>`;
    });
    const total = results.reduce((sum, r) => sum + r.durationMs, 0);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${results.length}" failures="${failures}" time="${seconds(total)}">\n  <testsuite name="post-deploy-verify" tests="${results.length}" failures="${failures}" time="${seconds(total)}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}
/** Writes the JUnit XML (secrets masked) to `file`; returns its absolute path. */
function writeJunit(file, run) {
    const absolute = external_node_path_default().resolve(file);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(absolute), { recursive: true });
    (0,external_node_fs_.writeFileSync)(absolute, (0,core_secrets/* maskSecrets */.QU)(verifyJunit(run)));
    return absolute;
}

// EXTERNAL MODULE: ./src/ssh/connection.ts + 3 modules
var connection = __webpack_require__(4680);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js
var index_node_esm = __webpack_require__(6229);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./src/verify/http.ts
/**
 * HTTP for the post-deploy checks: undici with a timeout on every request, no redirects followed (a redirect
 * is something to check, not to hide), one connection pool per run, and expectations evaluated with a real
 * JSONPath implementation (jsonpath-plus).
 */





function createDispatcher(caFile) {
    const ca = caFile ? (0,external_node_fs_.readFileSync)(caFile, 'utf8') : undefined;
    return new undici/* Agent */.g6({ connect: ca ? { ca } : {}, keepAliveTimeout: 10_000, connections: 64 });
}
/** Sends one request; rejects with a one-line reason (refused, timed out, TLS) on transport failures. */
async function send(req, timeout, dispatcher) {
    const started = performance.now();
    // undici's timers take whole milliseconds
    const timeoutMs = Math.max(1, Math.round(timeout));
    try {
        const response = await (0,undici/* request */.Em)(req.url, {
            method: req.method,
            headers: { 'user-agent': 'shipcheck-post-deploy-verify', ...req.headers },
            body: req.body,
            dispatcher,
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
            signal: AbortSignal.timeout(timeoutMs),
        });
        const body = await response.body.text();
        const headers = {};
        for (const [name, value] of Object.entries(response.headers)) {
            headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value ?? '');
        }
        return { status: response.statusCode, headers, body, ms: performance.now() - started };
    }
    catch (error) {
        throw new Error(transportReason(error, timeoutMs));
    }
}
function transportReason(error, timeoutMs) {
    const e = error;
    const code = e.code ?? e.cause?.code;
    if (e.name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        return `no answer within ${timeoutMs / 1000} s`;
    }
    if (code === 'ECONNREFUSED')
        return 'connection refused (nothing listens there)';
    if (code === 'ENOTFOUND')
        return 'the host name does not resolve';
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
        return 'the connection was closed without an answer';
    return (0,core_secrets/* maskSecrets */.QU)(`${code ? `${code}: ` : ''}${e.cause?.message ?? e.message ?? String(error)}`);
}
function statusMatches(status, expected) {
    return expected.some((e) => typeof e === 'number'
        ? e === status
        : /^\dxx$/.test(e)
            ? Math.floor(status / 100) === Number(e[0])
            : Number(e) === status);
}
function typeOf(value) {
    return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
/** Why the values a JSONPath (or a header) found do not meet the predicate; undefined when they do. */
function predicateProblem(values, predicate) {
    const shown = values.length === 0 ? 'nothing' : values.map((v) => JSON.stringify(v)?.slice(0, 80)).join(', ');
    if ('exists' in predicate) {
        return values.length > 0 === predicate.exists
            ? undefined
            : predicate.exists
                ? 'is missing'
                : `exists (${shown})`;
    }
    if ('count' in predicate) {
        return values.length === predicate.count
            ? undefined
            : `has ${values.length} values, expected ${predicate.count}`;
    }
    if (values.length === 0)
        return 'is missing';
    if ('equals' in predicate) {
        return values.every((v) => (0,external_node_util_.isDeepStrictEqual)(v, predicate.equals))
            ? undefined
            : `is ${shown}, expected ${JSON.stringify(predicate.equals)}`;
    }
    if ('matches' in predicate) {
        const pattern = new RegExp(predicate.matches);
        return values.every((v) => typeof v === 'string' && pattern.test(v))
            ? undefined
            : `is ${shown}, which does not match /${predicate.matches}/`;
    }
    return values.every((v) => typeOf(v) === predicate.type)
        ? undefined
        : `is ${shown} (${values.map(typeOf).join(', ')}), expected a ${predicate.type}`;
}
function jsonValues(body, path) {
    return (0,index_node_esm/* JSONPath */.E)({ path, json: body, wrap: true, eval: 'safe' });
}
/** Every way `response` misses `expect`, each a short sentence. */
function expectationProblems(response, expect) {
    const problems = [];
    if (expect.status && !statusMatches(response.status, expect.status)) {
        problems.push(`status ${response.status}, expected ${expect.status.join(' or ')}`);
    }
    for (const [name, predicate] of Object.entries(expect.headers ?? {})) {
        const value = response.headers[name];
        const problem = predicateProblem(value === undefined ? [] : [value], predicate);
        if (problem)
            problems.push(`header ${name} ${problem}`);
    }
    if (expect.json) {
        let parsed;
        try {
            parsed = JSON.parse(response.body);
        }
        catch {
            problems.push(`the body is not JSON (content-type ${response.headers['content-type'] ?? 'none'})`);
            parsed = undefined;
        }
        if (parsed !== undefined) {
            for (const [path, predicate] of Object.entries(expect.json)) {
                let values;
                try {
                    values = jsonValues(parsed, path);
                }
                catch (error) {
                    problems.push(`${path} is not a JSONPath: ${error.message}`);
                    continue;
                }
                const problem = predicateProblem(values, predicate);
                if (problem)
                    problems.push(`${path} ${problem}`);
            }
        }
    }
    if (expect.body !== undefined && !response.body.includes(expect.body)) {
        problems.push(`the body does not contain ${JSON.stringify(expect.body)}`);
    }
    if (expect.maxMs !== undefined && response.ms > expect.maxMs) {
        problems.push(`took ${Math.round(response.ms)} ms, more than ${expect.maxMs} ms`);
    }
    return problems;
}
/** The first bytes of a body for a failure message, secrets masked, one line. */
function excerpt(body, max = 300) {
    const flat = (0,core_secrets/* maskSecrets */.QU)(body).replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/verify/tls.ts
/**
 * A TLS profile in one handshake (seconds, not testssl's minutes): protocol, trust (system roots or a CA file),
 * a complete chain (the server sends its intermediates), hostname vs SAN, days until expiry.
 */


function tlsProfile(host, port, servername, options) {
    const started = performance.now();
    const ca = options.caFile ? (0,external_node_fs_.readFileSync)(options.caFile, 'utf8') : undefined;
    return new Promise((resolve, reject) => {
        const socket = external_node_tls_default().connect({
            host,
            port,
            servername: /^[\d.]+$/.test(servername) ? undefined : servername,
            ca,
            rejectUnauthorized: false,
            minVersion: 'TLSv1',
        });
        const timer = setTimeout(() => {
            socket.destroy();
            reject(new Error(`no TLS handshake within ${options.timeoutMs / 1000} s`));
        }, options.timeoutMs);
        socket.once('error', (error) => {
            clearTimeout(timer);
            reject(new Error(error.code === 'ECONNREFUSED' ? 'connection refused (nothing listens there)' : error.message));
        });
        socket.once('secureConnect', () => {
            clearTimeout(timer);
            const leaf = socket.getPeerCertificate(true);
            const chain = [];
            const seen = new Set();
            // the issuer links the server sent (node links a self-issued root to itself)
            for (let cert = leaf; cert && cert.fingerprint256 && !seen.has(cert.fingerprint256); cert = cert.issuerCertificate) {
                seen.add(cert.fingerprint256);
                const cn = cert.subject?.CN;
                chain.push(Array.isArray(cn) ? cn.join(',') : (cn ?? JSON.stringify(cert.subject)));
            }
            const validTo = leaf.valid_to ? new Date(leaf.valid_to) : undefined;
            const identity = leaf.raw ? external_node_tls_default().checkServerIdentity(servername, leaf) : new Error('no certificate');
            resolve({
                protocol: socket.getProtocol() ?? undefined,
                authorized: socket.authorized,
                authorizationError: socket.authorizationError ? String(socket.authorizationError) : undefined,
                chain,
                validTo,
                daysLeft: validTo ? (validTo.getTime() - Date.now()) / 86_400_000 : undefined,
                hostnameError: identity ? identity.message : undefined,
                subjectAltName: leaf.subjectaltname,
                ms: performance.now() - started,
            });
            socket.end();
        });
    });
}

;// CONCATENATED MODULE: ./src/verify/checks.ts
/**
 * One runner per kind of check. Each returns a CheckResult: passed or not, its timing, a one-line detail, and
 * the problems (with rule, severity and fix) that become the report's findings.
 */





function result(check, target, started, problems, detail, extra = {}) {
    return {
        name: check.name,
        kind: check.kind,
        target,
        passed: !problems.some((p) => p.severity === 'error'),
        durationMs: Math.round(performance.now() - started),
        detail,
        problems,
        ...extra,
    };
}
/** A check that got no answer at all (refused, timed out, no handshake): one error, the reason as its detail. */
function unreachable(check, target, started, error, rule, fix, prefix = '') {
    const reason = error.message;
    return result(check, target, started, [{ rule, severity: 'error', message: `${check.name}: ${prefix}${reason}`, fix }], reason);
}
function requestOf(check) {
    const headers = { ...check.headers };
    let body;
    if (check.json !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = JSON.stringify(check.json);
    }
    else if (check.form) {
        headers['content-type'] ??= 'application/x-www-form-urlencoded';
        body = new URLSearchParams(check.form).toString();
    }
    return { method: check.method, url: check.url, headers, body };
}
/** An HTTP check once (or `samples` times for latency thresholds). */
async function runHttp(check, context) {
    const started = performance.now();
    const times = [];
    let last;
    for (let i = 0; i < check.samples; i++) {
        try {
            last = await send(requestOf(check), context.timeoutMs, context.dispatcher);
        }
        catch (error) {
            return unreachable(check, check.url, started, error, 'http-unreachable', 'check that the app runs and the URL (base-url) is the one it serves', `${check.method} ${check.url}: `);
        }
        times.push(last.ms);
        const problems = expectationProblems(last, check.expect);
        if (problems.length > 0) {
            return result(check, check.url, started, [
                {
                    rule: 'http-expectation-failed',
                    severity: 'error',
                    message: `${check.name}: ${check.method} ${check.url}: ${problems.join('; ')}${check.samples > 1 ? ` (sample ${i + 1} of ${check.samples})` : ''}`,
                    fix: 'the response excerpt shows what the app answered',
                },
            ], problems.join('; '), { excerpt: excerpt(last.body) });
        }
    }
    const sorted = [...times].sort((a, b) => a - b);
    const timings = {
        samples: times.length,
        p50: Math.round(percentile(sorted, 50)),
        p95: Math.round(percentile(sorted, 95)),
        max: Math.round(sorted.at(-1) ?? 0),
    };
    const problems = [];
    for (const key of ['p50', 'p95', 'max']) {
        const limit = check.latency?.[key];
        if (limit !== undefined && timings[key] > limit) {
            problems.push({
                rule: 'latency-threshold',
                severity: 'error',
                message: `${check.name}: ${key} latency ${timings[key]} ms over ${timings.samples} samples, above ${limit} ms`,
                fix: 'look at slow queries, worker count and the host resources check',
            });
        }
    }
    return result(check, check.url, started, problems, check.samples > 1
        ? `HTTP ${last.status}; p50 ${timings.p50} ms, p95 ${timings.p95} ms, max ${timings.max} ms`
        : `HTTP ${last.status} in ${timings.max} ms`, check.samples > 1 ? { timings } : {});
}
/** Phase 1: one readiness check, retried with backoff on refusals, 5xx and failed expectations. */
async function waitUntilReady(check, timeoutMs, context) {
    const started = performance.now();
    const deadline = started + timeoutMs;
    let delay = 250;
    let attempts = 0;
    for (;;) {
        attempts++;
        const outcome = await runHttp({ ...check, samples: 1 }, { ...context, timeoutMs: Math.min(context.timeoutMs, Math.max(500, deadline - performance.now())) });
        if (outcome.passed)
            return {
                ...outcome,
                durationMs: Math.round(performance.now() - started),
                detail: `${outcome.detail} after ${attempts} attempt(s)`,
                attempts,
            };
        if (performance.now() + delay > deadline) {
            return {
                ...outcome,
                durationMs: Math.round(performance.now() - started),
                problems: [
                    {
                        rule: 'not-ready',
                        severity: 'error',
                        message: `${check.name}: not ready within ${timeoutMs / 1000} s (${attempts} attempts); last: ${outcome.detail}`,
                        fix: 'the app did not come up: look at its logs (the ssh-deploy summary has the last lines)',
                    },
                ],
                attempts,
            };
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 5000);
    }
}
async function runRedirect(check, context) {
    const started = performance.now();
    const url = new URL(check.url);
    let response;
    try {
        response = await send({ method: 'GET', url: check.url }, context.timeoutMs, context.dispatcher);
    }
    catch (error) {
        return unreachable(check, check.url, started, error, 'redirect-missing', 'listen on port 80 and redirect to https');
    }
    const location = response.headers.location;
    const problems = [];
    let target;
    try {
        target = location ? new URL(location, check.url) : undefined;
    }
    catch {
        target = undefined;
    }
    if (response.status < 300 || response.status > 399 || !target) {
        problems.push({
            rule: 'redirect-missing',
            severity: 'error',
            message: `${check.name}: ${check.url} answered ${response.status}${location ? ` with Location ${location}` : ''}, not a redirect to https`,
            fix: 'in nginx: server { listen 80; server_name ...; return 301 https://$host$request_uri; }',
        });
    }
    else if (target.protocol !== 'https:' || target.hostname !== url.hostname) {
        problems.push({
            rule: 'redirect-wrong-target',
            severity: 'error',
            message: `${check.name}: ${check.url} redirects to ${target.href}, expected https://${url.hostname}${url.pathname}`,
            fix: 'redirect to https on the same host: return 301 https://$host$request_uri;',
        });
    }
    else if (response.status !== 301 && response.status !== 308) {
        problems.push({
            rule: 'redirect-temporary',
            severity: 'warning',
            message: `${check.name}: ${check.url} redirects with ${response.status}; browsers and search engines keep using http`,
            fix: 'use 301 (or 308) for the http -> https redirect',
        });
    }
    return result(check, check.url, started, problems, `${response.status} -> ${location ?? 'no Location'}`);
}
async function runTls(check, context) {
    const started = performance.now();
    const target = `${check.host}:${check.port}`;
    let profile;
    try {
        profile = await tlsProfile(check.host, check.port, check.servername, {
            caFile: context.caFile,
            timeoutMs: context.timeoutMs,
        });
    }
    catch (error) {
        return unreachable(check, target, started, error, 'tls-handshake-failed', 'check that nginx listens with ssl on that port');
    }
    const problems = [];
    const add = (rule, severity, message, fix) => problems.push({ rule, severity, message: `${check.name}: ${message}`, fix });
    if (profile.protocol && !['TLSv1.2', 'TLSv1.3'].includes(profile.protocol)) {
        add('tls-old-protocol', 'error', `negotiated ${profile.protocol}`, 'ssl_protocols TLSv1.2 TLSv1.3; in nginx');
    }
    const expired = profile.daysLeft !== undefined && profile.daysLeft <= 0;
    if (expired) {
        add('tls-expired', 'error', `the certificate expired on ${profile.validTo.toISOString().slice(0, 10)}`, 'renew it (certbot renew) and reload nginx');
    }
    else if (profile.daysLeft !== undefined && profile.daysLeft < check.minDays) {
        add('tls-expiring', 'error', `the certificate expires in ${Math.floor(profile.daysLeft)} days (${profile.validTo.toISOString().slice(0, 10)}), less than ${check.minDays}`, 'renew it now; check that the certbot timer runs');
    }
    else if (profile.daysLeft !== undefined && profile.daysLeft < check.warnDays) {
        add('tls-expiring', 'warning', `the certificate expires in ${Math.floor(profile.daysLeft)} days (${profile.validTo.toISOString().slice(0, 10)})`, 'check that renewal runs (systemctl list-timers certbot*)');
    }
    if (profile.hostnameError) {
        add('tls-hostname-mismatch', 'error', `the certificate is not valid for ${check.servername} (${profile.subjectAltName ?? 'no subjectAltName'})`, 'issue the certificate for this name, or fix server_name / the SNI');
    }
    const error = profile.authorizationError;
    if (!profile.authorized && error && !(expired && error === 'CERT_HAS_EXPIRED')) {
        if (error === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
            (error === 'UNABLE_TO_GET_ISSUER_CERT' && profile.chain.length === 1)) {
            add('tls-chain-incomplete', 'error', `the server sends only ${profile.chain.length} certificate(s) (${profile.chain.join(' <- ')}): its intermediate is missing, so clients that do not cache it fail`, 'point ssl_certificate at fullchain.pem (leaf + intermediates), not cert.pem');
        }
        else if (error !== 'ERR_TLS_CERT_ALTNAME_INVALID' &&
            error !== "Hostname/IP does not match certificate's altnames") {
            add('tls-untrusted', 'error', `the chain is not trusted: ${error}`, 'use a certificate from a public CA, or pass ca-file for a private one');
        }
    }
    const detail = `${profile.protocol ?? '?'}; ${profile.chain.length} certificate(s); ${profile.daysLeft === undefined ? '?' : Math.floor(profile.daysLeft)} days left; ${Math.round(profile.ms)} ms`;
    if (check.hsts && problems.every((p) => p.severity !== 'error')) {
        try {
            const agent = hstsDispatcher(context, check);
            const response = await send({
                method: 'GET',
                url: `https://${check.host.includes(':') ? `[${check.host}]` : check.host}:${check.port}/`,
                headers: { host: check.servername },
            }, context.timeoutMs, agent).finally(() => agent.close());
            if (!response.headers['strict-transport-security']) {
                add('hsts-missing', 'warning', 'no Strict-Transport-Security header', 'add_header Strict-Transport-Security "max-age=31536000" always; in nginx');
            }
        }
        catch (e) {
            add('hsts-missing', 'warning', `could not read the headers over https: ${e.message}`, 'check the https listener');
        }
    }
    return result(check, target, started, problems, detail);
}
/** The HSTS request goes to the TLS host itself, speaking `servername` (SNI and Host) whatever DNS says here. */
function hstsDispatcher(context, check) {
    return new undici/* Agent */.g6({
        connect: {
            servername: /^[\d.]+$/.test(check.servername) ? undefined : check.servername,
            ca: context.caFile ? (0,external_node_fs_.readFileSync)(context.caFile, 'utf8') : undefined,
            // trust is judged by the handshake above; this request only reads a header
            rejectUnauthorized: false,
        },
    });
}
// ---- upload ----
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** A small, valid .docx (a ZIP with the three parts Word needs), so type detection has real bytes to look at. */
function minimalDocx() {
    const files = [
        [
            '[Content_Types].xml',
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ],
        [
            '_rels/.rels',
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ],
        [
            'word/document.xml',
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>shipcheck upload check</w:t></w:r></w:p></w:body></w:document>',
        ],
    ];
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const [name, text] of files) {
        const data = Buffer.from(text, 'utf8');
        const packed = (0,external_node_zlib_.deflateRawSync)(data);
        const nameBytes = Buffer.from(name, 'utf8');
        const crc = crc32(data);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(8, 8);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(packed.length, 18);
        local.writeUInt32LE(data.length, 22);
        local.writeUInt16LE(nameBytes.length, 26);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(20, 4);
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(8, 10);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(packed.length, 20);
        central.writeUInt32LE(data.length, 24);
        central.writeUInt16LE(nameBytes.length, 28);
        central.writeUInt32LE(offset, 42);
        locals.push(local, nameBytes, packed);
        centrals.push(central, nameBytes);
        offset += local.length + nameBytes.length + packed.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(files.length, 8);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
}
function crc32(data) {
    let crc = 0xffffffff;
    for (const byte of data) {
        crc ^= byte;
        for (let k = 0; k < 8; k++)
            crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
    return (crc ^ 0xffffffff) >>> 0;
}
/**
 * A multipart body whose file name is sent both raw (UTF-8, what browsers do) and as RFC 5987 filename*; the other
 * form fields go first, as a browser sends the inputs above a file input.
 */
function multipartUpload(field, filename, content, contentType, form = {}) {
    const boundary = `shipcheck-${Math.random().toString(16).slice(2)}`;
    const safe = (text) => text.replace(/["\\\r\n]/g, '_');
    const fields = Object.entries(form)
        .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${safe(name)}"\r\n\r\n${value.replace(/\r?\n/g, '\r\n')}\r\n`)
        .join('');
    const head = Buffer.from(`${fields}--${boundary}\r\nContent-Disposition: form-data; name="${safe(field)}"; filename="${safe(filename)}"; filename*=UTF-8''${encodeURIComponent(filename)}\r\nContent-Type: ${contentType}\r\n\r\n`, 'utf8');
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
    return {
        body: Buffer.concat([head, content, tail]),
        contentType: `multipart/form-data; boundary=${boundary}`,
    };
}
function extensionOf(name) {
    const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
    return match ? match[1].toLowerCase() : '';
}
async function runUpload(check, context) {
    const started = performance.now();
    const extension = extensionOf(check.filename);
    const content = extension === 'docx' ? minimalDocx() : Buffer.from('shipcheck upload check\n');
    const type = extension === 'docx' ? DOCX_TYPE : 'application/octet-stream';
    const { body, contentType } = multipartUpload(check.field, check.filename, content, type, check.form);
    let response;
    try {
        response = await send({ method: 'POST', url: check.url, headers: { ...check.headers, 'content-type': contentType }, body }, context.timeoutMs, context.dispatcher);
    }
    catch (error) {
        return unreachable(check, check.url, started, error, 'http-unreachable', 'check the upload URL', `POST ${check.url}: `);
    }
    const problems = [];
    const unmet = expectationProblems(response, check.expect);
    if (unmet.length > 0) {
        problems.push({
            rule: 'upload-failed',
            severity: 'error',
            message: `${check.name}: POST ${check.url}: ${unmet.join('; ')}`,
            fix: 'the response excerpt shows what the app answered',
        });
        return result(check, check.url, started, problems, unmet.join('; '), { excerpt: excerpt(response.body) });
    }
    let json;
    try {
        json = JSON.parse(response.body);
    }
    catch {
        problems.push({
            rule: 'upload-failed',
            severity: 'error',
            message: `${check.name}: the response is not JSON, so the stored name cannot be read`,
            fix: `answer the upload with JSON holding the stored name at ${check.storedNamePath}`,
        });
        return result(check, check.url, started, problems, 'not JSON', { excerpt: excerpt(response.body) });
    }
    const stored = jsonValues(json, check.storedNamePath)[0];
    if (typeof stored !== 'string') {
        problems.push({
            rule: 'upload-failed',
            severity: 'error',
            message: `${check.name}: ${check.storedNamePath} is ${JSON.stringify(stored) ?? 'missing'} in the response`,
            fix: 'set stored-name to the JSONPath of the stored file name',
        });
    }
    else if (extension && extensionOf(stored) !== extension) {
        problems.push({
            rule: 'upload-extension-lost',
            severity: 'error',
            message: `${check.name}: '${check.filename}' was stored as '${stored}', without its .${extension} extension`,
            fix: "werkzeug's secure_filename drops every non-ASCII character (secure_filename('陈熙蕾.docx') == 'docx'): keep the extension separately, e.g. f\"{uuid4().hex}{Path(file.filename).suffix.lower()}\"",
        });
    }
    if (check.typePath && check.expectType) {
        const detected = jsonValues(json, check.typePath)[0];
        if (detected !== check.expectType) {
            problems.push({
                rule: 'upload-type-wrong',
                severity: 'error',
                message: `${check.name}: the app detected ${JSON.stringify(detected)}, expected ${check.expectType}`,
                fix: 'detect the type from the content (python-magic) or the kept extension',
            });
        }
    }
    return result(check, check.url, started, problems, `stored as ${JSON.stringify(stored)}`, problems.length ? { excerpt: excerpt(response.body) } : {});
}
// ---- version ----
function shaMatches(reported, expected) {
    const a = reported.trim().toLowerCase();
    const b = expected.trim().toLowerCase();
    if (!/^[0-9a-f]{7,40}$/.test(a))
        return false;
    return a.length >= 7 && (b.startsWith(a) || a.startsWith(b));
}
async function runVersionHttp(check, context) {
    const started = performance.now();
    const url = check.url;
    let response;
    try {
        response = await send({ method: 'GET', url }, context.timeoutMs, context.dispatcher);
    }
    catch (error) {
        return unreachable(check, url, started, error, 'version-unknown', 'check version-url', `GET ${url}: `);
    }
    let reported;
    if (check.header)
        reported = response.headers[check.header];
    else if (check.jsonPath) {
        try {
            reported = jsonValues(JSON.parse(response.body), check.jsonPath)[0];
        }
        catch {
            reported = undefined;
        }
    }
    else
        reported = response.body.trim();
    return versionResult(check, url, started, typeof reported === 'string' ? reported : undefined, excerpt(response.body, 120));
}
function versionResult(check, target, started, reported, context) {
    if (!reported) {
        return result(check, target, started, [
            {
                rule: 'version-unknown',
                severity: 'error',
                message: `${check.name}: ${target} reports no commit${check.jsonPath ? ` at ${check.jsonPath}` : check.header ? ` in header ${check.header}` : ''}${context ? ` (answered: ${context})` : ''}`,
                fix: 'expose the commit: write GIT_SHA at build time and answer it on /version, or read it over SSH (version.ssh: true)',
            },
        ], 'no commit reported');
    }
    if (!shaMatches(reported, check.expectSha)) {
        return result(check, target, started, [
            {
                rule: 'version-mismatch',
                severity: 'error',
                message: `${check.name}: the server runs ${reported.slice(0, 40)}, not ${check.expectSha}`,
                fix: 'the deploy did not switch (see the ssh-deploy summary), or another deploy ran after it',
            },
        ], `runs ${reported.slice(0, 12)}`);
    }
    return result(check, target, started, [], `runs ${reported.slice(0, 12)}`);
}

;// CONCATENATED MODULE: ./src/verify/remote.ts

const RESOURCES_SCRIPT = `
awk '/^MemTotal:/{print "mem_total=" $2*1024} /^MemAvailable:/{print "mem_available=" $2*1024} /^SwapTotal:/{print "swap_total=" $2*1024} /^SwapFree:/{print "swap_free=" $2*1024}' /proc/meminfo
echo "load=$(cut -d' ' -f1 /proc/loadavg)"
echo "nproc=$(nproc 2>/dev/null || echo 1)"
d="$CHECK_PATH"; while [ ! -d "$d" ]; do d=$(dirname "$d"); done
df -Pk "$d" | awk 'NR==2{gsub("%","",$5); print "disk_used_pct=" $5; print "disk_free_kb=" $4}'
if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  ids=$(docker ps -aq)
  if [ -n "$ids" ]; then
    docker inspect --format 'container {{.Name}} {{.State.Status}} {{.State.OOMKilled}} {{.RestartCount}} {{.HostConfig.Memory}}' $ids
    docker stats --no-stream --format 'stats {{.Name}} {{.MemUsage}}' $(docker ps -q) 2>/dev/null || true
  fi
fi
{ dmesg 2>/dev/null || journalctl -k -n 200 --no-pager 2>/dev/null || true; } | grep -iE 'out of memory|oom-kill|killed process' | tail -n 3 | sed 's/^/kernel /' || true
`;
const UNITS = {
    b: 1,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
    kb: 1000,
    mb: 1000 ** 2,
    gb: 1000 ** 3,
};
/** `12.5MiB` -> bytes */
function parseDockerSize(text) {
    const match = /^([\d.]+)\s*([KMGT]?i?B)$/i.exec(text.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * (UNITS[match[2].toLowerCase()] ?? 1);
}
const mib = (bytes) => `${Math.round(bytes / 1024 ** 2)} MiB`;
function resourceProblems(output, check, host) {
    const facts = {};
    const containers = [];
    const usage = new Map();
    const kernel = [];
    for (const line of output.split('\n')) {
        const fact = /^([a-z_]+)=(.*)$/.exec(line);
        if (fact)
            facts[fact[1]] = fact[2];
        else if (line.startsWith('container ')) {
            const [, name = '', status = '', oom = '', restarts = '0', limit = '0'] = line.split(' ');
            containers.push({
                name: name.replace(/^\//, ''),
                status,
                oom: oom === 'true',
                restarts: Number(restarts),
                limit: Number(limit),
            });
        }
        else if (line.startsWith('stats ')) {
            const [, name = '', used = ''] = line.split(' ');
            const bytes = parseDockerSize(used);
            if (bytes !== undefined)
                usage.set(name, bytes);
        }
        else if (line.startsWith('kernel '))
            kernel.push(line.slice(7));
    }
    const problems = [];
    const add = (rule, severity, message, fix) => problems.push({ rule, severity, message: `${host}: ${message}`, fix });
    const total = Number(facts.mem_total ?? 0);
    const available = Number(facts.mem_available ?? 0);
    const usedPct = total > 0 ? ((total - available) / total) * 100 : 0;
    if (usedPct >= check.memoryFail) {
        add('host-memory-high', 'error', `${usedPct.toFixed(0)}% of ${mib(total)} RAM in use`, 'give every service a memory limit (deploy.resources.limits) that fits the host, or a bigger host');
    }
    else if (usedPct >= check.memoryWarn) {
        add('host-memory-high', 'warning', `${usedPct.toFixed(0)}% of ${mib(total)} RAM in use`, 'check the containers below; lower gunicorn workers or add limits');
    }
    const swapTotal = Number(facts.swap_total ?? 0);
    const swapUsed = swapTotal - Number(facts.swap_free ?? 0);
    if (swapTotal === 0 && total > 0 && total <= 2 * 1024 ** 3) {
        add('host-no-swap', 'warning', `${mib(total)} of RAM and no swap: the next spike ends in the OOM killer`, 'fallocate -l 1G /swapfile && chmod 600 /swapfile && mkswap /swapfile && swapon /swapfile');
    }
    else if (swapTotal > 0 && (swapUsed / swapTotal) * 100 >= check.swapWarn) {
        add('host-swapping', 'warning', `${((swapUsed / swapTotal) * 100).toFixed(0)}% of swap in use (${mib(swapUsed)}): the host is short of memory`, 'lower memory use or add RAM; swap keeps it alive but slow');
    }
    const cpus = Math.max(1, Number(facts.nproc ?? 1));
    const load = Number(facts.load ?? 0) / cpus;
    if (load >= check.loadFail) {
        add('host-cpu-saturated', 'error', `load ${facts.load} on ${cpus} CPU(s): the host is saturated`, 'set cpus limits on the services (deploy.resources.limits.cpus) and find the busy container (docker stats)');
    }
    else if (load >= check.loadWarn) {
        add('host-cpu-saturated', 'warning', `load ${facts.load} on ${cpus} CPU(s)`, 'find the busy container with docker stats');
    }
    const disk = Number(facts.disk_used_pct ?? 0);
    if (disk >= check.diskFail) {
        add('host-disk-full', 'error', `disk ${disk}% full at ${check.path}`, 'docker system prune; rotate logs; lower ssh-deploy keep');
    }
    else if (disk >= check.diskWarn) {
        add('host-disk-full', 'warning', `disk ${disk}% full at ${check.path}`, 'docker system prune; rotate logs');
    }
    for (const container of containers) {
        if (container.oom) {
            add('container-oom-killed', 'error', `container ${container.name} was killed for exceeding its memory limit (OOMKilled)`, 'raise its limit or make it use less (fewer workers, lazy model loading)');
        }
        if (container.restarts > 0) {
            add('container-restarting', container.status === 'restarting' ? 'error' : 'warning', `container ${container.name} restarted ${container.restarts} time(s) (${container.status})`, `docker logs ${container.name} shows why`);
        }
        const used = usage.get(container.name);
        if (container.status === 'running' && (container.limit === 0 || container.limit >= total)) {
            add('container-no-memory-limit', 'warning', `container ${container.name} has no memory limit${used ? ` (uses ${mib(used)})` : ''}: it can take the whole host`, 'set deploy.resources.limits.memory (or mem_limit) in the Compose file');
        }
        else if (used !== undefined &&
            container.limit > 0 &&
            (used / container.limit) * 100 >= check.containerWarn) {
            add('container-memory-near-limit', 'warning', `container ${container.name} uses ${mib(used)} of its ${mib(container.limit)} limit`, 'raise the limit before the OOM killer does it for you');
        }
    }
    if (kernel.length > 0) {
        add('kernel-oom', 'warning', `the kernel log has OOM kills: ${kernel.join(' | ').slice(0, 300)}`, 'add limits and swap; see which process was killed');
    }
    const detail = `RAM ${usedPct.toFixed(0)}% of ${mib(total)}, swap ${swapTotal ? mib(swapUsed) : 'none'}, load ${facts.load ?? '?'}/${cpus} CPU, disk ${disk}%, ${containers.length} container(s)`;
    return { problems, detail };
}
async function runResources(check, ssh) {
    const started = performance.now();
    const run = await ssh.run(RESOURCES_SCRIPT, { env: { CHECK_PATH: check.path }, timeout: 60_000 });
    if (run.code !== 0) {
        return result(check, ssh.label, started, [
            {
                rule: 'resources-unreadable',
                severity: 'error',
                message: `${ssh.label}: reading the host's resources failed (${run.code ?? 'cut off'}): ${run.stderr.slice(-200)}`,
                fix: 'the deploy user needs /proc, df and docker',
            },
        ], 'unreadable');
    }
    const { problems, detail } = resourceProblems(run.stdout, check, ssh.target.host);
    return result(check, ssh.label, started, problems, detail);
}
/** The commit `current` points at, read from the server (ssh-deploy's layout). */
async function runVersionSsh(check, ssh, appDir) {
    const started = performance.now();
    const run = await ssh.run('case "$APP_DIR" in "~/"*) APP_DIR="$HOME/${APP_DIR#"~/"}" ;; esac\nreadlink "$APP_DIR/current" || true', { env: { APP_DIR: appDir }, timeout: 30_000 });
    const sha = /releases\/([0-9a-f]{40})$/.exec(run.stdout.trim())?.[1];
    return versionResult(check, `${ssh.label}:${appDir}/current`, started, sha);
}

;// CONCATENATED MODULE: ./src/verify/verify.ts




async function runDatabase(check, timeoutMs) {
    const started = performance.now();
    const url = new URL(check.url);
    const label = `mysql://${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}${url.pathname}`;
    try {
        const { default: mysql } = await __webpack_require__.e(/* import() */ 588).then(__webpack_require__.t.bind(__webpack_require__, 7588, 19));
        const connection = await mysql.createConnection({
            host: url.hostname,
            port: Number(url.port || 3306),
            user: decodeURIComponent(url.username),
            password: decodeURIComponent(url.password),
            database: decodeURIComponent(url.pathname.replace(/^\//, '')) || undefined,
            connectTimeout: timeoutMs,
        });
        try {
            await connection.query({ sql: 'SELECT 1', timeout: timeoutMs });
        }
        finally {
            await connection.end().catch(() => connection.destroy());
        }
        return result(check, label, started, [], 'SELECT 1 answered');
    }
    catch (error) {
        const e = error;
        return result(check, label, started, [
            {
                rule: 'database-unreachable',
                severity: 'error',
                message: `${check.name}: ${label}: ${e.code ?? ''} ${e.sqlMessage ?? e.message ?? String(error)}`.replace(/\s+/g, ' '),
                fix: 'check that the database runs and that the user and password are the production ones',
            },
        ], e.code ?? 'failed');
    }
}
/** A bounded pool: at most `limit` of `work` at once, results in input order. */
async function pool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
async function postDeployVerify(settings, options) {
    const { spec } = settings;
    const dispatcher = createDispatcher(spec.caFile);
    const context = { dispatcher, timeoutMs: spec.timeoutMs, caFile: spec.caFile };
    let ssh;
    try {
        let wait;
        if (spec.wait) {
            wait = await options.steps.run(`wait until ready: ${spec.wait.check.url}`, () => waitUntilReady(spec.wait.check, spec.wait.timeoutMs, context));
            options.log(`${wait.passed ? 'ready' : 'NOT ready'}: ${wait.detail}`);
        }
        const needsSsh = spec.checks.some((c) => c.kind === 'resources' || (c.kind === 'version' && c.ssh));
        if (needsSsh) {
            if (!settings.ssh)
                throw new Error('unreachable: settings require ssh for these checks');
            ssh = await connection.SshConnection.open(settings.ssh.targets[0], {
                ...settings.ssh.connect,
                warn: options.warn,
            });
        }
        const results = wait && !wait.passed
            ? []
            : await options.steps.run(`verify: ${spec.checks.length} check(s), ${spec.concurrency} at a time`, () => pool(spec.checks, spec.concurrency, (check) => runOne(check, context, ssh, settings)));
        for (const r of results)
            options.log(`${r.passed ? '✔' : '✖'} ${r.name}: ${r.detail} (${r.durationMs} ms)`);
        const all = wait ? [wait, ...results] : results;
        const findings = all.flatMap((r) => r.problems.map((p) => ({
            rule: p.rule,
            severity: p.severity,
            message: p.message,
            fix: p.fix,
            check: 'post-deploy-verify',
        })));
        return {
            findings,
            data: {
                passed: results.filter((r) => r.passed).length,
                failed: results.filter((r) => !r.passed).length,
                skipped: wait && !wait.passed ? spec.checks.length : 0,
                results,
                wait,
            },
        };
    }
    finally {
        ssh?.close();
        await dispatcher.close();
    }
}
function runOne(check, context, ssh, settings) {
    switch (check.kind) {
        case 'http':
            return runHttp(check, context);
        case 'redirect':
            return runRedirect(check, context);
        case 'tls':
            return runTls(check, context);
        case 'upload':
            return runUpload(check, context);
        case 'version':
            return check.ssh || !check.url
                ? runVersionSsh(check, ssh, settings.appDir ?? '~/app')
                : runVersionHttp(check, context);
        case 'resources':
            return runResources(check, ssh);
        case 'database':
            return runDatabase(check, context.timeoutMs);
    }
}

// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/output.ts + 3 modules
var output = __webpack_require__(2073);
// EXTERNAL MODULE: ./src/cli/progress.ts
var progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/run/post-deploy-verify.ts











/** `shipcheck post-deploy-verify`: returns the exit code. */
async function runPostDeployVerify(dir, options) {
    const { root, config } = (0,load/* loadConfig */.Z9)(dir, options.config);
    const settings = verifySettings(root, {
        verify: config.verify,
        section: (config['post-deploy-verify'] ?? {}),
        sshDefaults: (config['ssh-deploy'] ?? {}),
    }, (0,cli_options/* flagsAsInputs */.vj)(POST_DEPLOY_VERIFY_KEYS, options), (0,ssh_settings/* sshSecretsFromEnv */.FA)());
    const write = (line) => process.stderr.write(`${(0,core_secrets/* maskSecrets */.QU)(line)}\n`);
    const run = await postDeployVerify(settings, {
        steps: (0,progress/* terminalSteps */.w)(process.stderr, options.quiet),
        log: options.quiet ? () => undefined : (line) => write(`  │ ${line}`),
        warn: (line) => write(`warning: ${line}`),
    });
    if (settings.junitFile)
        writeJunit(settings.junitFile, run);
    const report = (0,report_report/* createReport */.LU)({
        command: 'post-deploy-verify',
        findings: run.findings,
        failOn: (0,fail_on/* resolveFailOn */.U)(options.failOn, config['fail-on']),
        data: run.data,
    });
    if (options.format === 'text' && !options.output)
        process.stdout.write((0,core_secrets/* maskSecrets */.QU)(verifyText(run)));
    return (0,output/* emitReport */.K)(report, options);
}


/***/ }),

/***/ 4680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SshConnection: () => (/* binding */ SshConnection)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
var lib = __webpack_require__(5472);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/ssh/known-hosts.ts
var known_hosts = __webpack_require__(2979);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
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


/***/ }),

/***/ 2979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hj: () => (/* binding */ verifyHostKey),
/* harmony export */   Tr: () => (/* binding */ parseFingerprints),
/* harmony export */   a2: () => (/* binding */ describeRefusal),
/* harmony export */   jc: () => (/* binding */ KnownHostsError),
/* harmony export */   on: () => (/* binding */ knownHostsName),
/* harmony export */   uJ: () => (/* binding */ parseKnownHosts)
/* harmony export */ });
/* unused harmony exports fingerprintOf, blobKeyType, entryMatches */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Host keys, failing closed: OpenSSH known_hosts lines (plain and hashed `|1|salt|hash` host names,
 * `[host]:port`, comma lists, `*`/`?` wildcards and `!` negation, `@revoked`) or `SHA256:` fingerprints.
 * Nothing here touches the network; connection.ts asks `verify` about the key the server offered.
 */

const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;
/** Parses known_hosts text; a malformed line is an error naming the line (the input is the user's trust list). */
function parseKnownHosts(text, source = 'known-hosts') {
    const entries = [];
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    for (const [index, raw] of lines.entries()) {
        const trimmed = raw.trim();
        if (!trimmed || trimmed.startsWith('#'))
            continue;
        const fields = trimmed.split(/\s+/);
        let marker;
        if (fields[0]?.startsWith('@')) {
            const word = fields.shift();
            if (word !== '@revoked' && word !== '@cert-authority') {
                throw new KnownHostsError(`${source}:${index + 1}: unknown marker ${word} (expected @revoked or @cert-authority)`);
            }
            marker = word.slice(1);
        }
        const [hosts, keyType, base64] = fields;
        if (!hosts || !keyType || !base64) {
            throw new KnownHostsError(`${source}:${index + 1}: expected "HOSTS KEYTYPE BASE64-KEY", found ${JSON.stringify(trimmed.slice(0, 60))}`);
        }
        const key = Buffer.from(base64, 'base64');
        if (key.length < 16 || key.toString('base64').replace(/=+$/, '') !== base64.replace(/=+$/, '')) {
            throw new KnownHostsError(`${source}:${index + 1}: the key of ${keyType} is not valid base64`);
        }
        if (blobKeyType(key) !== keyType) {
            throw new KnownHostsError(`${source}:${index + 1}: the line says ${keyType} but the key inside is ${blobKeyType(key) ?? 'unreadable'}`);
        }
        entries.push({ line: index + 1, marker, patterns: hosts.split(','), keyType, key });
    }
    return entries;
}
class KnownHostsError extends Error {
}
/** Validates `SHA256:...` fingerprints (as ssh-keygen -lf prints them); throws naming the bad one. */
function parseFingerprints(values) {
    return values.map((value) => {
        const trimmed = value.trim().replace(/=+$/, '');
        if (!FINGERPRINT.test(trimmed)) {
            throw new KnownHostsError(`host-key-fingerprint must look like SHA256:<43 base64 characters> (ssh-keygen -lf KEY prints it), found '${value.slice(0, 60)}'`);
        }
        return trimmed;
    });
}
function fingerprintOf(key) {
    return `SHA256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}
/** The algorithm name inside an SSH public key blob (its first string). */
function blobKeyType(key) {
    if (key.length < 4)
        return undefined;
    const length = key.readUInt32BE(0);
    if (length === 0 || length > 64 || 4 + length > key.length)
        return undefined;
    return key.subarray(4, 4 + length).toString('latin1');
}
/** `host` for port 22, else `[host]:port`: how known_hosts names a host. */
function knownHostsName(host, port) {
    return port === 22 ? host : `[${host}]:${port}`;
}
function wildcard(pattern, name) {
    const regex = new RegExp(`^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`, 'i');
    return regex.test(name);
}
function hashedMatches(pattern, name) {
    const [, kind, salt, hash] = pattern.split('|');
    if (kind !== '1' || !salt || !hash)
        return false;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
    return digest === hash;
}
/** Does this entry's host list name the host (a negated pattern that matches excludes the line)? */
function entryMatches(entry, host, port) {
    const name = knownHostsName(host, port);
    let matched = false;
    for (const pattern of entry.patterns) {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        const hit = body.startsWith('|') ? hashedMatches(body, name) : wildcard(body, name);
        if (hit && negated)
            return false;
        if (hit)
            matched = true;
    }
    return matched;
}
/** The verdict on the key a server offered, with everything an error message needs. */
function verifyHostKey(policy, host, port, key) {
    const keyType = blobKeyType(key) ?? 'unknown';
    const offered = {
        keyType,
        fingerprint: fingerprintOf(key),
        knownHostsLine: `${knownHostsName(host, port)} ${keyType} ${key.toString('base64')}`,
    };
    const entries = (policy.knownHosts ?? []).filter((entry) => entryMatches(entry, host, port));
    if (entries.some((entry) => entry.marker === 'revoked' && entry.key.equals(key))) {
        return { ok: false, reason: 'revoked', offered, expected: [] };
    }
    const trusted = entries.filter((entry) => entry.marker === undefined);
    if (trusted.some((entry) => entry.key.equals(key)))
        return { ok: true, how: 'known-hosts', offered };
    if ((policy.fingerprints ?? []).includes(offered.fingerprint))
        return { ok: true, how: 'fingerprint', offered };
    if (policy.skipVerification)
        return { ok: true, how: 'skipped', offered };
    const expected = [
        ...trusted.map((entry) => `${entry.keyType} ${fingerprintOf(entry.key)} (known-hosts line ${entry.line})`),
        ...(policy.fingerprints ?? []),
    ];
    return { ok: false, reason: expected.length > 0 ? 'mismatch' : 'unknown', offered, expected };
}
/** The one-paragraph message for a refused host key: what was offered, what was expected, how to fix it. */
function describeRefusal(verdict, host, port) {
    const where = knownHostsName(host, port);
    const offered = `${where} offered ${verdict.offered.keyType} ${verdict.offered.fingerprint}`;
    if (verdict.reason === 'revoked')
        return `${offered}, which known-hosts marks @revoked: refusing to connect`;
    if (verdict.reason === 'mismatch') {
        return (`host key mismatch: ${offered}, but ${verdict.expected.join(', ')} was expected. Either the server was ` +
            're-installed (then update known-hosts) or someone is in the middle: do not skip verification. ' +
            `If the new key is right, its known_hosts line is:\n${verdict.offered.knownHostsLine}`);
    }
    return (`unknown host: ${offered}, and neither known-hosts nor host-key-fingerprint names a key for it. ` +
        `Check the fingerprint on the server (ssh-keygen -lf /etc/ssh/ssh_host_${verdict.offered.keyType.replace(/^ssh-/, '').replace(/^ecdsa-sha2-nistp\d+$/, 'ecdsa')}_key.pub), ` +
        `then add this line to known-hosts:\n${verdict.offered.knownHostsLine}`);
}


/***/ }),

/***/ 2313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ sshSecretsFromEnv),
/* harmony export */   OA: () => (/* binding */ sshSettings),
/* harmony export */   RH: () => (/* binding */ SSH_CONNECTION_KEYS),
/* harmony export */   Yp: () => (/* binding */ SSH_LOGIN_KEYS)
/* harmony export */ });
/* unused harmony exports SSH_SECRET_INPUTS, parseHostSpec */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8198);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3750);
/* harmony import */ var _known_hosts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2979);
/**
 * The connection vocabulary of every command that reaches a server (ssh-deploy, rollback, releases, and
 * later post-deploy-verify and schema-compare's tunnel): the same input names in action.yml, CLI flags and
 * shipcheck.yml. The key, its passphrase and a password are secrets: action inputs `ssh-key`,
 * `ssh-passphrase`, `ssh-password`; in the CLI `--key-file` or the environment (SHIPCHECK_SSH_KEY, ...),
 * never a flag (a command line is visible to every user of the machine).
 */






/** how to log in and whom to trust, whatever the server: also schema-compare's tunnel (its host is target-via-ssh) */
const SSH_LOGIN_KEYS = [
    'port',
    'user',
    'key-file',
    'known-hosts',
    'host-key-fingerprint',
    'skip-host-key-verification',
    'jump-host',
    'connect-timeout',
];
const SSH_CONNECTION_KEYS = ['host', 'hosts', ...SSH_LOGIN_KEYS];
/** action inputs that are secrets; the CLI reads them from the environment variable beside each */
const SSH_SECRET_INPUTS = {
    'ssh-key': 'SHIPCHECK_SSH_KEY',
    'ssh-passphrase': 'SHIPCHECK_SSH_PASSPHRASE',
    'ssh-password': 'SHIPCHECK_SSH_PASSWORD',
};
/** The CLI's secrets: from the environment variables beside SSH_SECRET_INPUTS, never from flags. */
function sshSecretsFromEnv(env = process.env) {
    return {
        key: env[SSH_SECRET_INPUTS['ssh-key']],
        passphrase: env[SSH_SECRET_INPUTS['ssh-passphrase']],
        password: env[SSH_SECRET_INPUTS['ssh-password']],
    };
}
const HOST_SPEC = /^(?:([A-Za-z0-9._-]+)@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/;
const CONNECTION_HOST_KEYS = new Set([
    'host',
    'user',
    'port',
    'key-file',
    'known-hosts',
    'host-key-fingerprint',
]);
/** `[user@]host[:port]`, strictly: a host name never reaches a shell, but it must still be a host name. */
function parseHostSpec(value, key) {
    const match = HOST_SPEC.exec(value.trim());
    if (!match) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key} must be [user@]host[:port], found '${value}'`, {
            fix: 'write deploy@203.0.113.7, app.example.com:2222 or a plain host name',
        });
    }
    const port = match[3] === undefined ? undefined : Number(match[3]);
    if (port !== undefined && (port < 1 || port > 65535)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key}: port must be 1-65535, found ${port}`);
    }
    return { user: match[1], host: match[2].replace(/^\[|\]$/g, ''), port };
}
function portValue(raw, key) {
    if (raw === undefined || raw === null || raw === '')
        return undefined;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key} must be a port number 1-65535, found '${String(raw)}'`);
    }
    return port;
}
/** known_hosts text, or a file holding it (a path that exists; relative to the project). */
function readKnownHosts(raw, root, key) {
    const trimmed = raw.trim();
    if (!trimmed.includes('\n') && !/\s/.test(trimmed)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, trimmed);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key}: no file ${file}, and the value is not a known_hosts line`, {
                fix: 'give the known_hosts text (ssh-keyscan -H host, checked out of band) or a file that holds it',
            });
        }
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    return raw;
}
function readKeyFile(file, root, key) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(resolved, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key}: cannot read ${resolved}: ${error.code ?? String(error)}`, { fix: 'give the path of the private key file (or the key itself in the ssh-key secret)' });
    }
}
function sshSettings(root, section = {}, overrides = {}, secrets = {}) {
    const value = (key) => overrides[key] ?? section[key];
    const keyText = secrets.key || undefined;
    (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(secrets.passphrase);
    (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(secrets.password);
    const defaultKeyFile = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(value('key-file'), 'key-file');
    const defaultUser = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(value('user'), 'user');
    const defaultPort = portValue(value('port'), 'port') ?? 22;
    const knownHostsRaw = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(value('known-hosts'), 'known-hosts');
    const fingerprintsRaw = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)(value('host-key-fingerprint'), 'host-key-fingerprint');
    const skip = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(value('skip-host-key-verification'), 'skip-host-key-verification', false);
    const specs = [];
    const single = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(value('host'), 'host');
    if (single)
        specs.push(parseHostSpec(single, 'host'));
    const hostsRaw = value('hosts');
    if (Array.isArray(hostsRaw)) {
        hostsRaw.forEach((item, index) => {
            const key = `hosts[${index}]`;
            if (typeof item === 'string')
                specs.push(parseHostSpec(item, key));
            else if (item && typeof item === 'object') {
                const entry = item;
                const spec = parseHostSpec(String(entry.host ?? ''), `${key}.host`);
                specs.push({
                    ...spec,
                    user: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(entry.user, `${key}.user`) ?? spec.user,
                    port: portValue(entry.port, `${key}.port`) ?? spec.port,
                    keyFile: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(entry['key-file'], `${key}.key-file`),
                    knownHosts: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(entry['known-hosts'], `${key}.known-hosts`),
                    fingerprints: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)(entry['host-key-fingerprint'], `${key}.host-key-fingerprint`),
                    extra: Object.fromEntries(Object.entries(entry).filter(([name]) => !CONNECTION_HOST_KEYS.has(name))),
                });
            }
            else
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `${key} must be a host string or an object with host`);
        });
    }
    else {
        for (const item of (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)(hostsRaw, 'hosts') ?? [])
            specs.push(parseHostSpec(item, 'hosts'));
    }
    if (specs.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', 'no server to connect to: host (or hosts) is empty', {
            fix: 'set host (input, --host or shipcheck.yml ssh-deploy.host), e.g. deploy@203.0.113.7',
        });
    }
    const policyFor = (spec, where) => {
        const text = spec.knownHosts ?? knownHostsRaw;
        const fingerprints = spec.fingerprints ?? fingerprintsRaw;
        try {
            const policy = {
                knownHosts: text
                    ? (0,_known_hosts_js__WEBPACK_IMPORTED_MODULE_5__/* .parseKnownHosts */ .uJ)(readKnownHosts(text, root, 'known-hosts'), 'known-hosts')
                    : undefined,
                fingerprints: fingerprints ? (0,_known_hosts_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFingerprints */ .Tr)(fingerprints) : undefined,
                skipVerification: skip,
            };
            if (!policy.knownHosts?.length && !policy.fingerprints?.length && !skip) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `no host key to check ${where} against`, {
                    fix: 'set known-hosts (the output of `ssh-keyscan HOST`, verified out of band) or host-key-fingerprint (SHA256:...); ' +
                        'skip-host-key-verification: true exists but lets anyone in the middle read the deploy',
                });
            }
            return policy;
        }
        catch (error) {
            if (error instanceof _known_hosts_js__WEBPACK_IMPORTED_MODULE_5__/* .KnownHostsError */ .jc)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', error.message);
            throw error;
        }
    };
    const targets = specs.map((spec) => {
        const where = `${spec.host}${spec.port ? `:${spec.port}` : ''}`;
        const user = spec.user ?? defaultUser;
        if (!user) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `no user for ${where}`, {
                fix: 'set user (or write the host as user@host)',
            });
        }
        const keyFile = spec.keyFile ?? defaultKeyFile;
        const privateKey = spec.keyFile
            ? readKeyFile(spec.keyFile, root, 'key-file')
            : (keyText ?? (keyFile ? readKeyFile(keyFile, root, 'key-file') : undefined));
        if (!privateKey && !secrets.password) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `no private key for ${user}@${where}`, {
                fix: 'set the ssh-key secret input (CLI: --key-file F or SHIPCHECK_SSH_KEY)',
            });
        }
        return {
            host: spec.host,
            port: spec.port ?? defaultPort,
            user,
            privateKey,
            passphrase: secrets.passphrase || undefined,
            password: privateKey ? undefined : secrets.password,
            hostKeys: policyFor(spec, where),
        };
    });
    const jumpRaw = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(value('jump-host'), 'jump-host');
    let jump;
    if (jumpRaw) {
        const spec = parseHostSpec(jumpRaw, 'jump-host');
        jump = {
            ...targets[0],
            host: spec.host,
            port: spec.port ?? 22,
            user: spec.user ?? targets[0].user,
            hostKeys: policyFor(spec, `jump-host ${spec.host}`),
        };
    }
    const timeout = value('connect-timeout');
    const seconds = timeout === undefined || timeout === '' ? 20 : Number(timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShipcheckError */ .b('input', `connect-timeout must be seconds > 0, found '${String(timeout)}'`);
    }
    return {
        targets,
        hostExtras: specs.map((spec) => spec.extra ?? {}),
        connect: { connectTimeout: seconds * 1000, jump },
    };
}


/***/ })

};
