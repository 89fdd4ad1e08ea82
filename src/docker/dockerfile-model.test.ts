import { describe, expect, it } from 'vitest';
import { imageFamily, installedPackages, packagesOf, readDockerfile } from './dockerfile-model.js';

describe('Dockerfile model', () => {
  it('reads install commands of apt-get, apt and apk', () => {
    expect(
      installedPackages(
        'apt-get update && apt-get install -y --no-install-recommends libgl1 libglib2.0-0=2.74.6-2 && rm -rf /var/lib/apt/lists/*',
      ).map((p) => p.name),
    ).toEqual(['libgl1', 'libglib2.0-0']);
    expect(
      installedPackages('apk add --no-cache --virtual .build-deps gcc musl-dev').map((p) => p.name),
    ).toEqual(['gcc', 'musl-dev']);
    expect(
      installedPackages(
        'DEBIAN_FRONTEND=noninteractive apt install -y -o Dpkg::Options::=--force-confold tesseract-ocr $EXTRA',
      ).map((p) => p.name),
    ).toEqual(['tesseract-ocr']);
    expect(installedPackages('<<EOF\napt-get install -y poppler-utils\nEOF').map((p) => p.name)).toEqual([
      'poppler-utils',
    ]);
    expect(installedPackages('pip install -r requirements.txt')).toEqual([]);
  });

  it('knows image families', () => {
    expect(imageFamily('python:3.11-slim')).toBe('slim');
    expect(imageFamily('python:3.12-slim-bookworm')).toBe('slim');
    expect(imageFamily('python:3.11')).toBe('full');
    expect(imageFamily('docker.io/library/python:3.11-alpine3.19')).toBe('alpine');
    expect(imageFamily('debian:bookworm')).toBe('os');
    expect(imageFamily('ghcr.io/acme/base:1')).toBe('unknown');
  });

  it('follows stages and what they inherit', () => {
    const model = readDockerfile(
      [
        'FROM python:3.12-slim AS base',
        'RUN apt-get update && apt-get install -y libglib2.0-0',
        'FROM base AS app',
        'RUN apt-get install -y tesseract-ocr',
        'CMD ["python"]',
      ].join('\n'),
    );
    expect(model.stages.map((s) => [s.name, s.family, s.pythonVersion, s.fromLine, s.installLines])).toEqual([
      ['base', 'slim', '3.12', 1, [2]],
      ['app', 'slim', '3.12', 3, [4]],
    ]);
    expect([...packagesOf(model, model.stages[1]!)].sort()).toEqual(['libglib2.0-0', 'tesseract-ocr']);
  });
});
