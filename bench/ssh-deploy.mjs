// bench/ssh-deploy: 20 small remote commands through one shipcheck SSH connection (connect, host key check and
// authentication included) against the OpenSSH client opening one connection per command, same run, same sshd
// on 127.0.0.2. Target: ratio <= 0.3. Plus the time of a redeploy of an unchanged commit (bench/ssh-deploy-redeploy.ts)
// against the hand-run `git pull; docker-compose down; build; up -d` it replaces.
import { spawnSync } from 'node:child_process';
import { buildBenchBundle, machineLine, runBenchBundle, writeBenchmarkSection } from './lib.mjs';

const TARGET = 0.3;
const runBundle = buildBenchBundle('bench/ssh-deploy-run.ts', 'ssh-deploy-run');
const result = runBenchBundle(runBundle);
const ratio = result.shipcheck / result.openssh;
const redeployBundle = buildBenchBundle('bench/ssh-deploy-redeploy.ts', 'ssh-deploy-redeploy');
const redeploy = runBenchBundle(redeployBundle);
function composeVersion() {
  return spawnSync('docker-compose', ['version', '--short'], { encoding: 'utf8' }).stdout.trim();
}
const opensshVersion = spawnSync('ssh', ['-V'], { encoding: 'utf8' }).stderr.trim();
const lines = [
  '## ssh-deploy connection (`npm run bench -- ssh-deploy`)',
  '',
  `${result.commands} small remote commands (\`echo\`), median of ${result.runs} rounds after a warm-up; ${machineLine()}; ${opensshVersion}.`,
  'shipcheck = one connection (TCP, host key check, publickey authentication) and one exec channel per command, each a script over stdin to `bash -se -o pipefail`.',
  'Baseline = the OpenSSH client, one `ssh` process and connection per command (what appleboy/ssh-action-style scripts and hand-run deploys do).',
  '',
  '| contender | wall time (ms) | shipcheck / contender | target |',
  '| --- | ---: | ---: | --- |',
  `| shipcheck, one connection | ${result.shipcheck.toFixed(0)} | 1.00x | |`,
  `| OpenSSH client, a connection per command | ${result.openssh.toFixed(0)} | ${ratio.toFixed(2)}x | <= ${TARGET}x: ${ratio <= TARGET ? 'yes' : '**no**'} |`,
  '',
  `Redeploy of an unchanged commit (the fixture Flask app, docker-compose ${composeVersion()}, private dockerd; median of ${redeploy.runs}):`,
  'shipcheck = the whole deploy (preflight, lock, fetch, link, build skipped because the SHA-tagged image exists, up, health gate until healthy twice, switch, unlock).',
  'Baseline = the hand-run script over OpenSSH: `git pull; docker-compose down; docker-compose build; docker-compose up -d` (layer cache warm, no health wait).',
  '',
  '| contender | wall time (ms) | shipcheck / contender |',
  '| --- | ---: | ---: |',
  `| shipcheck ssh-deploy, unchanged commit | ${redeploy.redeploy.toFixed(0)} | 1.00x |`,
  `| hand-run down/build/up script | ${redeploy.naive.toFixed(0)} | ${(redeploy.redeploy / redeploy.naive).toFixed(2)}x |`,
  `| (shipcheck, first deploy of the commit: build included) | ${redeploy.first.toFixed(0)} | |`,
];
console.log(lines.join('\n'));
writeBenchmarkSection('ssh-deploy', lines.join('\n'));
if (ratio > TARGET) process.exitCode = 1;
