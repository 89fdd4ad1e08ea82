/**
 * ssh2's poly1305 module (emscripten output) reads the CommonJS `__dirname` when it loads. Inside an ES module
 * bundle (ncc output, the actions) that name does not exist and the bundle crashes on first use of ssh2.
 * Imported before ssh2, this defines it globally as the bundle's own folder; the module's code is embedded,
 * so nothing is read from there.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const scope = globalThis as { __dirname?: string };
scope.__dirname ??= path.dirname(fileURLToPath(import.meta.url));
