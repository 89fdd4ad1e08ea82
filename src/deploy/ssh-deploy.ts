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

/** Opens the connection; a refused host key or failed authentication becomes a failed host, not a crash. */
export async function withHost<T>(
  target: SshTarget,
  settings: DeploySettings,
  options: DeployOptions,
  work: (host: DeployHost) => Promise<T>,
  onConnectFailure: (error: unknown) => T,
): Promise<T> {
  let connection: SshConnection;
  try {
    connection = await SshConnection.open(target, {
      ...settings.ssh.connect,
      warn: options.warn,
      debug: options.debug,
    });
  } catch (error) {
    return onConnectFailure(error);
  }
  try {
    return await work(new DeployHost(connection, settings, { log: options.log, lockState: options.lockState }));
  } finally {
    connection.close();
  }
}

function connectFailure(target: SshTarget, error: unknown, sha?: string): HostResult {
  const message = error instanceof ShipcheckError ? error.message : String(error);
  return {
    host: target.host,
    outcome: 'failed',
    sha,
    steps: [],
    error: message,
    findings: [
      {
        rule: 'ssh-connection-failed',
        severity: 'error',
        message: `${label(target)}: ${message}`,
        fix: error instanceof ShipcheckError ? error.fix : undefined,
        check: 'ssh-deploy',
      },
    ],
  };
}

export async function sshDeploy(settings: DeploySettings, options: DeployOptions): Promise<DeployRun> {
  if (settings.rollbackTo) return rollbackAll(settings, settings.rollbackTo, options);
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
      Promise.all(
        batch.map((target) =>
          withHost(target, settings, options, (host) => host.deploy(sha), (error) => connectFailure(target, error, sha)),
        ),
      ),
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
        const result = await withHost(target, settings, options, (host) => host.rollback(previous), (error) =>
          connectFailure(target, error, previous),
        );
        const deployed = results.find((r) => r.host === target.host && r.outcome !== 'skipped');
        if (deployed && result.outcome === 'rolled-back') {
          deployed.outcome = 'rolled-back';
          deployed.error = 'rolled back because a later batch failed';
        }
        findings.push(
          ...result.findings,
          {
            rule: 'rollout-rolled-back',
            severity: result.outcome === 'rolled-back' ? 'error' : 'error',
            message:
              result.outcome === 'rolled-back'
                ? `${label(target)}: back on ${previous.slice(0, 12)} because a later batch failed`
                : `${label(target)}: still on ${sha.slice(0, 12)}; rolling it back after a later batch failed did not work`,
            fix: 'see the failing host above',
            check: 'ssh-deploy',
          },
        );
      }
    });
  }
  return { findings, data: { mode: 'deploy', sha, hosts: results, batches: batches.map((b) => b.map(label)) } };
}

export async function rollbackAll(settings: DeploySettings, to: string, options: DeployOptions): Promise<DeployRun> {
  const targets = settings.ssh.targets;
  const results = await options.steps.run(`rollback to ${to === 'previous' ? 'the previous release' : to.slice(0, 12)}`, () =>
    Promise.all(
      targets.map((target) =>
        withHost(target, settings, options, (host) => host.rollback(to), (error) => connectFailure(target, error)),
      ),
    ),
  );
  return {
    findings: results.flatMap((result) => result.findings),
    data: { mode: 'rollback', sha: to, hosts: results, batches: [targets.map(label)] },
  };
}

export async function listReleases(settings: DeploySettings, options: DeployOptions): Promise<DeployRun> {
  const releases: Record<string, { current?: string; releases: Release[] }> = {};
  const results = await Promise.all(
    settings.ssh.targets.map((target) =>
      withHost(
        target,
        settings,
        options,
        async (host) => {
          const state = await host.readState();
          releases[label(target)] = state;
          return { host: target.host, outcome: 'unchanged', steps: [], findings: host.findings } as HostResult;
        },
        (error) => connectFailure(target, error),
      ),
    ),
  );
  return {
    findings: results.flatMap((result) => result.findings),
    data: { mode: 'releases', hosts: results, batches: [], releases },
  };
}
