export const id = 600;
export const ids = [600];
export const modules = {

/***/ 4158:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


/**
 * @license
 * Copyright 2020 Balena Ltd.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *    http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 *
 * ------------------------------------------------------------------------
 *
 * Copyright 2018 Zeit, Inc.
 * Licensed under the MIT License. See file LICENSE.md for a full copy.
 *
 * ------------------------------------------------------------------------
 */

/**
 * This module implements the [dockerignore
 * spec](https://docs.docker.com/engine/reference/builder/#dockerignore-file),
 * closely following Docker's (Moby) Golang implementation:
 * https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/archive/archive.go#L825
 *
 * Something the spec is not clear about, but we discovered by reading source code
 * and testing against the "docker build" command, is the handling of backslashes and
 * forward slashes as path separators and escape characters in the .dockerignore file
 * across platforms including Windows, Linux and macOS:
 *
 * * On Linux and macOS, only forward slashes can be used as path separators in the
 *   .dockerignore file, and the backslash works as an escape character.
 * * On Windows, both forward slashes and backslashes are allowed as path separators
 *   in the .dockerignore file, and the backslash is not used as an escape character.
 *
 * This is consistent with how Windows works generally: both forward slashes and
 * backslashes are accepted as path separators by the cmd.exe Command Prompt or
 * PowerShell, and by library functions like the Golang filepath.Clean or the
 * Node.js path.normalize.
 *
 * Similarly, path strings provided to the IgnoreBase.ignores() and IgnoreBase.filter()
 * methods can use either forward slashes or backslashes as path separators on Windows,
 * but only forward slashes are accepted as path separators on Linux and macOS.
 */

const path = __webpack_require__(6928);

const factory = options => new IgnoreBase(options); // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L538-L539
// Fixes typescript module import


factory.default = factory;
module.exports = factory;

function make_array(subject) {
  return Array.isArray(subject) ? subject : [subject];
}

const REGEX_TRAILING_SLASH = /(?<=.)\/$/;
const REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
const REGEX_TRAILING_PATH_SEP = path.sep === '\\' ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
const KEY_IGNORE = typeof Symbol !== 'undefined' ? Symbol.for('dockerignore') : 'dockerignore'; // An implementation of Go's filepath.Clean
// https://golang.org/pkg/path/filepath/#Clean
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Note that, like Go, on Windows this function converts forward slashes
// to backslashes.

function cleanPath(file) {
  return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, '');
} // Javascript port of Golang's filepath.ToSlash
// https://golang.org/pkg/path/filepath/#ToSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Convert any OS-specific path separator to '/'. Backslash is converted
// to forward slash on Windows, but not on Linux/macOS.
// Note that both forward slashes and backslashes are valid path separators on
// Windows. As a result, code such as `pattern.split(path.sep).join('/')` fails
// on Windows when forward slashes are used as path separators.


function toSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\\/g, '/');
} // Javascript port of Golang's filepath.FromSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go


function fromSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\//g, path.sep);
}

class IgnoreBase {
  constructor({
    // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
    ignorecase = true
  } = {}) {
    this._rules = [];
    this._ignorecase = ignorecase;
    this[KEY_IGNORE] = true;

    this._initCache();
  }

  _initCache() {
    this._cache = {};
  } // @param {Array.<string>|string|Ignore} pattern


  add(pattern) {
    this._added = false;

    if (typeof pattern === 'string') {
      pattern = pattern.split(/\r?\n/g);
    }

    make_array(pattern).forEach(this._addPattern, this); // Some rules have just added to the ignore,
    // making the behavior changed.

    if (this._added) {
      this._initCache();
    }

    return this;
  } // legacy


  addPattern(pattern) {
    return this.add(pattern);
  }

  _addPattern(pattern) {
    // https://github.com/kaelzhang/node-ignore/issues/32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules);
      this._added = true;
      return;
    }

    if (this._checkPattern(pattern)) {
      const rule = this._createRule(pattern.trim());

      if (rule !== null) {
        this._added = true;

        this._rules.push(rule);
      }
    }
  }

  _checkPattern(pattern) {
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L34-L40
    return pattern && typeof pattern === 'string' && pattern.indexOf('#') !== 0 && pattern.trim() !== "";
  }

  filter(paths) {
    return make_array(paths).filter(path => this._filter(path));
  }

  createFilter() {
    return path => this._filter(path);
  }

  ignores(path) {
    return !this._filter(path);
  } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55


  _createRule(pattern) {
    const origin = pattern;
    let negative = false; // > An optional prefix "!" which negates the pattern;
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L43-L46

    if (pattern[0] === '!') {
      negative = true;
      pattern = pattern.substring(1).trim();
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L47-L53


    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      pattern = toSlash(pattern);

      if (pattern.length > 1 && pattern[0] === '/') {
        pattern = pattern.slice(1);
      }
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L54-L55


    if (negative) {
      pattern = '!' + pattern;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L30


    pattern = pattern.trim();

    if (pattern === "") {
      return null;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L34
    // convert forward slashes to backslashes on Windows


    pattern = cleanPath(pattern); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L36-L42

    if (pattern[0] === '!') {
      if (pattern.length === 1) {
        return null;
      }

      negative = true;
      pattern = pattern.substring(1);
    } else {
      negative = false;
    }

    return {
      origin,
      pattern,
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
      dirs: pattern.split(path.sep),
      negative
    };
  } // @returns `Boolean` true if the `path` is NOT ignored


  _filter(path) {
    if (!path) {
      return false;
    }

    if (path in this._cache) {
      return this._cache[path];
    }

    return this._cache[path] = this._test(path);
  } // @returns {Boolean} true if a file is NOT ignored
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62


  _test(file) {
    file = fromSlash(file); // equivalent to golang filepath.Dir() https://golang.org/src/path/filepath/path.go

    const parentPath = cleanPath(path.dirname(file));
    const parentPathDirs = parentPath.split(path.sep);
    let matched = false;

    this._rules.forEach(rule => {
      let match = this._match(file, rule); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L80


      if (!match && parentPath !== ".") {
        // Check to see if the pattern matches one of our parent dirs.
        if (rule.dirs.includes('**')) {
          // Ah shucks! We have to test every possible parent path that has 
          // a number of dirs _n_ where 
          // `rule.dirs.filter(doubleStar).length <= _n_ <= parentPathDirs.length`
          // since the ** can imply any number of directories including 0
          for (let i = rule.dirs.filter(x => x !== '**').length; i <= parentPathDirs.length; i++) {
            match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule);
          }
        } else if (rule.dirs.length <= parentPathDirs.length) {
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L83
          match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path.sep), rule);
        }
      }

      if (match) {
        matched = !rule.negative;
      }
    });

    return !matched;
  } // @returns {Boolean} true if a file is matched by a rule


  _match(file, rule) {
    return this._compile(rule).regexp.test(file);
  } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139


  _compile(rule) {
    if (rule.regexp) {
      return rule;
    }

    let regStr = '^'; // Go through the pattern and convert it to a regexp.

    let escapedSlash = path.sep === '\\' ? '\\\\' : path.sep;

    for (let i = 0; i < rule.pattern.length; i++) {
      const ch = rule.pattern[i];

      if (ch === '*') {
        if (rule.pattern[i + 1] === '*') {
          // is some flavor of "**"
          i++; // Treat **/ as ** so eat the "/"

          if (rule.pattern[i + 1] === path.sep) {
            i++;
          }

          if (rule.pattern[i + 1] === undefined) {
            // is "**EOF" - to align with .gitignore just accept all
            regStr += ".*";
          } else {
            // is "**"
            // Note that this allows for any # of /'s (even 0) because
            // the .* will eat everything, even /'s
            regStr += `(.*${escapedSlash})?`;
          }
        } else {
          // is "*" so map it to anything but "/"
          regStr += `[^${escapedSlash}]*`;
        }
      } else if (ch === '?') {
        // "?" is any char except "/"
        regStr += `[^${escapedSlash}]`;
      } else if (ch === '.' || ch === '$') {
        // Escape some regexp special chars that have no meaning
        // in golang's filepath.Match
        regStr += `\\${ch}`;
      } else if (ch === '\\') {
        // escape next char. Note that a trailing \ in the pattern
        // will be left alone (but need to escape it)
        if (path.sep === '\\') {
          // On windows map "\" to "\\", meaning an escaped backslash,
          // and then just continue because filepath.Match on
          // Windows doesn't allow escaping at all
          regStr += escapedSlash;
          continue;
        }

        if (rule.pattern[i + 1] !== undefined) {
          regStr += '\\' + rule.pattern[i + 1];
          i++;
        } else {
          regStr += '\\';
        }
      } else {
        regStr += ch;
      }
    }

    regStr += "$";
    rule.regexp = new RegExp(regStr, this._ignorecase ? 'i' : '');
    return rule;
  }

}


/***/ }),

/***/ 6446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HF: () => (/* binding */ analyzeStatic)
});

// UNUSED EXPORTS: commandOf, environmentOf, healthProbe

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/requirements/project-files.ts
var project_files = __webpack_require__(1387);
// EXTERNAL MODULE: ./src/docker/compose.ts + 1 modules
var compose = __webpack_require__(9317);
// EXTERNAL MODULE: ./src/docker/compose-lint.ts
var compose_lint = __webpack_require__(7132);
// EXTERNAL MODULE: ./node_modules/@balena/dockerignore/ignore.js
var ignore = __webpack_require__(4158);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
// EXTERNAL MODULE: ./src/docker/dockerfile-model.ts
var dockerfile_model = __webpack_require__(5020);
;// CONCATENATED MODULE: ./src/docker/exec-form.ts
/**
 * The exec form of CMD, ENTRYPOINT and HEALTHCHECK CMD is a JSON array of strings. When it is not valid
 * JSON, Docker silently runs the text through `/bin/sh -c` instead, and the container dies with
 * `/bin/sh: 1: [gunicorn,: not found`. This reads the array the way Docker's JSON parser does and, when it
 * fails, names the first thing wrong and where.
 */
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
/** `text` starts at the `[` (leading whitespace allowed). */
function parseExecForm(text) {
    let i = 0;
    const fail = (message, offset = i) => ({ ok: false, message, offset });
    const skipSpace = () => {
        while (i < text.length && /\s/.test(text[i]))
            i++;
    };
    skipSpace();
    if (text[i] !== '[')
        return fail('the exec form starts with [');
    i++;
    const args = [];
    skipSpace();
    if (text[i] === ']') {
        i++;
        skipSpace();
        return i < text.length ? fail('text after the closing ]') : { ok: true, args };
    }
    for (;;) {
        skipSpace();
        if (i >= text.length)
            return fail('unbalanced bracket: the array has no closing ]');
        const c = text[i];
        if (c === "'")
            return fail(`single quotes: JSON strings need double quotes ("…"), found ${word(text, i)}`);
        if (c === ']' && args.length > 0)
            return fail('trailing comma before ]: remove the last comma', i);
        if (c === '\u201c' || c === '\u201d')
            return fail('typographic quotes (“ ”): use plain double quotes (")');
        if (c !== '"')
            return fail(`every element must be a "double-quoted string", found ${word(text, i)}`);
        const start = i;
        i++;
        let value = '';
        for (;;) {
            if (i >= text.length)
                return fail('unterminated string: a closing " is missing', start);
            const ch = text[i];
            if (ch === '"')
                break;
            if (ch === '\n')
                return fail('unterminated string: a closing " is missing before the line ends', start);
            if (ch === '\\') {
                const next = text[i + 1];
                if (next === undefined || !ESCAPES.has(next)) {
                    return fail(`bad escape \\${next ?? ''}: JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX (write \\\\ for a backslash)`);
                }
                if (next === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                    return fail('bad escape: \\u needs four hex digits');
                }
                i += next === 'u' ? 6 : 2;
                continue;
            }
            value += ch;
            i++;
        }
        i++;
        args.push(value);
        skipSpace();
        if (i >= text.length)
            return fail('unbalanced bracket: the array has no closing ]');
        if (text[i] === ',') {
            i++;
            continue;
        }
        if (text[i] === ']') {
            i++;
            skipSpace();
            if (i < text.length)
                return fail(`text after the closing ]: ${word(text, i)}`);
            // the scanner agrees with JSON.parse by construction; this keeps values exact (escapes decoded)
            return { ok: true, args: JSON.parse(text) };
        }
        return fail(`a comma is missing between elements, found ${word(text, i)}`);
    }
}
function word(text, at) {
    const found = /^\S{1,24}/.exec(text.slice(at))?.[0] ?? text.slice(at, at + 1);
    return `\`${found}\``;
}
/** Whether the argument text of CMD/ENTRYPOINT is meant as the exec form (Docker: starts with `[`). */
function looksLikeExecForm(text) {
    return text.trimStart().startsWith('[');
}
/**
 * Words of a shell-form command, for reading flags (not for running): quotes removed, `\`-newline joined.
 * Good enough for `gunicorn -b 0.0.0.0:8000 app:app` and `curl -f http://localhost:8000/health || exit 1`.
 */
function shellWords(command) {
    const words = [];
    let current = '';
    let quote;
    let has = false;
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && i + 1 < command.length)
                current += command[++i];
            else
                current += c;
            continue;
        }
        if (c === '"' || c === "'") {
            quote = c;
            has = true;
        }
        else if (c === '\\' && command[i + 1] === '\n') {
            i++;
        }
        else if (c === '\\' && i + 1 < command.length) {
            current += command[++i];
            has = true;
        }
        else if (/\s/.test(c)) {
            if (has || current)
                words.push(current);
            current = '';
            has = false;
        }
        else {
            current += c;
            has = true;
        }
    }
    if (has || current)
        words.push(current);
    return words;
}

;// CONCATENATED MODULE: ./src/docker/dockerfile-lint.ts
/**
 * Dockerfile rules that need only the Dockerfile (and the files of its build context): exec-form JSON,
 * shell forms, the health check's tool, apt/pip hygiene, cache-busting COPY, .dockerignore, secrets,
 * unpinned bases and root. It also returns the facts the cross-file rules need (the final stage's
 * command, health check, exposed ports).
 */






// a CommonJS module (module.exports = factory) whose typings say `export default`
const dockerignore = (ignore_default());
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)(?!.*_(FILE|PATH|DIR)$)/i;
const CONTEXT_NOISE = ['.git', '.venv', 'venv', 'node_modules', '.env', '__pycache__'];
/** The instruction's argument text with line continuations removed, mapped back to document offsets. */
function logicalArguments(source, lineStarts, instruction, escape) {
    const range = instruction.getArgumentsRange();
    if (!range)
        return undefined;
    const start = lineStarts[range.start.line] + range.start.character;
    const end = lineStarts[range.end.line] + range.end.character;
    const text = [];
    const offsets = [];
    for (let i = start; i < end; i++) {
        const c = source[i];
        if (c === escape) {
            let j = i + 1;
            while (j < end && (source[j] === ' ' || source[j] === '\t'))
                j++;
            if (source[j] === '\r')
                j++;
            if (source[j] === '\n' || j >= end) {
                i = j;
                continue;
            }
        }
        if (c === '\r')
            continue;
        text.push(c);
        offsets.push(i);
    }
    return { text: text.join(''), offsets };
}
function lineStartsOf(source) {
    const starts = [0];
    for (let i = 0; i < source.length; i++)
        if (source[i] === '\n')
            starts.push(i + 1);
    return starts;
}
function position(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
}
function lintDockerfile(root, file, context = '.') {
    let source;
    try {
        source = (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, file), 'utf8');
    }
    catch {
        return {
            findings: [
                {
                    rule: 'dockerfile-missing',
                    severity: 'error',
                    message: `${file} does not exist in ${external_node_path_default().basename(root) || root}`,
                    file,
                    fix: 'set dockerfile to the image definition (docker-build-test.dockerfile in shipcheck.yml or --dockerfile)',
                },
            ],
        };
    }
    const findings = [];
    const add = (finding) => {
        findings.push({ ...finding, file });
    };
    const dockerfile = main.DockerfileParser.parse(source);
    const escape = dockerfile.getEscapeCharacter();
    const lineStarts = lineStartsOf(source);
    const model = (0,dockerfile_model/* readDockerfile */.n_)(source);
    const finalStage = model.stages[model.stages.length - 1];
    const facts = {
        file,
        model,
        finalStage,
        expose: [],
        env: {},
        packages: finalStage ? (0,dockerfile_model/* packagesOf */.DT)(model, finalStage) : new Set(),
    };
    const argDefaults = new Map();
    const stageNames = new Set(model.stages.map((s) => s.name?.toLowerCase()).filter(Boolean));
    let stageIndex = -1;
    let inFinal = false;
    let copiedAll;
    for (const instruction of dockerfile.getInstructions()) {
        const keyword = instruction.getKeyword().toUpperCase();
        const line = instruction.getRange().start.line + 1;
        const logical = logicalArguments(source, lineStarts, instruction, escape);
        const args = logical?.text ?? '';
        if (keyword === 'FROM') {
            stageIndex++;
            inFinal = stageIndex === model.stages.length - 1;
            copiedAll = undefined;
            const image = (args
                .replace(/--platform=\S+\s+/, '')
                .trim()
                .split(/\s+/)[0] ?? '').replace(/\$\{?(\w+)\}?/g, (_m, name) => argDefaults.get(name) ?? `$${name}`);
            if (image && image !== 'scratch' && !stageNames.has(image.toLowerCase()) && !image.includes('$')) {
                const digest = image.includes('@sha256:');
                const tag = /:([^/:@]+)$/.exec(image.replace(/@sha256:.*$/, ''))?.[1];
                if (!digest && (!tag || tag === 'latest')) {
                    add({
                        rule: 'base-image-unpinned',
                        severity: 'warning',
                        message: `FROM ${image} ${tag ? 'uses the moving latest tag' : 'has no tag (means latest)'}: the next build may get another OS or Python`,
                        line,
                        fix: `pin a version, e.g. ${image.replace(/:latest$/, '')}:3.12-slim-bookworm (or a @sha256 digest)`,
                    });
                }
            }
            continue;
        }
        if (keyword === 'ARG' && stageIndex < 0) {
            const match = /^(\w+)=("?)([^"\s]*)\2/.exec(args.trim());
            if (match)
                argDefaults.set(match[1], match[3]);
        }
        if (keyword === 'ARG' || keyword === 'ENV') {
            for (const [name, value] of assignments(args, keyword)) {
                if (keyword === 'ENV' && inFinal)
                    facts.env[name] = value;
                if (SECRET_NAME.test(name) && value !== '' && !/^\$\{?\w+\}?$/.test(value)) {
                    add({
                        rule: 'secret-in-image',
                        severity: 'error',
                        message: `${keyword} ${name} has a literal value: it is stored in the image history (docker history shows it) and in every registry the image reaches`,
                        line,
                        fix: `remove the value; pass ${name} at run time (env_file / environment in Compose) or use a build secret (RUN --mount=type=secret)`,
                    });
                }
            }
            continue;
        }
        if (!inFinal && !['RUN', 'COPY', 'ADD'].includes(keyword))
            continue;
        switch (keyword) {
            case 'CMD':
            case 'ENTRYPOINT': {
                const fact = commandFact(args, line, logical, lineStarts, add, keyword);
                if (keyword === 'CMD')
                    facts.cmd = fact;
                else
                    facts.entrypoint = fact;
                break;
            }
            case 'HEALTHCHECK': {
                const match = /^((?:\s*--\S+)*)\s*(CMD|NONE)\b\s*/i.exec(args);
                if (!match)
                    break;
                if (match[2].toUpperCase() === 'NONE') {
                    facts.healthcheck = { args: [], shell: false, text: 'NONE', line, disabled: true };
                    break;
                }
                const skip = match[0].length;
                const rest = logical && {
                    text: logical.text.slice(skip),
                    offsets: logical.offsets.slice(skip),
                };
                facts.healthcheck = commandFact(rest?.text ?? '', line, rest, lineStarts, add, 'HEALTHCHECK CMD');
                break;
            }
            case 'EXPOSE':
                for (const word of args.split(/\s+/)) {
                    const port = Number(/^(\d+)(\/tcp)?$/.exec(word)?.[1]);
                    if (port)
                        facts.expose.push({ port, line });
                }
                break;
            case 'USER':
                facts.user = args.trim();
                break;
            case 'COPY':
            case 'ADD': {
                const words = args.split(/\s+/).filter((w) => w && !w.startsWith('--'));
                if (words.length >= 2 && words.slice(0, -1).some((w) => w === '.' || w === './'))
                    copiedAll ??= line;
                break;
            }
            case 'RUN':
                runRules(args, line, copiedAll, add);
                break;
        }
    }
    if (finalStage && inFinal) {
        const shellEntrypoint = facts.entrypoint?.shell && !facts.entrypoint.broken;
        const shellCmd = facts.cmd?.shell && !facts.cmd.broken;
        if (shellEntrypoint && facts.cmd) {
            add({
                rule: 'shell-form-entrypoint-and-cmd',
                severity: 'error',
                message: `ENTRYPOINT is in shell form, so Docker ignores CMD (line ${facts.cmd.line}) entirely: the container runs \`/bin/sh -c '${facts.entrypoint.text}'\` only`,
                line: facts.entrypoint.line,
                fix: 'write ENTRYPOINT in exec form (["executable", "arg"]) so CMD supplies its arguments',
            });
        }
        else {
            for (const fact of [facts.entrypoint, facts.cmd]) {
                if (fact?.shell && !fact.broken && !(fact === facts.cmd && shellCmd && /^exec\s/.test(fact.text))) {
                    add({
                        rule: 'shell-form-command',
                        severity: 'warning',
                        message: `${fact === facts.cmd ? 'CMD' : 'ENTRYPOINT'} is in shell form: /bin/sh becomes PID 1, so docker stop's SIGTERM never reaches the app (it is killed after 10 s, in-flight requests are lost)`,
                        line: fact.line,
                        fix: `use the exec form: ${fact === facts.cmd ? 'CMD' : 'ENTRYPOINT'} ${JSON.stringify(fact.args)}`,
                    });
                }
            }
        }
        if (facts.healthcheck && !facts.healthcheck.disabled)
            healthcheckToolRule(facts, finalStage, add);
        if (!facts.user || /^(root|0)(:.*)?$/.test(facts.user)) {
            add({
                rule: 'runs-as-root',
                severity: 'notice',
                message: 'the final stage runs as root: a bug in the app or a dependency gets root in the container',
                line: finalStage.fromLine,
                fix: 'add `RUN useradd --create-home app` and `USER app` after installing packages (give it write access to upload folders)',
            });
        }
    }
    findings.push(...dockerignoreRule(root, context, file));
    return { facts, findings };
}
function commandFact(args, line, logical, lineStarts, add, what) {
    const text = args.trim();
    if (looksLikeExecForm(args)) {
        const parsed = parseExecForm(args);
        if (parsed.ok)
            return { args: parsed.args, shell: false, text, line };
        const at = logical?.offsets[Math.min(parsed.offset, logical.offsets.length - 1)];
        const where = at === undefined ? { line } : position(lineStarts, at);
        const words = shellWords(text);
        add({
            rule: 'exec-form-invalid-json',
            severity: 'error',
            message: `${what} is not valid JSON: ${parsed.message}. Docker then runs it through /bin/sh -c and the container fails with \`/bin/sh: 1: ${words[0] ?? '['}: not found\``,
            ...where,
            fix: 'write the exec form as a JSON array of double-quoted strings: ["gunicorn", "--bind", "0.0.0.0:8000", "wsgi:app"]',
        });
        // what was meant, for the cross-file rules
        const meant = text
            .replace(/^\[|\]$/g, '')
            .split(',')
            .map((w) => w.trim().replace(/^["'\u201c\u201d]|["'\u201c\u201d]$/g, ''))
            .filter(Boolean);
        return { args: meant, shell: false, broken: true, text, line };
    }
    return { args: shellWords(text), shell: true, text, line };
}
function runRules(command, line, copiedAll, add) {
    const segments = command.split(/&&|\|\||;|\n/).map((s) => s.trim());
    const aptUpdate = segments.some((s) => /\bapt(-get)?\s+(-\S+\s+)*update\b/.test(s));
    const aptInstall = segments.find((s) => /\bapt(-get)?\s+(-\S+\s+)*install\b/.test(s));
    if (aptUpdate && !aptInstall) {
        add({
            rule: 'apt-update-alone',
            severity: 'warning',
            message: 'apt-get update runs in a RUN of its own: Docker caches that layer, so a later install uses stale package lists and fails with 404 Not Found',
            line,
            fix: 'update and install in one RUN: apt-get update && apt-get install -y --no-install-recommends ... && rm -rf /var/lib/apt/lists/*',
        });
    }
    if (aptInstall) {
        if (!/--no-install-recommends|-o\s+APT::Install-Recommends=(false|0)/.test(aptInstall)) {
            add({
                rule: 'apt-no-install-recommends',
                severity: 'warning',
                message: 'apt-get install without --no-install-recommends pulls in recommended packages: often 100+ MB more image',
                line,
                fix: 'add --no-install-recommends (and install what you need by name)',
            });
        }
        if (!/rm\s+-(r?f|fr?|rf)\s+\/var\/lib\/apt\/lists/.test(command) && !/apt-get\s+clean/.test(command)) {
            add({
                rule: 'apt-lists-kept',
                severity: 'notice',
                message: 'the apt package lists stay in the image layer (tens of MB)',
                line,
                fix: 'end the same RUN with && rm -rf /var/lib/apt/lists/*',
            });
        }
    }
    const pipInstall = segments.find((s) => /\bpip3?\s+(-\S+\s+)*install\b|\bpython3?\s+-m\s+pip\s+install\b/.test(s));
    if (pipInstall && !/--no-cache-dir/.test(pipInstall) && !/--mount=type=cache/.test(command)) {
        add({
            rule: 'pip-cache-kept',
            severity: 'notice',
            message: 'pip install keeps its download cache in the image layer (numpy and opencv wheels are 50+ MB)',
            line,
            fix: 'add --no-cache-dir (or use RUN --mount=type=cache,target=/root/.cache/pip)',
        });
    }
    const installsDeps = pipInstall &&
        /(-r|--requirement)\s+\S+|install\s+(-\S+\s+)*\.(\s|$)|poetry\s+install|pipenv\s+install/.test(command);
    if (installsDeps && copiedAll !== undefined) {
        add({
            rule: 'copy-before-install',
            severity: 'warning',
            message: `COPY . (line ${copiedAll}) comes before the dependency install: every code change invalidates the cache and reinstalls every package`,
            line,
            fix: 'COPY requirements.txt first, RUN pip install, then COPY . .',
        });
    }
}
function healthcheckToolRule(facts, stage, add) {
    const check = facts.healthcheck;
    const words = check.shell
        ? check.args
        : check.args[0] === 'CMD-SHELL'
            ? shellWords(check.args[1] ?? '')
            : check.args;
    const tool = words
        .find((w) => /(^|\/)(curl|wget)$/.test(w))
        ?.split('/')
        .pop();
    if (!tool)
        return;
    const family = stage.family;
    const shipped = family === 'full' || (family === 'alpine' && tool === 'wget') || family === 'unknown';
    if (shipped || facts.packages.has(tool))
        return;
    const python = stage.pythonVersion !== undefined || /python/.test(stage.image);
    add({
        rule: 'healthcheck-tool-missing',
        severity: 'error',
        message: `HEALTHCHECK runs ${tool}, but ${stage.image} (${family}) does not ship ${tool} and no RUN installs it: the check fails with "${tool}: not found" and the container stays unhealthy`,
        line: check.line,
        fix: python
            ? `use Python, which the image has: HEALTHCHECK CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"] (or install ${tool})`
            : `install ${tool} in the image (${family === 'alpine' ? `apk add --no-cache ${tool}` : `apt-get install -y --no-install-recommends ${tool}`})`,
    });
}
function dockerignoreRule(root, context, dockerfile) {
    const contextDir = external_node_path_default().join(root, context);
    const present = CONTEXT_NOISE.filter((name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(contextDir, name)));
    if (present.length === 0)
        return [];
    const ignoreFile = external_node_path_default().join(contextDir, '.dockerignore');
    let patterns;
    try {
        patterns = (0,external_node_fs_.readFileSync)(ignoreFile, 'utf8')
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith('#'));
    }
    catch {
        patterns = undefined;
    }
    const matcher = patterns && dockerignore().add(patterns);
    const uncovered = matcher ? present.filter((name) => !matcher.ignores(name)) : present;
    if (uncovered.length === 0)
        return [];
    const where = external_node_path_default().posix.join(context === '.' ? '' : context, '.dockerignore') || '.dockerignore';
    return [
        {
            rule: 'dockerignore-missing',
            severity: uncovered.includes('.env') ? 'error' : 'warning',
            message: `${patterns ? `${where} does not exclude` : `no ${where}, and the build context holds`} ${uncovered.join(', ')}: ${uncovered.includes('.env') ? 'the .env secrets are copied into the image by COPY . . and ' : ''}every build sends them to the engine`,
            file: patterns ? where : dockerfile,
            line: 1,
            fix: `add them to ${where}: ${uncovered.map((n) => (n === '.env' ? '.env' : `${n}/`)).join(' ')}`,
        },
    ];
}
/** `ENV A=1 B="2"`, legacy `ENV A 1`, `ARG A=1`. */
function assignments(args, keyword) {
    const text = args.trim();
    if (keyword === 'ENV' && /^\w+\s/.test(text) && !/^\w+=/.test(text)) {
        const [name, ...rest] = text.split(/\s+/);
        return [[name, rest.join(' ')]];
    }
    const out = [];
    for (const word of shellWords(text)) {
        const eq = word.indexOf('=');
        out.push(eq < 0 ? [word, ''] : [word.slice(0, eq), word.slice(eq + 1)]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/docker/gunicorn.ts
/**
 * Which address the app server listens on, from the command that starts it: gunicorn's `--bind`/`-b`
 * (also `--bind=`, GUNICORN_CMD_ARGS, a `--config`/`-c` file or ./gunicorn.conf.py), uvicorn's `--host`/`--port`,
 * `flask run --host/--port`. Gunicorn without a bind listens on 127.0.0.1:8000, which nothing outside the
 * container can reach.
 */


function serverBind(args, options) {
    const programIndex = args.findIndex((arg) => /(^|\/)(gunicorn|uvicorn|flask|hypercorn)$/.test(arg) || arg === '-m');
    if (programIndex < 0)
        return undefined;
    let program = args[programIndex];
    let rest = args.slice(programIndex + 1);
    if (program === '-m') {
        program = rest[0] ?? '';
        rest = rest.slice(1);
    }
    const name = program.split('/').pop();
    const flag = (long, short) => {
        for (let i = 0; i < rest.length; i++) {
            const arg = rest[i];
            if (arg === long || (short && arg === short))
                return rest[i + 1];
            if (arg.startsWith(`${long}=`))
                return arg.slice(long.length + 1);
            if (short && arg.startsWith(short) && arg.length > short.length && !arg.startsWith('--'))
                return arg.slice(short.length);
        }
        return undefined;
    };
    if (name === 'gunicorn') {
        const bind = flag('--bind', '-b') ?? bindFromArgs(options.env?.GUNICORN_CMD_ARGS);
        if (bind)
            return parseAddress(bind, options.source, 'gunicorn');
        const config = flag('--config', '-c') ?? 'gunicorn.conf.py';
        const fromFile = bindFromConfig(options.root, config.replace(/^python:/, ''));
        if (fromFile)
            return fromFile;
        return { host: '127.0.0.1', port: 8000, source: 'gunicorn default (no --bind)', server: 'gunicorn' };
    }
    if (name === 'uvicorn' || name === 'hypercorn') {
        const host = flag('--host') ?? '127.0.0.1';
        const port = Number(flag('--port') ?? 8000);
        const bind = name === 'hypercorn' ? flag('--bind', '-b') : undefined;
        if (bind)
            return parseAddress(bind, options.source, 'other');
        return { host, port, source: options.source, server: name === 'uvicorn' ? 'uvicorn' : 'other' };
    }
    if (name === 'flask' && rest.includes('run')) {
        return {
            host: flag('--host', '-h') ?? '127.0.0.1',
            port: Number(flag('--port', '-p') ?? 5000),
            source: options.source,
            server: 'flask',
        };
    }
    return undefined;
}
function bindFromArgs(text) {
    if (!text)
        return undefined;
    const match = /(?:--bind[= ]|-b\s*)(\S+)/.exec(text);
    return match?.[1];
}
function bindFromConfig(root, file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, file), 'utf8');
    }
    catch {
        return undefined;
    }
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const match = /^bind\s*=\s*\[?\s*["']([^"']+)["']/.exec(lines[i]);
        if (match)
            return parseAddress(match[1], `${file}:${i + 1}`, 'gunicorn');
    }
    return undefined;
}
function parseAddress(bind, source, server) {
    if (bind.startsWith('unix:'))
        return undefined;
    const match = /^(?:\[([^\]]+)\]|([^:]*))(?::(\d+))?$/.exec(bind);
    if (!match)
        return undefined;
    const host = match[1] ?? match[2] ?? '';
    const port = match[3] ? Number(match[3]) : 8000;
    return { host: host || '0.0.0.0', port, source, server };
}
function isLoopback(host) {
    return host === 'localhost' || host.startsWith('127.') || host === '::1';
}

;// CONCATENATED MODULE: ./src/docker/routes.ts
/**
 * The HTTP routes a Flask or FastAPI app serves, read from its sources without running it: `@app.route`,
 * `@bp.get`, `add_url_rule`, Blueprint and APIRouter prefixes, `register_blueprint(..., url_prefix=)` and
 * `include_router(..., prefix=)`. The scan says how sure it is: a health check is reported as pointing at a
 * missing route only when every route and prefix was a literal the scan could read.
 */
const STRING = String.raw `(?:[rubfRUBF]{0,2})(?:"([^"\n]*)"|'([^'\n]*)')`;
const DECORATOR = new RegExp(String.raw `^\s*@\s*([A-Za-z_][\w]*)\s*\.\s*(route|get|post|put|patch|delete|head|options|api_route|websocket)\s*\(\s*(${STRING})?`);
const ADD_URL_RULE = new RegExp(String.raw `([A-Za-z_]\w*)\s*\.\s*add_url_rule\s*\(\s*(${STRING})?`);
const BLUEPRINT = new RegExp(String.raw `([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?:flask\.)?(Blueprint|APIRouter)\s*\(`);
const APP = /([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?:flask\.|fastapi\.)?(Flask|FastAPI)\s*\(/;
const REGISTER = /([A-Za-z_]\w*)\s*\.\s*(register_blueprint|include_router)\s*\(\s*([A-Za-z_][\w.]*)/;
function literal(match, group) {
    if (!match)
        return undefined;
    return match[group] ?? match[group + 1];
}
/** The keyword argument `name=` of a call whose text starts at `from` (to its closing parenthesis). */
function keyword(text, from, name) {
    let depth = 0;
    let end = from;
    for (; end < text.length; end++) {
        const c = text[end];
        if (c === '(')
            depth++;
        else if (c === ')') {
            depth--;
            if (depth <= 0)
                break;
        }
    }
    const call = text.slice(from, end + 1);
    const match = new RegExp(String.raw `\b${name}\s*=\s*(${STRING}|[^,)\s]+)`).exec(call);
    if (!match)
        return { present: false };
    return { present: true, value: match[2] ?? match[3] };
}
function scanRoutes(files) {
    const decls = [];
    const ownPrefix = new Map();
    const registered = new Map();
    const apps = new Set();
    let framework;
    let reason;
    const unsure = (why) => {
        reason ??= why;
    };
    for (const { file, text } of files) {
        if (!/\b(flask|fastapi)\b/.test(text))
            continue;
        const lines = text.split('\n');
        for (let index = 0; index < lines.length; index++) {
            const line = lines[index];
            if (/^\s*#/.test(line))
                continue;
            const offset = lines.slice(0, index).reduce((sum, l) => sum + l.length + 1, 0);
            const app = APP.exec(line);
            if (app) {
                apps.add(app[1]);
                framework ??= app[2] === 'Flask' ? 'flask' : 'fastapi';
            }
            const blueprint = BLUEPRINT.exec(line);
            if (blueprint) {
                const prefix = keyword(text, offset + blueprint.index, blueprint[2] === 'Blueprint' ? 'url_prefix' : 'prefix');
                if (prefix.present && prefix.value === undefined)
                    unsure(`${file}:${index + 1}: a prefix that is not a string literal`);
                ownPrefix.set(blueprint[1], prefix.value ?? '');
            }
            const register = REGISTER.exec(line);
            if (register) {
                const target = register[3].split('.').pop();
                const prefix = keyword(text, offset + register.index, register[2] === 'register_blueprint' ? 'url_prefix' : 'prefix');
                if (prefix.present && prefix.value === undefined)
                    unsure(`${file}:${index + 1}: a prefix that is not a string literal`);
                (registered.get(target) ?? registered.set(target, []).get(target)).push(prefix.value ?? '\0');
            }
            const decorator = DECORATOR.exec(line);
            if (decorator) {
                const path = literal(decorator, 4);
                if (path === undefined)
                    unsure(`${file}:${index + 1}: a route path that is not a string literal`);
                else
                    decls.push({ owner: decorator[1], path, file, line: index + 1 });
            }
            const rule = ADD_URL_RULE.exec(line);
            if (rule) {
                const path = literal(rule, 3);
                if (path === undefined)
                    unsure(`${file}:${index + 1}: add_url_rule with a computed path`);
                else
                    decls.push({ owner: rule[1], path, file, line: index + 1 });
            }
        }
    }
    if (!framework && decls.length === 0)
        return { routes: [], confident: false, reason: 'no Flask or FastAPI app found' };
    const routes = [];
    for (const decl of decls) {
        if (apps.has(decl.owner) && !ownPrefix.has(decl.owner)) {
            routes.push({ path: decl.path, file: decl.file, line: decl.line });
            continue;
        }
        const own = ownPrefix.get(decl.owner);
        const mounts = registered.get(decl.owner);
        if (own === undefined && !mounts) {
            unsure(`${decl.file}:${decl.line}: routes on '${decl.owner}', which the scan cannot tie to an app`);
            continue;
        }
        if (!mounts) {
            unsure(`${decl.file}:${decl.line}: blueprint '${decl.owner}' is never registered where the scan can see`);
            continue;
        }
        for (const mount of mounts) {
            // register_blueprint's url_prefix replaces the Blueprint's own; include_router's prefix is added to it
            const prefix = mount === '\0' ? (own ?? '') : framework === 'fastapi' ? mount + (own ?? '') : mount;
            routes.push({ path: joinPath(prefix, decl.path), file: decl.file, line: decl.line });
        }
    }
    return { framework, routes, confident: reason === undefined && routes.length > 0, reason };
}
function joinPath(prefix, path) {
    if (!prefix)
        return path || '/';
    return `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`.replace(/\/$/, '') || '/';
}
/** Whether a request path is served by a route (`<int:id>`, `<path:p>` and `{id}` match one segment, path matches many). */
function matchesRoute(requestPath, routes) {
    const wanted = requestPath.split(/[?#]/)[0].replace(/\/$/, '') || '/';
    for (const route of routes) {
        const pattern = route.path
            .split(/(<[^>]+>|\{[^}]+\})/)
            .map((part) => {
            if (/^<path:/.test(part) || /^\{[^}]+:path\}$/.test(part))
                return '.+';
            if (/^<[^>]+>$/.test(part) || /^\{[^}]+\}$/.test(part))
                return '[^/]+';
            return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
            .join('');
        const normalized = pattern.replace(/\/$/, '') || '/';
        if (new RegExp(`^${normalized}/?$`).test(wanted))
            return route;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/docker/analyze.ts
/**
 * The static half of docker-build-test: the Dockerfile, every Compose file, and the rules that need both
 * plus the app's sources (server bind vs EXPOSE vs published ports vs health check; health check path vs
 * the app's routes). No engine needed; `shipcheck check` runs exactly this.
 */









function analyzeStatic(settings) {
    const { root } = settings;
    const findings = [];
    // Compose first: the service that builds the image says where its context is.
    const composeFiles = settings.composeFiles ?? (0,compose/* findComposeFiles */.$p)(root);
    const sources = [];
    for (const file of composeFiles) {
        const { source, findings: problems } = (0,compose/* readComposeSource */.U_)(root, file);
        findings.push(...problems);
        if (source)
            sources.push(source);
    }
    const projects = (0,compose/* composeProjects */.l)(sources);
    for (const project of projects) {
        findings.push(...(0,compose_lint/* lintCompose */.QT)(project, {
            root,
            hostMemory: settings.hostMemory,
            memoryHeadroom: settings.memoryHeadroom,
        }));
    }
    const builders = projects.flatMap((project) => project.services
        .filter((service) => buildsDockerfile(service, settings.dockerfile))
        .map((service) => ({ project, service })));
    const chosen = settings.service
        ? (builders.find((b) => b.service.name === settings.service) ??
            projects
                .flatMap((project) => project.services.map((service) => ({ project, service })))
                .find((b) => b.service.name === settings.service))
        : (builders.find((b) => Array.isArray(b.service.spec.ports) && b.service.spec.ports.length > 0) ??
            builders[0]);
    if (settings.service && !chosen) {
        findings.push({
            rule: 'compose-invalid',
            severity: 'error',
            message: `service '${settings.service}' is not defined in ${composeFiles.join(', ') || 'any Compose file'}`,
            fix: `set service to one of: ${projects.flatMap((p) => p.services.map((s) => s.name)).join(', ') || '(no services found)'}`,
        });
    }
    const context = settings.context ?? (chosen ? buildContext(chosen.service) : undefined) ?? '.';
    // The Dockerfile.
    const dockerfile = lintDockerfile(root, settings.dockerfile, context);
    findings.push(...dockerfile.findings);
    const facts = dockerfile.facts;
    // The app's routes, read once.
    const pythonFiles = (0,project_files/* findPythonFiles */.N$)(root, settings.exclude);
    const routes = scanRoutes(pythonFiles.flatMap((file) => {
        try {
            return [{ file, text: (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, file), 'utf8') }];
        }
        catch {
            return [];
        }
    }));
    const plan = { context, environment: {} };
    let imageBind;
    if (facts) {
        const imageCommand = [...(facts.entrypoint?.args ?? []), ...(facts.cmd?.args ?? [])];
        imageBind = serverBind(imageCommand, {
            root,
            env: facts.env,
            source: `${settings.dockerfile}:${facts.cmd?.line ?? facts.entrypoint?.line ?? 1}`,
        });
        findings.push(...crossFileRules(settings, facts, imageBind, builders, routes));
        plan.bind = imageBind;
    }
    if (chosen) {
        plan.service = chosen.service;
        plan.project = chosen.project;
        const spec = chosen.service.spec;
        plan.command = commandOf(spec.command);
        plan.entrypoint = commandOf(spec.entrypoint);
        plan.environment = environmentOf(spec.environment);
        const limits = (0,compose_lint/* serviceLimits */.w9)(chosen.service);
        plan.memory = limits.memory;
        plan.cpus = limits.cpus;
        if (plan.command && facts) {
            plan.bind =
                serverBind([...(plan.entrypoint ?? facts.entrypoint?.args ?? []), ...plan.command], {
                    root,
                    env: { ...facts.env, ...plan.environment },
                    source: `${chosen.service.at('command').file}:${chosen.service.at('command').line}`,
                }) ?? plan.bind;
        }
        plan.health = composeHealth(chosen.service) ?? plan.health;
    }
    if (!plan.health && facts?.healthcheck && !facts.healthcheck.disabled) {
        plan.health = healthProbe(facts.healthcheck.args, facts.healthcheck.shell, settings.dockerfile, facts.healthcheck.line, 'HEALTHCHECK');
    }
    plan.memory = settings.memory ?? plan.memory;
    plan.cpus = settings.cpus ?? plan.cpus;
    return {
        findings,
        facts,
        projects,
        routes,
        plan,
        data: {
            dockerfile: settings.dockerfile,
            composeFiles,
            services: projects.reduce((sum, p) => sum + p.services.length, 0),
            routes: routes.routes.length,
            routesConfident: routes.confident,
            bind: plan.bind ? `${plan.bind.host}:${plan.bind.port} (${plan.bind.source})` : undefined,
        },
    };
}
function crossFileRules(settings, facts, imageBind, builders, routes) {
    const findings = [];
    const file = settings.dockerfile;
    const imageHealth = facts.healthcheck && !facts.healthcheck.disabled
        ? healthProbe(facts.healthcheck.args, facts.healthcheck.shell, file, facts.healthcheck.line, 'HEALTHCHECK')
        : undefined;
    const bindRules = (bind, label) => {
        if (bind.server !== 'other' && isLoopback(bind.host)) {
            const [bindFile, bindLine] = bind.source.includes(':')
                ? bind.source.split(':')
                : [file, String(facts.cmd?.line ?? 1)];
            findings.push({
                rule: 'server-binds-localhost',
                severity: 'error',
                message: `${label}: ${bind.server} listens on ${bind.host}:${bind.port} (${bind.source}): inside a container that is unreachable from the host, nginx and the health check of any other container — "connection refused" / 502 Bad Gateway`,
                file: /^\d+$/.test(bindLine ?? '') ? bindFile : file,
                line: /^\d+$/.test(bindLine ?? '') ? Number(bindLine) : facts.cmd?.line,
                fix: bind.server === 'gunicorn'
                    ? `bind every interface: --bind 0.0.0.0:${bind.port}`
                    : `listen on 0.0.0.0: --host 0.0.0.0 --port ${bind.port}`,
            });
        }
    };
    if (imageBind) {
        bindRules(imageBind, 'the image');
        if (facts.expose.length > 0 && !facts.expose.some((e) => e.port === imageBind.port)) {
            findings.push({
                rule: 'port-mismatch',
                severity: 'warning',
                message: `EXPOSE ${facts.expose.map((e) => e.port).join(' ')} but the app listens on ${imageBind.port} (${imageBind.source})`,
                file,
                line: facts.expose[0].line,
                fix: `EXPOSE ${imageBind.port}`,
            });
        }
        if (imageHealth)
            healthRules(imageHealth, imageBind, routes, findings);
    }
    for (const { service } of builders) {
        const command = commandOf(service.spec.command);
        const entrypoint = commandOf(service.spec.entrypoint);
        const bind = command || entrypoint
            ? serverBind([...(entrypoint ?? facts.entrypoint?.args ?? []), ...(command ?? facts.cmd?.args ?? [])], {
                root: settings.root,
                env: { ...facts.env, ...environmentOf(service.spec.environment) },
                source: `${service.at('command').file}:${service.at('command').line}`,
            })
            : imageBind;
        if (bind && bind !== imageBind)
            bindRules(bind, `service ${service.name}`);
        if (bind && Array.isArray(service.spec.ports)) {
            service.spec.ports.forEach((port, index) => {
                const target = (0,compose_lint/* containerPortOf */.Yy)(port);
                if (target !== undefined && target !== bind.port) {
                    findings.push({
                        rule: 'port-mismatch',
                        severity: 'error',
                        message: `service ${service.name} publishes container port ${target}, but the app listens on ${bind.port} (${bind.source}): requests to the published port get "connection reset"`,
                        ...service.at('ports', index),
                        fix: `publish the port the app listens on, e.g. "${typeof port === 'string' && port.split(':').length > 2 ? port.split(':').slice(0, -1).join(':') : hostPart(port)}:${bind.port}"`,
                    });
                }
            });
        }
        const serviceHealth = composeHealth(service);
        if (serviceHealth) {
            if (bind)
                healthRules(serviceHealth, bind, routes, findings);
        }
        else if (imageHealth && !bind && command && service.spec.healthcheck === undefined) {
            // a worker built from the web image inherits its HTTP health check
            findings.push({
                rule: 'healthcheck-port-mismatch',
                severity: 'warning',
                message: `service ${service.name} runs \`${command.join(' ')}\`, which serves no HTTP, but inherits the image's HEALTHCHECK (${file}:${imageHealth.line}) against port ${imageHealth.port ?? 80}: it is reported unhealthy forever and anything waiting for it never starts`,
                ...service.at('command'),
                fix: `give ${service.name} its own healthcheck (for Celery: test: ["CMD-SHELL", "celery -A app.tasks inspect ping -d celery@$$HOSTNAME"]) or healthcheck: { disable: true }`,
            });
        }
    }
    const anyHealth = imageHealth || builders.some(({ service }) => (0,compose_lint/* hasHealthcheck */.zY)(service));
    if (!anyHealth && !facts.healthcheck?.disabled && facts.finalStage) {
        findings.push({
            rule: 'healthcheck-missing',
            severity: 'warning',
            message: 'the image has no HEALTHCHECK and no Compose service that builds it defines one: Docker reports it running while gunicorn is stuck, and depends_on cannot wait for it',
            file,
            line: facts.finalStage.fromLine,
            fix: `add HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:${imageBind?.port ?? 8000}/healthz', timeout=4).status != 200)"] and a /healthz route`,
        });
    }
    return findings;
}
function hostPart(port) {
    if (typeof port === 'string')
        return port.split(':').length > 1 ? port.split(':')[0] : port;
    return String(port);
}
function healthRules(probe, bind, routes, findings) {
    if (probe.port !== undefined && probe.port !== bind.port) {
        findings.push({
            rule: 'healthcheck-port-mismatch',
            severity: 'error',
            message: `${probe.where} calls port ${probe.port}, but the app listens on ${bind.port} (${bind.source}): the check always fails and the container is marked unhealthy`,
            file: probe.file,
            line: probe.line,
            fix: `call http://127.0.0.1:${bind.port}${probe.path ?? '/'}`,
        });
    }
    if (probe.path !== undefined && routes.confident && !matchesRoute(probe.path, routes.routes)) {
        const near = routes.routes
            .map((r) => r.path)
            .filter((p) => /health|ping|status|ready|live/i.test(p))
            .slice(0, 3);
        findings.push({
            rule: 'healthcheck-route-missing',
            severity: 'error',
            message: `${probe.where} requests ${probe.path}, but no route of the app serves it (${routes.routes.length} routes read from the sources): it gets 404 and the container is marked unhealthy`,
            file: probe.file,
            line: probe.line,
            fix: near.length > 0
                ? `call ${near.join(' or ')} instead`
                : `add a route for ${probe.path} that returns 200 (and checks the database)`,
        });
    }
}
function composeHealth(service) {
    const check = service.spec.healthcheck;
    if (!(0,compose/* isObject */.Gv)(check) || check.disable === true || check.test === undefined)
        return undefined;
    const where = service.at('healthcheck', 'test');
    const test = check.test;
    if (typeof test === 'string')
        return healthProbe(shellWords(test), true, where.file, where.line, `the healthcheck of ${service.name}`);
    if (!Array.isArray(test) || test[0] === 'NONE')
        return undefined;
    const words = test.map(String);
    if (words[0] === 'CMD-SHELL')
        return healthProbe(shellWords(words[1] ?? ''), true, where.file, where.line, `the healthcheck of ${service.name}`);
    return healthProbe(words[0] === 'CMD' ? words.slice(1) : words, false, where.file, where.line, `the healthcheck of ${service.name}`);
}
function healthProbe(args, shell, file, line, where) {
    const words = !shell && args[0] === 'CMD-SHELL' ? shellWords(args[1] ?? '') : args;
    const text = words.join(' ');
    const url = /(https?):\/\/(\[[^\]]+\]|[^/:\s'"]+)(?::(\d+))?(\/[^\s'"),]*)?/.exec(text);
    return {
        test: shell ? ['CMD-SHELL', text] : ['CMD', ...words],
        port: url ? Number(url[3] ?? (url[1] === 'https' ? 443 : 80)) : undefined,
        path: url ? (url[4] ?? '/') : undefined,
        file,
        line,
        where,
    };
}
function buildsDockerfile(service, dockerfile) {
    const build = service.spec.build;
    if (typeof build === 'string')
        return external_node_path_default().posix.normalize(external_node_path_default().posix.join(build, 'Dockerfile')) === external_node_path_default().posix.normalize(dockerfile);
    if ((0,compose/* isObject */.Gv)(build)) {
        const context = typeof build.context === 'string' ? build.context : '.';
        const file = typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
        return external_node_path_default().posix.normalize(external_node_path_default().posix.join(context, file)) === external_node_path_default().posix.normalize(dockerfile);
    }
    return false;
}
function buildContext(service) {
    const build = service.spec.build;
    if (typeof build === 'string')
        return build;
    if ((0,compose/* isObject */.Gv)(build) && typeof build.context === 'string')
        return build.context;
    return undefined;
}
function commandOf(value) {
    if (typeof value === 'string')
        return shellWords(value);
    if (Array.isArray(value))
        return value.map(String);
    return undefined;
}
function environmentOf(value) {
    if (Array.isArray(value)) {
        return Object.fromEntries(value
            .filter((item) => typeof item === 'string' && item.includes('='))
            .map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)]));
    }
    if ((0,compose/* isObject */.Gv)(value)) {
        return Object.fromEntries(Object.entries(value)
            .filter(([, v]) => v !== null)
            .map(([k, v]) => [k, String(v)]));
    }
    return {};
}


/***/ }),

/***/ 7132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ lintCompose),
/* harmony export */   Yy: () => (/* binding */ containerPortOf),
/* harmony export */   lQ: () => (/* binding */ missingEnvFiles),
/* harmony export */   w9: () => (/* binding */ serviceLimits),
/* harmony export */   zY: () => (/* binding */ hasHealthcheck)
/* harmony export */ });
/* unused harmony exports dataServiceOf, hostPortsOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _compose_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9317);
/* harmony import */ var _sizes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4178);
/**
 * Compose rules for a 1 GB production host: limits on every service and their sum against the host,
 * health checks where dependencies wait on them, restart policies, database data on volumes, host port
 * clashes, env files, container names.
 */




const DATA_SERVICES = [
    [
        /(^|\/)(mysql|percona)(:|$)/,
        {
            kind: 'MySQL',
            dataPath: '/var/lib/mysql',
            healthcheck: ['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1'],
        },
    ],
    [
        /(^|\/)mariadb(:|$)/,
        {
            kind: 'MariaDB',
            dataPath: '/var/lib/mysql',
            healthcheck: ['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized'],
        },
    ],
    [
        /(^|\/)postgres(:|$)/,
        { kind: 'PostgreSQL', dataPath: '/var/lib/postgresql/data', healthcheck: ['CMD', 'pg_isready'] },
    ],
    [
        /(^|\/)(redis|valkey)(:|$)/,
        { kind: 'Redis', dataPath: '/data', healthcheck: ['CMD', 'redis-cli', 'ping'] },
    ],
    [
        /(^|\/)mongo(:|$)/,
        {
            kind: 'MongoDB',
            dataPath: '/data/db',
            healthcheck: ['CMD', 'mongosh', '--eval', 'db.runCommand({ping:1})'],
        },
    ],
];
function dataServiceOf(service) {
    const image = typeof service.spec.image === 'string' ? service.spec.image.toLowerCase() : '';
    return DATA_SERVICES.find(([pattern]) => pattern.test(image))?.[1];
}
function serviceLimits(service) {
    const deploy = (0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(service.spec.deploy) ? service.spec.deploy : {};
    const resources = (0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(deploy.resources) ? deploy.resources : {};
    const limits = (0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(resources.limits) ? resources.limits : {};
    const reservations = (0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(resources.reservations) ? resources.reservations : {};
    return {
        memory: (0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBytes */ .z_)(limits.memory) ?? (0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBytes */ .z_)(service.spec.mem_limit),
        cpus: (0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCpus */ .xX)(limits.cpus) ?? (0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCpus */ .xX)(service.spec.cpus),
        memoryReservation: (0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBytes */ .z_)(reservations.memory) ?? (0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBytes */ .z_)(service.spec.mem_reservation),
    };
}
function lintCompose(project, options) {
    const findings = [];
    const at = (service, ...keyPath) => service.at(...keyPath);
    for (const source of project.files) {
        if ('version' in source.data) {
            findings.push({
                rule: 'compose-version-obsolete',
                severity: 'warning',
                message: `the top-level version (${JSON.stringify(source.data.version)}) is obsolete: Compose v2 ignores it and warns "the attribute \`version\` is obsolete" on every command`,
                file: source.file,
                line: (0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .lineIn */ .Wg)(source, ['version']) ?? 1,
                fix: 'delete the version line (keep it only if the server still runs docker-compose v1, which needs it for files older than 3.x features)',
            });
        }
    }
    const names = new Set(project.services.map((s) => s.name));
    const containerNames = new Map();
    const hostPorts = [];
    let limitSum = 0;
    const limited = [];
    for (const service of project.services) {
        const spec = service.spec;
        const data = dataServiceOf(service);
        const limits = serviceLimits(service);
        // Limits.
        if (limits.memory === undefined) {
            findings.push({
                rule: 'missing-resource-limits',
                severity: 'error',
                message: `service ${service.name} has no memory limit: one leak or a burst of work takes the whole host into swap, and the kernel's OOM killer then picks ${data ? 'it' : 'the biggest process, usually the database'}`,
                ...at(service),
                fix: `add deploy.resources.limits.memory (e.g. ${data?.kind === 'Redis' ? '64M' : data ? '256M' : '320M'}) to ${service.name}`,
            });
        }
        else {
            limitSum += limits.memory;
            limited.push(`${service.name} ${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(limits.memory)}`);
        }
        if (limits.cpus === undefined) {
            findings.push({
                rule: 'missing-resource-limits',
                severity: 'warning',
                message: `service ${service.name} has no CPU limit: a busy worker pins every core at 100% and the web service stops answering`,
                ...at(service),
                fix: `add deploy.resources.limits.cpus (e.g. "0.5") to ${service.name}`,
            });
        }
        if (limits.memory !== undefined &&
            limits.memoryReservation !== undefined &&
            limits.memoryReservation > limits.memory) {
            findings.push({
                rule: 'reservation-above-limit',
                severity: 'error',
                message: `service ${service.name} reserves ${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(limits.memoryReservation)} but is limited to ${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(limits.memory)}: Docker refuses to start it ("Minimum memory limit should be larger than memory reservation")`,
                ...at(service, 'deploy', 'resources', 'reservations'),
                fix: 'make the reservation at most the limit',
            });
        }
        // Health and start order.
        const dependsOn = spec.depends_on;
        if ((0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(dependsOn)) {
            for (const [dependency, condition] of Object.entries(dependsOn)) {
                const target = project.services.find((s) => s.name === dependency);
                if (!target) {
                    findings.push({
                        rule: 'compose-invalid',
                        severity: 'error',
                        message: `service ${service.name} depends on ${dependency}, which is not a service of this project`,
                        ...at(service, 'depends_on', dependency),
                        fix: `define ${dependency} or remove it from depends_on (services: ${[...names].join(', ')})`,
                    });
                    continue;
                }
                if ((0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(condition) && condition.condition === 'service_healthy' && !hasHealthcheck(target)) {
                    const fix = dataServiceOf(target);
                    findings.push({
                        rule: 'healthy-dependency-without-healthcheck',
                        severity: 'error',
                        message: `service ${service.name} waits for ${dependency} to be healthy, but ${dependency} has no healthcheck: compose up fails with "container for service ${dependency} has no healthcheck configured"`,
                        ...at(service, 'depends_on', dependency),
                        fix: `add a healthcheck to ${dependency}${fix ? `: test: ${JSON.stringify(fix.healthcheck)}` : ''}`,
                    });
                }
            }
        }
        else if (Array.isArray(dependsOn)) {
            for (const dependency of dependsOn) {
                if (typeof dependency === 'string' && !names.has(dependency)) {
                    findings.push({
                        rule: 'compose-invalid',
                        severity: 'error',
                        message: `service ${service.name} depends on ${dependency}, which is not a service of this project`,
                        ...at(service, 'depends_on'),
                        fix: `define ${dependency} or remove it from depends_on`,
                    });
                }
            }
        }
        if (data && !hasHealthcheck(service)) {
            const waiting = project.services.filter((s) => Array.isArray(s.spec.depends_on) && s.spec.depends_on.includes(service.name));
            findings.push({
                rule: 'missing-healthcheck',
                severity: 'warning',
                message: `${data.kind} service ${service.name} has no healthcheck${waiting.length ? `: ${waiting.map((s) => s.name).join(', ')} start${waiting.length === 1 ? 's' : ''} while it is still initialising and fail${waiting.length === 1 ? 's' : ''} to connect` : ''}`,
                ...at(service),
                fix: `add to ${service.name}: healthcheck: { test: ${JSON.stringify(data.healthcheck)}, interval: 10s, retries: 5 }${waiting.length ? `, and depends_on: { ${service.name}: { condition: service_healthy } } in ${waiting.map((s) => s.name).join(', ')}` : ''}`,
            });
        }
        if (spec.restart === undefined && !((0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(spec.deploy) && (0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(spec.deploy.restart_policy))) {
            findings.push({
                rule: 'missing-restart-policy',
                severity: 'warning',
                message: `service ${service.name} has no restart policy: after a crash or a host reboot it stays down`,
                ...at(service),
                fix: 'add restart: unless-stopped',
            });
        }
        // Data.
        if (data && !mountsPath(spec.volumes, data.dataPath)) {
            findings.push({
                rule: 'data-without-volume',
                severity: data.kind === 'Redis' ? 'warning' : 'error',
                message: `${data.kind} service ${service.name} keeps ${data.dataPath} in the container: the data is lost when the container is recreated (every deploy that changes it)`,
                ...at(service),
                fix: `mount a named volume: volumes: ["${service.name}-data:${data.dataPath}"] (and declare ${service.name}-data under the top-level volumes)`,
            });
        }
        if (Array.isArray(spec.volumes)) {
            spec.volumes.forEach((volume, index) => {
                const name = typeof volume === 'string'
                    ? volume.split(':')[0]
                    : (0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(volume) && volume.type === 'volume'
                        ? volume.source
                        : undefined;
                if (typeof name === 'string' &&
                    name &&
                    !/^[./~$]/.test(name) &&
                    volume !== name &&
                    !project.volumes.has(name)) {
                    findings.push({
                        rule: 'compose-invalid',
                        severity: 'error',
                        message: `service ${service.name} mounts volume ${name}, which is not declared under the top-level volumes: compose refuses with "service ${service.name} refers to undefined volume ${name}"`,
                        ...at(service, 'volumes', index),
                        fix: `add \`${name}:\` under the top-level volumes:`,
                    });
                }
            });
        }
        // Ports and names.
        if (Array.isArray(spec.ports)) {
            spec.ports.forEach((port, index) => {
                for (const published of hostPortsOf(port)) {
                    const previous = hostPorts.find((p) => clashes(p, published));
                    const where = at(service, 'ports', index);
                    if (previous) {
                        findings.push({
                            rule: 'duplicate-host-port',
                            severity: 'error',
                            message: `host port ${published.port}/${published.protocol} is published by ${previous.service.name} (${previous.file}:${previous.line}) and by ${service.name}: the second fails with "Bind for ${published.host}:${published.port} failed: port is already allocated" (Address already in use)`,
                            ...where,
                            fix: `publish ${service.name} on another host port, or drop one of them`,
                        });
                    }
                    else {
                        hostPorts.push({ ...published, service, ...where });
                    }
                }
            });
        }
        if (typeof spec.container_name === 'string') {
            const previous = containerNames.get(spec.container_name);
            if (previous) {
                findings.push({
                    rule: 'duplicate-container-name',
                    severity: 'error',
                    message: `container_name ${spec.container_name} is used by ${previous.name} and ${service.name}: the second fails with "Conflict. The container name is already in use"`,
                    ...at(service, 'container_name'),
                    fix: 'give each service its own container_name, or remove container_name',
                });
            }
            else
                containerNames.set(spec.container_name, service);
        }
        for (const { index, path: file, example } of missingEnvFiles(service, options.root)) {
            findings.push({
                rule: 'env-file-missing',
                severity: example ? 'notice' : 'error',
                message: example
                    ? `env_file ${file} of ${service.name} is not in the repository (${example} is): it must exist on the server before compose up`
                    : `env_file ${file} of ${service.name} does not exist: compose fails with "env file ${file} not found"`,
                ...at(service, 'env_file', ...(index === undefined ? [] : [index])),
                fix: example
                    ? `keep ${file} on the server (ssh-deploy links shared/${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)} into each release), created from ${example}`
                    : `create ${file}, or mark it optional (env_file: [{ path: ${file}, required: false }], Compose 2.24+)`,
            });
        }
    }
    if (options.hostMemory !== undefined && project.services.length > 0) {
        const unlimited = project.services
            .filter((s) => serviceLimits(s).memory === undefined)
            .map((s) => s.name);
        const total = limitSum + options.memoryHeadroom;
        const arithmetic = `${limited.join(' + ') || '0'} + headroom ${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(options.memoryHeadroom)} = ${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(total)}`;
        if (total > options.hostMemory) {
            findings.push({
                rule: 'host-memory-exceeded',
                severity: 'error',
                message: `the memory limits do not fit the host: ${arithmetic} > host-memory ${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(options.hostMemory)}${unlimited.length ? ` (and ${unlimited.join(', ')} have no limit at all)` : ''}`,
                file: project.file,
                line: (0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .lineIn */ .Wg)(project.files[0], ['services']) ?? 1,
                fix: `lower the limits by ${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(total - options.hostMemory)} (fewer gunicorn workers, a smaller innodb-buffer-pool-size, redis --maxmemory) or use a bigger host`,
            });
        }
    }
    return findings;
}
function hasHealthcheck(service) {
    const check = service.spec.healthcheck;
    return ((0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(check) &&
        check.disable !== true &&
        check.test !== undefined &&
        !(Array.isArray(check.test) && check.test[0] === 'NONE'));
}
function mountsPath(volumes, target) {
    if (!Array.isArray(volumes))
        return false;
    return volumes.some((volume) => {
        if (typeof volume === 'string') {
            const parts = volume.split(':');
            return parts.length >= 2 && parts[1].replace(/\/+$/, '') === target;
        }
        return ((0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(volume) && typeof volume.target === 'string' && volume.target.replace(/\/+$/, '') === target);
    });
}
const ANY = new Set(['0.0.0.0', '::', '']);
function clashes(a, b) {
    return (a.port === b.port &&
        a.protocol === b.protocol &&
        (a.host === b.host || ANY.has(a.host) || ANY.has(b.host)));
}
/** `"8000:8000"`, `"127.0.0.1:8000:8000/tcp"`, `"8000-8002:8000-8002"`, `{ published: 8000 }`: what the host binds. */
function hostPortsOf(port) {
    if (typeof port === 'string') {
        const protocol = /\/(udp|sctp)$/.exec(port)?.[1] ?? 'tcp';
        const parts = port.replace(/\/(tcp|udp|sctp)$/, '').split(':');
        if (parts.length < 2)
            return [];
        const host = parts.length >= 3
            ? parts
                .slice(0, -2)
                .join(':')
                .replace(/^\[|\]$/g, '')
            : '0.0.0.0';
        const range = /^(\d+)(?:-(\d+))?$/.exec(parts[parts.length - 2]);
        if (!range)
            return [];
        const out = [];
        for (let p = Number(range[1]); p <= Number(range[2] ?? range[1]) && out.length < 1000; p++)
            out.push({ host, port: p, protocol });
        return out;
    }
    if ((0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(port) && port.published !== undefined && /^\d+$/.test(String(port.published))) {
        return [
            {
                host: typeof port.host_ip === 'string' ? port.host_ip : '0.0.0.0',
                port: Number(port.published),
                protocol: typeof port.protocol === 'string' ? port.protocol : 'tcp',
            },
        ];
    }
    return [];
}
/** The container side of a port mapping. */
function containerPortOf(port) {
    if (typeof port === 'number')
        return port;
    if (typeof port === 'string') {
        const last = port
            .replace(/\/(tcp|udp|sctp)$/, '')
            .split(':')
            .pop() ?? '';
        return /^\d+$/.test(last) ? Number(last) : undefined;
    }
    if ((0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(port) && port.target !== undefined)
        return Number(port.target);
    return undefined;
}
/**
 * The required env files of a service that are not in the checkout under `root` (paths with `${...}` are the
 * server's business), each with its committed template (`.env` -> `.env.example`) when there is one.
 */
function missingEnvFiles(service, root) {
    return envFiles(service.spec.env_file)
        .filter(([, f]) => f.required && !f.path.includes('$') && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, f.path)))
        .map(([index, f]) => ({
        index,
        path: f.path,
        example: ['.example', '.sample', '.template', '.dist']
            .map((suffix) => f.path + suffix)
            .find((candidate) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, candidate))),
    }));
}
function envFiles(value) {
    if (typeof value === 'string')
        return [[undefined, { path: value, required: true }]];
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => {
        if (typeof item === 'string')
            return [[index, { path: item, required: true }]];
        if ((0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(item) && typeof item.path === 'string')
            return [[index, { path: item.path, required: item.required !== false }]];
        return [];
    });
}


/***/ }),

/***/ 9317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ composeProjects),
  $p: () => (/* binding */ findComposeFiles),
  Gv: () => (/* binding */ isObject),
  Wg: () => (/* binding */ lineIn),
  U_: () => (/* binding */ readComposeSource)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/yaml-source.ts
var yaml_source = __webpack_require__(668);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
;// CONCATENATED MODULE: ./src/generated/compose-spec-validator.js
// Generated by scripts/compile-schemas.mjs from src/docker/data/compose-spec.json: do not edit; run `npm run build`.
/* eslint-disable */
const func0 = equal["default"] ?? equal;
const validate = (/* unused pure expression or super */ null && (validate21));/* harmony default export */ const compose_spec_validator = (validate21);const schema6 = {"$id":"compose_spec.json","type":"object","title":"Compose Specification","description":"The Compose file is a YAML file defining a multi-containers based application.","properties":{"version":{"type":"string","deprecated":true,"description":"declared for backward compatibility, ignored. Please remove it."},"name":{"type":"string","description":"define the Compose project name, until user defines one explicitly."},"include":{"type":"array","items":{"$ref":"#/definitions/include"},"description":"compose sub-projects to be included."},"services":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/service"}},"additionalProperties":false,"description":"The services that will be used by your application."},"models":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/model"}},"description":"Language models that will be used by your application."},"networks":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/network"}},"description":"Networks that are shared among multiple services."},"volumes":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/volume"}},"additionalProperties":false,"description":"Named volumes that are shared among multiple services."},"secrets":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/secret"}},"additionalProperties":false,"description":"Secrets that are shared among multiple services."},"configs":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/config"}},"additionalProperties":false,"description":"Configurations that are shared among multiple services."}},"patternProperties":{"^x-":{}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service's image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include 'default', 'none', 'host', or a network name."},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cgroup":{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace."},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example 'CMD' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name.","pattern":"[a-zA-Z0-9][a-zA-Z0-9_.-]+"},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."},"condition":{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully."}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container's DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they'll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as 'json-file', 'syslog', 'journald', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."},"model_var":{"type":"string","description":"Environment variable set to AI model name."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"type":"number","description":"Specify the priority for the network connection."},"gw_priority":{"type":"number","description":"Specify the gateway priority for the network connection."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host's OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container's PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies."},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container's filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., 'runc'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"type":"boolean","description":"Bind mount Docker API socket and required auth."},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. 'host' shares the host's UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. 'host' shares the host's user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn't exist."},"recursive":{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."},"selinux":{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false},"healthcheck":{"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"development":{"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"deployment":{"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: 'replicated' (default) or 'global'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: 'continue', 'pause'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if an update fails: 'continue', 'pause', 'rollback'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: 'none', 'on-failure', 'any'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., '1s', '1m30s')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., 'node.role==manager')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"generic_resources":{"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"devices":{"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}},"gpus":{"oneOf":[{"type":"string","enum":["all"],"description":"Use all available GPUs."},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"include":{"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]},"network":{"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is 'bridge'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"secret":{"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"config":{"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"model":{"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"type":"integer"},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}},"command":{"oneOf":[{"type":"null","description":"No command specified, use the container's default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."},"service_hook":{"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]},"env_file":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},"required":["path"]}]}}]},"label_file":{"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]},"string_or_list":{"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."},"list_of_strings":{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true},"list_or_dict":{"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."},"extra_hosts":{"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format 'hostname:IP'.","items":{"type":"string","description":"Host:IP mapping in the format 'hostname:IP'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container's /etc/hosts file."},"blkio_limit":{"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false},"blkio_weight":{"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false},"service_config_or_secret":{"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"ulimits":{"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that's actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}}}};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^x-", "u");const pattern1 = new RegExp("^[a-zA-Z0-9._-]+$", "u");const schema7 = {"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]};const schema8 = {"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."};const schema9 = {"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 !== "string"){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.items.type,parentSchema:schema9.items,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err1 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema9,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;break;}indices0[item0] = i1;}}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.type,parentSchema:schema9,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate24.errors = vErrors;return errors === 0;}function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err1 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate23.errors = vErrors;return errors === 0;}function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[0].type,parentSchema:schema7.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "path") || (key0 === "env_file")) || (key0 === "project_directory"))){const err1 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema7.oneOf[1],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.path !== undefined){if(!(validate23(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.env_file !== undefined){if(!(validate23(data.env_file, {instancePath:instancePath+"/env_file",parentData:data,parentDataProperty:"env_file",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.project_directory !== undefined){let data2 = data.project_directory;if(typeof data2 !== "string"){const err2 = {instancePath:instancePath+"/project_directory",schemaPath:"#/oneOf/1/properties/project_directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[1].properties.project_directory.type,parentSchema:schema7.oneOf[1].properties.project_directory,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[1].type,parentSchema:schema7.oneOf[1],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema7.oneOf,parentSchema:schema7,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate22.errors = vErrors;return errors === 0;}const schema10 = {"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service's image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include 'default', 'none', 'host', or a network name."},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cgroup":{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace."},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example 'CMD' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name.","pattern":"[a-zA-Z0-9][a-zA-Z0-9_.-]+"},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."},"condition":{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully."}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container's DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they'll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as 'json-file', 'syslog', 'journald', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."},"model_var":{"type":"string","description":"Environment variable set to AI model name."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"type":"number","description":"Specify the priority for the network connection."},"gw_priority":{"type":"number","description":"Specify the gateway priority for the network connection."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host's OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container's PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies."},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container's filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., 'runc'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"type":"boolean","description":"Bind mount Docker API socket and required auth."},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. 'host' shares the host's UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. 'host' shares the host's user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn't exist."},"recursive":{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."},"selinux":{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false};const pattern27 = new RegExp("[a-zA-Z0-9][a-zA-Z0-9_.-]+", "u");const pattern34 = new RegExp("^.+$", "u");const pattern46 = new RegExp("always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "u");const schema11 = {"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}};const schema12 = {"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]};const schema13 = {"oneOf":[{"type":"null","description":"No command specified, use the container's default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(data !== null){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema13.oneOf[0].type,parentSchema:schema13.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(typeof data !== "string"){const err1 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.oneOf[1].type,parentSchema:schema13.oneOf[1],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.oneOf[2].items.type,parentSchema:schema13.oneOf[2].items,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.oneOf[2].type,parentSchema:schema13.oneOf[2],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema13.oneOf,parentSchema:schema13,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate34.errors = vErrors;return errors === 0;}const schema14 = {"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."};const pattern7 = new RegExp(".+", "u");function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(pattern7.test(key0))){const err0 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}for(const key1 in data){if(pattern7.test(key1)){let data0 = data[key1];if((((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")) && (data0 !== null)){const err1 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema14.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema14.oneOf[0].patternProperties[".+"].type,parentSchema:schema14.oneOf[0].patternProperties[".+"],data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.oneOf[0].type,parentSchema:schema14.oneOf[0],data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs6 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data1 = data[i0];if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.oneOf[1].items.type,parentSchema:schema14.oneOf[1].items,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err4 = {instancePath,schemaPath:"#/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema14.oneOf[1],data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;break;}indices0[item0] = i1;}}}else {const err5 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.oneOf[1].type,parentSchema:schema14.oneOf[1],data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs6 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema14.oneOf,parentSchema:schema14,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate36.errors = vErrors;return errors === 0;}function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.command === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema12.required,parentSchema:schema12,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "command") || (key0 === "user")) || (key0 === "privileged")) || (key0 === "working_dir")) || (key0 === "environment")) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.command !== undefined){if(!(validate34(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}if(data.user !== undefined){let data1 = data.user;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.user.type,parentSchema:schema12.properties.user,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.privileged !== undefined){let data2 = data.privileged;if((typeof data2 !== "boolean") && (typeof data2 !== "string")){const err3 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: schema12.properties.privileged.type},message:"must be boolean,string",schema:schema12.properties.privileged.type,parentSchema:schema12.properties.privileged,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.working_dir !== undefined){let data3 = data.working_dir;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.working_dir.type,parentSchema:schema12.properties.working_dir,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.environment !== undefined){if(!(validate36(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate33.errors = vErrors;return errors === 0;}function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema11.type},message:"must be object,null",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "watch") || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.watch !== undefined){let data0 = data.watch;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.path === undefined){const err2 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.properties.watch.items.required,parentSchema:schema11.properties.watch.items,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.action === undefined){const err3 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema11.properties.watch.items.required,parentSchema:schema11.properties.watch.items,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!(((((((key1 === "ignore") || (key1 === "include")) || (key1 === "path")) || (key1 === "action")) || (key1 === "target")) || (key1 === "exec")) || (pattern0.test(key1)))){const err4 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.watch.items,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.ignore !== undefined){if(!(validate23(data1.ignore, {instancePath:instancePath+"/watch/" + i0+"/ignore",parentData:data1,parentDataProperty:"ignore",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data1.include !== undefined){if(!(validate23(data1.include, {instancePath:instancePath+"/watch/" + i0+"/include",parentData:data1,parentDataProperty:"include",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data1.path !== undefined){let data4 = data1.path;if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/watch/" + i0+"/path",schemaPath:"#/properties/watch/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.watch.items.properties.path.type,parentSchema:schema11.properties.watch.items.properties.path,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.action !== undefined){let data5 = data1.action;if(typeof data5 !== "string"){const err6 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.watch.items.properties.action.type,parentSchema:schema11.properties.watch.items.properties.action,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(((((data5 === "rebuild") || (data5 === "sync")) || (data5 === "restart")) || (data5 === "sync+restart")) || (data5 === "sync+exec"))){const err7 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.watch.items.properties.action.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.watch.items.properties.action.enum,parentSchema:schema11.properties.watch.items.properties.action,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.target !== undefined){let data6 = data1.target;if(typeof data6 !== "string"){const err8 = {instancePath:instancePath+"/watch/" + i0+"/target",schemaPath:"#/properties/watch/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.watch.items.properties.target.type,parentSchema:schema11.properties.watch.items.properties.target,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1.exec !== undefined){if(!(validate33(data1.exec, {instancePath:instancePath+"/watch/" + i0+"/exec",parentData:data1,parentDataProperty:"exec",rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}}}else {const err9 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.watch.items.type,parentSchema:schema11.properties.watch.items,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/watch",schemaPath:"#/properties/watch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.watch.type,parentSchema:schema11.properties.watch,data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}validate30.errors = vErrors;return errors === 0;}const schema15 = {"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: 'replicated' (default) or 'global'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: 'continue', 'pause'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if an update fails: 'continue', 'pause', 'rollback'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: 'none', 'on-failure', 'any'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., '1s', '1m30s')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., 'node.role==manager')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}};const schema16 = {"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key0 in data0){if(!((key0 === "discrete_resource_spec") || (pattern0.test(key0)))){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16.items,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data0.discrete_resource_spec !== undefined){let data1 = data0.discrete_resource_spec;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((key1 === "kind") || (key1 === "value")) || (pattern0.test(key1)))){const err1 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec",schemaPath:"#/items/properties/discrete_resource_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema16.items.properties.discrete_resource_spec,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data1.kind !== undefined){let data2 = data1.kind;if(typeof data2 !== "string"){const err2 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec/kind",schemaPath:"#/items/properties/discrete_resource_spec/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.properties.discrete_resource_spec.properties.kind.type,parentSchema:schema16.items.properties.discrete_resource_spec.properties.kind,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.value !== undefined){let data3 = data1.value;if((!(typeof data3 == "number")) && (typeof data3 !== "string")){const err3 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec/value",schemaPath:"#/items/properties/discrete_resource_spec/properties/value/type",keyword:"type",params:{type: schema16.items.properties.discrete_resource_spec.properties.value.type},message:"must be number,string",schema:schema16.items.properties.discrete_resource_spec.properties.value.type,parentSchema:schema16.items.properties.discrete_resource_spec.properties.value,data:data3};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec",schemaPath:"#/items/properties/discrete_resource_spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.items.properties.discrete_resource_spec.type,parentSchema:schema16.items.properties.discrete_resource_spec,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.items.type,parentSchema:schema16.items,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.type,parentSchema:schema16,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate42.errors = vErrors;return errors === 0;}const schema17 = {"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}};function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.capabilities === undefined){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'",schema:schema17.items.required,parentSchema:schema17.items,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data0){if(!((((((key0 === "capabilities") || (key0 === "count")) || (key0 === "device_ids")) || (key0 === "driver")) || (key0 === "options")) || (pattern0.test(key0)))){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17.items,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.capabilities !== undefined){if(!(validate24(data0.capabilities, {instancePath:instancePath+"/" + i0+"/capabilities",parentData:data0,parentDataProperty:"capabilities",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data0.count !== undefined){let data2 = data0.count;if((typeof data2 !== "string") && (!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))))){const err2 = {instancePath:instancePath+"/" + i0+"/count",schemaPath:"#/items/properties/count/type",keyword:"type",params:{type: schema17.items.properties.count.type},message:"must be string,integer",schema:schema17.items.properties.count.type,parentSchema:schema17.items.properties.count,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.device_ids !== undefined){if(!(validate24(data0.device_ids, {instancePath:instancePath+"/" + i0+"/device_ids",parentData:data0,parentDataProperty:"device_ids",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data0.driver !== undefined){let data4 = data0.driver;if(typeof data4 !== "string"){const err3 = {instancePath:instancePath+"/" + i0+"/driver",schemaPath:"#/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.items.properties.driver.type,parentSchema:schema17.items.properties.driver,data:data4};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.options !== undefined){if(!(validate36(data0.options, {instancePath:instancePath+"/" + i0+"/options",parentData:data0,parentDataProperty:"options",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.items.type,parentSchema:schema17.items,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.type,parentSchema:schema17,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate44.errors = vErrors;return errors === 0;}function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema15.type},message:"must be object,null",schema:schema15.type,parentSchema:schema15,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema15.properties, key0)) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.mode !== undefined){let data0 = data.mode;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.mode.type,parentSchema:schema15.properties.mode,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.endpoint_mode !== undefined){let data1 = data.endpoint_mode;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/endpoint_mode",schemaPath:"#/properties/endpoint_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.endpoint_mode.type,parentSchema:schema15.properties.endpoint_mode,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.replicas !== undefined){let data2 = data.replicas;if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (typeof data2 !== "string")){const err4 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: schema15.properties.replicas.type},message:"must be integer,string",schema:schema15.properties.replicas.type,parentSchema:schema15.properties.replicas,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.rollback_config !== undefined){let data4 = data.rollback_config;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(((((((key1 === "parallelism") || (key1 === "delay")) || (key1 === "failure_action")) || (key1 === "monitor")) || (key1 === "max_failure_ratio")) || (key1 === "order")) || (pattern0.test(key1)))){const err5 = {instancePath:instancePath+"/rollback_config",schemaPath:"#/properties/rollback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.rollback_config,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data4.parallelism !== undefined){let data5 = data4.parallelism;if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (typeof data5 !== "string")){const err6 = {instancePath:instancePath+"/rollback_config/parallelism",schemaPath:"#/properties/rollback_config/properties/parallelism/type",keyword:"type",params:{type: schema15.properties.rollback_config.properties.parallelism.type},message:"must be integer,string",schema:schema15.properties.rollback_config.properties.parallelism.type,parentSchema:schema15.properties.rollback_config.properties.parallelism,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data4.delay !== undefined){let data6 = data4.delay;if(typeof data6 !== "string"){const err7 = {instancePath:instancePath+"/rollback_config/delay",schemaPath:"#/properties/rollback_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.rollback_config.properties.delay.type,parentSchema:schema15.properties.rollback_config.properties.delay,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.failure_action !== undefined){let data7 = data4.failure_action;if(typeof data7 !== "string"){const err8 = {instancePath:instancePath+"/rollback_config/failure_action",schemaPath:"#/properties/rollback_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.rollback_config.properties.failure_action.type,parentSchema:schema15.properties.rollback_config.properties.failure_action,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.monitor !== undefined){let data8 = data4.monitor;if(typeof data8 !== "string"){const err9 = {instancePath:instancePath+"/rollback_config/monitor",schemaPath:"#/properties/rollback_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.rollback_config.properties.monitor.type,parentSchema:schema15.properties.rollback_config.properties.monitor,data:data8};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.max_failure_ratio !== undefined){let data9 = data4.max_failure_ratio;if((!(typeof data9 == "number")) && (typeof data9 !== "string")){const err10 = {instancePath:instancePath+"/rollback_config/max_failure_ratio",schemaPath:"#/properties/rollback_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema15.properties.rollback_config.properties.max_failure_ratio.type},message:"must be number,string",schema:schema15.properties.rollback_config.properties.max_failure_ratio.type,parentSchema:schema15.properties.rollback_config.properties.max_failure_ratio,data:data9};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.order !== undefined){let data10 = data4.order;if(typeof data10 !== "string"){const err11 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.rollback_config.properties.order.type,parentSchema:schema15.properties.rollback_config.properties.order,data:data10};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!((data10 === "start-first") || (data10 === "stop-first"))){const err12 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/enum",keyword:"enum",params:{allowedValues: schema15.properties.rollback_config.properties.order.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.rollback_config.properties.order.enum,parentSchema:schema15.properties.rollback_config.properties.order,data:data10};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/rollback_config",schemaPath:"#/properties/rollback_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.rollback_config.type,parentSchema:schema15.properties.rollback_config,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.update_config !== undefined){let data11 = data.update_config;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key2 in data11){if(!(((((((key2 === "parallelism") || (key2 === "delay")) || (key2 === "failure_action")) || (key2 === "monitor")) || (key2 === "max_failure_ratio")) || (key2 === "order")) || (pattern0.test(key2)))){const err14 = {instancePath:instancePath+"/update_config",schemaPath:"#/properties/update_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.update_config,data:data11};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data11.parallelism !== undefined){let data12 = data11.parallelism;if((!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) && (typeof data12 !== "string")){const err15 = {instancePath:instancePath+"/update_config/parallelism",schemaPath:"#/properties/update_config/properties/parallelism/type",keyword:"type",params:{type: schema15.properties.update_config.properties.parallelism.type},message:"must be integer,string",schema:schema15.properties.update_config.properties.parallelism.type,parentSchema:schema15.properties.update_config.properties.parallelism,data:data12};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data11.delay !== undefined){let data13 = data11.delay;if(typeof data13 !== "string"){const err16 = {instancePath:instancePath+"/update_config/delay",schemaPath:"#/properties/update_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.update_config.properties.delay.type,parentSchema:schema15.properties.update_config.properties.delay,data:data13};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data11.failure_action !== undefined){let data14 = data11.failure_action;if(typeof data14 !== "string"){const err17 = {instancePath:instancePath+"/update_config/failure_action",schemaPath:"#/properties/update_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.update_config.properties.failure_action.type,parentSchema:schema15.properties.update_config.properties.failure_action,data:data14};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data11.monitor !== undefined){let data15 = data11.monitor;if(typeof data15 !== "string"){const err18 = {instancePath:instancePath+"/update_config/monitor",schemaPath:"#/properties/update_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.update_config.properties.monitor.type,parentSchema:schema15.properties.update_config.properties.monitor,data:data15};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data11.max_failure_ratio !== undefined){let data16 = data11.max_failure_ratio;if((!(typeof data16 == "number")) && (typeof data16 !== "string")){const err19 = {instancePath:instancePath+"/update_config/max_failure_ratio",schemaPath:"#/properties/update_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema15.properties.update_config.properties.max_failure_ratio.type},message:"must be number,string",schema:schema15.properties.update_config.properties.max_failure_ratio.type,parentSchema:schema15.properties.update_config.properties.max_failure_ratio,data:data16};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data11.order !== undefined){let data17 = data11.order;if(typeof data17 !== "string"){const err20 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.update_config.properties.order.type,parentSchema:schema15.properties.update_config.properties.order,data:data17};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(!((data17 === "start-first") || (data17 === "stop-first"))){const err21 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/enum",keyword:"enum",params:{allowedValues: schema15.properties.update_config.properties.order.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.update_config.properties.order.enum,parentSchema:schema15.properties.update_config.properties.order,data:data17};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/update_config",schemaPath:"#/properties/update_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.update_config.type,parentSchema:schema15.properties.update_config,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.resources !== undefined){let data18 = data.resources;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key3 in data18){if(!(((key3 === "limits") || (key3 === "reservations")) || (pattern0.test(key3)))){const err23 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.resources,data:data18};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data18.limits !== undefined){let data19 = data18.limits;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key4 in data19){if(!((((key4 === "cpus") || (key4 === "memory")) || (key4 === "pids")) || (pattern0.test(key4)))){const err24 = {instancePath:instancePath+"/resources/limits",schemaPath:"#/properties/resources/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.resources.properties.limits,data:data19};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data19.cpus !== undefined){let data20 = data19.cpus;if((!(typeof data20 == "number")) && (typeof data20 !== "string")){const err25 = {instancePath:instancePath+"/resources/limits/cpus",schemaPath:"#/properties/resources/properties/limits/properties/cpus/type",keyword:"type",params:{type: schema15.properties.resources.properties.limits.properties.cpus.type},message:"must be number,string",schema:schema15.properties.resources.properties.limits.properties.cpus.type,parentSchema:schema15.properties.resources.properties.limits.properties.cpus,data:data20};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data19.memory !== undefined){let data21 = data19.memory;if(typeof data21 !== "string"){const err26 = {instancePath:instancePath+"/resources/limits/memory",schemaPath:"#/properties/resources/properties/limits/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.resources.properties.limits.properties.memory.type,parentSchema:schema15.properties.resources.properties.limits.properties.memory,data:data21};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data19.pids !== undefined){let data22 = data19.pids;if((!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) && (typeof data22 !== "string")){const err27 = {instancePath:instancePath+"/resources/limits/pids",schemaPath:"#/properties/resources/properties/limits/properties/pids/type",keyword:"type",params:{type: schema15.properties.resources.properties.limits.properties.pids.type},message:"must be integer,string",schema:schema15.properties.resources.properties.limits.properties.pids.type,parentSchema:schema15.properties.resources.properties.limits.properties.pids,data:data22};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/resources/limits",schemaPath:"#/properties/resources/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.resources.properties.limits.type,parentSchema:schema15.properties.resources.properties.limits,data:data19};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data18.reservations !== undefined){let data23 = data18.reservations;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key5 in data23){if(!(((((key5 === "cpus") || (key5 === "memory")) || (key5 === "generic_resources")) || (key5 === "devices")) || (pattern0.test(key5)))){const err29 = {instancePath:instancePath+"/resources/reservations",schemaPath:"#/properties/resources/properties/reservations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.resources.properties.reservations,data:data23};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data23.cpus !== undefined){let data24 = data23.cpus;if((!(typeof data24 == "number")) && (typeof data24 !== "string")){const err30 = {instancePath:instancePath+"/resources/reservations/cpus",schemaPath:"#/properties/resources/properties/reservations/properties/cpus/type",keyword:"type",params:{type: schema15.properties.resources.properties.reservations.properties.cpus.type},message:"must be number,string",schema:schema15.properties.resources.properties.reservations.properties.cpus.type,parentSchema:schema15.properties.resources.properties.reservations.properties.cpus,data:data24};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data23.memory !== undefined){let data25 = data23.memory;if(typeof data25 !== "string"){const err31 = {instancePath:instancePath+"/resources/reservations/memory",schemaPath:"#/properties/resources/properties/reservations/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.resources.properties.reservations.properties.memory.type,parentSchema:schema15.properties.resources.properties.reservations.properties.memory,data:data25};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data23.generic_resources !== undefined){if(!(validate42(data23.generic_resources, {instancePath:instancePath+"/resources/reservations/generic_resources",parentData:data23,parentDataProperty:"generic_resources",rootData}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}if(data23.devices !== undefined){if(!(validate44(data23.devices, {instancePath:instancePath+"/resources/reservations/devices",parentData:data23,parentDataProperty:"devices",rootData}))){vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);errors = vErrors.length;}}}else {const err32 = {instancePath:instancePath+"/resources/reservations",schemaPath:"#/properties/resources/properties/reservations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.resources.properties.reservations.type,parentSchema:schema15.properties.resources.properties.reservations,data:data23};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.resources.type,parentSchema:schema15.properties.resources,data:data18};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.restart_policy !== undefined){let data28 = data.restart_policy;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){for(const key6 in data28){if(!(((((key6 === "condition") || (key6 === "delay")) || (key6 === "max_attempts")) || (key6 === "window")) || (pattern0.test(key6)))){const err34 = {instancePath:instancePath+"/restart_policy",schemaPath:"#/properties/restart_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.restart_policy,data:data28};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data28.condition !== undefined){let data29 = data28.condition;if(typeof data29 !== "string"){const err35 = {instancePath:instancePath+"/restart_policy/condition",schemaPath:"#/properties/restart_policy/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.restart_policy.properties.condition.type,parentSchema:schema15.properties.restart_policy.properties.condition,data:data29};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data28.delay !== undefined){let data30 = data28.delay;if(typeof data30 !== "string"){const err36 = {instancePath:instancePath+"/restart_policy/delay",schemaPath:"#/properties/restart_policy/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.restart_policy.properties.delay.type,parentSchema:schema15.properties.restart_policy.properties.delay,data:data30};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data28.max_attempts !== undefined){let data31 = data28.max_attempts;if((!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) && (typeof data31 !== "string")){const err37 = {instancePath:instancePath+"/restart_policy/max_attempts",schemaPath:"#/properties/restart_policy/properties/max_attempts/type",keyword:"type",params:{type: schema15.properties.restart_policy.properties.max_attempts.type},message:"must be integer,string",schema:schema15.properties.restart_policy.properties.max_attempts.type,parentSchema:schema15.properties.restart_policy.properties.max_attempts,data:data31};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data28.window !== undefined){let data32 = data28.window;if(typeof data32 !== "string"){const err38 = {instancePath:instancePath+"/restart_policy/window",schemaPath:"#/properties/restart_policy/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.restart_policy.properties.window.type,parentSchema:schema15.properties.restart_policy.properties.window,data:data32};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/restart_policy",schemaPath:"#/properties/restart_policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.restart_policy.type,parentSchema:schema15.properties.restart_policy,data:data28};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.placement !== undefined){let data33 = data.placement;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key7 in data33){if(!((((key7 === "constraints") || (key7 === "preferences")) || (key7 === "max_replicas_per_node")) || (pattern0.test(key7)))){const err40 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.placement,data:data33};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data33.constraints !== undefined){let data34 = data33.constraints;if(Array.isArray(data34)){const len0 = data34.length;for(let i0=0; i0<len0; i0++){let data35 = data34[i0];if(typeof data35 !== "string"){const err41 = {instancePath:instancePath+"/placement/constraints/" + i0,schemaPath:"#/properties/placement/properties/constraints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.placement.properties.constraints.items.type,parentSchema:schema15.properties.placement.properties.constraints.items,data:data35};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/placement/constraints",schemaPath:"#/properties/placement/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.placement.properties.constraints.type,parentSchema:schema15.properties.placement.properties.constraints,data:data34};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data33.preferences !== undefined){let data36 = data33.preferences;if(Array.isArray(data36)){const len1 = data36.length;for(let i1=0; i1<len1; i1++){let data37 = data36[i1];if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key8 in data37){if(!((key8 === "spread") || (pattern0.test(key8)))){const err43 = {instancePath:instancePath+"/placement/preferences/" + i1,schemaPath:"#/properties/placement/properties/preferences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.placement.properties.preferences.items,data:data37};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data37.spread !== undefined){let data38 = data37.spread;if(typeof data38 !== "string"){const err44 = {instancePath:instancePath+"/placement/preferences/" + i1+"/spread",schemaPath:"#/properties/placement/properties/preferences/items/properties/spread/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.placement.properties.preferences.items.properties.spread.type,parentSchema:schema15.properties.placement.properties.preferences.items.properties.spread,data:data38};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/placement/preferences/" + i1,schemaPath:"#/properties/placement/properties/preferences/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.placement.properties.preferences.items.type,parentSchema:schema15.properties.placement.properties.preferences.items,data:data37};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/placement/preferences",schemaPath:"#/properties/placement/properties/preferences/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.placement.properties.preferences.type,parentSchema:schema15.properties.placement.properties.preferences,data:data36};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data33.max_replicas_per_node !== undefined){let data39 = data33.max_replicas_per_node;if((!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))) && (typeof data39 !== "string")){const err47 = {instancePath:instancePath+"/placement/max_replicas_per_node",schemaPath:"#/properties/placement/properties/max_replicas_per_node/type",keyword:"type",params:{type: schema15.properties.placement.properties.max_replicas_per_node.type},message:"must be integer,string",schema:schema15.properties.placement.properties.max_replicas_per_node.type,parentSchema:schema15.properties.placement.properties.max_replicas_per_node,data:data39};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.placement.type,parentSchema:schema15.properties.placement,data:data33};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}validate40.errors = vErrors;return errors === 0;}const schema18 = {"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format 'hostname:IP'.","items":{"type":"string","description":"Host:IP mapping in the format 'hostname:IP'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container's /etc/hosts file."};function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(pattern7.test(key0))){const err0 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}for(const key1 in data){if(pattern7.test(key1)){let data0 = data[key1];const _errs5 = errors;let valid2 = false;let passing1 = null;const _errs6 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.oneOf[0].patternProperties[".+"].oneOf[0].type,parentSchema:schema18.oneOf[0].patternProperties[".+"].oneOf[0],data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid1 = _errs6 === errors;if(_valid1){valid2 = true;passing1 = 0;}const _errs8 = errors;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.oneOf[0].patternProperties[".+"].oneOf[1].items.type,parentSchema:schema18.oneOf[0].patternProperties[".+"].oneOf[1].items,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.oneOf[0].patternProperties[".+"].oneOf[1].type,parentSchema:schema18.oneOf[0].patternProperties[".+"].oneOf[1],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs8 === errors;if(_valid1 && valid2){valid2 = false;passing1 = [passing1, 1];}else {if(_valid1){valid2 = true;passing1 = 1;}}if(!valid2){const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema18.oneOf[0].patternProperties[".+"].oneOf,parentSchema:schema18.oneOf[0].patternProperties[".+"],data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}}}else {const err5 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.oneOf[0].type,parentSchema:schema18.oneOf[0],data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs12 = errors;if(Array.isArray(data)){const len1 = data.length;for(let i1=0; i1<len1; i1++){let data2 = data[i1];if(typeof data2 !== "string"){const err6 = {instancePath:instancePath+"/" + i1,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.oneOf[1].items.type,parentSchema:schema18.oneOf[1].items,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}let i2 = data.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err7 = {instancePath,schemaPath:"#/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema18.oneOf[1],data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;break;}indices0[item0] = i2;}}}else {const err8 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.oneOf[1].type,parentSchema:schema18.oneOf[1],data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs12 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err9 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema18.oneOf,parentSchema:schema18,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate55.errors = vErrors;return errors === 0;}const schema19 = {"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}};function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];const _errs2 = errors;let valid2 = false;let passing0 = null;const _errs3 = errors;if(typeof data0 !== "string"){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.items.oneOf[0].type,parentSchema:schema19.items.oneOf[0],data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs3 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs5 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key0 in data0){if(!((((((key0 === "source") || (key0 === "target")) || (key0 === "uid")) || (key0 === "gid")) || (key0 === "mode")) || (pattern0.test(key0)))){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19.items.oneOf[1],data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.source !== undefined){let data1 = data0.source;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/" + i0+"/source",schemaPath:"#/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.items.oneOf[1].properties.source.type,parentSchema:schema19.items.oneOf[1].properties.source,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.target !== undefined){let data2 = data0.target;if(typeof data2 !== "string"){const err3 = {instancePath:instancePath+"/" + i0+"/target",schemaPath:"#/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.items.oneOf[1].properties.target.type,parentSchema:schema19.items.oneOf[1].properties.target,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.uid !== undefined){let data3 = data0.uid;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/" + i0+"/uid",schemaPath:"#/items/oneOf/1/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.items.oneOf[1].properties.uid.type,parentSchema:schema19.items.oneOf[1].properties.uid,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.gid !== undefined){let data4 = data0.gid;if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/" + i0+"/gid",schemaPath:"#/items/oneOf/1/properties/gid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.items.oneOf[1].properties.gid.type,parentSchema:schema19.items.oneOf[1].properties.gid,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.mode !== undefined){let data5 = data0.mode;if((!(typeof data5 == "number")) && (typeof data5 !== "string")){const err6 = {instancePath:instancePath+"/" + i0+"/mode",schemaPath:"#/items/oneOf/1/properties/mode/type",keyword:"type",params:{type: schema19.items.oneOf[1].properties.mode.type},message:"must be number,string",schema:schema19.items.oneOf[1].properties.mode.type,parentSchema:schema19.items.oneOf[1].properties.mode,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.items.oneOf[1].type,parentSchema:schema19.items.oneOf[1],data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}}if(!valid2){const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema19.items.oneOf,parentSchema:schema19.items,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.type,parentSchema:schema19,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate57.errors = vErrors;return errors === 0;}const schema20 = {"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that's actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}};const pattern25 = new RegExp("^[a-z]+$", "u");function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(pattern25.test(key0)){let data0 = data[key0];const _errs2 = errors;let valid1 = false;let passing0 = null;const _errs3 = errors;if((!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) && (typeof data0 !== "string")){const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: schema20.patternProperties["^[a-z]+$"].oneOf[0].type},message:"must be integer,string",schema:schema20.patternProperties["^[a-z]+$"].oneOf[0].type,parentSchema:schema20.patternProperties["^[a-z]+$"].oneOf[0],data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs3 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs5 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.soft === undefined){const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema20.patternProperties["^[a-z]+$"].oneOf[1].required,parentSchema:schema20.patternProperties["^[a-z]+$"].oneOf[1],data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data0.hard === undefined){const err2 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema20.patternProperties["^[a-z]+$"].oneOf[1].required,parentSchema:schema20.patternProperties["^[a-z]+$"].oneOf[1],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key1 in data0){if(!(((key1 === "hard") || (key1 === "soft")) || (pattern0.test(key1)))){const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema20.patternProperties["^[a-z]+$"].oneOf[1],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.hard !== undefined){let data1 = data0.hard;if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){const err4 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type",keyword:"type",params:{type: schema20.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type},message:"must be integer,string",schema:schema20.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type,parentSchema:schema20.patternProperties["^[a-z]+$"].oneOf[1].properties.hard,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.soft !== undefined){let data2 = data0.soft;if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (typeof data2 !== "string")){const err5 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type",keyword:"type",params:{type: schema20.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type},message:"must be integer,string",schema:schema20.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type,parentSchema:schema20.patternProperties["^[a-z]+$"].oneOf[1].properties.soft,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.patternProperties["^[a-z]+$"].oneOf[1].type,parentSchema:schema20.patternProperties["^[a-z]+$"].oneOf[1],data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err7 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema20.patternProperties["^[a-z]+$"].oneOf,parentSchema:schema20.patternProperties["^[a-z]+$"],data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}}}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate59.errors = vErrors;return errors === 0;}const schema21 = {"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false};function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "path") || (key0 === "rate"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.path !== undefined){let data0 = data.path;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.path.type,parentSchema:schema21.properties.path,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.rate !== undefined){let data1 = data.rate;if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){const err2 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/type",keyword:"type",params:{type: schema21.properties.rate.type},message:"must be integer,string",schema:schema21.properties.rate.type,parentSchema:schema21.properties.rate,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate61.errors = vErrors;return errors === 0;}const schema22 = {"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false};function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "path") || (key0 === "weight"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.path !== undefined){let data0 = data.path;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.path.type,parentSchema:schema22.properties.path,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.weight !== undefined){let data1 = data.weight;if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: schema22.properties.weight.type},message:"must be integer,string",schema:schema22.properties.weight.type,parentSchema:schema22.properties.weight,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate66.errors = vErrors;return errors === 0;}const schema23 = {"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},"required":["path"]}]}}]};function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.oneOf[0].type,parentSchema:schema23.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];const _errs6 = errors;let valid3 = false;let passing1 = null;const _errs7 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.oneOf[1].items.oneOf[0].type,parentSchema:schema23.oneOf[1].items.oneOf[0],data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid1 = _errs7 === errors;if(_valid1){valid3 = true;passing1 = 0;}const _errs9 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.path === undefined){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema23.oneOf[1].items.oneOf[1].required,parentSchema:schema23.oneOf[1].items.oneOf[1],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data0){if(!(((key0 === "path") || (key0 === "format")) || (key0 === "required"))){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23.oneOf[1].items.oneOf[1],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.path !== undefined){let data1 = data0.path;if(typeof data1 !== "string"){const err4 = {instancePath:instancePath+"/" + i0+"/path",schemaPath:"#/oneOf/1/items/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.oneOf[1].items.oneOf[1].properties.path.type,parentSchema:schema23.oneOf[1].items.oneOf[1].properties.path,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.format !== undefined){let data2 = data0.format;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/" + i0+"/format",schemaPath:"#/oneOf/1/items/oneOf/1/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.oneOf[1].items.oneOf[1].properties.format.type,parentSchema:schema23.oneOf[1].items.oneOf[1].properties.format,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.required !== undefined){let data3 = data0.required;if((typeof data3 !== "boolean") && (typeof data3 !== "string")){const err6 = {instancePath:instancePath+"/" + i0+"/required",schemaPath:"#/oneOf/1/items/oneOf/1/properties/required/type",keyword:"type",params:{type: schema23.oneOf[1].items.oneOf[1].properties.required.type},message:"must be boolean,string",schema:schema23.oneOf[1].items.oneOf[1].properties.required.type,parentSchema:schema23.oneOf[1].items.oneOf[1].properties.required,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.oneOf[1].items.oneOf[1].type,parentSchema:schema23.oneOf[1].items.oneOf[1],data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid1 = _errs9 === errors;if(_valid1 && valid3){valid3 = false;passing1 = [passing1, 1];}else {if(_valid1){valid3 = true;passing1 = 1;}}if(!valid3){const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema23.oneOf[1].items.oneOf,parentSchema:schema23.oneOf[1].items,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}}}else {const err9 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.oneOf[1].type,parentSchema:schema23.oneOf[1],data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err10 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema23.oneOf,parentSchema:schema23,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate75.errors = vErrors;return errors === 0;}const schema24 = {"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]};function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.oneOf[0].type,parentSchema:schema24.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.oneOf[1].items.type,parentSchema:schema24.oneOf[1].items,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.oneOf[1].type,parentSchema:schema24.oneOf[1],data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err3 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema24.oneOf,parentSchema:schema24,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate77.errors = vErrors;return errors === 0;}const schema25 = {"oneOf":[{"type":"string","enum":["all"],"description":"Use all available GPUs."},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]};function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.oneOf[0].type,parentSchema:schema25.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "all")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema25.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema25.oneOf[0].enum,parentSchema:schema25.oneOf[0],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.capabilities !== undefined){if(!(validate24(data0.capabilities, {instancePath:instancePath+"/" + i0+"/capabilities",parentData:data0,parentDataProperty:"capabilities",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data0.count !== undefined){let data2 = data0.count;if((typeof data2 !== "string") && (!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))))){const err2 = {instancePath:instancePath+"/" + i0+"/count",schemaPath:"#/oneOf/1/items/properties/count/type",keyword:"type",params:{type: schema25.oneOf[1].items.properties.count.type},message:"must be string,integer",schema:schema25.oneOf[1].items.properties.count.type,parentSchema:schema25.oneOf[1].items.properties.count,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.device_ids !== undefined){if(!(validate24(data0.device_ids, {instancePath:instancePath+"/" + i0+"/device_ids",parentData:data0,parentDataProperty:"device_ids",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data0.driver !== undefined){let data4 = data0.driver;if(typeof data4 !== "string"){const err3 = {instancePath:instancePath+"/" + i0+"/driver",schemaPath:"#/oneOf/1/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.oneOf[1].items.properties.driver.type,parentSchema:schema25.oneOf[1].items.properties.driver,data:data4};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.options !== undefined){if(!(validate36(data0.options, {instancePath:instancePath+"/" + i0+"/options",parentData:data0,parentDataProperty:"options",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.oneOf[1].items.type,parentSchema:schema25.oneOf[1].items,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.oneOf[1].type,parentSchema:schema25.oneOf[1],data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(pattern0.test(key0))){const err6 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25.oneOf[1],data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err7 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema25.oneOf,parentSchema:schema25,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate81.errors = vErrors;return errors === 0;}const schema26 = {"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "disable") || (key0 === "interval")) || (key0 === "retries")) || (key0 === "test")) || (key0 === "timeout")) || (key0 === "start_period")) || (key0 === "start_interval")) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.disable !== undefined){let data0 = data.disable;if((typeof data0 !== "boolean") && (typeof data0 !== "string")){const err1 = {instancePath:instancePath+"/disable",schemaPath:"#/properties/disable/type",keyword:"type",params:{type: schema26.properties.disable.type},message:"must be boolean,string",schema:schema26.properties.disable.type,parentSchema:schema26.properties.disable,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.interval !== undefined){let data1 = data.interval;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.interval.type,parentSchema:schema26.properties.interval,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.retries !== undefined){let data2 = data.retries;if((!(typeof data2 == "number")) && (typeof data2 !== "string")){const err3 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: schema26.properties.retries.type},message:"must be number,string",schema:schema26.properties.retries.type,parentSchema:schema26.properties.retries,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.test !== undefined){let data3 = data.test;const _errs9 = errors;let valid1 = false;let passing0 = null;const _errs10 = errors;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/test",schemaPath:"#/properties/test/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.test.oneOf[0].type,parentSchema:schema26.properties.test.oneOf[0],data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs10 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs12 = errors;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/test/" + i0,schemaPath:"#/properties/test/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.test.oneOf[1].items.type,parentSchema:schema26.properties.test.oneOf[1].items,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/test",schemaPath:"#/properties/test/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.test.oneOf[1].type,parentSchema:schema26.properties.test.oneOf[1],data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs12 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err7 = {instancePath:instancePath+"/test",schemaPath:"#/properties/test/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema26.properties.test.oneOf,parentSchema:schema26.properties.test,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs9;if(vErrors !== null){if(_errs9){vErrors.length = _errs9;}else {vErrors = null;}}}}if(data.timeout !== undefined){let data5 = data.timeout;if(typeof data5 !== "string"){const err8 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.timeout.type,parentSchema:schema26.properties.timeout,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.start_period !== undefined){let data6 = data.start_period;if(typeof data6 !== "string"){const err9 = {instancePath:instancePath+"/start_period",schemaPath:"#/properties/start_period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.start_period.type,parentSchema:schema26.properties.start_period,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.start_interval !== undefined){let data7 = data.start_interval;if(typeof data7 !== "string"){const err10 = {instancePath:instancePath+"/start_interval",schemaPath:"#/properties/start_interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.start_interval.type,parentSchema:schema26.properties.start_interval,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate86.errors = vErrors;return errors === 0;}function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema10.properties, key0)) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.develop !== undefined){if(!(validate30(data.develop, {instancePath:instancePath+"/develop",parentData:data,parentDataProperty:"develop",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}if(data.deploy !== undefined){if(!(validate40(data.deploy, {instancePath:instancePath+"/deploy",parentData:data,parentDataProperty:"deploy",rootData}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data.annotations !== undefined){if(!(validate36(data.annotations, {instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.attach !== undefined){let data3 = data.attach;if((typeof data3 !== "boolean") && (typeof data3 !== "string")){const err1 = {instancePath:instancePath+"/attach",schemaPath:"#/properties/attach/type",keyword:"type",params:{type: schema10.properties.attach.type},message:"must be boolean,string",schema:schema10.properties.attach.type,parentSchema:schema10.properties.attach,data:data3};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.build !== undefined){let data4 = data.build;const _errs8 = errors;let valid1 = false;let passing0 = null;const _errs9 = errors;if(typeof data4 !== "string"){const err2 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[0].type,parentSchema:schema10.properties.build.oneOf[0],data:data4};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs9 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs11 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!((func2.call(schema10.properties.build.oneOf[1].properties, key1)) || (pattern0.test(key1)))){const err3 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.build.oneOf[1],data:data4};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data4.context !== undefined){let data5 = data4.context;if(typeof data5 !== "string"){const err4 = {instancePath:instancePath+"/build/context",schemaPath:"#/properties/build/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.context.type,parentSchema:schema10.properties.build.oneOf[1].properties.context,data:data5};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data4.dockerfile !== undefined){let data6 = data4.dockerfile;if(typeof data6 !== "string"){const err5 = {instancePath:instancePath+"/build/dockerfile",schemaPath:"#/properties/build/oneOf/1/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.dockerfile.type,parentSchema:schema10.properties.build.oneOf[1].properties.dockerfile,data:data6};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data4.dockerfile_inline !== undefined){let data7 = data4.dockerfile_inline;if(typeof data7 !== "string"){const err6 = {instancePath:instancePath+"/build/dockerfile_inline",schemaPath:"#/properties/build/oneOf/1/properties/dockerfile_inline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.dockerfile_inline.type,parentSchema:schema10.properties.build.oneOf[1].properties.dockerfile_inline,data:data7};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data4.entitlements !== undefined){let data8 = data4.entitlements;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(typeof data9 !== "string"){const err7 = {instancePath:instancePath+"/build/entitlements/" + i0,schemaPath:"#/properties/build/oneOf/1/properties/entitlements/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.entitlements.items.type,parentSchema:schema10.properties.build.oneOf[1].properties.entitlements.items,data:data9};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/build/entitlements",schemaPath:"#/properties/build/oneOf/1/properties/entitlements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.build.oneOf[1].properties.entitlements.type,parentSchema:schema10.properties.build.oneOf[1].properties.entitlements,data:data8};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.args !== undefined){if(!(validate36(data4.args, {instancePath:instancePath+"/build/args",parentData:data4,parentDataProperty:"args",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data4.ssh !== undefined){if(!(validate36(data4.ssh, {instancePath:instancePath+"/build/ssh",parentData:data4,parentDataProperty:"ssh",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data4.labels !== undefined){if(!(validate36(data4.labels, {instancePath:instancePath+"/build/labels",parentData:data4,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data4.cache_from !== undefined){let data13 = data4.cache_from;if(Array.isArray(data13)){const len1 = data13.length;for(let i1=0; i1<len1; i1++){let data14 = data13[i1];if(typeof data14 !== "string"){const err9 = {instancePath:instancePath+"/build/cache_from/" + i1,schemaPath:"#/properties/build/oneOf/1/properties/cache_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.cache_from.items.type,parentSchema:schema10.properties.build.oneOf[1].properties.cache_from.items,data:data14};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/build/cache_from",schemaPath:"#/properties/build/oneOf/1/properties/cache_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.build.oneOf[1].properties.cache_from.type,parentSchema:schema10.properties.build.oneOf[1].properties.cache_from,data:data13};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.cache_to !== undefined){let data15 = data4.cache_to;if(Array.isArray(data15)){const len2 = data15.length;for(let i2=0; i2<len2; i2++){let data16 = data15[i2];if(typeof data16 !== "string"){const err11 = {instancePath:instancePath+"/build/cache_to/" + i2,schemaPath:"#/properties/build/oneOf/1/properties/cache_to/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.cache_to.items.type,parentSchema:schema10.properties.build.oneOf[1].properties.cache_to.items,data:data16};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/build/cache_to",schemaPath:"#/properties/build/oneOf/1/properties/cache_to/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.build.oneOf[1].properties.cache_to.type,parentSchema:schema10.properties.build.oneOf[1].properties.cache_to,data:data15};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.no_cache !== undefined){let data17 = data4.no_cache;if((typeof data17 !== "boolean") && (typeof data17 !== "string")){const err13 = {instancePath:instancePath+"/build/no_cache",schemaPath:"#/properties/build/oneOf/1/properties/no_cache/type",keyword:"type",params:{type: schema10.properties.build.oneOf[1].properties.no_cache.type},message:"must be boolean,string",schema:schema10.properties.build.oneOf[1].properties.no_cache.type,parentSchema:schema10.properties.build.oneOf[1].properties.no_cache,data:data17};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data4.additional_contexts !== undefined){if(!(validate36(data4.additional_contexts, {instancePath:instancePath+"/build/additional_contexts",parentData:data4,parentDataProperty:"additional_contexts",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data4.network !== undefined){let data19 = data4.network;if(typeof data19 !== "string"){const err14 = {instancePath:instancePath+"/build/network",schemaPath:"#/properties/build/oneOf/1/properties/network/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.network.type,parentSchema:schema10.properties.build.oneOf[1].properties.network,data:data19};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data4.pull !== undefined){let data20 = data4.pull;if((typeof data20 !== "boolean") && (typeof data20 !== "string")){const err15 = {instancePath:instancePath+"/build/pull",schemaPath:"#/properties/build/oneOf/1/properties/pull/type",keyword:"type",params:{type: schema10.properties.build.oneOf[1].properties.pull.type},message:"must be boolean,string",schema:schema10.properties.build.oneOf[1].properties.pull.type,parentSchema:schema10.properties.build.oneOf[1].properties.pull,data:data20};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data4.target !== undefined){let data21 = data4.target;if(typeof data21 !== "string"){const err16 = {instancePath:instancePath+"/build/target",schemaPath:"#/properties/build/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.target.type,parentSchema:schema10.properties.build.oneOf[1].properties.target,data:data21};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data4.shm_size !== undefined){let data22 = data4.shm_size;if((!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) && (typeof data22 !== "string")){const err17 = {instancePath:instancePath+"/build/shm_size",schemaPath:"#/properties/build/oneOf/1/properties/shm_size/type",keyword:"type",params:{type: schema10.properties.build.oneOf[1].properties.shm_size.type},message:"must be integer,string",schema:schema10.properties.build.oneOf[1].properties.shm_size.type,parentSchema:schema10.properties.build.oneOf[1].properties.shm_size,data:data22};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data4.extra_hosts !== undefined){if(!(validate55(data4.extra_hosts, {instancePath:instancePath+"/build/extra_hosts",parentData:data4,parentDataProperty:"extra_hosts",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}}if(data4.isolation !== undefined){let data24 = data4.isolation;if(typeof data24 !== "string"){const err18 = {instancePath:instancePath+"/build/isolation",schemaPath:"#/properties/build/oneOf/1/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.isolation.type,parentSchema:schema10.properties.build.oneOf[1].properties.isolation,data:data24};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data4.privileged !== undefined){let data25 = data4.privileged;if((typeof data25 !== "boolean") && (typeof data25 !== "string")){const err19 = {instancePath:instancePath+"/build/privileged",schemaPath:"#/properties/build/oneOf/1/properties/privileged/type",keyword:"type",params:{type: schema10.properties.build.oneOf[1].properties.privileged.type},message:"must be boolean,string",schema:schema10.properties.build.oneOf[1].properties.privileged.type,parentSchema:schema10.properties.build.oneOf[1].properties.privileged,data:data25};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data4.secrets !== undefined){if(!(validate57(data4.secrets, {instancePath:instancePath+"/build/secrets",parentData:data4,parentDataProperty:"secrets",rootData}))){vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);errors = vErrors.length;}}if(data4.tags !== undefined){let data27 = data4.tags;if(Array.isArray(data27)){const len3 = data27.length;for(let i3=0; i3<len3; i3++){let data28 = data27[i3];if(typeof data28 !== "string"){const err20 = {instancePath:instancePath+"/build/tags/" + i3,schemaPath:"#/properties/build/oneOf/1/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.tags.items.type,parentSchema:schema10.properties.build.oneOf[1].properties.tags.items,data:data28};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/build/tags",schemaPath:"#/properties/build/oneOf/1/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.build.oneOf[1].properties.tags.type,parentSchema:schema10.properties.build.oneOf[1].properties.tags,data:data27};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data4.ulimits !== undefined){if(!(validate59(data4.ulimits, {instancePath:instancePath+"/build/ulimits",parentData:data4,parentDataProperty:"ulimits",rootData}))){vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);errors = vErrors.length;}}if(data4.platforms !== undefined){let data30 = data4.platforms;if(Array.isArray(data30)){const len4 = data30.length;for(let i4=0; i4<len4; i4++){let data31 = data30[i4];if(typeof data31 !== "string"){const err22 = {instancePath:instancePath+"/build/platforms/" + i4,schemaPath:"#/properties/build/oneOf/1/properties/platforms/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.build.oneOf[1].properties.platforms.items.type,parentSchema:schema10.properties.build.oneOf[1].properties.platforms.items,data:data31};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/build/platforms",schemaPath:"#/properties/build/oneOf/1/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.build.oneOf[1].properties.platforms.type,parentSchema:schema10.properties.build.oneOf[1].properties.platforms,data:data30};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.build.oneOf[1].type,parentSchema:schema10.properties.build.oneOf[1],data:data4};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}var _valid0 = _errs11 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err25 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema10.properties.build.oneOf,parentSchema:schema10.properties.build,data:data4};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}else {errors = _errs8;if(vErrors !== null){if(_errs8){vErrors.length = _errs8;}else {vErrors = null;}}}}if(data.blkio_config !== undefined){let data32 = data.blkio_config;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){for(const key2 in data32){if(!((((((key2 === "device_read_bps") || (key2 === "device_read_iops")) || (key2 === "device_write_bps")) || (key2 === "device_write_iops")) || (key2 === "weight")) || (key2 === "weight_device"))){const err26 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.blkio_config,data:data32};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data32.device_read_bps !== undefined){let data33 = data32.device_read_bps;if(Array.isArray(data33)){const len5 = data33.length;for(let i5=0; i5<len5; i5++){if(!(validate61(data33[i5], {instancePath:instancePath+"/blkio_config/device_read_bps/" + i5,parentData:data33,parentDataProperty:i5,rootData}))){vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);errors = vErrors.length;}}}else {const err27 = {instancePath:instancePath+"/blkio_config/device_read_bps",schemaPath:"#/properties/blkio_config/properties/device_read_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.blkio_config.properties.device_read_bps.type,parentSchema:schema10.properties.blkio_config.properties.device_read_bps,data:data33};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data32.device_read_iops !== undefined){let data35 = data32.device_read_iops;if(Array.isArray(data35)){const len6 = data35.length;for(let i6=0; i6<len6; i6++){if(!(validate61(data35[i6], {instancePath:instancePath+"/blkio_config/device_read_iops/" + i6,parentData:data35,parentDataProperty:i6,rootData}))){vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);errors = vErrors.length;}}}else {const err28 = {instancePath:instancePath+"/blkio_config/device_read_iops",schemaPath:"#/properties/blkio_config/properties/device_read_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.blkio_config.properties.device_read_iops.type,parentSchema:schema10.properties.blkio_config.properties.device_read_iops,data:data35};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data32.device_write_bps !== undefined){let data37 = data32.device_write_bps;if(Array.isArray(data37)){const len7 = data37.length;for(let i7=0; i7<len7; i7++){if(!(validate61(data37[i7], {instancePath:instancePath+"/blkio_config/device_write_bps/" + i7,parentData:data37,parentDataProperty:i7,rootData}))){vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);errors = vErrors.length;}}}else {const err29 = {instancePath:instancePath+"/blkio_config/device_write_bps",schemaPath:"#/properties/blkio_config/properties/device_write_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.blkio_config.properties.device_write_bps.type,parentSchema:schema10.properties.blkio_config.properties.device_write_bps,data:data37};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data32.device_write_iops !== undefined){let data39 = data32.device_write_iops;if(Array.isArray(data39)){const len8 = data39.length;for(let i8=0; i8<len8; i8++){if(!(validate61(data39[i8], {instancePath:instancePath+"/blkio_config/device_write_iops/" + i8,parentData:data39,parentDataProperty:i8,rootData}))){vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);errors = vErrors.length;}}}else {const err30 = {instancePath:instancePath+"/blkio_config/device_write_iops",schemaPath:"#/properties/blkio_config/properties/device_write_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.blkio_config.properties.device_write_iops.type,parentSchema:schema10.properties.blkio_config.properties.device_write_iops,data:data39};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data32.weight !== undefined){let data41 = data32.weight;if((!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))) && (typeof data41 !== "string")){const err31 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/properties/blkio_config/properties/weight/type",keyword:"type",params:{type: schema10.properties.blkio_config.properties.weight.type},message:"must be integer,string",schema:schema10.properties.blkio_config.properties.weight.type,parentSchema:schema10.properties.blkio_config.properties.weight,data:data41};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data32.weight_device !== undefined){let data42 = data32.weight_device;if(Array.isArray(data42)){const len9 = data42.length;for(let i9=0; i9<len9; i9++){if(!(validate66(data42[i9], {instancePath:instancePath+"/blkio_config/weight_device/" + i9,parentData:data42,parentDataProperty:i9,rootData}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}}}else {const err32 = {instancePath:instancePath+"/blkio_config/weight_device",schemaPath:"#/properties/blkio_config/properties/weight_device/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.blkio_config.properties.weight_device.type,parentSchema:schema10.properties.blkio_config.properties.weight_device,data:data42};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.blkio_config.type,parentSchema:schema10.properties.blkio_config,data:data32};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.cap_add !== undefined){let data44 = data.cap_add;if(Array.isArray(data44)){const len10 = data44.length;for(let i10=0; i10<len10; i10++){let data45 = data44[i10];if(typeof data45 !== "string"){const err34 = {instancePath:instancePath+"/cap_add/" + i10,schemaPath:"#/properties/cap_add/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.cap_add.items.type,parentSchema:schema10.properties.cap_add.items,data:data45};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}let i11 = data44.length;let j0;if(i11 > 1){const indices0 = {};for(;i11--;){let item0 = data44[i11];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err35 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i11+" are identical)",schema:true,parentSchema:schema10.properties.cap_add,data:data44};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;break;}indices0[item0] = i11;}}}else {const err36 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.cap_add.type,parentSchema:schema10.properties.cap_add,data:data44};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.cap_drop !== undefined){let data46 = data.cap_drop;if(Array.isArray(data46)){const len11 = data46.length;for(let i12=0; i12<len11; i12++){let data47 = data46[i12];if(typeof data47 !== "string"){const err37 = {instancePath:instancePath+"/cap_drop/" + i12,schemaPath:"#/properties/cap_drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.cap_drop.items.type,parentSchema:schema10.properties.cap_drop.items,data:data47};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}let i13 = data46.length;let j1;if(i13 > 1){const indices1 = {};for(;i13--;){let item1 = data46[i13];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err38 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i13+" are identical)",schema:true,parentSchema:schema10.properties.cap_drop,data:data46};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;break;}indices1[item1] = i13;}}}else {const err39 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.cap_drop.type,parentSchema:schema10.properties.cap_drop,data:data46};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.cgroup !== undefined){let data48 = data.cgroup;if(typeof data48 !== "string"){const err40 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.cgroup.type,parentSchema:schema10.properties.cgroup,data:data48};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(!((data48 === "host") || (data48 === "private"))){const err41 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema10.properties.cgroup.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.cgroup.enum,parentSchema:schema10.properties.cgroup,data:data48};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.cgroup_parent !== undefined){let data49 = data.cgroup_parent;if(typeof data49 !== "string"){const err42 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.cgroup_parent.type,parentSchema:schema10.properties.cgroup_parent,data:data49};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.command !== undefined){if(!(validate34(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}if(data.configs !== undefined){if(!(validate57(data.configs, {instancePath:instancePath+"/configs",parentData:data,parentDataProperty:"configs",rootData}))){vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);errors = vErrors.length;}}if(data.container_name !== undefined){let data52 = data.container_name;if(typeof data52 === "string"){if(!pattern27.test(data52)){const err43 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/pattern",keyword:"pattern",params:{pattern: "[a-zA-Z0-9][a-zA-Z0-9_.-]+"},message:"must match pattern \""+"[a-zA-Z0-9][a-zA-Z0-9_.-]+"+"\"",schema:"[a-zA-Z0-9][a-zA-Z0-9_.-]+",parentSchema:schema10.properties.container_name,data:data52};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}else {const err44 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.container_name.type,parentSchema:schema10.properties.container_name,data:data52};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.cpu_count !== undefined){let data53 = data.cpu_count;const _errs98 = errors;let valid30 = false;let passing1 = null;const _errs99 = errors;if(typeof data53 !== "string"){const err45 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.cpu_count.oneOf[0].type,parentSchema:schema10.properties.cpu_count.oneOf[0],data:data53};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}var _valid1 = _errs99 === errors;if(_valid1){valid30 = true;passing1 = 0;}const _errs101 = errors;if(!((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53)))){const err46 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.cpu_count.oneOf[1].type,parentSchema:schema10.properties.cpu_count.oneOf[1],data:data53};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(typeof data53 == "number"){if(data53 < 0 || isNaN(data53)){const err47 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema10.properties.cpu_count.oneOf[1],data:data53};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}var _valid1 = _errs101 === errors;if(_valid1 && valid30){valid30 = false;passing1 = [passing1, 1];}else {if(_valid1){valid30 = true;passing1 = 1;}}if(!valid30){const err48 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema10.properties.cpu_count.oneOf,parentSchema:schema10.properties.cpu_count,data:data53};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}else {errors = _errs98;if(vErrors !== null){if(_errs98){vErrors.length = _errs98;}else {vErrors = null;}}}}if(data.cpu_percent !== undefined){let data54 = data.cpu_percent;const _errs104 = errors;let valid31 = false;let passing2 = null;const _errs105 = errors;if(typeof data54 !== "string"){const err49 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.cpu_percent.oneOf[0].type,parentSchema:schema10.properties.cpu_percent.oneOf[0],data:data54};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}var _valid2 = _errs105 === errors;if(_valid2){valid31 = true;passing2 = 0;}const _errs107 = errors;if(!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))){const err50 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.cpu_percent.oneOf[1].type,parentSchema:schema10.properties.cpu_percent.oneOf[1],data:data54};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(typeof data54 == "number"){if(data54 > 100 || isNaN(data54)){const err51 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema10.properties.cpu_percent.oneOf[1],data:data54};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data54 < 0 || isNaN(data54)){const err52 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema10.properties.cpu_percent.oneOf[1],data:data54};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}var _valid2 = _errs107 === errors;if(_valid2 && valid31){valid31 = false;passing2 = [passing2, 1];}else {if(_valid2){valid31 = true;passing2 = 1;}}if(!valid31){const err53 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema10.properties.cpu_percent.oneOf,parentSchema:schema10.properties.cpu_percent,data:data54};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}else {errors = _errs104;if(vErrors !== null){if(_errs104){vErrors.length = _errs104;}else {vErrors = null;}}}}if(data.cpu_shares !== undefined){let data55 = data.cpu_shares;if((!(typeof data55 == "number")) && (typeof data55 !== "string")){const err54 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/type",keyword:"type",params:{type: schema10.properties.cpu_shares.type},message:"must be number,string",schema:schema10.properties.cpu_shares.type,parentSchema:schema10.properties.cpu_shares,data:data55};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data.cpu_quota !== undefined){let data56 = data.cpu_quota;if((!(typeof data56 == "number")) && (typeof data56 !== "string")){const err55 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/type",keyword:"type",params:{type: schema10.properties.cpu_quota.type},message:"must be number,string",schema:schema10.properties.cpu_quota.type,parentSchema:schema10.properties.cpu_quota,data:data56};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.cpu_period !== undefined){let data57 = data.cpu_period;if((!(typeof data57 == "number")) && (typeof data57 !== "string")){const err56 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/type",keyword:"type",params:{type: schema10.properties.cpu_period.type},message:"must be number,string",schema:schema10.properties.cpu_period.type,parentSchema:schema10.properties.cpu_period,data:data57};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.cpu_rt_period !== undefined){let data58 = data.cpu_rt_period;if((!(typeof data58 == "number")) && (typeof data58 !== "string")){const err57 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/type",keyword:"type",params:{type: schema10.properties.cpu_rt_period.type},message:"must be number,string",schema:schema10.properties.cpu_rt_period.type,parentSchema:schema10.properties.cpu_rt_period,data:data58};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data.cpu_rt_runtime !== undefined){let data59 = data.cpu_rt_runtime;if((!(typeof data59 == "number")) && (typeof data59 !== "string")){const err58 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/type",keyword:"type",params:{type: schema10.properties.cpu_rt_runtime.type},message:"must be number,string",schema:schema10.properties.cpu_rt_runtime.type,parentSchema:schema10.properties.cpu_rt_runtime,data:data59};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.cpus !== undefined){let data60 = data.cpus;if((!(typeof data60 == "number")) && (typeof data60 !== "string")){const err59 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: schema10.properties.cpus.type},message:"must be number,string",schema:schema10.properties.cpus.type,parentSchema:schema10.properties.cpus,data:data60};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.cpuset !== undefined){let data61 = data.cpuset;if(typeof data61 !== "string"){const err60 = {instancePath:instancePath+"/cpuset",schemaPath:"#/properties/cpuset/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.cpuset.type,parentSchema:schema10.properties.cpuset,data:data61};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.credential_spec !== undefined){let data62 = data.credential_spec;if(data62 && typeof data62 == "object" && !Array.isArray(data62)){for(const key3 in data62){if(!((((key3 === "config") || (key3 === "file")) || (key3 === "registry")) || (pattern0.test(key3)))){const err61 = {instancePath:instancePath+"/credential_spec",schemaPath:"#/properties/credential_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.credential_spec,data:data62};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data62.config !== undefined){let data63 = data62.config;if(typeof data63 !== "string"){const err62 = {instancePath:instancePath+"/credential_spec/config",schemaPath:"#/properties/credential_spec/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.credential_spec.properties.config.type,parentSchema:schema10.properties.credential_spec.properties.config,data:data63};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data62.file !== undefined){let data64 = data62.file;if(typeof data64 !== "string"){const err63 = {instancePath:instancePath+"/credential_spec/file",schemaPath:"#/properties/credential_spec/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.credential_spec.properties.file.type,parentSchema:schema10.properties.credential_spec.properties.file,data:data64};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data62.registry !== undefined){let data65 = data62.registry;if(typeof data65 !== "string"){const err64 = {instancePath:instancePath+"/credential_spec/registry",schemaPath:"#/properties/credential_spec/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.credential_spec.properties.registry.type,parentSchema:schema10.properties.credential_spec.properties.registry,data:data65};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/credential_spec",schemaPath:"#/properties/credential_spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.credential_spec.type,parentSchema:schema10.properties.credential_spec,data:data62};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data.depends_on !== undefined){let data66 = data.depends_on;const _errs133 = errors;let valid33 = false;let passing3 = null;const _errs134 = errors;if(!(validate24(data66, {instancePath:instancePath+"/depends_on",parentData:data,parentDataProperty:"depends_on",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var _valid3 = _errs134 === errors;if(_valid3){valid33 = true;passing3 = 0;}const _errs135 = errors;if(data66 && typeof data66 == "object" && !Array.isArray(data66)){for(const key4 in data66){if(!(pattern1.test(key4))){const err66 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.depends_on.oneOf[1],data:data66};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}for(const key5 in data66){if(pattern1.test(key5)){let data67 = data66[key5];if(data67 && typeof data67 == "object" && !Array.isArray(data67)){if(data67.condition === undefined){const err67 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'",schema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].required,parentSchema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data67};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}for(const key6 in data67){if(!((((key6 === "restart") || (key6 === "required")) || (key6 === "condition")) || (pattern0.test(key6)))){const err68 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data67};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data67.restart !== undefined){let data68 = data67.restart;if((typeof data68 !== "boolean") && (typeof data68 !== "string")){const err69 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/restart",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type",keyword:"type",params:{type: schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type},message:"must be boolean,string",schema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type,parentSchema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart,data:data68};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data67.required !== undefined){let data69 = data67.required;if(typeof data69 !== "boolean"){const err70 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.type,parentSchema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required,data:data69};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data67.condition !== undefined){let data70 = data67.condition;if(typeof data70 !== "string"){const err71 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.type,parentSchema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition,data:data70};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(!(((data70 === "service_started") || (data70 === "service_healthy")) || (data70 === "service_completed_successfully"))){const err72 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/enum",keyword:"enum",params:{allowedValues: schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.enum,parentSchema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition,data:data70};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].type,parentSchema:schema10.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data67};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}}else {const err74 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.depends_on.oneOf[1].type,parentSchema:schema10.properties.depends_on.oneOf[1],data:data66};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}var _valid3 = _errs135 === errors;if(_valid3 && valid33){valid33 = false;passing3 = [passing3, 1];}else {if(_valid3){valid33 = true;passing3 = 1;}}if(!valid33){const err75 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema10.properties.depends_on.oneOf,parentSchema:schema10.properties.depends_on,data:data66};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}else {errors = _errs133;if(vErrors !== null){if(_errs133){vErrors.length = _errs133;}else {vErrors = null;}}}}if(data.device_cgroup_rules !== undefined){if(!(validate24(data.device_cgroup_rules, {instancePath:instancePath+"/device_cgroup_rules",parentData:data,parentDataProperty:"device_cgroup_rules",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data.devices !== undefined){let data72 = data.devices;if(Array.isArray(data72)){const len12 = data72.length;for(let i14=0; i14<len12; i14++){let data73 = data72[i14];const _errs151 = errors;let valid38 = false;let passing4 = null;const _errs152 = errors;if(typeof data73 !== "string"){const err76 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.devices.items.oneOf[0].type,parentSchema:schema10.properties.devices.items.oneOf[0],data:data73};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}var _valid4 = _errs152 === errors;if(_valid4){valid38 = true;passing4 = 0;}const _errs154 = errors;if(data73 && typeof data73 == "object" && !Array.isArray(data73)){if(data73.source === undefined){const err77 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/1/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema10.properties.devices.items.oneOf[1].required,parentSchema:schema10.properties.devices.items.oneOf[1],data:data73};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}for(const key7 in data73){if(!((((key7 === "source") || (key7 === "target")) || (key7 === "permissions")) || (pattern0.test(key7)))){const err78 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.devices.items.oneOf[1],data:data73};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data73.source !== undefined){let data74 = data73.source;if(typeof data74 !== "string"){const err79 = {instancePath:instancePath+"/devices/" + i14+"/source",schemaPath:"#/properties/devices/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.devices.items.oneOf[1].properties.source.type,parentSchema:schema10.properties.devices.items.oneOf[1].properties.source,data:data74};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data73.target !== undefined){let data75 = data73.target;if(typeof data75 !== "string"){const err80 = {instancePath:instancePath+"/devices/" + i14+"/target",schemaPath:"#/properties/devices/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.devices.items.oneOf[1].properties.target.type,parentSchema:schema10.properties.devices.items.oneOf[1].properties.target,data:data75};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data73.permissions !== undefined){let data76 = data73.permissions;if(typeof data76 !== "string"){const err81 = {instancePath:instancePath+"/devices/" + i14+"/permissions",schemaPath:"#/properties/devices/items/oneOf/1/properties/permissions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.devices.items.oneOf[1].properties.permissions.type,parentSchema:schema10.properties.devices.items.oneOf[1].properties.permissions,data:data76};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.devices.items.oneOf[1].type,parentSchema:schema10.properties.devices.items.oneOf[1],data:data73};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}var _valid4 = _errs154 === errors;if(_valid4 && valid38){valid38 = false;passing4 = [passing4, 1];}else {if(_valid4){valid38 = true;passing4 = 1;}}if(!valid38){const err83 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema10.properties.devices.items.oneOf,parentSchema:schema10.properties.devices.items,data:data73};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}else {errors = _errs151;if(vErrors !== null){if(_errs151){vErrors.length = _errs151;}else {vErrors = null;}}}}}else {const err84 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.devices.type,parentSchema:schema10.properties.devices,data:data72};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data.dns !== undefined){if(!(validate23(data.dns, {instancePath:instancePath+"/dns",parentData:data,parentDataProperty:"dns",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.dns_opt !== undefined){let data78 = data.dns_opt;if(Array.isArray(data78)){const len13 = data78.length;for(let i15=0; i15<len13; i15++){let data79 = data78[i15];if(typeof data79 !== "string"){const err85 = {instancePath:instancePath+"/dns_opt/" + i15,schemaPath:"#/properties/dns_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.dns_opt.items.type,parentSchema:schema10.properties.dns_opt.items,data:data79};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}let i16 = data78.length;let j2;if(i16 > 1){const indices2 = {};for(;i16--;){let item2 = data78[i16];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err86 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i16+" are identical)",schema:true,parentSchema:schema10.properties.dns_opt,data:data78};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;break;}indices2[item2] = i16;}}}else {const err87 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.dns_opt.type,parentSchema:schema10.properties.dns_opt,data:data78};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data.dns_search !== undefined){if(!(validate23(data.dns_search, {instancePath:instancePath+"/dns_search",parentData:data,parentDataProperty:"dns_search",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.domainname !== undefined){let data81 = data.domainname;if(typeof data81 !== "string"){const err88 = {instancePath:instancePath+"/domainname",schemaPath:"#/properties/domainname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.domainname.type,parentSchema:schema10.properties.domainname,data:data81};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data.entrypoint !== undefined){if(!(validate34(data.entrypoint, {instancePath:instancePath+"/entrypoint",parentData:data,parentDataProperty:"entrypoint",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}if(data.env_file !== undefined){if(!(validate75(data.env_file, {instancePath:instancePath+"/env_file",parentData:data,parentDataProperty:"env_file",rootData}))){vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);errors = vErrors.length;}}if(data.label_file !== undefined){if(!(validate77(data.label_file, {instancePath:instancePath+"/label_file",parentData:data,parentDataProperty:"label_file",rootData}))){vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);errors = vErrors.length;}}if(data.environment !== undefined){if(!(validate36(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.expose !== undefined){let data86 = data.expose;if(Array.isArray(data86)){const len14 = data86.length;for(let i17=0; i17<len14; i17++){let data87 = data86[i17];if((typeof data87 !== "string") && (!(typeof data87 == "number"))){const err89 = {instancePath:instancePath+"/expose/" + i17,schemaPath:"#/properties/expose/items/type",keyword:"type",params:{type: schema10.properties.expose.items.type},message:"must be string,number",schema:schema10.properties.expose.items.type,parentSchema:schema10.properties.expose.items,data:data87};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}let i18 = data86.length;let j3;if(i18 > 1){const indices3 = {};for(;i18--;){let item3 = data86[i18];if((typeof item3 !== "string") && (!(typeof item3 == "number"))){continue;}if(typeof item3 == "string"){item3 += "_";}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err90 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i18+" are identical)",schema:true,parentSchema:schema10.properties.expose,data:data86};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;break;}indices3[item3] = i18;}}}else {const err91 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.expose.type,parentSchema:schema10.properties.expose,data:data86};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data.extends !== undefined){let data88 = data.extends;const _errs180 = errors;let valid46 = false;let passing5 = null;const _errs181 = errors;if(typeof data88 !== "string"){const err92 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.extends.oneOf[0].type,parentSchema:schema10.properties.extends.oneOf[0],data:data88};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}var _valid5 = _errs181 === errors;if(_valid5){valid46 = true;passing5 = 0;}const _errs183 = errors;if(data88 && typeof data88 == "object" && !Array.isArray(data88)){if(data88.service === undefined){const err93 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema10.properties.extends.oneOf[1].required,parentSchema:schema10.properties.extends.oneOf[1],data:data88};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}for(const key8 in data88){if(!((key8 === "service") || (key8 === "file"))){const err94 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.extends.oneOf[1],data:data88};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data88.service !== undefined){let data89 = data88.service;if(typeof data89 !== "string"){const err95 = {instancePath:instancePath+"/extends/service",schemaPath:"#/properties/extends/oneOf/1/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.extends.oneOf[1].properties.service.type,parentSchema:schema10.properties.extends.oneOf[1].properties.service,data:data89};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data88.file !== undefined){let data90 = data88.file;if(typeof data90 !== "string"){const err96 = {instancePath:instancePath+"/extends/file",schemaPath:"#/properties/extends/oneOf/1/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.extends.oneOf[1].properties.file.type,parentSchema:schema10.properties.extends.oneOf[1].properties.file,data:data90};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.extends.oneOf[1].type,parentSchema:schema10.properties.extends.oneOf[1],data:data88};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}var _valid5 = _errs183 === errors;if(_valid5 && valid46){valid46 = false;passing5 = [passing5, 1];}else {if(_valid5){valid46 = true;passing5 = 1;}}if(!valid46){const err98 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema10.properties.extends.oneOf,parentSchema:schema10.properties.extends,data:data88};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}else {errors = _errs180;if(vErrors !== null){if(_errs180){vErrors.length = _errs180;}else {vErrors = null;}}}}if(data.provider !== undefined){let data91 = data.provider;if(data91 && typeof data91 == "object" && !Array.isArray(data91)){if(data91.type === undefined){const err99 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema10.properties.provider.required,parentSchema:schema10.properties.provider,data:data91};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}for(const key9 in data91){if(!(((key9 === "type") || (key9 === "options")) || (pattern0.test(key9)))){const err100 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.provider,data:data91};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data91.type !== undefined){let data92 = data91.type;if(typeof data92 !== "string"){const err101 = {instancePath:instancePath+"/provider/type",schemaPath:"#/properties/provider/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.provider.properties.type.type,parentSchema:schema10.properties.provider.properties.type,data:data92};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data91.options !== undefined){let data93 = data91.options;if(data93 && typeof data93 == "object" && !Array.isArray(data93)){for(const key10 in data93){if(pattern34.test(key10)){let data94 = data93[key10];const _errs198 = errors;let valid50 = false;let passing6 = null;const _errs199 = errors;if(((typeof data94 !== "string") && (!(typeof data94 == "number"))) && (typeof data94 !== "boolean")){const err102 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/0/type",keyword:"type",params:{type: schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type},message:"must be string,number,boolean",schema:schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type,parentSchema:schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0],data:data94};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}var _valid6 = _errs199 === errors;if(_valid6){valid50 = true;passing6 = 0;}const _errs201 = errors;if(Array.isArray(data94)){const len15 = data94.length;for(let i19=0; i19<len15; i19++){let data95 = data94[i19];if(((typeof data95 !== "string") && (!(typeof data95 == "number"))) && (typeof data95 !== "boolean")){const err103 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i19,schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/items/type",keyword:"type",params:{type: schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type},message:"must be string,number,boolean",schema:schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type,parentSchema:schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items,data:data95};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}}else {const err104 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].type,parentSchema:schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1],data:data94};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}var _valid6 = _errs201 === errors;if(_valid6 && valid50){valid50 = false;passing6 = [passing6, 1];}else {if(_valid6){valid50 = true;passing6 = 1;}}if(!valid50){const err105 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema10.properties.provider.properties.options.patternProperties["^.+$"].oneOf,parentSchema:schema10.properties.provider.properties.options.patternProperties["^.+$"],data:data94};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}else {errors = _errs198;if(vErrors !== null){if(_errs198){vErrors.length = _errs198;}else {vErrors = null;}}}}}}else {const err106 = {instancePath:instancePath+"/provider/options",schemaPath:"#/properties/provider/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.provider.properties.options.type,parentSchema:schema10.properties.provider.properties.options,data:data93};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}}else {const err107 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.provider.type,parentSchema:schema10.properties.provider,data:data91};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data.external_links !== undefined){let data96 = data.external_links;if(Array.isArray(data96)){const len16 = data96.length;for(let i20=0; i20<len16; i20++){let data97 = data96[i20];if(typeof data97 !== "string"){const err108 = {instancePath:instancePath+"/external_links/" + i20,schemaPath:"#/properties/external_links/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.external_links.items.type,parentSchema:schema10.properties.external_links.items,data:data97};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}let i21 = data96.length;let j4;if(i21 > 1){const indices4 = {};for(;i21--;){let item4 = data96[i21];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err109 = {instancePath:instancePath+"/external_links",schemaPath:"#/properties/external_links/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i21+" are identical)",schema:true,parentSchema:schema10.properties.external_links,data:data96};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;break;}indices4[item4] = i21;}}}else {const err110 = {instancePath:instancePath+"/external_links",schemaPath:"#/properties/external_links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.external_links.type,parentSchema:schema10.properties.external_links,data:data96};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data.extra_hosts !== undefined){if(!(validate55(data.extra_hosts, {instancePath:instancePath+"/extra_hosts",parentData:data,parentDataProperty:"extra_hosts",rootData}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}}if(data.gpus !== undefined){if(!(validate81(data.gpus, {instancePath:instancePath+"/gpus",parentData:data,parentDataProperty:"gpus",rootData}))){vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);errors = vErrors.length;}}if(data.group_add !== undefined){let data100 = data.group_add;if(Array.isArray(data100)){const len17 = data100.length;for(let i22=0; i22<len17; i22++){let data101 = data100[i22];if((typeof data101 !== "string") && (!(typeof data101 == "number"))){const err111 = {instancePath:instancePath+"/group_add/" + i22,schemaPath:"#/properties/group_add/items/type",keyword:"type",params:{type: schema10.properties.group_add.items.type},message:"must be string,number",schema:schema10.properties.group_add.items.type,parentSchema:schema10.properties.group_add.items,data:data101};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}let i23 = data100.length;let j5;if(i23 > 1){const indices5 = {};for(;i23--;){let item5 = data100[i23];if((typeof item5 !== "string") && (!(typeof item5 == "number"))){continue;}if(typeof item5 == "string"){item5 += "_";}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err112 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i23+" are identical)",schema:true,parentSchema:schema10.properties.group_add,data:data100};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;break;}indices5[item5] = i23;}}}else {const err113 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.group_add.type,parentSchema:schema10.properties.group_add,data:data100};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}if(data.healthcheck !== undefined){if(!(validate86(data.healthcheck, {instancePath:instancePath+"/healthcheck",parentData:data,parentDataProperty:"healthcheck",rootData}))){vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);errors = vErrors.length;}}if(data.hostname !== undefined){let data103 = data.hostname;if(typeof data103 !== "string"){const err114 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.hostname.type,parentSchema:schema10.properties.hostname,data:data103};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data.image !== undefined){let data104 = data.image;if(typeof data104 !== "string"){const err115 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.image.type,parentSchema:schema10.properties.image,data:data104};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data.init !== undefined){let data105 = data.init;if((typeof data105 !== "boolean") && (typeof data105 !== "string")){const err116 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: schema10.properties.init.type},message:"must be boolean,string",schema:schema10.properties.init.type,parentSchema:schema10.properties.init,data:data105};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data.ipc !== undefined){let data106 = data.ipc;if(typeof data106 !== "string"){const err117 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ipc.type,parentSchema:schema10.properties.ipc,data:data106};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data.isolation !== undefined){let data107 = data.isolation;if(typeof data107 !== "string"){const err118 = {instancePath:instancePath+"/isolation",schemaPath:"#/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.isolation.type,parentSchema:schema10.properties.isolation,data:data107};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.links !== undefined){let data109 = data.links;if(Array.isArray(data109)){const len18 = data109.length;for(let i24=0; i24<len18; i24++){let data110 = data109[i24];if(typeof data110 !== "string"){const err119 = {instancePath:instancePath+"/links/" + i24,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.links.items.type,parentSchema:schema10.properties.links.items,data:data110};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}let i25 = data109.length;let j6;if(i25 > 1){const indices6 = {};for(;i25--;){let item6 = data109[i25];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err120 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i25+" are identical)",schema:true,parentSchema:schema10.properties.links,data:data109};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;break;}indices6[item6] = i25;}}}else {const err121 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.links.type,parentSchema:schema10.properties.links,data:data109};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data.logging !== undefined){let data111 = data.logging;if(data111 && typeof data111 == "object" && !Array.isArray(data111)){for(const key11 in data111){if(!(((key11 === "driver") || (key11 === "options")) || (pattern0.test(key11)))){const err122 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.logging,data:data111};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data111.driver !== undefined){let data112 = data111.driver;if(typeof data112 !== "string"){const err123 = {instancePath:instancePath+"/logging/driver",schemaPath:"#/properties/logging/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.logging.properties.driver.type,parentSchema:schema10.properties.logging.properties.driver,data:data112};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}if(data111.options !== undefined){let data113 = data111.options;if(data113 && typeof data113 == "object" && !Array.isArray(data113)){for(const key12 in data113){if(pattern34.test(key12)){let data114 = data113[key12];if(((typeof data114 !== "string") && (!(typeof data114 == "number"))) && (data114 !== null)){const err124 = {instancePath:instancePath+"/logging/options/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logging/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema10.properties.logging.properties.options.patternProperties["^.+$"].type},message:"must be string,number,null",schema:schema10.properties.logging.properties.options.patternProperties["^.+$"].type,parentSchema:schema10.properties.logging.properties.options.patternProperties["^.+$"],data:data114};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}}}else {const err125 = {instancePath:instancePath+"/logging/options",schemaPath:"#/properties/logging/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.logging.properties.options.type,parentSchema:schema10.properties.logging.properties.options,data:data113};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}}else {const err126 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.logging.type,parentSchema:schema10.properties.logging,data:data111};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}if(data.mac_address !== undefined){let data115 = data.mac_address;if(typeof data115 !== "string"){const err127 = {instancePath:instancePath+"/mac_address",schemaPath:"#/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.mac_address.type,parentSchema:schema10.properties.mac_address,data:data115};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}if(data.mem_limit !== undefined){let data116 = data.mem_limit;if((!(typeof data116 == "number")) && (typeof data116 !== "string")){const err128 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/type",keyword:"type",params:{type: schema10.properties.mem_limit.type},message:"must be number,string",schema:schema10.properties.mem_limit.type,parentSchema:schema10.properties.mem_limit,data:data116};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data.mem_reservation !== undefined){let data117 = data.mem_reservation;if((typeof data117 !== "string") && (!((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117))))){const err129 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/properties/mem_reservation/type",keyword:"type",params:{type: schema10.properties.mem_reservation.type},message:"must be string,integer",schema:schema10.properties.mem_reservation.type,parentSchema:schema10.properties.mem_reservation,data:data117};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data.mem_swappiness !== undefined){let data118 = data.mem_swappiness;if((!((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118)))) && (typeof data118 !== "string")){const err130 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/type",keyword:"type",params:{type: schema10.properties.mem_swappiness.type},message:"must be integer,string",schema:schema10.properties.mem_swappiness.type,parentSchema:schema10.properties.mem_swappiness,data:data118};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data.memswap_limit !== undefined){let data119 = data.memswap_limit;if((!(typeof data119 == "number")) && (typeof data119 !== "string")){const err131 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/type",keyword:"type",params:{type: schema10.properties.memswap_limit.type},message:"must be number,string",schema:schema10.properties.memswap_limit.type,parentSchema:schema10.properties.memswap_limit,data:data119};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data.network_mode !== undefined){let data120 = data.network_mode;if(typeof data120 !== "string"){const err132 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.network_mode.type,parentSchema:schema10.properties.network_mode,data:data120};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}if(data.models !== undefined){let data121 = data.models;const _errs253 = errors;let valid64 = false;let passing7 = null;const _errs254 = errors;if(!(validate24(data121, {instancePath:instancePath+"/models",parentData:data,parentDataProperty:"models",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var _valid7 = _errs254 === errors;if(_valid7){valid64 = true;passing7 = 0;}const _errs255 = errors;if(data121 && typeof data121 == "object" && !Array.isArray(data121)){for(const key13 in data121){if(pattern1.test(key13)){let data122 = data121[key13];if(data122 && typeof data122 == "object" && !Array.isArray(data122)){for(const key14 in data122){if(!(((key14 === "endpoint_var") || (key14 === "model_var")) || (pattern0.test(key14)))){const err133 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data122};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}if(data122.endpoint_var !== undefined){let data123 = data122.endpoint_var;if(typeof data123 !== "string"){const err134 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint_var",schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/endpoint_var/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.endpoint_var.type,parentSchema:schema10.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.endpoint_var,data:data123};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data122.model_var !== undefined){let data124 = data122.model_var;if(typeof data124 !== "string"){const err135 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/model_var",schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/model_var/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.model_var.type,parentSchema:schema10.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.model_var,data:data124};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}}else {const err136 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].type,parentSchema:schema10.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data122};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}}}else {const err137 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.models.oneOf[1].type,parentSchema:schema10.properties.models.oneOf[1],data:data121};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}var _valid7 = _errs255 === errors;if(_valid7 && valid64){valid64 = false;passing7 = [passing7, 1];}else {if(_valid7){valid64 = true;passing7 = 1;}}if(!valid64){const err138 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf",schema:schema10.properties.models.oneOf,parentSchema:schema10.properties.models,data:data121};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}else {errors = _errs253;if(vErrors !== null){if(_errs253){vErrors.length = _errs253;}else {vErrors = null;}}}}if(data.networks !== undefined){let data125 = data.networks;const _errs265 = errors;let valid67 = false;let passing8 = null;const _errs266 = errors;if(!(validate24(data125, {instancePath:instancePath+"/networks",parentData:data,parentDataProperty:"networks",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var _valid8 = _errs266 === errors;if(_valid8){valid67 = true;passing8 = 0;}const _errs267 = errors;if(data125 && typeof data125 == "object" && !Array.isArray(data125)){for(const key15 in data125){if(!(pattern1.test(key15))){const err139 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.networks.oneOf[1],data:data125};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}for(const key16 in data125){if(pattern1.test(key16)){let data126 = data125[key16];const _errs271 = errors;let valid69 = false;let passing9 = null;const _errs272 = errors;if(data126 && typeof data126 == "object" && !Array.isArray(data126)){for(const key17 in data126){if(!((func2.call(schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties, key17)) || (pattern0.test(key17)))){const err140 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0],data:data126};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data126.aliases !== undefined){if(!(validate24(data126.aliases, {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",parentData:data126,parentDataProperty:"aliases",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data126.interface_name !== undefined){let data128 = data126.interface_name;if(typeof data128 !== "string"){const err141 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/interface_name",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/interface_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.interface_name.type,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.interface_name,data:data128};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}if(data126.ipv4_address !== undefined){let data129 = data126.ipv4_address;if(typeof data129 !== "string"){const err142 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv4_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv4_address.type,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv4_address,data:data129};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}if(data126.ipv6_address !== undefined){let data130 = data126.ipv6_address;if(typeof data130 !== "string"){const err143 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv6_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv6_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv6_address.type,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv6_address,data:data130};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data126.link_local_ips !== undefined){if(!(validate24(data126.link_local_ips, {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips",parentData:data126,parentDataProperty:"link_local_ips",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data126.mac_address !== undefined){let data132 = data126.mac_address;if(typeof data132 !== "string"){const err144 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/mac_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.mac_address.type,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.mac_address,data:data132};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data126.driver_opts !== undefined){let data133 = data126.driver_opts;if(data133 && typeof data133 == "object" && !Array.isArray(data133)){for(const key18 in data133){if(pattern34.test(key18)){let data134 = data133[key18];if((typeof data134 !== "string") && (!(typeof data134 == "number"))){const err145 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"],data:data134};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}}}else {const err146 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.type,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts,data:data133};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data126.priority !== undefined){let data135 = data126.priority;if(!(typeof data135 == "number")){const err147 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.type,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority,data:data135};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data126.gw_priority !== undefined){let data136 = data126.gw_priority;if(!(typeof data136 == "number")){const err148 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.type,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority,data:data136};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}}else {const err149 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].type,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0],data:data126};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}var _valid9 = _errs272 === errors;if(_valid9){valid69 = true;passing9 = 0;}const _errs293 = errors;if(data126 !== null){const err150 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[1].type,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[1],data:data126};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}var _valid9 = _errs293 === errors;if(_valid9 && valid69){valid69 = false;passing9 = [passing9, 1];}else {if(_valid9){valid69 = true;passing9 = 1;}}if(!valid69){const err151 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf",schema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf,parentSchema:schema10.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data126};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}else {errors = _errs271;if(vErrors !== null){if(_errs271){vErrors.length = _errs271;}else {vErrors = null;}}}}}}else {const err152 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.networks.oneOf[1].type,parentSchema:schema10.properties.networks.oneOf[1],data:data125};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}var _valid8 = _errs267 === errors;if(_valid8 && valid67){valid67 = false;passing8 = [passing8, 1];}else {if(_valid8){valid67 = true;passing8 = 1;}}if(!valid67){const err153 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf",schema:schema10.properties.networks.oneOf,parentSchema:schema10.properties.networks,data:data125};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}else {errors = _errs265;if(vErrors !== null){if(_errs265){vErrors.length = _errs265;}else {vErrors = null;}}}}if(data.oom_kill_disable !== undefined){let data137 = data.oom_kill_disable;if((typeof data137 !== "boolean") && (typeof data137 !== "string")){const err154 = {instancePath:instancePath+"/oom_kill_disable",schemaPath:"#/properties/oom_kill_disable/type",keyword:"type",params:{type: schema10.properties.oom_kill_disable.type},message:"must be boolean,string",schema:schema10.properties.oom_kill_disable.type,parentSchema:schema10.properties.oom_kill_disable,data:data137};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}if(data.oom_score_adj !== undefined){let data138 = data.oom_score_adj;const _errs298 = errors;let valid72 = false;let passing10 = null;const _errs299 = errors;if(typeof data138 !== "string"){const err155 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.oom_score_adj.oneOf[0].type,parentSchema:schema10.properties.oom_score_adj.oneOf[0],data:data138};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}var _valid10 = _errs299 === errors;if(_valid10){valid72 = true;passing10 = 0;}const _errs301 = errors;if(!((typeof data138 == "number") && (!(data138 % 1) && !isNaN(data138)))){const err156 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.oom_score_adj.oneOf[1].type,parentSchema:schema10.properties.oom_score_adj.oneOf[1],data:data138};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}if(typeof data138 == "number"){if(data138 > 1000 || isNaN(data138)){const err157 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema10.properties.oom_score_adj.oneOf[1],data:data138};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}if(data138 < -1000 || isNaN(data138)){const err158 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema10.properties.oom_score_adj.oneOf[1],data:data138};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}var _valid10 = _errs301 === errors;if(_valid10 && valid72){valid72 = false;passing10 = [passing10, 1];}else {if(_valid10){valid72 = true;passing10 = 1;}}if(!valid72){const err159 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf",schema:schema10.properties.oom_score_adj.oneOf,parentSchema:schema10.properties.oom_score_adj,data:data138};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}else {errors = _errs298;if(vErrors !== null){if(_errs298){vErrors.length = _errs298;}else {vErrors = null;}}}}if(data.pid !== undefined){let data139 = data.pid;if((typeof data139 !== "string") && (data139 !== null)){const err160 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/type",keyword:"type",params:{type: schema10.properties.pid.type},message:"must be string,null",schema:schema10.properties.pid.type,parentSchema:schema10.properties.pid,data:data139};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data.pids_limit !== undefined){let data140 = data.pids_limit;if((!(typeof data140 == "number")) && (typeof data140 !== "string")){const err161 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/type",keyword:"type",params:{type: schema10.properties.pids_limit.type},message:"must be number,string",schema:schema10.properties.pids_limit.type,parentSchema:schema10.properties.pids_limit,data:data140};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}}if(data.platform !== undefined){let data141 = data.platform;if(typeof data141 !== "string"){const err162 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.platform.type,parentSchema:schema10.properties.platform,data:data141};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}if(data.ports !== undefined){let data142 = data.ports;if(Array.isArray(data142)){const len19 = data142.length;for(let i26=0; i26<len19; i26++){let data143 = data142[i26];const _errs312 = errors;let valid75 = false;let passing11 = null;const _errs313 = errors;if(!(typeof data143 == "number")){const err163 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema10.properties.ports.items.oneOf[0].type,parentSchema:schema10.properties.ports.items.oneOf[0],data:data143};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}var _valid11 = _errs313 === errors;if(_valid11){valid75 = true;passing11 = 0;}const _errs315 = errors;if(typeof data143 !== "string"){const err164 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ports.items.oneOf[1].type,parentSchema:schema10.properties.ports.items.oneOf[1],data:data143};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}var _valid11 = _errs315 === errors;if(_valid11 && valid75){valid75 = false;passing11 = [passing11, 1];}else {if(_valid11){valid75 = true;passing11 = 1;}const _errs317 = errors;if(data143 && typeof data143 == "object" && !Array.isArray(data143)){for(const key19 in data143){if(!((((((((key19 === "name") || (key19 === "mode")) || (key19 === "host_ip")) || (key19 === "target")) || (key19 === "published")) || (key19 === "protocol")) || (key19 === "app_protocol")) || (pattern0.test(key19)))){const err165 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.ports.items.oneOf[2],data:data143};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data143.name !== undefined){let data144 = data143.name;if(typeof data144 !== "string"){const err166 = {instancePath:instancePath+"/ports/" + i26+"/name",schemaPath:"#/properties/ports/items/oneOf/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ports.items.oneOf[2].properties.name.type,parentSchema:schema10.properties.ports.items.oneOf[2].properties.name,data:data144};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}if(data143.mode !== undefined){let data145 = data143.mode;if(typeof data145 !== "string"){const err167 = {instancePath:instancePath+"/ports/" + i26+"/mode",schemaPath:"#/properties/ports/items/oneOf/2/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ports.items.oneOf[2].properties.mode.type,parentSchema:schema10.properties.ports.items.oneOf[2].properties.mode,data:data145};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data143.host_ip !== undefined){let data146 = data143.host_ip;if(typeof data146 !== "string"){const err168 = {instancePath:instancePath+"/ports/" + i26+"/host_ip",schemaPath:"#/properties/ports/items/oneOf/2/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ports.items.oneOf[2].properties.host_ip.type,parentSchema:schema10.properties.ports.items.oneOf[2].properties.host_ip,data:data146};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}if(data143.target !== undefined){let data147 = data143.target;if((!((typeof data147 == "number") && (!(data147 % 1) && !isNaN(data147)))) && (typeof data147 !== "string")){const err169 = {instancePath:instancePath+"/ports/" + i26+"/target",schemaPath:"#/properties/ports/items/oneOf/2/properties/target/type",keyword:"type",params:{type: schema10.properties.ports.items.oneOf[2].properties.target.type},message:"must be integer,string",schema:schema10.properties.ports.items.oneOf[2].properties.target.type,parentSchema:schema10.properties.ports.items.oneOf[2].properties.target,data:data147};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}if(data143.published !== undefined){let data148 = data143.published;if((typeof data148 !== "string") && (!((typeof data148 == "number") && (!(data148 % 1) && !isNaN(data148))))){const err170 = {instancePath:instancePath+"/ports/" + i26+"/published",schemaPath:"#/properties/ports/items/oneOf/2/properties/published/type",keyword:"type",params:{type: schema10.properties.ports.items.oneOf[2].properties.published.type},message:"must be string,integer",schema:schema10.properties.ports.items.oneOf[2].properties.published.type,parentSchema:schema10.properties.ports.items.oneOf[2].properties.published,data:data148};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data143.protocol !== undefined){let data149 = data143.protocol;if(typeof data149 !== "string"){const err171 = {instancePath:instancePath+"/ports/" + i26+"/protocol",schemaPath:"#/properties/ports/items/oneOf/2/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ports.items.oneOf[2].properties.protocol.type,parentSchema:schema10.properties.ports.items.oneOf[2].properties.protocol,data:data149};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}if(data143.app_protocol !== undefined){let data150 = data143.app_protocol;if(typeof data150 !== "string"){const err172 = {instancePath:instancePath+"/ports/" + i26+"/app_protocol",schemaPath:"#/properties/ports/items/oneOf/2/properties/app_protocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ports.items.oneOf[2].properties.app_protocol.type,parentSchema:schema10.properties.ports.items.oneOf[2].properties.app_protocol,data:data150};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}}else {const err173 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ports.items.oneOf[2].type,parentSchema:schema10.properties.ports.items.oneOf[2],data:data143};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}var _valid11 = _errs317 === errors;if(_valid11 && valid75){valid75 = false;passing11 = [passing11, 2];}else {if(_valid11){valid75 = true;passing11 = 2;}}}if(!valid75){const err174 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf",schema:schema10.properties.ports.items.oneOf,parentSchema:schema10.properties.ports.items,data:data143};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}else {errors = _errs312;if(vErrors !== null){if(_errs312){vErrors.length = _errs312;}else {vErrors = null;}}}}let i27 = data142.length;let j7;if(i27 > 1){outer0:for(;i27--;){for(j7 = i27; j7--;){if(func0(data142[i27], data142[j7])){const err175 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i27+" are identical)",schema:true,parentSchema:schema10.properties.ports,data:data142};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;break outer0;}}}}}else {const err176 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.ports.type,parentSchema:schema10.properties.ports,data:data142};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data.post_start !== undefined){let data151 = data.post_start;if(Array.isArray(data151)){const len20 = data151.length;for(let i28=0; i28<len20; i28++){if(!(validate33(data151[i28], {instancePath:instancePath+"/post_start/" + i28,parentData:data151,parentDataProperty:i28,rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}}}else {const err177 = {instancePath:instancePath+"/post_start",schemaPath:"#/properties/post_start/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.post_start.type,parentSchema:schema10.properties.post_start,data:data151};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}if(data.pre_stop !== undefined){let data153 = data.pre_stop;if(Array.isArray(data153)){const len21 = data153.length;for(let i29=0; i29<len21; i29++){if(!(validate33(data153[i29], {instancePath:instancePath+"/pre_stop/" + i29,parentData:data153,parentDataProperty:i29,rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}}}else {const err178 = {instancePath:instancePath+"/pre_stop",schemaPath:"#/properties/pre_stop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.pre_stop.type,parentSchema:schema10.properties.pre_stop,data:data153};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}if(data.privileged !== undefined){let data155 = data.privileged;if((typeof data155 !== "boolean") && (typeof data155 !== "string")){const err179 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: schema10.properties.privileged.type},message:"must be boolean,string",schema:schema10.properties.privileged.type,parentSchema:schema10.properties.privileged,data:data155};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}if(data.profiles !== undefined){if(!(validate24(data.profiles, {instancePath:instancePath+"/profiles",parentData:data,parentDataProperty:"profiles",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data.pull_policy !== undefined){let data157 = data.pull_policy;if(typeof data157 === "string"){if(!pattern46.test(data157)){const err180 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/pattern",keyword:"pattern",params:{pattern: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"},message:"must match pattern \""+"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"+"\"",schema:"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+",parentSchema:schema10.properties.pull_policy,data:data157};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}else {const err181 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.pull_policy.type,parentSchema:schema10.properties.pull_policy,data:data157};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}if(data.pull_refresh_after !== undefined){let data158 = data.pull_refresh_after;if(typeof data158 !== "string"){const err182 = {instancePath:instancePath+"/pull_refresh_after",schemaPath:"#/properties/pull_refresh_after/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.pull_refresh_after.type,parentSchema:schema10.properties.pull_refresh_after,data:data158};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}if(data.read_only !== undefined){let data159 = data.read_only;if((typeof data159 !== "boolean") && (typeof data159 !== "string")){const err183 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: schema10.properties.read_only.type},message:"must be boolean,string",schema:schema10.properties.read_only.type,parentSchema:schema10.properties.read_only,data:data159};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}if(data.restart !== undefined){let data160 = data.restart;if(typeof data160 !== "string"){const err184 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.restart.type,parentSchema:schema10.properties.restart,data:data160};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}if(data.runtime !== undefined){let data161 = data.runtime;if(typeof data161 !== "string"){const err185 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.runtime.type,parentSchema:schema10.properties.runtime,data:data161};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data.scale !== undefined){let data162 = data.scale;if((!((typeof data162 == "number") && (!(data162 % 1) && !isNaN(data162)))) && (typeof data162 !== "string")){const err186 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: schema10.properties.scale.type},message:"must be integer,string",schema:schema10.properties.scale.type,parentSchema:schema10.properties.scale,data:data162};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data.security_opt !== undefined){let data163 = data.security_opt;if(Array.isArray(data163)){const len22 = data163.length;for(let i30=0; i30<len22; i30++){let data164 = data163[i30];if(typeof data164 !== "string"){const err187 = {instancePath:instancePath+"/security_opt/" + i30,schemaPath:"#/properties/security_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.security_opt.items.type,parentSchema:schema10.properties.security_opt.items,data:data164};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}let i31 = data163.length;let j8;if(i31 > 1){const indices7 = {};for(;i31--;){let item7 = data163[i31];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j8 = indices7[item7];const err188 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/uniqueItems",keyword:"uniqueItems",params:{i: i31, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i31+" are identical)",schema:true,parentSchema:schema10.properties.security_opt,data:data163};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;break;}indices7[item7] = i31;}}}else {const err189 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.security_opt.type,parentSchema:schema10.properties.security_opt,data:data163};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}if(data.shm_size !== undefined){let data165 = data.shm_size;if((!(typeof data165 == "number")) && (typeof data165 !== "string")){const err190 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/type",keyword:"type",params:{type: schema10.properties.shm_size.type},message:"must be number,string",schema:schema10.properties.shm_size.type,parentSchema:schema10.properties.shm_size,data:data165};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}if(data.secrets !== undefined){if(!(validate57(data.secrets, {instancePath:instancePath+"/secrets",parentData:data,parentDataProperty:"secrets",rootData}))){vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);errors = vErrors.length;}}if(data.sysctls !== undefined){if(!(validate36(data.sysctls, {instancePath:instancePath+"/sysctls",parentData:data,parentDataProperty:"sysctls",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.stdin_open !== undefined){let data168 = data.stdin_open;if((typeof data168 !== "boolean") && (typeof data168 !== "string")){const err191 = {instancePath:instancePath+"/stdin_open",schemaPath:"#/properties/stdin_open/type",keyword:"type",params:{type: schema10.properties.stdin_open.type},message:"must be boolean,string",schema:schema10.properties.stdin_open.type,parentSchema:schema10.properties.stdin_open,data:data168};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}if(data.stop_grace_period !== undefined){let data169 = data.stop_grace_period;if(typeof data169 !== "string"){const err192 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.stop_grace_period.type,parentSchema:schema10.properties.stop_grace_period,data:data169};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}if(data.stop_signal !== undefined){let data170 = data.stop_signal;if(typeof data170 !== "string"){const err193 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.stop_signal.type,parentSchema:schema10.properties.stop_signal,data:data170};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}if(data.storage_opt !== undefined){let data171 = data.storage_opt;if(!(data171 && typeof data171 == "object" && !Array.isArray(data171))){const err194 = {instancePath:instancePath+"/storage_opt",schemaPath:"#/properties/storage_opt/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.storage_opt.type,parentSchema:schema10.properties.storage_opt,data:data171};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}if(data.tmpfs !== undefined){if(!(validate23(data.tmpfs, {instancePath:instancePath+"/tmpfs",parentData:data,parentDataProperty:"tmpfs",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.tty !== undefined){let data173 = data.tty;if((typeof data173 !== "boolean") && (typeof data173 !== "string")){const err195 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: schema10.properties.tty.type},message:"must be boolean,string",schema:schema10.properties.tty.type,parentSchema:schema10.properties.tty,data:data173};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}if(data.ulimits !== undefined){if(!(validate59(data.ulimits, {instancePath:instancePath+"/ulimits",parentData:data,parentDataProperty:"ulimits",rootData}))){vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);errors = vErrors.length;}}if(data.use_api_socket !== undefined){let data175 = data.use_api_socket;if(typeof data175 !== "boolean"){const err196 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema10.properties.use_api_socket.type,parentSchema:schema10.properties.use_api_socket,data:data175};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}}if(data.user !== undefined){let data176 = data.user;if(typeof data176 !== "string"){const err197 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.user.type,parentSchema:schema10.properties.user,data:data176};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}}if(data.uts !== undefined){let data177 = data.uts;if(typeof data177 !== "string"){const err198 = {instancePath:instancePath+"/uts",schemaPath:"#/properties/uts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.uts.type,parentSchema:schema10.properties.uts,data:data177};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}if(data.userns_mode !== undefined){let data178 = data.userns_mode;if(typeof data178 !== "string"){const err199 = {instancePath:instancePath+"/userns_mode",schemaPath:"#/properties/userns_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.userns_mode.type,parentSchema:schema10.properties.userns_mode,data:data178};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}if(data.volumes !== undefined){let data179 = data.volumes;if(Array.isArray(data179)){const len23 = data179.length;for(let i32=0; i32<len23; i32++){let data180 = data179[i32];const _errs386 = errors;let valid87 = false;let passing12 = null;const _errs387 = errors;if(typeof data180 !== "string"){const err200 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[0].type,parentSchema:schema10.properties.volumes.items.oneOf[0],data:data180};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}var _valid12 = _errs387 === errors;if(_valid12){valid87 = true;passing12 = 0;}const _errs389 = errors;if(data180 && typeof data180 == "object" && !Array.isArray(data180)){if(data180.type === undefined){const err201 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema10.properties.volumes.items.oneOf[1].required,parentSchema:schema10.properties.volumes.items.oneOf[1],data:data180};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}for(const key20 in data180){if(!((func2.call(schema10.properties.volumes.items.oneOf[1].properties, key20)) || (pattern0.test(key20)))){const err202 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.volumes.items.oneOf[1],data:data180};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}}if(data180.type !== undefined){let data181 = data180.type;if(typeof data181 !== "string"){const err203 = {instancePath:instancePath+"/volumes/" + i32+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[1].properties.type.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.type,data:data181};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}if(!((((((data181 === "bind") || (data181 === "volume")) || (data181 === "tmpfs")) || (data181 === "cluster")) || (data181 === "npipe")) || (data181 === "image"))){const err204 = {instancePath:instancePath+"/volumes/" + i32+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema10.properties.volumes.items.oneOf[1].properties.type.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.volumes.items.oneOf[1].properties.type.enum,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.type,data:data181};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}if(data180.source !== undefined){let data182 = data180.source;if(typeof data182 !== "string"){const err205 = {instancePath:instancePath+"/volumes/" + i32+"/source",schemaPath:"#/properties/volumes/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[1].properties.source.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.source,data:data182};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}}if(data180.target !== undefined){let data183 = data180.target;if(typeof data183 !== "string"){const err206 = {instancePath:instancePath+"/volumes/" + i32+"/target",schemaPath:"#/properties/volumes/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[1].properties.target.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.target,data:data183};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}if(data180.read_only !== undefined){let data184 = data180.read_only;if((typeof data184 !== "boolean") && (typeof data184 !== "string")){const err207 = {instancePath:instancePath+"/volumes/" + i32+"/read_only",schemaPath:"#/properties/volumes/items/oneOf/1/properties/read_only/type",keyword:"type",params:{type: schema10.properties.volumes.items.oneOf[1].properties.read_only.type},message:"must be boolean,string",schema:schema10.properties.volumes.items.oneOf[1].properties.read_only.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.read_only,data:data184};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}}if(data180.consistency !== undefined){let data185 = data180.consistency;if(typeof data185 !== "string"){const err208 = {instancePath:instancePath+"/volumes/" + i32+"/consistency",schemaPath:"#/properties/volumes/items/oneOf/1/properties/consistency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[1].properties.consistency.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.consistency,data:data185};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}}if(data180.bind !== undefined){let data186 = data180.bind;if(data186 && typeof data186 == "object" && !Array.isArray(data186)){for(const key21 in data186){if(!(((((key21 === "propagation") || (key21 === "create_host_path")) || (key21 === "recursive")) || (key21 === "selinux")) || (pattern0.test(key21)))){const err209 = {instancePath:instancePath+"/volumes/" + i32+"/bind",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.bind,data:data186};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}if(data186.propagation !== undefined){let data187 = data186.propagation;if(typeof data187 !== "string"){const err210 = {instancePath:instancePath+"/volumes/" + i32+"/bind/propagation",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/propagation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.propagation.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.propagation,data:data187};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}if(data186.create_host_path !== undefined){let data188 = data186.create_host_path;if((typeof data188 !== "boolean") && (typeof data188 !== "string")){const err211 = {instancePath:instancePath+"/volumes/" + i32+"/bind/create_host_path",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/create_host_path/type",keyword:"type",params:{type: schema10.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type},message:"must be boolean,string",schema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path,data:data188};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}if(data186.recursive !== undefined){let data189 = data186.recursive;if(typeof data189 !== "string"){const err212 = {instancePath:instancePath+"/volumes/" + i32+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.recursive,data:data189};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}if(!((((data189 === "enabled") || (data189 === "disabled")) || (data189 === "writable")) || (data189 === "readonly"))){const err213 = {instancePath:instancePath+"/volumes/" + i32+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/enum",keyword:"enum",params:{allowedValues: schema10.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.enum,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.recursive,data:data189};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}if(data186.selinux !== undefined){let data190 = data186.selinux;if(typeof data190 !== "string"){const err214 = {instancePath:instancePath+"/volumes/" + i32+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.selinux,data:data190};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}if(!((data190 === "z") || (data190 === "Z"))){const err215 = {instancePath:instancePath+"/volumes/" + i32+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/enum",keyword:"enum",params:{allowedValues: schema10.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.enum,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.bind.properties.selinux,data:data190};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}}else {const err216 = {instancePath:instancePath+"/volumes/" + i32+"/bind",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.volumes.items.oneOf[1].properties.bind.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.bind,data:data186};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}if(data180.volume !== undefined){let data191 = data180.volume;if(data191 && typeof data191 == "object" && !Array.isArray(data191)){for(const key22 in data191){if(!((((key22 === "labels") || (key22 === "nocopy")) || (key22 === "subpath")) || (pattern0.test(key22)))){const err217 = {instancePath:instancePath+"/volumes/" + i32+"/volume",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.volume,data:data191};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}}if(data191.labels !== undefined){if(!(validate36(data191.labels, {instancePath:instancePath+"/volumes/" + i32+"/volume/labels",parentData:data191,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data191.nocopy !== undefined){let data193 = data191.nocopy;if((typeof data193 !== "boolean") && (typeof data193 !== "string")){const err218 = {instancePath:instancePath+"/volumes/" + i32+"/volume/nocopy",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/properties/nocopy/type",keyword:"type",params:{type: schema10.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type},message:"must be boolean,string",schema:schema10.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy,data:data193};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}}if(data191.subpath !== undefined){let data194 = data191.subpath;if(typeof data194 !== "string"){const err219 = {instancePath:instancePath+"/volumes/" + i32+"/volume/subpath",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[1].properties.volume.properties.subpath.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.volume.properties.subpath,data:data194};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}}else {const err220 = {instancePath:instancePath+"/volumes/" + i32+"/volume",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.volumes.items.oneOf[1].properties.volume.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.volume,data:data191};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}if(data180.tmpfs !== undefined){let data195 = data180.tmpfs;if(data195 && typeof data195 == "object" && !Array.isArray(data195)){for(const key23 in data195){if(!(((key23 === "size") || (key23 === "mode")) || (pattern0.test(key23)))){const err221 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs,data:data195};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}if(data195.size !== undefined){let data196 = data195.size;const _errs425 = errors;let valid92 = false;let passing13 = null;const _errs426 = errors;if(!((typeof data196 == "number") && (!(data196 % 1) && !isNaN(data196)))){const err222 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0].type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0],data:data196};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}if(typeof data196 == "number"){if(data196 < 0 || isNaN(data196)){const err223 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0],data:data196};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}}var _valid13 = _errs426 === errors;if(_valid13){valid92 = true;passing13 = 0;}const _errs428 = errors;if(typeof data196 !== "string"){const err224 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[1].type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[1],data:data196};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}var _valid13 = _errs428 === errors;if(_valid13 && valid92){valid92 = false;passing13 = [passing13, 1];}else {if(_valid13){valid92 = true;passing13 = 1;}}if(!valid92){const err225 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf",schema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size,data:data196};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}else {errors = _errs425;if(vErrors !== null){if(_errs425){vErrors.length = _errs425;}else {vErrors = null;}}}}if(data195.mode !== undefined){let data197 = data195.mode;if((!(typeof data197 == "number")) && (typeof data197 !== "string")){const err226 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type},message:"must be number,string",schema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode,data:data197};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}}}else {const err227 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.tmpfs,data:data195};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}}if(data180.image !== undefined){let data198 = data180.image;if(data198 && typeof data198 == "object" && !Array.isArray(data198)){for(const key24 in data198){if(!((key24 === "subpath") || (pattern0.test(key24)))){const err228 = {instancePath:instancePath+"/volumes/" + i32+"/image",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.image,data:data198};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}}if(data198.subpath !== undefined){let data199 = data198.subpath;if(typeof data199 !== "string"){const err229 = {instancePath:instancePath+"/volumes/" + i32+"/image/subpath",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes.items.oneOf[1].properties.image.properties.subpath.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.image.properties.subpath,data:data199};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}}}else {const err230 = {instancePath:instancePath+"/volumes/" + i32+"/image",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.volumes.items.oneOf[1].properties.image.type,parentSchema:schema10.properties.volumes.items.oneOf[1].properties.image,data:data198};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}}else {const err231 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.volumes.items.oneOf[1].type,parentSchema:schema10.properties.volumes.items.oneOf[1],data:data180};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}var _valid12 = _errs389 === errors;if(_valid12 && valid87){valid87 = false;passing12 = [passing12, 1];}else {if(_valid12){valid87 = true;passing12 = 1;}}if(!valid87){const err232 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf",schema:schema10.properties.volumes.items.oneOf,parentSchema:schema10.properties.volumes.items,data:data180};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}else {errors = _errs386;if(vErrors !== null){if(_errs386){vErrors.length = _errs386;}else {vErrors = null;}}}}let i33 = data179.length;let j9;if(i33 > 1){outer1:for(;i33--;){for(j9 = i33; j9--;){if(func0(data179[i33], data179[j9])){const err233 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i33+" are identical)",schema:true,parentSchema:schema10.properties.volumes,data:data179};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;break outer1;}}}}}else {const err234 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.volumes.type,parentSchema:schema10.properties.volumes,data:data179};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}if(data.volumes_from !== undefined){let data200 = data.volumes_from;if(Array.isArray(data200)){const len24 = data200.length;for(let i34=0; i34<len24; i34++){let data201 = data200[i34];if(typeof data201 !== "string"){const err235 = {instancePath:instancePath+"/volumes_from/" + i34,schemaPath:"#/properties/volumes_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.volumes_from.items.type,parentSchema:schema10.properties.volumes_from.items,data:data201};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}}let i35 = data200.length;let j10;if(i35 > 1){const indices8 = {};for(;i35--;){let item8 = data200[i35];if(typeof item8 !== "string"){continue;}if(typeof indices8[item8] == "number"){j10 = indices8[item8];const err236 = {instancePath:instancePath+"/volumes_from",schemaPath:"#/properties/volumes_from/uniqueItems",keyword:"uniqueItems",params:{i: i35, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i35+" are identical)",schema:true,parentSchema:schema10.properties.volumes_from,data:data200};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;break;}indices8[item8] = i35;}}}else {const err237 = {instancePath:instancePath+"/volumes_from",schemaPath:"#/properties/volumes_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.volumes_from.type,parentSchema:schema10.properties.volumes_from,data:data200};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}if(data.working_dir !== undefined){let data202 = data.working_dir;if(typeof data202 !== "string"){const err238 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.working_dir.type,parentSchema:schema10.properties.working_dir,data:data202};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}}else {const err239 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}validate29.errors = vErrors;return errors === 0;}const schema27 = {"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"type":"integer"},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.model === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema27.required,parentSchema:schema27,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((key0 === "name") || (key0 === "model")) || (key0 === "context_size")) || (key0 === "runtime_flags")) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.name.type,parentSchema:schema27.properties.name,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.model !== undefined){let data1 = data.model;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.model.type,parentSchema:schema27.properties.model,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.context_size !== undefined){let data2 = data.context_size;if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){const err4 = {instancePath:instancePath+"/context_size",schemaPath:"#/properties/context_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.properties.context_size.type,parentSchema:schema27.properties.context_size,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.runtime_flags !== undefined){let data3 = data.runtime_flags;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/runtime_flags/" + i0,schemaPath:"#/properties/runtime_flags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.runtime_flags.items.type,parentSchema:schema27.properties.runtime_flags.items,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/runtime_flags",schemaPath:"#/properties/runtime_flags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.runtime_flags.type,parentSchema:schema27.properties.runtime_flags,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate102.errors = vErrors;return errors === 0;}const schema28 = {"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is 'bridge'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema28.type},message:"must be object,null",schema:schema28.type,parentSchema:schema28,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema28.properties, key0)) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.name.type,parentSchema:schema28.properties.name,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.driver !== undefined){let data1 = data.driver;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.driver.type,parentSchema:schema28.properties.driver,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.driver_opts !== undefined){let data2 = data.driver_opts;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(pattern34.test(key1)){let data3 = data2[key1];if((typeof data3 !== "string") && (!(typeof data3 == "number"))){const err4 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema28.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema28.properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema28.properties.driver_opts.patternProperties["^.+$"],data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}else {const err5 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.driver_opts.type,parentSchema:schema28.properties.driver_opts,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.ipam !== undefined){let data4 = data.ipam;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){if(!((((key2 === "driver") || (key2 === "config")) || (key2 === "options")) || (pattern0.test(key2)))){const err6 = {instancePath:instancePath+"/ipam",schemaPath:"#/properties/ipam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.ipam,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data4.driver !== undefined){let data5 = data4.driver;if(typeof data5 !== "string"){const err7 = {instancePath:instancePath+"/ipam/driver",schemaPath:"#/properties/ipam/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.ipam.properties.driver.type,parentSchema:schema28.properties.ipam.properties.driver,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.config !== undefined){let data6 = data4.config;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key3 in data7){if(!(((((key3 === "subnet") || (key3 === "ip_range")) || (key3 === "gateway")) || (key3 === "aux_addresses")) || (pattern0.test(key3)))){const err8 = {instancePath:instancePath+"/ipam/config/" + i0,schemaPath:"#/properties/ipam/properties/config/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.ipam.properties.config.items,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data7.subnet !== undefined){let data8 = data7.subnet;if(typeof data8 !== "string"){const err9 = {instancePath:instancePath+"/ipam/config/" + i0+"/subnet",schemaPath:"#/properties/ipam/properties/config/items/properties/subnet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.ipam.properties.config.items.properties.subnet.type,parentSchema:schema28.properties.ipam.properties.config.items.properties.subnet,data:data8};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data7.ip_range !== undefined){let data9 = data7.ip_range;if(typeof data9 !== "string"){const err10 = {instancePath:instancePath+"/ipam/config/" + i0+"/ip_range",schemaPath:"#/properties/ipam/properties/config/items/properties/ip_range/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.ipam.properties.config.items.properties.ip_range.type,parentSchema:schema28.properties.ipam.properties.config.items.properties.ip_range,data:data9};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data7.gateway !== undefined){let data10 = data7.gateway;if(typeof data10 !== "string"){const err11 = {instancePath:instancePath+"/ipam/config/" + i0+"/gateway",schemaPath:"#/properties/ipam/properties/config/items/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.ipam.properties.config.items.properties.gateway.type,parentSchema:schema28.properties.ipam.properties.config.items.properties.gateway,data:data10};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data7.aux_addresses !== undefined){let data11 = data7.aux_addresses;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key4 in data11){if(!(pattern34.test(key4))){const err12 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses",schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.ipam.properties.config.items.properties.aux_addresses,data:data11};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}for(const key5 in data11){if(pattern34.test(key5)){let data12 = data11[key5];if(typeof data12 !== "string"){const err13 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.ipam.properties.config.items.properties.aux_addresses.patternProperties["^.+$"].type,parentSchema:schema28.properties.ipam.properties.config.items.properties.aux_addresses.patternProperties["^.+$"],data:data12};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses",schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.ipam.properties.config.items.properties.aux_addresses.type,parentSchema:schema28.properties.ipam.properties.config.items.properties.aux_addresses,data:data11};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/ipam/config/" + i0,schemaPath:"#/properties/ipam/properties/config/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.ipam.properties.config.items.type,parentSchema:schema28.properties.ipam.properties.config.items,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/ipam/config",schemaPath:"#/properties/ipam/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.ipam.properties.config.type,parentSchema:schema28.properties.ipam.properties.config,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data4.options !== undefined){let data13 = data4.options;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key6 in data13){if(!(pattern34.test(key6))){const err17 = {instancePath:instancePath+"/ipam/options",schemaPath:"#/properties/ipam/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.ipam.properties.options,data:data13};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}for(const key7 in data13){if(pattern34.test(key7)){let data14 = data13[key7];if(typeof data14 !== "string"){const err18 = {instancePath:instancePath+"/ipam/options/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.ipam.properties.options.patternProperties["^.+$"].type,parentSchema:schema28.properties.ipam.properties.options.patternProperties["^.+$"],data:data14};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}}else {const err19 = {instancePath:instancePath+"/ipam/options",schemaPath:"#/properties/ipam/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.ipam.properties.options.type,parentSchema:schema28.properties.ipam.properties.options,data:data13};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/ipam",schemaPath:"#/properties/ipam/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.ipam.type,parentSchema:schema28.properties.ipam,data:data4};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.external !== undefined){let data15 = data.external;if(((typeof data15 !== "boolean") && (typeof data15 !== "string")) && (!(data15 && typeof data15 == "object" && !Array.isArray(data15)))){const err21 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema28.properties.external.type},message:"must be boolean,string,object",schema:schema28.properties.external.type,parentSchema:schema28.properties.external,data:data15};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key8 in data15){if(!((key8 === "name") || (pattern0.test(key8)))){const err22 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.external,data:data15};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data15.name !== undefined){let data16 = data15.name;if(typeof data16 !== "string"){const err23 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.external.properties.name.type,parentSchema:schema28.properties.external.properties.name,data:data16};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}}if(data.internal !== undefined){let data17 = data.internal;if((typeof data17 !== "boolean") && (typeof data17 !== "string")){const err24 = {instancePath:instancePath+"/internal",schemaPath:"#/properties/internal/type",keyword:"type",params:{type: schema28.properties.internal.type},message:"must be boolean,string",schema:schema28.properties.internal.type,parentSchema:schema28.properties.internal,data:data17};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.enable_ipv4 !== undefined){let data18 = data.enable_ipv4;if((typeof data18 !== "boolean") && (typeof data18 !== "string")){const err25 = {instancePath:instancePath+"/enable_ipv4",schemaPath:"#/properties/enable_ipv4/type",keyword:"type",params:{type: schema28.properties.enable_ipv4.type},message:"must be boolean,string",schema:schema28.properties.enable_ipv4.type,parentSchema:schema28.properties.enable_ipv4,data:data18};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.enable_ipv6 !== undefined){let data19 = data.enable_ipv6;if((typeof data19 !== "boolean") && (typeof data19 !== "string")){const err26 = {instancePath:instancePath+"/enable_ipv6",schemaPath:"#/properties/enable_ipv6/type",keyword:"type",params:{type: schema28.properties.enable_ipv6.type},message:"must be boolean,string",schema:schema28.properties.enable_ipv6.type,parentSchema:schema28.properties.enable_ipv6,data:data19};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.attachable !== undefined){let data20 = data.attachable;if((typeof data20 !== "boolean") && (typeof data20 !== "string")){const err27 = {instancePath:instancePath+"/attachable",schemaPath:"#/properties/attachable/type",keyword:"type",params:{type: schema28.properties.attachable.type},message:"must be boolean,string",schema:schema28.properties.attachable.type,parentSchema:schema28.properties.attachable,data:data20};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}validate104.errors = vErrors;return errors === 0;}const schema29 = {"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema29.type},message:"must be object,null",schema:schema29.type,parentSchema:schema29,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "name") || (key0 === "driver")) || (key0 === "driver_opts")) || (key0 === "external")) || (key0 === "labels")) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.name.type,parentSchema:schema29.properties.name,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.driver !== undefined){let data1 = data.driver;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.driver.type,parentSchema:schema29.properties.driver,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.driver_opts !== undefined){let data2 = data.driver_opts;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(pattern34.test(key1)){let data3 = data2[key1];if((typeof data3 !== "string") && (!(typeof data3 == "number"))){const err4 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema29.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema29.properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema29.properties.driver_opts.patternProperties["^.+$"],data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}else {const err5 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.driver_opts.type,parentSchema:schema29.properties.driver_opts,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.external !== undefined){let data4 = data.external;if(((typeof data4 !== "boolean") && (typeof data4 !== "string")) && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){const err6 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema29.properties.external.type},message:"must be boolean,string,object",schema:schema29.properties.external.type,parentSchema:schema29.properties.external,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){if(!((key2 === "name") || (pattern0.test(key2)))){const err7 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.external,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.name !== undefined){let data5 = data4.name;if(typeof data5 !== "string"){const err8 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.external.properties.name.type,parentSchema:schema29.properties.external.properties.name,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}validate107.errors = vErrors;return errors === 0;}const schema30 = {"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((((key0 === "name") || (key0 === "environment")) || (key0 === "file")) || (key0 === "external")) || (key0 === "labels")) || (key0 === "driver")) || (key0 === "driver_opts")) || (key0 === "template_driver")) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.name.type,parentSchema:schema30.properties.name,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.environment !== undefined){let data1 = data.environment;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.environment.type,parentSchema:schema30.properties.environment,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.file !== undefined){let data2 = data.file;if(typeof data2 !== "string"){const err3 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.file.type,parentSchema:schema30.properties.file,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.external !== undefined){let data3 = data.external;if(((typeof data3 !== "boolean") && (typeof data3 !== "string")) && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))){const err4 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema30.properties.external.type},message:"must be boolean,string,object",schema:schema30.properties.external.type,parentSchema:schema30.properties.external,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.name !== undefined){let data4 = data3.name;if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.external.properties.name.type,parentSchema:schema30.properties.external.properties.name,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.driver !== undefined){let data6 = data.driver;if(typeof data6 !== "string"){const err6 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.driver.type,parentSchema:schema30.properties.driver,data:data6};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.driver_opts !== undefined){let data7 = data.driver_opts;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){if(pattern34.test(key1)){let data8 = data7[key1];if((typeof data8 !== "string") && (!(typeof data8 == "number"))){const err7 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema30.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema30.properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema30.properties.driver_opts.patternProperties["^.+$"],data:data8};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}}else {const err8 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.driver_opts.type,parentSchema:schema30.properties.driver_opts,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.template_driver !== undefined){let data9 = data.template_driver;if(typeof data9 !== "string"){const err9 = {instancePath:instancePath+"/template_driver",schemaPath:"#/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.template_driver.type,parentSchema:schema30.properties.template_driver,data:data9};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate110.errors = vErrors;return errors === 0;}const schema31 = {"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "name") || (key0 === "content")) || (key0 === "environment")) || (key0 === "file")) || (key0 === "external")) || (key0 === "labels")) || (key0 === "template_driver")) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.content !== undefined){let data1 = data.content;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.content.type,parentSchema:schema31.properties.content,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.environment !== undefined){let data2 = data.environment;if(typeof data2 !== "string"){const err3 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.environment.type,parentSchema:schema31.properties.environment,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.file !== undefined){let data3 = data.file;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.file.type,parentSchema:schema31.properties.file,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.external !== undefined){let data4 = data.external;if(((typeof data4 !== "boolean") && (typeof data4 !== "string")) && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){const err5 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema31.properties.external.type},message:"must be boolean,string,object",schema:schema31.properties.external.type,parentSchema:schema31.properties.external,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.name !== undefined){let data5 = data4.name;if(typeof data5 !== "string"){const err6 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.external.properties.name.type,parentSchema:schema31.properties.external.properties.name,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}}if(data.labels !== undefined){if(!(validate36(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}if(data.template_driver !== undefined){let data7 = data.template_driver;if(typeof data7 !== "string"){const err7 = {instancePath:instancePath+"/template_driver",schemaPath:"#/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.template_driver.type,parentSchema:schema31.properties.template_driver,data:data7};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate113.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="compose_spec.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema6.properties, key0)) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema6,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.version.type,parentSchema:schema6.properties.version,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.name.type,parentSchema:schema6.properties.name,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.include !== undefined){let data2 = data.include;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate22(data2[i0], {instancePath:instancePath+"/include/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.include.type,parentSchema:schema6.properties.include,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.services !== undefined){let data4 = data.services;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(pattern1.test(key1))){const err4 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.services,data:data4};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}for(const key2 in data4){if(pattern1.test(key2)){if(!(validate29(data4[key2], {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}}}else {const err5 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.services.type,parentSchema:schema6.properties.services,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.models !== undefined){let data6 = data.models;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key3 in data6){if(pattern1.test(key3)){if(!(validate102(data6[key3], {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key3,rootData}))){vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);errors = vErrors.length;}}}}else {const err6 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.models.type,parentSchema:schema6.properties.models,data:data6};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.networks !== undefined){let data8 = data.networks;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key4 in data8){if(pattern1.test(key4)){if(!(validate104(data8[key4], {instancePath:instancePath+"/networks/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key4,rootData}))){vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);errors = vErrors.length;}}}}else {const err7 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.networks.type,parentSchema:schema6.properties.networks,data:data8};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.volumes !== undefined){let data10 = data.volumes;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key5 in data10){if(!(pattern1.test(key5))){const err8 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.volumes,data:data10};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}for(const key6 in data10){if(pattern1.test(key6)){if(!(validate107(data10[key6], {instancePath:instancePath+"/volumes/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key6,rootData}))){vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);errors = vErrors.length;}}}}else {const err9 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.volumes.type,parentSchema:schema6.properties.volumes,data:data10};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.secrets !== undefined){let data12 = data.secrets;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key7 in data12){if(!(pattern1.test(key7))){const err10 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.secrets,data:data12};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}for(const key8 in data12){if(pattern1.test(key8)){if(!(validate110(data12[key8], {instancePath:instancePath+"/secrets/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data12,parentDataProperty:key8,rootData}))){vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);errors = vErrors.length;}}}}else {const err11 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.secrets.type,parentSchema:schema6.properties.secrets,data:data12};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.configs !== undefined){let data14 = data.configs;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key9 in data14){if(!(pattern1.test(key9))){const err12 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.configs,data:data14};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}for(const key10 in data14){if(pattern1.test(key10)){if(!(validate113(data14[key10], {instancePath:instancePath+"/configs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data14,parentDataProperty:key10,rootData}))){vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);errors = vErrors.length;}}}}else {const err13 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.configs.type,parentSchema:schema6.properties.configs,data:data14};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate21.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/docker/compose.ts
/**
 * Compose files read the way `docker compose` reads them, but keeping line numbers: YAML through js-yaml's
 * event parser (src/core/yaml-source.ts: anchors and merge keys resolved, alias bombs refused), checked against the Compose Specification schema shipped in
 * data/compose-spec.json, and `*.override.yml` files merged onto their base file. Problems become
 * findings at their line; nothing here throws on bad input.
 */




// data/compose-spec.json compiled ahead of time (scripts/compile-schemas.mjs): ajv takes ~250 ms to compile it

const COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i;
/** `docker-compose*.yml` and `compose*.yaml` in the project root, sorted. */
function findComposeFiles(root) {
    try {
        return (0,external_node_fs_.readdirSync)(root)
            .filter((name) => COMPOSE_NAME.test(name))
            .sort();
    }
    catch {
        return [];
    }
}
function readComposeSource(root, file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, file), 'utf8');
    }
    catch {
        return {
            findings: [
                {
                    rule: 'compose-invalid',
                    severity: 'error',
                    message: `${file} cannot be read`,
                    file,
                    fix: 'set compose-files to the Compose files of the project',
                },
            ],
        };
    }
    let yaml;
    try {
        yaml = (0,yaml_source/* readYaml */.gM)(text, { merge: true, tags: COMPOSE_TAGS });
    }
    catch (error) {
        if (!(error instanceof yaml_source/* YamlSyntaxError */.nN))
            throw error;
        return {
            findings: [
                {
                    rule: 'compose-invalid',
                    severity: 'error',
                    message: `not valid YAML: ${error.message}`,
                    file,
                    line: error.line,
                    column: error.column,
                    fix: 'fix the YAML syntax at that position',
                },
            ],
        };
    }
    let data = yaml.data;
    if (data === null || data === undefined)
        data = {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        return {
            findings: [
                {
                    rule: 'compose-invalid',
                    severity: 'error',
                    message: 'a Compose file is a mapping with a `services:` key',
                    file,
                    line: 1,
                    fix: 'start the file with `services:`',
                },
            ],
        };
    }
    const source = { file, yaml, data: data };
    return { source, findings: schemaFindings(source) };
}
/** The line of a key path in a source (the key itself when it is a mapping key), or undefined. */
function lineIn(source, keyPath) {
    return source.yaml.lineOf(keyPath);
}
function schemaFindings(source) {
    const validate = compose_spec_validator;
    if (validate(source.data))
        return [];
    const errors = usefulErrors(validate.errors ?? []);
    return errors.slice(0, 20).map((error) => {
        const keyPath = (0,yaml_source/* keyPathOfPointer */.bU)(error.instancePath);
        const at = keyPath.join('.') || 'the top level';
        let message;
        let fix = 'see the Compose Specification: https://docs.docker.com/reference/compose-file/';
        if (error.keyword === 'additionalProperties') {
            const key = error.params.additionalProperty;
            keyPath.push(key);
            message = `unknown key '${key}' at ${at}`;
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            const near = allowed.find((candidate) => similar(candidate, key));
            if (near)
                fix = `did you mean '${near}'?`;
        }
        else if (error.keyword === 'type') {
            message = `${at} must be ${error.params.type}, found ${describe(valueAt(source.data, keyPath))}`;
        }
        else if (error.keyword === 'enum') {
            message = `${at} must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        }
        else {
            message = `${at} ${error.message ?? 'is not valid'}`;
        }
        return {
            rule: 'compose-invalid',
            severity: 'error',
            message: `${message} (docker compose refuses this file)`,
            file: source.file,
            line: lineIn(source, keyPath) ?? lineIn(source, keyPath.slice(0, -1)) ?? 1,
            fix,
        };
    });
}
/** oneOf failures repeat themselves per branch; keep the most specific error per location. */
function usefulErrors(errors) {
    const byPath = new Map();
    const rank = (e) => e.keyword === 'additionalProperties'
        ? 0
        : e.keyword === 'type'
            ? 1
            : e.keyword === 'enum'
                ? 2
                : e.keyword === 'oneOf'
                    ? 4
                    : 3;
    for (const error of errors) {
        const key = error.keyword === 'additionalProperties'
            ? `${error.instancePath}/${error.params.additionalProperty}`
            : error.instancePath;
        const seen = byPath.get(key);
        if (!seen || rank(error) < rank(seen))
            byPath.set(key, error);
    }
    // a oneOf at a path whose child already has an error adds nothing
    const paths = [...byPath.keys()];
    return [...byPath.entries()]
        .filter(([key, error]) => !(error.keyword === 'oneOf' && paths.some((p) => p !== key && p.startsWith(`${key}/`))))
        .map(([, error]) => error);
}
function similar(a, b) {
    if (a === b)
        return false;
    const x = a.toLowerCase().replace(/[-_]/g, '');
    const y = b.toLowerCase().replace(/[-_]/g, '');
    if (x === y)
        return true;
    if (Math.abs(x.length - y.length) > 2)
        return false;
    // one edit apart
    let i = 0;
    while (i < x.length && x[i] === y[i])
        i++;
    return x.slice(i + 1) === y.slice(i + 1) || x.slice(i) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i);
}
function valueAt(data, keyPath) {
    let value = data;
    for (const key of keyPath) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = Array.isArray(value) ? value[Number(key)] : value[key];
    }
    return value;
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** Groups files into projects: `X.override.yml` (and `X.ci.yml`-style files named by the caller) merge onto X. */
function composeProjects(sources, overrides = []) {
    const isOverride = (file) => /\.override\.ya?ml$/i.test(file) || overrides.includes(file);
    const projects = [];
    for (const base of sources.filter((s) => !isOverride(s.file))) {
        const stem = base.file.replace(/\.ya?ml$/i, '');
        const extra = sources.filter((s) => s !== base && isOverride(s.file) && (s.file.startsWith(`${stem}.`) || overrides.includes(s.file)));
        projects.push(project([base, ...extra]));
    }
    // an override whose base was not given is still checked on its own
    for (const lone of sources.filter((s) => isOverride(s.file))) {
        if (!projects.some((p) => p.files.includes(lone)))
            projects.push(project([lone]));
    }
    return projects;
}
function project(files) {
    const names = new Set();
    for (const source of files) {
        const services = source.data.services;
        if (services && typeof services === 'object' && !Array.isArray(services))
            for (const name of Object.keys(services))
                names.add(name);
    }
    const services = [...names].map((name) => {
        const defining = files.filter((f) => isObject(f.data.services?.[name]));
        let spec = {};
        for (const source of defining)
            spec = merge(spec, source.data.services[name]);
        return {
            name,
            spec,
            at: (...keyPath) => {
                for (const source of [...defining].reverse()) {
                    const line = lineIn(source, ['services', name, ...keyPath]);
                    if (line !== undefined)
                        return { file: source.file, line };
                }
                const first = defining[0] ?? files[0];
                return { file: first.file, line: lineIn(first, ['services', name]) ?? 1 };
            },
        };
    });
    const volumes = new Set();
    for (const source of files) {
        const top = source.data.volumes;
        if (isObject(top))
            for (const name of Object.keys(top))
                volumes.add(name);
    }
    return { file: files[0].file, files, services, volumes };
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Compose's merge: mappings merge key by key, everything else is replaced. */
function merge(base, override) {
    const out = { ...base };
    for (const [key, value] of Object.entries(override)) {
        const current = out[key];
        out[key] = isObject(current) && isObject(value) && !REPLACING.has(value) ? merge(current, value) : value;
    }
    return out;
}
/**
 * Values an override file tags `!reset` or `!override`: they replace what the base file says instead of merging
 * with it (https://docs.docker.com/reference/compose-file/merge/#reset-value).
 */
const REPLACING = new WeakSet();
function replacing(value) {
    REPLACING.add(value);
    return value;
}
const composeSequence = (tag) => (0,js_yaml/* defineSequenceTag */.NE)(tag, {
    create: () => [],
    addItem: (items, item) => {
        items.push(item);
    },
    finalize: replacing,
    identify: () => false,
});
const composeMapping = (tag) => (0,js_yaml/* defineMappingTag */.bH)(tag, {
    create: () => ({}),
    addPair: (entries, key, value) => {
        entries[String(key)] = value;
        return '';
    },
    has: (entries, key) => Object.hasOwn(entries, String(key)),
    keys: (entries) => Object.keys(entries),
    get: (entries, key) => entries[String(key)],
    finalize: replacing,
    identify: () => false,
});
/** Compose's own YAML tags: `!reset` (a scalar, list or mapping) and `!override` (a list or mapping). */
const COMPOSE_TAGS = [
    (0,js_yaml/* defineScalarTag */.Gf)('!reset', {
        // `!reset null` / `!reset ""` removes the attribute; any other scalar replaces it
        resolve: (source) => (source === '' || source === 'null' || source === '~' ? null : source),
        identify: () => false,
    }),
    composeSequence('!reset'),
    composeMapping('!reset'),
    composeSequence('!override'),
    composeMapping('!override'),
];


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

/***/ 6671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ dockerBuildTestSettings),
/* harmony export */   e: () => (/* binding */ DOCKER_BUILD_TEST_KEYS)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3750);
/* harmony import */ var _sizes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4178);



const DOCKER_BUILD_TEST_KEYS = [
    'dockerfile',
    'context',
    'compose-files',
    'compose-override',
    'service',
    'host-memory',
    'memory-headroom',
    'build',
    'smoke',
    'compose-up',
    'tag',
    'build-args',
    'memory',
    'cpus',
    'port',
    'health-path',
    'smoke-timeout',
    'build-timeout',
    'exclude',
];
function dockerBuildTestSettings(root, section = {}, overrides = {}, defaults = {}) {
    const value = (key) => overrides[key] ?? section[key];
    const bytes = (key) => {
        const raw = value(key);
        if (raw === undefined || raw === null || raw === '')
            return undefined;
        const parsed = (0,_sizes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBytes */ .z_)(raw);
        if (parsed === undefined || parsed === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `${key} must be a size like 1G or 512M, found '${String(raw)}'`, {
                fix: 'write bytes with a unit: 1G, 2048M, 512m',
            });
        }
        return parsed;
    };
    const seconds = (key, fallback) => {
        const raw = value(key);
        if (raw === undefined || raw === null || raw === '')
            return fallback;
        const n = Number(raw);
        if (!Number.isFinite(n) || n <= 0 || n > 7200) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `${key} must be seconds between 1 and 7200, found '${String(raw)}'`);
        }
        return n;
    };
    const cpusRaw = value('cpus');
    const cpus = cpusRaw === undefined || cpusRaw === '' ? undefined : (0,_sizes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCpus */ .xX)(cpusRaw);
    if (cpusRaw !== undefined && cpusRaw !== '' && (cpus === undefined || cpus === 0)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `cpus must be a number of CPUs like 0.5, found '${String(cpusRaw)}'`);
    }
    const portRaw = value('port');
    const port = portRaw === undefined || portRaw === '' ? undefined : Number(portRaw);
    if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `port must be a TCP port number, found '${String(portRaw)}'`);
    }
    const healthPath = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('health-path'), 'health-path');
    if (healthPath !== undefined && !healthPath.startsWith('/')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `health-path must start with /, found '${healthPath}'`);
    }
    const smoke = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(value('smoke'), 'smoke', defaults.smoke ?? false);
    const composeUp = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(value('compose-up'), 'compose-up', false);
    const headroom = bytes('memory-headroom') ?? 128 * 1024 ** 2;
    const hostMemory = bytes('host-memory');
    if (hostMemory !== undefined && headroom >= hostMemory) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `memory-headroom (${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(headroom)}) must be less than host-memory (${(0,_sizes_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(hostMemory)})`);
    }
    return {
        root,
        dockerfile: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('dockerfile'), 'dockerfile') || 'Dockerfile',
        context: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('context'), 'context') || undefined,
        composeFiles: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn)(value('compose-files'), 'compose-files'),
        composeOverride: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('compose-override'), 'compose-override') || undefined,
        service: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('service'), 'service') || undefined,
        hostMemory,
        memoryHeadroom: headroom,
        // a smoke run needs an image: asking for one builds it
        build: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(value('build'), 'build', defaults.build ?? false) || smoke,
        smoke,
        composeUp,
        tag: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(value('tag'), 'tag') || undefined,
        buildArgs: pairs(value('build-args'), 'build-args'),
        memory: bytes('memory'),
        cpus,
        port,
        healthPath,
        smokeTimeout: seconds('smoke-timeout', 90),
        buildTimeout: seconds('build-timeout', 1200),
        exclude: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn)(value('exclude'), 'exclude') ?? [],
    };
}
/** `A=1,B=2` (or newline-separated) or a mapping. */
function pairs(raw, key) {
    if (raw === undefined || raw === null || raw === '')
        return {};
    if (typeof raw === 'object' && !Array.isArray(raw)) {
        return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)]));
    }
    const list = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn)(raw, key) ?? [];
    return Object.fromEntries(list.map((pair) => {
        const eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShipcheckError */ .b('input', `${key} entries look like NAME=value, found '${pair}'`);
        }
        return [pair.slice(0, eq).trim(), pair.slice(eq + 1)];
    }));
}


/***/ }),

/***/ 4178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xX: () => (/* binding */ parseCpus),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   z_: () => (/* binding */ parseBytes)
/* harmony export */ });
/** Docker's byte sizes (`512m`, `1G`, `1gb`, `268435456`) and CPU counts (`0.5`, `"1.5"`). */
const UNITS = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/** Bytes, or undefined when the text is not a size (e.g. an unexpanded `${MEM}`). */
function parseBytes(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const match = /^\s*(\d+(?:\.\d+)?)\s*([bkmgt]?)(?:i?b)?\s*$/i.exec(value);
    if (!match)
        return undefined;
    return Math.round(Number(match[1]) * UNITS[match[2].toLowerCase()]);
}
function parseCpus(value) {
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
    return Number.isFinite(n) && n >= 0 ? n : undefined;
}
/** `320M`, `1.5G`: the shortest exact-enough spelling for a message. */
function formatBytes(bytes) {
    for (const [unit, size] of [
        ['G', 1024 ** 3],
        ['M', 1024 ** 2],
        ['K', 1024],
    ]) {
        if (bytes >= size) {
            const value = bytes / size;
            return `${Number.isInteger(value) ? value : value.toFixed(value < 10 ? 2 : 1).replace(/\.?0+$/, '')}${unit}`;
        }
    }
    return `${bytes}B`;
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


/***/ })

};
