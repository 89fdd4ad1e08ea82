/**
 * ssh-deploy across one or more hosts: batches (a count or a percentage, optionally a canary of one first),
 * each batch's hosts in parallel; the first batch with a failing host stops the rollout and the hosts that
 * were already switched in earlier batches are rolled back to what they ran before.
 */
import { ShipcheckError } from '../core/errors.js';
import type { StepRunner } from '../core/steps.js';
import type { Finding } from '../report/types.js';
import { SshConnection } from '../ssh/connection.js';
import type { SshTarget } from '../ssh/connection.js';
import { DeployHost, type HostContext, type HostResult } from './host.js';
import type { Release } from './ledger.js';
import type { DeploySettings } from './settings.js';

export interface DeployRun {
  findings: Finding[];
  data: {
    mode: 'deploy' | 'rollback' | 'releases';
    sha?: string;
    hosts: HostResult[];
    batches: string[][];
    /** per host, for `releases` */
    releases?: Record<string, { current?: string; releases: Release[] }>;
  };
}

export interface DeployOptions {
  steps: StepRunner;
  log: (line: string) => void;
  warn?: (line: string) => void;
  debug?: (line: string) => void;
  lockState?: HostContext['lockState'];
}

export function batchesOf(targets: readonly SshTarget[], batchSize: number, canary: boolean): SshTarget[][] {
  const batches: SshTarget[][] = [];
  let rest = [...targets];
  if (canary && rest.length > 1) {
    batches.push(rest.slice(0, 1));
    rest = rest.slice(1);
  }
  for (let i = 0; i < rest.length; i += batchSize) batches.push(rest.slice(i, i + batchSize));
  return batches;
}

const label = (target: SshTarget) => `${target.host}${target.port === 22 ? '' : `:${target.port}`}`;

export function connect(
  target: SshTarget,
  settings: DeploySettings,
  options: DeployOptions,
): Promise<SshConnection> {
  return SshConnection.open(target, { ...settings.ssh.connect, warn: options.warn, debug: options.debug });
}

/**
 * Connects to every host before anything runs on any of them: a refused host key, a failed login or an
 * unreachable host stops the whole command (exit 2) with one line per host, and no server has changed.
 */
export async function connectAll(
  settings: DeploySettings,
  options: DeployOptions,
): Promise<Map<SshTarget, SshConnection>> {
  const outcomes = await Promise.allSettled(
    settings.ssh.targets.map((target) => connect(target, settings, options)),
  );
  const connections = new Map<SshTarget, SshConnection>();
  const failures: string[] = [];
  let fix: string | undefined;
  outcomes.forEach((outcome, index) => {
    const target = settings.ssh.targets[index]!;
    if (outcome.status === 'fulfilled') connections.set(target, outcome.value);
    else {
      const error = outcome.reason as unknown;
      failures.push(error instanceof ShipcheckError ? error.message : String(error));
      fix ??= error instanceof ShipcheckError ? error.fix : undefined;
    }
  });
  if (failures.length > 0) {
    for (const connection of connections.values()) connection.close();
    throw new ShipcheckError(
      'connection',
      `${failures.join('; ')}${settings.ssh.targets.length > 1 ? ' (nothing was changed on any host)' : ''}`,
      { fix },
    );
  }
  return connections;
}

function hostFor(
  connection: SshConnection,
  target: SshTarget,
  settings: DeploySettings,
  options: DeployOptions,
): DeployHost {
  const index = settings.ssh.targets.indexOf(target);
  return new DeployHost(
    connection,
    settings,
    { log: options.log, lockState: options.lockState },
    settings.layouts[index] ?? { appDir: settings.appDir, project: settings.project },
  );
}

/** One host with its own connection (the post step, which releases a lock left behind). */
export async function withHost<T>(
  target: SshTarget,
  settings: DeploySettings,
  options: DeployOptions,
  work: (host: DeployHost) => Promise<T>,
): Promise<T> {
  const connection = await connect(target, settings, options);
  try {
    return await work(hostFor(connection, target, settings, options));
  } finally {
    connection.close();
  }
}

async function withAll<T>(
  settings: DeploySettings,
  options: DeployOptions,
  work: (hosts: Map<SshTarget, DeployHost>) => Promise<T>,
): Promise<T> {
  const connections = await connectAll(settings, options);
  try {
    const hosts = new Map(
      [...connections].map(([target, connection]) => [
        target,
        hostFor(connection, target, settings, options),
      ]),
    );
    return await work(hosts);
  } finally {
    for (const connection of connections.values()) connection.close();
  }
}

export async function sshDeploy(settings: DeploySettings, options: DeployOptions): Promise<DeployRun> {
  if (settings.rollbackTo) return rollbackAll(settings, settings.rollbackTo, options);
  return withAll(settings, options, (hosts) => deployAll(settings, options, hosts));
}

async function deployAll(
  settings: DeploySettings,
  options: DeployOptions,
  hosts: Map<SshTarget, DeployHost>,
): Promise<DeployRun> {
  const sha = settings.ref!;
  const batches = batchesOf(settings.ssh.targets, settings.batchSize, settings.canary);
  const results: HostResult[] = [];
  const switched: Array<{ target: SshTarget; previous?: string }> = [];
  let stopped = false;
  for (const [index, batch] of batches.entries()) {
    if (stopped) {
      for (const target of batch) {
        results.push({ host: target.host, outcome: 'skipped', sha, steps: [], findings: [] });
      }
      continue;
    }
    const name = `deploy ${sha.slice(0, 12)}: batch ${index + 1}/${batches.length} (${batch.map(label).join(', ')})`;
    const batchResults = await options.steps.run(name, () =>
      Promise.all(batch.map((target) => hosts.get(target)!.deploy(sha))),
    );
    results.push(...batchResults);
    batchResults.forEach((result, i) => {
      if (result.outcome === 'deployed' || result.outcome === 'unchanged') {
        switched.push({ target: batch[i]!, previous: result.previous });
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
        if (!previous || previous === sha) continue;
        const host = hosts.get(target)!;
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
          message:
            result.outcome === 'rolled-back'
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

export async function rollbackAll(
  settings: DeploySettings,
  to: string,
  options: DeployOptions,
): Promise<DeployRun> {
  const targets = settings.ssh.targets;
  const results = await withAll(settings, options, (hosts) =>
    options.steps.run(`rollback to ${to === 'previous' ? 'the previous release' : to.slice(0, 12)}`, () =>
      Promise.all(targets.map((target) => hosts.get(target)!.rollback(to))),
    ),
  );
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

export async function listReleases(settings: DeploySettings, options: DeployOptions): Promise<DeployRun> {
  const releases: Record<string, { current?: string; releases: Release[] }> = {};
  const results = await withAll(settings, options, (hosts) =>
    Promise.all(
      settings.ssh.targets.map(async (target) => {
        const host = hosts.get(target)!;
        releases[label(target)] = await host.readState();
        return { host: target.host, outcome: 'unchanged', steps: [], findings: host.findings } as HostResult;
      }),
    ),
  );
  return {
    findings: results.flatMap((result) => result.findings),
    data: { mode: 'releases', hosts: results, batches: [], releases },
  };
}
