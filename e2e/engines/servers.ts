/**
 * What the engine checks are served from, on the ports given (see run.ts):
 * - the built site, by scripts/serve.ts behind a small proxy that adds `report-uri` to each page's
 *   Content-Security-Policy header, so that every engine reports a violation the same way, with no
 *   protocol support needed (classic WebDriver has no console or CSP events);
 * - a host article on another origin (127.0.0.1) with snippets pasted as the Share panel gives them, one
 *   2,000 px below the fold;
 * - a copy of the site on its own origin for the service worker, which can be taken off the network.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.ts';

export interface Servers {
  site: string;
  host: string;
  offline: { origin: string; cut(): Promise<void>; restore(): Promise<void> };
  cspReports(): string[];
  close(): Promise<void>;
}

const closeServer = (server: Server) =>
  new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

function listen(server: Server, port: number, address: string): Promise<void> {
  return new Promise((done, failed) => {
    server.once('error', failed);
    server.listen(port, address, () => done());
  });
}

/** The snippet the Share panel gives (iframe with a fixed height, loading="lazy", and the host script). */
function snippet(site: string, id: string): string {
  return (
    `<iframe data-chart="${id}" src="${site}/embed/${id}/" title="Chart: ${id}" width="100%" height="854" ` +
    `style="border:0;width:100%" loading="lazy"></iframe>\n<script src="${site}/embed-host.js" async></script>`
  );
}

export async function startServers(dist: string, ports: number[]): Promise<Servers> {
  const [sitePort = 4341, hostPort = 4342, offlinePort = 4343, innerPort = 4345] = ports;
  const site = `http://localhost:${sitePort}`;
  const inner = await serve(dist, innerPort);
  const reports: string[] = [];
  const proxy = createServer((incoming, outgoing) => {
    if (incoming.url === '/__csp') {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => {
        reports.push(body);
        outgoing.writeHead(204).end();
      });
      return;
    }
    const forward = request(
      { host: '127.0.0.1', port: innerPort, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        const headers = { ...answer.headers };
        const policy = headers['content-security-policy'];
        if (typeof policy === 'string') headers['content-security-policy'] = `${policy}; report-uri /__csp`;
        outgoing.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(forward);
  });
  await listen(proxy, sitePort, '127.0.0.1');

  const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font: 18px/1.5 Georgia, serif; max-width: 44rem; margin: 1rem auto; padding: 0 1rem; }</style>
</head><body><h1>An article that embeds charts</h1>
<p>Some words.</p>
${snippet(site, 'arrivals-by-year')}
<p>More words.</p>
${snippet(site, 'initial-asylum-grants')}
<div style="height: 2000px">Much more of the article.</div>
${snippet(site, 'people-per-boat')}
</body></html>`;
  const host = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
  });
  await listen(host, hostPort, '127.0.0.1');

  const copy = mkdtempSync(join(tmpdir(), 'crossings-engines-offline-'));
  cpSync(dist, copy, { recursive: true });
  let offline: Server | undefined = await serve(copy, offlinePort);

  return {
    site,
    host: `http://127.0.0.1:${hostPort}`,
    offline: {
      origin: `http://localhost:${offlinePort}`,
      async cut() {
        if (offline) await closeServer(offline);
        offline = undefined;
      },
      async restore() {
        offline ??= await serve(copy, offlinePort);
      },
    },
    cspReports: () => reports.splice(0),
    async close() {
      await Promise.all([proxy, host, inner, ...(offline ? [offline] : [])].map(closeServer));
      rmSync(copy, { recursive: true, force: true });
    },
  };
}
