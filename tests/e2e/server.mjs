// A tiny static file server for the browser tests: serves one directory (a
// Trunk dist) under a URL prefix such as "/" or "/cyber/budget/", on 127.0.0.1
// with an ephemeral port. No dependencies beyond Node itself.
//
//   const server = await startStaticServer({ root: '/abs/dist', prefix: '/cyber/budget/' });
//   server.url        // "http://127.0.0.1:40123/cyber/budget/"
//   server.requests   // [{ method, path, status }] of every request so far
//   await server.close();
//
// Every response, errors and redirects included, carries STRICT_CSP (the policy a
// ministry site runs, README "Embedding") unless `csp` says otherwise, so no code path
// of the app escapes it. `pages` adds fixed documents (a host page for embedding tests).
//
// Rules, as a plain static host would apply them:
// - a path outside the prefix is 404; so is a missing file (no SPA rewrite: the
//   app is one page, and a 404 for a mistyped asset path must stay visible);
// - the prefix itself ("/cyber/budget/", and "/cyber/budget" without the slash,
//   which redirects) serves index.html;
// - the Content-Type comes from the extension (application/wasm for .wasm, or
//   the browser's streaming compile refuses the module);
// - with `gzip: true` (the benchmark, tests/bench/bench.mjs), text, JS and wasm go out
//   gzip-compressed (level 9) to a client that accepts it, as a static host would send them.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** The strict policy every response carries: no inline script or style anywhere. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Normalises a URL prefix to start and end with "/" ("cyber/budget" -> "/cyber/budget/"). */
export function normalisePrefix(prefix = '/') {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

/**
 * Starts serving `root` under `prefix`. Resolves once listening.
 * @param {{ root?: string, prefix?: string, host?: string, port?: number, csp?: string|null,
 *   headers?: Record<string,string>, pages?: Record<string, {body: string, csp?: string}> }} options
 *   csp: the Content-Security-Policy of every response (null: none);
 *   headers: more headers on every response (e.g. Access-Control-Allow-Origin);
 *   pages: path -> a fixed HTML document (with its own policy if given);
 *   gzip: compress responses whose type compresses (not images) when the request accepts gzip.
 */
export async function startStaticServer({
  root = null,
  prefix = '/',
  host = '127.0.0.1',
  port = 0,
  csp = STRICT_CSP,
  headers: extraHeaders = {},
  pages = {},
  gzip = false,
}) {
  const rootDir = root ? path.resolve(root) : null;
  const base = normalisePrefix(prefix);
  const requests = [];
  const policy = (value) => (value ? { 'Content-Security-Policy': value } : {});

  const compressed = new Map(); // file path -> gzip bytes, so each file is compressed once
  const compresses = (type) => !type.startsWith('image/') || type.startsWith('image/svg');
  const wantsGzip = (req, type) => gzip && compresses(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');

  const server = createServer(async (req, res) => {
    const record = (status) => requests.push({ method: req.method, path: req.url, status });
    const send = (status, body, headers = {}) => {
      record(status);
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...policy(csp), ...extraHeaders, ...headers });
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
    const fixed = pages[pathname];
    if (fixed && wantsGzip(req, 'text/html')) {
      return send(200, gzipSync(fixed.body, { level: 9 }), {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
        'Cache-Control': 'no-store',
        ...policy(fixed.csp ?? csp),
      });
    }
    if (fixed) {
      return send(200, fixed.body, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...policy(fixed.csp ?? csp),
      });
    }
    if (!rootDir) return send(404, `not found: ${pathname}\n`);
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

    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (wantsGzip(req, type)) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(await readFile(file), { level: 9 }));
      const body = compressed.get(file);
      record(200);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        ...policy(csp),
        ...extraHeaders,
      });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    record(200);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
      ...policy(csp),
      ...extraHeaders,
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
