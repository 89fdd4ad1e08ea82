import { describe, expect, it } from 'vitest';
import { canResolveTogether, pinnedVersion } from './versions.js';

describe('versions', () => {
  it('knows pins', () => {
    expect(pinnedVersion('==2.0.1')).toBe('2.0.1');
    expect(pinnedVersion('===1.0')).toBe('1.0');
    expect(pinnedVersion('==2.*')).toBeUndefined();
    expect(pinnedVersion('>=2')).toBeUndefined();
  });

  it.each([
    [['==2.0.1', '>=2'], true],
    [['==1.26.4', '>=2'], false],
    [['>=1.20', '>=2'], true],
    [['', '>=2'], true],
    [['<2', '>=2'], false],
    [['>=1.5,<1.9', '<4.10.0.84'], true],
    [['>=4.10.0.84', '<4.10.0.84'], false],
    [['~=1.26.0', '>=2'], false],
    [['!=2.0.0', '>=2,<2.0.1'], true], // 2.0.0.1 is between
    [['!=2.0.0', '==2.0.0'], false],
  ])('%j can resolve together: %s', (specs, expected) => {
    expect(canResolveTogether(specs)).toBe(expected);
  });
});
