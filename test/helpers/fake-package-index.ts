import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRelease {
  yanked?: boolean;
  yanked_reason?: string;
  files: string[];
}

/**
 * A local HTTP server speaking PyPI's JSON API (/pypi/NAME/json, /pypi/NAME/VERSION/json) and OSV's
 * /v1/querybatch. `hang: true` accepts connections and never answers, to exercise timeouts.
 */
export class FakePackageIndex {
  readonly requests: string[] = [];
  private server?: Server;
  url = '';

  constructor(
    private readonly releases: Record<string, Record<string, FakeRelease>>,
    private readonly vulnerabilities: Record<string, string[]> = {},
    private readonly options: { hang?: boolean } = {},
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.requests.push(`${req.method} ${req.url}`);
      if (this.options.hang) return; // never answer
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const send = (status: number, payload: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(payload));
        };
        const url = new URL(req.url ?? '/', 'http://x');
        const release = /^\/pypi\/([^/]+)\/([^/]+)\/json$/.exec(url.pathname);
        const project = /^\/pypi\/([^/]+)\/json$/.exec(url.pathname);
        if (req.method === 'GET' && release) {
          const name = decodeURIComponent(release[1]!).toLowerCase();
          const found = this.releases[name]?.[decodeURIComponent(release[2]!)];
          if (!found) return send(404, { message: 'Not Found' });
          return send(200, {
            info: {
              name,
              version: release[2],
              yanked: found.yanked ?? false,
              yanked_reason: found.yanked_reason ?? null,
            },
            urls: found.files.map((filename) => ({
              filename,
              packagetype: filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist',
            })),
          });
        }
        if (req.method === 'GET' && project) {
          const versions = Object.keys(this.releases[decodeURIComponent(project[1]!).toLowerCase()] ?? {});
          if (versions.length === 0) return send(404, { message: 'Not Found' });
          return send(200, { info: { version: versions[versions.length - 1] } });
        }
        if (req.method === 'POST' && url.pathname === '/v1/querybatch') {
          const { queries } = JSON.parse(body) as {
            queries: Array<{ package: { name: string }; version: string }>;
          };
          return send(200, {
            results: queries.map((q) => ({
              ...(this.vulnerabilities[`${q.package.name.toLowerCase()}==${q.version}`]
                ? {
                    vulns: this.vulnerabilities[`${q.package.name.toLowerCase()}==${q.version}`]!.map(
                      (id) => ({ id, modified: '2024-01-01T00:00:00Z' }),
                    ),
                  }
                : {}),
            })),
          });
        }
        send(404, { message: 'Not Found' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
