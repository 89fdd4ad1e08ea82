import { describe, expect, it } from 'vitest';
import { evaluateMarker, linuxEnvironment, MarkerError } from './markers.js';

describe('PEP 508 markers', () => {
  const env = linuxEnvironment('3.11');
  it.each([
    ['python_version < "3.12"', true],
    ['python_version >= "3.12"', false],
    ['python_version == "3.11"', true],
    ['python_full_version >= "3.11.0"', true],
    ['sys_platform == "win32"', false],
    ['sys_platform == "linux" and platform_machine == "x86_64"', true],
    ['sys_platform == "darwin" or (os_name == "posix" and python_version > "3.9")', true],
    ['"linux" in sys_platform', true],
    ['platform_system not in "Windows Darwin"', true],
    ["extra == 'dev'", false],
    ['os.name == "posix"', true],
  ])('%s -> %s', (marker, expected) => {
    expect(evaluateMarker(marker, env)).toBe(expected);
  });

  it('points at what is wrong', () => {
    expect(() => evaluateMarker('python_versio < "3"', env)).toThrow(
      "unknown marker variable 'python_versio'",
    );
    expect(() => evaluateMarker('python_version "3"', env)).toThrow(/expected a comparison/);
    expect(() => evaluateMarker('(python_version < "3"', env)).toThrow(/missing '\)'/);
    try {
      evaluateMarker('python_version < "3" and', env);
    } catch (error) {
      expect(error).toBeInstanceOf(MarkerError);
      expect((error as MarkerError).offset).toBe(24);
    }
  });
});
