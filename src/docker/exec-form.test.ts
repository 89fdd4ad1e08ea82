import { describe, expect, it } from 'vitest';
import { parseExecForm, shellWords } from './exec-form.js';

describe('exec form', () => {
  it('reads a valid JSON array with escapes', () => {
    expect(parseExecForm('["gunicorn", "-b", "0.0.0.0:8000", "a\\"b"]')).toEqual({
      ok: true,
      args: ['gunicorn', '-b', '0.0.0.0:8000', 'a"b'],
    });
    expect(parseExecForm('[]')).toEqual({ ok: true, args: [] });
  });

  it.each([
    ['["gunicorn", \'wsgi:app\']', 'single quotes', 13],
    ['["gunicorn", "wsgi:app",]', 'trailing comma', 24],
    ['["python", "C:\\path"]', 'bad escape \\p', 14],
    ['["gunicorn", "wsgi:app"', 'unbalanced bracket', 23],
    ['["gunicorn" "wsgi:app"]', 'a comma is missing', 12],
    ['["gunicorn", 8000]', 'double-quoted string', 13],
    ['["gunicorn"] extra', 'text after the closing ]', 13],
    ['[\u201cgunicorn\u201d]', 'typographic quotes', 1],
    ['["gunicorn]', 'unterminated string', 1],
  ])('says what is wrong with %s', (text, message, offset) => {
    const result = parseExecForm(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(message);
      expect(result.offset).toBe(offset);
    }
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['["a"]', '[ "a" , "b" ]', '["\\u00e9"]', '["a",]', "['a']", '["a"', '[1]']) {
      let json = true;
      try {
        const value: unknown = JSON.parse(text);
        json = Array.isArray(value) && value.every((v) => typeof v === 'string');
      } catch {
        json = false;
      }
      expect(parseExecForm(text).ok, text).toBe(json);
    }
  });

  it('splits shell words', () => {
    expect(shellWords(`gunicorn -b "0.0.0.0:8000" 'wsgi:app' \\\n --workers 2`)).toEqual([
      'gunicorn',
      '-b',
      '0.0.0.0:8000',
      'wsgi:app',
      '--workers',
      '2',
    ]);
  });
});
