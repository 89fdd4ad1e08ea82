import { ShipcheckError } from '../core/errors.js';
import { bool, optionalString, stringList } from '../config/values.js';

/** lint-requirements' inputs; shipcheck.yml's `lint-requirements:` section and CLI flags use the same names. */
export interface LintRequirementsSettings {
  /** absolute project root */
  root: string;
  /** requirement files or `*` patterns, project-relative; default `requirements*.txt` */
  requirements: string[];
  /** X.Y; default from the Dockerfile's FROM python:X.Y, then requires-python, then 3.12 */
  pythonVersion?: string;
  /** project-relative; default `Dockerfile` when present; '' to skip the image checks */
  dockerfile?: string;
  requirePins: boolean;
  /** `*` patterns of paths to skip when reading Python sources */
  exclude: string[];
  /** module names that belong to the project */
  firstParty: string[];
  /** import name -> distribution(s), before the shipped map */
  importMap: Record<string, string[]>;
  /** distributions never reported unused */
  allowUnused: string[];
  /** a site-packages folder or virtualenv whose installed metadata maps imports first */
  sitePackages?: string;
  online: boolean;
  pypiUrl: string;
  osvUrl: string;
  /** seconds, per online request */
  timeout: number;
}

export const LINT_REQUIREMENTS_KEYS = [
  'requirements',
  'python-version',
  'dockerfile',
  'require-pins',
  'exclude',
  'first-party',
  'import-map',
  'allow-unused',
  'site-packages',
  'online',
  'pypi-url',
  'osv-url',
  'timeout',
] as const;

export type LintRequirementsInput = Partial<Record<(typeof LINT_REQUIREMENTS_KEYS)[number], unknown>>;

/** Merges shipcheck.yml's section with overrides (action inputs or CLI flags; undefined = not given). */
export function lintRequirementsSettings(
  root: string,
  section: LintRequirementsInput = {},
  overrides: LintRequirementsInput = {},
): LintRequirementsSettings {
  const value = <K extends keyof LintRequirementsInput>(key: K): unknown => overrides[key] ?? section[key];
  const pythonVersion = optionalString(value('python-version'), 'python-version');
  if (pythonVersion !== undefined && !/^3\.\d{1,2}$/.test(pythonVersion)) {
    throw new ShipcheckError('input', `python-version must look like 3.12, found '${pythonVersion}'`, {
      fix: 'give the major.minor version the image runs',
    });
  }
  const timeout = Number(value('timeout') ?? 10);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 300) {
    throw new ShipcheckError(
      'input',
      `timeout must be a number of seconds between 1 and 300, found '${String(value('timeout'))}'`,
    );
  }
  return {
    root,
    requirements: stringList(value('requirements'), 'requirements') ?? ['requirements*.txt'],
    pythonVersion,
    dockerfile: optionalString(value('dockerfile'), 'dockerfile'),
    requirePins: bool(value('require-pins'), 'require-pins', false),
    exclude: stringList(value('exclude'), 'exclude') ?? [],
    firstParty: stringList(value('first-party'), 'first-party') ?? [],
    importMap: importMap(value('import-map')),
    allowUnused: stringList(value('allow-unused'), 'allow-unused') ?? [],
    sitePackages: optionalString(value('site-packages'), 'site-packages'),
    online: bool(value('online'), 'online', false),
    pypiUrl: (optionalString(value('pypi-url'), 'pypi-url') ?? 'https://pypi.org').replace(/\/+$/, ''),
    osvUrl: (optionalString(value('osv-url'), 'osv-url') ?? 'https://api.osv.dev').replace(/\/+$/, ''),
    timeout,
  };
}

/** `{cv2: opencv-python-headless}` or `{cv2: [a, b]}`; as an input string: `cv2=opencv-python-headless,yaml=PyYAML`. */
function importMap(raw: unknown): Record<string, string[]> {
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw === 'string') {
    const out: Record<string, string[]> = {};
    for (const pair of raw
      .split(/[,\n]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [module, dist] = pair.split('=').map((s) => s.trim());
      if (!module || !dist)
        throw new ShipcheckError(
          'input',
          `import-map entries look like module=distribution, found '${pair}'`,
        );
      (out[module] ??= []).push(dist);
    }
    return out;
  }
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    return Object.fromEntries(
      Object.entries(raw as Record<string, unknown>).map(([module, dists]) => {
        const list = typeof dists === 'string' ? [dists] : dists;
        if (!Array.isArray(list) || !list.every((d) => typeof d === 'string')) {
          throw new ShipcheckError(
            'input',
            `import-map.${module} must be a distribution name or a list of them`,
          );
        }
        return [module, list as string[]];
      }),
    );
  }
  throw new ShipcheckError('input', 'import-map must map module names to distribution names');
}
