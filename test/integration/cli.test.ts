import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShipcheck } from '../helpers/run-cli.js';

describe('shipcheck CLI (the bundle behind npx shipcheck)', () => {
  it('prints help with the exit codes, and each subcommand has its own', async () => {
    const help = await runShipcheck(['--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 passed, 1 findings');
    expect(help.stdout).toMatch(/check \[options\] \[dir\]/);
    const checkHelp = await runShipcheck(['check', '--help']);
    expect(checkHelp.exitCode).toBe(0);
    for (const flag of ['--format', '--output', '--fail-on', '--config', '--checks', '--debug']) {
      expect(checkHelp.stdout).toContain(flag);
    }
  });

  it('prints its version', async () => {
    const result = await runShipcheck(['--version']);
    expect(result).toMatchObject({ exitCode: 0, stdout: '0.1.0\n' });
  });

  it('exits 2 with one clear line on usage errors', async () => {
    for (const args of [
      ['no-such-command'],
      ['check', '--format', 'yaml'],
      ['check', '--fail-on', 'sometimes'],
    ]) {
      const result = await runShipcheck(args);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/error: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const missing = await runShipcheck(['check', 'examples/nope']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe(
      'shipcheck: usage error: project directory examples/nope does not exist (pass the directory that holds your app and its shipcheck.yml)\n',
    );
  });

  it('exits 2 on a configuration error, naming file:line, without a stack trace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-cli-'));
    writeFileSync(path.join(dir, 'shipcheck.yml'), 'fail-on: error\nchecks:\n  - lint-requirement\n');
    const result = await runShipcheck(['check', dir]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^shipcheck: config error: .*shipcheck.yml:3: checks.0 must be one of/);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('never prints a secret from the environment in an error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-cli-'));
    writeFileSync(
      path.join(dir, 'shipcheck.yml'),
      'schema-compare:\n  target: mysql://root:topsecret99@127.0.0.1/app\n',
    );
    const result = await runShipcheck(['check', dir]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/password is written into a URL/);
    expect(result.stderr).not.toContain('topsecret99');
  });

  it('writes every format to --output and keeps standard output clean', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-cli-'));
    for (const format of ['json', 'sarif', 'markdown', 'text']) {
      const file = path.join(dir, `report.${format}`);
      const result = await runShipcheck([
        'check',
        'examples/healthy',
        '--format',
        format,
        '--output',
        file,
        '--quiet',
      ]);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`report written to ${file}`);
      const written = readFileSync(file, 'utf8');
      if (format === 'json')
        expect(JSON.parse(written)).toMatchObject({ tool: 'shipcheck', command: 'check' });
      if (format === 'sarif') expect(JSON.parse(written)).toMatchObject({ version: '2.1.0' });
      if (format === 'markdown') expect(written).toContain('shipcheck check passed');
    }
  });

  it('reports on examples/healthy as a valid JSON Report that passes', async () => {
    const result = await runShipcheck(['check', 'examples/healthy', '--format', 'json']);
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ tool: 'shipcheck', version: '0.1.0', command: 'check', passed: true });
    expect(report.summary).toMatchObject({ error: 0 });
  });
});
