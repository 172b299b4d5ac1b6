// A tiny static file server for the browser tests: serves one directory (a
// Trunk dist) under a URL prefix such as "/" or "/cyber/budget/", on 127.0.0.1
// with an ephemeral port. No dependencies beyond Node itself.
//
//   const server = await startStaticServer({ root: '/abs/dist', prefix: '/cyber/budget/' });
//   server.url        // "http://127.0.0.1:40123/cyber/budget/"
//   server.requests   // [{ method, path, status }] of every request so far
//   await server.close();
//
// Rules, as a plain static host would apply them:
// - a path outside the prefix is 404; so is a missing file (no SPA rewrite: the
//   app is one page, and a 404 for a mistyped asset path must stay visible);
// - the prefix itself ("/cyber/budget/", and "/cyber/budget" without the slash,
//   which redirects) serves index.html;
// - the Content-Type comes from the extension (application/wasm for .wasm, or
//   the browser's streaming compile refuses the module).

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** Content types by file extension; anything else is application/octet-stream. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Normalises a URL prefix to start and end with "/" ("cyber/budget" -> "/cyber/budget/"). */
export function normalisePrefix(prefix = '/') {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

/**
 * Starts serving `root` under `prefix`. Resolves once listening.
 * @param {{ root: string, prefix?: string, host?: string, port?: number }} options
 */
export async function startStaticServer({ root, prefix = '/', host = '127.0.0.1', port = 0 }) {
  const rootDir = path.resolve(root);
  const base = normalisePrefix(prefix);
  const requests = [];

  const server = createServer(async (req, res) => {
    const record = (status) => requests.push({ method: req.method, path: req.url, status });
    const send = (status, body, headers = {}) => {
      record(status);
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (`${pathname}/` === base) {
      return send(301, 'moved\n', { Location: base });
    }
    if (!pathname.startsWith(base)) {
      return send(404, `not found: ${pathname} is outside ${base}\n`);
    }

    let relative = pathname.slice(base.length);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = path.resolve(rootDir, relative);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      return send(404, 'not found\n');
    }

    let info;
    try {
      info = await stat(file);
    } catch {
      return send(404, `not found: ${pathname}\n`);
    }
    if (!info.isFile()) return send(404, `not found: ${pathname}\n`);

    record(200);
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actualPort } = server.address();
  const origin = `http://${host}:${actualPort}`;

  return {
    origin,
    prefix: base,
    url: `${origin}${base}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
