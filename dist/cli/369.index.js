export const id = 369;
export const ids = [369];
export const modules = {

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDockerBuildTest: () => (/* binding */ runDockerBuildTest)
});

// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(8401);
// EXTERNAL MODULE: ./src/config/fail-on.ts
var fail_on = __webpack_require__(5892);
// EXTERNAL MODULE: ./src/docker/analyze.ts + 4 modules
var analyze = __webpack_require__(6446);
;// CONCATENATED MODULE: ./src/docker/docker-build-test.ts

async function dockerBuildTest(settings, options) {
    const { steps, log } = options;
    const analysis = await steps.run('static analysis', async () => (0,analyze/* analyzeStatic */.HF)(settings));
    const result = { findings: [...analysis.findings], data: { ...analysis.data } };
    if (!settings.build && !settings.composeUp)
        return result;
    // the engine half loads only when it runs: the static analysis (and `shipcheck check`) never needs it
    const [{ buildImage }, { composeUp }, { detectEngine }, { smokeRun }] = await Promise.all([
        __webpack_require__.e(/* import() */ 783).then(__webpack_require__.bind(__webpack_require__, 783)),
        __webpack_require__.e(/* import() */ 901).then(__webpack_require__.bind(__webpack_require__, 7901)),
        __webpack_require__.e(/* import() */ 184).then(__webpack_require__.bind(__webpack_require__, 9184)),
        __webpack_require__.e(/* import() */ 414).then(__webpack_require__.bind(__webpack_require__, 6414)),
    ]);
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
        const up = await steps.run('compose up', () => composeUp({ settings, engine, files, project: analysis.plan.project, log }));
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
// EXTERNAL MODULE: ./src/cli/output.ts + 3 modules
var output = __webpack_require__(2073);
// EXTERNAL MODULE: ./src/cli/progress.ts
var progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/run/docker-build-test.ts








/** `shipcheck docker-build-test`: returns the exit code. */
async function runDockerBuildTest(dir, options) {
    const { root, config } = (0,load/* loadConfig */.Z9)(dir, options.config);
    const settings = (0,docker_settings/* dockerBuildTestSettings */.C)(root, (config['docker-build-test'] ?? {}), (0,cli_options/* flagsAsInputs */.vj)(docker_settings/* DOCKER_BUILD_TEST_KEYS */.e, options));
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
