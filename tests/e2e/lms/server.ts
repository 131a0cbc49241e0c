import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

/**
 * A stand-in for the learning platform's web server, on this machine only: it serves an unpacked package from
 * dist/lms/ under /pakke/, the SCORM harness (tests/lms) with scorm-again under /lms/ and /scorm-again/, takes
 * scorm-again's commits at /lms/commit, and is a small LRS for cmi5 under /lrs/. A test can make it refuse
 * (`down`), and reads what it recorded.
 */
export interface LmsServer {
  url: string;
  /** Unpacks dist/lms/<path> under /pakke/; returns the package's file names. */
  load(zipPath: string): string[];
  /** One file of the unpacked package. */
  file(path: string): Uint8Array;
  /** What scorm-again committed, in order (its JSON commit objects). */
  commits: Array<Record<string, unknown>>;
  /** What the cmi5 AU sent, in order: statements as received. */
  statements: Array<Record<string, unknown>>;
  /** State API documents by stateId. */
  states: Map<string, string>;
  /** Every request the server saw (path and method), for "nothing else was asked for". */
  requests: string[];
  /** While true, commits and LRS calls answer 503. */
  down: boolean;
  /** cmi5: the LMS.LaunchData document the platform wrote before launching. */
  launchData: Record<string, unknown> | undefined;
  /** cmi5: how often the fetch URL was called. */
  fetches: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  xml: 'application/xml',
  xsd: 'application/xml',
  dtd: 'application/xml-dtd',
};

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startLmsServer(): Promise<LmsServer> {
  let files: Record<string, Uint8Array> = {};
  const send = (res: ServerResponse, status: number, content: string | Uint8Array = '', type = 'text/plain') => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(content);
  };
  const server: LmsServer = {
    url: '',
    commits: [],
    statements: [],
    states: new Map(),
    requests: [],
    down: false,
    launchData: undefined,
    fetches: 0,
    load(zipPath) {
      files = unzipSync(readFileSync(join('dist/lms', zipPath)));
      return Object.keys(files);
    },
    file(path) {
      const found = files[path];
      if (!found) throw new Error(`The package has no ${path}`);
      return found;
    },
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };

  async function lrs(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (server.down) return send(res, 503, 'down');
    const path = url.pathname.replace(/^\/lrs/, '');
    const json = (value: unknown) => send(res, 200, JSON.stringify(value), 'application/json');
    if (path === '/fetch' && req.method === 'POST') {
      server.fetches += 1;
      return json(
        server.fetches === 1 ? { 'auth-token': 'dGVzdDp0ZXN0' } : { 'error-code': '1', 'error-text': 'used' },
      );
    }
    if (path === '/statements' && (req.method === 'POST' || req.method === 'PUT')) {
      const received = JSON.parse(await body(req)) as Record<string, unknown> | Array<Record<string, unknown>>;
      const list = Array.isArray(received) ? received : [received];
      for (const statement of list)
        if (!server.statements.some((s) => s.id === statement.id)) server.statements.push(statement);
      return req.method === 'PUT' ? send(res, 204) : json(list.map((s) => s.id));
    }
    if (path === '/activities/state') {
      const stateId = url.searchParams.get('stateId') ?? '';
      if (stateId === 'LMS.LaunchData') return json(server.launchData);
      if (req.method === 'GET') {
        const held = server.states.get(stateId);
        return held === undefined ? send(res, 404) : send(res, 200, held, 'text/plain');
      }
      server.states.set(stateId, await body(req));
      return send(res, 204);
    }
    if (path === '/agents/profile') return send(res, 404);
    return send(res, 400, `unknown LRS call ${req.method} ${path}`);
  }

  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    server.requests.push(`${req.method} ${url.pathname}`);
    void (async () => {
      if (url.pathname.startsWith('/lrs/')) return lrs(req, res, url);
      if (url.pathname === '/lms/commit') {
        const commit = JSON.parse(await body(req)) as Record<string, unknown>;
        if (server.down) return send(res, 503, JSON.stringify({ result: false, errorCode: 101 }), 'application/json');
        server.commits.push(commit);
        return send(res, 200, JSON.stringify({ result: true, errorCode: 0 }), 'application/json');
      }
      if (url.pathname === '/lms/scorm.html') return send(res, 200, readFileSync('tests/lms/scorm.html'), TYPES.html);
      const again = /^\/scorm-again\/(scorm12|scorm2004)\.min\.js$/.exec(url.pathname);
      if (again) return send(res, 200, readFileSync(`node_modules/scorm-again/dist/${again[1]}.min.js`), TYPES.js);
      if (url.pathname.startsWith('/pakke/')) {
        const file = files[decodeURIComponent(url.pathname.slice('/pakke/'.length))];
        return file
          ? send(res, 200, file, TYPES[url.pathname.split('.').pop() ?? ''] ?? 'application/octet-stream')
          : send(res, 404);
      }
      return send(res, 404);
    })();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return server;
}
