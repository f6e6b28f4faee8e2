/**
 * Serves a built site as a static host would: files from dist/ (or --dir), `/path/` → `/path/index.html`,
 * the site's 404 page, and the headers public/_headers gives each path. A build for a base path
 * (CROSSINGS_BASE, e.g. /crossings/) is served under it, as a project page would be. Used by `npm start`,
 * the browser tests and the screenshot and benchmark scripts; unlike `astro preview`, several can run at
 * once.
 * Usage: node scripts/serve.ts [--dir dist] [--port 4321]
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { basePath, stripBase } from './lib/base.ts';
import { headersForPath, parseHeaders } from './lib/headers.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export function serve(dir: string, port: number, base = basePath): Promise<Server> {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // Inside the base path, files from the folder's root; outside it, nothing (the 404 page).
    const inside = path === base.slice(0, -1) ? '' : (stripBase(path, base) ?? '/404-outside-the-base-path');
    let file = normalize(join(root, inside));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!inside.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const body = found
      ? readFileSync(file)
      : existsSync(join(root, '404.html'))
        ? readFileSync(join(root, '404.html'))
        : 'Not found';
    const headers: Record<string, string> = {
      'content-type': found ? (types[extname(file)] ?? 'application/octet-stream') : (types['.html'] ?? ''),
      ...headersForPath(rules, path),
    };
    response.writeHead(found ? 200 : 404, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolveServer) => server.listen(port, '127.0.0.1', () => resolveServer(server)));
}

if (import.meta.main) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > -1 ? process.argv[i + 1] : undefined;
  };
  const dir = arg('--dir') ?? 'dist';
  const port = Number(arg('--port') ?? 4321);
  await serve(dir, port);
  console.log(`Serving ${dir} at http://localhost:${port}${basePath}`);
}
