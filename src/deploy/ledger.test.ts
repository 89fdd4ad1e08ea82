import { describe, expect, it } from 'vitest';
import {
  markActive,
  markFailed,
  parseLedger,
  releasesToPrune,
  rollbackTarget,
  serializeLedger,
  type Release,
} from './ledger.js';

const sha = (n: number) => n.toString(16).padStart(40, 'a');
const entry = (n: number) => ({ sha: sha(n), time: `t${n}`, composeFiles: ['c.yml'], images: [`img:${n}`] });

/** The ledger after deploying 1..n in order. */
function deployed(n: number): Release[] {
  let releases: Release[] = [];
  for (let i = 1; i <= n; i++) releases = markActive(releases, entry(i), { now: `u${i}` });
  return releases;
}

const statuses = (releases: Release[]) => releases.map((r) => `${r.sha.slice(-1)}:${r.status}`);

describe('release ledger', () => {
  it('keeps one active and one previous release as deploys go on', () => {
    expect(statuses(deployed(3))).toEqual(['1:inactive', '2:previous', '3:active']);
  });

  it('records a failed release without touching the active one, and never picks it for rollback', () => {
    const releases = markFailed(deployed(2), entry(3), 'health gate failed', 'now');
    expect(statuses(releases)).toEqual(['1:previous', '2:active', '3:failed']);
    expect(releases.at(-1)!.reason).toBe('health gate failed');
    expect(rollbackTarget(releases)?.sha).toBe(sha(1));
  });

  it('a rollback marks the active one rolled-back and picks the next target', () => {
    const before = deployed(3);
    const target = rollbackTarget(before)!;
    expect(target.sha).toBe(sha(2));
    const after = markActive(before, target, { rollback: true });
    expect(statuses(after)).toEqual(['1:previous', '3:rolled-back', '2:active']);
    // rolling back again skips the rolled-back release
    expect(rollbackTarget(after)?.sha).toBe(sha(1));
  });

  it('prunes beyond keep, never the active release or the rollback target', () => {
    const releases = deployed(6);
    expect(releasesToPrune(releases, 3).map((r) => r.sha)).toEqual([sha(1), sha(2), sha(3)]);
    // after a rollback to an old release, it is kept even though it is old
    const rolled = markActive(releases, releases[0]!, { rollback: true });
    const pruned = releasesToPrune(rolled, 2).map((r) => r.sha);
    expect(pruned).not.toContain(sha(1));
    expect(pruned).not.toContain(rollbackTarget(rolled)!.sha);
  });

  it('round-trips and skips lines that are not releases', () => {
    const text = `${serializeLedger(deployed(2))}not json\n{"sha":"x","status":"active"}\n`;
    const read = parseLedger(text);
    expect(read.releases).toHaveLength(2);
    expect(read.skipped).toEqual([3, 4]);
  });
});
