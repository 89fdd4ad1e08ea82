import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import importMapData from './data/import-map.json' with { type: 'json' };
import stdlibData from './data/stdlib.json' with { type: 'json' };
import { normalizeName } from './names.js';

export interface DistributionCandidates {
  /** normalised distribution names, the usual one first */
  distributions: string[];
  /** display name of the usual one, for fixes */
  displayName: string;
  /** where the mapping came from; `guess` is name equality */
  source: 'installed' | 'configured' | 'shipped' | 'guess';
}

const STDLIB = new Set(stdlibData.modules);
const REMOVED_IN = stdlibData.removedIn as Record<string, string>;
const ADDED_IN = stdlibData.addedIn as Record<string, string>;
const REPLACEMENTS = stdlibData.replacements as Record<string, string>;

export function compareMinor(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** `present`: part of the standard library of `python`; `removed`: was, but is gone there. */
export function stdlibStatus(
  top: string,
  python: string,
): { kind: 'present' } | { kind: 'removed'; removedIn: string; replacement?: string } | { kind: 'absent' } {
  if (!STDLIB.has(top)) return { kind: 'absent' };
  const removedIn = REMOVED_IN[top];
  if (removedIn && compareMinor(python, removedIn) >= 0)
    return { kind: 'removed', removedIn, replacement: REPLACEMENTS[top] };
  const addedIn = ADDED_IN[top];
  if (addedIn && compareMinor(python, addedIn) < 0) return { kind: 'absent' };
  return { kind: 'present' };
}

type Table = Map<string, { distributions: string[]; displayName: string }>;

function tableFrom(entries: Iterable<[string, string[]]>): Table {
  const table: Table = new Map();
  for (const [module, dists] of entries) {
    table.set(module, { distributions: dists.map(normalizeName), displayName: dists[0]! });
  }
  return table;
}

const SHIPPED: Table = tableFrom(
  importMapData.entries.map((e) => [e.import, e.distributions] as [string, string[]]),
);

/**
 * Maps import names to distributions: installed metadata first (a site-packages folder or virtualenv),
 * then the user's import-map, then the shipped table (longest dotted prefix: google.protobuf before google),
 * and finally the import name itself as a stated guess.
 */
export class ImportResolver {
  private readonly configured: Table;
  readonly installed: Table;
  /** normalised distribution name -> version, from installed metadata */
  readonly installedVersions = new Map<string, string>();

  constructor(userMap: Record<string, string[]>, sitePackages?: string) {
    this.configured = tableFrom(Object.entries(userMap));
    this.installed = new Map();
    if (sitePackages) this.readInstalled(sitePackages);
  }

  resolve(module: string, importedNames: readonly string[] = []): DistributionCandidates {
    // `from google import protobuf` is an import of google.protobuf
    const dotted = [...importedNames.map((name) => `${module}.${name}`), module];
    for (const [table, source] of [
      [this.installed, 'installed'],
      [this.configured, 'configured'],
      [SHIPPED, 'shipped'],
    ] as const) {
      for (const candidate of dotted) {
        const parts = candidate.split('.');
        for (let n = parts.length; n >= 1; n--) {
          const hit = table.get(parts.slice(0, n).join('.'));
          if (hit) return { ...hit, source };
        }
      }
    }
    const top = module.split('.')[0]!;
    return { distributions: [normalizeName(top)], displayName: top, source: 'guess' };
  }

  private readInstalled(location: string): void {
    const sitePackagesDirs = findSitePackages(location);
    for (const dir of sitePackagesDirs) {
      for (const entry of readdirSync(dir)) {
        if (!entry.endsWith('.dist-info') && !entry.endsWith('.egg-info')) continue;
        const infoDir = path.join(dir, entry);
        const metadata =
          readText(path.join(infoDir, 'METADATA')) ?? readText(path.join(infoDir, 'PKG-INFO')) ?? '';
        const name = /^Name:\s*(.+)$/m.exec(metadata)?.[1]?.trim();
        const version = /^Version:\s*(.+)$/m.exec(metadata)?.[1]?.trim();
        if (!name) continue;
        if (version) this.installedVersions.set(normalizeName(name), version);
        for (const module of topLevelModules(infoDir)) {
          const existing = this.installed.get(module);
          const dists = [...(existing?.distributions ?? []), normalizeName(name)];
          this.installed.set(module, { distributions: dists, displayName: existing?.displayName ?? name });
        }
      }
    }
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** A site-packages folder itself, or a virtualenv's lib/python3.X/site-packages. */
function findSitePackages(location: string): string[] {
  if (!existsSync(location)) return [];
  const lib = path.join(location, 'lib');
  if (existsSync(lib)) {
    return readdirSync(lib)
      .filter((name) => name.startsWith('python'))
      .map((name) => path.join(lib, name, 'site-packages'))
      .filter((dir) => existsSync(dir));
  }
  return [location];
}

/** top_level.txt when present, else the first path segment of each RECORD row that is a module or package. */
function topLevelModules(infoDir: string): string[] {
  const topLevel = readText(path.join(infoDir, 'top_level.txt'));
  if (topLevel)
    return topLevel
      .split('\n')
      .map((line) => line.trim().replace(/\//g, '.'))
      .filter(Boolean);
  const record = readText(path.join(infoDir, 'RECORD')) ?? '';
  const modules = new Set<string>();
  for (const row of record.split('\n')) {
    const file = row.split(',')[0] ?? '';
    if (!file || file.includes('.dist-info/') || file.startsWith('..') || file.includes('__pycache__'))
      continue;
    const first = file.split('/')[0]!;
    if (file.includes('/') && (file.endsWith('.py') || /\.(so|pyd)$/.test(file))) modules.add(first);
    else if (/^[A-Za-z_][A-Za-z0-9_]*(\.[a-z0-9_-]+)?\.(py|so|pyd)$/.test(first))
      modules.add(first.split('.')[0]!);
  }
  return [...modules].filter((m) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(m));
}
