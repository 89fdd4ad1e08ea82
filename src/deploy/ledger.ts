/**
 * The release ledger, `.shipcheck/releases.jsonl` on each server: one JSON object per release, newest last.
 * Only ever rewritten whole (a temporary file renamed over it) while the lock is held.
 *
 * Status: `active` is what `current` points at; `previous` is the rollback target; `inactive` is an older
 * good release; `failed` never passed its health gate; `rolled-back` was active until a rollback replaced it.
 */
import { SHA } from './settings.js';

export const RELEASE_STATUSES = ['active', 'previous', 'inactive', 'failed', 'rolled-back'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export interface Release {
  sha: string;
  status: ReleaseStatus;
  /** ISO time the release was first deployed */
  time: string;
  /** ISO time of the last status change */
  updated?: string;
  actor?: string;
  runUrl?: string;
  /** the Compose files the release starts with (its own, then the image override) */
  composeFiles: string[];
  /** images built for it, tagged with its SHA */
  images: string[];
  /** why it failed or was rolled back */
  reason?: string;
  /** its folder and images were removed (keep) */
  pruned?: boolean;
}

export interface LedgerRead {
  releases: Release[];
  /** lines that are not a release object (a hand edit): reported, kept out of decisions */
  skipped: number[];
}

export function parseLedger(text: string): LedgerRead {
  const releases: Release[] = [];
  const skipped: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const value = JSON.parse(line) as Partial<Release>;
      if (
        typeof value.sha === 'string' &&
        SHA.test(value.sha) &&
        (RELEASE_STATUSES as readonly string[]).includes(String(value.status))
      ) {
        releases.push({
          ...value,
          composeFiles: Array.isArray(value.composeFiles) ? value.composeFiles.map(String) : [],
          images: Array.isArray(value.images) ? value.images.map(String) : [],
        } as Release);
        return;
      }
    } catch {
      // fall through
    }
    skipped.push(index + 1);
  });
  return { releases, skipped };
}

export function serializeLedger(releases: readonly Release[]): string {
  return releases.map((release) => JSON.stringify(release)).join('\n') + (releases.length ? '\n' : '');
}

export function activeRelease(releases: readonly Release[]): Release | undefined {
  return releases.find((release) => release.status === 'active');
}

/**
 * What `rollback to previous` means: the newest release that is not the active one, never failed or rolled
 * back, and still on disk. The `previous` mark wins when present.
 */
export function rollbackTarget(releases: readonly Release[]): Release | undefined {
  const usable = releases.filter(
    (release) => !release.pruned && (release.status === 'previous' || release.status === 'inactive'),
  );
  return usable.find((release) => release.status === 'previous') ?? usable.at(-1);
}

/**
 * The ledger after `sha` became active: the one active before becomes `previous` (or `rolled-back` when
 * this is a rollback), any other `previous` becomes `inactive`. The release moves to the end (newest).
 */
export function markActive(
  releases: readonly Release[],
  entry: Omit<Release, 'status'>,
  options: { rollback?: boolean; now?: string } = {},
): Release[] {
  const now = options.now ?? new Date().toISOString();
  const existing = releases.find((release) => release.sha === entry.sha);
  const rest = releases
    .filter((release) => release.sha !== entry.sha)
    .map((release): Release => {
      if (release.status === 'active') {
        return { ...release, status: options.rollback ? 'rolled-back' : 'previous', updated: now };
      }
      if (release.status === 'previous') return { ...release, status: 'inactive', updated: now };
      return release;
    });
  const active: Release = {
    ...existing,
    ...entry,
    time: existing?.time ?? entry.time,
    status: 'active',
    updated: now,
    reason: undefined,
    pruned: undefined,
  };
  let result = [...rest, active];
  if (options.rollback && !result.some((release) => release.status === 'previous')) {
    // after a rollback the next rollback target is the newest other good release
    const target = rollbackTarget(result.filter((release) => release.sha !== entry.sha));
    if (target) result = result.map((r) => (r === target ? { ...r, status: 'previous' as const } : r));
  }
  return result;
}

export function markFailed(
  releases: readonly Release[],
  entry: Omit<Release, 'status'>,
  reason: string,
  now = new Date().toISOString(),
): Release[] {
  const existing = releases.find((release) => release.sha === entry.sha);
  if (existing?.status === 'active') {
    // redeploying the active commit failed its gate: it stays what current points at
    return releases.map((r) => (r === existing ? { ...r, reason, updated: now } : r));
  }
  return [
    ...releases.filter((release) => release.sha !== entry.sha),
    { ...existing, ...entry, time: existing?.time ?? entry.time, status: 'failed', reason, updated: now },
  ];
}

/** Releases beyond the newest `keep` that are safe to remove: never active, never the rollback target. */
export function releasesToPrune(releases: readonly Release[], keep: number): Release[] {
  const target = rollbackTarget(releases);
  const onDisk = releases.filter((release) => !release.pruned);
  const excess = onDisk.slice(0, Math.max(0, onDisk.length - keep));
  return excess.filter((release) => release.status !== 'active' && release !== target);
}

export function markPruned(releases: readonly Release[], pruned: readonly Release[]): Release[] {
  const gone = new Set(pruned.map((release) => release.sha));
  return releases.map((release) => (gone.has(release.sha) ? { ...release, pruned: true } : release));
}
