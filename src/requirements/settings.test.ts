import { describe, expect, it } from 'vitest';
import { lintRequirementsSettings } from './settings.js';

describe('lint-requirements settings', () => {
  it('takes shipcheck.yml values, overridden by inputs', () => {
    const settings = lintRequirementsSettings(
      '/p',
      {
        requirements: ['req/base.txt'],
        'python-version': 3.11,
        'import-map': { cv2: 'opencv-python-headless' },
        online: true,
      },
      { 'python-version': '3.12', 'allow-unused': 'gunicorn, celery' },
    );
    expect(settings).toMatchObject({
      requirements: ['req/base.txt'],
      pythonVersion: '3.12',
      importMap: { cv2: ['opencv-python-headless'] },
      allowUnused: ['gunicorn', 'celery'],
      online: true,
      timeout: 10,
      pypiUrl: 'https://pypi.org',
    });
    expect(
      lintRequirementsSettings('/p', {}, { 'import-map': 'cv2=opencv-python, yaml=PyYAML' }).importMap,
    ).toEqual({
      cv2: ['opencv-python'],
      yaml: ['PyYAML'],
    });
  });

  it('names the input and the expected form on bad values', () => {
    expect(() => lintRequirementsSettings('/p', { 'python-version': 'three' })).toThrow(
      "python-version must look like 3.12, found 'three'",
    );
    expect(() => lintRequirementsSettings('/p', { online: 'maybe' })).toThrow(
      "online must be true or false, found 'maybe'",
    );
    expect(() => lintRequirementsSettings('/p', { timeout: -1 })).toThrow(
      /timeout must be a number of seconds/,
    );
    expect(() => lintRequirementsSettings('/p', {}, { 'import-map': 'cv2' })).toThrow(/module=distribution/);
  });
});
