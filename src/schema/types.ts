/**
 * What a column type can hold, to tell a change that only widens the target (varchar(255) -> text) from
 * one that narrows it or changes its family (text -> json, int -> varchar).
 */
import type { Column } from './model.js';

const INTEGER_RANK: Record<string, number> = { tinyint: 1, smallint: 2, mediumint: 3, int: 4, bigint: 5 };
const TEXT_CAPACITY: Record<string, number> = {
  tinytext: 255,
  text: 65_535,
  mediumtext: 16_777_215,
  longtext: 4_294_967_295,
};
const BLOB_CAPACITY: Record<string, number> = {
  tinyblob: 255,
  blob: 65_535,
  mediumblob: 16_777_215,
  longblob: 4_294_967_295,
};

export function family(base: string): string {
  if (base in INTEGER_RANK) return 'integer';
  if (base === 'char' || base === 'varchar' || base in TEXT_CAPACITY) return 'string';
  if (base === 'binary' || base === 'varbinary' || base in BLOB_CAPACITY) return 'bytes';
  if (base === 'decimal') return 'decimal';
  if (base === 'float' || base === 'double') return 'float';
  if (['date', 'datetime', 'timestamp'].includes(base)) return 'datetime';
  return base;
}

function args(type: string): number[] {
  return (/\(([\d,\s]+)\)/.exec(type)?.[1] ?? '').split(',').filter(Boolean).map(Number);
}

function capacity(column: Column): number {
  const base = column.base;
  if (base in INTEGER_RANK) return INTEGER_RANK[base]!;
  if (base in TEXT_CAPACITY) return TEXT_CAPACITY[base]!;
  if (base in BLOB_CAPACITY) return BLOB_CAPACITY[base]!;
  if (base === 'float') return 1;
  if (base === 'double') return 2;
  if (base === 'date') return 1;
  if (base === 'timestamp') return 2;
  if (base === 'datetime') return 3;
  return args(column.type)[0] ?? 1;
}

/**
 * The change the target needs to match the reference: `widening` (the target can hold less than the
 * app writes: a warning, the ALTER loses nothing), `narrowing` (the ALTER may cut data) or `family`.
 */
export function classifyTypeChange(reference: Column, target: Column): 'widening' | 'narrowing' | 'family' {
  if (family(reference.base) !== family(target.base)) return 'family';
  const unsigned = (c: Column) => /unsigned/.test(c.type);
  if (unsigned(reference) !== unsigned(target)) return 'narrowing';
  if (reference.base === 'decimal') {
    const [rp = 10, rs = 0] = args(reference.type);
    const [tp = 10, ts = 0] = args(target.type);
    return rp >= tp && rs >= ts && rp - rs >= tp - ts ? 'widening' : 'narrowing';
  }
  return capacity(reference) >= capacity(target) ? 'widening' : 'narrowing';
}

/**
 * Whether the ALTER that turns `target` into `reference` can lose data. Widening never does; a change of
 * family into a string (or from text into json, which rejects rather than cuts invalid rows) does not either.
 */
export function canLoseData(reference: Column, target: Column): boolean {
  const change = classifyTypeChange(reference, target);
  if (change === 'widening') return false;
  if (change === 'narrowing') return true;
  const from = family(target.base);
  const to = family(reference.base);
  return !(to === 'string' || (to === 'json' && from === 'string'));
}
