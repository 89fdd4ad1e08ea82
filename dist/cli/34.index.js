export const id = 34;
export const ids = [34,680];
export const modules = {

/***/ 5034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSshDeploy: () => (/* binding */ runSshDeploy)
});

// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(8401);
// EXTERNAL MODULE: ./src/config/fail-on.ts
var fail_on = __webpack_require__(5892);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/secrets.ts
var core_secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/config/values.ts
var values = __webpack_require__(3750);
// EXTERNAL MODULE: ./src/ssh/settings.ts
var ssh_settings = __webpack_require__(2313);
;// CONCATENATED MODULE: ./src/deploy/settings.ts




/** ssh-deploy's own inputs (the connection inputs of src/ssh/settings.ts come with them). */
const SSH_DEPLOY_OWN_KEYS = [
    'app-dir',
    'repo',
    'ref',
    'compose-file',
    'project-name',
    'shared-files',
    'env',
    'health-url',
    'health-command',
    'health-timeout',
    'migrate-command',
    'backup-database-url',
    'backup-service',
    'backup-keep',
    'keep',
    'lock-timeout',
    'lock-stale-after',
    'command-timeout',
    'batch-size',
    'canary',
    'rollback-to',
];
const SSH_DEPLOY_KEYS = [...ssh_settings/* SSH_CONNECTION_KEYS */.RH, ...SSH_DEPLOY_OWN_KEYS];
const SHA = /^[0-9a-f]{40}$/;
function seconds(raw, key, fallback) {
    if (raw === undefined || raw === null || raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) {
        throw new errors/* ShipcheckError */.b('input', `${key} must be a number of seconds > 0, found '${String(raw)}'`);
    }
    return value;
}
function count(raw, key, fallback, min = 1) {
    if (raw === undefined || raw === null || raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
        throw new errors/* ShipcheckError */.b('input', `${key} must be a whole number >= ${min}, found '${String(raw)}'`);
    }
    return value;
}
/** A commit SHA exactly: refs are resolved before the deploy, never on the server. */
function parseSha(raw, key) {
    const value = raw.trim();
    if (!SHA.test(value.toLowerCase())) {
        throw new errors/* ShipcheckError */.b('input', `${key} must be a full 40-character commit SHA, found '${value.slice(0, 60)}${value.length > 60 ? '…' : ''}'`, { fix: 'pass the commit itself, e.g. ${{ github.sha }} or $(git rev-parse HEAD)' });
    }
    return value.toLowerCase();
}
function appDirValue(raw) {
    if (!raw) {
        throw new errors/* ShipcheckError */.b('input', 'app-dir is empty', {
            fix: 'set app-dir to the folder on the server that holds the app, e.g. /srv/myapp or ~/myapp',
        });
    }
    if (/[\n\r\0]/.test(raw))
        throw new errors/* ShipcheckError */.b('input', 'app-dir must be one line');
    if (!raw.startsWith('/') && !raw.startsWith('~/')) {
        throw new errors/* ShipcheckError */.b('input', `app-dir must be absolute or start with ~/, found '${raw}'`);
    }
    if (raw.split('/').includes('..'))
        throw new errors/* ShipcheckError */.b('input', `app-dir must not contain '..'`);
    return raw.replace(/\/+$/, '') || '/';
}
function repoValue(raw) {
    const fromRunner = process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY
        ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}.git`
        : undefined;
    const repo = raw || fromRunner;
    if (!repo) {
        throw new errors/* ShipcheckError */.b('input', 'repo is empty', {
            fix: 'set repo to the git URL the server fetches from (git@github.com:owner/app.git) or a path on the server',
        });
    }
    if (/[\n\r\0]/.test(repo) || repo.startsWith('-') || /^ext::/i.test(repo)) {
        throw new errors/* ShipcheckError */.b('input', `repo is not a git URL or path: '${repo}'`, {
            fix: 'use https://, ssh://, git@host:path or an absolute path',
        });
    }
    (0,core_secrets/* registerUrlSecrets */.AI)(repo);
    return repo;
}
function serviceName(raw) {
    if (!raw)
        return undefined;
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(raw)) {
        throw new errors/* ShipcheckError */.b('input', `backup-service must be a Compose service name, found '${raw}'`);
    }
    return raw;
}
function relativePath(value, key) {
    const clean = value.replace(/\/+$/, '');
    if (!clean || clean.startsWith('/') || clean.split('/').includes('..') || /[\n\r\0]/.test(clean)) {
        throw new errors/* ShipcheckError */.b('input', `${key}: '${value}' must be a path inside the release (no /, no ..)`);
    }
    return clean;
}
function deploySettings(root, section = {}, overrides = {}, secrets = {}, mode = 'deploy') {
    const value = (key) => overrides[key] ?? section[key];
    const ssh = (0,ssh_settings/* sshSettings */.OA)(root, section, overrides, secrets);
    const appDirRaw = (0,values/* optionalString */.sx)(value('app-dir'), 'app-dir');
    // every host object may name its own app-dir; the top-level one is needed only for those that do not
    const everyHostHasOne = ssh.hostExtras.every((extra) => extra['app-dir'] !== undefined);
    const appDir = appDirRaw || !everyHostHasOne ? appDirValue(appDirRaw) : '';
    const rollbackRaw = (0,values/* optionalString */.sx)(value('rollback-to'), 'rollback-to');
    if (mode === 'rollback' && !rollbackRaw) {
        throw new errors/* ShipcheckError */.b('input', 'rollback needs a target: previous or a 40-character commit SHA', {
            fix: 'pass --to previous (CLI) or rollback-to: previous (action)',
        });
    }
    const rollbackTo = rollbackRaw === undefined || rollbackRaw === ''
        ? undefined
        : rollbackRaw === 'previous'
            ? 'previous'
            : parseSha(rollbackRaw, 'rollback-to');
    const refRaw = (0,values/* optionalString */.sx)(value('ref'), 'ref') || process.env.GITHUB_SHA;
    const ref = refRaw ? parseSha(refRaw, 'ref') : undefined;
    if (!ref && !rollbackTo && mode === 'deploy') {
        throw new errors/* ShipcheckError */.b('input', 'ref is empty: which commit should the server run?', {
            fix: 'set ref to the full commit SHA (the action defaults to GITHUB_SHA)',
        });
    }
    const projectOf = (raw, dir, key) => {
        const name = (0,values/* optionalString */.sx)(raw, key) || (dir.split('/').pop() || 'app').toLowerCase().replace(/[^a-z0-9_-]/g, '');
        if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
            throw new errors/* ShipcheckError */.b('input', `${key} must be lowercase letters, digits, - and _, found '${name}'`);
        }
        return name;
    };
    const project = appDir ? projectOf(value('project-name'), appDir, 'project-name') : '';
    const layouts = ssh.hostExtras.map((extra, index) => {
        for (const name of Object.keys(extra)) {
            if (name !== 'app-dir' && name !== 'project-name') {
                throw new errors/* ShipcheckError */.b('input', `hosts[${index}] has an unknown key '${name}'`, {
                    fix: 'a host object may set host, user, port, key-file, known-hosts, host-key-fingerprint, app-dir and project-name',
                });
            }
        }
        const dir = extra['app-dir'] === undefined
            ? appDir
            : appDirValue((0,values/* optionalString */.sx)(extra['app-dir'], `hosts[${index}].app-dir`));
        const name = extra['project-name'] === undefined && extra['app-dir'] === undefined
            ? project
            : projectOf(extra['project-name'], dir, `hosts[${index}].project-name`);
        return { appDir: dir, project: name };
    });
    const env = {};
    for (const name of (0,values/* stringList */.Yn)(value('env'), 'env') ?? []) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new errors/* ShipcheckError */.b('input', `env lists variable names; '${name}' is not one`);
        }
        const envValue = process.env[name];
        // a rollback starts releases that were migrated already: a variable only the deploy step sets is not needed
        if (envValue === undefined && (mode !== 'deploy' || rollbackTo))
            continue;
        if (envValue === undefined) {
            throw new errors/* ShipcheckError */.b('input', `env names ${name}, which is not set in this job`, {
                fix: `set it in the step's env: (e.g. ${name}: \${{ secrets.${name} }}) or remove it from env`,
            });
        }
        (0,core_secrets/* registerSecret */.cl)(envValue);
        env[name] = envValue;
    }
    const batch = (0,values/* optionalString */.sx)(value('batch-size'), 'batch-size');
    const hosts = ssh.targets.length;
    let batchSize = hosts;
    if (batch) {
        const percent = /^(\d{1,3})%$/.exec(batch);
        batchSize = percent
            ? Math.max(1, Math.ceil((hosts * Number(percent[1])) / 100))
            : count(batch, 'batch-size', hosts);
    }
    const backupDatabaseUrl = (0,values/* optionalString */.sx)(value('backup-database-url'), 'backup-database-url') || undefined;
    if (backupDatabaseUrl) {
        (0,core_secrets/* registerUrlSecrets */.AI)(backupDatabaseUrl);
        if (!/^(mysql|mariadb):\/\//.test(backupDatabaseUrl)) {
            throw new errors/* ShipcheckError */.b('input', 'backup-database-url must be mysql://user:password@host:port/database', {
                fix: 'the address as the server sees it, e.g. mysql://backup:***@127.0.0.1:3306/app',
            });
        }
    }
    return {
        ssh,
        appDir: appDir || layouts[0].appDir,
        repo: mode === 'deploy' ? repoValue((0,values/* optionalString */.sx)(value('repo'), 'repo')) : '',
        ref,
        composeFiles: ((0,values/* stringList */.Yn)(value('compose-file'), 'compose-file') ?? ['docker-compose.yml']).map((f) => relativePath(f, 'compose-file')),
        project: project || layouts[0].project,
        sharedFiles: ((0,values/* stringList */.Yn)(value('shared-files'), 'shared-files') ?? ['.env']).map((f) => relativePath(f, 'shared-files')),
        env,
        healthUrl: (0,values/* optionalString */.sx)(value('health-url'), 'health-url') || undefined,
        healthCommand: (0,values/* optionalString */.sx)(value('health-command'), 'health-command') || undefined,
        healthTimeout: seconds(value('health-timeout'), 'health-timeout', 120),
        migrateCommand: (0,values/* optionalString */.sx)(value('migrate-command'), 'migrate-command') || undefined,
        backupDatabaseUrl,
        backupService: serviceName((0,values/* optionalString */.sx)(value('backup-service'), 'backup-service')),
        backupKeep: count(value('backup-keep'), 'backup-keep', 5),
        keep: count(value('keep'), 'keep', 5, 2),
        lockTimeout: seconds(value('lock-timeout'), 'lock-timeout', 600),
        lockStaleAfter: seconds(value('lock-stale-after'), 'lock-stale-after', 3600),
        commandTimeout: seconds(value('command-timeout'), 'command-timeout', 1800),
        batchSize,
        canary: (0,values/* bool */.lc)(value('canary'), 'canary', false),
        rollbackTo,
        layouts,
        actor: process.env.GITHUB_ACTOR || process.env.USER || undefined,
        runUrl: process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY && process.env.GITHUB_RUN_ID
            ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
            : undefined,
    };
}

// EXTERNAL MODULE: ./src/ssh/connection.ts + 3 modules
var connection = __webpack_require__(4680);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/deploy/ledger.ts
/**
 * The release ledger, `.shipcheck/releases.jsonl` on each server: one JSON object per release, newest last.
 * Only ever rewritten whole (a temporary file renamed over it) while the lock is held.
 *
 * Status: `active` is what `current` points at; `previous` is the rollback target; `inactive` is an older
 * good release; `failed` never passed its health gate; `rolled-back` was active until a rollback replaced it.
 */

const RELEASE_STATUSES = ['active', 'previous', 'inactive', 'failed', 'rolled-back'];
function parseLedger(text) {
    const releases = [];
    const skipped = [];
    text.split('\n').forEach((line, index) => {
        if (!line.trim())
            return;
        try {
            const value = JSON.parse(line);
            if (typeof value.sha === 'string' &&
                SHA.test(value.sha) &&
                RELEASE_STATUSES.includes(String(value.status))) {
                releases.push({
                    ...value,
                    composeFiles: Array.isArray(value.composeFiles) ? value.composeFiles.map(String) : [],
                    images: Array.isArray(value.images) ? value.images.map(String) : [],
                });
                return;
            }
        }
        catch {
            // fall through
        }
        skipped.push(index + 1);
    });
    return { releases, skipped };
}
function serializeLedger(releases) {
    return releases.map((release) => JSON.stringify(release)).join('\n') + (releases.length ? '\n' : '');
}
function activeRelease(releases) {
    return releases.find((release) => release.status === 'active');
}
/**
 * What `rollback to previous` means: the newest release that is not the active one, never failed or rolled
 * back, and still on disk. The `previous` mark wins when present.
 */
function rollbackTarget(releases) {
    const usable = releases.filter((release) => !release.pruned && (release.status === 'previous' || release.status === 'inactive'));
    return usable.find((release) => release.status === 'previous') ?? usable.at(-1);
}
/**
 * The ledger after `sha` became active: the one active before becomes `previous` (or `rolled-back` when
 * this is a rollback), any other `previous` becomes `inactive`. The release moves to the end (newest).
 */
function markActive(releases, entry, options = {}) {
    const now = options.now ?? new Date().toISOString();
    const existing = releases.find((release) => release.sha === entry.sha);
    const rest = releases
        .filter((release) => release.sha !== entry.sha)
        .map((release) => {
        if (release.status === 'active') {
            return { ...release, status: options.rollback ? 'rolled-back' : 'previous', updated: now };
        }
        if (release.status === 'previous')
            return { ...release, status: 'inactive', updated: now };
        return release;
    });
    const active = {
        ...existing,
        ...entry,
        time: existing?.time ?? entry.time,
        status: 'active',
        updated: now,
        reason: undefined,
        pruned: undefined,
    };
    let result = [...rest, active];
    if (options.rollback && !result.some((release) => release.status === 'previous')) {
        // after a rollback the next rollback target is the newest other good release
        const target = rollbackTarget(result.filter((release) => release.sha !== entry.sha));
        if (target)
            result = result.map((r) => (r === target ? { ...r, status: 'previous' } : r));
    }
    return result;
}
function markFailed(releases, entry, reason, now = new Date().toISOString()) {
    const existing = releases.find((release) => release.sha === entry.sha);
    if (existing?.status === 'active') {
        // redeploying the active commit failed its gate: it stays what current points at
        return releases.map((r) => (r === existing ? { ...r, reason, updated: now } : r));
    }
    return [
        ...releases.filter((release) => release.sha !== entry.sha),
        { ...existing, ...entry, time: existing?.time ?? entry.time, status: 'failed', reason, updated: now },
    ];
}
/** Releases beyond the newest `keep` that are safe to remove: never active, never the rollback target. */
function releasesToPrune(releases, keep) {
    const target = rollbackTarget(releases);
    const onDisk = releases.filter((release) => !release.pruned);
    const excess = onDisk.slice(0, Math.max(0, onDisk.length - keep));
    return excess.filter((release) => release.status !== 'active' && release !== target);
}
function markPruned(releases, pruned) {
    const gone = new Set(pruned.map((release) => release.sha));
    return releases.map((release) => (gone.has(release.sha) ? { ...release, pruned: true } : release));
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/deploy/probe.ts
/**
 * The HTTP health probe of the deploy gate. A URL on the server's own loopback (http://127.0.0.1:8000/health,
 * the usual case behind nginx) is requested through the SSH connection (forwardOut), so the app need not be
 * reachable from the runner; any other URL is requested directly. Every request has a timeout.
 */



const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;
function isServerLocal(url) {
    return LOOPBACK.test(url.hostname);
}
async function probeUrl(raw, forwardOut, timeoutMs = 5000) {
    const url = new URL(raw);
    const secure = url.protocol === 'https:';
    const port = Number(url.port || (secure ? 443 : 80));
    const tunnel = isServerLocal(url);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return new Promise((resolve) => {
        const done = (result) => {
            clearTimeout(timer);
            resolve(result);
        };
        const options = {
            method: 'GET',
            host,
            port,
            path: `${url.pathname}${url.search}`,
            headers: { 'user-agent': 'shipcheck-deploy-gate', host: url.host, connection: 'close' },
        };
        if (tunnel) {
            options.createConnection = ((_options, callback) => {
                forwardOut(host, port).then((stream) => callback(null, secure ? external_node_tls_default().connect({ socket: stream, servername: host }) : stream), (error) => callback(error));
                return undefined;
            });
        }
        const request = (secure ? (external_node_https_default()) : (external_node_http_default())).request(options, (response) => {
            response.resume();
            const status = response.statusCode ?? 0;
            done({ ok: status >= 200 && status < 300, detail: `HTTP ${status}` });
        });
        const timer = setTimeout(() => {
            request.destroy();
            done({ ok: false, detail: `no answer within ${timeoutMs / 1000} s` });
        }, timeoutMs);
        request.on('error', (error) => done({ ok: false, detail: error.code ?? error.message }));
        request.end();
    });
}

;// CONCATENATED MODULE: ./src/deploy/scripts.ts
/**
 * The scripts ssh-deploy runs on the server. Each is a constant: every value (paths, the SHA, the repo URL,
 * the ledger) arrives as an environment variable over stdin (src/ssh/remote-script.ts) and is only ever
 * expanded inside double quotes, so nothing a user or a commit supplies is parsed as shell.
 *
 * Server layout under APP_DIR:
 *   repo.git/                      bare mirror the releases are worktrees of
 *   releases/<sha>/                exactly that commit (git worktree, HEAD verified)
 *   shared/                        files linked into every release (.env, uploads/)
 *   current -> releases/<sha>      the active release, switched with one rename
 *   backups/<time>-<sha>.sql.gz    database backups taken before migrations
 *   .shipcheck/releases.jsonl      the ledger
 *   .shipcheck/lock/               held while a deploy or rollback runs (owner.json, pid, since, token)
 */
/** Every script starts here: APP_DIR with `~/` expanded, the compose project and command fixed. */
const PRELUDE = `set -u
case "$APP_DIR" in "~/"*) APP_DIR="$HOME/\${APP_DIR#"~/"}" ;; esac
export COMPOSE_PROJECT_NAME="$PROJECT"
compose() { if [ "$COMPOSE_CMD" = v2 ]; then docker compose "$@"; else docker-compose "$@"; fi; }
`;
const script = (body) => `${PRELUDE}${body}`;
/** key=value facts about the host: tools, memory, swap, free disk where APP_DIR lives (the slow probes in parallel). */
const PREFLIGHT = script(`
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
if command -v docker >/dev/null 2>&1; then
  ( if out=$(docker version --format '{{.Server.Version}}' 2>&1); then echo "docker=$out"; else echo "docker_error=$(printf '%s' "$out" | tail -n 1)"; fi ) > "$t/docker" &
  ( if docker compose version >/dev/null 2>&1; then echo "compose=v2 $(docker compose version --short 2>/dev/null)"; fi ) > "$t/compose2" &
fi
if command -v docker-compose >/dev/null 2>&1; then
  ( echo "compose=v1 $(docker-compose version --short 2>/dev/null)" ) > "$t/compose1" &
fi
if command -v git >/dev/null 2>&1; then echo "git=$(git --version)"; fi
awk '/^MemTotal:/{print "mem_kb=" $2} /^SwapTotal:/{print "swap_kb=" $2}' /proc/meminfo
d="$APP_DIR"; while [ ! -d "$d" ]; do d=$(dirname "$d"); done
df -Pk "$d" | awk 'NR==2{print "disk_free_kb=" $4}'
echo "nproc=$(nproc 2>/dev/null || echo 1)"
wait
# v2 last: it wins when both are installed
cat "$t/docker" "$t/compose1" "$t/compose2" 2>/dev/null || true
`);
/**
 * Takes the lock and then holds it: prints LOCKED, then a heartbeat every 2 s for as long as the deploy
 * runs. The lock records this shell's PID; when the runner dies, the connection closes, the next heartbeat
 * write fails and the shell ends, so a waiting deploy sees the holder gone and takes the lock over.
 * Exit 75 with `HELD <owner>` when LOCK_TIMEOUT passes.
 */
const LOCK_KEEPER = script(`
mkdir -p "$APP_DIR/.shipcheck"
lock="$APP_DIR/.shipcheck/lock"
deadline=$(( $(date +%s) + LOCK_TIMEOUT ))
reported=""
while :; do
  if mkdir "$lock" 2>/dev/null; then
    printf '%s\\n' "$LOCK_TOKEN" > "$lock/token"
    printf '{"pid":%s,%s\\n' "$$" "\${LOCK_OWNER#\\{}" > "$lock/owner.json"
    date +%s > "$lock/since"
    printf '%s\\n' "$$" > "$lock/pid"
    echo LOCKED
    while :; do sleep 2; echo .; done
  fi
  holder=$(cat "$lock/pid" 2>/dev/null || true)
  since=$(cat "$lock/since" 2>/dev/null || stat -c %Y "$lock" 2>/dev/null || echo 0)
  owner=$(head -c 2000 "$lock/owner.json" 2>/dev/null | tr -d '\\n' || true)
  now=$(date +%s)
  if [ -n "$holder" ] && [ ! -d "/proc/$holder" ]; then
    echo "TAKEOVER gone $owner"; rm -rf "$lock"; continue
  fi
  if [ $(( now - since )) -gt "$LOCK_STALE" ]; then
    echo "TAKEOVER stale $owner"; rm -rf "$lock"; continue
  fi
  if [ "$now" -ge "$deadline" ]; then echo "HELD $owner"; exit 75; fi
  if [ "$owner" != "$reported" ]; then echo "WAITING $owner"; reported=$owner; fi
  sleep 1
done
`);
/** Removes the lock only if it is still ours (a takeover gave it to someone else). */
const UNLOCK = script(`
lock="$APP_DIR/.shipcheck/lock"
if [ "$(cat "$lock/token" 2>/dev/null)" = "$LOCK_TOKEN" ]; then rm -rf "$lock"; echo released; fi
`);
/** The ledger, then the target of `current`, after a marker line. */
const READ_STATE = script(`
cat "$APP_DIR/.shipcheck/releases.jsonl" 2>/dev/null || true
echo __shipcheck_current__
readlink "$APP_DIR/current" 2>/dev/null || true
`);
/** Fetches exactly SHA into the mirror and makes releases/SHA a worktree whose HEAD is SHA. */
const FETCH = script(`
cd "$APP_DIR"
mkdir -p releases shared .shipcheck
export GIT_TERMINAL_PROMPT=0 GIT_ALLOW_PROTOCOL=file:git:http:https:ssh
[ -d repo.git ] || git init --quiet --bare repo.git
if ! git --git-dir=repo.git cat-file -e "$SHA^{commit}" 2>/dev/null; then
  if ! git --git-dir=repo.git fetch --quiet --force --no-tags -- "$REPO" "$SHA" 2>/dev/null; then
    git --git-dir=repo.git fetch --quiet --force --no-tags -- "$REPO" '+refs/heads/*:refs/heads/*'
  fi
fi
if ! git --git-dir=repo.git cat-file -e "$SHA^{commit}" 2>/dev/null; then
  echo "commit $SHA is not in the repository" >&2; exit 3
fi
rel="releases/$SHA"
if [ -d "$rel" ] && [ "$(git -C "$rel" rev-parse HEAD 2>/dev/null)" = "$SHA" ]; then
  git -C "$rel" reset --quiet --hard "$SHA"
  echo "reused=1"
else
  rm -rf "$rel"
  git --git-dir=repo.git worktree prune
  git --git-dir=repo.git worktree add --quiet --detach "$rel" "$SHA"
fi
echo "head=$(git -C "$rel" rev-parse HEAD)"
`);
/**
 * Links each SHARED entry (one per line) of the release to APP_DIR/shared. The first deploy seeds shared/
 * from the release when the release has the file and shared/ does not.
 */
const LINK_SHARED = script(`
cd "$APP_DIR"
rel="$APP_DIR/releases/$SHA"
printf '%s\\n' "$SHARED" | while IFS= read -r item; do
  [ -n "$item" ] || continue
  src="$APP_DIR/shared/$item"
  if [ ! -e "$src" ] && [ ! -L "$rel/$item" ] && [ -e "$rel/$item" ]; then
    mkdir -p "$(dirname "$src")"; cp -a "$rel/$item" "$src"; echo "seeded $item"
  fi
  if [ ! -e "$src" ]; then echo "missing $item"; continue; fi
  mkdir -p "$(dirname "$rel/$item")"
  rm -rf "$rel/$item"
  ln -s "$src" "$rel/$item"
  echo "linked $item"
done
`);
/** The resolved Compose model of the release (its own files only), for the image override. */
const COMPOSE_CONFIG = script(`
cd "$APP_DIR/releases/$SHA"
compose config
`);
/** Exit 0 when the release's override is in place and every image tagged with its SHA exists. */
const IMAGES_PRESENT = script(`
[ -f "$APP_DIR/releases/$SHA/.shipcheck-compose.yml" ] || exit 1
for image in $IMAGES; do docker image inspect "$image" >/dev/null 2>&1 || exit 1; done
`);
/** Writes the image override, then builds unless every image tagged with this SHA already exists. */
const BUILD = script(`
cd "$APP_DIR/releases/$SHA"
printf '%s' "$OVERRIDE" > .shipcheck-compose.yml
missing=0
for image in $IMAGES; do docker image inspect "$image" >/dev/null 2>&1 || missing=1; done
if [ -n "$IMAGES" ] && [ "$missing" = 0 ]; then echo "built=cached"; exit 0; fi
compose build
echo "built=yes"
`);
/**
 * mysqldump on the host, or inside the Compose service BACKUP_SERVICE (the db container, with its own client),
 * gzipped into backups/, verified to be a complete dump, older backups beyond BACKUP_KEEP removed. A password
 * never reaches a command line: MYSQL_PWD on the host; inside the container it is read from stdin (with a URL) or
 * taken from the container's own MYSQL_ROOT_PASSWORD / MARIADB_ROOT_PASSWORD (without one: --all-databases).
 */
const BACKUP = script(`
mkdir -p "$APP_DIR/backups"
name="$APP_DIR/backups/$(date -u +%Y%m%dT%H%M%SZ)-$BACKUP_LABEL.sql.gz"
flags="--single-transaction --routines --triggers --no-tablespaces"
if [ -n "$BACKUP_SERVICE" ]; then
  cd "$APP_DIR/releases/$SHA"
  if [ -n "$DB_HOST" ]; then
    printf '%s\\n' "$DB_PASSWORD" | compose exec -T "$BACKUP_SERVICE" sh -c 'IFS= read -r MYSQL_PWD; export MYSQL_PWD; exec mysqldump '"$flags"' --host="$1" --port="$2" --user="$3" -- "$4"' sh "$DB_HOST" "$DB_PORT" "$DB_USER" "$DB_NAME" | gzip -c > "$name.part"
  else
    compose exec -T "$BACKUP_SERVICE" sh -c 'MYSQL_PWD="\${MYSQL_ROOT_PASSWORD:-$MARIADB_ROOT_PASSWORD}" exec mysqldump '"$flags"' --user=root --all-databases' </dev/null | gzip -c > "$name.part"
  fi
else
  command -v mysqldump >/dev/null 2>&1 || { echo "mysqldump is not installed on the host (or set backup-service to dump inside the db container)" >&2; exit 4; }
  MYSQL_PWD="$DB_PASSWORD" mysqldump $flags --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" -- "$DB_NAME" | gzip -c > "$name.part"
fi
gzip -t "$name.part"
if ! gzip -dc "$name.part" | tail -n 1 | grep -q '^-- Dump completed'; then
  echo "the dump does not end with '-- Dump completed': it is incomplete" >&2; rm -f "$name.part"; exit 5
fi
mv -f "$name.part" "$name"
echo "backup=$name"
echo "bytes=$(wc -c < "$name")"
cd "$APP_DIR/backups"
ls -1t -- *.sql.gz 2>/dev/null | tail -n +$(( BACKUP_KEEP + 1 )) | while IFS= read -r old; do rm -f -- "$old"; done
`);
/** The user's migration command (their own config, like a workflow's run:), in the new release. */
const MIGRATE = script(`
cd "$APP_DIR/releases/$SHA"
bash -c "$MIGRATE_COMMAND"
`);
/** Starts the release's containers from the images tagged with its SHA; never builds. */
const UP = script(`
cd "$APP_DIR/releases/$SHA"
compose up -d --no-build --remove-orphans
`);
/** One line per container of the project: service, status, health, restarts, OOM, exit code, name. */
const CONTAINER_STATES = script(`
ids=$(docker ps -aq --filter "label=com.docker.compose.project=$PROJECT")
[ -n "$ids" ] || exit 0
docker inspect --format '{{index .Config.Labels "com.docker.compose.service"}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.RestartCount}} {{.State.OOMKilled}} {{.State.ExitCode}} {{.Name}}' $ids
`);
/** The user's health command in the release folder; exit 0 = healthy. */
const HEALTH_COMMAND = script(`
cd "$APP_DIR/releases/$SHA"
bash -c "$HEALTH_COMMAND"
`);
/** The last lines of each container's log, for the summary of a failed deploy. */
const CONTAINER_LOGS = script(`
for id in $(docker ps -aq --filter "label=com.docker.compose.project=$PROJECT"); do
  echo "--- $(docker inspect --format '{{index .Config.Labels "com.docker.compose.service"}}' "$id")"
  docker logs --tail "$LOG_LINES" "$id" 2>&1 || true
done
`);
/** Replaces the ledger with LEDGER the way `current` is switched: a temporary file renamed over it. */
const LEDGER_WRITE = `mkdir -p .shipcheck
printf '%s' "$LEDGER" > .shipcheck/releases.jsonl.tmp
mv -f .shipcheck/releases.jsonl.tmp .shipcheck/releases.jsonl
`;
/** `current` -> releases/SHA with one rename, then the ledger replaced the same way. */
const SWITCH = script(`
cd "$APP_DIR"
ln -sfn "releases/$SHA" .shipcheck/current.tmp
mv -Tf .shipcheck/current.tmp current
${LEDGER_WRITE}`);
/** The ledger alone (a failed release recorded while `current` stays). */
const WRITE_LEDGER = script(`
cd "$APP_DIR"
${LEDGER_WRITE}`);
/** Removes the releases (40-hex SHAs, checked by the caller) and images listed, one per line. */
const PRUNE = script(`
cd "$APP_DIR"
for sha in $PRUNE_RELEASES; do
  git --git-dir=repo.git worktree remove --force "releases/$sha" 2>/dev/null || rm -rf "releases/$sha"
  echo "pruned $sha"
done
git --git-dir=repo.git worktree prune 2>/dev/null || true
for image in $PRUNE_IMAGES; do docker image rm "$image" >/dev/null 2>&1 && echo "removed $image" || true; done
`);

;// CONCATENATED MODULE: ./src/deploy/host.ts
/**
 * One server's deploy, rollback and listing, over one SSH connection. Steps run in order, each timed for the
 * summary's timeline: preflight -> lock -> fetch -> link shared -> build -> backup -> migrate -> up -> health
 * gate -> switch -> prune -> unlock. A failure at or after `up` brings the previous release back (its
 * images, its compose files, no rebuild) and records the new one as failed; before `up` nothing the server
 * serves has changed.
 */








/** A step failed; `rule` and `fix` make the finding. */
class StepFailure extends Error {
    step;
    rule;
    fix;
    constructor(step, message, rule, fix) {
        super(message);
        this.step = step;
        this.rule = rule;
        this.fix = fix;
    }
}
const LOCK_HELD_EXIT = 75;
const OVERRIDE_FILE = '.shipcheck-compose.yml';
class DeployHost {
    connection;
    settings;
    context;
    layout;
    started = performance.now();
    steps = [];
    findings = [];
    composeCmd = 'v1';
    lockToken;
    lockAbort;
    keeper;
    constructor(connection, settings, context, 
    /** this host's app-dir and Compose project */
    layout = {
        appDir: settings.appDir,
        project: settings.project,
    }) {
        this.connection = connection;
        this.settings = settings;
        this.context = context;
        this.layout = layout;
    }
    get host() {
        return this.connection.target.host;
    }
    env(extra = {}) {
        return {
            ...this.settings.env,
            APP_DIR: this.layout.appDir,
            PROJECT: this.layout.project,
            COMPOSE_CMD: this.composeCmd,
            ...extra,
        };
    }
    finding(finding) {
        this.findings.push({ ...finding, message: `${this.host}: ${finding.message}`, check: 'ssh-deploy' });
    }
    /** Runs a script as a timed step; non-zero exits throw a StepFailure unless `allowFail`. */
    async run(step, script, env = {}, options = {}) {
        const result = await this.connection.run(script, {
            env: this.env(env),
            timeout: options.timeoutMs ?? this.settings.commandTimeout * 1000,
            onLine: options.quiet
                ? undefined
                : (line, stream) => this.context.log(`[${this.host}] ${stream === 'stderr' ? '! ' : ''}${line}`),
        });
        if (result.code !== 0 && !options.allowFail) {
            const tail = (0,core_secrets/* maskSecrets */.QU)(result.stderr.split('\n').filter(Boolean).slice(-5).join(' | '));
            const why = result.timedOut
                ? `did not finish within ${Math.round((options.timeoutMs ?? this.settings.commandTimeout * 1000) / 1000)} s (its process group was killed)`
                : result.code === null
                    ? 'was cut off (the connection dropped or the process was killed)'
                    : `exited with ${result.code}`;
            throw new StepFailure(step, `${step} ${why}${tail ? `: ${tail}` : ''}`, options.rule ?? 'deploy-step-failed', options.fix);
        }
        return result;
    }
    /** Times `work` as the step `name`. */
    async step(name, work) {
        const start = performance.now();
        let ok = false;
        try {
            const value = await work();
            ok = true;
            return value;
        }
        finally {
            const durationMs = Math.round(performance.now() - start);
            this.steps.push({ name, start: Math.round(start - this.started), durationMs, ok });
            this.context.log(`[${this.host}] ${name} ${ok ? 'done' : 'FAILED'} in ${(durationMs / 1000).toFixed(1)}s`);
        }
    }
    // ---- steps ----
    async preflight() {
        const result = await this.run('preflight', PREFLIGHT, {}, { quiet: true });
        const facts = Object.fromEntries(result.stdout
            .split('\n')
            .map((line) => /^([a-z_]+)=(.*)$/.exec(line))
            .filter((m) => m !== null)
            .map((m) => [m[1], m[2]]));
        const missing = [];
        if (!facts.git)
            missing.push('git');
        if (!facts.docker && !facts.docker_error)
            missing.push('docker');
        if (!facts.compose)
            missing.push('docker compose (v2 plugin) or docker-compose (v1)');
        if (missing.length) {
            throw new StepFailure('preflight', `the server lacks ${missing.join(', ')}`, 'preflight-missing-tool', 'install them on the server (Debian: apt-get install git docker.io docker-compose)');
        }
        if (facts.docker_error) {
            throw new StepFailure('preflight', `docker does not answer for ${this.connection.target.user}: ${facts.docker_error}`, 'preflight-missing-tool', `add ${this.connection.target.user} to the docker group (usermod -aG docker ${this.connection.target.user}) or start dockerd`);
        }
        this.composeCmd = facts.compose.startsWith('v2') ? 'v2' : 'v1';
        const memKb = Number(facts.mem_kb ?? 0);
        const swapKb = Number(facts.swap_kb ?? 0);
        if (memKb > 0 && memKb <= 2 * 1024 * 1024 && swapKb === 0) {
            this.finding({
                rule: 'preflight-no-swap',
                severity: 'warning',
                message: `${Math.round(memKb / 1024)} MiB of RAM and no swap: a build or a memory spike ends in the OOM killer`,
                fix: 'add swap: fallocate -l 1G /swapfile && chmod 600 /swapfile && mkswap /swapfile && swapon /swapfile, and add it to /etc/fstab',
            });
        }
        const diskKb = Number(facts.disk_free_kb ?? 0);
        if (diskKb > 0 && diskKb < 1024 * 1024) {
            this.finding({
                rule: 'preflight-disk-low',
                severity: 'warning',
                message: `only ${Math.round(diskKb / 1024)} MiB free where ${this.layout.appDir} lives: an image build may not fit`,
                fix: 'docker system prune (unused images and build cache), or lower keep',
            });
        }
        this.context.log(`[${this.host}] ${facts.git}; docker ${facts.docker}; compose ${facts.compose}; ${Math.round(memKb / 1024)} MiB RAM, ${Math.round(swapKb / 1024)} MiB swap, ${Math.round(diskKb / 1024)} MiB free`);
    }
    /** Takes the server's lock (waiting up to lock-timeout); the keeper holds it until unlock(). */
    async lock(sha) {
        this.lockToken = (0,external_node_crypto_.randomUUID)();
        this.lockAbort = new AbortController();
        const owner = JSON.stringify({
            runUrl: this.settings.runUrl,
            actor: this.settings.actor,
            sha,
            time: new Date().toISOString(),
            token: undefined,
        }).replace(/^\{/, '');
        let holder = '';
        const locked = new Promise((resolve, reject) => {
            this.keeper = this.connection
                .run(LOCK_KEEPER, {
                env: this.env({
                    LOCK_TOKEN: this.lockToken,
                    LOCK_OWNER: `{${owner}`,
                    LOCK_TIMEOUT: String(Math.ceil(this.settings.lockTimeout)),
                    LOCK_STALE: String(Math.ceil(this.settings.lockStaleAfter)),
                }),
                timeout: 24 * 3600 * 1000,
                signal: this.lockAbort.signal,
                onLine: (line) => {
                    if (line === 'LOCKED') {
                        this.context.lockState?.held(this.host, this.lockToken);
                        resolve();
                    }
                    else if (line.startsWith('WAITING ')) {
                        holder = line.slice(8);
                        this.context.log(`[${this.host}] waiting for the deploy lock held by ${describeOwner(holder)}`);
                    }
                    else if (line.startsWith('TAKEOVER ')) {
                        const [, why, ...rest] = line.split(' ');
                        this.finding({
                            rule: 'lock-taken-over',
                            severity: 'warning',
                            message: `took over a ${why === 'gone' ? 'lock whose holder is gone' : `lock older than ${this.settings.lockStaleAfter} s`} (held by ${describeOwner(rest.join(' '))})`,
                            fix: 'nothing to do if that deploy was cancelled or its runner died; check the server if it still runs',
                        });
                    }
                    else if (line.startsWith('HELD '))
                        holder = line.slice(5);
                },
            })
                .then((result) => {
                if (result.code === LOCK_HELD_EXIT) {
                    reject(new StepFailure('lock', `another deploy holds the lock after ${this.settings.lockTimeout} s of waiting: ${describeOwner(holder)}`, 'lock-held', 'wait for it to finish, or raise lock-timeout; use concurrency: in the workflow so deploys queue'));
                }
                else
                    reject(new StepFailure('lock', `the lock keeper ended (${result.code ?? 'cut off'})`, 'lock-held'));
                return result;
            }, reject);
        });
        await locked;
    }
    async unlock() {
        if (!this.lockToken)
            return;
        await this.releaseLock(this.lockToken);
    }
    /** Removes the lock if `token` still owns it (also the action's post step, after a cancelled job). */
    async releaseLock(token) {
        this.lockToken ??= token;
        try {
            const result = await this.run('unlock', UNLOCK, { LOCK_TOKEN: token }, { quiet: true, timeoutMs: 30_000 });
            return /^released$/m.test(result.stdout);
        }
        finally {
            this.lockAbort?.abort();
            await this.keeper?.catch(() => undefined);
            this.lockToken = undefined;
            this.context.lockState?.released(this.host);
        }
    }
    async readState() {
        const result = await this.run('read ledger', READ_STATE, {}, { quiet: true, timeoutMs: 30_000 });
        const [ledgerText = '', currentText = ''] = result.stdout.split('__shipcheck_current__');
        const { releases, skipped } = parseLedger(ledgerText);
        if (skipped.length) {
            this.finding({
                rule: 'ledger-line-invalid',
                severity: 'warning',
                message: `${this.layout.appDir}/.shipcheck/releases.jsonl lines ${skipped.join(', ')} are not releases and were ignored`,
                fix: 'the ledger is written by shipcheck; restore it from a backup or remove those lines',
            });
        }
        const link = currentText.trim();
        const current = /releases\/([0-9a-f]{40})$/.exec(link)?.[1];
        return { releases, current };
    }
    async writeLedger(releases) {
        await this.run('ledger', WRITE_LEDGER, { LEDGER: serializeLedger(releases) }, { quiet: true });
    }
    async fetch(sha) {
        const result = await this.run('fetch', FETCH, { REPO: this.settings.repo, SHA: sha }, {
            rule: 'fetch-failed',
            fix: `check that the server can read ${this.settings.repo} (a deploy key on the server) and that the commit was pushed`,
        });
        const head = /^head=([0-9a-f]{40})$/m.exec(result.stdout)?.[1];
        if (head !== sha) {
            throw new StepFailure('fetch', `releases/${sha} has HEAD ${head ?? 'unknown'}, not ${sha}`, 'fetch-failed');
        }
    }
    async linkShared(sha) {
        const result = await this.run('link shared', LINK_SHARED, {
            SHA: sha,
            SHARED: this.settings.sharedFiles.join('\n'),
        });
        for (const line of result.stdout.split('\n')) {
            if (line.startsWith('missing ')) {
                this.finding({
                    rule: 'shared-file-missing',
                    severity: 'warning',
                    message: `shared/${line.slice(8)} does not exist on the server, so the release runs without it`,
                    fix: `create ${this.layout.appDir}/shared/${line.slice(8)} on the server (it holds what must survive releases: .env, uploads)`,
                });
            }
        }
    }
    /** Builds images tagged with the SHA through a generated override; returns the compose files and images. */
    async build(sha, known) {
        const composeFiles = [...this.settings.composeFiles, OVERRIDE_FILE];
        // a release deployed before with the same files: its SHA-tagged images may all still be there
        if (known &&
            known.images.length > 0 &&
            known.composeFiles.join(':') === composeFiles.join(':') &&
            known.images.every((image) => /^[a-z0-9/._:-]+$/.test(image))) {
            const check = await this.run('images', IMAGES_PRESENT, { SHA: sha, IMAGES: known.images.join(' ') }, { allowFail: true, quiet: true });
            if (check.code === 0) {
                this.context.log(`[${this.host}] built=cached (${known.images.join(', ')})`);
                return { composeFiles, images: known.images, cached: true };
            }
        }
        const ownFiles = this.settings.composeFiles.join(':');
        const config = await this.run('compose config', COMPOSE_CONFIG, { SHA: sha, COMPOSE_FILE: ownFiles }, {
            quiet: true,
            rule: 'release-compose-invalid',
            fix: 'run docker-compose config in the repository and fix what it reports',
        });
        let model;
        try {
            model = ((0,dist/* parse */.qg)(config.stdout) ?? {});
        }
        catch (error) {
            throw new StepFailure('build', `compose config printed YAML that does not parse: ${error.message}`, 'release-compose-invalid');
        }
        const services = {};
        const images = [];
        for (const [name, service] of Object.entries(model.services ?? {})) {
            if (!service?.build)
                continue;
            const image = `shipcheck/${this.layout.project}-${name.toLowerCase().replace(/[^a-z0-9_.-]/g, '')}:${sha}`;
            services[name] = { image };
            images.push(image);
        }
        const override = (0,dist/* stringify */.As)({ services });
        const result = await this.run('build', BUILD, {
            SHA: sha,
            OVERRIDE: override,
            IMAGES: images.join(' '),
            COMPOSE_FILE: composeFiles.join(':'),
        }, {
            rule: 'release-build-failed',
            fix: 'run docker-compose build at this commit; the build log above shows the failing step',
        });
        return { composeFiles, images, cached: /^built=cached$/m.test(result.stdout) };
    }
    async backup(label, sha, composeFiles) {
        const raw = this.settings.backupDatabaseUrl;
        const service = this.settings.backupService;
        if (!raw && !service)
            return undefined;
        const url = raw ? new URL(raw) : undefined;
        const result = await this.run('backup', BACKUP, {
            SHA: sha,
            COMPOSE_FILE: composeFiles.join(':'),
            BACKUP_SERVICE: service ?? '',
            BACKUP_LABEL: label.slice(0, 12),
            BACKUP_KEEP: String(this.settings.backupKeep),
            DB_HOST: url?.hostname ?? '',
            DB_PORT: url?.port || '3306',
            DB_USER: url ? decodeURIComponent(url.username) : '',
            DB_PASSWORD: url ? decodeURIComponent(url.password) : '',
            DB_NAME: url ? decodeURIComponent(url.pathname.replace(/^\//, '')) : '',
        }, {
            rule: 'backup-failed',
            fix: service
                ? `check that the ${service} service runs and has mysqldump (and backup-database-url as that container sees it)`
                : 'check backup-database-url as the server sees it, and that mysqldump is installed there',
        });
        const file = /^backup=(.+)$/m.exec(result.stdout)?.[1];
        const bytes = /^bytes=(\d+)$/m.exec(result.stdout)?.[1];
        this.context.log(`[${this.host}] database backup ${file} (${bytes} bytes)`);
        return file;
    }
    async migrate(sha, composeFiles) {
        if (!this.settings.migrateCommand)
            return;
        await this.run('migrate', MIGRATE, {
            SHA: sha,
            MIGRATE_COMMAND: this.settings.migrateCommand,
            COMPOSE_FILE: composeFiles.join(':'),
        }, {
            rule: 'migration-failed',
            fix: 'the migration output is above; the database backup (if taken) is listed in the summary',
        });
    }
    async up(sha, composeFiles) {
        await this.run('up', UP, { SHA: sha, COMPOSE_FILE: composeFiles.join(':') }, {
            rule: 'release-up-failed',
        });
    }
    /**
     * Passes when, twice in a row (0.5 s apart), every container runs (or exited 0), none restarts, every health check is
     * healthy, and the health URL / command succeed; fails at once on unhealthy, restarting, OOM or a crash.
     */
    async healthGate(sha, composeFiles, timeoutSeconds = this.settings.healthTimeout) {
        const deadline = performance.now() + timeoutSeconds * 1000;
        let passes = 0;
        let last = 'no containers yet';
        // restarts before this gate (an unchanged container keeps its count) are not this deploy's
        const baseline = new Map();
        for (;;) {
            const states = await this.run('health', CONTAINER_STATES, {}, { quiet: true, timeoutMs: 30_000 });
            const containers = states.stdout
                .split('\n')
                .filter(Boolean)
                .map((line) => {
                const [service = '?', status = '', health = '', count = '0', oom = 'false', exit = '0', name = service,] = line.split(' ');
                if (!baseline.has(name))
                    baseline.set(name, Number(count));
                const restarts = Number(count) - baseline.get(name);
                return { service, status, health, restarts, oom: oom === 'true', exit: Number(exit) };
            });
            const broken = containers.find((c) => c.oom ||
                c.health === 'unhealthy' ||
                c.status === 'restarting' ||
                c.restarts > 0 ||
                c.status === 'dead' ||
                (c.status === 'exited' && c.exit !== 0));
            if (broken) {
                const why = broken.oom
                    ? 'was killed for using more memory than its limit (OOMKilled)'
                    : broken.health === 'unhealthy'
                        ? 'is unhealthy'
                        : broken.status === 'exited'
                            ? `exited with ${broken.exit}`
                            : `keeps restarting (${broken.restarts} restarts)`;
                throw new StepFailure('health gate', `service ${broken.service} ${why}`, 'health-gate-failed');
            }
            let ready = containers.length > 0 &&
                containers.every((c) => (c.status === 'running' && (c.health === 'healthy' || c.health === 'none')) ||
                    (c.status === 'exited' && c.exit === 0));
            last =
                containers
                    .map((c) => `${c.service} ${c.status}${c.health === 'none' ? '' : `/${c.health}`}`)
                    .join(', ') || 'no containers';
            if (ready && this.settings.healthUrl) {
                const probe = await probeUrl(this.settings.healthUrl, (host, port) => this.connection.forwardOut(host, port));
                if (!probe.ok) {
                    ready = false;
                    last += `; ${this.settings.healthUrl} answered ${probe.detail}`;
                }
            }
            if (ready && this.settings.healthCommand) {
                const probe = await this.run('health command', HEALTH_COMMAND, {
                    SHA: sha,
                    HEALTH_COMMAND: this.settings.healthCommand,
                    COMPOSE_FILE: composeFiles.join(':'),
                }, { allowFail: true, quiet: true, timeoutMs: 30_000 });
                if (probe.code !== 0) {
                    ready = false;
                    last += `; health-command exited ${probe.code ?? 'on timeout'}`;
                }
            }
            passes = ready ? passes + 1 : 0;
            if (passes >= 2) {
                this.context.log(`[${this.host}] healthy: ${last}`);
                return;
            }
            if (performance.now() > deadline) {
                throw new StepFailure('health gate', `not healthy within ${timeoutSeconds} s: ${last}`, 'health-gate-failed');
            }
            await new Promise((resolve) => setTimeout(resolve, 500));
        }
    }
    async containerLogs(lines = 30) {
        const result = await this.run('logs', CONTAINER_LOGS, { LOG_LINES: String(lines) }, {
            allowFail: true,
            quiet: true,
            timeoutMs: 60_000,
        });
        return (0,core_secrets/* maskSecrets */.QU)(result.stdout).slice(-8000);
    }
    async switchTo(sha, releases) {
        await this.run('switch', SWITCH, { SHA: sha, LEDGER: serializeLedger(releases) }, { quiet: true });
    }
    async prune(releases) {
        const victims = releasesToPrune(releases, this.settings.keep).filter((r) => SHA.test(r.sha));
        if (victims.length === 0)
            return releases;
        const images = victims.flatMap((r) => r.images).filter((image) => /^[a-z0-9/._:-]+$/.test(image));
        await this.run('prune', PRUNE, {
            PRUNE_RELEASES: victims.map((r) => r.sha).join(' '),
            PRUNE_IMAGES: images.join(' '),
        });
        const next = markPruned(releases, victims);
        await this.writeLedger(next);
        return next;
    }
    // ---- flows ----
    /** The whole deploy of `sha` on this host; never throws (failures become findings). */
    async deploy(sha) {
        let previous;
        let reachedUp = false;
        let built;
        let backup;
        let releases = [];
        try {
            await this.step('preflight', () => this.preflight());
            await this.step('lock', () => this.lock(sha));
            const state = await this.readState();
            releases = state.releases;
            previous = activeRelease(releases);
            if (previous && state.current && previous.sha !== state.current) {
                previous = releases.find((r) => r.sha === state.current) ?? previous;
            }
            await this.step('fetch', () => this.fetch(sha));
            await this.step('link shared', () => this.linkShared(sha));
            built = await this.step('build', () => this.build(sha, releases.find((r) => r.sha === sha && !r.pruned)));
            backup = await this.step('backup', () => this.backup(previous?.sha ?? sha, sha, built.composeFiles));
            await this.step('migrate', () => this.migrate(sha, built.composeFiles));
            reachedUp = true;
            await this.step('up', () => this.up(sha, built.composeFiles));
            await this.step('health gate', () => this.healthGate(sha, built.composeFiles));
            const entry = this.entry(sha, built);
            releases = markActive(releases, entry);
            await this.step('switch', () => this.switchTo(sha, releases));
            await this.step('prune', () => this.prune(releases).then((next) => (releases = next)));
            const unchanged = previous?.sha === sha;
            return this.result(unchanged ? 'unchanged' : 'deployed', sha, previous?.sha, { backup });
        }
        catch (error) {
            const failure = asFailure(error);
            this.finding({ rule: failure.rule, severity: 'error', message: failure.message, fix: failure.fix });
            if (!reachedUp)
                return this.result('failed', sha, previous?.sha, { error: failure.message, backup });
            // the new release touched what the server serves: put the previous one back
            const logs = await this.containerLogs().catch(() => undefined);
            if (built) {
                await this.writeLedger(markFailed(releases, this.entry(sha, built), failure.message)).catch(() => undefined);
                releases = markFailed(releases, this.entry(sha, built), failure.message);
            }
            if (!previous || previous.sha === sha) {
                this.finding({
                    rule: 'rollback-unavailable',
                    severity: 'error',
                    message: 'there is no earlier release to go back to, so the failed one was left running for inspection',
                    fix: 'fix the failure and deploy again',
                });
                return this.result('failed', sha, previous?.sha, { error: failure.message, logs, backup });
            }
            try {
                await this.step('rollback', () => this.restore(previous));
                this.finding({
                    rule: 'deploy-rolled-back',
                    severity: 'error',
                    message: `${sha.slice(0, 12)} failed (${failure.message}); ${previous.sha.slice(0, 12)} runs again`,
                    fix: `the container logs are in the report${backup ? `; the database backup taken before it is ${backup} (restoring it is a separate, explicit step)` : ''}`,
                });
                return this.result('rolled-back', sha, previous.sha, { error: failure.message, logs, backup });
            }
            catch (rollbackError) {
                const second = asFailure(rollbackError);
                this.finding({
                    rule: 'rollback-failed',
                    severity: 'error',
                    message: `the automatic rollback to ${previous.sha.slice(0, 12)} failed too: ${second.message}`,
                    fix: 'look at the server now: docker ps -a, and the logs in the report',
                });
                return this.result('failed', sha, previous.sha, { error: failure.message, logs, backup });
            }
        }
        finally {
            await this.step('unlock', () => this.unlock()).catch(() => undefined);
        }
    }
    /** Starts `release` from its own images and compose files and waits for it; `current` is not touched. */
    async restore(release) {
        const files = release.composeFiles.length
            ? release.composeFiles
            : [...this.settings.composeFiles, OVERRIDE_FILE];
        await this.up(release.sha, files);
        await this.healthGate(release.sha, files, Math.max(30, this.settings.healthTimeout));
    }
    /** Rollback to `previous` or a SHA from the ledger, without rebuilding. Never throws. */
    async rollback(to) {
        let from;
        try {
            await this.step('preflight', () => this.preflight());
            await this.step('lock', () => this.lock(to));
            const { releases } = await this.readState();
            const active = activeRelease(releases);
            from = active?.sha;
            const target = to === 'previous' ? rollbackTarget(releases) : releases.find((r) => r.sha === to);
            if (!target) {
                const listing = releases
                    .map((r) => `${r.sha.slice(0, 12)} ${r.status}${r.pruned ? ' (pruned)' : ''}`)
                    .join(', ');
                throw new StepFailure('rollback', to === 'previous'
                    ? `no release to roll back to (ledger: ${listing || 'empty'})`
                    : `${to} is not a release on this server (ledger: ${listing || 'empty'})`, 'rollback-target-invalid', 'shipcheck releases lists what the server has');
            }
            if (target.pruned) {
                throw new StepFailure('rollback', `${target.sha.slice(0, 12)} was pruned (keep)`, 'rollback-target-invalid', 'deploy it again instead');
            }
            if (target.status === 'active') {
                this.context.log(`[${this.host}] ${target.sha.slice(0, 12)} is already active`);
                return this.result('unchanged', target.sha, from);
            }
            await this.step('up', () => this.up(target.sha, target.composeFiles));
            await this.step('health gate', () => this.healthGate(target.sha, target.composeFiles));
            const next = markActive(releases, { ...target, updated: undefined }, { rollback: true });
            await this.step('switch', () => this.switchTo(target.sha, next));
            return this.result('rolled-back', target.sha, from);
        }
        catch (error) {
            const failure = asFailure(error);
            this.finding({ rule: failure.rule, severity: 'error', message: failure.message, fix: failure.fix });
            return this.result('failed', to === 'previous' ? undefined : to, from, { error: failure.message });
        }
        finally {
            await this.step('unlock', () => this.unlock()).catch(() => undefined);
        }
    }
    entry(sha, built) {
        return {
            sha,
            time: new Date().toISOString(),
            actor: this.settings.actor,
            runUrl: this.settings.runUrl,
            composeFiles: built.composeFiles,
            images: built.images,
        };
    }
    result(outcome, sha, previous, extra = {}) {
        return { host: this.host, outcome, sha, previous, steps: this.steps, findings: this.findings, ...extra };
    }
}
function asFailure(error) {
    if (error instanceof StepFailure)
        return error;
    if (error instanceof errors/* ShipcheckError */.b)
        return new StepFailure('deploy', error.describe(), 'deploy-step-failed', error.fix);
    return new StepFailure('deploy', (0,core_secrets/* maskSecrets */.QU)(error instanceof Error ? error.message : String(error)), 'deploy-step-failed');
}
/** `{"pid":1,"runUrl":...,"actor":"ana","sha":"abc..."}` -> `ana (run URL) deploying abc123 since ...` */
function describeOwner(json) {
    try {
        const owner = JSON.parse(json);
        return [
            owner.actor ?? 'someone',
            owner.sha ? `deploying ${String(owner.sha).slice(0, 12)}` : '',
            owner.time ? `since ${owner.time}` : '',
            owner.runUrl ? `(${owner.runUrl})` : '',
            owner.pid ? `pid ${owner.pid}` : '',
        ]
            .filter(Boolean)
            .join(' ');
    }
    catch {
        return json.slice(0, 200) || 'an unknown holder';
    }
}

;// CONCATENATED MODULE: ./src/deploy/ssh-deploy.ts
/**
 * ssh-deploy across one or more hosts: batches (a count or a percentage, optionally a canary of one first),
 * each batch's hosts in parallel; the first batch with a failing host stops the rollout and the hosts that
 * were already switched in earlier batches are rolled back to what they ran before.
 */



function batchesOf(targets, batchSize, canary) {
    const batches = [];
    let rest = [...targets];
    if (canary && rest.length > 1) {
        batches.push(rest.slice(0, 1));
        rest = rest.slice(1);
    }
    for (let i = 0; i < rest.length; i += batchSize)
        batches.push(rest.slice(i, i + batchSize));
    return batches;
}
const label = (target) => `${target.host}${target.port === 22 ? '' : `:${target.port}`}`;
function connect(target, settings, options) {
    return connection.SshConnection.open(target, { ...settings.ssh.connect, warn: options.warn, debug: options.debug });
}
/**
 * Connects to every host before anything runs on any of them: a refused host key, a failed login or an
 * unreachable host stops the whole command (exit 2) with one line per host, and no server has changed.
 */
async function connectAll(settings, options) {
    const outcomes = await Promise.allSettled(settings.ssh.targets.map((target) => connect(target, settings, options)));
    const connections = new Map();
    const failures = [];
    let fix;
    outcomes.forEach((outcome, index) => {
        const target = settings.ssh.targets[index];
        if (outcome.status === 'fulfilled')
            connections.set(target, outcome.value);
        else {
            const error = outcome.reason;
            failures.push(error instanceof errors/* ShipcheckError */.b ? error.message : String(error));
            fix ??= error instanceof errors/* ShipcheckError */.b ? error.fix : undefined;
        }
    });
    if (failures.length > 0) {
        for (const connection of connections.values())
            connection.close();
        throw new errors/* ShipcheckError */.b('connection', `${failures.join('; ')}${settings.ssh.targets.length > 1 ? ' (nothing was changed on any host)' : ''}`, { fix });
    }
    return connections;
}
function hostFor(connection, target, settings, options) {
    const index = settings.ssh.targets.indexOf(target);
    return new DeployHost(connection, settings, { log: options.log, lockState: options.lockState }, settings.layouts[index] ?? { appDir: settings.appDir, project: settings.project });
}
/** One host with its own connection (the post step, which releases a lock left behind). */
async function withHost(target, settings, options, work) {
    const connection = await connect(target, settings, options);
    try {
        return await work(hostFor(connection, target, settings, options));
    }
    finally {
        connection.close();
    }
}
async function withAll(settings, options, work) {
    const connections = await connectAll(settings, options);
    try {
        const hosts = new Map([...connections].map(([target, connection]) => [
            target,
            hostFor(connection, target, settings, options),
        ]));
        return await work(hosts);
    }
    finally {
        for (const connection of connections.values())
            connection.close();
    }
}
async function sshDeploy(settings, options) {
    if (settings.rollbackTo)
        return rollbackAll(settings, settings.rollbackTo, options);
    return withAll(settings, options, (hosts) => deployAll(settings, options, hosts));
}
async function deployAll(settings, options, hosts) {
    const sha = settings.ref;
    const batches = batchesOf(settings.ssh.targets, settings.batchSize, settings.canary);
    const results = [];
    const switched = [];
    let stopped = false;
    for (const [index, batch] of batches.entries()) {
        if (stopped) {
            for (const target of batch) {
                results.push({ host: target.host, outcome: 'skipped', sha, steps: [], findings: [] });
            }
            continue;
        }
        const name = `deploy ${sha.slice(0, 12)}: batch ${index + 1}/${batches.length} (${batch.map(label).join(', ')})`;
        const batchResults = await options.steps.run(name, () => Promise.all(batch.map((target) => hosts.get(target).deploy(sha))));
        results.push(...batchResults);
        batchResults.forEach((result, i) => {
            if (result.outcome === 'deployed' || result.outcome === 'unchanged') {
                switched.push({ target: batch[i], previous: result.previous });
            }
        });
        if (batchResults.some((result) => result.outcome === 'failed' || result.outcome === 'rolled-back')) {
            stopped = true;
        }
    }
    const findings = results.flatMap((result) => result.findings);
    if (stopped && switched.length > 0) {
        // a later batch failed: the hosts that already run the new commit go back, so all hosts agree
        await options.steps.run(`roll back ${switched.length} host(s) already switched`, async () => {
            for (const { target, previous } of switched) {
                if (!previous || previous === sha)
                    continue;
                const host = hosts.get(target);
                const before = host.findings.length;
                const result = await host.rollback(previous);
                const deployed = results.find((r) => r.host === target.host && r.outcome !== 'skipped');
                if (deployed && result.outcome === 'rolled-back') {
                    deployed.outcome = 'rolled-back';
                    deployed.error = 'rolled back because a later batch failed';
                }
                findings.push(...host.findings.slice(before), {
                    rule: 'rollout-rolled-back',
                    severity: 'error',
                    message: result.outcome === 'rolled-back'
                        ? `${label(target)}: back on ${previous.slice(0, 12)} because a later batch failed`
                        : `${label(target)}: still on ${sha.slice(0, 12)}; rolling it back after a later batch failed did not work`,
                    fix: 'see the failing host above',
                    check: 'ssh-deploy',
                });
            }
        });
    }
    return {
        findings,
        data: { mode: 'deploy', sha, hosts: results, batches: batches.map((b) => b.map(label)) },
    };
}
async function rollbackAll(settings, to, options) {
    const targets = settings.ssh.targets;
    const results = await withAll(settings, options, (hosts) => options.steps.run(`rollback to ${to === 'previous' ? 'the previous release' : to.slice(0, 12)}`, () => Promise.all(targets.map((target) => hosts.get(target).rollback(to)))));
    return {
        findings: results.flatMap((result) => result.findings),
        // `previous` resolved to the commit the (first) host went back to
        data: {
            mode: 'rollback',
            sha: results.find((r) => r.sha)?.sha ?? (to === 'previous' ? undefined : to),
            hosts: results,
            batches: [targets.map(label)],
        },
    };
}
async function listReleases(settings, options) {
    const releases = {};
    const results = await withAll(settings, options, (hosts) => Promise.all(settings.ssh.targets.map(async (target) => {
        const host = hosts.get(target);
        releases[label(target)] = await host.readState();
        return { host: target.host, outcome: 'unchanged', steps: [], findings: host.findings };
    })));
    return {
        findings: results.flatMap((result) => result.findings),
        data: { mode: 'releases', hosts: results, batches: [], releases },
    };
}

// EXTERNAL MODULE: ./src/report/render/markdown.ts
var markdown = __webpack_require__(8298);
;// CONCATENATED MODULE: ./src/deploy/summary.ts
/**
 * What a deploy adds to the job summary and the terminal: a results table per host, a Mermaid gantt
 * timeline of each host's steps, the failing containers' last log lines, and the `releases` listing.
 */

const ICON = {
    deployed: '✅',
    unchanged: '✅',
    'rolled-back': '↩️',
    failed: '❌',
    skipped: '⏭️',
};
/** Mermaid's gantt accepts `dateFormat x` (milliseconds); task names must not contain `:` or `#`. */
function mermaidText(text) {
    return text.replace(/[:#;]/g, ' ');
}
function deployMarkdown(run) {
    const out = [];
    const { data } = run;
    if (data.mode === 'releases')
        return releasesMarkdown(data.releases ?? {});
    out.push(`### ${data.mode === 'rollback' ? 'Rollback' : 'Deploy'} ${data.sha ? `\`${data.sha.slice(0, 12)}\`` : ''}`, '', '| Host | Result | Commit | Previous | Time |', '| --- | --- | --- | --- | ---: |');
    for (const host of data.hosts) {
        const total = host.steps.reduce((max, s) => Math.max(max, s.start + s.durationMs), 0);
        out.push(`| ${escapeHtml(host.host)} | ${ICON[host.outcome] ?? ''} ${host.outcome}${host.error ? `: ${escapeHtml(host.error).slice(0, 200)}` : ''} | ${host.sha ? `\`${host.sha.slice(0, 12)}\`` : ''} | ${host.previous ? `\`${host.previous.slice(0, 12)}\`` : ''} | ${(total / 1000).toFixed(1)}s |`);
    }
    out.push('');
    const timed = data.hosts.filter((host) => host.steps.length > 0);
    if (timed.length > 0) {
        out.push('```mermaid', 'gantt', '  dateFormat x', '  axisFormat %M:%S');
        for (const host of timed) {
            out.push(`  section ${mermaidText(host.host)}`);
            host.steps.forEach((step, index) => {
                const state = step.ok ? '' : 'crit, ';
                out.push(`  ${mermaidText(step.name)} ${(step.durationMs / 1000).toFixed(1)}s :${state}s${index}, ${step.start}, ${step.start + Math.max(step.durationMs, 1)}`);
            });
        }
        out.push('```', '');
    }
    for (const host of data.hosts) {
        if (host.backup)
            out.push(`Database backup on ${escapeHtml(host.host)}: \`${escapeHtml(host.backup)}\``, '');
        if (host.logs) {
            out.push(`<details><summary>Container logs on ${escapeHtml(host.host)} (last lines)</summary>`, '', '```', host.logs.replace(/```/g, "'''"), '```', '</details>', '');
        }
    }
    return `${out.join('\n')}\n`;
}
function releasesMarkdown(byHost) {
    const out = [];
    for (const [host, state] of Object.entries(byHost)) {
        out.push(`### Releases on ${escapeHtml(host)}`, '', '| Commit | Status | Deployed | By | Note |', '| --- | --- | --- | --- | --- |');
        for (const release of [...state.releases].reverse()) {
            out.push(`| \`${release.sha.slice(0, 12)}\`${release.sha === state.current ? ' ← current' : ''} | ${release.status}${release.pruned ? ' (pruned)' : ''} | ${release.time} | ${escapeHtml(release.actor ?? '')} | ${escapeHtml(release.reason ?? '').slice(0, 200)} |`);
        }
        out.push('');
    }
    return `${out.join('\n')}\n`;
}
/** The terminal's version: one line per host, then the listing for `releases`. */
function deployText(run) {
    const { data } = run;
    if (data.mode === 'releases') {
        const lines = [];
        for (const [host, state] of Object.entries(data.releases ?? {})) {
            lines.push(`${host}: current ${state.current?.slice(0, 12) ?? 'none'}`);
            for (const release of [...state.releases].reverse()) {
                lines.push(`  ${release.sha}  ${release.status.padEnd(11)} ${release.time}${release.actor ? `  ${release.actor}` : ''}${release.pruned ? '  (pruned)' : ''}${release.reason ? `  ${release.reason.slice(0, 120)}` : ''}`);
            }
        }
        return `${lines.join('\n')}\n`;
    }
    return (data.hosts
        .map((host) => {
        const total = host.steps.reduce((max, s) => Math.max(max, s.start + s.durationMs), 0);
        return `${host.host}: ${host.outcome}${host.sha ? ` ${host.sha.slice(0, 12)}` : ''}${host.previous ? ` (was ${host.previous.slice(0, 12)})` : ''} in ${(total / 1000).toFixed(1)}s`;
    })
        .join('\n') + '\n');
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/output.ts + 3 modules
var output = __webpack_require__(2073);
// EXTERNAL MODULE: ./src/cli/progress.ts
var progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/run/ssh-deploy.ts











/** `shipcheck ssh-deploy`, `rollback` and `releases`: returns the exit code. */
async function runSshDeploy(dir, options, mode) {
    const { root, config } = (0,load/* loadConfig */.Z9)(dir, options.config);
    const settings = deploySettings(root, (config['ssh-deploy'] ?? {}), (0,cli_options/* flagsAsInputs */.vj)(SSH_DEPLOY_KEYS, options), (0,ssh_settings/* sshSecretsFromEnv */.FA)(), mode);
    const quiet = options.quiet;
    const write = (line) => process.stderr.write(`${(0,core_secrets/* maskSecrets */.QU)(line)}\n`);
    const run = await (mode === 'releases' ? listReleases : sshDeploy)(settings, {
        steps: (0,progress/* terminalSteps */.w)(process.stderr, quiet),
        log: quiet ? () => undefined : (line) => write(`  │ ${line}`),
        warn: (line) => write(`warning: ${line}`),
    });
    const report = (0,report_report/* createReport */.LU)({
        command: mode === 'deploy' ? 'ssh-deploy' : mode,
        findings: run.findings,
        failOn: (0,fail_on/* resolveFailOn */.U)(options.failOn, config['fail-on']),
        data: run.data,
    });
    if (options.format === 'text' && !options.output)
        process.stdout.write((0,core_secrets/* maskSecrets */.QU)(deployText(run)));
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
