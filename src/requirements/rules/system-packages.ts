import type { DockerfileModel, ImageFamily } from '../../docker/dockerfile-model.js';
import { packagesOf } from '../../docker/dockerfile-model.js';
import type { Finding } from '../../report/types.js';
import systemPackages from '../data/system-packages.json' with { type: 'json' };
import type { Requirement } from '../requirements-file.js';

interface SystemNeed {
  debian: Array<string | string[]>;
  alpine: Array<string | string[]>;
  runtime: boolean;
  images?: ImageFamily[];
  error: string;
  alternative?: string;
  source: string;
}

/**
 * What the full `python:3.X` images (buildpack-deps) already carry, so a build or runtime need is met
 * without an install line. https://github.com/docker-library/buildpack-deps/blob/master/debian/bookworm/Dockerfile
 */
const FULL_IMAGE_PACKAGES = new Set([
  'build-essential',
  'gcc',
  'g++',
  'make',
  'pkg-config',
  'libpq-dev',
  'default-libmysqlclient-dev',
  'libmagickwand-dev',
  'libmagickwand-6.q16-6',
  'libglib2.0-0',
  'libmagic1',
  'libcurl4-openssl-dev',
  'libssl-dev',
  'libldap2-dev',
  'libsasl2-dev',
]);

/** missing-system-package: a requirement needs OS packages the image's final stage (or any, for build time) lacks. */
export function checkSystemPackages(
  requirements: Requirement[],
  docker: DockerfileModel,
  dockerfile: string,
): Finding[] {
  const findings: Finding[] = [];
  const finalStage = docker.stages[docker.stages.length - 1]!;
  const family = finalStage.family;
  if (family === 'unknown') return findings;
  const runtimeHave = packagesOf(docker, finalStage);
  const buildHave = new Set(docker.stages.flatMap((stage) => [...packagesOf(docker, stage)]));
  const needs = systemPackages.distributions as Record<string, SystemNeed>;

  for (const requirement of requirements) {
    const need = requirement.normalized ? needs[requirement.normalized] : undefined;
    if (!need || !requirement.applies) continue;
    if (need.images && !need.images.includes(family)) continue;
    const have = need.runtime ? runtimeHave : buildHave;
    const wanted = family === 'alpine' ? need.alpine : need.debian;
    const missing = wanted
      .map((entry) => (Array.isArray(entry) ? entry : [entry]))
      .filter(
        (options) =>
          !options.some((name) => have.has(name) || (family === 'full' && FULL_IMAGE_PACKAGES.has(name))),
      )
      .map((options) => options[0]!);
    if (missing.length === 0) continue;
    const installLine = finalStage.installLines[finalStage.installLines.length - 1];
    const command =
      family === 'alpine'
        ? `apk add --no-cache ${missing.join(' ')}`
        : `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
    findings.push({
      rule: 'missing-system-package',
      severity: 'error',
      message: `${requirement.name} (${requirement.file}:${requirement.line}) needs ${missing.join(', ')} in the ${family} image ${finalStage.image}, which does not install ${missing.length === 1 ? 'it' : 'them'}: ${need.error}`,
      file: dockerfile,
      line: installLine ?? finalStage.fromLine,
      fix: `${installLine ? 'add to this install line' : 'add a RUN line'}: ${command}${need.alternative ? `; or ${need.alternative}` : ''} (${need.source})`,
    });
  }
  return findings;
}
