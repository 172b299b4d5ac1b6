// Smoke test of the release build: it loads, mounts, shows the FY2024 grand
// total (2,126.2億円, NISC's published figure) and logs no errors — at the site
// root and under a sub-path, as a ministry site would host it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SUBPATH_PREFIX, isFaviconUrl, useApp } from './harness.mjs';

// The figure as the finished app formats it (thousands separator, 億円 unit).
const GRAND_TOTAL = '2,126.2';

describe('built at the root (public_url "/")', () => {
  const app = useApp();

  test('shows the FY2024 grand total with no browser errors', async () => {
    const { page, errors } = await app.open('');
    await app.screenshot(page, 'smoke-root');
    const text = await app.mainText(page);
    assert.ok(text.includes(GRAND_TOTAL), `main should show ${GRAND_TOTAL}; it shows:\n${text.slice(0, 600)}`);
    assert.deepEqual(errors.all(), []);
  });
});

describe(`built for a sub-path (public_url "${SUBPATH_PREFIX}")`, () => {
  const app = useApp({ subpath: true });

  test('loads its assets under the sub-path and renders the same total', async () => {
    const { page, errors } = await app.open('');
    await app.screenshot(page, 'smoke-subpath');

    const text = await app.mainText(page);
    assert.ok(text.includes(GRAND_TOTAL), `main should show ${GRAND_TOTAL}; it shows:\n${text.slice(0, 600)}`);
    assert.deepEqual(errors.all(), []);

    // Every request stayed under the prefix and succeeded; the module and its
    // wasm came from there (a build for "/" would ask for /<name>.wasm and 404).
    // The browser's own /favicon.ico request goes to the host's root, not to us.
    const requests = app.server.requests.filter((r) => !isFaviconUrl(r.path));
    assert.deepEqual(
      requests.filter((r) => r.status >= 400 || !r.path.startsWith(SUBPATH_PREFIX)),
      [],
    );
    assert.ok(requests.some((r) => r.path.endsWith('.wasm') && r.status === 200), 'the .wasm was fetched');
    assert.ok(requests.some((r) => r.path.endsWith('.js') && r.status === 200), 'the JS loader was fetched');

    // The router kept the address under the prefix (no doubled prefix, leptos#2513).
    const { pathname } = new URL(page.url());
    assert.ok(pathname.startsWith(SUBPATH_PREFIX), `address ${pathname} left ${SUBPATH_PREFIX}`);
    assert.ok(!pathname.includes(`${SUBPATH_PREFIX}${SUBPATH_PREFIX.slice(1)}`), `doubled prefix in ${pathname}`);
  });
});
