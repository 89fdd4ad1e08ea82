/** PEP 503 normalised distribution name: `Flask_Limiter` and `flask.limiter` are both `flask-limiter`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** PEP 508 name: letters and digits, with `-_.` inside. */
export const NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
