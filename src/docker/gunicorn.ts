/**
 * Which address the app server listens on, from the command that starts it: gunicorn's `--bind`/`-b`
 * (also `--bind=`, GUNICORN_CMD_ARGS, a `--config`/`-c` file or ./gunicorn.conf.py), uvicorn's `--host`/`--port`,
 * `flask run --host/--port`. Gunicorn without a bind listens on 127.0.0.1:8000, which nothing outside the
 * container can reach.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Bind {
  host: string;
  port: number;
  /** where the bind came from: `CMD`, `gunicorn.conf.py:2`, `gunicorn default` */
  source: string;
  server: 'gunicorn' | 'uvicorn' | 'flask' | 'other';
}

export function serverBind(
  args: readonly string[],
  options: { root: string; env?: Record<string, string>; source: string },
): Bind | undefined {
  const programIndex = args.findIndex(
    (arg) => /(^|\/)(gunicorn|uvicorn|flask|hypercorn)$/.test(arg) || arg === '-m',
  );
  if (programIndex < 0) return undefined;
  let program = args[programIndex]!;
  let rest = args.slice(programIndex + 1);
  if (program === '-m') {
    program = rest[0] ?? '';
    rest = rest.slice(1);
  }
  const name = program.split('/').pop();
  const flag = (long: string, short?: string): string | undefined => {
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i]!;
      if (arg === long || (short && arg === short)) return rest[i + 1];
      if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1);
      if (short && arg.startsWith(short) && arg.length > short.length && !arg.startsWith('--'))
        return arg.slice(short.length);
    }
    return undefined;
  };
  if (name === 'gunicorn') {
    const bind = flag('--bind', '-b') ?? bindFromArgs(options.env?.GUNICORN_CMD_ARGS);
    if (bind) return parseAddress(bind, options.source, 'gunicorn');
    const config = flag('--config', '-c') ?? 'gunicorn.conf.py';
    const fromFile = bindFromConfig(options.root, config.replace(/^python:/, ''));
    if (fromFile) return fromFile;
    return { host: '127.0.0.1', port: 8000, source: 'gunicorn default (no --bind)', server: 'gunicorn' };
  }
  if (name === 'uvicorn' || name === 'hypercorn') {
    const host = flag('--host') ?? '127.0.0.1';
    const port = Number(flag('--port') ?? 8000);
    const bind = name === 'hypercorn' ? flag('--bind', '-b') : undefined;
    if (bind) return parseAddress(bind, options.source, 'other');
    return { host, port, source: options.source, server: name === 'uvicorn' ? 'uvicorn' : 'other' };
  }
  if (name === 'flask' && rest.includes('run')) {
    return {
      host: flag('--host', '-h') ?? '127.0.0.1',
      port: Number(flag('--port', '-p') ?? 5000),
      source: options.source,
      server: 'flask',
    };
  }
  return undefined;
}

function bindFromArgs(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const match = /(?:--bind[= ]|-b\s*)(\S+)/.exec(text);
  return match?.[1];
}

function bindFromConfig(root: string, file: string): Bind | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^bind\s*=\s*\[?\s*["']([^"']+)["']/.exec(lines[i]!);
    if (match) return parseAddress(match[1]!, `${file}:${i + 1}`, 'gunicorn');
  }
  return undefined;
}

function parseAddress(bind: string, source: string, server: Bind['server']): Bind | undefined {
  if (bind.startsWith('unix:')) return undefined;
  const match = /^(?:\[([^\]]+)\]|([^:]*))(?::(\d+))?$/.exec(bind);
  if (!match) return undefined;
  const host = match[1] ?? match[2] ?? '';
  const port = match[3] ? Number(match[3]) : 8000;
  return { host: host || '0.0.0.0', port, source, server };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host.startsWith('127.') || host === '::1';
}
