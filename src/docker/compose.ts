/**
 * Compose files read the way `docker compose` reads them, but keeping line numbers: YAML through js-yaml's
 * event parser (src/core/yaml-source.ts: anchors and merge keys resolved, alias bombs refused), checked against the Compose Specification schema shipped in
 * data/compose-spec.json, and `*.override.yml` files merged onto their base file. Problems become
 * findings at their line; nothing here throws on bad input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { defineMappingTag, defineScalarTag, defineSequenceTag } from 'js-yaml';
import {
  keyPathOfPointer,
  readYaml,
  YamlSyntaxError,
  type KeyPath,
  type YamlSource,
} from '../core/yaml-source.js';
import type { Finding } from '../report/types.js';
// data/compose-spec.json compiled ahead of time (scripts/compile-schemas.mjs): ajv takes ~250 ms to compile it
import validateComposeSpec from '../generated/compose-spec-validator.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ComposeSource {
  /** project-relative path */
  file: string;
  yaml: YamlSource;
  data: Record<string, Json>;
}

export interface ComposeService {
  name: string;
  /** merged definition (base file, then overrides) */
  spec: Record<string, Json>;
  /** where a key of the service is defined: the last file that sets it */
  at(...keyPath: Array<string | number>): { file: string; line: number };
}

export interface ComposeProject {
  /** the base file */
  file: string;
  files: ComposeSource[];
  services: ComposeService[];
  /** top-level named volumes */
  volumes: Set<string>;
}

const COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i;

/** `docker-compose*.yml` and `compose*.yaml` in the project root, sorted. */
export function findComposeFiles(root: string): string[] {
  try {
    return readdirSync(root)
      .filter((name) => COMPOSE_NAME.test(name))
      .sort();
  } catch {
    return [];
  }
}

export function readComposeSource(
  root: string,
  file: string,
): { source?: ComposeSource; findings: Finding[] } {
  let text: string;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch {
    return {
      findings: [
        {
          rule: 'compose-invalid',
          severity: 'error',
          message: `${file} cannot be read`,
          file,
          fix: 'set compose-files to the Compose files of the project',
        },
      ],
    };
  }
  let yaml: YamlSource;
  try {
    yaml = readYaml(text, { merge: true, tags: COMPOSE_TAGS });
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    return {
      findings: [
        {
          rule: 'compose-invalid',
          severity: 'error',
          message: `not valid YAML: ${error.message}`,
          file,
          line: error.line,
          column: error.column,
          fix: 'fix the YAML syntax at that position',
        },
      ],
    };
  }
  let data = yaml.data;
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      findings: [
        {
          rule: 'compose-invalid',
          severity: 'error',
          message: 'a Compose file is a mapping with a `services:` key',
          file,
          line: 1,
          fix: 'start the file with `services:`',
        },
      ],
    };
  }
  const source: ComposeSource = { file, yaml, data: data as Record<string, Json> };
  return { source, findings: schemaFindings(source) };
}

/** The line of a key path in a source (the key itself when it is a mapping key), or undefined. */
export function lineIn(source: ComposeSource, keyPath: KeyPath): number | undefined {
  return source.yaml.lineOf(keyPath);
}

function schemaFindings(source: ComposeSource): Finding[] {
  const validate = validateComposeSpec;
  if (validate(source.data)) return [];
  const errors = usefulErrors(validate.errors ?? []);
  return errors.slice(0, 20).map((error) => {
    const keyPath = keyPathOfPointer(error.instancePath);
    const at = keyPath.join('.') || 'the top level';
    let message: string;
    let fix = 'see the Compose Specification: https://docs.docker.com/reference/compose-file/';
    if (error.keyword === 'additionalProperties') {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      keyPath.push(key);
      message = `unknown key '${key}' at ${at}`;
      const allowed = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const near = allowed.find((candidate) => similar(candidate, key));
      if (near) fix = `did you mean '${near}'?`;
    } else if (error.keyword === 'type') {
      message = `${at} must be ${(error.params as { type: string }).type}, found ${describe(valueAt(source.data, keyPath))}`;
    } else if (error.keyword === 'enum') {
      message = `${at} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    } else {
      message = `${at} ${error.message ?? 'is not valid'}`;
    }
    return {
      rule: 'compose-invalid',
      severity: 'error' as const,
      message: `${message} (docker compose refuses this file)`,
      file: source.file,
      line: lineIn(source, keyPath) ?? lineIn(source, keyPath.slice(0, -1)) ?? 1,
      fix,
    };
  });
}

/** oneOf failures repeat themselves per branch; keep the most specific error per location. */
function usefulErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  const rank = (e: ErrorObject): number =>
    e.keyword === 'additionalProperties'
      ? 0
      : e.keyword === 'type'
        ? 1
        : e.keyword === 'enum'
          ? 2
          : e.keyword === 'oneOf'
            ? 4
            : 3;
  for (const error of errors) {
    const key =
      error.keyword === 'additionalProperties'
        ? `${error.instancePath}/${(error.params as { additionalProperty: string }).additionalProperty}`
        : error.instancePath;
    const seen = byPath.get(key);
    if (!seen || rank(error) < rank(seen)) byPath.set(key, error);
  }
  // a oneOf at a path whose child already has an error adds nothing
  const paths = [...byPath.keys()];
  return [...byPath.entries()]
    .filter(
      ([key, error]) =>
        !(error.keyword === 'oneOf' && paths.some((p) => p !== key && p.startsWith(`${key}/`))),
    )
    .map(([, error]) => error);
}

function similar(a: string, b: string): boolean {
  if (a === b) return false;
  const x = a.toLowerCase().replace(/[-_]/g, '');
  const y = b.toLowerCase().replace(/[-_]/g, '');
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 2) return false;
  // one edit apart
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i);
}

function valueAt(data: Json, keyPath: string[]): Json | undefined {
  let value: Json | undefined = data;
  for (const key of keyPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Array.isArray(value) ? value[Number(key)] : value[key];
  }
  return value;
}

function describe(value: Json | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Groups files into projects: `X.override.yml` (and `X.ci.yml`-style files named by the caller) merge onto X. */
export function composeProjects(
  sources: ComposeSource[],
  overrides: readonly string[] = [],
): ComposeProject[] {
  const isOverride = (file: string): boolean => /\.override\.ya?ml$/i.test(file) || overrides.includes(file);
  const projects: ComposeProject[] = [];
  for (const base of sources.filter((s) => !isOverride(s.file))) {
    const stem = base.file.replace(/\.ya?ml$/i, '');
    const extra = sources.filter(
      (s) =>
        s !== base && isOverride(s.file) && (s.file.startsWith(`${stem}.`) || overrides.includes(s.file)),
    );
    projects.push(project([base, ...extra]));
  }
  // an override whose base was not given is still checked on its own
  for (const lone of sources.filter((s) => isOverride(s.file))) {
    if (!projects.some((p) => p.files.includes(lone))) projects.push(project([lone]));
  }
  return projects;
}

function project(files: ComposeSource[]): ComposeProject {
  const names = new Set<string>();
  for (const source of files) {
    const services = source.data.services;
    if (services && typeof services === 'object' && !Array.isArray(services))
      for (const name of Object.keys(services)) names.add(name);
  }
  const services: ComposeService[] = [...names].map((name) => {
    const defining = files.filter((f) =>
      isObject((f.data.services as Record<string, Json> | undefined)?.[name]),
    );
    let spec: Record<string, Json> = {};
    for (const source of defining)
      spec = merge(spec, (source.data.services as Record<string, Json>)[name] as Record<string, Json>);
    return {
      name,
      spec,
      at: (...keyPath) => {
        for (const source of [...defining].reverse()) {
          const line = lineIn(source, ['services', name, ...keyPath]);
          if (line !== undefined) return { file: source.file, line };
        }
        const first = defining[0] ?? files[0]!;
        return { file: first.file, line: lineIn(first, ['services', name]) ?? 1 };
      },
    };
  });
  const volumes = new Set<string>();
  for (const source of files) {
    const top = source.data.volumes;
    if (isObject(top)) for (const name of Object.keys(top)) volumes.add(name);
  }
  return { file: files[0]!.file, files, services, volumes };
}

export function isObject(value: Json | undefined): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Compose's merge: mappings merge key by key, everything else is replaced. */
function merge(base: Record<string, Json>, override: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) && !REPLACING.has(value) ? merge(current, value) : value;
  }
  return out;
}

/**
 * Values an override file tags `!reset` or `!override`: they replace what the base file says instead of merging
 * with it (https://docs.docker.com/reference/compose-file/merge/#reset-value).
 */
const REPLACING = new WeakSet<object>();

function replacing<T extends object>(value: T): T {
  REPLACING.add(value);
  return value;
}

const composeSequence = (tag: string) =>
  defineSequenceTag<Json[]>(tag, {
    create: () => [],
    addItem: (items, item) => {
      items.push(item as Json);
    },
    finalize: replacing,
    identify: () => false,
  });

const composeMapping = (tag: string) =>
  defineMappingTag<Record<string, Json>>(tag, {
    create: () => ({}),
    addPair: (entries, key, value) => {
      entries[String(key)] = value as Json;
      return '';
    },
    has: (entries, key) => Object.hasOwn(entries, String(key)),
    keys: (entries) => Object.keys(entries),
    get: (entries, key) => entries[String(key)],
    finalize: replacing,
    identify: () => false,
  });

/** Compose's own YAML tags: `!reset` (a scalar, list or mapping) and `!override` (a list or mapping). */
const COMPOSE_TAGS = [
  defineScalarTag<Json>('!reset', {
    // `!reset null` / `!reset ""` removes the attribute; any other scalar replaces it
    resolve: (source) => (source === '' || source === 'null' || source === '~' ? null : source),
    identify: () => false,
  }),
  composeSequence('!reset'),
  composeMapping('!reset'),
  composeSequence('!override'),
  composeMapping('!override'),
];
