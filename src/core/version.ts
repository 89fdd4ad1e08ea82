/** Kept equal to package.json's version by test/unit/version.test.ts. */
export const TOOL_VERSION = '0.1.0';
export const TOOL_URL = 'https://github.com/shipcheck/shipcheck';
