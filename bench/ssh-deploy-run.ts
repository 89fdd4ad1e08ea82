// The timed part of bench/ssh-deploy: a private sshd on 127.0.0.2, then 20 small remote commands through one
// shipcheck connection (connect included) against the OpenSSH client opening one connection per command.
// Prints one JSON line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SshConnection } from '../src/ssh/connection.js';
import { parseKnownHosts } from '../src/ssh/known-hosts.js';
import { startSshd } from '../test/setup/sshd.js';

const COMMANDS = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// a deploy user of its own, as on a real server (no shell start-up files to wait for)
const server = await startSshd('127.0.0.2', { user: 'shipcheck-bench' });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
try {
  // the OpenSSH client needs files; shipcheck keeps the key in memory
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-bench-ssh-'));
  const keyFile = path.join(dir, 'key');
  writeFileSync(keyFile, server.privateKey, { mode: 0o600 });
  writeFileSync(path.join(dir, 'known_hosts'), `${server.knownHostsLine}\n`);
  const sshArgs = [
    '-i',
    keyFile,
    '-o',
    `UserKnownHostsFile=${path.join(dir, 'known_hosts')}`,
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    'ControlMaster=no',
    '-p',
    String(server.port),
    `${server.user}@${server.host}`,
  ];
  const openssh: number[] = [];
  const shipcheck: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    let started = performance.now();
    for (let i = 0; i < COMMANDS; i++) execFileSync('ssh', [...sshArgs, `echo step-${i}`], { stdio: 'pipe' });
    const opensshMs = performance.now() - started;
    started = performance.now();
    const connection = await SshConnection.open({
      host: server.host,
      port: server.port,
      user: server.user,
      privateKey: server.privateKey,
      hostKeys: { knownHosts: parseKnownHosts(server.knownHostsLine) },
    });
    for (let i = 0; i < COMMANDS; i++) {
      const result = await connection.run(`echo step-${i}`);
      if (result.stdout !== `step-${i}`) throw new Error(`unexpected output ${result.stdout}`);
    }
    connection.close();
    const shipcheckMs = performance.now() - started;
    if (run === 0) continue; // warm-up: JIT, page cache, sshd's first fork
    openssh.push(opensshMs);
    shipcheck.push(shipcheckMs);
  }
  console.log(
    JSON.stringify({
      commands: COMMANDS,
      runs: RUNS,
      openssh: median(openssh),
      shipcheck: median(shipcheck),
    }),
  );
} finally {
  await server.stop();
}
