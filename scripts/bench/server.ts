/**
 * A static server for the benchmark and the Lighthouse audit, on a spare local port: files from a built
 * site, extra routes laid over it, the headers its _headers file gives each path, and gzip for text when
 * the browser asks for it (as a real host sends it), so the bytes measured are the bytes a reader downloads.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeaders, rulesFor } from '../lib/headers.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};
const compressible = new Set(['.html', '.css', '.js', '.csv', '.svg', '.xml']);

export interface Route {
  /** The file's name, for its content type. */
  name: string;
  body: Buffer;
}

export async function startServer(
  root: string,
  routes: Record<string, Route>,
): Promise<{ server: Server; origin: string }> {
  const gzipped = new Map<string, Buffer>();
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let route = routes[path];
    if (!route) {
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile())
        route = { name: file, body: readFileSync(file) };
    }
    if (!route) {
      response.writeHead(404).end('Not found');
      return;
    }
    const ext = extname(route.name);
    const headers: Record<string, string> = {
      'content-type': types[ext] ?? 'application/octet-stream',
    };
    for (const rule of rulesFor(rules, path))
      for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
    let body = route.body;
    if (compressible.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${path}\0${route.name}`;
      body = gzipped.get(key) ?? gzipSync(route.body);
      gzipped.set(key, body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The bench server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
