import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
}

interface Comment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string };
}

/**
 * A local HTTP server that speaks the slice of GitHub's REST API the sticky comment uses: list issue
 * comments (paginated with Link headers, 100 at most per page), create one, update one. It checks the token.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, Comment[]>();
  private nextId = 1000;
  private server?: Server;
  url = '';

  constructor(private readonly token: string) {}

  seedComments(issue: number, bodies: string[]): void {
    const list = this.comments.get(issue) ?? [];
    for (const body of bodies) list.push(this.makeComment(body));
    this.comments.set(issue, list);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private makeComment(body: string): Comment {
    const id = this.nextId++;
    return {
      id,
      body,
      html_url: `https://github.test/acme/resume-app/pull/1#issuecomment-${id}`,
      user: { login: 'github-actions[bot]' },
    };
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk.toString()));
      req.on('end', () => resolve(data));
    });
    const url = new URL(req.url ?? '/', this.url);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      body,
    });

    if (
      req.headers.authorization !== `token ${this.token}` &&
      req.headers.authorization !== `Bearer ${this.token}`
    ) {
      return {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
      };
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list && req.method === 'GET') {
      const comments = this.comments.get(Number(list[3])) ?? [];
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = comments.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < comments.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      return { status: 200, body: slice, headers };
    }
    if (list && req.method === 'POST') {
      const comment = this.makeComment(String(body?.body ?? ''));
      this.comments.set(Number(list[3]), [...(this.comments.get(Number(list[3])) ?? []), comment]);
      return { status: 201, body: comment };
    }
    const single = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (single && req.method === 'PATCH') {
      for (const comments of this.comments.values()) {
        const comment = comments.find((c) => c.id === Number(single[3]));
        if (comment) {
          comment.body = String(body?.body ?? '');
          return { status: 200, body: comment };
        }
      }
      return { status: 404, body: { message: 'Not Found' } };
    }
    return { status: 404, body: { message: 'Not Found' } };
  }
}
