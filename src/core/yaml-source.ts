/**
 * A YAML file read for its data and for where each key and sequence item starts, so a finding can name its line.
 * One pass of js-yaml's event parser gives both: the events carry source offsets, and the data is constructed from
 * the same events. (The `yaml` library's document model cost four times as much on a cold start, which is most
 * of a one-shot CLI run: bench/docker-build-test.)
 */
import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  mergeTag,
  parseEvents,
  type Event,
  type Schema,
  type TagDefinition,
} from 'js-yaml';

export type KeyPath = ReadonlyArray<string | number>;

/** A JSON Pointer (an ajv error's instancePath, `/services/web/ports/0`) as the key path lineOf takes. */
export function keyPathOfPointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Not valid YAML, or not one document: where (1-based) and why. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

export interface YamlSource {
  /** the document's data; null for an empty file */
  data: unknown;
  /** 1-based line of a key path (the key itself for a mapping key, the item for a sequence index), or undefined */
  lineOf(keyPath: KeyPath): number | undefined;
}

export interface ReadYamlOptions {
  /** `<<: *base` merge keys (Compose files use them) */
  merge?: boolean;
  /** local tags the format defines (Compose: `!reset`, `!override`); any other tag is an error */
  tags?: readonly TagDefinition[];
  /**
   * Most nodes the data may stand for once aliases are followed: a small file of nested aliases ("billion laughs")
   * is otherwise billions of nodes to whoever walks it.
   */
  maxNodes?: number;
}

const DEFAULT_MAX_NODES = 1_000_000;
const MERGE_SCHEMA = CORE_SCHEMA.withTags(mergeTag);

const schemas = new WeakMap<readonly TagDefinition[], { merge: Schema; plain: Schema }>();

function schemaFor(options: ReadYamlOptions): Schema {
  if (!options.tags?.length) return options.merge ? MERGE_SCHEMA : CORE_SCHEMA;
  let made = schemas.get(options.tags);
  if (!made) {
    made = { merge: MERGE_SCHEMA.withTags(options.tags), plain: CORE_SCHEMA.withTags(options.tags) };
    schemas.set(options.tags, made);
  }
  return options.merge ? made.merge : made.plain;
}

interface Located {
  offset: number;
  child?: Collection;
}

interface Collection {
  mapping: boolean;
  keys: Map<string, Located>;
  items: Located[];
  /** mapping only: the key read, waiting for its value */
  pendingKey?: { name: string | undefined; offset: number };
}

/** Throws YamlSyntaxError on invalid YAML or more than one document. */
export function readYaml(text: string, options: ReadYamlOptions = {}): YamlSource {
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, {});
    documents = constructFromEvents(events, { source: text, schema: schemaFor(options) });
  } catch (error) {
    throw syntaxError(error, text);
  }
  if (documents.length > 1) {
    throw new YamlSyntaxError(
      `holds ${documents.length} YAML documents (separated by ---); one is expected`,
      1,
      1,
    );
  }
  const data = documents[0] ?? null;
  const limit = options.maxNodes ?? DEFAULT_MAX_NODES;
  if (expandedSize(data, limit, new Map(), new Set()) > limit) {
    throw new YamlSyntaxError(
      `its aliases expand to more than ${limit.toLocaleString('en-US')} nodes (nested *aliases multiply)`,
      1,
      1,
    );
  }
  const root = locate(events, text);
  const lineStarts = lineStartsOf(text);
  return {
    data,
    lineOf(keyPath) {
      let node = root;
      let line = 1;
      for (const key of keyPath) {
        const found = node?.mapping ? node.keys.get(String(key)) : node?.items[Number(key)];
        if (!found) return undefined;
        line = lineAt(lineStarts, found.offset);
        node = found.child;
      }
      return line;
    },
  };
}

/** The first document's collections with the offsets of their keys and items, from the event stream. */
function locate(events: Event[], text: string): Collection | undefined {
  let root: Collection | undefined;
  const stack: Array<Collection | undefined> = [];
  let documents = 0;
  const attach = (offset: number, child: Collection | undefined, keyName?: string): void => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (stack.length === 1 && documents === 1 && !root) root = child;
      return;
    }
    if (!parent.mapping) {
      parent.items.push({ offset, child });
    } else if (!parent.pendingKey) {
      parent.pendingKey = { name: keyName, offset };
    } else {
      const key = parent.pendingKey;
      parent.pendingKey = undefined;
      // (a key that is itself a collection cannot be named in a key path)
      if (key.name !== undefined && !parent.keys.has(key.name))
        parent.keys.set(key.name, { offset: key.offset, child });
    }
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documents++;
        stack.push(undefined);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const collection: Collection = {
          mapping: event.type === EVENT_ID.MAPPING,
          keys: new Map(),
          items: [],
        };
        attach(event.start, collection);
        stack.push(collection);
        break;
      }
      case EVENT_ID.SCALAR:
        attach(event.valueStart, undefined, getScalarValue(text, event));
        break;
      case EVENT_ID.ALIAS:
        attach(event.anchorStart, undefined);
        break;
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return root;
}

/** Nodes in `value` with aliases followed (each shared object counted every time it is reached), capped. */
function expandedSize(value: unknown, limit: number, sizes: Map<object, number>, open: Set<object>): number {
  if (value === null || typeof value !== 'object') return 1;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  // an alias to its own ancestor never ends
  if (open.has(value)) return limit + 1;
  open.add(value);
  let total = 1;
  const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  for (const child of children) {
    total += expandedSize(child, limit, sizes, open);
    if (total > limit) break;
  }
  open.delete(value);
  sizes.set(value, total);
  return total;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

function syntaxError(error: unknown, text: string): YamlSyntaxError {
  const { reason, mark, message } = error as {
    reason?: string;
    mark?: { line?: number; column?: number; position?: number };
    message?: string;
  };
  let line = 1;
  let column = 1;
  if (mark && typeof mark.line === 'number') {
    line = mark.line + 1;
    column = (mark.column ?? 0) + 1;
  } else if (mark && typeof mark.position === 'number') {
    const starts = lineStartsOf(text);
    line = lineAt(starts, mark.position);
    column = mark.position - starts[line - 1]! + 1;
  }
  return new YamlSyntaxError((reason ?? message ?? String(error)).split('\n')[0]!, line, column);
}
