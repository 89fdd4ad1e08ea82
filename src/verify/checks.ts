/**
 * One runner per kind of check. Each returns a CheckResult: passed or not, its timing, a one-line detail, and
 * the problems (with rule, severity and fix) that become the report's findings.
 */
import { deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { Agent, type Dispatcher } from 'undici';
import type { Severity } from '../report/types.js';
import { excerpt, expectationProblems, jsonValues, percentile, send, type HttpResponse } from './http.js';
import type { HttpCheck, RedirectCheck, TlsCheck, UploadCheck, VersionCheck } from './spec.js';
import { tlsProfile } from './tls.js';

export interface Problem {
  rule: string;
  severity: Severity;
  message: string;
  fix?: string;
}

export interface CheckResult {
  name: string;
  kind: string;
  target: string;
  passed: boolean;
  durationMs: number;
  detail: string;
  problems: Problem[];
  /** the response excerpt of a failure (masked) */
  excerpt?: string;
  timings?: { samples: number; p50: number; p95: number; max: number };
}

export interface RunContext {
  dispatcher: Dispatcher;
  timeoutMs: number;
  caFile?: string;
}

export function result(
  check: { name: string; kind: string },
  target: string,
  started: number,
  problems: Problem[],
  detail: string,
  extra: Partial<CheckResult> = {},
): CheckResult {
  return {
    name: check.name,
    kind: check.kind,
    target,
    passed: !problems.some((p) => p.severity === 'error'),
    durationMs: Math.round(performance.now() - started),
    detail,
    problems,
    ...extra,
  };
}

/** A check that got no answer at all (refused, timed out, no handshake): one error, the reason as its detail. */
function unreachable(
  check: { name: string; kind: string },
  target: string,
  started: number,
  error: unknown,
  rule: string,
  fix: string,
  prefix = '',
): CheckResult {
  const reason = (error as Error).message;
  return result(
    check,
    target,
    started,
    [{ rule, severity: 'error', message: `${check.name}: ${prefix}${reason}`, fix }],
    reason,
  );
}

function requestOf(check: HttpCheck) {
  const headers = { ...check.headers };
  let body: string | undefined;
  if (check.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(check.json);
  } else if (check.form) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
    body = new URLSearchParams(check.form).toString();
  }
  return { method: check.method, url: check.url, headers, body };
}

/** An HTTP check once (or `samples` times for latency thresholds). */
export async function runHttp(check: HttpCheck, context: RunContext): Promise<CheckResult> {
  const started = performance.now();
  const times: number[] = [];
  let last: HttpResponse | undefined;
  for (let i = 0; i < check.samples; i++) {
    try {
      last = await send(requestOf(check), context.timeoutMs, context.dispatcher);
    } catch (error) {
      return unreachable(
        check,
        check.url,
        started,
        error,
        'http-unreachable',
        'check that the app runs and the URL (base-url) is the one it serves',
        `${check.method} ${check.url}: `,
      );
    }
    times.push(last.ms);
    const problems = expectationProblems(last, check.expect);
    if (problems.length > 0) {
      return result(
        check,
        check.url,
        started,
        [
          {
            rule: 'http-expectation-failed',
            severity: 'error',
            message: `${check.name}: ${check.method} ${check.url}: ${problems.join('; ')}${check.samples > 1 ? ` (sample ${i + 1} of ${check.samples})` : ''}`,
            fix: 'the response excerpt shows what the app answered',
          },
        ],
        problems.join('; '),
        { excerpt: excerpt(last.body) },
      );
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const timings = {
    samples: times.length,
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    max: Math.round(sorted.at(-1) ?? 0),
  };
  const problems: Problem[] = [];
  for (const key of ['p50', 'p95', 'max'] as const) {
    const limit = check.latency?.[key];
    if (limit !== undefined && timings[key] > limit) {
      problems.push({
        rule: 'latency-threshold',
        severity: 'error',
        message: `${check.name}: ${key} latency ${timings[key]} ms over ${timings.samples} samples, above ${limit} ms`,
        fix: 'look at slow queries, worker count and the host resources check',
      });
    }
  }
  return result(
    check,
    check.url,
    started,
    problems,
    check.samples > 1
      ? `HTTP ${last!.status}; p50 ${timings.p50} ms, p95 ${timings.p95} ms, max ${timings.max} ms`
      : `HTTP ${last!.status} in ${timings.max} ms`,
    check.samples > 1 ? { timings } : {},
  );
}

/** Phase 1: one readiness check, retried with backoff on refusals, 5xx and failed expectations. */
export async function waitUntilReady(
  check: HttpCheck,
  timeoutMs: number,
  context: RunContext,
): Promise<CheckResult & { attempts: number }> {
  const started = performance.now();
  const deadline = started + timeoutMs;
  let delay = 250;
  let attempts = 0;
  for (;;) {
    attempts++;
    const outcome = await runHttp(
      { ...check, samples: 1 },
      { ...context, timeoutMs: Math.min(context.timeoutMs, Math.max(500, deadline - performance.now())) },
    );
    if (outcome.passed)
      return {
        ...outcome,
        durationMs: Math.round(performance.now() - started),
        detail: `${outcome.detail} after ${attempts} attempt(s)`,
        attempts,
      };
    if (performance.now() + delay > deadline) {
      return {
        ...outcome,
        durationMs: Math.round(performance.now() - started),
        problems: [
          {
            rule: 'not-ready',
            severity: 'error',
            message: `${check.name}: not ready within ${timeoutMs / 1000} s (${attempts} attempts); last: ${outcome.detail}`,
            fix: 'the app did not come up: look at its logs (the ssh-deploy summary has the last lines)',
          },
        ],
        attempts,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 5000);
  }
}

export async function runRedirect(check: RedirectCheck, context: RunContext): Promise<CheckResult> {
  const started = performance.now();
  const url = new URL(check.url);
  let response: HttpResponse;
  try {
    response = await send({ method: 'GET', url: check.url }, context.timeoutMs, context.dispatcher);
  } catch (error) {
    return unreachable(
      check,
      check.url,
      started,
      error,
      'redirect-missing',
      'listen on port 80 and redirect to https',
    );
  }
  const location = response.headers.location;
  const problems: Problem[] = [];
  let target: URL | undefined;
  try {
    target = location ? new URL(location, check.url) : undefined;
  } catch {
    target = undefined;
  }
  if (response.status < 300 || response.status > 399 || !target) {
    problems.push({
      rule: 'redirect-missing',
      severity: 'error',
      message: `${check.name}: ${check.url} answered ${response.status}${location ? ` with Location ${location}` : ''}, not a redirect to https`,
      fix: 'in nginx: server { listen 80; server_name ...; return 301 https://$host$request_uri; }',
    });
  } else if (target.protocol !== 'https:' || target.hostname !== url.hostname) {
    problems.push({
      rule: 'redirect-wrong-target',
      severity: 'error',
      message: `${check.name}: ${check.url} redirects to ${target.href}, expected https://${url.hostname}${url.pathname}`,
      fix: 'redirect to https on the same host: return 301 https://$host$request_uri;',
    });
  } else if (response.status !== 301 && response.status !== 308) {
    problems.push({
      rule: 'redirect-temporary',
      severity: 'warning',
      message: `${check.name}: ${check.url} redirects with ${response.status}; browsers and search engines keep using http`,
      fix: 'use 301 (or 308) for the http -> https redirect',
    });
  }
  return result(check, check.url, started, problems, `${response.status} -> ${location ?? 'no Location'}`);
}

export async function runTls(check: TlsCheck, context: RunContext): Promise<CheckResult> {
  const started = performance.now();
  const target = `${check.host}:${check.port}`;
  let profile;
  try {
    profile = await tlsProfile(check.host, check.port, check.servername, {
      caFile: context.caFile,
      timeoutMs: context.timeoutMs,
    });
  } catch (error) {
    return unreachable(
      check,
      target,
      started,
      error,
      'tls-handshake-failed',
      'check that nginx listens with ssl on that port',
    );
  }
  const problems: Problem[] = [];
  const add = (rule: string, severity: Severity, message: string, fix: string) =>
    problems.push({ rule, severity, message: `${check.name}: ${message}`, fix });
  if (profile.protocol && !['TLSv1.2', 'TLSv1.3'].includes(profile.protocol)) {
    add(
      'tls-old-protocol',
      'error',
      `negotiated ${profile.protocol}`,
      'ssl_protocols TLSv1.2 TLSv1.3; in nginx',
    );
  }
  const expired = profile.daysLeft !== undefined && profile.daysLeft <= 0;
  if (expired) {
    add(
      'tls-expired',
      'error',
      `the certificate expired on ${profile.validTo!.toISOString().slice(0, 10)}`,
      'renew it (certbot renew) and reload nginx',
    );
  } else if (profile.daysLeft !== undefined && profile.daysLeft < check.minDays) {
    add(
      'tls-expiring',
      'error',
      `the certificate expires in ${Math.floor(profile.daysLeft)} days (${profile.validTo!.toISOString().slice(0, 10)}), less than ${check.minDays}`,
      'renew it now; check that the certbot timer runs',
    );
  } else if (profile.daysLeft !== undefined && profile.daysLeft < check.warnDays) {
    add(
      'tls-expiring',
      'warning',
      `the certificate expires in ${Math.floor(profile.daysLeft)} days (${profile.validTo!.toISOString().slice(0, 10)})`,
      'check that renewal runs (systemctl list-timers certbot*)',
    );
  }
  if (profile.hostnameError) {
    add(
      'tls-hostname-mismatch',
      'error',
      `the certificate is not valid for ${check.servername} (${profile.subjectAltName ?? 'no subjectAltName'})`,
      'issue the certificate for this name, or fix server_name / the SNI',
    );
  }
  const error = profile.authorizationError;
  if (!profile.authorized && error && !(expired && error === 'CERT_HAS_EXPIRED')) {
    if (
      error === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
      (error === 'UNABLE_TO_GET_ISSUER_CERT' && profile.chain.length === 1)
    ) {
      add(
        'tls-chain-incomplete',
        'error',
        `the server sends only ${profile.chain.length} certificate(s) (${profile.chain.join(' <- ')}): its intermediate is missing, so clients that do not cache it fail`,
        'point ssl_certificate at fullchain.pem (leaf + intermediates), not cert.pem',
      );
    } else if (
      error !== 'ERR_TLS_CERT_ALTNAME_INVALID' &&
      error !== "Hostname/IP does not match certificate's altnames"
    ) {
      add(
        'tls-untrusted',
        'error',
        `the chain is not trusted: ${error}`,
        'use a certificate from a public CA, or pass ca-file for a private one',
      );
    }
  }
  const detail = `${profile.protocol ?? '?'}; ${profile.chain.length} certificate(s); ${profile.daysLeft === undefined ? '?' : Math.floor(profile.daysLeft)} days left; ${Math.round(profile.ms)} ms`;
  if (check.hsts && problems.every((p) => p.severity !== 'error')) {
    try {
      const agent = hstsDispatcher(context, check);
      const response = await send(
        {
          method: 'GET',
          url: `https://${check.host.includes(':') ? `[${check.host}]` : check.host}:${check.port}/`,
          headers: { host: check.servername },
        },
        context.timeoutMs,
        agent,
      ).finally(() => agent.close());
      if (!response.headers['strict-transport-security']) {
        add(
          'hsts-missing',
          'warning',
          'no Strict-Transport-Security header',
          'add_header Strict-Transport-Security "max-age=31536000" always; in nginx',
        );
      }
    } catch (e) {
      add(
        'hsts-missing',
        'warning',
        `could not read the headers over https: ${(e as Error).message}`,
        'check the https listener',
      );
    }
  }
  return result(check, target, started, problems, detail);
}

/** The HSTS request goes to the TLS host itself, speaking `servername` (SNI and Host) whatever DNS says here. */
function hstsDispatcher(context: RunContext, check: TlsCheck): Dispatcher {
  return new Agent({
    connect: {
      servername: /^[\d.]+$/.test(check.servername) ? undefined : check.servername,
      ca: context.caFile ? readFileSync(context.caFile, 'utf8') : undefined,
      // trust is judged by the handshake above; this request only reads a header
      rejectUnauthorized: false,
    },
  });
}

// ---- upload ----

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A small, valid .docx (a ZIP with the three parts Word needs), so type detection has real bytes to look at. */
export function minimalDocx(): Buffer {
  const files: Array<[string, string]> = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    [
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>shipcheck upload check</w:t></w:r></w:p></w:body></w:document>',
    ],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A multipart body whose file name is sent both raw (UTF-8, what browsers do) and as RFC 5987 filename*; the other
 * form fields go first, as a browser sends the inputs above a file input.
 */
export function multipartUpload(
  field: string,
  filename: string,
  content: Buffer,
  contentType: string,
  form: Record<string, string> = {},
) {
  const boundary = `shipcheck-${Math.random().toString(16).slice(2)}`;
  const safe = (text: string) => text.replace(/["\\\r\n]/g, '_');
  const fields = Object.entries(form)
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${safe(name)}"\r\n\r\n${value.replace(/\r?\n/g, '\r\n')}\r\n`,
    )
    .join('');
  const head = Buffer.from(
    `${fields}--${boundary}\r\nContent-Disposition: form-data; name="${safe(field)}"; filename="${safe(filename)}"; filename*=UTF-8''${encodeURIComponent(filename)}\r\nContent-Type: ${contentType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    body: Buffer.concat([head, content, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}

export async function runUpload(check: UploadCheck, context: RunContext): Promise<CheckResult> {
  const started = performance.now();
  const extension = extensionOf(check.filename);
  const content = extension === 'docx' ? minimalDocx() : Buffer.from('shipcheck upload check\n');
  const type = extension === 'docx' ? DOCX_TYPE : 'application/octet-stream';
  const { body, contentType } = multipartUpload(check.field, check.filename, content, type, check.form);
  let response: HttpResponse;
  try {
    response = await send(
      { method: 'POST', url: check.url, headers: { ...check.headers, 'content-type': contentType }, body },
      context.timeoutMs,
      context.dispatcher,
    );
  } catch (error) {
    return unreachable(
      check,
      check.url,
      started,
      error,
      'http-unreachable',
      'check the upload URL',
      `POST ${check.url}: `,
    );
  }
  const problems: Problem[] = [];
  const unmet = expectationProblems(response, check.expect);
  if (unmet.length > 0) {
    problems.push({
      rule: 'upload-failed',
      severity: 'error',
      message: `${check.name}: POST ${check.url}: ${unmet.join('; ')}`,
      fix: 'the response excerpt shows what the app answered',
    });
    return result(check, check.url, started, problems, unmet.join('; '), { excerpt: excerpt(response.body) });
  }
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    problems.push({
      rule: 'upload-failed',
      severity: 'error',
      message: `${check.name}: the response is not JSON, so the stored name cannot be read`,
      fix: `answer the upload with JSON holding the stored name at ${check.storedNamePath}`,
    });
    return result(check, check.url, started, problems, 'not JSON', { excerpt: excerpt(response.body) });
  }
  const stored = jsonValues(json, check.storedNamePath)[0];
  if (typeof stored !== 'string') {
    problems.push({
      rule: 'upload-failed',
      severity: 'error',
      message: `${check.name}: ${check.storedNamePath} is ${JSON.stringify(stored) ?? 'missing'} in the response`,
      fix: 'set stored-name to the JSONPath of the stored file name',
    });
  } else if (extension && extensionOf(stored) !== extension) {
    problems.push({
      rule: 'upload-extension-lost',
      severity: 'error',
      message: `${check.name}: '${check.filename}' was stored as '${stored}', without its .${extension} extension`,
      fix: "werkzeug's secure_filename drops every non-ASCII character (secure_filename('陈熙蕾.docx') == 'docx'): keep the extension separately, e.g. f\"{uuid4().hex}{Path(file.filename).suffix.lower()}\"",
    });
  }
  if (check.typePath && check.expectType) {
    const detected = jsonValues(json, check.typePath)[0];
    if (detected !== check.expectType) {
      problems.push({
        rule: 'upload-type-wrong',
        severity: 'error',
        message: `${check.name}: the app detected ${JSON.stringify(detected)}, expected ${check.expectType}`,
        fix: 'detect the type from the content (python-magic) or the kept extension',
      });
    }
  }
  return result(
    check,
    check.url,
    started,
    problems,
    `stored as ${JSON.stringify(stored)}`,
    problems.length ? { excerpt: excerpt(response.body) } : {},
  );
}

// ---- version ----

export function shaMatches(reported: string, expected: string): boolean {
  const a = reported.trim().toLowerCase();
  const b = expected.trim().toLowerCase();
  if (!/^[0-9a-f]{7,40}$/.test(a)) return false;
  return a.length >= 7 && (b.startsWith(a) || a.startsWith(b));
}

export async function runVersionHttp(check: VersionCheck, context: RunContext): Promise<CheckResult> {
  const started = performance.now();
  const url = check.url!;
  let response: HttpResponse;
  try {
    response = await send({ method: 'GET', url }, context.timeoutMs, context.dispatcher);
  } catch (error) {
    return unreachable(check, url, started, error, 'version-unknown', 'check version-url', `GET ${url}: `);
  }
  let reported: unknown;
  if (check.header) reported = response.headers[check.header];
  else if (check.jsonPath) {
    try {
      reported = jsonValues(JSON.parse(response.body), check.jsonPath)[0];
    } catch {
      reported = undefined;
    }
  } else reported = response.body.trim();
  return versionResult(
    check,
    url,
    started,
    typeof reported === 'string' ? reported : undefined,
    excerpt(response.body, 120),
  );
}

export function versionResult(
  check: VersionCheck,
  target: string,
  started: number,
  reported: string | undefined,
  context?: string,
): CheckResult {
  if (!reported) {
    return result(
      check,
      target,
      started,
      [
        {
          rule: 'version-unknown',
          severity: 'error',
          message: `${check.name}: ${target} reports no commit${check.jsonPath ? ` at ${check.jsonPath}` : check.header ? ` in header ${check.header}` : ''}${context ? ` (answered: ${context})` : ''}`,
          fix: 'expose the commit: write GIT_SHA at build time and answer it on /version, or read it over SSH (version.ssh: true)',
        },
      ],
      'no commit reported',
    );
  }
  if (!shaMatches(reported, check.expectSha)) {
    return result(
      check,
      target,
      started,
      [
        {
          rule: 'version-mismatch',
          severity: 'error',
          message: `${check.name}: the server runs ${reported.slice(0, 40)}, not ${check.expectSha}`,
          fix: 'the deploy did not switch (see the ssh-deploy summary), or another deploy ran after it',
        },
      ],
      `runs ${reported.slice(0, 12)}`,
    );
  }
  return result(check, target, started, [], `runs ${reported.slice(0, 12)}`);
}
