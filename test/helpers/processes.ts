import type { ChildProcess } from 'node:child_process';
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
