import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { satisfies } from '@renovatebot/pep440';
import { readDockerfile, type DockerfileModel } from '../docker/dockerfile-model.js';
import type { Finding } from '../report/types.js';
import { byCodePoint } from '../report/report.js';
import implicitUse from './data/implicit-use.json' with { type: 'json' };
import { ImportResolver, stdlibStatus } from './import-map.js';
import { linuxEnvironment } from './markers.js';
import { normalizeName } from './names.js';
import { findPythonFiles, findRequirementFiles, firstPartyModules } from './project-files.js';
import { readPyproject } from './pyproject.js';
import { parseRequirementFiles, type Requirement } from './requirements-file.js';
import type { LintRequirementsSettings } from './settings.js';
import { Positions } from './python-imports.js';
import { collectSchemes, readSources } from './source-scan.js';
import { checkCompatibility } from './rules/compatibility.js';
import { checkSystemPackages } from './rules/system-packages.js';
import { checkOnline, latestVersions } from './online.js';

export const DEFAULT_PYTHON = '3.12';

export interface LintRequirementsResult {
  findings: Finding[];
  data: {
    pythonVersion: string;
    pythonVersionSource: string;
    requirementFiles: string[];
    pythonFiles: number;
    imports: number;
    dockerfile?: string;
    /** import -> distribution decisions that were guesses (no table knew the module) */
    guessedMappings: Record<string, string>;
  };
}

/** Line and column of the imports that become findings; only their files are read again. */
function locator(root: string): (item: { file: string; offset: number }) => { line: number; column: number } {
  const files = new Map<string, Positions>();
  return (item) => {
    let positions = files.get(item.file);
    if (!positions) {
      positions = new Positions(readFileSync(path.join(root, item.file)));
      files.set(item.file, positions);
    }
    const { line, column } = positions.at(item.offset);
    return { line, column };
  };
}

export async function lintRequirements(settings: LintRequirementsSettings): Promise<LintRequirementsResult> {
  const findings: Finding[] = [];
  const root = settings.root;

  // The image: its Dockerfile says which Python and which OS packages the code will meet.
  const dockerfilePath =
    settings.dockerfile ?? (existsSync(path.join(root, 'Dockerfile')) ? 'Dockerfile' : undefined);
  let docker: DockerfileModel | undefined;
  if (dockerfilePath) {
    try {
      docker = readDockerfile(readFileSync(path.join(root, dockerfilePath), 'utf8'));
    } catch {
      findings.push({
        rule: 'missing-system-package',
        severity: 'notice',
        message: `${dockerfilePath} cannot be read, so the image's system packages were not checked`,
        fix: 'set dockerfile to the image definition, or to an empty string to skip the image checks',
      });
    }
  }
  const finalStage = docker?.stages[docker.stages.length - 1];
  const pyproject = readPyproject(root, linuxEnvironment(settings.pythonVersion ?? DEFAULT_PYTHON));
  const [pythonVersion, pythonVersionSource] = settings.pythonVersion
    ? [settings.pythonVersion, 'python-version input']
    : finalStage?.pythonVersion
      ? [finalStage.pythonVersion, `${dockerfilePath}:${finalStage.fromLine} (FROM ${finalStage.image})`]
      : pyproject?.requiresPython && lowestPython(pyproject.requiresPython)
        ? [
            lowestPython(pyproject.requiresPython)!,
            `pyproject.toml requires-python ${pyproject.requiresPython}`,
          ]
        : [DEFAULT_PYTHON, 'default'];
  const env = linuxEnvironment(pythonVersion);

  // Declarations.
  const { files: requirementFiles, unmatched } = findRequirementFiles(root, settings.requirements);
  for (const pattern of unmatched) {
    if (settings.requirements.length === 1 && pattern === 'requirements*.txt' && pyproject) continue;
    findings.push({
      rule: 'invalid-requirement',
      severity: 'error',
      message: `no requirements file matches '${pattern}' in ${path.basename(root) || root}`,
      fix: 'set requirements to your requirement files (lint-requirements.requirements in shipcheck.yml or --requirements)',
    });
  }
  const parsed = parseRequirementFiles(requirementFiles, { root, env });
  const requirements: Requirement[] = [...parsed.requirements, ...(pyproject?.requirements ?? [])];
  for (const problem of [...parsed.problems, ...(pyproject?.problems ?? [])]) {
    findings.push({
      rule: 'invalid-requirement',
      severity: problem.severity,
      message: problem.message,
      file: problem.file,
      line: problem.line,
      column: problem.column,
      fix: problem.fix,
    });
  }

  // Sources.
  const pythonFiles = findPythonFiles(root, settings.exclude);
  const sources = readSources(root, pythonFiles);
  for (const file of sources.unreadable) {
    findings.push({
      rule: 'unreadable-source',
      severity: 'notice',
      message: `${file} is not valid UTF-8 (or cannot be read); its imports were not checked`,
      file,
      fix: 'save the file as UTF-8, or add it to exclude',
    });
  }
  const firstParty = firstPartyModules(pythonFiles, settings.firstParty);
  const locate = locator(root);
  const resolver = new ImportResolver(
    settings.importMap,
    settings.sitePackages ? path.resolve(root, settings.sitePackages) : undefined,
  );

  const declared = new Map<string, Requirement>();
  for (const requirement of requirements) {
    if (requirement.normalized && !declared.has(requirement.normalized))
      declared.set(requirement.normalized, requirement);
  }
  // With online checks on, a missing requirement's fix names the newest release.
  const latest = settings.online
    ? await latestVersions(
        sources.imports
          .filter(
            (item) =>
              !firstParty.has(item.module.split('.')[0]!) &&
              stdlibStatus(item.module.split('.')[0]!, pythonVersion).kind === 'absent',
          )
          .map((item) => resolver.resolve(item.module, item.names))
          .filter((c) => !c.distributions.some((d) => declared.has(d)))
          .map((c) => c.displayName),
        settings,
      )
    : new Map<string, string>();
  const usedDistributions = new Set<string>();
  const guessedMappings: Record<string, string> = {};
  const reported = new Set<string>();

  for (const item of sources.imports) {
    const top = item.module.split('.')[0]!;
    if (firstParty.has(top)) continue;
    const stdlib = stdlibStatus(top, pythonVersion);
    if (stdlib.kind === 'present') continue;
    const candidates = resolver.resolve(item.module, item.names);
    const provider = candidates.distributions.find((dist) => declared.has(dist));
    if (provider) {
      usedDistributions.add(provider);
      continue;
    }
    if (stdlib.kind === 'removed') {
      findings.push({
        rule: 'python-version-incompatible',
        severity: item.guarded ? 'warning' : 'error',
        message: `${top} was removed from the standard library in Python ${stdlib.removedIn}; the image runs ${pythonVersion}: ModuleNotFoundError: No module named '${top}'`,
        file: item.file,
        ...locate(item),
        fix: stdlib.replacement
          ? `use ${stdlib.replacement}`
          : `stay on Python < ${stdlib.removedIn} or replace ${top}`,
      });
      continue;
    }
    // one finding per module per file: the first import of it there
    const key = `${item.file}:${top}`;
    if (reported.has(key)) continue;
    reported.add(key);
    if (candidates.source === 'guess') guessedMappings[top] = candidates.displayName;
    const target = requirementFiles[0] ?? 'requirements.txt';
    const version =
      resolver.installedVersions.get(candidates.distributions[0]!) ?? latest.get(candidates.displayName);
    const pinned = version ? `${candidates.displayName}==${version}` : `${candidates.displayName}==<version>`;
    const guess =
      candidates.source === 'guess'
        ? ` (a guess from the module name: no table maps '${top}'; set import-map if it is wrong)`
        : '';
    const others =
      candidates.distributions.length > 1
        ? ` (or one of: ${candidates.distributions.slice(1).join(', ')})`
        : '';
    findings.push({
      rule: 'missing-requirement',
      severity: item.guarded ? 'warning' : 'error',
      message: item.guarded
        ? `${top} is imported inside try/except ImportError but no requirement provides it, so that code path never runs in production`
        : `${top} is imported but no requirement provides it: ModuleNotFoundError: No module named '${top}'`,
      file: item.file,
      ...locate(item),
      fix: `add ${pinned} to ${target}${others}${guess}`,
    });
  }

  // Declared but never used.
  const schemeUsers = new Set<string>();
  for (const scheme of sources.schemes)
    for (const dist of (implicitUse.urlSchemes as Record<string, string[]>)[scheme] ?? [])
      schemeUsers.add(dist);
  for (const scheme of collectConfigSchemes(root))
    for (const dist of (implicitUse.urlSchemes as Record<string, string[]>)[scheme] ?? [])
      schemeUsers.add(dist);
  const allowUnused = new Set(settings.allowUnused.map(normalizeName));
  for (const requirement of parsed.requirements) {
    const name = requirement.normalized;
    if (!name || usedDistributions.has(name) || allowUnused.has(name) || requirement.url) continue;
    const reason =
      implicitReason(name) ??
      (schemeUsers.has(name) ? 'a driver named by a URL scheme in the code or configuration' : undefined);
    if (reason) continue;
    findings.push({
      rule: 'unused-requirement',
      severity: 'warning',
      message: `${requirement.name} is declared but no Python file imports it`,
      file: requirement.file,
      line: requirement.line,
      column: requirement.column,
      fix: `remove it, or add ${requirement.name} to lint-requirements.allow-unused if it is used without an import`,
    });
  }

  findings.push(...pinFindings(parsed.requirements, parsed.constraints, settings.requirePins));
  findings.push(...conflictFindings(parsed.requirements, parsed.constraints));
  findings.push(...checkCompatibility(requirements, parsed.constraints, pythonVersion));
  if (docker && finalStage && dockerfilePath) {
    findings.push(...checkSystemPackages(requirements, docker, dockerfilePath));
  }
  if (settings.online) {
    findings.push(...(await checkOnline(requirements, pythonVersion, settings)));
  }

  return {
    findings,
    data: {
      pythonVersion,
      pythonVersionSource,
      requirementFiles: parsed.files,
      pythonFiles: pythonFiles.length,
      imports: sources.imports.length,
      dockerfile: dockerfilePath,
      guessedMappings,
    },
  };
}

function implicitReason(name: string): string | undefined {
  const always = (implicitUse.always as Record<string, string>)[name];
  if (always) return always;
  for (const [prefix, reason] of Object.entries(implicitUse.prefixes))
    if (name.startsWith(prefix)) return reason;
  for (const [suffix, reason] of Object.entries(implicitUse.suffixes))
    if (name.endsWith(suffix)) return reason;
  return undefined;
}

/** URL schemes in the project's configuration files (compose, .env examples, ini, toml, yaml). */
function collectConfigSchemes(root: string): Set<string> {
  const schemes = new Set<string>();
  const names = [
    '.env',
    '.env.example',
    '.env.sample',
    'docker-compose.yml',
    'docker-compose.yaml',
    'compose.yml',
    'compose.yaml',
    'docker-compose.prod.yml',
    'alembic.ini',
    'config.yml',
    'config.yaml',
    'settings.toml',
    'shipcheck.yml',
  ];
  for (const name of names) {
    try {
      collectSchemes(readFileSync(path.join(root, name)), schemes);
    } catch {
      // absent
    }
  }
  return schemes;
}

function lowestPython(requiresPython: string): string | undefined {
  const match = />=?\s*(3\.\d+)/.exec(requiresPython);
  return match?.[1];
}

export function isPinned(requirement: Requirement): boolean {
  if (requirement.hashes.length > 0) return true;
  if (requirement.url)
    return /@[0-9a-f]{40}(#|$)/.test(requirement.url) || /\.whl|\.tar\.gz|\.zip/.test(requirement.url);
  return /^===?[^,*]+$/.test(requirement.specifier);
}

function pinFindings(
  requirements: Requirement[],
  constraints: Requirement[],
  requirePins: boolean,
): Finding[] {
  const pinnedByConstraint = new Set(constraints.filter(isPinned).map((c) => c.normalized));
  return requirements
    .filter((r) => !r.editable && !isPinned(r) && !pinnedByConstraint.has(r.normalized))
    .map((r) => ({
      rule: 'unpinned-requirement',
      severity: requirePins ? ('error' as const) : ('warning' as const),
      message: r.specifier
        ? `${r.name}${r.specifier} is a range: a rebuild can install a different version than the one you tested`
        : r.url
          ? `${r.url} is not pinned to a commit or a file`
          : `${r.name ?? r.url} has no version: a rebuild installs whatever is newest`,
      file: r.file,
      line: r.line,
      column: r.column,
      fix: r.url
        ? 'pin the VCS URL to a full commit SHA (@<sha>)'
        : `pin it to the version you tested: ${r.name}==X.Y.Z`,
    }));
}

function conflictFindings(requirements: Requirement[], constraints: Requirement[]): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, Requirement>();
  for (const requirement of requirements) {
    if (!requirement.normalized || !requirement.applies) continue;
    const earlier = first.get(requirement.normalized);
    if (!earlier) {
      first.set(requirement.normalized, requirement);
      continue;
    }
    if (earlier.specifier !== requirement.specifier && (isPinned(earlier) || isPinned(requirement))) {
      findings.push({
        rule: 'conflicting-requirement',
        severity: 'error',
        message: `${requirement.name}${requirement.specifier || ' (any version)'} here, but ${earlier.name}${earlier.specifier || ' (any version)'} at ${earlier.file}:${earlier.line}: pip fails with "Double requirement given" or installs one of them`,
        file: requirement.file,
        line: requirement.line,
        column: requirement.column,
        fix: `keep one pin for ${requirement.name} in one file and include that file with -r`,
      });
    }
  }
  for (const constraint of constraints) {
    const requirement = first.get(constraint.normalized ?? '');
    if (!requirement || !constraint.specifier) continue;
    const pin = /^===?([^,*]+)$/.exec(requirement.specifier)?.[1];
    if (!pin) continue;
    if (!satisfiesConstraint(pin, constraint.specifier)) {
      findings.push({
        rule: 'conflicting-requirement',
        severity: 'error',
        message: `${requirement.name}==${pin} is outside the constraint ${constraint.name}${constraint.specifier} (${constraint.file}:${constraint.line}): pip reports "ResolutionImpossible"`,
        file: requirement.file,
        line: requirement.line,
        column: requirement.column,
        fix: `pin a version the constraint allows, or change the constraint in ${constraint.file}`,
      });
    }
  }
  return findings;
}

function satisfiesConstraint(version: string, specifier: string): boolean {
  try {
    return satisfies(version, specifier);
  } catch {
    return true;
  }
}

/**
 * The third-party modules the app imports unconditionally (not first-party, not the standard library of
 * the target Python, not inside try/except ImportError), each with its first import's position: what
 * docker-build-test imports inside the built image.
 */
export function thirdPartyImports(
  root: string,
  exclude: readonly string[],
  pythonVersion: string,
): Array<{ module: string; file: string; line: number }> {
  const pythonFiles = findPythonFiles(root, exclude);
  const sources = readSources(root, pythonFiles);
  const firstParty = firstPartyModules(pythonFiles, []);
  const locate = locator(root);
  const seen = new Map<string, { module: string; file: string; line: number }>();
  for (const item of sources.imports) {
    const top = item.module.split('.')[0]!;
    if (!top || item.guarded || seen.has(top) || firstParty.has(top)) continue;
    if (stdlibStatus(top, pythonVersion).kind === 'present') continue;
    seen.set(top, { module: top, file: item.file, line: locate(item).line });
  }
  return [...seen.values()].sort((a, b) => byCodePoint(a.module, b.module));
}
