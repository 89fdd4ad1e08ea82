import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanPythonImports } from './python-imports.js';

const scan = (source: string) => scanPythonImports(Buffer.from(source));
const modules = (source: string) => scan(source).map((i) => i.module);

describe('Python import scanner', () => {
  it('reads every import form with its position', () => {
    const found = scan(
      'import a.b as c, d\nfrom e.f import (g,\n    h as i)\n  \nif x: import j; import k\n',
    );
    expect(found.map((i) => [i.module, i.line, i.column, i.kind])).toEqual([
      ['a.b', 1, 1, 'import'],
      ['d', 1, 1, 'import'],
      ['e.f', 2, 1, 'from'],
      ['j', 5, 7, 'import'],
      ['k', 5, 17, 'import'],
    ]);
    expect(found[2]!.names).toEqual(['g', 'h']);
  });

  it('finds an import after words that end in `mport` and one at the very first byte', () => {
    expect(modules('import first\nxmport = 1\ndef mport(): pass\nimport_ = 2\nimport second\n')).toEqual([
      'first',
      'second',
    ]);
    expect(modules('smport = 1\nfrom x import (y)')).toEqual(['x']);
  });

  it('ignores relative imports, __future__, strings, docstrings and comments', () => {
    expect(
      modules(
        [
          'from __future__ import annotations',
          'from . import sibling',
          'from ..pkg import thing',
          '"""',
          'import not_code',
          '"""',
          "x = 'import nope'  # import nope2",
          'y = f"{a!r:>{w}} {\'import\'}" ; from real import z',
          'raise ValueError("x") from None',
          'yield_from = 1',
        ].join('\n'),
      ),
    ).toEqual(['real']);
  });

  it('skips `if TYPE_CHECKING:` bodies but not their else branch', () => {
    const source = [
      'from typing import TYPE_CHECKING',
      'if TYPE_CHECKING:',
      '    import pandas',
      '    if True:',
      '        import numpy',
      'else:',
      '    import json',
      'if typing.TYPE_CHECKING: import scipy',
      'import after',
    ].join('\n');
    expect(modules(source)).toEqual(['typing', 'json', 'after']);
  });

  it('skips only a bare TYPE_CHECKING test (as ast sees it), not conditions that merely mention it', () => {
    const source = [
      'if (TYPE_CHECKING):',
      '    import skipped_paren',
      'if _typing.TYPE_CHECKING:',
      '    import skipped_alias',
      'if not TYPE_CHECKING:',
      '    import runs_not',
      'if TYPE_CHECKING or DEBUG:',
      '    import runs_or',
      'if TYPE_CHECKING_EXTRA:',
      '    import runs_other_name',
      'elif TYPE_CHECKING:',
      '    import skipped_elif',
    ].join('\n');
    expect(modules(source)).toEqual(['runs_not', 'runs_or', 'runs_other_name']);
  });

  it('marks imports guarded by try/except ImportError', () => {
    const found = scan(
      [
        'try:',
        '    import ujson as json',
        'except (ImportError, AttributeError):',
        '    import json',
        'try:',
        '    import yaml',
        'except KeyError:',
        '    pass',
        'try: import cv2',
        'except: cv2 = None',
      ].join('\n'),
    );
    expect(found.map((i) => [i.module, i.guarded])).toEqual([
      ['ujson', true],
      ['json', false],
      ['yaml', false],
      ['cv2', true],
    ]);
  });

  it('finds literal importlib.import_module and __import__ calls', () => {
    expect(
      modules(
        [
          'import importlib',
          'importlib.import_module("yaml.loader")',
          "mod = import_module('toml', package=None)",
          '__import__("pkg" "_suffix")',
          'importlib.import_module(name)',
          'importlib.import_module(".relative", "pkg")',
          'importlib.import_module(f"plugins.{name}")',
          'importlib.import_module(b"bytes")',
        ].join('\n'),
      ),
    ).toEqual(['importlib', 'yaml.loader', 'toml', 'pkg_suffix']);
  });

  it('handles Python 3.12 f-strings that reuse their quotes, CRLF and tabs', () => {
    expect(modules('x = f"{d["key"]} {f"{y}"}"\r\nimport a\r\n\tif x:\r\n\t\timport b\r\n')).toEqual([
      'a',
      'b',
    ]);
  });

  it('reports columns in characters on lines with non-ASCII text', () => {
    const [found] = scan("s = '陈熙蕾'; import requests\n");
    expect(found).toMatchObject({ module: 'requests', line: 1, column: 12 });
  });

  it('never throws and always finishes on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(Array.isArray(scan(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on Python-like token soup', () => {
    const token = fc.constantFrom(
      'import ',
      'from ',
      'x',
      '.',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      ':',
      ';',
      '\n',
      '    ',
      '"',
      "'",
      '"""',
      'f"',
      '{',
      '#',
      '\\\n',
      'try:',
      'except ImportError:',
      'if TYPE_CHECKING:',
      'as ',
      ', ',
      'import_module(',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const found = scan(tokens.join(''));
        for (const item of found) {
          expect(item.line).toBeGreaterThan(0);
          expect(item.column).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
