import { describe, expect, it } from 'vitest';
import { lintRequirements } from '../../src/requirements/lint.js';
import { lintRequirementsSettings, type LintRequirementsInput } from '../../src/requirements/settings.js';
import type { Finding } from '../../src/report/types.js';
import { makeProject } from '../helpers/project.js';
import { runShipcheck } from '../helpers/run-cli.js';
import { runActionBundle } from '../helpers/run-action.js';

async function lint(files: Record<string, string | Buffer>, input: LintRequirementsInput = {}) {
  const root = makeProject(files);
  return lintRequirements(lintRequirementsSettings(root, input));
}
const brief = (findings: Finding[]) =>
  findings.map((f) => `${f.rule} ${f.severity} ${f.file ?? '-'}:${f.line ?? '-'}`).sort();

describe('lint-requirements on the bundled examples', () => {
  it('finds every seeded problem of examples/broken at its file:line (CLI, JSON)', async () => {
    const result = await runShipcheck([
      'lint-requirements',
      'examples/broken',
      '--format',
      'json',
      '--quiet',
    ]);
    expect(result.exitCode, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as {
      findings: Finding[];
      summary: Record<string, number>;
      data: Record<string, unknown>;
    };
    expect(brief(report.findings)).toEqual([
      'incompatible-versions error requirements.txt:15',
      'missing-requirement error app/extensions.py:3',
      'missing-system-package error Dockerfile:1',
      'missing-system-package error Dockerfile:1',
      'unpinned-requirement warning requirements.txt:11',
    ]);
    const missing = report.findings.find((f) => f.rule === 'missing-requirement')!;
    expect(missing).toMatchObject({
      column: 1,
      message: expect.stringContaining("No module named 'flask_limiter'"),
      fix: expect.stringMatching(/^add Flask-Limiter==/),
    });
    const system = report.findings.filter((f) => f.rule === 'missing-system-package').map((f) => f.message);
    expect(system.join('\n')).toMatch(/pytesseract .* needs tesseract-ocr/);
    expect(system.join('\n')).toMatch(/opencv-python-headless .* needs libglib2.0-0/);
    expect(report.findings.find((f) => f.rule === 'incompatible-versions')!.message).toMatch(
      /_ARRAY_API not found/,
    );
    expect(report.data).toMatchObject({
      pythonVersion: '3.11',
      pythonVersionSource: 'Dockerfile:1 (FROM python:3.11-slim)',
    });
  });

  it('reports nothing on examples/healthy', async () => {
    const result = await runShipcheck([
      'lint-requirements',
      'examples/healthy',
      '--format',
      'json',
      '--quiet',
    ]);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
  });

  it('is part of `shipcheck check`, which exits 1 on examples/broken and 0 on examples/healthy', async () => {
    const broken = await runShipcheck(['check', 'examples/broken', '--format', 'json', '--quiet']);
    expect(broken.exitCode).toBe(1);
    const report = JSON.parse(broken.stdout);
    expect(report.data.checks).toMatchObject([
      { command: 'lint-requirements', passed: false, summary: { error: 4, warning: 1 } },
      { command: 'schema-compare', passed: false, summary: { error: 4, warning: 1 } },
      { command: 'docker-build-test', passed: false, summary: { error: 8, warning: 12, notice: 3 } },
    ]);
    expect(new Set(report.findings.map((f: Finding) => f.check))).toEqual(
      new Set(['lint-requirements', 'schema-compare', 'docker-build-test']),
    );
    expect((await runShipcheck(['check', 'examples/healthy', '--quiet'])).exitCode).toBe(0);
  });

  it('runs as an action: annotations on the exact lines, outputs, summary, failure', async () => {
    const run = await runActionBundle('lint-requirements', {
      inputs: { 'working-directory': 'examples/broken' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', errors: '4', warnings: '1' });
    const annotation = run.annotations.find((a) => a.properties.title === 'shipcheck missing-requirement')!;
    expect(annotation).toMatchObject({
      level: 'error',
      properties: { file: 'app/extensions.py', line: '3', col: '1' },
    });
    expect(run.annotations.filter((a) => a.properties.file === 'Dockerfile')).toHaveLength(2);
    expect(run.summary).toContain('| lint-requirements | ❌ failed | 4 | 1 | 0 |');
    expect(run.failure).toMatch(/^shipcheck lint-requirements failed: 4 errors, 1 warnings/);
    expect(run.stdout).toMatch(/^::group::lint-requirements$/m);

    const healthy = await runActionBundle('lint-requirements', {
      inputs: { 'working-directory': 'examples/healthy', 'require-pins': 'true' },
    });
    expect(healthy.exitCode, healthy.stdout).toBe(0);
    expect(healthy.outputs.passed).toBe('true');
  });

  it('names the input when an action input is bad', async () => {
    const run = await runActionBundle('lint-requirements', {
      inputs: { 'working-directory': 'examples/healthy', 'python-version': '3' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toBe(
      "python-version must look like 3.12, found '3' (give the major.minor version the image runs)",
    );
  });
});

describe('lint-requirements rules on small projects', () => {
  it('missing-requirement: guarded imports are warnings, first-party and stdlib are not findings', async () => {
    const { findings } = await lint({
      'requirements.txt': 'Flask==3.0.0\n',
      'src/mypkg/__init__.py': 'import mypkg.sub\nfrom mypkg import x\n',
      'src/mypkg/app.py':
        'import os, json\nimport flask\ntry:\n    import ujson\nexcept ImportError:\n    ujson = None\nimport yaml\nfrom sklearn.linear_model import LinearRegression\n',
      'tools/celery.py': 'import celery\n',
    });
    expect(brief(findings)).toEqual([
      'missing-requirement error src/mypkg/app.py:7',
      'missing-requirement error src/mypkg/app.py:8',
      'missing-requirement error tools/celery.py:1',
      'missing-requirement warning src/mypkg/app.py:4',
    ]);
    const sklearn = findings.find((f) => f.line === 8)!;
    expect(sklearn.fix).toBe('add scikit-learn==<version> to requirements.txt');
    expect(findings.find((f) => f.line === 7)!.fix).toBe('add PyYAML==<version> to requirements.txt');
  });

  it('says when a mapping is a guess, and uses import-map overrides', async () => {
    const files = {
      'requirements.txt': 'Flask==3.0.0\n',
      'app.py': 'import flask\nimport acme_internal_sdk\n',
    };
    const guessed = await lint(files);
    expect(guessed.findings[0]!.fix).toMatch(/a guess from the module name/);
    expect(guessed.data.guessedMappings).toEqual({ acme_internal_sdk: 'acme_internal_sdk' });
    const mapped = await lint(
      { ...files, 'requirements.txt': 'Flask==3.0.0\nacme-sdk==1.0\n' },
      { 'import-map': { acme_internal_sdk: 'acme-sdk' } },
    );
    expect(mapped.findings).toEqual([]);
  });

  it('reads installed metadata (top_level.txt and RECORD) from site-packages first', async () => {
    const { findings } = await lint(
      {
        'requirements.txt': 'Acme-Widgets==2.0\nother-dist==1.0\n',
        'app.py': 'import widgets\nimport othermod.sub\nimport notinstalled\n',
        'venv/lib/python3.11/site-packages/acme_widgets-2.0.dist-info/METADATA':
          'Metadata-Version: 2.1\nName: Acme-Widgets\nVersion: 2.0\n',
        'venv/lib/python3.11/site-packages/acme_widgets-2.0.dist-info/top_level.txt': 'widgets\n',
        'venv/lib/python3.11/site-packages/other_dist-1.0.dist-info/METADATA':
          'Name: other-dist\nVersion: 1.0\n',
        'venv/lib/python3.11/site-packages/other_dist-1.0.dist-info/RECORD':
          'othermod/__init__.py,sha256=x,1\nothermod/sub.py,,\nother_dist-1.0.dist-info/METADATA,,\n',
        'venv/lib/python3.11/site-packages/nd-3.1.dist-info/METADATA':
          'Name: NotInstalled-Dist\nVersion: 3.1\n',
        'venv/lib/python3.11/site-packages/nd-3.1.dist-info/top_level.txt': 'notinstalled\n',
        'venv/pyvenv.cfg': 'home = /usr/bin\n',
      },
      { 'site-packages': 'venv' },
    );
    expect(brief(findings)).toEqual(['missing-requirement error app.py:3']);
    expect(findings[0]!.fix).toBe('add NotInstalled-Dist==3.1 to requirements.txt');
  });

  it('unused-requirement: not for servers, drivers named in URLs, plugins or the allow-list', async () => {
    const { findings } = await lint(
      {
        'requirements.txt':
          'Flask==3.0.0\ngunicorn==21.2.0\nPyMySQL==1.1.0\nredis==5.0.1\ntypes-requests==2.31.0\nrequests==2.31.0\nboto3==1.34.0\nsentry-sdk==1.40.0\n',
        'app.py': 'import flask\nDB = "mysql+pymysql://localhost/app"\n',
        '.env.example': 'REDIS_URL=redis://redis:6379/0\n',
      },
      { 'allow-unused': ['sentry-sdk'] },
    );
    expect(brief(findings)).toEqual([
      'unused-requirement warning requirements.txt:6',
      'unused-requirement warning requirements.txt:7',
    ]);
  });

  it('unpinned-requirement: warning, or error with require-pins; constraint pins and hashes count', async () => {
    const files = {
      'requirements.txt':
        '-c constraints.txt\nFlask>=2\nclick\nitsdangerous==2.1.2\nmarkupsafe --hash=sha256:abc\n',
      'constraints.txt': 'click==8.1.7\n',
      'app.py': 'import flask, click, itsdangerous, markupsafe\n',
    };
    expect(brief((await lint(files)).findings)).toEqual(['unpinned-requirement warning requirements.txt:2']);
    expect(brief((await lint(files, { 'require-pins': true })).findings)).toEqual([
      'unpinned-requirement error requirements.txt:2',
    ]);
  });

  it('conflicting-requirement: different pins across included files, and a pin outside its constraint', async () => {
    const { findings } = await lint({
      'requirements.txt': '-r base.txt\n-c constraints.txt\nFlask==3.0.0\nurllib3==2.2.0\n',
      'base.txt': 'Flask==2.3.3\n',
      'constraints.txt': 'urllib3<2\n',
      'app.py': 'import flask, urllib3\n',
    });
    expect(brief(findings)).toEqual([
      'conflicting-requirement error requirements.txt:3',
      'conflicting-requirement error requirements.txt:4',
    ]);
    expect(findings.find((f) => f.line === 3)!.message).toMatch(/but Flask==2.3.3 at base.txt:1/);
    expect(findings.find((f) => f.line === 4)!.message).toMatch(
      /outside the constraint urllib3<2 \(constraints.txt:1\)/,
    );
  });

  it('incompatible-versions: pinned pairs are errors, ranges that can resolve to the pair are warnings', async () => {
    const pinned = await lint({
      'requirements.txt': 'Flask==2.2.5\nWerkzeug==3.0.1\n',
      'app.py': 'import flask, werkzeug\n',
    });
    expect(brief(pinned.findings)).toEqual(['incompatible-versions error requirements.txt:2']);
    expect(pinned.findings[0]!.message).toMatch(/cannot import name 'url_quote'/);
    const ranged = await lint(
      {
        'requirements.txt': 'numpy>=1.24\nopencv-python-headless==4.8.1.78\n',
        'app.py': 'import numpy, cv2\n',
      },
      { dockerfile: '', 'python-version': '3.11' },
    );
    expect(brief(ranged.findings)).toEqual([
      'incompatible-versions warning requirements.txt:2',
      'unpinned-requirement warning requirements.txt:1',
    ]);
    const safe = await lint(
      {
        'requirements.txt': 'numpy==1.26.4\nopencv-python-headless==4.8.1.78\n',
        'app.py': 'import numpy, cv2\n',
      },
      { 'python-version': '3.11' },
    );
    expect(safe.findings).toEqual([]);
  });

  it('python-version-incompatible: old pins and removed stdlib modules for the target Python', async () => {
    const { findings, data } = await lint({
      'requirements.txt': 'numpy==1.24.3\n',
      Dockerfile: 'FROM python:3.12-slim\n',
      'app.py':
        'import numpy\nimport distutils.util\nimport imp\ntry:\n    import asyncore\nexcept ImportError:\n    pass\n',
    });
    expect(data.pythonVersion).toBe('3.12');
    expect(brief(findings)).toEqual([
      'python-version-incompatible error app.py:2',
      'python-version-incompatible error app.py:3',
      'python-version-incompatible error requirements.txt:1',
      'python-version-incompatible warning app.py:5',
    ]);
    expect(findings.find((f) => f.file === 'requirements.txt')!.message).toMatch(
      /numpy==1.24.3 has no wheel for Python 3.12 \(the first release with one is 1.26.0\)/,
    );
    expect(findings.find((f) => f.line === 3)!.fix).toBe('use importlib');
  });

  it('missing-system-package: per base image family, on the install line, met by installed packages', async () => {
    const app = {
      'requirements.txt': 'opencv-python==4.10.0.84\npsycopg2==2.9.9\n',
      'app.py': 'import cv2, psycopg2\n',
    };
    const full = await lint({
      ...app,
      Dockerfile: 'FROM python:3.12\nRUN apt-get update && apt-get install -y curl\n',
    });
    expect(brief(full.findings)).toEqual(['missing-system-package error Dockerfile:2']);
    expect(full.findings[0]!.message).toMatch(/opencv-python .* needs libgl1/);
    expect(full.findings[0]!.fix).toMatch(/or use opencv-python-headless/);
    const slim = await lint({ ...app, Dockerfile: 'FROM python:3.12-slim\n' });
    expect(slim.findings.map((f) => f.message.split(' (')[0])).toEqual(['opencv-python', 'psycopg2']);
    const alpine = await lint({
      ...app,
      Dockerfile: 'FROM python:3.12-alpine\nRUN apk add --no-cache mesa-gl glib postgresql-dev build-base\n',
    });
    expect(alpine.findings).toEqual([]);
    const multiStage = await lint({
      ...app,
      Dockerfile:
        'FROM python:3.12-slim AS build\nRUN apt-get install -y libpq-dev gcc\nFROM python:3.12-slim\nRUN apt-get install -y libgl1 libglib2.0-0\n',
    });
    expect(multiStage.findings).toEqual([]);
  });

  it('reads PEP 621 pyproject.toml dependencies and requires-python', async () => {
    const { findings, data } = await lint({
      'pyproject.toml':
        '[project]\nname = "svc"\nrequires-python = ">=3.11"\ndependencies = [\n  "flask>=2",\n  "numpy==2.0.1",\n]\n[project.optional-dependencies]\nocr = ["opencv-python-headless==4.8.1.78"]\n',
      'svc.py': 'import flask, numpy, cv2, yaml\n',
    });
    expect(data.pythonVersion).toBe('3.11');
    expect(brief(findings)).toEqual([
      'incompatible-versions error pyproject.toml:9',
      'missing-requirement error svc.py:1',
    ]);
  });

  it('skips files that are not UTF-8 with a notice, and reports invalid lines', async () => {
    const { findings } = await lint({
      'requirements.txt': 'Flask==3.0.0\nrequests=2.31.0\n',
      'app.py': 'import flask\n',
      'legacy.py': Buffer.from([0x69, 0x6d, 0x70, 0x6f, 0x72, 0x74, 0x20, 0xff, 0xfe, 0x0a]),
    });
    expect(brief(findings)).toEqual([
      'invalid-requirement error requirements.txt:2',
      'unreadable-source notice legacy.py:-',
    ]);
    expect(findings[0]!.message).toContain("did you mean '==2.31.0'?");
  });

  it('says clearly when no requirements file exists', async () => {
    const { findings } = await lint({ 'app.py': 'import flask\n' });
    expect(findings.find((f) => f.rule === 'invalid-requirement')!.message).toMatch(
      /no requirements file matches 'requirements\*.txt'/,
    );
  });
});
