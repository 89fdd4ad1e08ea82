import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linuxEnvironment } from './markers.js';
import { logicalLines, parseRequirementFiles, projectNameFromUrl } from './requirements-file.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-req-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const env = linuxEnvironment('3.11');

describe('requirements file parser', () => {
  it('reads names, extras, specifiers, markers and per-line options with their positions', () => {
    const root = project({
      'requirements.txt': [
        '# comment line',
        'Flask==2.3.3  # trailing comment',
        'celery[redis,msgpack]>=5.3,<6',
        'requests (>=2.31)',
        'pywin32==306; sys_platform == "win32"',
        'tomli==2.0.1 ; python_version < "3.11"',
        'numpy==1.26.4 \\',
        '    --hash=sha256:aaaa \\',
        '    --hash=sha256:bbbb',
        '  gunicorn',
      ].join('\n'),
    });
    const parsed = parseRequirementFiles(['requirements.txt'], { root, env });
    expect(parsed.problems).toEqual([]);
    const byName = Object.fromEntries(parsed.requirements.map((r) => [r.normalized, r]));
    expect(byName.flask).toMatchObject({ name: 'Flask', specifier: '==2.3.3', line: 2, column: 1 });
    expect(byName.celery).toMatchObject({ extras: ['redis', 'msgpack'], specifier: '>=5.3,<6', line: 3 });
    expect(byName.requests).toMatchObject({ specifier: '>=2.31' });
    expect(byName.pywin32).toMatchObject({ applies: false, marker: 'sys_platform == "win32"' });
    expect(byName.tomli).toMatchObject({ applies: false });
    expect(byName.numpy).toMatchObject({ line: 7, hashes: ['sha256:aaaa', 'sha256:bbbb'] });
    expect(byName.gunicorn).toMatchObject({ line: 10, column: 3, specifier: '' });
  });

  it('follows -r includes with provenance, and reads -c files as constraints', () => {
    const root = project({
      'requirements.txt': '-r requirements/base.txt\n--constraint=constraints.txt\nredis==5.0.1\n',
      'requirements/base.txt': 'Flask==2.3.3\n-rshared.txt\n',
      'requirements/shared.txt': 'click==8.1.7\n-r ../requirements.txt\n',
      'constraints.txt': 'urllib3<2\n',
    });
    const parsed = parseRequirementFiles(['requirements.txt'], { root, env });
    expect(parsed.problems).toEqual([]);
    expect(parsed.files).toEqual([
      'requirements.txt',
      'requirements/base.txt',
      'requirements/shared.txt',
      'constraints.txt',
    ]);
    const click = parsed.requirements.find((r) => r.normalized === 'click')!;
    expect(click).toMatchObject({
      file: 'requirements/shared.txt',
      line: 1,
      via: ['requirements.txt:1', 'requirements/base.txt:2'],
    });
    expect(parsed.constraints.map((c) => `${c.name}${c.specifier}`)).toEqual(['urllib3<2']);
    expect(parsed.requirements.map((r) => r.name)).toEqual(['Flask', 'click', 'redis']);
  });

  it('reads -e, URLs, VCS links and archives, telling the project name where it can', () => {
    const root = project({
      'requirements.txt': [
        '-e git+https://github.com/acme/tool.git@0123456789abcdef0123456789abcdef01234567#egg=acme-tool',
        'mylib @ https://files.example/mylib-1.0-py3-none-any.whl',
        'https://files.example/other_pkg-2.1.tar.gz',
        './vendor/localpkg',
        '--index-url https://pypi.example/simple',
        '--extra-index-url=https://extra.example/simple',
        '--prefer-binary',
      ].join('\n'),
    });
    const parsed = parseRequirementFiles(['requirements.txt'], { root, env });
    expect(parsed.problems).toEqual([]);
    expect(parsed.requirements.map((r) => [r.normalized, r.editable, Boolean(r.url)])).toEqual([
      ['acme-tool', true, true],
      ['mylib', false, true],
      ['other-pkg', false, true],
      [undefined, false, true],
    ]);
  });

  it('reports lines pip would reject with the column and what is wrong', () => {
    const root = project({
      'requirements.txt': [
        'Flask=>2.0',
        'requests==2.31.0 --install-option="--prefix=/x"',
        'numpy==1.26 ; python_version <> "3.8"',
        '--frobnicate',
        '-r missing.txt',
        'celery[redis==5.3',
        '==1.0',
      ].join('\n'),
    });
    const { problems } = parseRequirementFiles(['requirements.txt'], { root, env });
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 6, "'=>2.0' is not a valid version specifier (did you mean '>=2.0'?)"],
      [2, 18, "'--install-option' is not an option pip accepts after a requirement"],
      [3, 31, "invalid environment marker: expected a marker variable or a quoted string, found '>'"],
      [4, 1, "pip does not accept the option '--frobnicate' in a requirements file"],
      [5, 1, 'missing.txt cannot be read'],
      [6, 7, "extras are missing their closing ']'"],
      [7, 1, "expected a project name, found '==1.0'"],
    ]);
  });

  it('does not loop on include cycles and expands ${VARS}', () => {
    const root = project({ 'a.txt': '-r b.txt\npkg-${SUFFIX}==1.0\n', 'b.txt': '-r a.txt\n' });
    const parsed = parseRequirementFiles(['a.txt'], { root, env, processEnv: { SUFFIX: 'core' } });
    expect(parsed.requirements.map((r) => r.name)).toEqual(['pkg-core']);
  });

  it('joins continuations and keeps # inside URLs', () => {
    expect(logicalLines('a==1 \\\n  --hash=x\nb @ https://h/x.whl#sha256=abc\n#c\n')).toEqual([
      { text: 'a==1   --hash=x', line: 1, column: 1 },
      { text: 'b @ https://h/x.whl#sha256=abc', line: 3, column: 1 },
    ]);
  });

  it('tells project names from URLs', () => {
    expect(projectNameFromUrl('git+https://h/r.git#egg=my_pkg')).toBe('my_pkg');
    expect(projectNameFromUrl('https://h/Django-4.2.1-py3-none-any.whl')).toBe('Django');
    expect(projectNameFromUrl('https://h/python-dateutil-2.9.0.tar.gz')).toBe('python-dateutil');
    expect(projectNameFromUrl('./local')).toBeUndefined();
  });
});
