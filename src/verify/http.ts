/**
 * HTTP for the post-deploy checks: undici with a timeout on every request, no redirects followed (a redirect
 * is something to check, not to hide), one connection pool per run, and expectations evaluated with a real
 * JSONPath implementation (jsonpath-plus).
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { JSONPath } from 'jsonpath-plus';
import { Agent, request, type Dispatcher } from 'undici';
import { maskSecrets } from '../core/secrets.js';
import type { Expectation, Predicate } from './spec.js';

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  ms: number;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export function createDispatcher(caFile?: string): Agent {
  const ca = caFile ? readFileSync(caFile, 'utf8') : undefined;
  return new Agent({ connect: ca ? { ca } : {}, keepAliveTimeout: 10_000, connections: 64 });
}

/** Sends one request; rejects with a one-line reason (refused, timed out, TLS) on transport failures. */
export async function send(req: HttpRequest, timeout: number, dispatcher: Dispatcher): Promise<HttpResponse> {
  const started = performance.now();
  // undici's timers take whole milliseconds
  const timeoutMs = Math.max(1, Math.round(timeout));
  try {
    const response = await request(req.url, {
      method: req.method as Dispatcher.HttpMethod,
      headers: { 'user-agent': 'shipcheck-post-deploy-verify', ...req.headers },
      body: req.body,
      dispatcher,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.body.text();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value ?? '');
    }
    return { status: response.statusCode, headers, body, ms: performance.now() - started };
  } catch (error) {
    throw new Error(transportReason(error, timeoutMs));
  }
}

export function transportReason(error: unknown, timeoutMs: number): string {
  const e = error as {
    code?: string;
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  const code = e.code ?? e.cause?.code;
  if (e.name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  if (code === 'ECONNREFUSED') return 'connection refused (nothing listens there)';
  if (code === 'ENOTFOUND') return 'the host name does not resolve';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return 'the connection was closed without an answer';
  return maskSecrets(`${code ? `${code}: ` : ''}${e.cause?.message ?? e.message ?? String(error)}`);
}

function statusMatches(status: number, expected: Array<number | string>): boolean {
  return expected.some((e) =>
    typeof e === 'number'
      ? e === status
      : /^\dxx$/.test(e)
        ? Math.floor(status / 100) === Number(e[0])
        : Number(e) === status,
  );
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Why the values a JSONPath (or a header) found do not meet the predicate; undefined when they do. */
export function predicateProblem(values: unknown[], predicate: Predicate): string | undefined {
  const shown =
    values.length === 0 ? 'nothing' : values.map((v) => JSON.stringify(v)?.slice(0, 80)).join(', ');
  if ('exists' in predicate) {
    return values.length > 0 === predicate.exists
      ? undefined
      : predicate.exists
        ? 'is missing'
        : `exists (${shown})`;
  }
  if ('count' in predicate) {
    return values.length === predicate.count
      ? undefined
      : `has ${values.length} values, expected ${predicate.count}`;
  }
  if (values.length === 0) return 'is missing';
  if ('equals' in predicate) {
    return values.every((v) => isDeepStrictEqual(v, predicate.equals))
      ? undefined
      : `is ${shown}, expected ${JSON.stringify(predicate.equals)}`;
  }
  if ('matches' in predicate) {
    const pattern = new RegExp(predicate.matches);
    return values.every((v) => typeof v === 'string' && pattern.test(v))
      ? undefined
      : `is ${shown}, which does not match /${predicate.matches}/`;
  }
  return values.every((v) => typeOf(v) === predicate.type)
    ? undefined
    : `is ${shown} (${values.map(typeOf).join(', ')}), expected a ${predicate.type}`;
}

export function jsonValues(body: unknown, path: string): unknown[] {
  return JSONPath({ path, json: body as object, wrap: true, eval: 'safe' }) as unknown[];
}

/** Every way `response` misses `expect`, each a short sentence. */
export function expectationProblems(response: HttpResponse, expect: Expectation): string[] {
  const problems: string[] = [];
  if (expect.status && !statusMatches(response.status, expect.status)) {
    problems.push(`status ${response.status}, expected ${expect.status.join(' or ')}`);
  }
  for (const [name, predicate] of Object.entries(expect.headers ?? {})) {
    const value = response.headers[name];
    const problem = predicateProblem(value === undefined ? [] : [value], predicate);
    if (problem) problems.push(`header ${name} ${problem}`);
  }
  if (expect.json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      problems.push(`the body is not JSON (content-type ${response.headers['content-type'] ?? 'none'})`);
      parsed = undefined;
    }
    if (parsed !== undefined) {
      for (const [path, predicate] of Object.entries(expect.json)) {
        let values: unknown[];
        try {
          values = jsonValues(parsed, path);
        } catch (error) {
          problems.push(`${path} is not a JSONPath: ${(error as Error).message}`);
          continue;
        }
        const problem = predicateProblem(values, predicate);
        if (problem) problems.push(`${path} ${problem}`);
      }
    }
  }
  if (expect.body !== undefined && !response.body.includes(expect.body)) {
    problems.push(`the body does not contain ${JSON.stringify(expect.body)}`);
  }
  if (expect.maxMs !== undefined && response.ms > expect.maxMs) {
    problems.push(`took ${Math.round(response.ms)} ms, more than ${expect.maxMs} ms`);
  }
  return problems;
}

/** The first bytes of a body for a failure message, secrets masked, one line. */
export function excerpt(body: string, max = 300): string {
  const flat = maskSecrets(body).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
