import { describe, expect, it } from 'vitest';
import { ShipcheckError } from '../core/errors.js';
import { shipcheckErrorOf } from '../../test/helpers/errors.js';
import { batchesOf } from './ssh-deploy.js';
import { deploySettings } from './settings.js';

const KNOWN =
  '[127.0.0.2]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl';
const base = {
  host: 'deploy@127.0.0.2:2222',
  'known-hosts': KNOWN,
  'app-dir': '/srv/app',
  repo: '/srv/app.git',
  ref: 'a'.repeat(40),
};
const secrets = { key: 'not parsed until connecting' };

const error = shipcheckErrorOf;

describe('ssh-deploy settings', () => {
  it('reads the host spec, defaults and the project name', () => {
    const settings = deploySettings('/tmp', base, {}, secrets);
    expect(settings.ssh.targets[0]).toMatchObject({ host: '127.0.0.2', port: 2222, user: 'deploy' });
    expect(settings).toMatchObject({
      project: 'app',
      composeFiles: ['docker-compose.yml'],
      sharedFiles: ['.env'],
      keep: 5,
      healthTimeout: 120,
    });
  });

  it('refuses refs that are not a full SHA, with the fix', () => {
    for (const ref of ['main', 'abc123', '$(touch /tmp/x)', `${'a'.repeat(40)}\nb`, `${'a'.repeat(39)};`]) {
      const e = error(() => deploySettings('/tmp', { ...base, ref }, {}, secrets));
      expect(e.message).toMatch(/ref must be a full 40-character commit SHA/);
    }
    expect(
      error(() => deploySettings('/tmp', { ...base, 'rollback-to': 'HEAD~1' }, {}, secrets)).message,
    ).toMatch(/rollback-to must be/);
  });

  it('refuses app-dirs and repos that are not paths or URLs', () => {
    for (const dir of ['srv/app', '/srv/../etc', '/srv/app\nrm -rf /']) {
      expect(() => deploySettings('/tmp', { ...base, 'app-dir': dir }, {}, secrets)).toThrow(ShipcheckError);
    }
    for (const repo of ['--upload-pack=touch /tmp/x', 'ext::sh -c touch% /tmp/x']) {
      expect(error(() => deploySettings('/tmp', { ...base, repo }, {}, secrets)).message).toMatch(
        /not a git URL/,
      );
    }
  });

  it('needs a host key to check against, unless skipping is asked for by name', () => {
    const e = error(() => deploySettings('/tmp', { ...base, 'known-hosts': undefined }, {}, secrets));
    expect(e.message).toMatch(/no host key to check/);
    expect(e.fix).toMatch(/ssh-keyscan/);
    const skipped = deploySettings(
      '/tmp',
      { ...base, 'known-hosts': undefined, 'skip-host-key-verification': 'true' },
      {},
      secrets,
    );
    expect(skipped.ssh.targets[0]!.hostKeys.skipVerification).toBe(true);
  });

  it('batches hosts by count or percentage, canary first', () => {
    const hosts = ['h1', 'h2', 'h3', 'h4', 'h5'];
    const settings = deploySettings(
      '/tmp',
      { ...base, host: undefined, user: 'deploy', hosts, 'batch-size': '40%' },
      {},
      secrets,
    );
    expect(settings.batchSize).toBe(2);
    const names = (batches: ReturnType<typeof batchesOf>) => batches.map((b) => b.map((t) => t.host));
    expect(names(batchesOf(settings.ssh.targets, 2, false))).toEqual([['h1', 'h2'], ['h3', 'h4'], ['h5']]);
    expect(names(batchesOf(settings.ssh.targets, 2, true))).toEqual([['h1'], ['h2', 'h3'], ['h4', 'h5']]);
  });

  it('takes env values from the job only for the names listed, and says which one is missing', () => {
    process.env.SHIPCHECK_TEST_TOKEN = 'value';
    expect(deploySettings('/tmp', { ...base, env: 'SHIPCHECK_TEST_TOKEN' }, {}, secrets).env).toEqual({
      SHIPCHECK_TEST_TOKEN: 'value',
    });
    expect(
      error(() => deploySettings('/tmp', { ...base, env: 'NOT_SET_ANYWHERE' }, {}, secrets)).message,
    ).toMatch(/NOT_SET_ANYWHERE, which is not set/);
  });
});
