// Worker thread entry (bundled as dist/scan-worker): reads its share of a project's Python sources.
import { parentPort, workerData } from 'node:worker_threads';
import { readSourcesHere } from './source-scan.js';

const { root, files } = workerData as { root: string; files: string[] };
const scan = readSourcesHere(root, files);
parentPort!.postMessage({ imports: scan.imports, schemes: [...scan.schemes], unreadable: scan.unreadable });
