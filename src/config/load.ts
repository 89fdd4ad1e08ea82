import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { ShipcheckError } from '../core/errors.js';
import { registerUrlSecrets } from '../core/secrets.js';
import { keyPathOfPointer, readYaml, YamlSyntaxError, type YamlSource } from '../core/yaml-source.js';
// shipcheck.schema.json compiled ahead of time by scripts/compile-schemas.mjs (no ajv compile at start-up)
import validateConfigSchema from '../generated/shipcheck-config-validator.js';
import { expandEnvReferences } from './env.js';

export const CONFIG_FILE_NAMES = ['shipcheck.yml', 'shipcheck.yaml'] as const;

/** shipcheck.yml after validation and ${ENV} expansion. Sections are keyed by action name. */
export interface ShipcheckConfig {
  'fail-on'?: 'error' | 'warning' | 'notice' | 'never';
  checks?: string[];
  [section: string]: unknown;
}

export interface LoadedConfig {
  /** absolute path of the file read, undefined when the project has none */
  file?: string;
  /** the project root the config describes */
  root: string;
  config: ShipcheckConfig;
}

/**
 * Reads `explicitFile`, else `<root>/shipcheck.yml` (or .yaml). A project without one gets defaults;
 * an explicitly named file that is missing is an error.
 */
export function loadConfig(
  root: string,
  explicitFile?: string,
  env: NodeJS.ProcessEnv = process.env,
): LoadedConfig {
  const absoluteRoot = path.resolve(root);
  if (!existsSync(absoluteRoot)) {
    throw new ShipcheckError('usage', `project directory ${root} does not exist`, {
      fix: 'pass the directory that holds your app and its shipcheck.yml',
    });
  }
  const file = explicitFile
    ? path.resolve(explicitFile)
    : CONFIG_FILE_NAMES.map((name) => path.join(absoluteRoot, name)).find((candidate) =>
        existsSync(candidate),
      );
  if (!file) return { root: absoluteRoot, config: {} };
  if (!existsSync(file)) {
    throw new ShipcheckError('config', `configuration file ${explicitFile} does not exist`, {
      fix: 'check the --config path, or drop it to use shipcheck.yml in the project directory',
    });
  }
  return {
    file,
    root: absoluteRoot,
    config: parseConfig(readFileSync(file, 'utf8'), displayPath(file), env),
  };
}

export function parseConfig(
  text: string,
  fileLabel: string,
  env: NodeJS.ProcessEnv = process.env,
): ShipcheckConfig {
  const yaml = readSettingsYaml(text, fileLabel, 'config');
  const raw: unknown = yaml.data ?? {};
  const validate = validateConfigSchema;
  if (!validate(raw)) {
    const error = mostUsefulError(validate.errors ?? []);
    throw new ShipcheckError('config', describeSchemaError(error), {
      where: `${fileLabel}:${lineOf(yaml, error)}`,
      fix: 'see docs/configuration.md for the keys and their forms',
    });
  }
  return expandEnvReferences(
    raw,
    env,
    (keyPath, problem) => {
      const line = yaml.lineOf(keyPath) ?? 1;
      return new ShipcheckError('config', problem.message, {
        where: `${fileLabel}:${line} (${keyPath.join('.')})`,
        fix: problem.fix,
      });
    },
    registerUrlSecrets,
  ) as ShipcheckConfig;
}

/**
 * A settings file (shipcheck.yml, a post-deploy-verify spec) read as YAML; invalid YAML is a ShipcheckError of
 * `kind` at file:line:column, its message starting with `subject` (`not valid YAML`, `spec is not valid YAML`).
 */
export function readSettingsYaml(
  text: string,
  fileLabel: string,
  kind: ShipcheckError['kind'],
  subject = 'not valid YAML',
): YamlSource {
  try {
    return readYaml(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new ShipcheckError(kind, `${subject}: ${error.message}`, {
      where: `${fileLabel}:${error.line}:${error.column}`,
      fix: 'fix the YAML syntax at that position',
    });
  }
}

function mostUsefulError(errors: ErrorObject[]): ErrorObject {
  // An unknown key says more than the enum/type noise it causes elsewhere.
  return errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0]!;
}

function describeSchemaError(error: ErrorObject): string {
  const at = error.instancePath ? jsonPointerToDots(error.instancePath) : 'the top level';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return `unknown key '${key}' at ${at}; expected one of: ${allowed.join(', ')}`;
    }
    case 'enum':
      return `${at} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'type':
      return `${at} must be ${(error.params as { type: string }).type}`;
    default:
      return `${at} ${error.message ?? 'is not valid'}`;
  }
}

function jsonPointerToDots(pointer: string): string {
  return keyPathOfPointer(pointer).join('.');
}

function lineOf(yaml: YamlSource, error: ErrorObject): number {
  const keyPath = keyPathOfPointer(error.instancePath);
  // an unknown key: the key's own line
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const line = yaml.lineOf([...keyPath, key]);
    if (line !== undefined) return line;
  }
  return yaml.lineOf(keyPath) ?? 1;
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}
