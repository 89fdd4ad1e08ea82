/**
 * post-deploy-verify: phase 1 waits until the app is ready (one check retried with backoff within a deadline);
 * phase 2 runs every check once, a bounded number at a time, so a flaky endpoint shows up instead of being
 * retried away. Checks that need the server (resources, version over SSH) share one SSH connection.
 */
import type { StepRunner } from '../core/steps.js';
import type { Finding } from '../report/types.js';
import { SshConnection } from '../ssh/connection.js';
import { createDispatcher } from './http.js';
import {
  result,
  runHttp,
  runRedirect,
  runTls,
  runUpload,
  runVersionHttp,
  waitUntilReady,
  type CheckResult,
  type RunContext,
} from './checks.js';
import { runResources, runVersionSsh } from './remote.js';
import type { Check, DatabaseCheck } from './spec.js';
import type { VerifySettings } from './settings.js';

export interface VerifyRun {
  findings: Finding[];
  data: {
    passed: number;
    failed: number;
    /** checks not run: the app never became ready */
    skipped: number;
    results: CheckResult[];
    wait?: CheckResult & { attempts: number };
  };
}

async function runDatabase(check: DatabaseCheck, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  const url = new URL(check.url);
  const label = `mysql://${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}${url.pathname}`;
  try {
    const { default: mysql } = await import('mysql2/promise');
    const connection = await mysql.createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: decodeURIComponent(url.pathname.replace(/^\//, '')) || undefined,
      connectTimeout: timeoutMs,
    });
    try {
      await connection.query({ sql: 'SELECT 1', timeout: timeoutMs });
    } finally {
      await connection.end().catch(() => connection.destroy());
    }
    return result(check, label, started, [], 'SELECT 1 answered');
  } catch (error) {
    const e = error as { code?: string; sqlMessage?: string; message?: string };
    return result(
      check,
      label,
      started,
      [
        {
          rule: 'database-unreachable',
          severity: 'error',
          message:
            `${check.name}: ${label}: ${e.code ?? ''} ${e.sqlMessage ?? e.message ?? String(error)}`.replace(
              /\s+/g,
              ' ',
            ),
          fix: 'check that the database runs and that the user and password are the production ones',
        },
      ],
      e.code ?? 'failed',
    );
  }
}

/** A bounded pool: at most `limit` of `work` at once, results in input order. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function postDeployVerify(
  settings: VerifySettings,
  options: { steps: StepRunner; log: (line: string) => void; warn?: (line: string) => void },
): Promise<VerifyRun> {
  const { spec } = settings;
  const dispatcher = createDispatcher(spec.caFile);
  const context: RunContext = { dispatcher, timeoutMs: spec.timeoutMs, caFile: spec.caFile };
  let ssh: SshConnection | undefined;
  try {
    let wait: VerifyRun['data']['wait'];
    if (spec.wait) {
      wait = await options.steps.run(`wait until ready: ${spec.wait.check.url}`, () =>
        waitUntilReady(spec.wait!.check, spec.wait!.timeoutMs, context),
      );
      options.log(`${wait.passed ? 'ready' : 'NOT ready'}: ${wait.detail}`);
    }
    const needsSsh = spec.checks.some((c) => c.kind === 'resources' || (c.kind === 'version' && c.ssh));
    if (needsSsh) {
      if (!settings.ssh) throw new Error('unreachable: settings require ssh for these checks');
      ssh = await SshConnection.open(settings.ssh.targets[0]!, {
        ...settings.ssh.connect,
        warn: options.warn,
      });
    }
    const results =
      wait && !wait.passed
        ? []
        : await options.steps.run(
            `verify: ${spec.checks.length} check(s), ${spec.concurrency} at a time`,
            () => pool(spec.checks, spec.concurrency, (check) => runOne(check, context, ssh, settings)),
          );
    for (const r of results)
      options.log(`${r.passed ? '✔' : '✖'} ${r.name}: ${r.detail} (${r.durationMs} ms)`);
    const all = wait ? [wait, ...results] : results;
    const findings: Finding[] = all.flatMap((r) =>
      r.problems.map((p) => ({
        rule: p.rule,
        severity: p.severity,
        message: p.message,
        fix: p.fix,
        check: 'post-deploy-verify',
      })),
    );
    return {
      findings,
      data: {
        passed: results.filter((r) => r.passed).length,
        failed: results.filter((r) => !r.passed).length,
        skipped: wait && !wait.passed ? spec.checks.length : 0,
        results,
        wait,
      },
    };
  } finally {
    ssh?.close();
    await dispatcher.close();
  }
}

function runOne(
  check: Check,
  context: RunContext,
  ssh: SshConnection | undefined,
  settings: VerifySettings,
): Promise<CheckResult> {
  switch (check.kind) {
    case 'http':
      return runHttp(check, context);
    case 'redirect':
      return runRedirect(check, context);
    case 'tls':
      return runTls(check, context);
    case 'upload':
      return runUpload(check, context);
    case 'version':
      return check.ssh || !check.url
        ? runVersionSsh(check, ssh!, settings.appDir ?? '~/app')
        : runVersionHttp(check, context);
    case 'resources':
      return runResources(check, ssh!);
    case 'database':
      return runDatabase(check, context.timeoutMs);
  }
}
