/**
 * Readers for setting values that arrive from shipcheck.yml (typed YAML) or from action inputs and CLI flags
 * (strings): each accepts both spellings and names the key in its error.
 */
import { ShipcheckError } from '../core/errors.js';

export function optionalString(raw: unknown, key: string): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number') return String(raw);
  if (typeof raw !== 'string')
    throw new ShipcheckError('input', `${key} must be a string, found ${typeof raw}`);
  return raw;
}

export function stringList(raw: unknown, key: string): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') {
    const items = raw
      .split(/[,\n]/)
      .map((item) => item.trim())
      .filter(Boolean);
    return items.length > 0 ? items : undefined;
  }
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) return raw as string[];
  throw new ShipcheckError('input', `${key} must be a list of strings (or a comma-separated string)`);
}

export function bool(raw: unknown, key: string, fallback: boolean): boolean {
  if (raw === undefined || raw === null || raw === '') return fallback;
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'string' && /^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  throw new ShipcheckError('input', `${key} must be true or false, found '${String(raw)}'`);
}
