/**
 * One server's deploy, rollback and listing, over one SSH connection. Steps run in order, each timed for the
 * summary's timeline: preflight -> lock -> fetch -> link shared -> build -> backup -> migrate -> up -> health
 * gate -> switch -> prune -> unlock. A failure at or after `up` brings the previous release back (its
 * images, its compose files, no rebuild) and records the new one as failed; before `up` nothing the server
 * serves has changed.
 */
import { randomUUID } from 'node:crypto';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { ShipcheckError } from '../core/errors.js';
import { maskSecrets } from '../core/secrets.js';
import type { Finding } from '../report/types.js';
import type { SshConnection } from '../ssh/connection.js';
import {
  activeRelease,
  markActive,
  markFailed,
  markPruned,
  parseLedger,
  releasesToPrune,
  rollbackTarget,
  serializeLedger,
  type Release,
} from './ledger.js';
import { probeUrl } from './probe.js';
import * as scripts from './scripts.js';
import { SHA, type DeploySettings } from './settings.js';

export interface StepTiming {
  name: string;
  /** ms after the host's first step started */
  start: number;
  durationMs: number;
  ok: boolean;
}

export type HostOutcome = 'deployed' | 'unchanged' | 'rolled-back' | 'failed' | 'skipped';

export interface HostResult {
  host: string;
  outcome: HostOutcome;
  sha?: string;
  /** what was active before */
  previous?: string;
  steps: StepTiming[];
  findings: Finding[];
  backup?: string;
  /** the last log lines of each container when the gate failed */
  logs?: string;
  error?: string;
}

export interface HostContext {
  log: (line: string) => void;
  /** told when the server lock is taken and released (the action's post step releases leftovers) */
  lockState?: { held(host: string, token: string): void; released(host: string): void };
}

/** A step failed; `rule` and `fix` make the finding. */
class StepFailure extends Error {
  constructor(
    readonly step: string,
    message: string,
    readonly rule: string,
    readonly fix?: string,
  ) {
    super(message);
  }
}

const LOCK_HELD_EXIT = 75;
const OVERRIDE_FILE = '.shipcheck-compose.yml';

export class DeployHost {
  private readonly started = performance.now();
  readonly steps: StepTiming[] = [];
  readonly findings: Finding[] = [];
  private composeCmd: 'v1' | 'v2' = 'v1';
  private lockToken?: string;
  private lockAbort?: AbortController;
  private keeper?: Promise<unknown>;

  constructor(
    readonly connection: SshConnection,
    readonly settings: DeploySettings,
    private readonly context: HostContext,
    /** this host's app-dir and Compose project */
    readonly layout: { appDir: string; project: string } = {
      appDir: settings.appDir,
      project: settings.project,
    },
  ) {}

  get host(): string {
    return this.connection.target.host;
  }

  private env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      ...this.settings.env,
      APP_DIR: this.layout.appDir,
      PROJECT: this.layout.project,
      COMPOSE_CMD: this.composeCmd,
      ...extra,
    };
  }

  private finding(finding: Omit<Finding, 'check'>): void {
    this.findings.push({ ...finding, message: `${this.host}: ${finding.message}`, check: 'ssh-deploy' });
  }

  /** Runs a script as a timed step; non-zero exits throw a StepFailure unless `allowFail`. */
  private async run(
    step: string,
    script: string,
    env: Record<string, string> = {},
    options: { allowFail?: boolean; quiet?: boolean; timeoutMs?: number; rule?: string; fix?: string } = {},
  ) {
    const result = await this.connection.run(script, {
      env: this.env(env),
      timeout: options.timeoutMs ?? this.settings.commandTimeout * 1000,
      onLine: options.quiet
        ? undefined
        : (line, stream) => this.context.log(`[${this.host}] ${stream === 'stderr' ? '! ' : ''}${line}`),
    });
    if (result.code !== 0 && !options.allowFail) {
      const tail = maskSecrets(result.stderr.split('\n').filter(Boolean).slice(-5).join(' | '));
      const why = result.timedOut
        ? `did not finish within ${Math.round((options.timeoutMs ?? this.settings.commandTimeout * 1000) / 1000)} s (its process group was killed)`
        : result.code === null
          ? 'was cut off (the connection dropped or the process was killed)'
          : `exited with ${result.code}`;
      throw new StepFailure(
        step,
        `${step} ${why}${tail ? `: ${tail}` : ''}`,
        options.rule ?? 'deploy-step-failed',
        options.fix,
      );
    }
    return result;
  }

  /** Times `work` as the step `name`. */
  async step<T>(name: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    let ok = false;
    try {
      const value = await work();
      ok = true;
      return value;
    } finally {
      const durationMs = Math.round(performance.now() - start);
      this.steps.push({ name, start: Math.round(start - this.started), durationMs, ok });
      this.context.log(
        `[${this.host}] ${name} ${ok ? 'done' : 'FAILED'} in ${(durationMs / 1000).toFixed(1)}s`,
      );
    }
  }

  // ---- steps ----

  async preflight(): Promise<void> {
    const result = await this.run('preflight', scripts.PREFLIGHT, {}, { quiet: true });
    const facts = Object.fromEntries(
      result.stdout
        .split('\n')
        .map((line) => /^([a-z_]+)=(.*)$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1]!, m[2]!]),
    );
    const missing: string[] = [];
    if (!facts.git) missing.push('git');
    if (!facts.docker && !facts.docker_error) missing.push('docker');
    if (!facts.compose) missing.push('docker compose (v2 plugin) or docker-compose (v1)');
    if (missing.length) {
      throw new StepFailure(
        'preflight',
        `the server lacks ${missing.join(', ')}`,
        'preflight-missing-tool',
        'install them on the server (Debian: apt-get install git docker.io docker-compose)',
      );
    }
    if (facts.docker_error) {
      throw new StepFailure(
        'preflight',
        `docker does not answer for ${this.connection.target.user}: ${facts.docker_error}`,
        'preflight-missing-tool',
        `add ${this.connection.target.user} to the docker group (usermod -aG docker ${this.connection.target.user}) or start dockerd`,
      );
    }
    this.composeCmd = facts.compose!.startsWith('v2') ? 'v2' : 'v1';
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
    this.context.log(
      `[${this.host}] ${facts.git}; docker ${facts.docker}; compose ${facts.compose}; ${Math.round(memKb / 1024)} MiB RAM, ${Math.round(swapKb / 1024)} MiB swap, ${Math.round(diskKb / 1024)} MiB free`,
    );
  }

  /** Takes the server's lock (waiting up to lock-timeout); the keeper holds it until unlock(). */
  async lock(sha: string): Promise<void> {
    this.lockToken = randomUUID();
    this.lockAbort = new AbortController();
    const owner = JSON.stringify({
      runUrl: this.settings.runUrl,
      actor: this.settings.actor,
      sha,
      time: new Date().toISOString(),
      token: undefined,
    }).replace(/^\{/, '');
    let holder = '';
    const locked = new Promise<void>((resolve, reject) => {
      this.keeper = this.connection
        .run(scripts.LOCK_KEEPER, {
          env: this.env({
            LOCK_TOKEN: this.lockToken!,
            LOCK_OWNER: `{${owner}`,
            LOCK_TIMEOUT: String(Math.ceil(this.settings.lockTimeout)),
            LOCK_STALE: String(Math.ceil(this.settings.lockStaleAfter)),
          }),
          timeout: 24 * 3600 * 1000,
          signal: this.lockAbort!.signal,
          onLine: (line) => {
            if (line === 'LOCKED') {
              this.context.lockState?.held(this.host, this.lockToken!);
              resolve();
            } else if (line.startsWith('WAITING ')) {
              holder = line.slice(8);
              this.context.log(`[${this.host}] waiting for the deploy lock held by ${describeOwner(holder)}`);
            } else if (line.startsWith('TAKEOVER ')) {
              const [, why, ...rest] = line.split(' ');
              this.finding({
                rule: 'lock-taken-over',
                severity: 'warning',
                message: `took over a ${why === 'gone' ? 'lock whose holder is gone' : `lock older than ${this.settings.lockStaleAfter} s`} (held by ${describeOwner(rest.join(' '))})`,
                fix: 'nothing to do if that deploy was cancelled or its runner died; check the server if it still runs',
              });
            } else if (line.startsWith('HELD ')) holder = line.slice(5);
          },
        })
        .then((result) => {
          if (result.code === LOCK_HELD_EXIT) {
            reject(
              new StepFailure(
                'lock',
                `another deploy holds the lock after ${this.settings.lockTimeout} s of waiting: ${describeOwner(holder)}`,
                'lock-held',
                'wait for it to finish, or raise lock-timeout; use concurrency: in the workflow so deploys queue',
              ),
            );
          } else
            reject(
              new StepFailure('lock', `the lock keeper ended (${result.code ?? 'cut off'})`, 'lock-held'),
            );
          return result;
        }, reject);
    });
    await locked;
  }

  async unlock(): Promise<void> {
    if (!this.lockToken) return;
    await this.releaseLock(this.lockToken);
  }

  /** Removes the lock if `token` still owns it (also the action's post step, after a cancelled job). */
  async releaseLock(token: string): Promise<boolean> {
    this.lockToken ??= token;
    try {
      const result = await this.run(
        'unlock',
        scripts.UNLOCK,
        { LOCK_TOKEN: token },
        { quiet: true, timeoutMs: 30_000 },
      );
      return /^released$/m.test(result.stdout);
    } finally {
      this.lockAbort?.abort();
      await this.keeper?.catch(() => undefined);
      this.lockToken = undefined;
      this.context.lockState?.released(this.host);
    }
  }

  async readState(): Promise<{ releases: Release[]; current?: string }> {
    const result = await this.run('read ledger', scripts.READ_STATE, {}, { quiet: true, timeoutMs: 30_000 });
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

  private async writeLedger(releases: readonly Release[]): Promise<void> {
    await this.run('ledger', scripts.WRITE_LEDGER, { LEDGER: serializeLedger(releases) }, { quiet: true });
  }

  async fetch(sha: string): Promise<void> {
    const result = await this.run(
      'fetch',
      scripts.FETCH,
      { REPO: this.settings.repo, SHA: sha },
      {
        rule: 'fetch-failed',
        fix: `check that the server can read ${this.settings.repo} (a deploy key on the server) and that the commit was pushed`,
      },
    );
    const head = /^head=([0-9a-f]{40})$/m.exec(result.stdout)?.[1];
    if (head !== sha) {
      throw new StepFailure(
        'fetch',
        `releases/${sha} has HEAD ${head ?? 'unknown'}, not ${sha}`,
        'fetch-failed',
      );
    }
  }

  async linkShared(sha: string): Promise<void> {
    const result = await this.run('link shared', scripts.LINK_SHARED, {
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
  async build(
    sha: string,
    known?: Release,
  ): Promise<{ composeFiles: string[]; images: string[]; cached: boolean }> {
    const composeFiles = [...this.settings.composeFiles, OVERRIDE_FILE];
    // a release deployed before with the same files: its SHA-tagged images may all still be there
    if (
      known &&
      known.images.length > 0 &&
      known.composeFiles.join(':') === composeFiles.join(':') &&
      known.images.every((image) => /^[a-z0-9/._:-]+$/.test(image))
    ) {
      const check = await this.run(
        'images',
        scripts.IMAGES_PRESENT,
        { SHA: sha, IMAGES: known.images.join(' ') },
        { allowFail: true, quiet: true },
      );
      if (check.code === 0) {
        this.context.log(`[${this.host}] built=cached (${known.images.join(', ')})`);
        return { composeFiles, images: known.images, cached: true };
      }
    }
    const ownFiles = this.settings.composeFiles.join(':');
    const config = await this.run(
      'compose config',
      scripts.COMPOSE_CONFIG,
      { SHA: sha, COMPOSE_FILE: ownFiles },
      {
        quiet: true,
        rule: 'release-compose-invalid',
        fix: 'run docker-compose config in the repository and fix what it reports',
      },
    );
    let model: { services?: Record<string, { build?: unknown; image?: string }> };
    try {
      model = (parseYaml(config.stdout) ?? {}) as typeof model;
    } catch (error) {
      throw new StepFailure(
        'build',
        `compose config printed YAML that does not parse: ${(error as Error).message}`,
        'release-compose-invalid',
      );
    }
    const services: Record<string, { image: string }> = {};
    const images: string[] = [];
    for (const [name, service] of Object.entries(model.services ?? {})) {
      if (!service?.build) continue;
      const image = `shipcheck/${this.layout.project}-${name.toLowerCase().replace(/[^a-z0-9_.-]/g, '')}:${sha}`;
      services[name] = { image };
      images.push(image);
    }
    const override = stringifyYaml({ services });
    const result = await this.run(
      'build',
      scripts.BUILD,
      {
        SHA: sha,
        OVERRIDE: override,
        IMAGES: images.join(' '),
        COMPOSE_FILE: composeFiles.join(':'),
      },
      {
        rule: 'release-build-failed',
        fix: 'run docker-compose build at this commit; the build log above shows the failing step',
      },
    );
    return { composeFiles, images, cached: /^built=cached$/m.test(result.stdout) };
  }

  async backup(label: string, sha: string, composeFiles: string[]): Promise<string | undefined> {
    const raw = this.settings.backupDatabaseUrl;
    const service = this.settings.backupService;
    if (!raw && !service) return undefined;
    const url = raw ? new URL(raw) : undefined;
    const result = await this.run(
      'backup',
      scripts.BACKUP,
      {
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
      },
      {
        rule: 'backup-failed',
        fix: service
          ? `check that the ${service} service runs and has mysqldump (and backup-database-url as that container sees it)`
          : 'check backup-database-url as the server sees it, and that mysqldump is installed there',
      },
    );
    const file = /^backup=(.+)$/m.exec(result.stdout)?.[1];
    const bytes = /^bytes=(\d+)$/m.exec(result.stdout)?.[1];
    this.context.log(`[${this.host}] database backup ${file} (${bytes} bytes)`);
    return file;
  }

  async migrate(sha: string, composeFiles: string[]): Promise<void> {
    if (!this.settings.migrateCommand) return;
    await this.run(
      'migrate',
      scripts.MIGRATE,
      {
        SHA: sha,
        MIGRATE_COMMAND: this.settings.migrateCommand,
        COMPOSE_FILE: composeFiles.join(':'),
      },
      {
        rule: 'migration-failed',
        fix: 'the migration output is above; the database backup (if taken) is listed in the summary',
      },
    );
  }

  async up(sha: string, composeFiles: string[]): Promise<void> {
    await this.run(
      'up',
      scripts.UP,
      { SHA: sha, COMPOSE_FILE: composeFiles.join(':') },
      {
        rule: 'release-up-failed',
      },
    );
  }

  /**
   * Passes when, twice in a row (0.5 s apart), every container runs (or exited 0), none restarts, every health check is
   * healthy, and the health URL / command succeed; fails at once on unhealthy, restarting, OOM or a crash.
   */
  async healthGate(
    sha: string,
    composeFiles: string[],
    timeoutSeconds = this.settings.healthTimeout,
  ): Promise<void> {
    const deadline = performance.now() + timeoutSeconds * 1000;
    let passes = 0;
    let last = 'no containers yet';
    // restarts before this gate (an unchanged container keeps its count) are not this deploy's
    const baseline = new Map<string, number>();
    for (;;) {
      const states = await this.run(
        'health',
        scripts.CONTAINER_STATES,
        {},
        { quiet: true, timeoutMs: 30_000 },
      );
      const containers = states.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [
            service = '?',
            status = '',
            health = '',
            count = '0',
            oom = 'false',
            exit = '0',
            name = service,
          ] = line.split(' ');
          if (!baseline.has(name)) baseline.set(name, Number(count));
          const restarts = Number(count) - baseline.get(name)!;
          return { service, status, health, restarts, oom: oom === 'true', exit: Number(exit) };
        });
      const broken = containers.find(
        (c) =>
          c.oom ||
          c.health === 'unhealthy' ||
          c.status === 'restarting' ||
          c.restarts > 0 ||
          c.status === 'dead' ||
          (c.status === 'exited' && c.exit !== 0),
      );
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
      let ready =
        containers.length > 0 &&
        containers.every(
          (c) =>
            (c.status === 'running' && (c.health === 'healthy' || c.health === 'none')) ||
            (c.status === 'exited' && c.exit === 0),
        );
      last =
        containers
          .map((c) => `${c.service} ${c.status}${c.health === 'none' ? '' : `/${c.health}`}`)
          .join(', ') || 'no containers';
      if (ready && this.settings.healthUrl) {
        const probe = await probeUrl(this.settings.healthUrl, (host, port) =>
          this.connection.forwardOut(host, port),
        );
        if (!probe.ok) {
          ready = false;
          last += `; ${this.settings.healthUrl} answered ${probe.detail}`;
        }
      }
      if (ready && this.settings.healthCommand) {
        const probe = await this.run(
          'health command',
          scripts.HEALTH_COMMAND,
          {
            SHA: sha,
            HEALTH_COMMAND: this.settings.healthCommand,
            COMPOSE_FILE: composeFiles.join(':'),
          },
          { allowFail: true, quiet: true, timeoutMs: 30_000 },
        );
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
        throw new StepFailure(
          'health gate',
          `not healthy within ${timeoutSeconds} s: ${last}`,
          'health-gate-failed',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  async containerLogs(lines = 30): Promise<string> {
    const result = await this.run(
      'logs',
      scripts.CONTAINER_LOGS,
      { LOG_LINES: String(lines) },
      {
        allowFail: true,
        quiet: true,
        timeoutMs: 60_000,
      },
    );
    return maskSecrets(result.stdout).slice(-8000);
  }

  async switchTo(sha: string, releases: readonly Release[]): Promise<void> {
    await this.run(
      'switch',
      scripts.SWITCH,
      { SHA: sha, LEDGER: serializeLedger(releases) },
      { quiet: true },
    );
  }

  async prune(releases: Release[]): Promise<Release[]> {
    const victims = releasesToPrune(releases, this.settings.keep).filter((r) => SHA.test(r.sha));
    if (victims.length === 0) return releases;
    const images = victims.flatMap((r) => r.images).filter((image) => /^[a-z0-9/._:-]+$/.test(image));
    await this.run('prune', scripts.PRUNE, {
      PRUNE_RELEASES: victims.map((r) => r.sha).join(' '),
      PRUNE_IMAGES: images.join(' '),
    });
    const next = markPruned(releases, victims);
    await this.writeLedger(next);
    return next;
  }

  // ---- flows ----

  /** The whole deploy of `sha` on this host; never throws (failures become findings). */
  async deploy(sha: string): Promise<HostResult> {
    let previous: Release | undefined;
    let reachedUp = false;
    let built: { composeFiles: string[]; images: string[] } | undefined;
    let backup: string | undefined;
    let releases: Release[] = [];
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
      built = await this.step('build', () =>
        this.build(
          sha,
          releases.find((r) => r.sha === sha && !r.pruned),
        ),
      );
      backup = await this.step('backup', () => this.backup(previous?.sha ?? sha, sha, built!.composeFiles));
      await this.step('migrate', () => this.migrate(sha, built!.composeFiles));
      reachedUp = true;
      await this.step('up', () => this.up(sha, built!.composeFiles));
      await this.step('health gate', () => this.healthGate(sha, built!.composeFiles));
      const entry = this.entry(sha, built);
      releases = markActive(releases, entry);
      await this.step('switch', () => this.switchTo(sha, releases));
      await this.step('prune', () => this.prune(releases).then((next) => (releases = next)));
      const unchanged = previous?.sha === sha;
      return this.result(unchanged ? 'unchanged' : 'deployed', sha, previous?.sha, { backup });
    } catch (error) {
      const failure = asFailure(error);
      this.finding({ rule: failure.rule, severity: 'error', message: failure.message, fix: failure.fix });
      if (!reachedUp) return this.result('failed', sha, previous?.sha, { error: failure.message, backup });
      // the new release touched what the server serves: put the previous one back
      const logs = await this.containerLogs().catch(() => undefined);
      if (built) {
        await this.writeLedger(markFailed(releases, this.entry(sha, built), failure.message)).catch(
          () => undefined,
        );
        releases = markFailed(releases, this.entry(sha, built), failure.message);
      }
      if (!previous || previous.sha === sha) {
        this.finding({
          rule: 'rollback-unavailable',
          severity: 'error',
          message:
            'there is no earlier release to go back to, so the failed one was left running for inspection',
          fix: 'fix the failure and deploy again',
        });
        return this.result('failed', sha, previous?.sha, { error: failure.message, logs, backup });
      }
      try {
        await this.step('rollback', () => this.restore(previous!));
        this.finding({
          rule: 'deploy-rolled-back',
          severity: 'error',
          message: `${sha.slice(0, 12)} failed (${failure.message}); ${previous!.sha.slice(0, 12)} runs again`,
          fix: `the container logs are in the report${backup ? `; the database backup taken before it is ${backup} (restoring it is a separate, explicit step)` : ''}`,
        });
        return this.result('rolled-back', sha, previous.sha, { error: failure.message, logs, backup });
      } catch (rollbackError) {
        const second = asFailure(rollbackError);
        this.finding({
          rule: 'rollback-failed',
          severity: 'error',
          message: `the automatic rollback to ${previous.sha.slice(0, 12)} failed too: ${second.message}`,
          fix: 'look at the server now: docker ps -a, and the logs in the report',
        });
        return this.result('failed', sha, previous.sha, { error: failure.message, logs, backup });
      }
    } finally {
      await this.step('unlock', () => this.unlock()).catch(() => undefined);
    }
  }

  /** Starts `release` from its own images and compose files and waits for it; `current` is not touched. */
  private async restore(release: Release): Promise<void> {
    const files = release.composeFiles.length
      ? release.composeFiles
      : [...this.settings.composeFiles, OVERRIDE_FILE];
    await this.up(release.sha, files);
    await this.healthGate(release.sha, files, Math.max(30, this.settings.healthTimeout));
  }

  /** Rollback to `previous` or a SHA from the ledger, without rebuilding. Never throws. */
  async rollback(to: string): Promise<HostResult> {
    let from: string | undefined;
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
        throw new StepFailure(
          'rollback',
          to === 'previous'
            ? `no release to roll back to (ledger: ${listing || 'empty'})`
            : `${to} is not a release on this server (ledger: ${listing || 'empty'})`,
          'rollback-target-invalid',
          'shipcheck releases lists what the server has',
        );
      }
      if (target.pruned) {
        throw new StepFailure(
          'rollback',
          `${target.sha.slice(0, 12)} was pruned (keep)`,
          'rollback-target-invalid',
          'deploy it again instead',
        );
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
    } catch (error) {
      const failure = asFailure(error);
      this.finding({ rule: failure.rule, severity: 'error', message: failure.message, fix: failure.fix });
      return this.result('failed', to === 'previous' ? undefined : to, from, { error: failure.message });
    } finally {
      await this.step('unlock', () => this.unlock()).catch(() => undefined);
    }
  }

  private entry(sha: string, built: { composeFiles: string[]; images: string[] }): Omit<Release, 'status'> {
    return {
      sha,
      time: new Date().toISOString(),
      actor: this.settings.actor,
      runUrl: this.settings.runUrl,
      composeFiles: built.composeFiles,
      images: built.images,
    };
  }

  private result(
    outcome: HostOutcome,
    sha: string | undefined,
    previous: string | undefined,
    extra: Partial<HostResult> = {},
  ): HostResult {
    return { host: this.host, outcome, sha, previous, steps: this.steps, findings: this.findings, ...extra };
  }
}

function asFailure(error: unknown): StepFailure {
  if (error instanceof StepFailure) return error;
  if (error instanceof ShipcheckError)
    return new StepFailure('deploy', error.describe(), 'deploy-step-failed', error.fix);
  return new StepFailure(
    'deploy',
    maskSecrets(error instanceof Error ? error.message : String(error)),
    'deploy-step-failed',
  );
}

/** `{"pid":1,"runUrl":...,"actor":"ana","sha":"abc..."}` -> `ana (run URL) deploying abc123 since ...` */
function describeOwner(json: string): string {
  try {
    const owner = JSON.parse(json) as {
      actor?: string;
      runUrl?: string;
      sha?: string;
      time?: string;
      pid?: number;
    };
    return [
      owner.actor ?? 'someone',
      owner.sha ? `deploying ${String(owner.sha).slice(0, 12)}` : '',
      owner.time ? `since ${owner.time}` : '',
      owner.runUrl ? `(${owner.runUrl})` : '',
      owner.pid ? `pid ${owner.pid}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  } catch {
    return json.slice(0, 200) || 'an unknown holder';
  }
}
