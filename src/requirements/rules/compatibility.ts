import { satisfies } from '@renovatebot/pep440';
import type { Finding } from '../../report/types.js';
import incompatible from '../data/incompatible-versions.json' with { type: 'json' };
import pythonSupport from '../data/python-support.json' with { type: 'json' };
import { compareMinor } from '../import-map.js';
import type { Requirement } from '../requirements-file.js';
import { canResolveTogether, pinnedVersion } from '../versions.js';

interface Pair {
  id: string;
  when: Record<string, string>;
  also?: string[];
  error: string;
  fix: string;
  source: string;
}

/** Requirement specifier combined with any constraint on the same distribution. */
function effectiveSpecifiers(
  name: string,
  requirements: Requirement[],
  constraints: Requirement[],
): { specs: string[]; at?: Requirement } {
  const declared = requirements.find((r) => r.normalized === name && r.applies);
  if (!declared) return { specs: [] };
  const specs = [
    declared.specifier,
    ...constraints.filter((c) => c.normalized === name).map((c) => c.specifier),
  ].filter((s) => s !== '');
  return { specs, at: declared };
}

/**
 * incompatible-versions: known broken pairs, from pinned versions (error) or ranges that can resolve to
 * the broken pair (warning). python-version-incompatible: pins older than the first release for the
 * target Python.
 */
export function checkCompatibility(
  requirements: Requirement[],
  constraints: Requirement[],
  pythonVersion: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const pair of incompatible.pairs as unknown as Pair[]) {
    const names = Object.keys(pair.when);
    // The second name may stand for a family (opencv-python and its -headless/-contrib builds).
    const alternatives = names.map((name, index) =>
      index === names.length - 1 ? [name, ...(pair.also ?? [])] : [name],
    );
    const matches: Array<{ requirement: Requirement; specs: string[]; condition: string }> = [];
    for (const [index, options] of alternatives.entries()) {
      const condition = pair.when[names[index]!]!;
      const hit = options
        .map((name) => ({ name, ...effectiveSpecifiers(name, requirements, constraints) }))
        .find((candidate) => candidate.at);
      if (!hit?.at) break;
      matches.push({ requirement: hit.at, specs: hit.specs, condition });
    }
    if (matches.length !== names.length) continue;
    const pinnedBroken = matches.every((m) => {
      const pin = m.specs.map(pinnedVersion).find(Boolean);
      return pin !== undefined && satisfies(pin, m.condition);
    });
    const possible = matches.every((m) => canResolveTogether([...m.specs, m.condition]));
    if (!pinnedBroken && !possible) continue;
    // annotate the later of the two lines: the one that completed the broken pair
    const ordered = [...matches].sort((a, b) =>
      a.requirement.file === b.requirement.file ? a.requirement.line - b.requirement.line : 0,
    );
    const [first, last] = [ordered[0]!, ordered[ordered.length - 1]!];
    const describe = (m: (typeof matches)[number]) =>
      `${m.requirement.name}${m.specs.join(',') || ' (any version)'}`;
    findings.push({
      rule: 'incompatible-versions',
      severity: pinnedBroken ? 'error' : 'warning',
      message: pinnedBroken
        ? `${describe(first)} (${first.requirement.file}:${first.requirement.line}) with ${describe(last)} breaks at import: ${pair.error}`
        : `${describe(first)} with ${describe(last)} can resolve to a broken pair (${Object.entries(pair.when)
            .map(([n, s]) => `${n}${s}`)
            .join(' with ')}): ${pair.error}`,
      file: last.requirement.file,
      line: last.requirement.line,
      column: last.requirement.column,
      fix: `${pair.fix} (${pair.source})`,
    });
  }

  const support = pythonSupport.distributions as Record<string, Record<string, string>>;
  for (const requirement of requirements) {
    if (!requirement.normalized || !requirement.applies) continue;
    const table = support[requirement.normalized];
    const pin = pinnedVersion(requirement.specifier);
    if (!table || !pin) continue;
    // the newest Python in the table that is not newer than the target
    const row = Object.keys(table)
      .filter((key) => /^\d+\.\d+$/.test(key) && compareMinor(key, pythonVersion) <= 0)
      .sort(compareMinor)
      .pop();
    if (!row) continue;
    const first = table[row]!;
    if (satisfies(pin, `<${first}`)) {
      findings.push({
        rule: 'python-version-incompatible',
        severity: 'error',
        message: `${requirement.name}==${pin} has no wheel for Python ${pythonVersion} (the first release with one is ${first}); pip falls back to building it from source, which fails in a slim image`,
        file: requirement.file,
        line: requirement.line,
        column: requirement.column,
        fix: `pin ${requirement.name}>=${first} (${table.source ?? 'release notes'}), or run an older Python`,
      });
    }
  }
  return findings;
}
