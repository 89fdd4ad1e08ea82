import { ShipcheckError } from '../core/errors.js';
import { FAIL_ON_LEVELS, type FailOn } from '../report/types.js';

/** Resolves fail-on from flag, then configuration, then the default. */
export function resolveFailOn(flag: FailOn | undefined, configured: unknown): FailOn {
  if (flag) return flag;
  if (configured === undefined) return 'error';
  if (typeof configured === 'string' && (FAIL_ON_LEVELS as readonly string[]).includes(configured)) {
    return configured as FailOn;
  }
  throw new ShipcheckError(
    'config',
    `fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}, found '${String(configured)}'`,
  );
}
