/**
 * The checks that need the server itself, over the shared SSH connection: host resources (memory, swap,
 * load, disk, each container's memory against its limit, OOM kills and restarts, kernel OOM lines) and the
 * deployed commit from the release ledger. Scripts are constants; values arrive as environment variables.
 */
import type { SshConnection } from '../ssh/connection.js';
import { result, versionResult, type CheckResult, type Problem } from './checks.js';
import type { ResourcesCheck, VersionCheck } from './spec.js';

export const RESOURCES_SCRIPT = `
awk '/^MemTotal:/{print "mem_total=" $2*1024} /^MemAvailable:/{print "mem_available=" $2*1024} /^SwapTotal:/{print "swap_total=" $2*1024} /^SwapFree:/{print "swap_free=" $2*1024}' /proc/meminfo
echo "load=$(cut -d' ' -f1 /proc/loadavg)"
echo "nproc=$(nproc 2>/dev/null || echo 1)"
d="$CHECK_PATH"; while [ ! -d "$d" ]; do d=$(dirname "$d"); done
df -Pk "$d" | awk 'NR==2{gsub("%","",$5); print "disk_used_pct=" $5; print "disk_free_kb=" $4}'
if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  ids=$(docker ps -aq)
  if [ -n "$ids" ]; then
    docker inspect --format 'container {{.Name}} {{.State.Status}} {{.State.OOMKilled}} {{.RestartCount}} {{.HostConfig.Memory}}' $ids
    docker stats --no-stream --format 'stats {{.Name}} {{.MemUsage}}' $(docker ps -q) 2>/dev/null || true
  fi
fi
{ dmesg 2>/dev/null || journalctl -k -n 200 --no-pager 2>/dev/null || true; } | grep -iE 'out of memory|oom-kill|killed process' | tail -n 3 | sed 's/^/kernel /' || true
`;

const UNITS: Record<string, number> = {
  b: 1,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
};

/** `12.5MiB` -> bytes */
export function parseDockerSize(text: string): number | undefined {
  const match = /^([\d.]+)\s*([KMGT]?i?B)$/i.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * (UNITS[match[2]!.toLowerCase()] ?? 1);
}

const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;

export function resourceProblems(
  output: string,
  check: ResourcesCheck,
  host: string,
): { problems: Problem[]; detail: string } {
  const facts: Record<string, string> = {};
  const containers: Array<{ name: string; status: string; oom: boolean; restarts: number; limit: number }> =
    [];
  const usage = new Map<string, number>();
  const kernel: string[] = [];
  for (const line of output.split('\n')) {
    const fact = /^([a-z_]+)=(.*)$/.exec(line);
    if (fact) facts[fact[1]!] = fact[2]!;
    else if (line.startsWith('container ')) {
      const [, name = '', status = '', oom = '', restarts = '0', limit = '0'] = line.split(' ');
      containers.push({
        name: name.replace(/^\//, ''),
        status,
        oom: oom === 'true',
        restarts: Number(restarts),
        limit: Number(limit),
      });
    } else if (line.startsWith('stats ')) {
      const [, name = '', used = ''] = line.split(' ');
      const bytes = parseDockerSize(used);
      if (bytes !== undefined) usage.set(name, bytes);
    } else if (line.startsWith('kernel ')) kernel.push(line.slice(7));
  }
  const problems: Problem[] = [];
  const add = (rule: string, severity: Problem['severity'], message: string, fix: string) =>
    problems.push({ rule, severity, message: `${host}: ${message}`, fix });
  const total = Number(facts.mem_total ?? 0);
  const available = Number(facts.mem_available ?? 0);
  const usedPct = total > 0 ? ((total - available) / total) * 100 : 0;
  if (usedPct >= check.memoryFail) {
    add(
      'host-memory-high',
      'error',
      `${usedPct.toFixed(0)}% of ${mib(total)} RAM in use`,
      'give every service a memory limit (deploy.resources.limits) that fits the host, or a bigger host',
    );
  } else if (usedPct >= check.memoryWarn) {
    add(
      'host-memory-high',
      'warning',
      `${usedPct.toFixed(0)}% of ${mib(total)} RAM in use`,
      'check the containers below; lower gunicorn workers or add limits',
    );
  }
  const swapTotal = Number(facts.swap_total ?? 0);
  const swapUsed = swapTotal - Number(facts.swap_free ?? 0);
  if (swapTotal === 0 && total > 0 && total <= 2 * 1024 ** 3) {
    add(
      'host-no-swap',
      'warning',
      `${mib(total)} of RAM and no swap: the next spike ends in the OOM killer`,
      'fallocate -l 1G /swapfile && chmod 600 /swapfile && mkswap /swapfile && swapon /swapfile',
    );
  } else if (swapTotal > 0 && (swapUsed / swapTotal) * 100 >= check.swapWarn) {
    add(
      'host-swapping',
      'warning',
      `${((swapUsed / swapTotal) * 100).toFixed(0)}% of swap in use (${mib(swapUsed)}): the host is short of memory`,
      'lower memory use or add RAM; swap keeps it alive but slow',
    );
  }
  const cpus = Math.max(1, Number(facts.nproc ?? 1));
  const load = Number(facts.load ?? 0) / cpus;
  if (load >= check.loadFail) {
    add(
      'host-cpu-saturated',
      'error',
      `load ${facts.load} on ${cpus} CPU(s): the host is saturated`,
      'set cpus limits on the services (deploy.resources.limits.cpus) and find the busy container (docker stats)',
    );
  } else if (load >= check.loadWarn) {
    add(
      'host-cpu-saturated',
      'warning',
      `load ${facts.load} on ${cpus} CPU(s)`,
      'find the busy container with docker stats',
    );
  }
  const disk = Number(facts.disk_used_pct ?? 0);
  if (disk >= check.diskFail) {
    add(
      'host-disk-full',
      'error',
      `disk ${disk}% full at ${check.path}`,
      'docker system prune; rotate logs; lower ssh-deploy keep',
    );
  } else if (disk >= check.diskWarn) {
    add(
      'host-disk-full',
      'warning',
      `disk ${disk}% full at ${check.path}`,
      'docker system prune; rotate logs',
    );
  }
  for (const container of containers) {
    if (container.oom) {
      add(
        'container-oom-killed',
        'error',
        `container ${container.name} was killed for exceeding its memory limit (OOMKilled)`,
        'raise its limit or make it use less (fewer workers, lazy model loading)',
      );
    }
    if (container.restarts > 0) {
      add(
        'container-restarting',
        container.status === 'restarting' ? 'error' : 'warning',
        `container ${container.name} restarted ${container.restarts} time(s) (${container.status})`,
        `docker logs ${container.name} shows why`,
      );
    }
    const used = usage.get(container.name);
    if (container.status === 'running' && (container.limit === 0 || container.limit >= total)) {
      add(
        'container-no-memory-limit',
        'warning',
        `container ${container.name} has no memory limit${used ? ` (uses ${mib(used)})` : ''}: it can take the whole host`,
        'set deploy.resources.limits.memory (or mem_limit) in the Compose file',
      );
    } else if (
      used !== undefined &&
      container.limit > 0 &&
      (used / container.limit) * 100 >= check.containerWarn
    ) {
      add(
        'container-memory-near-limit',
        'warning',
        `container ${container.name} uses ${mib(used)} of its ${mib(container.limit)} limit`,
        'raise the limit before the OOM killer does it for you',
      );
    }
  }
  if (kernel.length > 0) {
    add(
      'kernel-oom',
      'warning',
      `the kernel log has OOM kills: ${kernel.join(' | ').slice(0, 300)}`,
      'add limits and swap; see which process was killed',
    );
  }
  const detail = `RAM ${usedPct.toFixed(0)}% of ${mib(total)}, swap ${swapTotal ? mib(swapUsed) : 'none'}, load ${facts.load ?? '?'}/${cpus} CPU, disk ${disk}%, ${containers.length} container(s)`;
  return { problems, detail };
}

export async function runResources(check: ResourcesCheck, ssh: SshConnection): Promise<CheckResult> {
  const started = performance.now();
  const run = await ssh.run(RESOURCES_SCRIPT, { env: { CHECK_PATH: check.path }, timeout: 60_000 });
  if (run.code !== 0) {
    return result(
      check,
      ssh.label,
      started,
      [
        {
          rule: 'resources-unreadable',
          severity: 'error',
          message: `${ssh.label}: reading the host's resources failed (${run.code ?? 'cut off'}): ${run.stderr.slice(-200)}`,
          fix: 'the deploy user needs /proc, df and docker',
        },
      ],
      'unreadable',
    );
  }
  const { problems, detail } = resourceProblems(run.stdout, check, ssh.target.host);
  return result(check, ssh.label, started, problems, detail);
}

/** The commit `current` points at, read from the server (ssh-deploy's layout). */
export async function runVersionSsh(
  check: VersionCheck,
  ssh: SshConnection,
  appDir: string,
): Promise<CheckResult> {
  const started = performance.now();
  const run = await ssh.run(
    'case "$APP_DIR" in "~/"*) APP_DIR="$HOME/${APP_DIR#"~/"}" ;; esac\nreadlink "$APP_DIR/current" || true',
    { env: { APP_DIR: appDir }, timeout: 30_000 },
  );
  const sha = /releases\/([0-9a-f]{40})$/.exec(run.stdout.trim())?.[1];
  return versionResult(check, `${ssh.label}:${appDir}/current`, started, sha);
}
