/**
 * The HTTP health probe of the deploy gate. A URL on the server's own loopback (http://127.0.0.1:8000/health,
 * the usual case behind nginx) is requested through the SSH connection (forwardOut), so the app need not be
 * reachable from the runner; any other URL is requested directly. Every request has a timeout.
 */
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';

export interface ProbeResult {
  ok: boolean;
  /** `200`, or why there was no status */
  detail: string;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

export function isServerLocal(url: URL): boolean {
  return LOOPBACK.test(url.hostname);
}

export async function probeUrl(
  raw: string,
  forwardOut: (host: string, port: number) => Promise<Duplex>,
  timeoutMs = 5000,
): Promise<ProbeResult> {
  const url = new URL(raw);
  const secure = url.protocol === 'https:';
  const port = Number(url.port || (secure ? 443 : 80));
  const tunnel = isServerLocal(url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise<ProbeResult>((resolve) => {
    const done = (result: ProbeResult) => {
      clearTimeout(timer);
      resolve(result);
    };
    const options: http.RequestOptions = {
      method: 'GET',
      host,
      port,
      path: `${url.pathname}${url.search}`,
      headers: { 'user-agent': 'shipcheck-deploy-gate', host: url.host, connection: 'close' },
    };
    if (tunnel) {
      options.createConnection = ((
        _options: unknown,
        callback: (error: Error | null, socket?: Duplex) => void,
      ) => {
        forwardOut(host, port).then(
          (stream) =>
            callback(null, secure ? tls.connect({ socket: stream as never, servername: host }) : stream),
          (error: Error) => callback(error),
        );
        return undefined;
      }) as never;
    }
    const request = (secure ? https : http).request(options, (response) => {
      response.resume();
      const status = response.statusCode ?? 0;
      done({ ok: status >= 200 && status < 300, detail: `HTTP ${status}` });
    });
    const timer = setTimeout(() => {
      request.destroy();
      done({ ok: false, detail: `no answer within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) =>
      done({ ok: false, detail: error.code ?? error.message }),
    );
    request.end();
  });
}
