import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeProject } from '../../test/helpers/project.js';
import type { Finding } from '../report/types.js';
import { analyzeStatic } from './analyze.js';
import { readComposeSource, composeProjects } from './compose.js';
import { lintCompose } from './compose-lint.js';
import { lintDockerfile } from './dockerfile-lint.js';
import { dockerBuildTestSettings } from './settings.js';

const app = {
  'app.py': `from flask import Flask\napp = Flask(__name__)\n\n@app.get("/healthz")\ndef healthz():\n    return "ok"\n`,
};

function analyze(files: Record<string, string>, section: Record<string, unknown> = {}) {
  const root = makeProject(files);
  return analyzeStatic(dockerBuildTestSettings(root, section));
}

const rules = (findings: Finding[]) => findings.map((f) => `${f.rule}@${f.file}:${f.line}`);

describe('Dockerfile rules', () => {
  it('finds the broken CMD at its column, the shell forms and the health check tool', () => {
    const root = makeProject({
      ...app,
      Dockerfile: [
        'FROM python:3.11-slim',
        'RUN apt-get update',
        'RUN apt-get install -y libgl1',
        'COPY . .',
        'RUN pip install -r requirements.txt',
        'ENV DB_PASSWORD=hunter2 API_TOKEN=${API_TOKEN}',
        'ARG GITHUB_TOKEN',
        'HEALTHCHECK CMD curl -f http://localhost:8000/healthz || exit 1',
        'CMD ["gunicorn", "--bind", "0.0.0.0:8000", \\',
        "     'app:app']",
      ].join('\n'),
    });
    const { findings } = lintDockerfile(root, 'Dockerfile');
    const json = findings.find((f) => f.rule === 'exec-form-invalid-json')!;
    expect(json).toMatchObject({ line: 10, column: 6, severity: 'error' });
    expect(json.message).toContain('single quotes');
    expect(rules(findings)).toEqual(
      expect.arrayContaining([
        'apt-update-alone@Dockerfile:2',
        'apt-no-install-recommends@Dockerfile:3',
        'apt-lists-kept@Dockerfile:3',
        'pip-cache-kept@Dockerfile:5',
        'copy-before-install@Dockerfile:5',
        'secret-in-image@Dockerfile:6',
        'healthcheck-tool-missing@Dockerfile:8',
        'runs-as-root@Dockerfile:1',
      ]),
    );
    // the secret's value never appears in the finding
    expect(JSON.stringify(findings)).not.toContain('hunter2');
    // a reference to a build arg is not a literal secret
    expect(findings.filter((f) => f.rule === 'secret-in-image')).toHaveLength(1);
  });

  it('knows shell-form ENTRYPOINT swallows CMD, and that alpine has wget but not curl', () => {
    const root = makeProject({
      Dockerfile:
        'FROM python:3.12-alpine\nHEALTHCHECK CMD wget -qO- http://127.0.0.1:8000/\nENTRYPOINT gunicorn app:app\nCMD ["--workers", "2"]\n',
    });
    const { findings } = lintDockerfile(root, 'Dockerfile');
    expect(rules(findings)).toContain('shell-form-entrypoint-and-cmd@Dockerfile:3');
    expect(findings.some((f) => f.rule === 'healthcheck-tool-missing')).toBe(false);
    expect(findings.some((f) => f.rule === 'base-image-unpinned')).toBe(false);
  });

  it('resolves ARG in FROM and flags latest; an installed curl is fine', () => {
    const root = makeProject({
      Dockerfile:
        'ARG BASE=python:latest\nFROM $BASE\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER app\nHEALTHCHECK CMD ["curl", "-f", "http://127.0.0.1:8000/"]\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
    });
    const found = rules(lintDockerfile(root, 'Dockerfile').findings);
    expect(found).toEqual(['base-image-unpinned@Dockerfile:2']);
  });

  it('wants a .dockerignore when the context holds .git, a venv or .env', () => {
    const root = makeProject({
      Dockerfile: 'FROM python:3.12-slim\nUSER app\n',
      '.env': 'X=1',
      'venv/bin/python': '',
      '.git/HEAD': '',
    });
    const finding = lintDockerfile(root, 'Dockerfile').findings.find(
      (f) => f.rule === 'dockerignore-missing',
    )!;
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('.git, venv, .env');
    const covered = makeProject({
      Dockerfile: 'FROM python:3.12-slim\nUSER app\n',
      '.env': 'X=1',
      '.git/HEAD': '',
      '.dockerignore': '.git\n**/.env\n',
    });
    expect(lintDockerfile(covered, 'Dockerfile').findings).toEqual([]);
  });
});

describe('Compose rules', () => {
  const lint = (yaml: string, options: { hostMemory?: number } = {}, extra: Record<string, string> = {}) => {
    const root = makeProject({ 'docker-compose.yml': yaml, ...extra });
    const { source, findings } = readComposeSource(root, 'docker-compose.yml');
    if (!source) return findings;
    return [
      ...findings,
      ...lintCompose(composeProjects([source])[0]!, { root, memoryHeadroom: 128 * 1024 ** 2, ...options }),
    ];
  };

  it('reports unknown keys and bad types at their line', () => {
    const findings = lint(
      'services:\n  web:\n    image: app:1\n    restart: always\n    mem_limt: 256m\n    ports: 8000\n',
    );
    expect(
      findings.filter((f) => f.rule === 'compose-invalid').map((f) => [f.line, f.message.split(' (')[0]]),
    ).toEqual([
      [5, "unknown key 'mem_limt' at services.web"],
      [6, 'services.web.ports must be array, found number 8000'],
    ]);
    expect(findings.find((f) => f.message.includes('mem_limt'))!.fix).toContain("'mem_limit'");
  });

  it('reports broken YAML, duplicate keys and alias bombs as compose-invalid at their line', () => {
    const only = (yaml: string) =>
      lint(yaml)
        .filter((f) => f.rule === 'compose-invalid')
        .map((f) => [f.line, f.message]);
    expect(only('services:\n  web:\n    image: a\n    image: b\n')).toEqual([
      [4, expect.stringMatching(/^not valid YAML: duplicated mapping key/)],
    ]);
    expect(only('services:\n  web:\n    ports: [80\n  db:\n    image: x\n')).toEqual([
      [4, expect.stringMatching(/^not valid YAML:/)],
    ]);
    const bomb = ['x-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (const [name, previous] of ['ba', 'cb', 'dc', 'ed', 'fe', 'gf'])
      bomb.push(`x-${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    expect(only(`${bomb.join('\n')}\nservices:\n  web:\n    image: app\n`)).toEqual([
      [1, expect.stringMatching(/aliases expand to more than 1,000,000 nodes/)],
    ]);
  });

  it('honours Compose !reset and !override tags when an override file is merged', () => {
    const root = makeProject({
      'docker-compose.yml': [
        'services:',
        '  web:',
        '    image: app:1',
        '    ports: ["8000:8000"]',
        '    environment: { A: "1", B: "2" }',
        '    labels: { team: web }',
        '',
      ].join('\n'),
      'docker-compose.override.yml': [
        'services:',
        '  web:',
        '    ports: !reset []',
        '    environment: !override',
        '      C: "3"',
        '    labels: { tier: front }',
        '    command: !reset null',
        '',
      ].join('\n'),
    });
    const sources = ['docker-compose.yml', 'docker-compose.override.yml'].map((file) => {
      const { source, findings } = readComposeSource(root, file);
      expect(findings).toEqual([]);
      return source!;
    });
    const [web] = composeProjects(sources)[0]!.services;
    expect(web!.spec).toEqual({
      image: 'app:1',
      ports: [],
      environment: { C: '3' },
      // untagged mappings still merge
      labels: { team: 'web', tier: 'front' },
      command: null,
    });
    expect(
      readComposeSource(root, 'docker-compose.override.yml').source!.yaml.lineOf([
        'services',
        'web',
        'environment',
        'C',
      ]),
    ).toBe(5);
  });

  it('merges `<<: *anchor` keys into the service and points at the service for merged keys', () => {
    const findings = lint(
      [
        'x-limits: &limits',
        '  deploy: { resources: { limits: { memory: 256M, cpus: "0.5" } } }',
        'services:',
        '  web:',
        '    <<: *limits',
        '    image: app:1',
        '  worker:',
        '    image: app:1',
        '',
      ].join('\n'),
    );
    const limits = findings.filter((f) => f.rule === 'missing-resource-limits');
    // web's limits come from the anchor: only worker lacks them (memory and CPU), at its own line
    expect(limits.map((f) => [f.line, f.message.split(' has ')[0]])).toEqual([
      [7, 'service worker'],
      [7, 'service worker'],
    ]);
  });

  it('adds the limits up against host-memory and shows the arithmetic', () => {
    const yaml = `services:
  web:
    image: app:1
    restart: always
    deploy: { resources: { limits: { memory: 512M, cpus: "1" }, reservations: { memory: 600M } } }
  db:
    image: mysql:8.0
    restart: always
    mem_limit: 512m
    cpus: 0.5
    volumes: ["db:/var/lib/mysql"]
    healthcheck: { test: ["CMD", "mysqladmin", "ping"] }
volumes:
  db:
`;
    const findings = lint(yaml, { hostMemory: 1024 ** 3 });
    const exceeded = findings.find((f) => f.rule === 'host-memory-exceeded')!;
    expect(exceeded.message).toContain('web 512M + db 512M + headroom 128M = 1.13G > host-memory 1G');
    expect(exceeded.line).toBe(1);
    expect(rules(findings)).toContain('reservation-above-limit@docker-compose.yml:5');
    expect(lint(yaml, { hostMemory: 2 * 1024 ** 3 }).some((f) => f.rule === 'host-memory-exceeded')).toBe(
      false,
    );
  });

  it('finds unhealthy dependencies, lost data, clashing ports, names and env files', () => {
    const findings = lint(
      `version: "3.8"
services:
  web:
    image: app:1
    env_file: .env.production
    ports: ["8000:8000"]
    container_name: app
    depends_on:
      db: { condition: service_healthy }
  admin:
    image: app:1
    ports: ["127.0.0.1:8000:8001"]
    container_name: app
  db:
    image: mariadb:11
  cache:
    image: redis:7-alpine
    volumes: [cache-data:/data]
`,
    );
    expect(rules(findings)).toEqual(
      expect.arrayContaining([
        'compose-version-obsolete@docker-compose.yml:1',
        'env-file-missing@docker-compose.yml:5',
        'healthy-dependency-without-healthcheck@docker-compose.yml:9',
        'duplicate-host-port@docker-compose.yml:12',
        'duplicate-container-name@docker-compose.yml:13',
        'data-without-volume@docker-compose.yml:14',
        'missing-healthcheck@docker-compose.yml:14',
        'compose-invalid@docker-compose.yml:18',
        'missing-restart-policy@docker-compose.yml:3',
      ]),
    );
    expect(findings.find((f) => f.rule === 'healthy-dependency-without-healthcheck')!.fix).toContain(
      'healthcheck.sh',
    );
  });

  it('merges an override file onto its base', () => {
    const root = makeProject({
      'docker-compose.yml': 'services:\n  web:\n    image: app:1\n    restart: always\n',
      'docker-compose.override.yml':
        'services:\n  web:\n    deploy: { resources: { limits: { memory: 256M, cpus: "0.5" } } }\n',
    });
    const analysis = analyzeStatic(dockerBuildTestSettings(root));
    expect(analysis.projects).toHaveLength(1);
    expect(analysis.findings.filter((f) => f.rule === 'missing-resource-limits')).toEqual([]);
  });
});

describe('cross-file rules', () => {
  const compose = (service: string) => `services:
  web:
    build: .
    restart: always
    deploy: { resources: { limits: { memory: 256M, cpus: "0.5" } } }
${service}`;

  it('ties the health check to the routes and the gunicorn bind', () => {
    const { findings, plan } = analyze({
      ...app,
      Dockerfile:
        'FROM python:3.12-slim\nUSER app\nEXPOSE 5000\nHEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8080/health\')"]\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n',
      'docker-compose.yml': compose('    ports: ["80:5000"]\n'),
    });
    expect(rules(findings).sort()).toEqual(
      [
        'healthcheck-port-mismatch@Dockerfile:4',
        'healthcheck-route-missing@Dockerfile:4',
        'port-mismatch@Dockerfile:3',
        'port-mismatch@docker-compose.yml:6',
      ].sort(),
    );
    expect(findings.find((f) => f.rule === 'healthcheck-route-missing')!.fix).toBe('call /healthz instead');
    expect(plan.bind).toMatchObject({ host: '0.0.0.0', port: 8000 });
    expect(plan.memory).toBe(256 * 1024 ** 2);
  });

  it('knows gunicorn without --bind listens on 127.0.0.1, and reads gunicorn.conf.py', () => {
    const dockerfile =
      'FROM python:3.12-slim\nUSER app\nHEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/healthz\')"]\nCMD ["gunicorn", "app:app"]\n';
    const local = analyze({ ...app, Dockerfile: dockerfile, 'docker-compose.yml': compose('') });
    expect(rules(local.findings)).toEqual(['server-binds-localhost@Dockerfile:4']);
    const configured = analyze({
      ...app,
      Dockerfile: dockerfile,
      'docker-compose.yml': compose(''),
      'gunicorn.conf.py': 'workers = 2\nbind = "0.0.0.0:8000"\n',
    });
    expect(configured.findings).toEqual([]);
    expect(configured.data.bind).toBe('0.0.0.0:8000 (gunicorn.conf.py:2)');
  });

  it('warns when no health check exists anywhere', () => {
    const { findings } = analyze({
      ...app,
      Dockerfile: 'FROM python:3.12-slim\nUSER app\nCMD ["gunicorn", "-b", ":8000", "app:app"]\n',
    });
    expect(rules(findings)).toEqual(['healthcheck-missing@Dockerfile:1']);
  });
});

describe('robustness', () => {
  it('never throws on random Dockerfile or Compose text', () => {
    const words = fc.constantFrom(
      'FROM',
      'RUN',
      'CMD',
      'HEALTHCHECK',
      'ENTRYPOINT',
      'ENV',
      'ARG',
      'COPY',
      'EXPOSE',
      'USER',
      '[',
      ']',
      '"',
      "'",
      '\\',
      '\n',
      ',',
      ' ',
      'CMD-SHELL',
      '--bind',
      'gunicorn',
      'curl',
      'http://x:1/y',
      '<<EOF',
      'EOF',
      '$X',
      '${Y}',
      'NONE',
    );
    const compose = fc.constantFrom(
      'services:',
      '\n',
      '  ',
      'web:',
      'image:',
      'ports:',
      '- ',
      '"8000:8000"',
      'deploy:',
      'resources:',
      'limits:',
      'memory:',
      '1G',
      '{',
      '}',
      '[',
      ']',
      '&a',
      '*a',
      '<<:',
      'depends_on:',
      'condition:',
      'service_healthy',
      'version: 3',
      ':',
      '"',
      'healthcheck:',
      'test:',
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 60 }),
        fc.array(compose, { maxLength: 60 }),
        (dockerfile, yaml) => {
          const result = analyze(
            { Dockerfile: dockerfile.join(''), 'docker-compose.yml': yaml.join('') },
            { 'host-memory': '1G' },
          );
          expect(Array.isArray(result.findings)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (dockerfile, yaml) => {
        analyze({ Dockerfile: dockerfile, 'docker-compose.yml': yaml });
      }),
      { numRuns: 100 },
    );
  });
});
