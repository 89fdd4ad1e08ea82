import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { freePort } from '../helpers/ports.js';
import { runActionBundle } from '../helpers/run-action.js';
import { runShipcheck, type CliRun } from '../helpers/run-cli.js';
import { startSshd, type SshServer } from '../setup/sshd.js';
import { startFlask, startNginx, type FlaskApp, type Nginx } from '../setup/web.js';

/**
 * post-deploy-verify against real servers on loopback: the Flask fixture app (Debian's Flask and Werkzeug),
 * nginx terminating TLS with openssl-made certificates (valid chain, leaf only, expired, wrong host) and
 * redirecting plain HTTP, sshd for the host checks against containers on the test Docker engine.
 */
const SHA = 'c0ffee1234567890c0ffee1234567890c0ffee12';
let app: FlaskApp;
let buggy: FlaskApp;
let nginx: Nginx;
let work: string;

beforeAll(async () => {
  [app, buggy] = await Promise.all([startFlask({ env: { GIT_SHA: SHA } }), startFlask({ buggy: true })]);
  nginx = await startNginx(app.port);
  work = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-verify-'));
}, 120_000);

afterAll(async () => {
  await Promise.all([app?.stop(), buggy?.stop(), nginx?.stop()]);
});

function report(run: CliRun): Report {
  try {
    return JSON.parse(run.stdout) as Report;
  } catch {
    throw new Error(`not a JSON report (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
  }
}
const rules = (run: CliRun) => report(run).findings.map((f) => f.rule);
const verify = (args: string[], env: Record<string, string> = {}) =>
  runShipcheck(['post-deploy-verify', work, '--format', 'json', '--quiet', ...args], {
    env,
    timeoutMs: 120_000,
  });

function spec(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

describe('post-deploy-verify: HTTP', () => {
  it('passes a spec of checks that hold: status, JSON paths with predicates, headers sent, latency percentiles', async () => {
    const file = spec(
      'good.yml',
      `base-url: ${app.url}
checks:
  - name: health
    path: /healthz
    expect:
      status: 200
      headers: { content-type: { matches: "^application/json" } }
      json:
        $.status: ok
        $.db: { equals: ok }
        $.workers: { type: number }
  - name: jobs list
    path: /api/jobs
    expect: { json: { "$.jobs[*].id": { count: 2 }, "$.jobs[?(@.id==2)].title": designer } }
  - name: api key
    path: /needs-header
    headers: { X-Api-Key: let-me-in }
  - name: health latency
    path: /healthz
    samples: 10
    latency: { p50: 500, p95: 1000, max: 2000 }
`,
    );
    const run = await verify(['--spec', file]);
    expect(report(run).findings, run.stderr).toEqual([]);
    expect(run.exitCode).toBe(0);
    const data = report(run).data as {
      passed: number;
      results: Array<{ name: string; timings?: { samples: number } }>;
    };
    expect(data.passed).toBe(4);
    expect(data.results.find((r) => r.name === 'health latency')?.timings?.samples).toBe(10);
  });

  it('fails on wrong JSON, a missing header, a slow answer and a flaky endpoint, each with what came back', async () => {
    const file = spec(
      'bad.yml',
      `base-url: ${app.url}
concurrency: 4
checks:
  - { name: wrong json, path: /wrong-json, expect: { json: { $.db: ok } } }
  - { name: no api key, path: /needs-header }
  - { name: slow, path: /slow, expect: { max-ms: 200 } }
  - { name: flaky, path: /flaky, samples: 6 }
  - { name: refused, url: "http://127.0.0.1:9/nothing" }
`,
    );
    const run = await verify(['--spec', file]);
    expect(run.exitCode).toBe(1);
    const messages = report(run)
      .findings.map((f) => f.message)
      .join('\n');
    expect(messages).toMatch(/wrong json: .*\$\.db is "down", expected "ok"/);
    expect(messages).toMatch(/no api key: .*status 401, expected 2xx/);
    expect(messages).toMatch(/slow: .*took \d+ ms, more than 200 ms/);
    expect(messages).toMatch(/flaky: .*status 502.*\(sample 3 of 6\)/);
    expect(messages).toMatch(/refused: .*connection refused/);
    const results = (report(run).data as { results: Array<{ name: string; excerpt?: string }> }).results;
    expect(results.find((r) => r.name === 'no api key')?.excerpt).toContain('missing api key');
  });

  it('waits until the app is ready (connection refused, then healthy), then verifies', async () => {
    const port = await freePort();
    const late = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return startFlask({ port });
    })();
    const run = await verify([
      '--wait-url',
      `http://127.0.0.1:${port}/healthz`,
      '--wait-timeout',
      '30',
      '--url',
      `http://127.0.0.1:${port}/api/jobs`,
    ]);
    const started = await late;
    try {
      expect(run.exitCode, run.stdout).toBe(0);
      const data = report(run).data as { wait: { attempts: number; passed: boolean } };
      expect(data.wait.passed).toBe(true);
      expect(data.wait.attempts).toBeGreaterThan(1);
    } finally {
      await started.stop();
    }
    const never = await verify([
      '--wait-url',
      'http://127.0.0.1:9/healthz',
      '--wait-timeout',
      '2',
      '--url',
      'http://127.0.0.1:9/x',
    ]);
    expect(never.exitCode).toBe(1);
    expect(rules(never)).toEqual(['not-ready']);
    // the check behind the wait never ran, and the report says so
    expect(report(never).data).toMatchObject({ passed: 0, failed: 0, skipped: 1 });
  });

  it('reports spec mistakes with the key path (exit 2)', async () => {
    const file = spec(
      'typo.yml',
      `checks:\n  - { path: /healthz, expect: { status: 200, json: { $.x: { equal: 1 } } } }\n`,
    );
    const run = await verify(['--spec', file, '--base-url', app.url]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(
      /typo\.yml\.checks\[0\]\.expect\.json\.\$\.x: expected one of equals, matches, exists, type, count, found equal/,
    );
  });
});

describe('post-deploy-verify: the upload with a Chinese file name', () => {
  it("fails on the app that stores secure_filename('陈熙蕾.docx') and passes on the fixed one", async () => {
    const bad = await verify(['--upload', `${buggy.url}/upload`]);
    expect(bad.exitCode).toBe(1);
    const finding = report(bad).findings.find((f) => f.rule === 'upload-extension-lost');
    expect(finding?.message).toContain("'陈熙蕾.docx' was stored as 'docx', without its .docx extension");
    expect(finding?.fix).toMatch(/secure_filename/);
    const good = await verify(['--upload', `${app.url}/upload`]);
    expect(good.exitCode, good.stdout).toBe(0);
    const detail = (report(good).data as { results: Array<{ detail: string }> }).results[0]!.detail;
    expect(detail).toMatch(/stored as "[0-9a-f]{32}\.docx"/);
    // the detected type comes from real .docx bytes
    const typed = await verify([
      '--spec',
      spec(
        'upload.yml',
        `uploads:\n  - { url: "${app.url}/upload", type-path: $.type, expect-type: docx }\n`,
      ),
    ]);
    expect(typed.exitCode, typed.stdout).toBe(0);
    // the other fields of the form (a user id the app's foreign key needs) travel with the file
    const withFields = await verify([
      '--spec',
      spec(
        'upload-form.yml',
        [
          'uploads:',
          `  - url: "${app.url}/upload"`,
          '    form: { user_id: "7", note: "中文 note" }',
          '    expect: { status: 200, json: { $.fields.user_id: "7", $.fields.note: "中文 note", $.original: 陈熙蕾.docx } }',
          '',
        ].join('\n'),
      ),
    ]);
    expect(withFields.exitCode, withFields.stdout).toBe(0);
    const missing = await verify([
      '--spec',
      spec(
        'upload-form-missing.yml',
        `uploads:\n  - { url: "${app.url}/upload", expect: { json: { $.fields.user_id: "7" } } }\n`,
      ),
    ]);
    expect(missing.exitCode).toBe(1);
    expect(report(missing).findings.map((f) => f.rule)).toContain('upload-failed');
  });
});

describe('post-deploy-verify: TLS and redirects through nginx', () => {
  it('passes a valid chain from the test CA, with HSTS', async () => {
    const run = await verify(['--tls', `127.0.0.1:${nginx.good}`, '--ca-file', nginx.certs.ca]);
    expect(report(run).findings, run.stderr).toEqual([]);
    const result = (report(run).data as { results: Array<{ detail: string; durationMs: number }> })
      .results[0]!;
    expect(result.detail).toMatch(/TLSv1\.3; 3 certificate\(s\); 4[45] days left/);
  });

  it('finds the expired leaf, the wrong host name, the missing intermediate and an untrusted chain', async () => {
    const run = await verify([
      '--ca-file',
      nginx.certs.ca,
      '--tls',
      `127.0.0.1:${nginx.expired}`,
      '--tls',
      `127.0.0.1:${nginx.wrongHost}`,
      '--tls',
      `127.0.0.1:${nginx.leafOnly}`,
    ]);
    expect(run.exitCode).toBe(1);
    const byTarget = (port: number) =>
      report(run)
        .findings.filter((f) => f.message.includes(`127.0.0.1:${port}`))
        .map((f) => f.rule);
    expect(byTarget(nginx.expired)).toContain('tls-expired');
    expect(byTarget(nginx.wrongHost)).toEqual(['tls-hostname-mismatch']);
    expect(byTarget(nginx.leafOnly)).toEqual(['tls-chain-incomplete']);
    const untrusted = await verify(['--tls', `127.0.0.1:${nginx.good}`]);
    expect(rules(untrusted)).toEqual(['tls-untrusted']);
    const soon = await verify([
      '--tls',
      `127.0.0.1:${nginx.good}`,
      '--ca-file',
      nginx.certs.ca,
      '--min-days',
      '60',
    ]);
    expect(report(soon).findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['tls-expiring error']);
  });

  it('passes an http -> https 301 and fails a plain-HTTP listener that does not redirect', async () => {
    const run = await verify([
      '--redirect',
      `http://127.0.0.1:${nginx.redirect}/login?next=/`,
      '--redirect',
      `http://127.0.0.1:${nginx.noRedirect}/healthz`,
    ]);
    expect(run.exitCode).toBe(1);
    const findings = report(run).findings;
    expect(findings.map((f) => f.rule)).toEqual(['redirect-missing']);
    expect(findings[0]!.message).toContain(`127.0.0.1:${nginx.noRedirect}/healthz answered 200`);
    expect(findings[0]!.fix).toMatch(/return 301 https/);
  });
});

describe('post-deploy-verify: the deployed commit, the database, the host', () => {
  it('compares the commit the app reports with the expected SHA', async () => {
    const same = await verify(['--expect-sha', SHA, '--version-url', `${app.url}/version`]);
    expect(same.exitCode, same.stdout).toBe(0);
    const other = await verify(['--expect-sha', 'f'.repeat(40), '--version-url', `${app.url}/version`]);
    expect(rules(other)).toEqual(['version-mismatch']);
    expect(report(other).findings[0]!.message).toContain(`runs ${SHA}, not ${'f'.repeat(40)}`);
  });

  it('answers SELECT 1 on the database, and masks the password when it fails', async () => {
    const db = inject('mariadb');
    const ok = await verify(['--database-url', `${db.url}/mysql`]);
    expect(ok.exitCode, ok.stdout).toBe(0);
    const wrong = `wrong-${Date.now()}`;
    const bad = await verify(['--database-url', `mysql://${db.user}:${wrong}@${db.host}:${db.port}/mysql`]);
    expect(rules(bad)).toEqual(['database-unreachable']);
    expect(bad.stdout + bad.stderr).not.toContain(wrong);
  });

  describe('over SSH', () => {
    let server: SshServer;
    const docker = inject('docker');
    const container = `shipcheck-oom-${process.pid}`;
    beforeAll(async () => {
      server = await startSshd('127.0.0.5', { setEnv: { DOCKER_HOST: docker.host } });
      // a container that goes over its 32 MiB limit and is OOM-killed
      spawnSync(
        'docker',
        [
          'run',
          '-d',
          '--name',
          container,
          '--network',
          'none',
          '--memory',
          '32m',
          '--memory-swap',
          '32m',
          docker.baseImage,
          'python3',
          '-c',
          'a = bytearray(256 * 1024 * 1024)',
        ],
        {
          env: { ...process.env, DOCKER_HOST: docker.host },
        },
      );
      for (let i = 0; i < 50; i++) {
        const state = execFileSync('docker', ['inspect', '--format', '{{.State.Status}}', container], {
          env: { ...process.env, DOCKER_HOST: docker.host },
          encoding: 'utf8',
        }).trim();
        if (state === 'exited') break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }, 60_000);
    afterAll(async () => {
      spawnSync('docker', ['rm', '-f', container], { env: { ...process.env, DOCKER_HOST: docker.host } });
      await server?.stop();
    });

    it("reads the host's memory, swap, load, disk and containers, and finds the OOM-killed one", async () => {
      const keyFile = path.join(work, 'key');
      writeFileSync(keyFile, server.privateKey, { mode: 0o600 });
      writeFileSync(path.join(work, 'known_hosts'), `${server.knownHostsLine}\n`);
      const run = await verify([
        '--resources',
        '--host',
        `${server.user}@${server.host}:${server.port}`,
        '--key-file',
        keyFile,
        '--known-hosts',
        path.join(work, 'known_hosts'),
      ]);
      const data = report(run).data as { results: Array<{ kind: string; detail: string }> };
      expect(data.results[0]!.detail).toMatch(
        /RAM \d+% of \d+ MiB, swap .*, load [\d.]+\/\d+ CPU, disk \d+%, \d+ container\(s\)/,
      );
      const oom = report(run).findings.find((f) => f.rule === 'container-oom-killed');
      expect(oom?.message).toContain(`container ${container} was killed for exceeding its memory limit`);
      expect(run.exitCode).toBe(1);
    });
  });
});

describe('post-deploy-verify as an action', () => {
  it('writes the results table (failures first), outputs and JUnit XML', async () => {
    const junit = path.join(work, 'junit.xml');
    const run = await runActionBundle('post-deploy-verify', {
      cwd: work,
      inputs: {
        url: `${app.url}/healthz\n${app.url}/needs-header`,
        upload: `${buggy.url}/upload`,
        'junit-file': junit,
      },
      timeoutMs: 60_000,
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['checks-passed']).toBe('1');
    expect(run.outputs['checks-failed']).toBe('2');
    const table = run.summary.slice(run.summary.indexOf('| Check |'));
    expect(table.indexOf('❌ failed')).toBeLessThan(table.indexOf('✅ passed'));
    expect(run.summary).toContain('missing api key');
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testsuite name="post-deploy-verify" tests="3" failures="2"/);
    expect(xml).toContain('without its .docx extension');
  });
});
