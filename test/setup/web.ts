import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/ports.js';
import { startServerProcess, stopChild } from '../helpers/processes.js';
import { REPO_ROOT } from '../helpers/run-action.js';

export interface FlaskApp {
  port: number;
  url: string;
  stop: () => Promise<void>;
}

/** test/fixtures/verify-app with Debian's python3-flask on 127.0.0.1; `buggy` stores uploads under secure_filename. */
export async function startFlask(
  options: { buggy?: boolean; env?: Record<string, string>; port?: number } = {},
): Promise<FlaskApp> {
  const port = options.port ?? (await freePort());
  const uploads = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-uploads-'));
  const { child } = await startServerProcess(
    '/usr/bin/python3',
    [
      path.join(REPO_ROOT, 'test/fixtures/verify-app/app.py'),
      String(port),
      ...(options.buggy ? ['buggy'] : []),
    ],
    { host: '127.0.0.1', port, what: 'the Flask app' },
    { env: { PATH: '/usr/bin:/bin', UPLOAD_DIR: uploads, ...options.env } },
  );
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopChild(child, 5000);
      rmSync(uploads, { recursive: true, force: true });
    },
  };
}

export interface TestCertificates {
  dir: string;
  ca: string;
  /** leaf + intermediate, for app.test (and 127.0.0.1) */
  fullchain: string;
  /** the leaf alone: a server that omits its intermediate */
  leafOnly: string;
  key: string;
  /** expired leaf for app.test, + intermediate */
  expired: string;
  /** valid leaf for other.test, + intermediate */
  wrongHost: string;
}

/** A test CA, an intermediate, and leaves (valid, expired, another host name), made with openssl. */
export function makeCertificates(): TestCertificates {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-certs-'));
  const f = (name: string) => path.join(dir, name);
  const ssl = (...args: string[]) =>
    execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  ssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.crt'),
    '-days',
    '60',
    '-subj',
    '/CN=shipcheck test root',
  );
  writeFileSync(
    f('int.ext'),
    'basicConstraints=critical,CA:true,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n',
  );
  ssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('int.key'),
    '-out',
    f('int.csr'),
    '-subj',
    '/CN=shipcheck test intermediate',
  );
  ssl(
    'x509',
    '-req',
    '-in',
    f('int.csr'),
    '-CA',
    f('ca.crt'),
    '-CAkey',
    f('ca.key'),
    '-CAcreateserial',
    '-out',
    f('int.crt'),
    '-days',
    '60',
    '-extfile',
    f('int.ext'),
  );
  ssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('leaf.key'),
    '-out',
    f('leaf.csr'),
    '-subj',
    '/CN=app.test',
  );
  const leafExt = (names: string) =>
    `basicConstraints=CA:false\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=${names}\n`;
  writeFileSync(f('leaf.ext'), leafExt('DNS:app.test,IP:127.0.0.1'));
  writeFileSync(f('other.ext'), leafExt('DNS:other.test'));
  // leaves signed by the intermediate, valid 45 days
  const signLeaf = (out: string, extensions: string) =>
    ssl(
      'x509',
      '-req',
      '-in',
      f('leaf.csr'),
      '-CA',
      f('int.crt'),
      '-CAkey',
      f('int.key'),
      '-CAcreateserial',
      '-out',
      f(out),
      '-days',
      '45',
      '-extfile',
      f(extensions),
    );
  signLeaf('leaf.crt', 'leaf.ext');
  signLeaf('other.crt', 'other.ext');
  // an expired leaf: `openssl ca` is the 3.0 tool that takes explicit start and end dates
  mkdirSync(f('newcerts'));
  writeFileSync(f('index.txt'), '');
  writeFileSync(f('serial'), '1000\n');
  writeFileSync(
    f('ca.cnf'),
    `[ca]\ndefault_ca=test\n[test]\ndir=${dir}\ndatabase=${f('index.txt')}\nnew_certs_dir=${f('newcerts')}\nserial=${f('serial')}\ndefault_md=sha256\npolicy=any\nunique_subject=no\n[any]\ncommonName=supplied\n`,
  );
  ssl(
    'ca',
    '-batch',
    '-config',
    f('ca.cnf'),
    '-cert',
    f('int.crt'),
    '-keyfile',
    f('int.key'),
    '-in',
    f('leaf.csr'),
    '-out',
    f('expired.crt'),
    '-startdate',
    '20240101000000Z',
    '-enddate',
    '20240201000000Z',
    '-extfile',
    f('leaf.ext'),
    '-notext',
  );
  const cat = (out: string, ...files: string[]) => {
    writeFileSync(f(out), files.map((name) => execFileSync('cat', [f(name)]).toString()).join(''));
    return f(out);
  };
  return {
    dir,
    ca: f('ca.crt'),
    fullchain: cat('fullchain.pem', 'leaf.crt', 'int.crt'),
    leafOnly: f('leaf.crt'),
    key: f('leaf.key'),
    expired: cat('expired-chain.pem', 'expired.crt', 'int.crt'),
    wrongHost: cat('other-chain.pem', 'other.crt', 'int.crt'),
  };
}

export interface Nginx {
  /** https ports */
  good: number;
  leafOnly: number;
  expired: number;
  wrongHost: number;
  /** http: 301 to https, and one that serves plain http */
  redirect: number;
  noRedirect: number;
  certs: TestCertificates;
  stop: () => Promise<void>;
}

/** nginx on 127.0.0.1 terminating TLS in front of the Flask app, one port per certificate scenario. */
export async function startNginx(upstream: number): Promise<Nginx> {
  const certs = makeCertificates();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipcheck-nginx-'));
  const ports = {
    good: await freePort(),
    leafOnly: await freePort(),
    expired: await freePort(),
    wrongHost: await freePort(),
    redirect: await freePort(),
    noRedirect: await freePort(),
  };
  const tls = (port: number, cert: string, hsts: boolean) => `
  server {
    listen 127.0.0.1:${port} ssl;
    server_name app.test;
    ssl_certificate ${cert};
    ssl_certificate_key ${certs.key};
    ssl_protocols TLSv1.2 TLSv1.3;
    ${hsts ? 'add_header Strict-Transport-Security "max-age=31536000" always;' : ''}
    location / { proxy_pass http://127.0.0.1:${upstream}; proxy_set_header Host $host; }
  }`;
  const config = `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${tls(ports.good, certs.fullchain, true)}
  ${tls(ports.leafOnly, certs.leafOnly, true)}
  ${tls(ports.expired, certs.expired, true)}
  ${tls(ports.wrongHost, certs.wrongHost, true)}
  server { listen 127.0.0.1:${ports.redirect}; return 301 https://$host:${ports.good}$request_uri; }
  server { listen 127.0.0.1:${ports.noRedirect}; location / { proxy_pass http://127.0.0.1:${upstream}; } }
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), config);
  const { child } = await startServerProcess(
    '/usr/sbin/nginx',
    ['-c', path.join(dir, 'nginx.conf'), '-p', dir],
    { host: '127.0.0.1', port: ports.good, what: 'nginx' },
  );
  return {
    ...ports,
    certs,
    stop: async () => {
      await stopChild(child, 5000);
      rmSync(dir, { recursive: true, force: true });
      rmSync(certs.dir, { recursive: true, force: true });
    },
  };
}
