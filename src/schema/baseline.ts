/**
 * Accepted drift: a YAML file of findings a team has decided to live with (a column kept for a rollback,
 * a table another service owns). Matching findings are left out of the report and counted.
 *
 *   - rule: schema-extra-column
 *     match: users.legacy_flag        # text the finding's message contains
 *     reason: kept until the June release can no longer be rolled back to
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ShipcheckError } from '../core/errors.js';
import type { Finding } from '../report/types.js';

export interface BaselineEntry {
  rule: string;
  match: string;
  reason: string;
}

export function readBaseline(root: string, file: string): BaselineEntry[] {
  const absolute = path.resolve(root, file);
  let data: unknown;
  try {
    data = parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new ShipcheckError(
      'input',
      `baseline ${file} cannot be read: ${(error as Error).message.split('\n')[0]}`,
      {
        fix: 'give a YAML list of { rule, match, reason } entries',
      },
    );
  }
  if (!Array.isArray(data)) {
    throw new ShipcheckError(
      'input',
      `baseline ${file} must be a YAML list, found ${data === null ? 'nothing' : typeof data}`,
      { fix: 'write - rule: ..., match: ..., reason: ...' },
    );
  }
  return data.map((entry, index) => {
    const e = entry as Record<string, unknown>;
    if (
      typeof e?.rule !== 'string' ||
      typeof e.match !== 'string' ||
      typeof e.reason !== 'string' ||
      !e.reason.trim()
    ) {
      throw new ShipcheckError(
        'input',
        `baseline ${file} entry ${index + 1} needs rule, match and a reason (strings)`,
        {
          fix: 'every accepted drift says why it is accepted',
        },
      );
    }
    return { rule: e.rule, match: e.match, reason: e.reason };
  });
}

export function applyBaseline(
  findings: Finding[],
  baseline: BaselineEntry[],
): { kept: Finding[]; accepted: Array<{ finding: Finding; reason: string }>; unused: BaselineEntry[] } {
  const used = new Set<BaselineEntry>();
  const kept: Finding[] = [];
  const accepted: Array<{ finding: Finding; reason: string }> = [];
  for (const finding of findings) {
    const entry = baseline.find((e) => e.rule === finding.rule && finding.message.includes(e.match));
    if (entry) {
      used.add(entry);
      accepted.push({ finding, reason: entry.reason });
    } else kept.push(finding);
  }
  return { kept, accepted, unused: baseline.filter((e) => !used.has(e)) };
}
