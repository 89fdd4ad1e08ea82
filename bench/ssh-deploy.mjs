// bench/ssh-deploy: 20 small remote commands through one shipcheck SSH connection (connect, host key check and
// authentication included) against the OpenSSH client opening one connection per command, same run, same sshd
// on 127.0.0.2. Target: ratio <= 0.3. (The redeploy-of-an-unchanged-commit figure arrives with ssh-deploy.)
import { execFileSync, spawnSync } from 'node:child_process';
import { buildBenchBundle, machineLine, writeBenchmarkSection } from './lib.mjs';

const TARGET = 0.3;
const runBundle = buildBenchBundle('bench/ssh-deploy-run.ts', 'ssh-deploy-run');
const result = JSON.parse(
  execFileSync(process.execPath, [runBundle], { stdio: ['ignore', 'pipe', 'inherit'] })
    .toString()
    .trim()
    .split('\n')
    .pop(),
);
const ratio = result.shipcheck / result.openssh;
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
];
console.log(lines.join('\n'));
writeBenchmarkSection('ssh-deploy', lines.join('\n'));
if (ratio > TARGET) process.exitCode = 1;
