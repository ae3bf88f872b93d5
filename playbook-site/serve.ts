// Serves the built playbook on 127.0.0.1: used by `npm start` and the e2e tests.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const DEFAULT_SITE_DIR = fileURLToPath(new URL('./dist/', import.meta.url));

/** The file a URL path maps to inside `root`, or null when it would leave it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path.endsWith('/')) path += 'index.html';
  const full = resolve(root, `.${normalize(`/${path}`)}`);
  const base = resolve(root);
  return full === base || full.startsWith(base + sep) ? full : null;
}

export async function servePlaybook(
  port = 0,
  root: string = DEFAULT_SITE_DIR,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const file =
      req.method === 'GET' || req.method === 'HEAD' ? resolveStaticPath(root, req.url ?? '/') : null;
    let size = -1;
    try {
      if (file) {
        const st = statSync(file);
        if (st.isFile()) size = st.size;
      }
    } catch {
      // Missing file: 404 below.
    }
    if (!file || size < 0) {
      res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405, {
        'content-type': 'text/plain; charset=utf-8',
      });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(size),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () =>
      new Promise<void>((ok) => {
        // Browsers keep connections alive; without this, close() would wait for them.
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
