import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// (a bench bundles these helpers elsewhere and says where the checkout is)
export const REPO_ROOT =
  process.env.SHIPCHECK_REPO_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** the ::error:: without properties that core.setFailed writes */
  failure?: string;
  /** what core.saveState wrote (the runner hands it to the post step as STATE_* variables) */
  state: Record<string, string>;
}

export interface ActionRunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  cwd?: string;
  /** written to GITHUB_EVENT_PATH */
  event?: { name: string; payload: unknown };
  timeoutMs?: number;
}

/**
 * Runs `dist/<bundle>/index.js` the way the GitHub runner does: a child node process, inputs as INPUT_*
 * variables, real GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files, workflow commands on stdout.
 */
export async function runActionBundle(bundle: string, options: ActionRunOptions = {}): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-runner-'));
  const files = {
    output: path.join(runnerTemp, 'github_output'),
    summary: path.join(runnerTemp, 'step_summary.md'),
    event: path.join(runnerTemp, 'event.json'),
    state: path.join(runnerTemp, 'github_state'),
  };
  for (const file of [files.output, files.summary, files.state]) writeFileSync(file, '');
  writeFileSync(files.event, JSON.stringify(options.event?.payload ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/resume-app',
    GITHUB_WORKSPACE: options.cwd ?? REPO_ROOT,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', bundle, 'index.js')], {
    cwd: options.cwd ?? REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `dist/${bundle} did not finish within ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`,
        ),
      );
    }, options.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code ?? -1);
    });
  });

  const annotations = parseWorkflowCommands(stdout);
  const failure = annotations.find((a) => a.level === 'error' && Object.keys(a.properties).length === 0);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations,
    failure: failure?.message,
    state: parseOutputFile(readFileSync(files.state, 'utf8')),
  };
}

/** The `name<<DELIMITER\nvalue\nDELIMITER` blocks that @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (header) {
      const [, name, delimiter] = header;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [name, ...rest] = lines[i]!.split('=');
      outputs[name!] = rest.join('=');
    }
  }
  return outputs;
}

/** `::error file=a.py,line=3,col=1,title=x::message`, decoding the runner's escapes. */
export function parseWorkflowCommands(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
    }
    annotations.push({
      level: match[1] as Annotation['level'],
      properties,
      message: unescape(match[3]!, false),
    });
  }
  return annotations;
}

function unescape(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}
