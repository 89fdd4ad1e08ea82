import { expect } from 'vitest';
import { ShipcheckError } from '../../src/core/errors.js';

/** The ShipcheckError `work` throws (the test fails when it throws nothing, or something else). */
export function shipcheckErrorOf(work: () => unknown): ShipcheckError {
  try {
    work();
  } catch (e) {
    expect(e).toBeInstanceOf(ShipcheckError);
    return e as ShipcheckError;
  }
  throw new Error('expected a ShipcheckError');
}
