import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import net from 'node:net';

/** SIGTERM to a server the tests started (by its PID, nothing else), SIGKILL when it outlives `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Waits until `child` (a server the tests started) accepts TCP connections on host:port; kills it and throws
 * with its log when it exits first or does not listen within 20 s.
 */
export async function waitForListening(
  child: ChildProcess,
  host: string,
  port: number,
  what: string,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, host, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`${what} did not start on ${host}:${port}: ${log()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface ServerProcess {
  child: ChildProcess;
  /** the tail of what it printed (stdout and stderr) */
  log: () => string;
}

/**
 * Starts a server the tests need and waits until it listens on host:port (see waitForListening), keeping the tail
 * of its output for the error that says why it did not.
 */
export async function startServerProcess(
  command: string,
  args: readonly string[],
  listen: { host: string; port: number; what: string },
  options: Omit<SpawnOptions, 'stdio'> = {},
): Promise<ServerProcess> {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitForListening(child, listen.host, listen.port, listen.what, () => log);
  return { child, log: () => log };
}
