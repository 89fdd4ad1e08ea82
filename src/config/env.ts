/** `${NAME}`, `${NAME:-default}`; `$${` writes a literal `${`. */
const REFERENCE = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export interface ExpansionProblem {
  message: string;
  fix: string;
}

type KeyPath = Array<string | number>;

/**
 * Replaces environment references in every string of `value`. A reference to an unset variable without
 * a default is an error; so is a password written literally into a URL, since shipcheck.yml is committed.
 * Values that came from the environment and look like URLs have their passwords registered as secrets.
 */
export function expandEnvReferences(
  value: unknown,
  env: NodeJS.ProcessEnv,
  fail: (keyPath: KeyPath, problem: ExpansionProblem) => Error,
  onExpandedUrl: (value: string) => void = () => {},
  keyPath: KeyPath = [],
): unknown {
  if (typeof value === 'string') return expandString(value, env, fail, onExpandedUrl, keyPath);
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      expandEnvReferences(item, env, fail, onExpandedUrl, [...keyPath, index]),
    );
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        expandEnvReferences(item, env, fail, onExpandedUrl, [...keyPath, key]),
      ]),
    );
  }
  return value;
}

function expandString(
  text: string,
  env: NodeJS.ProcessEnv,
  fail: (keyPath: KeyPath, problem: ExpansionProblem) => Error,
  onExpandedUrl: (value: string) => void,
  keyPath: KeyPath,
): string {
  if (hasLiteralUrlPassword(text)) {
    throw fail(keyPath, {
      message: 'a password is written into a URL in the configuration file',
      fix: `move the URL into a secret and write \${NAME} here, e.g. \${PROD_DATABASE_URL}`,
    });
  }
  let referenced = false;
  const expanded = text.replace(
    REFERENCE,
    (match, name: string | undefined, fallback: string | undefined) => {
      if (match === '$${') return '${';
      referenced = true;
      const found = env[name!];
      if (found !== undefined && found !== '') return found;
      if (fallback !== undefined) return fallback;
      throw fail(keyPath, {
        message: `environment variable ${name} is not set`,
        fix: `set ${name} (in Actions: env: ${name}: \${{ secrets.${name} }}), or write \${${name}:-default}`,
      });
    },
  );
  if (referenced) onExpandedUrl(expanded);
  return expanded;
}

const URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i;

/** `mysql://app:${DB_PASSWORD}@db/app` is the recommended spelling, not a leak: references are dropped first. */
function hasLiteralUrlPassword(text: string): boolean {
  return URL_WITH_PASSWORD.test(text.replace(REFERENCE, ''));
}
