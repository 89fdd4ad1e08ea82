import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readYaml, YamlSyntaxError } from './yaml-source.js';

const COMPOSE = [
  'version: "3.8"', // 1
  'x-base: &base', // 2
  '  restart: always', // 3
  'services:', // 4
  '  web:', // 5
  '    <<: *base', // 6
  '    image: app', // 7
  '    ports:', // 8
  '      - "80:80"', // 9
  '      - 443:443', // 10
  '    environment: {A: 1, B}', // 11
  '    command: ["gunicorn",', // 12
  '      "wsgi:app"]', // 13
  '  "db":', // 14
  '    image:', // 15
  '',
].join('\n');

function syntaxErrorOf(text: string, options = {}): YamlSyntaxError {
  try {
    readYaml(text, options);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a YamlSyntaxError');
}

describe('readYaml', () => {
  it('reads the data, merge keys resolved, YAML 1.2 core scalars', () => {
    const { data } = readYaml(`${COMPOSE}x: [yes, 0o17, 2001-12-14, ~, 1e3]\n`, { merge: true });
    expect(data).toMatchObject({
      services: {
        web: {
          restart: 'always',
          image: 'app',
          ports: ['80:80', '443:443'],
          environment: { A: 1, B: null },
          command: ['gunicorn', 'wsgi:app'],
        },
        db: { image: null },
      },
      x: ['yes', 15, '2001-12-14', null, 1000],
    });
  });

  it('names the line of each key and sequence item, quoted keys and flow collections included', () => {
    const { lineOf } = readYaml(COMPOSE, { merge: true });
    expect(lineOf([])).toBe(1);
    expect(lineOf(['version'])).toBe(1);
    expect(lineOf(['services'])).toBe(4);
    expect(lineOf(['services', 'web'])).toBe(5);
    expect(lineOf(['services', 'web', 'image'])).toBe(7);
    expect(lineOf(['services', 'web', 'ports', 0])).toBe(9);
    expect(lineOf(['services', 'web', 'ports', 1])).toBe(10);
    expect(lineOf(['services', 'web', 'environment', 'B'])).toBe(11);
    expect(lineOf(['services', 'web', 'command', 1])).toBe(13);
    expect(lineOf(['services', 'db', 'image'])).toBe(15);
    // merged from an anchor: not written under the service, so it has no line of its own there
    expect(lineOf(['services', 'web', 'restart'])).toBeUndefined();
    expect(lineOf(['services', 'nope'])).toBeUndefined();
    expect(lineOf(['services', 'web', 'ports', 2])).toBeUndefined();
  });

  it('counts lines the same with CRLF line ends', () => {
    const { lineOf } = readYaml(COMPOSE.replaceAll('\n', '\r\n'), { merge: true });
    expect(lineOf(['services', 'web', 'ports', 1])).toBe(10);
  });

  it('an empty file or one of comments is null data', () => {
    expect(readYaml('').data).toBeNull();
    expect(readYaml('# nothing here\n').data).toBeNull();
  });

  it('refuses duplicate keys, broken syntax and several documents, naming the line', () => {
    expect(syntaxErrorOf('a: 1\nb: 2\na: 3\n')).toMatchObject({
      line: 3,
      message: expect.stringMatching(/duplicated mapping key/),
    });
    expect(syntaxErrorOf('a: [1, 2\nb: 3\n').line).toBe(2);
    expect(syntaxErrorOf('a: 1\n---\nb: 2\n').message).toMatch(/2 YAML documents .* one is expected/);
  });

  it('refuses nested aliases that expand past the limit, and aliases of their own ancestor', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
    ])
      laughs.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    expect(syntaxErrorOf(`${laughs.join('\n')}\n`).message).toMatch(
      /aliases expand to more than 1,000,000 nodes/,
    );
    // the same file is fine while it stays small
    expect(() => readYaml(`${laughs.slice(0, 3).join('\n')}\n`)).not.toThrow();
    expect(syntaxErrorOf('a: 1\n', { maxNodes: 1 }).message).toMatch(/more than 1 nodes/);
    // an alias inside its own anchor: a structure without end
    expect(syntaxErrorOf('a: &a\n  b: *a\n').message).toMatch(/aliases expand/);
  });

  it('finds every key path of any block-style document on a line that spells the key', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
    const scalar = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.stringMatching(/^[a-z ]{0,12}$/),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), (value) => {
        const text = dump(value, { flowLevel: -1 });
        const lines = text.split('\n');
        const source = readYaml(text);
        expect(source.data).toEqual(value);
        const visit = (node: unknown, keyPath: Array<string | number>): void => {
          if (keyPath.length > 0) {
            const line = source.lineOf(keyPath);
            expect(line).toBeGreaterThanOrEqual(1);
            const last = keyPath[keyPath.length - 1]!;
            if (typeof last === 'string') expect(lines[line! - 1]).toContain(last);
          }
          if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...keyPath, index]));
          else if (node && typeof node === 'object')
            for (const [name, child] of Object.entries(node)) visit(child, [...keyPath, name]);
        };
        visit(value, []);
      }),
      { numRuns: 200 },
    );
  });
});
