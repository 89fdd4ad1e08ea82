/**
 * A TLS profile in one handshake (seconds, not testssl's minutes): protocol, trust (system roots or a CA file),
 * a complete chain (the server sends its intermediates), hostname vs SAN, days until expiry.
 */
import { readFileSync } from 'node:fs';
import tls from 'node:tls';

export interface TlsProfile {
  protocol?: string;
  authorized: boolean;
  authorizationError?: string;
  /** subjects of the certificates the server sent, leaf first */
  chain: string[];
  validTo?: Date;
  daysLeft?: number;
  hostnameError?: string;
  subjectAltName?: string;
  ms: number;
}

export function tlsProfile(
  host: string,
  port: number,
  servername: string,
  options: { caFile?: string; timeoutMs: number },
): Promise<TlsProfile> {
  const started = performance.now();
  const ca = options.caFile ? readFileSync(options.caFile, 'utf8') : undefined;
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host,
      port,
      servername: /^[\d.]+$/.test(servername) ? undefined : servername,
      ca,
      rejectUnauthorized: false,
      minVersion: 'TLSv1',
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no TLS handshake within ${options.timeoutMs / 1000} s`));
    }, options.timeoutMs);
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new Error(
          error.code === 'ECONNREFUSED' ? 'connection refused (nothing listens there)' : error.message,
        ),
      );
    });
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const leaf = socket.getPeerCertificate(true);
      const chain: string[] = [];
      const seen = new Set<string>();
      // the issuer links the server sent (node links a self-issued root to itself)
      for (
        let cert: tls.DetailedPeerCertificate | undefined = leaf;
        cert && cert.fingerprint256 && !seen.has(cert.fingerprint256);
        cert = cert.issuerCertificate
      ) {
        seen.add(cert.fingerprint256);
        const cn = cert.subject?.CN;
        chain.push(Array.isArray(cn) ? cn.join(',') : (cn ?? JSON.stringify(cert.subject)));
      }
      const validTo = leaf.valid_to ? new Date(leaf.valid_to) : undefined;
      const identity = leaf.raw ? tls.checkServerIdentity(servername, leaf) : new Error('no certificate');
      resolve({
        protocol: socket.getProtocol() ?? undefined,
        authorized: socket.authorized,
        authorizationError: socket.authorizationError ? String(socket.authorizationError) : undefined,
        chain,
        validTo,
        daysLeft: validTo ? (validTo.getTime() - Date.now()) / 86_400_000 : undefined,
        hostnameError: identity ? identity.message : undefined,
        subjectAltName: leaf.subjectaltname,
        ms: performance.now() - started,
      });
      socket.end();
    });
  });
}
