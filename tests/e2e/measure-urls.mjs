// Measures, in one run of headless Chromium, how long the app takes to render the plain
// URL and hostile ones of 10,000, 100,000 and 150,000 keys, and to switch language on each
// (issue 10). It prints a table; it asserts nothing (the tests never time anything).
//
//   CBE_DIST_ROOT="$PWD/dist" node tests/e2e/measure-urls.mjs [runs]
//
// "render" is the page's own clock (performance.now(), from navigation start) at the moment
// the app removes its loading placeholder, so it includes loading the wasm; "language" is
// a click on the language switch until the next frame after <html lang> changes.
import { launchBrowser, openPage, startServer } from './harness.mjs';
import { URLS, keysQuery, longUrlOptions } from './hostile-urls.mjs';

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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
const browser = await launchBrowser();
try {
  const rows = [];
  for (const [name, query] of CASES) {
    const render = [];
    const language = [];
    for (let run = 0; run < RUNS; run += 1) {
      const { page, context } = await openPage(browser, `${server.url}${query}`, {
        ...longUrlOptions(),
        beforeGoto: async (p) => {
          await p.addInitScript(recordRenderTime);
          await longUrlOptions().beforeGoto(p);
        },
      });
      render.push(await page.evaluate(() => window.__rendered));
      language.push(await page.evaluate(switchLanguage));
      await context.close();
    }
    rows.push({ name, bytes: query.length, render: median(render), language: median(language) });
  }
  const plain = rows[0].render;
  console.log(`Chromium, median of ${RUNS} runs each`);
  console.log('| URL | size | render | vs plain | language switch |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const size = r.bytes < 1000 ? `${r.bytes} B` : `${(r.bytes / 1000).toFixed(0)} KB`;
    console.log(
      `| ${r.name} | ${size} | ${r.render.toFixed(0)} ms | ${(r.render / plain).toFixed(2)}x | ${r.language.toFixed(0)} ms |`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
