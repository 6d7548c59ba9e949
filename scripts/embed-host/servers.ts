// Two plain HTTP servers on 127.0.0.1 for trying embeds as another site would (tests/e2e/embed.test.ts
// and scripts/bench-embed.ts): the built app as static files under a sub-path (no compression,
// Content-Length, as a plain static server sends them) and a "host page" server on another port,
// i.e. another origin, serving pages given as HTML text.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.map': 'application/json', '.duckdb': 'application/octet-stream', '.parquet': 'application/octet-stream',
};

export interface Running { server: Server; origin: string; close(): Promise<void> }

async function listen(server: Server): Promise<Running> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    server,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** `dir` under `prefix` (e.g. '/nianbao/'); anything else 404. */
export function serveStatic(dir: string, prefix: string): Promise<Running> {
  const root = resolve(dir);
  return listen(createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.startsWith(prefix) ? resolve(root, `.${path.slice(prefix.length - 1)}${path.endsWith('/') ? 'index.html' : ''}`) : '';
    if (!file || !file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size, 'cache-control': 'max-age=3600' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }));
}

/** Pages by path (HTML text, changeable while running). */
export function serveHostPages(pages: Map<string, string>): Promise<Running> {
  return listen(createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (html === undefined) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
    res.end(html);
  }));
}

/** A host page holding the given snippets (iframes and scripts), one per section. */
export function hostPage(snippets: readonly string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>host</title><link rel="icon" href="data:,"><style>body{margin:0;font-family:sans-serif} section{margin:0 0 12px}</style></head><body>
<script>window.__resizeMessages = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'nianbao:resize') {
  const f = [...document.querySelectorAll('iframe')].findIndex((x) => x.contentWindow === e.source); window.__resizeMessages.push({ frame: f, height: e.data.height }); } });</script>
${snippets.map((s) => `<section>${s}</section>`).join('\n')}
</body></html>`;
}
