// The source-reading half of lint-requirements (read, UTF-8 check, import scan, URL schemes) over a list of
// files, as bench/lint-requirements.mjs times it. Prints one JSON line with counts and peak memory.
import { readFileSync } from 'node:fs';
import { readSources } from '../src/requirements/source-scan.js';

const files = readFileSync(process.argv[2]!, 'utf8').split('\0').filter(Boolean);
const result = readSources('/', files);
console.log(
  JSON.stringify({
    files: files.length,
    imports: result.imports.length,
    unreadable: result.unreadable.length,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
