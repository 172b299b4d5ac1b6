// Shared by hostile-urls.test.mjs and measure-urls.mjs: the fixtures of issue 10, and a
// way to open a URL of a megabyte. Node's HTTP server refuses request lines over 16 KB
// (431), so a long URL is answered in the browser with the dist's own index.html; the
// script, wasm and styles still come from the server.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_ROOT } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** tests/e2e/fixtures/hostile-urls.json */
export const URLS = JSON.parse(readFileSync(path.join(HERE, 'fixtures', 'hostile-urls.json'), 'utf8'));

/** The query of a generated fixture: `prefix` then `k0=v&k1=v&…`. */
export function keysQuery({ prefix, keys }) {
  return prefix + Array.from({ length: keys }, (_, i) => `k${i}=v`).join('&');
}

/** `opts` for app.open() that serve a long URL's document without the server. */
export function longUrlOptions(dist = DIST_ROOT) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  return {
    timeout: 120000,
    async beforeGoto(page) {
      await page.route(
        (url) => url.search.length > 8000,
        (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    },
  };
}
