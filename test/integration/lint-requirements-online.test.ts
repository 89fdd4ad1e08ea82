import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/ports.js';
import { lintRequirements } from '../../src/requirements/lint.js';
import { wheelFits } from '../../src/requirements/online.js';
import { lintRequirementsSettings } from '../../src/requirements/settings.js';
import { FakePackageIndex } from '../helpers/fake-package-index.js';
import { makeProject } from '../helpers/project.js';
import { runShipcheck } from '../helpers/run-cli.js';

const PROJECT = {
  'requirements.txt': 'Flask==3.0.0\nrequests==2.19.0\nnumpy==1.24.3\nleftpad==9.9.9\n',
  'app.py': 'import flask, requests, numpy, leftpad\nimport flask_limiter\n',
};

describe('lint-requirements online checks (against local servers speaking the PyPI JSON and OSV APIs)', () => {
  const servers: FakePackageIndex[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });

  async function index(hang = false) {
    const server = new FakePackageIndex(
      {
        flask: { '3.0.0': { files: ['flask-3.0.0-py3-none-any.whl', 'flask-3.0.0.tar.gz'] } },
        requests: {
          '2.19.0': {
            files: ['requests-2.19.0-py2.py3-none-any.whl'],
            yanked: true,
            yanked_reason: 'broken urllib3 pin',
          },
        },
        numpy: {
          '1.24.3': {
            files: [
              'numpy-1.24.3-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
              'numpy-1.24.3.tar.gz',
            ],
          },
        },
        'flask-limiter': { '3.5.0': { files: ['Flask_Limiter-3.5.0-py3-none-any.whl'] } },
      },
      { 'requests==2.19.0': ['GHSA-x84v-xcm2-53pg', 'PYSEC-2018-28'] },
      { hang },
    );
    await server.start();
    servers.push(server);
    return server;
  }

  it('reports unknown and yanked pins, missing wheels and vulnerabilities, and names the newest release in fixes', async () => {
    const server = await index();
    const root = makeProject(PROJECT);
    const { findings } = await lintRequirements(
      lintRequirementsSettings(root, {
        online: true,
        'python-version': '3.12',
        'pypi-url': server.url,
        'osv-url': server.url,
      }),
    );
    const online = findings
      .filter((f) => ['unknown-version', 'no-compatible-wheel', 'vulnerable-requirement'].includes(f.rule))
      .map((f) => `${f.rule} ${f.line}`)
      .sort();
    expect(online).toEqual([
      'no-compatible-wheel 3',
      'unknown-version 2',
      'unknown-version 4',
      'vulnerable-requirement 2',
    ]);
    expect(findings.find((f) => f.rule === 'unknown-version' && f.line === 2)!.message).toBe(
      'requests==2.19.0 was yanked: broken urllib3 pin',
    );
    expect(findings.find((f) => f.rule === 'vulnerable-requirement')!.message).toMatch(
      /2 known vulnerabilities: GHSA-x84v-xcm2-53pg, PYSEC-2018-28/,
    );
    expect(findings.find((f) => f.rule === 'missing-requirement')!.fix).toBe(
      'add Flask-Limiter==3.5.0 to requirements.txt',
    );
    expect(server.requests.some((r) => r.startsWith('POST /v1/querybatch'))).toBe(true);
  });

  it('turns an unreachable or silent service into one notice per service, within the timeout', async () => {
    const silent = await index(true);
    const closedPort = await freePort();
    const root = makeProject(PROJECT);
    const { findings } = await lintRequirements(
      lintRequirementsSettings(root, {
        online: true,
        timeout: 1,
        'pypi-url': silent.url,
        'osv-url': `http://127.0.0.1:${closedPort}`,
      }),
    );
    const notices = findings.filter((f) => f.rule === 'online-check-unavailable');
    expect(notices.map((n) => n.severity)).toEqual(['notice', 'notice']);
    expect(notices.map((n) => n.message).join('\n')).toMatch(/no answer within 1s/);
    expect(notices.map((n) => n.message).join('\n')).toMatch(
      new RegExp(`127\\.0\\.0\\.1:${closedPort}: .*ECONNREFUSED`),
    );
    expect(findings.find((f) => f.rule === 'missing-requirement')!.fix).toBe(
      'add Flask-Limiter==<version> to requirements.txt',
    );
  });

  it('is off by default and reachable from the CLI with --online', async () => {
    const server = await index();
    const root = makeProject(PROJECT);
    await runShipcheck(['lint-requirements', root, '--quiet']);
    expect(server.requests).toEqual([]);
    const result = await runShipcheck([
      'lint-requirements',
      root,
      '--online',
      '--pypi-url',
      server.url,
      '--osv-url',
      server.url,
      '--format',
      'json',
      '--quiet',
    ]);
    expect(
      JSON.parse(result.stdout).findings.some((f: { rule: string }) => f.rule === 'vulnerable-requirement'),
    ).toBe(true);
  });

  it('judges wheel tags as pip does on Linux x86_64', () => {
    expect(wheelFits('numpy-1.26.4-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', '3.12')).toBe(
      true,
    );
    expect(wheelFits('numpy-1.24.3-cp311-cp311-manylinux_2_17_x86_64.whl', '3.12')).toBe(false);
    expect(wheelFits('cryptography-42.0.0-cp39-abi3-manylinux_2_28_x86_64.whl', '3.12')).toBe(true);
    expect(wheelFits('pkg-1.0-cp312-cp312-musllinux_1_1_x86_64.whl', '3.12')).toBe(false);
    expect(wheelFits('pkg-1.0-cp312-cp312-win_amd64.whl', '3.12')).toBe(false);
    expect(wheelFits('flask-3.0.0-py3-none-any.whl', '3.12')).toBe(true);
  });
});
