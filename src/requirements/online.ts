/**
 * Optional checks that ask the package index (PyPI's JSON API) and the OSV vulnerability database about
 * each pinned requirement. Every request has a timeout; when a service cannot be reached the result is one
 * notice, never a failure of the check.
 */
import type { Finding } from '../report/types.js';
import type { Requirement } from './requirements-file.js';
import type { LintRequirementsSettings } from './settings.js';
import { pinnedVersion } from './versions.js';

interface PypiRelease {
  info?: { yanked?: boolean; yanked_reason?: string | null; requires_python?: string | null };
  urls?: Array<{ filename: string; packagetype: string }>;
}

class Unreachable extends Error {}

async function getJson(
  url: string,
  timeoutSeconds: number,
  init?: RequestInit,
): Promise<{ status: number; body?: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
      headers: { accept: 'application/json', 'content-type': 'application/json', 'user-agent': 'shipcheck' },
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutSeconds}s`
        : (((error as Error).cause as Error | undefined)?.message ?? (error as Error).message);
    throw new Unreachable(`${new URL(url).origin}: ${reason}`);
  }
  if (response.status >= 500) throw new Unreachable(`${new URL(url).origin}: HTTP ${response.status}`);
  if (response.status !== 200) return { status: response.status };
  try {
    return { status: 200, body: await response.json() };
  } catch {
    throw new Unreachable(`${new URL(url).origin}: the answer was not JSON`);
  }
}

/** Runs `work` over items with at most `limit` in flight. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

/** A wheel that pip would pick on Linux x86_64 (glibc) for CPython X.Y. */
export function wheelFits(filename: string, pythonVersion: string): boolean {
  const parts = filename.replace(/\.whl$/, '').split('-');
  if (parts.length < 5) return false;
  const [pythonTags, abiTags, platformTags] = parts.slice(-3) as [string, string, string];
  const cp = `cp${pythonVersion.replace('.', '')}`;
  const minor = Number(pythonVersion.split('.')[1]);
  const platformOk = platformTags
    .split('.')
    .some((p) => p === 'any' || (/^(manylinux|linux)/.test(p) && p.endsWith('x86_64')));
  const pythonOk = pythonTags.split('.').some((tag) => {
    if (tag === 'py3' || tag === 'py2.py3' || tag === cp) return true;
    const m = /^cp3(\d+)$/.exec(tag);
    return m !== null && abiTags.includes('abi3') && Number(m[1]) <= minor;
  });
  return platformOk && pythonOk;
}

export async function checkOnline(
  requirements: Requirement[],
  pythonVersion: string,
  settings: LintRequirementsSettings,
): Promise<Finding[]> {
  const pinned = requirements
    .map((requirement) => ({ requirement, version: pinnedVersion(requirement.specifier) }))
    .filter(
      (p): p is { requirement: Requirement; version: string } =>
        p.version !== undefined && p.requirement.applies && !!p.requirement.name,
    );
  const findings: Finding[] = [];
  const unreachable = new Set<string>();

  await pool(pinned, 8, async ({ requirement, version }) => {
    const at = { file: requirement.file, line: requirement.line, column: requirement.column };
    try {
      const { status, body } = await getJson(
        `${settings.pypiUrl}/pypi/${encodeURIComponent(requirement.name!)}/${encodeURIComponent(version)}/json`,
        settings.timeout,
      );
      if (status === 404) {
        findings.push({
          rule: 'unknown-version',
          severity: 'error',
          message: `${requirement.name}==${version} does not exist on the package index: pip fails with "No matching distribution found"`,
          ...at,
          fix: 'pin a released version',
        });
        return;
      }
      const release = body as PypiRelease | undefined;
      if (release?.info?.yanked) {
        findings.push({
          rule: 'unknown-version',
          severity: 'error',
          message: `${requirement.name}==${version} was yanked${release.info.yanked_reason ? `: ${release.info.yanked_reason}` : ''}`,
          ...at,
          fix: 'pin a release that was not withdrawn',
        });
      }
      const wheels = (release?.urls ?? []).filter((file) => file.packagetype === 'bdist_wheel');
      if (release?.urls && !wheels.some((wheel) => wheelFits(wheel.filename, pythonVersion))) {
        findings.push({
          rule: 'no-compatible-wheel',
          severity: 'warning',
          message: `${requirement.name}==${version} has no wheel for CPython ${pythonVersion} on Linux x86_64: pip builds it from source, which needs a compiler and headers in the image`,
          ...at,
          fix: 'pin a release with a manylinux wheel for this Python, or install the build dependencies',
        });
      }
    } catch (error) {
      if (error instanceof Unreachable) unreachable.add(error.message);
      else throw error;
    }
  });

  if (pinned.length > 0) {
    try {
      const { status, body } = await getJson(`${settings.osvUrl}/v1/querybatch`, settings.timeout, {
        method: 'POST',
        body: JSON.stringify({
          queries: pinned.map(({ requirement, version }) => ({
            package: { name: requirement.name, ecosystem: 'PyPI' },
            version,
          })),
        }),
      });
      const results =
        status === 200
          ? ((body as { results?: Array<{ vulns?: Array<{ id: string }> }> }).results ?? [])
          : [];
      results.forEach((result, index) => {
        const vulns = result.vulns ?? [];
        const entry = pinned[index];
        if (vulns.length === 0 || !entry) return;
        findings.push({
          rule: 'vulnerable-requirement',
          severity: 'warning',
          message: `${entry.requirement.name}==${entry.version} has ${vulns.length} known vulnerabilit${vulns.length === 1 ? 'y' : 'ies'}: ${vulns
            .slice(0, 5)
            .map((v) => v.id)
            .join(', ')}${vulns.length > 5 ? ', ...' : ''}`,
          file: entry.requirement.file,
          line: entry.requirement.line,
          column: entry.requirement.column,
          fix: `upgrade to a fixed release (https://osv.dev/list?ecosystem=PyPI&q=${encodeURIComponent(entry.requirement.name!)})`,
        });
      });
    } catch (error) {
      if (error instanceof Unreachable) unreachable.add(error.message);
      else throw error;
    }
  }

  for (const reason of unreachable) {
    findings.push({
      rule: 'online-check-unavailable',
      severity: 'notice',
      message: `online checks skipped for ${reason}`,
      fix: 'check the network, or set online: false',
    });
  }
  return findings;
}

/** The newest release of each distribution, for concrete fixes ("add Flask-Limiter==3.5.0"). Unreachable -> absent. */
export async function latestVersions(
  names: readonly string[],
  settings: LintRequirementsSettings,
): Promise<Map<string, string>> {
  const versions = new Map<string, string>();
  await pool([...new Set(names)], 8, async (name) => {
    try {
      const { status, body } = await getJson(
        `${settings.pypiUrl}/pypi/${encodeURIComponent(name)}/json`,
        settings.timeout,
      );
      const version = status === 200 ? (body as { info?: { version?: string } }).info?.version : undefined;
      if (version) versions.set(name, version);
    } catch (error) {
      if (!(error instanceof Unreachable)) throw error;
    }
  });
  return versions;
}
