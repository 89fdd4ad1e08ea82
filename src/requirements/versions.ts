import { satisfies, valid } from '@renovatebot/pep440';

/** The one version `==1.2.3` or `===1.2.3` allows; undefined for ranges and wildcards. */
export function pinnedVersion(specifier: string): string | undefined {
  const match = /^===?([^,*]+)$/.exec(specifier.trim());
  return match && valid(match[1]!) ? match[1] : undefined;
}

export function satisfiesAll(version: string, specifiers: readonly string[]): boolean {
  return specifiers.every((spec) => spec === '' || satisfies(version, spec));
}

/**
 * Whether some version satisfies every specifier (an empty one allows all). Exact for pins; for ranges it
 * tries the versions the specifiers name and their neighbours, which is where range boundaries lie.
 */
export function canResolveTogether(specifiers: readonly string[]): boolean {
  const pins = specifiers.map(pinnedVersion).filter((v): v is string => v !== undefined);
  if (pins.length > 0) return satisfiesAll(pins[0]!, specifiers);
  const candidates = new Set<string>(['0.0.1', '0.1', '1.0', '99999']);
  for (const spec of specifiers) {
    for (const mentioned of spec.match(/\d+(?:\.\d+)*/g) ?? []) {
      const parts = mentioned.split('.').map(Number);
      candidates.add(mentioned);
      const last = parts.length - 1;
      candidates.add([...parts.slice(0, last), parts[last]! + 1].join('.'));
      if (parts[last]! > 0) candidates.add([...parts.slice(0, last), parts[last]! - 1, 999].join('.'));
      candidates.add(`${parts[0]! + 1}.0`);
      if (parts[0]! > 0) candidates.add(`${parts[0]! - 1}.999`);
      candidates.add(`${mentioned}.1`);
    }
  }
  return [...candidates].some((version) => valid(version) && satisfiesAll(version, specifiers));
}
