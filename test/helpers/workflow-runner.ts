/**
 * Plays one job of a workflow file the way the GitHub runner would, so the end-to-end tests exercise the real
 * workflow files: `if:` conditions with the status functions, `${{ }}` expressions over inputs, secrets, steps,
 * github and runner, shipcheck's bundled actions run with INPUT_* variables and real GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY / GITHUB_STATE files, their `post:` steps at the end of the job (in reverse order, always),
 * and `run:` steps in bash with their env. Third-party actions cannot run here: checkout is a no-op (the
 * workspace is prepared by the test), any other (the code scanning upload) is recorded as skipped, with the inputs it
 * would have been given when its `if:` held.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, runActionBundle, type ActionRun } from './run-action.js';

export interface Contexts {
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  github: Record<string, string>;
  runner: Record<string, string>;
  vars?: Record<string, string>;
  /** the event that started the run (GITHUB_EVENT_NAME / GITHUB_EVENT_PATH; `github.event_name` and `github.event`) */
  event?: { name: string; payload: Record<string, unknown> };
}

export interface StepRecord {
  id?: string;
  uses?: string;
  run?: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  action?: ActionRun;
  post?: ActionRun;
  /** a third-party action whose `if:` held: what it would have been given (it cannot run here) */
  thirdParty?: { uses: string; with: Record<string, string> };
}

export interface JobRun {
  outcome: 'success' | 'failure';
  steps: StepRecord[];
  /** every step's job summary, in order */
  summary: string;
  outputs: Record<string, string>;
}

// ---- expressions ----

type Token = { kind: 'str' | 'num' | 'id' | 'op' | 'punct'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'") {
      let text = '';
      i++;
      for (; i < source.length; i++) {
        if (source[i] === "'" && source[i + 1] === "'") {
          text += "'";
          i++;
        } else if (source[i] === "'") break;
        else text += source[i];
      }
      i++;
      tokens.push({ kind: 'str', text });
    } else if (/[0-9]/.test(ch)) {
      const match = /^[0-9.]+/.exec(source.slice(i))![0];
      tokens.push({ kind: 'num', text: match });
      i += match.length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))![0];
      tokens.push({ kind: 'id', text: match });
      i += match.length;
    } else {
      const two = source.slice(i, i + 2);
      if (['==', '!=', '&&', '||', '<=', '>='].includes(two)) {
        tokens.push({ kind: 'op', text: two });
        i += 2;
      } else if ('!<>'.includes(ch)) {
        tokens.push({ kind: 'op', text: ch });
        i++;
      } else if ('().,[]'.includes(ch)) {
        tokens.push({ kind: 'punct', text: ch });
        i++;
      } else throw new Error(`expression: unexpected '${ch}' in ${source}`);
    }
  }
  return tokens;
}

const truthy = (value: unknown) =>
  !(value === '' || value === 0 || value === false || value === null || value === undefined);
const loose = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);

export function evaluate(
  source: string,
  scope: Record<string, unknown>,
  functions: Record<string, (...args: unknown[]) => unknown>,
): unknown {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const take = (text?: string) => {
    const token = tokens[at++];
    if (!token || (text !== undefined && token.text !== text))
      throw new Error(`expression: expected ${text ?? 'more'} in ${source}`);
    return token;
  };
  const or = (): unknown => {
    let left = and();
    while (peek()?.text === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): unknown => {
    let left = equality();
    while (peek()?.text === '&&') {
      take();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const equality = (): unknown => {
    let left = unary();
    while (peek()?.text === '==' || peek()?.text === '!=') {
      const op = take().text;
      const right = unary();
      const same = loose(left).toLowerCase() === loose(right).toLowerCase();
      left = op === '==' ? same : !same;
    }
    return left;
  };
  const unary = (): unknown => {
    if (peek()?.text === '!') {
      take();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): unknown => {
    const token = take();
    if (token.text === '(') {
      const value = or();
      take(')');
      return value;
    }
    if (token.kind === 'str') return token.text;
    if (token.kind === 'num') return Number(token.text);
    if (token.kind !== 'id') throw new Error(`expression: unexpected ${token.text} in ${source}`);
    if (token.text === 'true') return true;
    if (token.text === 'false') return false;
    if (token.text === 'null') return null;
    if (peek()?.text === '(') {
      take('(');
      const args: unknown[] = [];
      while (peek()?.text !== ')') {
        args.push(or());
        if (peek()?.text === ',') take(',');
      }
      take(')');
      const fn = functions[token.text];
      if (!fn) throw new Error(`expression: unknown function ${token.text}() in ${source}`);
      return fn(...args);
    }
    let value: unknown = scope[token.text];
    // property access: `a.b` and `a['b']` (as in job.services.mysql.ports['3306'])
    while (peek()?.text === '.' || peek()?.text === '[') {
      let key: string;
      if (take().text === '.') key = take().text;
      else {
        key = loose(or());
        take(']');
      }
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    }
    return value;
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`expression: trailing tokens in ${source}`);
  return value;
}

/** `${{ expr }}` inside a string; a string that is only one expression keeps its value's type. */
export function interpolate(
  text: string,
  scope: Record<string, unknown>,
  functions: Record<string, (...args: unknown[]) => unknown>,
): unknown {
  const whole = /^\$\{\{(.*)\}\}$/s.exec(text.trim());
  if (whole && !whole[1]!.includes('}}')) return evaluate(whole[1]!, scope, functions);
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_m, expr: string) => loose(evaluate(expr, scope, functions)));
}

// ---- the job ----

interface StepSpec {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'working-directory'?: string;
  'continue-on-error'?: boolean;
}

export interface PlayOptions {
  workspace: string;
  env?: Record<string, string>;
  summaryDir?: string;
  timeoutMs?: number;
  /** the job's service containers as the test plays them: container port -> host port */
  services?: Record<string, { ports: Record<string, string> }>;
}

export async function playJob(
  workflowFile: string,
  jobName: string,
  contexts: Contexts,
  options: PlayOptions,
): Promise<JobRun> {
  const doc = parse(readFileSync(path.join(REPO_ROOT, workflowFile), 'utf8')) as {
    on: { workflow_call?: { inputs?: Record<string, { default?: unknown }> } };
    jobs: Record<
      string,
      { steps: StepSpec[]; outputs?: Record<string, string>; services?: Record<string, unknown> }
    >;
  };
  const job = doc.jobs[jobName];
  if (!job) throw new Error(`${workflowFile} has no job ${jobName}`);
  // service containers cannot run here: the test plays each one (see jobServices) and says where it listens
  for (const name of Object.keys(job.services ?? {}))
    if (!options.services?.[name])
      throw new Error(
        `${workflowFile} job ${jobName} needs its service '${name}': pass options.services.${name}`,
      );
  // workflow_call inputs take their declared defaults
  const inputs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(doc.on.workflow_call?.inputs ?? {}))
    inputs[name] = spec.default ?? '';
  Object.assign(inputs, contexts.inputs);
  return playSteps(
    `${path.basename(workflowFile, '.yml')}-${jobName}`,
    job.steps,
    job.outputs ?? {},
    inputs,
    contexts,
    options,
  );
}

/**
 * A composite action (actions/<name>/action.yml) as one step of a job would run it: its inputs with their defaults,
 * its steps with `inputs.*`, its outputs from their `value:` expressions.
 */
export async function playComposite(name: string, contexts: Contexts, options: PlayOptions): Promise<JobRun> {
  const doc = parse(readFileSync(path.join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown; required?: boolean }>;
    outputs?: Record<string, { value: string }>;
    runs: { using: string; steps?: StepSpec[] };
  };
  if (doc.runs.using !== 'composite') throw new Error(`actions/${name} is not a composite action`);
  const inputs: Record<string, unknown> = {};
  for (const [input, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec.required && contexts.inputs[input] === undefined)
      throw new Error(`actions/${name}: input '${input}' is required`);
    inputs[input] = spec.default ?? '';
  }
  Object.assign(inputs, contexts.inputs);
  const outputs = Object.fromEntries(Object.entries(doc.outputs ?? {}).map(([k, v]) => [k, v.value]));
  return playSteps(`composite-${name}`, doc.runs.steps ?? [], outputs, inputs, contexts, options);
}

async function playSteps(
  label: string,
  stepSpecs: StepSpec[],
  outputSpecs: Record<string, string>,
  inputs: Record<string, unknown>,
  contexts: Contexts,
  options: PlayOptions,
): Promise<JobRun> {
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const records: StepRecord[] = [];
  let failed = false;
  const scope = () => ({
    ...contexts,
    github: {
      ...contexts.github,
      event_name: contexts.event?.name ?? 'push',
      event: contexts.event?.payload ?? {},
    },
    inputs,
    steps,
    vars: contexts.vars ?? {},
    env: options.env ?? {},
    job: { services: options.services ?? {} },
  });
  const functions = {
    success: () => !failed,
    failure: () => failed,
    always: () => true,
    cancelled: () => false,
    hashFiles: (...patterns: unknown[]) => hashFiles(options.workspace, patterns.map(loose)),
    format: (fmt: unknown, ...args: unknown[]) =>
      loose(fmt).replace(/\{(\d+)\}/g, (_m, n: string) => loose(args[Number(n)])),
  };
  const posts: Array<{ record: StepRecord; state: Record<string, string>; inputs: Record<string, string> }> =
    [];
  const summaries: string[] = [];
  for (const step of stepSpecs) {
    const condition = step.if ?? 'success()';
    const run = truthy(
      interpolate(condition.includes('${{') ? condition : `\${{ ${condition} }}`, scope(), functions),
    );
    const record: StepRecord = {
      id: step.id,
      uses: step.uses,
      run: step.run,
      outcome: 'skipped',
      outputs: {},
    };
    records.push(record);
    if (run) {
      const env = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([k, v]) => [k, loose(interpolate(loose(v), scope(), functions))]),
      );
      if (step.uses?.startsWith('shipcheck/shipcheck/actions/')) {
        const name = /actions\/([a-z-]+)@/.exec(step.uses)![1]!;
        const meta = parse(readFileSync(path.join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8')) as {
          inputs?: Record<string, { default?: unknown }>;
          runs: { post?: string };
        };
        // as the runner does: every input the step leaves out takes action.yml's default (expressions evaluated)
        const withInputs: Record<string, string> = {};
        for (const [input, spec] of Object.entries(meta.inputs ?? {}))
          if (spec.default !== undefined)
            withInputs[input] = loose(interpolate(loose(spec.default), scope(), functions));
        for (const [k, v] of Object.entries(step.with ?? {}))
          withInputs[k] = loose(interpolate(loose(v), scope(), functions));
        const action = await runActionBundle(name, {
          inputs: withInputs,
          cwd: options.workspace,
          env: { ...options.env, ...env, ...githubEnv(contexts) },
          event: contexts.event,
          timeoutMs: options.timeoutMs ?? 240_000,
        });
        record.action = action;
        record.outputs = action.outputs;
        record.outcome = action.exitCode === 0 && !action.failure ? 'success' : 'failure';
        summaries.push(action.summary);
        if (meta.runs.post) posts.push({ record, state: action.state, inputs: withInputs });
      } else if (step.uses?.startsWith('actions/checkout@')) {
        record.outcome = 'success';
      } else if (step.uses) {
        record.outcome = 'skipped';
        record.thirdParty = {
          uses: step.uses,
          with: Object.fromEntries(
            Object.entries(step.with ?? {}).map(([k, v]) => [
              k,
              loose(interpolate(loose(v), scope(), functions)),
            ]),
          ),
        };
      } else if (step.run) {
        // as the runner does: bash --noprofile --norc -eo pipefail
        const directory = step['working-directory']
          ? loose(interpolate(step['working-directory'], scope(), functions))
          : '';
        const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
          encoding: 'utf8',
          cwd: path.resolve(options.workspace, directory),
          timeout: options.timeoutMs ?? 240_000,
        });
        record.outcome = result.status === 0 ? 'success' : 'failure';
        record.outputs = { stdout: result.stdout, stderr: result.stderr };
      }
      if (record.outcome === 'failure' && !step['continue-on-error']) failed = true;
    }
    if (step.id)
      steps[step.id] = { outputs: record.outputs, outcome: record.outcome, conclusion: record.outcome };
  }
  for (const post of posts.reverse()) {
    const name = /actions\/([a-z-]+)@/.exec(post.record.uses!)![1]!;
    post.record.post = await runActionBundle(`${name}-post`, {
      inputs: post.inputs,
      cwd: options.workspace,
      event: contexts.event,
      env: {
        ...options.env,
        ...githubEnv(contexts),
        ...Object.fromEntries(Object.entries(post.state).map(([k, v]) => [`STATE_${k}`, v])),
      },
      timeoutMs: 60_000,
    });
  }
  const summary = summaries.join('\n');
  if (options.summaryDir) {
    mkdirSync(options.summaryDir, { recursive: true });
    writeFileSync(path.join(options.summaryDir, `${label}-${Date.now()}.md`), summary);
  }
  const outputs = Object.fromEntries(
    Object.entries(outputSpecs).map(([k, v]) => [k, loose(interpolate(v, scope(), functions))]),
  );
  return { outcome: failed ? 'failure' : 'success', steps: records, summary, outputs };
}

/**
 * GitHub's hashFiles for literal paths: relative to the workspace, and only files inside it count (a path outside,
 * such as one under runner.temp, hashes to ''). Globs are refused rather than guessed at.
 */
function hashFiles(workspace: string, patterns: string[]): string {
  const files: string[] = [];
  for (const pattern of patterns.flatMap((p) => p.split(',')).map((p) => p.trim())) {
    if (/[*?[\]{}!]/.test(pattern))
      throw new Error(`workflow-runner: hashFiles globs are not played: ${pattern}`);
    const file = path.resolve(workspace, pattern);
    const inside = path.relative(workspace, file);
    if (inside.startsWith('..') || path.isAbsolute(inside) || !existsSync(file)) continue;
    files.push(file);
  }
  if (files.length === 0) return '';
  const hash = createHash('sha256');
  for (const file of files) hash.update(createHash('sha256').update(readFileSync(file)).digest());
  return hash.digest('hex');
}

function githubEnv(contexts: Contexts): Record<string, string> {
  const env: Record<string, string> = {};
  if (contexts.github.sha) env.GITHUB_SHA = contexts.github.sha;
  if (contexts.github.actor) env.GITHUB_ACTOR = contexts.github.actor;
  if (contexts.github.run_id) env.GITHUB_RUN_ID = contexts.github.run_id;
  if (contexts.github.repository) env.GITHUB_REPOSITORY = contexts.github.repository;
  if (contexts.github.server_url) env.GITHUB_SERVER_URL = contexts.github.server_url;
  return env;
}

export interface ServiceSpec {
  image: string;
  env: Record<string, string>;
  /** container ports the job publishes (`'3306'` or `'127.0.0.1:3306:3306'` forms) */
  ports: string[];
}

/** What a job's `services:` ask for, so a test can play each service the way the workflow describes it. */
export function jobServices(workflowFile: string, jobName: string): Record<string, ServiceSpec> {
  const doc = parse(readFileSync(path.join(REPO_ROOT, workflowFile), 'utf8')) as {
    jobs: Record<
      string,
      { services?: Record<string, { image: string; env?: Record<string, unknown>; ports?: unknown[] }> }
    >;
  };
  const services = doc.jobs[jobName]?.services ?? {};
  return Object.fromEntries(
    Object.entries(services).map(([name, spec]) => [
      name,
      {
        image: spec.image,
        env: Object.fromEntries(Object.entries(spec.env ?? {}).map(([k, v]) => [k, String(v)])),
        ports: (spec.ports ?? []).map((port) => String(port).split(':').pop()!),
      },
    ]),
  );
}
