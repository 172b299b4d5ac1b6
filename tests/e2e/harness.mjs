// Helpers for the browser end-to-end tests (`node --test tests/e2e/`, run by
// `cargo xtask test` after it has built the dists). The app is loaded the way a
// visitor gets it: release build, plain static HTTP on 127.0.0.1, headless
// Debian Chromium (/usr/bin/chromium) driven by playwright-core.
//
// API
// ---
// Where the builds are (set by scripts/test.sh; the defaults match it):
//   DIST_ROOT        env CBE_DIST_ROOT, default <repo>/dist            built with public_url "/"
//   DIST_SUBPATH     env CBE_DIST_SUBPATH, default <repo>/target/dist-subpath
//   SUBPATH_PREFIX   env CBE_SUBPATH_PREFIX, default "/cyber/budget/"  its public_url
//   DIST_SYNTHETIC   env CBE_DIST_SYNTHETIC, default <repo>/target/dist-synthetic: a
//                    synthetic edition of 300 programs (paging.test.mjs,
//                    unicode-search.test.mjs)
//   ARTIFACTS_DIR    tests/e2e/artifacts (git-ignored): screenshots go here
//
// The usual way, one server + browser per test file, a fresh page per open():
//   import { test } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { useApp } from './harness.mjs';
//
//   const app = useApp();                        // or useApp({ subpath: true })
//   test('shows the grand total', async () => {
//     const { page, errors } = await app.open('?fy=2024');   // query string, '' for none
//     assert.match(await app.mainText(page), /2,126\.2/);
//     assert.deepEqual(errors.page, []);
//   });
//
// useApp({ subpath = false, dist, prefix, viewport, locale }) registers node:test
// before/after hooks (so call it at the top level of the file, or inside a
// describe) and returns:
//   app.server            the static server (url, origin, prefix, requests[]), after `before`
//   app.browser           the playwright Browser, after `before`
//   app.open(query, opts) -> { page, context, url, errors }: opens `server.url + query` in a
//                         new browser context and waits until the app has rendered
//                         (`main` exists and `#boot` is gone). opts: { viewport, locale,
//                         waitForApp = true, timeout = 20000, beforeGoto(page) — e.g. to
//                         page.route() a response, javaScriptEnabled = true, waitUntil =
//                         'load' ('domcontentloaded' while a routed .wasm is held back) }.
//                         Contexts close in `after`.
//   app.mainText(page)    innerText of <main>
//   app.screenshot(page, name)  full-page PNG at ARTIFACTS_DIR/<name>.png; returns the path
//
// `errors` collects, from the moment the page is created:
//   errors.console   console.error messages (a Rust panic arrives here: ui::fatal logs it)
//   errors.page      uncaught exceptions (pageerror)
//   errors.http      responses with status >= 400, as "404 http://…"
//   errors.failed    requests that failed outright (DNS, refused, aborted)
//   errors.csp       Content-Security-Policy violations (`securitypolicyviolation` events, in
//                    every frame of the page), as "<directive> blocked <uri> (<page>)"
//   errors.all()     all of the above in one array; assert.deepEqual(errors.all(), [])
// Every server sends the strict policy (server.mjs STRICT_CSP). useApp's `after` hook fails
// the file if any page it opened saw a violation, so no test can miss one; a test that
// expects one (a policy without 'wasm-unsafe-eval') opens its page with openPage() itself.
// cspReport() gives the count of pages watched and violations seen, for the closing note.
// The browser's own request for /favicon.ico is left out of all of them (isFaviconUrl).
//
// Lower-level pieces, for tests that need two servers or their own lifecycle:
//   startServer({ dist = DIST_ROOT, prefix = '/' }) -> server   (see server.mjs)
//   launchBrowser(extraArgs = [])                   -> Browser  (close it yourself)
//   openPage(browser, url, opts)                    -> { page, context, url, errors }
//   waitForApp(page, timeout = 20000)
//   mainText(page), screenshot(page, name), isFaviconUrl(url)
//   text(page, selector), waitForQuery(page, '?q=…'), waitForText(page, selector, '…')
//   waitForIdle(page)      until no task of the page is waiting (an idle callback)
//   axeViolations(page, { openDetails = true }) -> ["rule (n): help — html", …]
//
// No test sleeps. A test waits for the state it asserts (the address bar, a text, `#boot`
// gone, `aria-busy` removed, `cbe-pending` removed), or, to assert that something did NOT
// happen, for a positive sign that what could have done it has run (waitForIdle, or a later
// event handled after it). Where a test races one of the app's own timers (tasks.rs's
// 200 ms no-frame fallback, start.js's one-second wait for the first paint), it holds the
// page's clock with Playwright's `page.clock` (pauseAt, runFor) instead of hoping the
// machine is fast enough.

import { after, before } from 'node:test';
import { access, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from './server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');

export const DIST_ROOT = process.env.CBE_DIST_ROOT || path.join(REPO_ROOT, 'dist');
export const DIST_SUBPATH = process.env.CBE_DIST_SUBPATH || path.join(REPO_ROOT, 'target', 'dist-subpath');
export const DIST_SYNTHETIC = process.env.CBE_DIST_SYNTHETIC || path.join(REPO_ROOT, 'target', 'dist-synthetic');
export const SUBPATH_PREFIX = process.env.CBE_SUBPATH_PREFIX || '/cyber/budget/';
export const ARTIFACTS_DIR = path.join(HERE, 'artifacts');

/** The Debian browser; the tests never download one. */
export const CHROMIUM_PATH = process.env.CBE_CHROMIUM || '/usr/bin/chromium';

/** Flags for a quiet, reproducible headless run as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serves a dist directory under a URL prefix on 127.0.0.1 (ephemeral port). */
export async function startServer({ dist = DIST_ROOT, prefix = '/' } = {}) {
  try {
    await access(path.join(dist, 'index.html'));
  } catch {
    throw new Error(
      `no build in ${dist} (index.html missing): run \`cargo xtask test\`, which builds it, ` +
        `or \`cargo xtask dist --dist ${dist} --public-url ${prefix}\` before \`node --test tests/e2e/\``,
    );
  }
  return startStaticServer({ root: dist, prefix });
}

/** Launches headless Chromium with a fresh, temporary user-data-dir (playwright's default). */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** Waits until the app has mounted: `main` exists and the loading placeholder `#boot` is gone. */
export async function waitForApp(page, timeout = 20000) {
  await page.waitForSelector('main', { state: 'attached', timeout });
  await page.waitForSelector('#boot', { state: 'detached', timeout });
}

/**
 * Chromium asks every origin for /favicon.ico on its own. The app ships no icon
 * (the hosting site provides one), so that 404 is not an error of the app.
 */
export function isFaviconUrl(url) {
  return /\/favicon\.ico(\?|$)/.test(url);
}

const cspTally = { pages: 0, violations: 0 };

// One line per test file (each runs in its own process), for the closing note's count of
// pages checked under the strict policy.
process.on('exit', () => {
  if (cspTally.pages > 0) {
    const file = path.basename(process.argv[1] ?? 'e2e');
    console.log(`# csp: ${file}: ${cspTally.pages} pages watched, ${cspTally.violations} violations`);
  }
});

/** How many pages were watched for CSP violations in this process, and how many were seen. */
export function cspReport() {
  return { ...cspTally };
}

/**
 * Reports every `securitypolicyviolation` of the page and of its frames into errors.csp.
 * The listener is installed through the DevTools protocol, which no page policy blocks.
 */
async function watchCsp(page, errors) {
  cspTally.pages += 1;
  await page.exposeFunction('__cbeCspViolation', (text) => {
    cspTally.violations += 1;
    errors.csp.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cbeCspViolation?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.documentURI})`);
    });
  });
}

function collectErrors(page) {
  const errors = {
    console: [],
    page: [],
    http: [],
    failed: [],
    csp: [],
    all() {
      return [...this.console, ...this.page, ...this.http, ...this.failed, ...this.csp];
    },
  };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url || '';
    if (isFaviconUrl(where)) return;
    errors.console.push(where && !msg.text().includes(where) ? `${msg.text()} (${where})` : msg.text());
  });
  page.on('pageerror', (err) => errors.page.push(String(err?.stack || err)));
  page.on('response', (res) => {
    if (res.status() >= 400 && !isFaviconUrl(res.url())) errors.http.push(`${res.status()} ${res.url()}`);
  });
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? 'failed';
    // The browser fetches the page's icon lazily, after load; a reload or navigation right
    // then cancels it. That is not a failure of the app.
    if (reason === 'net::ERR_ABORTED' && /\/favicon[-.][^/]*$/.test(new URL(req.url()).pathname)) return;
    errors.failed.push(`${reason} ${req.url()}`);
  });
  return errors;
}

/** Opens `url` in a new context; waits for the app unless `waitForApp: false`. */
export async function openPage(
  browser,
  url,
  {
    viewport = { width: 1280, height: 900 },
    locale = 'ja-JP',
    waitForApp: wait = true,
    timeout = 20000,
    beforeGoto = null,
    javaScriptEnabled = true,
    waitUntil = 'load',
  } = {},
) {
  const context = await browser.newContext({ viewport, locale, javaScriptEnabled });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await watchCsp(page, errors);
  if (beforeGoto) await beforeGoto(page);
  await page.goto(url, { waitUntil, timeout });
  if (wait) {
    try {
      await waitForApp(page, timeout);
    } catch (err) {
      const seen = errors.all();
      err.message += `\n  while loading ${url}${seen.length ? `\n  browser errors:\n    ${seen.join('\n    ')}` : ''}`;
      throw err;
    }
  }
  return { page, context, url, errors };
}

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The axe-core WCAG 2.0/2.1/2.2 A and AA violations on the page, one line each. axe is evaluated
 * through the DevTools protocol, since the page's strict CSP forbids an inline <script>.
 * `openDetails` first opens every disclosure, so the tables behind the charts are audited.
 */
export async function axeViolations(page, { openDetails = true } = {}) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (open) => {
    if (open) document.querySelectorAll('details').forEach((d) => (d.open = true));
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.html.slice(0, 120)}`);
  }, openDetails);
}

/**
 * Scrolls the element `selector` (the first match) into view, as a reader would to read it,
 * and waits for the frame that draws it. The sections below the fold are laid out only near
 * the viewport (`content-visibility: auto` in style.css), and the innerText of one not laid
 * out is empty.
 */
export async function reveal(page, selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await nextFrame(page);
}

/** Waits until the browser has drawn a frame (two animation frames). */
export function nextFrame(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** innerText of the element `selector` matches, scrolled into view first ([`reveal`]). */
export async function text(page, selector) {
  await reveal(page, selector);
  return page.locator(selector).innerText();
}

/** Waits until the address bar's query is `expected` (the app writes it after the view changes). */
export async function waitForQuery(page, expected) {
  await page.waitForFunction((q) => window.location.search === q, expected, { timeout: 5000 });
}

/** Waits until the element `selector` matches shows `expected` in its text. */
export async function waitForText(page, selector, expected) {
  await page.waitForFunction(
    ([sel, want]) => document.querySelector(sel)?.innerText.includes(want),
    [selector, expected],
    { timeout: 5000 },
  );
}

/**
 * Waits until the page has run out of queued work: resolves in an idle callback, which the
 * browser runs only when no other task is ready. A chain of tasks (the parts that start
 * following one per task after the app takes the pre-render over, the held parts catching
 * up after a click) holds it off to its end. A wait on state, not on time: a loaded machine
 * makes it come later, never earlier. (Work due later on a timer is not waited for.)
 */
export async function waitForIdle(page, timeout = 10000) {
  await page.evaluate(
    (ms) => new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the page was not idle within ${ms} ms`)), ms);
      requestIdleCallback(() => {
        clearTimeout(timer);
        done();
      });
    }),
    timeout,
  );
}

/** innerText of the app's <main>. */
export function mainText(page) {
  return page.locator('main').innerText();
}

/** Saves a full-page screenshot to tests/e2e/artifacts/<name>.png and returns its path. */
export async function screenshot(page, name) {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * One static server and one browser for the calling test file (node:test
 * before/after hooks), and a fresh browser context for every `open()`.
 */
export function useApp({ subpath = false, dist, prefix, ...pageDefaults } = {}) {
  const app = {
    server: null,
    browser: null,
    contexts: [],
    opened: [],
    async open(query = '', opts = {}) {
      const q = query && !query.startsWith('?') && !query.startsWith('#') ? `?${query}` : query;
      const opened = await openPage(app.browser, `${app.server.url}${q}`, { ...pageDefaults, ...opts });
      app.contexts.push(opened.context);
      app.opened.push(opened);
      return opened;
    },
    mainText,
    screenshot,
  };
  before(async () => {
    app.server = await startServer({
      dist: dist ?? (subpath ? DIST_SUBPATH : DIST_ROOT),
      prefix: prefix ?? (subpath ? SUBPATH_PREFIX : '/'),
    });
    app.browser = await launchBrowser();
  });
  after(async () => {
    for (const context of app.contexts) await context.close().catch(() => {});
    await app.browser?.close();
    await app.server?.close();
    const violations = app.opened.flatMap((o) => o.errors.csp.map((v) => `${o.url}: ${v}`));
    if (violations.length) {
      throw new Error(`Content-Security-Policy violations:\n  ${violations.join('\n  ')}`);
    }
  });
  return app;
}
