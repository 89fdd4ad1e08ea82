import { describe, expect, it } from 'vitest';
import { collectSchemes } from './source-scan.js';

describe('collectSchemes', () => {
  it('finds every scheme before ://, lower-cased, and nothing in floor division or comments of slashes', () => {
    const schemes = new Set<string>();
    collectSchemes(
      Buffer.from(
        [
          'DATABASE_URL = "MySQL+PyMySQL://app@db/resumes"',
          "broker = 'redis://127.0.0.1:6379/0'  # or amqp://guest@rabbit//",
          'half = total // 2',
          'path = "file:///srv/app" + "://nothing-before"',
          'd = {"k": "v"}//3',
        ].join('\n'),
      ),
      schemes,
    );
    expect([...schemes].sort()).toEqual(['amqp', 'file', 'mysql+pymysql', 'redis']);
  });
});
