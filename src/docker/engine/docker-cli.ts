/**
 * The Docker CLI as a child process: arguments as an array (never a shell string), a deadline on every
 * call (the process group is killed when it passes), output streamed line by line, secrets passed
 * through the environment (`--env NAME`) instead of the command line.
 */
import { spawn } from 'node:child_process';
import { ShipcheckError } from '../../core/errors.js';
import { maskSecrets } from '../../core/secrets.js';

export interface DockerResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface DockerRunOptions {
  /** milliseconds */
  timeout: number;
  /** extra environment for the docker process (values for `--env NAME`) */
  env?: Record<string, string>;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** which program; default docker */
  program?: string;
  cwd?: string;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export function runDocker(args: readonly string[], options: DockerRunOptions): Promise<DockerResult> {
  const program = options.program ?? 'docker';
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: string[] = [];
    const err: string[] = [];
    let timedOut = false;
    const split = (stream: 'stdout' | 'stderr', sink: string[]) => {
      let partial = '';
      return (chunk: Buffer) => {
        const text = stripAnsi(partial + chunk.toString('utf8'));
        sink.push(chunk.toString('utf8'));
        const lines = text.split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) options.onLine?.(maskSecrets(line.replace(/\r$/, '')), stream);
      };
    };
    child.stdout.on('data', split('stdout', out));
    child.stderr.on('data', split('stderr', err));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeout);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT') {
        reject(
          new ShipcheckError('connection', `${program} is not installed (or not on PATH)`, {
            fix:
              program === 'docker'
                ? 'install the Docker CLI and engine, or run without --build/--smoke'
                : `install ${program}`,
          }),
        );
      } else reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: code ?? (signal ? 128 + 9 : 1),
        stdout: stripAnsi(out.join('')),
        stderr: stripAnsi(err.join('')),
        timedOut,
      });
    });
  });
}

export interface Engine {
  version: string;
  buildx: boolean;
  /** how to run Compose: `docker compose` (v2) or `docker-compose` (v1) */
  compose?: { program: string; prefix: string[]; version: string };
}

/** Asks the engine for its version; undefined (with the reason) when none answers within 15 s. */
export async function detectEngine(): Promise<{ engine?: Engine; problem?: string }> {
  let version: DockerResult;
  try {
    version = await runDocker(['version', '--format', '{{.Server.Version}}'], { timeout: 15_000 });
  } catch (error) {
    return { problem: (error as Error).message };
  }
  if (version.code !== 0 || !version.stdout.trim()) {
    const reason = version.timedOut
      ? 'no answer within 15 s'
      : (version.stderr.trim().split('\n').pop() ?? 'no server');
    return { problem: `the Docker engine does not answer (${reason})` };
  }
  const buildx = await runDocker(['buildx', 'version'], { timeout: 10_000 }).catch(() => undefined);
  const engine: Engine = { version: version.stdout.trim(), buildx: buildx?.code === 0 };
  const v2 = await runDocker(['compose', 'version', '--short'], { timeout: 10_000 }).catch(() => undefined);
  if (v2?.code === 0) {
    engine.compose = { program: 'docker', prefix: ['compose'], version: v2.stdout.trim() };
  } else {
    const v1 = await runDocker(['version', '--short'], { timeout: 10_000, program: 'docker-compose' }).catch(
      () => undefined,
    );
    if (v1?.code === 0) engine.compose = { program: 'docker-compose', prefix: [], version: v1.stdout.trim() };
  }
  return { engine };
}
