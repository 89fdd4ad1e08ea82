// The TLS part of bench/post-deploy-verify: nginx on loopback with an openssl-made chain (test/setup/web.ts),
// then the TLS profile of that host (handshake, chain, expiry, hostname) and the same through the CLI path's
// check runner with HSTS. Prints one JSON line.
import { silentSteps } from '../src/core/steps.js';
import { verifySettings } from '../src/verify/settings.js';
import { tlsProfile } from '../src/verify/tls.js';
import { postDeployVerify } from '../src/verify/verify.js';
import { startNginx } from '../test/setup/web.js';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const nginx = await startNginx(9);
try {
  const profiles: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const profile = await tlsProfile('127.0.0.1', nginx.good, '127.0.0.1', {
      caFile: nginx.certs.ca,
      timeoutMs: 10_000,
    });
    if (!profile.authorized) throw new Error(`unexpected: ${profile.authorizationError}`);
    profiles.push(profile.ms);
  }
  const checks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const settings = verifySettings(
      '/tmp',
      {},
      { tls: `127.0.0.1:${nginx.good}`, 'ca-file': nginx.certs.ca },
    );
    const run = await postDeployVerify(settings, { steps: silentSteps, log: () => undefined });
    if (run.findings.some((f) => f.severity === 'error')) throw new Error(JSON.stringify(run.findings));
    checks.push(run.data.results[0]!.durationMs);
  }
  console.log(
    JSON.stringify({
      runs: RUNS,
      handshake: median(profiles),
      check: median(checks),
      worstCheck: Math.max(...checks),
    }),
  );
} finally {
  await nginx.stop();
}
