import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { CHECK_NAMES } from '../../src/checklist/names.js';
import { STATIC_CHECKS } from '../../src/checklist/registry.js';
import { DOCKER_BUILD_TEST_KEYS } from '../../src/docker/settings.js';
import { LINT_REQUIREMENTS_KEYS } from '../../src/requirements/settings.js';
import { SCHEMA_COMPARE_KEYS } from '../../src/schema/settings.js';
import { SSH_DEPLOY_KEYS } from '../../src/deploy/settings.js';
import { SSH_DEPLOY_RULES } from '../../src/deploy/rules.js';
import { SSH_SECRET_INPUTS } from '../../src/ssh/settings.js';
import { POST_DEPLOY_VERIFY_KEYS } from '../../src/verify/settings.js';
import { POST_DEPLOY_VERIFY_RULES } from '../../src/verify/rules.js';
import schema from '../../src/config/shipcheck.schema.json' with { type: 'json' };
import { REPO_ROOT } from '../helpers/run-action.js';

const COMMON_INPUTS = [
  'working-directory',
  'config',
  'fail-on',
  'annotations',
  'comment',
  'github-token',
  'sarif-file',
  'report-file',
];
const ACTIONS: Record<string, readonly string[]> = {
  'lint-requirements': LINT_REQUIREMENTS_KEYS,
  'schema-compare': SCHEMA_COMPARE_KEYS,
  'docker-build-test': DOCKER_BUILD_TEST_KEYS,
  'ssh-deploy': SSH_DEPLOY_KEYS,
  'post-deploy-verify': POST_DEPLOY_VERIFY_KEYS,
};
/** inputs that exist only in action.yml: secrets, which the CLI reads from the environment, never a flag */
const ACTION_ONLY: Record<string, readonly string[]> = {
  'ssh-deploy': Object.keys(SSH_SECRET_INPUTS),
  'schema-compare': Object.keys(SSH_SECRET_INPUTS),
  'post-deploy-verify': Object.keys(SSH_SECRET_INPUTS),
};
const POST_STEPS: Record<string, string> = { 'ssh-deploy': '../../dist/ssh-deploy-post/index.js' };

function actionYml(name: string): {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
} {
  return parse(readFileSync(path.join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8'));
}

describe('one vocabulary across action inputs, CLI flags and shipcheck.yml', () => {
  for (const [name, keys] of Object.entries(ACTIONS)) {
    it(`${name}: action.yml inputs = its keys + the common inputs, each with a default`, () => {
      const yml = actionYml(name);
      expect(Object.keys(yml.inputs).sort()).toEqual(
        [...keys, ...(ACTION_ONLY[name] ?? []), ...COMMON_INPUTS].sort(),
      );
      for (const [input, spec] of Object.entries(yml.inputs)) expect(spec.default, input).toBeDefined();
      const post = POST_STEPS[name];
      expect(yml.runs).toEqual({
        using: 'node24',
        main: `../../dist/${name}/index.js`,
        ...(post ? { post, 'post-if': 'always()' } : {}),
      });
    });

    it(`${name}: every key is a CLI flag of \`shipcheck ${name}\``, () => {
      const command = buildProgram().commands.find((c) => c.name() === name)!;
      const flags = command.options.map((o) => o.long);
      for (const key of keys) expect(flags).toContain(`--${key}`);
      for (const flag of ['--format', '--output', '--fail-on', '--config']) expect(flags).toContain(flag);
    });

    it(`${name}: every key is a shipcheck.yml key of its section`, () => {
      const section = (schema.properties as Record<string, { properties?: object }>)[name]!;
      expect(Object.keys(section.properties ?? {}).sort()).toEqual([...keys].sort());
    });
  }

  it('every rule a check can report is documented in docs/rules.md', () => {
    const docs = readFileSync(path.join(REPO_ROOT, 'docs/rules.md'), 'utf8');
    for (const rules of [
      ...STATIC_CHECKS.map((check) => check.rules),
      SSH_DEPLOY_RULES,
      POST_DEPLOY_VERIFY_RULES,
    ]) {
      for (const rule of rules) expect(docs, rule.id).toMatch(new RegExp(`^### ${rule.id}$`, 'm'));
    }
  });

  it('rollback and releases take the same connection flags as ssh-deploy', () => {
    const program = buildProgram();
    const flags = (name: string) =>
      program.commands.find((c) => c.name() === name)!.options.map((o) => o.long);
    const connection = [
      '--host',
      '--hosts',
      '--port',
      '--user',
      '--key-file',
      '--known-hosts',
      '--host-key-fingerprint',
      '--skip-host-key-verification',
      '--jump-host',
      '--connect-timeout',
    ];
    for (const name of ['ssh-deploy', 'rollback', 'releases', 'post-deploy-verify']) {
      for (const flag of [...connection, '--app-dir']) expect(flags(name), `${name} ${flag}`).toContain(flag);
    }
    // secrets are never flags
    for (const name of ['ssh-deploy', 'rollback', 'releases']) {
      for (const secret of Object.keys(SSH_SECRET_INPUTS)) expect(flags(name)).not.toContain(`--${secret}`);
    }
  });

  it('every action has a docs page that lists its inputs', () => {
    for (const [name, keys] of Object.entries(ACTIONS)) {
      const page = readFileSync(path.join(REPO_ROOT, 'docs', `${name}.md`), 'utf8');
      for (const key of keys) expect(page, `${name}: ${key}`).toContain(`\`${key}\``);
    }
  });
});

describe('the CLI lists the checks without loading them', () => {
  it('CHECK_NAMES is the registry, in order', () => {
    expect([...CHECK_NAMES]).toEqual(STATIC_CHECKS.map((check) => check.name));
  });
});
