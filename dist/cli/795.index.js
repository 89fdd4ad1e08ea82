export const id = 795;
export const ids = [795];
export const modules = {

/***/ 795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSchemaCompare: () => (/* binding */ runSchemaCompare)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8401);
/* harmony import */ var _config_fail_on_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5892);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8850);
/* harmony import */ var _schema_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(697);
/* harmony import */ var _schema_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9882);
/* harmony import */ var _ssh_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2313);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(776);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2073);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9851);









/** `shipcheck schema-compare`: returns the exit code. */
async function runSchemaCompare(dir, options) {
    const { root, config } = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(dir, options.config);
    const overrides = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .flagsAsInputs */ .vj)(_schema_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_COMPARE_KEYS */ .Z, options);
    const settings = (0,_schema_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaCompareSettings */ .a)(root, (config['schema-compare'] ?? {}), overrides, {
        defaults: (config['ssh-deploy'] ?? {}),
        secrets: (0,_ssh_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .sshSecretsFromEnv */ .FA)(),
    });
    const result = await (0,_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .terminalSteps */ .w)(process.stderr, options.quiet).run('schema-compare', () => (0,_schema_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareSchemas */ ._)(settings));
    const report = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_2__/* .createReport */ .LU)({
        command: 'schema-compare',
        findings: result.findings,
        failOn: (0,_config_fail_on_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveFailOn */ .U)(options.failOn, config['fail-on']),
        data: result.data,
    });
    return (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .emitReport */ .K)(report, options);
}


/***/ })

};
