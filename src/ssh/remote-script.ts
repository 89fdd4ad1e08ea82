/**
 * A script on the remote host, never pasted into a command line: the command is the constant REMOTE_SHELL,
 * and the script travels over stdin to `bash -se -o pipefail`. The script body is wrapped in a function that
 * runs with stdin from /dev/null, so a command inside it (docker, git, ssh) cannot swallow the rest of the
 * script. Environment values go in the same stdin as base64 (an allow-list chosen by the caller), never on a
 * command line. stdout and stderr arrive line by line, separately; the exact exit code is returned; on
 * timeout the remote process group is killed (the shell runs under setsid, so its group is its own).
 */
import type ssh2 from 'ssh2';
import { maskSecrets } from '../core/secrets.js';

// --norc --noprofile: bash started by sshd reads ~/.bashrc even when not interactive; a deploy script should
// not depend on (or wait for) a user's shell setup
export const REMOTE_SHELL =
  'if command -v setsid >/dev/null 2>&1; then exec setsid -w bash --norc --noprofile -se -o pipefail; else exec bash --norc --noprofile -se -o pipefail; fi';

const PID_MARKER = '__shipcheck_pid=';
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface RemoteScriptOptions {
  /** variables the script sees; names must be shell identifiers, values may be anything */
  env?: Record<string, string>;
  /** milliseconds; the remote process group is killed when it passes; default 10 minutes */
  timeout?: number;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** the host, for messages */
  label?: string;
  /** aborting kills the remote process group, like a timeout (a lock keeper ends this way) */
  signal?: AbortSignal;
}

export interface RemoteResult {
  /** the script's exit code; null when it was killed by a signal or the connection dropped */
  code: number | null;
  signal?: string;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

/** The bytes sent on stdin: environment, then the script as a function body, then its call. */
export function remoteStdin(script: string, env: Record<string, string> = {}): string {
  const lines = [`printf '${PID_MARKER}%s\\n' "$$" >&2`];
  for (const [name, value] of Object.entries(env)) {
    if (!ENV_NAME.test(name))
      throw new Error(`environment variable names must be shell identifiers, found '${name}'`);
    // base64's alphabet is safe inside single quotes; the value itself never meets the parser
    const encoded = Buffer.from(value, 'utf8').toString('base64');
    lines.push(
      `${name}="$(printf '%s' '${encoded}' | base64 -d; printf x)"; ${name}="\${${name}%x}"; export ${name}`,
    );
  }
  // the scripts are shipcheck's own (values arrive only through env), so their braces balance
  lines.push(
    '__shipcheck_main() {',
    script.replace(/\r\n?/g, '\n').replace(/\n*$/, ''),
    '}',
    '__shipcheck_main </dev/null',
  );
  return `${lines.join('\n')}\n`;
}

export function runRemoteScript(
  client: ssh2.Client,
  script: string,
  options: RemoteScriptOptions = {},
): Promise<RemoteResult> {
  const started = performance.now();
  const timeoutMs = options.timeout ?? 600_000;
  return new Promise((resolve, reject) => {
    let stdin: string;
    try {
      stdin = remoteStdin(script, options.env);
    } catch (error) {
      reject(error as Error);
      return;
    }
    client.exec(REMOTE_SHELL, (error, channel) => {
      if (error) {
        reject(new Error(`${options.label ?? 'host'}: could not start a remote shell: ${error.message}`));
        return;
      }
      const out: string[] = [];
      const err: string[] = [];
      let pid: string | undefined;
      let timedOut = false;
      let code: number | null = null;
      let signal: string | undefined;
      const splitter = (stream: 'stdout' | 'stderr', sink: string[]) => {
        let partial = '';
        return {
          push(chunk: Buffer) {
            const text = partial + chunk.toString('utf8');
            const parts = text.split('\n');
            partial = parts.pop() ?? '';
            for (const line of parts) emit(line);
          },
          flush() {
            if (partial) emit(partial);
            partial = '';
          },
        };
        function emit(raw: string) {
          const line = raw.replace(/\r$/, '');
          if (stream === 'stderr' && pid === undefined && line.startsWith(PID_MARKER)) {
            pid = line.slice(PID_MARKER.length);
            return;
          }
          sink.push(line);
          options.onLine?.(maskSecrets(line), stream);
        }
      };
      const stdout = splitter('stdout', out);
      const stderr = splitter('stderr', err);
      channel.on('data', (chunk: Buffer) => stdout.push(chunk));
      channel.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      channel.on('exit', (exitCode: number | null, exitSignal?: string) => {
        code = exitCode ?? null;
        if (exitSignal) signal = exitSignal;
      });
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup(client, pid).finally(() => channel.close());
      }, timeoutMs);
      const abort = () => {
        clearTimeout(timer);
        killGroup(client, pid).finally(() => channel.close());
      };
      if (options.signal?.aborted) abort();
      else options.signal?.addEventListener('abort', abort, { once: true });
      channel.on('close', () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', abort);
        stdout.flush();
        stderr.flush();
        resolve({
          code: timedOut ? null : code,
          signal,
          stdout: out.join('\n'),
          stderr: err.join('\n'),
          timedOut,
          durationMs: Math.round(performance.now() - started),
        });
      });
      channel.end(stdin);
    });
  });
}

/** TERM, then KILL, to the script's process group, from a second channel of the same connection. */
function killGroup(client: ssh2.Client, pid: string | undefined): Promise<void> {
  if (!pid || !/^\d+$/.test(pid)) return Promise.resolve();
  return new Promise((resolve) => {
    const command = `kill -TERM -- -${pid} 2>/dev/null; sleep 2; kill -KILL -- -${pid} 2>/dev/null; true`;
    client.exec(command, (error, channel) => {
      if (error) return resolve();
      const guard = setTimeout(resolve, 10_000);
      channel.on('close', () => {
        clearTimeout(guard);
        resolve();
      });
      channel.resume();
      channel.stderr.resume();
    });
  });
}
