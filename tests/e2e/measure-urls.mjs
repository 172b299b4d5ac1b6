// Measures, in one run of headless Chromium, how long the app takes to render the plain
// URL and hostile ones of 10,000, 100,000 and 150,000 keys, and to switch language on each
// (issue 10). It prints a table; it asserts nothing (the tests never time anything).
//
//   CBE_DIST_ROOT="$PWD/dist" node tests/e2e/measure-urls.mjs [runs]
//
// "render" is the page's own clock (performance.now(), from navigation start) at the moment
// the app removes its loading placeholder, so it includes loading the wasm; "app" is the
// part after the wasm has arrived (compile, start, read the URL, draw); "language" is a
// click on the language switch until the next frame after <html lang> changes; "JS + wasm
// CPU" is the time the V8 sampling profiler (DevTools protocol) finds in script, wasm and
// garbage collection from navigation to render: the app's own work, without the browser's
// native handling of the URL ("(program)" in the profile) or idle time.
//
// The floor: a static page with no script and the same headline figure, loaded with the
// same queries and timed to its first contentful paint. What it loses on a long URL is the
// browser's own cost of that URL (request, navigation, history), which no page can avoid;
// the last column compares the explorer's extra time with it.
//
// The long URLs are served by the static server itself (no request interception, which
// would add DevTools-protocol traffic of the megabyte URL to the time): Node's HTTP parser
// refuses request lines over 16 KB, so the script re-runs itself with a larger limit.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { DIST_ROOT, launchBrowser, openPage } from './harness.mjs';
import { startStaticServer } from './server.mjs';
import { URLS, keysQuery } from './hostile-urls.mjs';

if (http.maxHeaderSize < 4_000_000) {
  const args = ['--max-http-header-size=4000000', ...process.argv.slice(1)];
  process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1);
}

const RUNS = Number(process.argv[2] || 5);

const CASES = [
  ['plain URL', URLS.plain],
  ['10,000 keys', keysQuery({ prefix: '?', keys: 10000 })],
  ['100,000 keys', keysQuery({ prefix: '?', keys: 100000 })],
  ['150,000 keys', keysQuery({ prefix: '?', keys: 150000 })],
];

// Runs before the page's scripts: notes the time the app removes #boot.
function recordRenderTime() {
  const observer = new MutationObserver(() => {
    if (document.readyState !== 'loading' && !document.getElementById('boot') && document.querySelector('main')) {
      window.__rendered = performance.now();
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      window.__app = window.__rendered - (wasm ? wasm.responseEnd : 0);
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

function switchLanguage() {
  return new Promise((resolve) => {
    const before = document.documentElement.lang;
    const t0 = performance.now();
    document.getElementById('lang-toggle').click();
    const check = () => {
      if (document.documentElement.lang !== before) {
        requestAnimationFrame(() => resolve(performance.now() - t0));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}

async function startProfiler(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

/** Milliseconds of samples in script, wasm and GC (not native browser work, not idle). */
async function scriptTime(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const native = new Set(['(program)', '(idle)', '(root)']);
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (!native.has(nodes.get(id).callFrame.functionName)) micros += profile.timeDeltas[i] || 0;
  });
  return micros / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const FLOOR_PAGE = {
  body:
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>floor</title></head>' +
    '<body><main><h1>政府のサイバーセキュリティ予算</h1><p>2,126.2億円</p></main></body></html>',
};

/** First contentful paint of the floor page at `url`, in ms from navigation start. */
async function floorPaint(url) {
  const { page, context } = await openPage(browser, url, { waitForApp: false, timeout: 120000 });
  const fcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = () => performance.getEntriesByName('first-contentful-paint')[0];
        const poll = () => (seen() ? resolve(seen().startTime) : requestAnimationFrame(poll));
        poll();
      }),
  );
  await context.close();
  return fcp;
}

const server = await startStaticServer({ root: DIST_ROOT, prefix: '/', pages: { '/floor.html': FLOOR_PAGE } });
const browser = await launchBrowser();
try {
  const rows = [];
  for (const [name, query] of CASES) {
    const render = [];
    const appTime = [];
    const cpu = [];
    const language = [];
    const floor = [];
    for (let run = 0; run < RUNS; run += 1) {
      floor.push(await floorPaint(`${server.origin}/floor.html${query}`));
      let cdp;
      const { page, context } = await openPage(browser, `${server.url}${query}`, {
        timeout: 120000,
        beforeGoto: async (p) => {
          await p.addInitScript(recordRenderTime);
          cdp = await startProfiler(p);
        },
      });
      cpu.push(await scriptTime(cdp));
      render.push(await page.evaluate(() => window.__rendered));
      appTime.push(await page.evaluate(() => window.__app));
      language.push(await page.evaluate(switchLanguage));
      await context.close();
    }
    rows.push({ name, bytes: query.length, render: median(render), app: median(appTime), cpu: median(cpu), language: median(language), floor: median(floor) });
  }
  const [plain, plainApp] = [rows[0].render, rows[0].app];
  console.log(`Chromium, median of ${RUNS} runs each`);
  console.log('| URL | size | render | vs plain | app | vs plain | JS + wasm CPU | vs plain | language switch | floor page | render less the floor\'s extra, vs plain |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const size = r.bytes < 1000 ? `${r.bytes} B` : `${(r.bytes / 1000).toFixed(0)} KB`;
    console.log(
      `| ${r.name} | ${size} | ${r.render.toFixed(0)} ms | ${(r.render / plain).toFixed(2)}x ` +
        `| ${r.app.toFixed(0)} ms | ${(r.app / plainApp).toFixed(2)}x ` +
        `| ${r.cpu.toFixed(0)} ms | ${(r.cpu / rows[0].cpu).toFixed(2)}x | ${r.language.toFixed(0)} ms ` +
        `| ${r.floor.toFixed(0)} ms | ${((r.render - (r.floor - rows[0].floor)) / plain).toFixed(2)}x |`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
