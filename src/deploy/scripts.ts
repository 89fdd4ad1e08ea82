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

const script = (body: string): string => `${PRELUDE}${body}`;

/** key=value facts about the host: tools, memory, swap, free disk where APP_DIR lives (the slow probes in parallel). */
export const PREFLIGHT = script(`
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
export const LOCK_KEEPER = script(`
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
export const UNLOCK = script(`
lock="$APP_DIR/.shipcheck/lock"
if [ "$(cat "$lock/token" 2>/dev/null)" = "$LOCK_TOKEN" ]; then rm -rf "$lock"; echo released; fi
`);

/** The ledger, then the target of `current`, after a marker line. */
export const READ_STATE = script(`
cat "$APP_DIR/.shipcheck/releases.jsonl" 2>/dev/null || true
echo __shipcheck_current__
readlink "$APP_DIR/current" 2>/dev/null || true
`);

/** Fetches exactly SHA into the mirror and makes releases/SHA a worktree whose HEAD is SHA. */
export const FETCH = script(`
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
export const LINK_SHARED = script(`
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
export const COMPOSE_CONFIG = script(`
cd "$APP_DIR/releases/$SHA"
compose config
`);

/** Exit 0 when the release's override is in place and every image tagged with its SHA exists. */
export const IMAGES_PRESENT = script(`
[ -f "$APP_DIR/releases/$SHA/.shipcheck-compose.yml" ] || exit 1
for image in $IMAGES; do docker image inspect "$image" >/dev/null 2>&1 || exit 1; done
`);

/** Writes the image override, then builds unless every image tagged with this SHA already exists. */
export const BUILD = script(`
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
export const BACKUP = script(`
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
export const MIGRATE = script(`
cd "$APP_DIR/releases/$SHA"
bash -c "$MIGRATE_COMMAND"
`);

/** Starts the release's containers from the images tagged with its SHA; never builds. */
export const UP = script(`
cd "$APP_DIR/releases/$SHA"
compose up -d --no-build --remove-orphans
`);

/** One line per container of the project: service, status, health, restarts, OOM, exit code, name. */
export const CONTAINER_STATES = script(`
ids=$(docker ps -aq --filter "label=com.docker.compose.project=$PROJECT")
[ -n "$ids" ] || exit 0
docker inspect --format '{{index .Config.Labels "com.docker.compose.service"}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.RestartCount}} {{.State.OOMKilled}} {{.State.ExitCode}} {{.Name}}' $ids
`);

/** The user's health command in the release folder; exit 0 = healthy. */
export const HEALTH_COMMAND = script(`
cd "$APP_DIR/releases/$SHA"
bash -c "$HEALTH_COMMAND"
`);

/** The last lines of each container's log, for the summary of a failed deploy. */
export const CONTAINER_LOGS = script(`
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
export const SWITCH = script(`
cd "$APP_DIR"
ln -sfn "releases/$SHA" .shipcheck/current.tmp
mv -Tf .shipcheck/current.tmp current
${LEDGER_WRITE}`);

/** The ledger alone (a failed release recorded while `current` stays). */
export const WRITE_LEDGER = script(`
cd "$APP_DIR"
${LEDGER_WRITE}`);

/** Removes the releases (40-hex SHAs, checked by the caller) and images listed, one per line. */
export const PRUNE = script(`
cd "$APP_DIR"
for sha in $PRUNE_RELEASES; do
  git --git-dir=repo.git worktree remove --force "releases/$sha" 2>/dev/null || rm -rf "releases/$sha"
  echo "pruned $sha"
done
git --git-dir=repo.git worktree prune 2>/dev/null || true
for image in $PRUNE_IMAGES; do docker image rm "$image" >/dev/null 2>&1 && echo "removed $image" || true; done
`);
