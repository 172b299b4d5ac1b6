// The pre-rendered default view (src/ui/prerender.rs, written into dist/index.html by the
// `prerender` Trunk hook): the figures are on screen before, and without, the WebAssembly;
// they are the app's own; any other view is never answered by them; and the app takes over
// without moving anything. Every page is served under the strict CSP (server.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, waitForApp, waitForIdle } from './harness.mjs';

const app = useApp();

/** The published grand total of the default view (FY2024 initial budget, all ministries). */
const DEFAULT_TOTAL = '2,126.2億円';
/** The Ministry of Defense's total in the same budget. */
const MOD_TOTAL = '1,521.0億円';

/** The parts of the view whose text the pre-render and the app must agree on. */
const FIGURES = ['#headline-total', '#rounds-table', '#area-table', '#ministry-table', '#program-table'];
/** Elements whose place on the page must not move when the app takes over. */
const BOXES = [
  '#headline-total',
  '#rounds-table',
  '#area-chart',
  '#ministry-chart',
  '#program-table tbody tr:first-child',
  '#about',
];
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** textContent of each selector (closed <details> count too), whitespace folded. */
function figureTexts(page) {
  return page.evaluate(
    (sels) => sels.map((s) => (document.querySelector(s)?.textContent ?? '<missing>').replace(/\s+/g, ' ').trim()),
    FIGURES,
  );
}

/**
 * Each selector's bounding box in page coordinates. The note shown only without the app
 * (#default-view-note, at the top) is left out of `y`: it is the one thing that differs.
 */
function boxes(page) {
  return page.evaluate((sels) => {
    const note = document.getElementById('default-view-note');
    const noteHeight = note ? note.getBoundingClientRect().height : 0;
    return sels.map((s) => {
      const el = document.querySelector(s);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { sel: s, x: r.x + scrollX, y: r.y + scrollY - noteHeight, w: r.width, h: r.height };
    });
  }, BOXES);
}

/** The visible text of the page (innerText leaves out what CSS hides). */
const visibleText = (page) => page.evaluate(() => document.body.innerText);

/**
 * Holds back the .wasm until `release()`, so the page stays in the state before the app.
 * Returns { release, beforeGoto }.
 */
function holdWasm() {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  return {
    release: () => release(),
    beforeGoto: (page) => page.route('**/*.wasm', async (route) => {
      await gate;
      await route.continue();
    }),
  };
}

/**
 * Records, on every animation frame from the document's start, whether `text` was visible
 * while the app had not yet drawn the URL's view (`cbe-pending` on <html>). Installed through
 * the DevTools protocol (addInitScript), so the strict CSP does not block it.
 */
function watchVisibleWhilePending(page, text) {
  return page.addInitScript((needle) => {
    window.__cbeSeenWhilePending = [];
    window.__cbePendingFrames = 0;
    const check = () => {
      const root = document.documentElement;
      if (root.classList.contains('cbe-pending') && document.body) {
        window.__cbePendingFrames += 1;
        if (document.body.innerText.includes(needle)) window.__cbeSeenWhilePending.push(performance.now());
      }
      if (!root.classList.contains('cbe-pending') && document.getElementById('boot') === null) return;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, text);
}

test('without JavaScript, / shows the default figures and says which view they are', async () => {
  for (const [viewport, name] of [[PHONE, 'prerender-js-off-360'], [DESKTOP, 'prerender-js-off-1280']]) {
    const { page } = await app.open('', { javaScriptEnabled: false, waitForApp: false, viewport });
    const shown = await visibleText(page);
    assert.ok(shown.includes(DEFAULT_TOTAL), `the grand total is on screen at ${viewport.width} px`);
    const note = await page.locator('#default-view-note').innerText();
    assert.match(note, /既定の表示（令和6年度 当初予算、全府省庁）/);
    assert.match(note, /URL の絞り込みや言語の指定は反映されていません/);
    assert.match(note, /JavaScript と WebAssembly が必要です/);
    assert.match(note, /This is the default view \(FY2024 Initial, all ministries\)/);
    assert.match(note, /needs JavaScript and WebAssembly/);
    // The 30 programs with an FY2024 initial amount are in the table.
    assert.equal(await page.locator('#program-table tbody tr').count(), 30);
    // Nothing answers a control without JavaScript: the controls that only act take no
    // room (kept in place, they left empty bands), and on a phone the filter panel, whose
    // choices sit behind its toggle, goes with it.
    const gone = ['#lang-toggle', '.view-tools', '#embed', '#filters-toggle', '#clear-all']
      .concat(viewport === PHONE ? ['aside.filters'] : []);
    for (const selector of gone) {
      const boxes = await page.locator(selector).evaluateAll((els) => els.map((e) => e.getClientRects().length));
      assert.ok(boxes.length > 0, `${selector} is in the pre-render`);
      assert.deepEqual(boxes, boxes.map(() => 0), `${selector} takes no room without JavaScript at ${viewport.width} px`);
    }
    await app.screenshot(page, name);
  }
});

test('the first frame waits for the headline\'s figures and no more; the one synchronous script comes before the CSS', async () => {
  const { page } = await app.open('', { javaScriptEnabled: false, waitForApp: false });
  const head = await page.evaluate(() => {
    const after = (a, b) => !!(a && b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING));
    const expect = document.querySelector('head link[rel="expect"][blocking="render"]');
    const target = expect && document.getElementById(expect.getAttribute('href').slice(1));
    const sync = [...document.querySelectorAll('head script[src]')].filter((s) => !s.defer && !s.async && s.type !== 'module');
    const css = document.querySelector('head link[rel="stylesheet"]');
    return {
      target: target ? target.id : null,
      afterFigures: ['headline-total', 'headline-change', 'headline-per-resident'].every((id) => after(target, document.getElementById(id))),
      beforeRest: after(document.getElementById('rounds-table'), target),
      sync: sync.map((s) => s.getAttribute('src')),
      syncBeforeCss: sync.length === 1 && after(css, sync[0]),
    };
  });
  // Chromium lets rendering go once the expected element is inserted, before its text: the
  // element named follows the figures, and precedes the rest of the page.
  assert.ok(head.target, 'the rel=expect link names an element of the pre-render');
  assert.ok(head.afterFigures, `#${head.target} comes after the headline's figures`);
  assert.ok(head.beforeRest, `#${head.target} comes before the rounds table`);
  assert.match(head.sync.join(' '), /boot-[0-9a-f]+\.js$/);
  assert.ok(head.syncBeforeCss, `boot.js, the only synchronous script, stands before the stylesheet (${head.sync})`);
});

test('the pre-rendered figures are the app\'s own, and the app takes over without a jump', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const off = await app.open('', { javaScriptEnabled: false, waitForApp: false, viewport });
    const offTexts = await figureTexts(off.page);

    // The same page with JavaScript, first as pre-rendered (the .wasm held back), then as
    // the app drew it.
    const wasm = holdWasm();
    const on = await app.open('', { waitForApp: false, waitUntil: 'domcontentloaded', viewport, beforeGoto: wasm.beforeGoto });
    const beforeBoxes = await boxes(on.page);
    assert.equal(await on.page.locator('#default-view-note').isVisible(), false, 'the note is for readers without the app');
    wasm.release();
    await waitForApp(on.page);
    const onTexts = await figureTexts(on.page);
    const afterBoxes = await boxes(on.page);

    assert.ok(onTexts[0].includes(DEFAULT_TOTAL));
    for (let i = 0; i < FIGURES.length; i += 1) {
      assert.equal(offTexts[i], onTexts[i], `${FIGURES[i]}: the pre-render and the app differ`);
    }
    // Before the app the page is laid out as the app lays it out (without JavaScript it is
    // not: the controls that only act take no room there, see the test above).
    for (const [name, other] of [['before the app', beforeBoxes]]) {
      afterBoxes.forEach((after, i) => {
        const seen = other[i];
        assert.ok(after && seen, `${BOXES[i]} exists on both pages`);
        for (const k of ['x', 'y', 'w', 'h']) {
          assert.ok(Math.abs(after[k] - seen[k]) <= 2,
            `${BOXES[i]} ${k} at ${viewport.width} px: ${seen[k]} ${name}, ${after[k]} with the app`);
        }
      });
    }
    assert.deepEqual(on.errors.all(), []);
  }
});

test('the app takes the pre-rendered page over as it stands, and a click right after it starts redraws the whole view', async () => {
  const wasm = holdWasm();
  const { page, errors } = await app.open('', { waitForApp: false, waitUntil: 'domcontentloaded', beforeGoto: wasm.beforeGoto });
  // Before the app: keep the pre-rendered parts' elements and a row, and count every change
  // under #app from here on.
  await page.evaluate(() => {
    window.__parts = [...document.querySelectorAll('#app [data-part]')];
    window.__row = document.querySelector('#program-table tbody tr');
    window.__changes = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const removed = [...r.removedNodes].map((n) => n.id || n.nodeName).join(',');
        window.__changes.push(`${r.type} ${r.target.id || r.target.nodeName} -${removed}`);
      }
    }).observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true, attributes: true });
  });
  assert.ok((await page.evaluate(() => window.__parts.length)) >= 10, 'the pre-render is written in parts');
  wasm.release();
  await waitForApp(page);
  // The parts start following one per task after the takeover: wait until that chain of
  // tasks has ended (the page idle), so a part that wrote as it started would be seen.
  await waitForIdle(page);
  const kept = await page.evaluate(() => ({
    parts: window.__parts.every((p) => p.isConnected),
    same: window.__parts.length === document.querySelectorAll('#app [data-part]').length,
    row: window.__row === document.querySelector('#program-table tbody tr'),
    changes: window.__changes,
  }));
  assert.ok(kept.parts && kept.same, 'every pre-rendered part is still the element on the page');
  assert.ok(kept.row, 'the first program row is the pre-rendered node');
  // The one change: the note for readers without the app goes.
  assert.deepEqual(kept.changes, ['childList app -default-view-note'], 'the app wrote nothing else into the page');

  // A filter right after the start reaches every part of the view.
  await page.locator('#ministry-mod').check();
  await page.waitForFunction((t) => document.querySelector('#headline-total')?.textContent.includes(t), MOD_TOTAL);
  const after = await page.evaluate(() => ({
    rows: document.querySelectorAll('#program-table tbody tr').length,
    chip: document.querySelector('#active-filters-host')?.textContent ?? '',
    url: location.search,
  }));
  assert.ok(after.rows > 0 && after.rows < 30, `the program table follows the filter (${after.rows} rows)`);
  assert.match(after.chip, /防衛省/);
  assert.equal(after.url, '?ministry=mod');
  assert.deepEqual(errors.all(), []);
});

test('loading / moves nothing: cumulative layout shift at most 0.02 at 1280 and 360 px', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { page, errors } = await app.open('', { viewport });
    // Every shift of the load: once the takeover's tasks have all run (the page idle) and
    // two frames have been drawn since, the shifts are in the browser's buffer, read at
    // once (an observer's callbacks may still be queued).
    await waitForIdle(page);
    const shifts = await page.evaluate(() => new Promise((done) => {
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const observer = new PerformanceObserver(() => {});
        observer.observe({ type: 'layout-shift', buffered: true });
        const entries = observer.takeRecords();
        observer.disconnect();
        done(entries.filter((e) => !e.hadRecentInput).map((e) => e.value));
      }));
    }));
    const cls = shifts.reduce((sum, v) => sum + v, 0);
    console.log(`# CLS of / at ${viewport.width} px: ${cls.toFixed(4)} (${shifts.length} shifts)`);
    assert.ok(cls <= 0.02, `CLS ${cls} at ${viewport.width} px`);
    assert.deepEqual(errors.all(), []);
  }
});

for (const [query, check] of [
  ['?ministry=mod', async (page) => {
    assert.match(await page.locator('#headline-total').innerText(), new RegExp(MOD_TOTAL.replace('.', '\\.')));
  }],
  ['?lang=en', async (page) => {
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.locator('#headline-total').innerText(), /^¥212\.62 billion/);
  }],
  // An embed is another frame around the figures; an unknown parameter gets a notice.
  ['?embed=1', async (page) => {
    assert.equal(await page.locator('.embed-bar').isVisible(), true);
    assert.equal(await page.locator('.site-header').count(), 0);
  }],
  ['?colour=red', async (page) => {
    assert.match(await page.locator('#url-notices').innerText(), /colour/);
  }],
]) {
  test(`${query} never shows the default figures as its answer, then shows its own`, async () => {
    const wasm = holdWasm();
    const { page, errors } = await app.open(query, {
      waitForApp: false,
      waitUntil: 'domcontentloaded',
      beforeGoto: async (p) => {
        await watchVisibleWhilePending(p, DEFAULT_TOTAL);
        await wasm.beforeGoto(p);
      },
    });
    // While the app is held back: a neutral notice, no figures.
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('cbe-pending')), true);
    const status = page.locator('#boot');
    assert.equal(await status.isVisible(), true);
    assert.equal(await status.getAttribute('role'), 'status');
    assert.match(await status.innerText(), /表示を準備しています… \/ Preparing this view…/);
    assert.ok(!(await visibleText(page)).includes(DEFAULT_TOTAL));
    if (query === '?ministry=mod') await app.screenshot(page, 'prerender-pending-ministry-mod');
    wasm.release();
    await waitForApp(page);
    await check(page);
    const seen = await page.evaluate(() => window.__cbeSeenWhilePending);
    const frames = await page.evaluate(() => window.__cbePendingFrames);
    assert.ok(frames > 0, 'the pending state was watched from the first frames');
    assert.deepEqual(seen, [], `${DEFAULT_TOTAL} was visible while ${query} was pending`);
    assert.deepEqual(errors.all(), []);
  });

  test(`${query} without JavaScript shows the default figures with the note`, async () => {
    const { page } = await app.open(query, { javaScriptEnabled: false, waitForApp: false });
    assert.ok((await visibleText(page)).includes(DEFAULT_TOTAL));
    assert.match(await page.locator('#default-view-note').innerText(), /URL の絞り込みや言語の指定は反映されていません/);
  });
}

test('without WebAssembly the default figures stay readable, with a note on what is missing', async () => {
  for (const query of ['', '?ministry=mod']) {
    const { page, errors } = await app.open(query, {
      waitForApp: false,
      beforeGoto: (p) => p.addInitScript(() => { delete window.WebAssembly; }),
    });
    await page.waitForSelector('#boot[data-reason="browser"]', { timeout: 5000 });
    const shown = await visibleText(page);
    assert.ok(shown.includes(DEFAULT_TOTAL), `the default figures are readable for ${query || '/'}`);
    assert.match(await page.locator('#boot').innerText(), /WebAssembly/);
    assert.match(await page.locator('#default-view-note').innerText(),
      /既定の表示[\s\S]*This is the default view/);
    if (query) await app.screenshot(page, 'prerender-no-wasm-ministry-mod');
    assert.deepEqual(errors.csp, []);
  }
});

/**
 * When the page painted first and fetched the .wasm, its largest-contentful-paint entries,
 * and the wasm preloads in <head>. The entries are read through a buffered
 * PerformanceObserver: a page whose clock is held (page.clock) has a fake `performance`.
 */
const loadOrder = (page) => page.evaluate(() => {
  const entries = (type) => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type, buffered: true });
    const list = observer.takeRecords();
    observer.disconnect();
    return list;
  };
  const wasm = entries('resource').filter((e) => e.name.endsWith('.wasm'));
  const fcp = entries('paint').find((e) => e.name === 'first-contentful-paint');
  return {
    wasmFetches: wasm.map((e) => e.startTime),
    firstPaint: fcp ? fcp.startTime : null,
    lcp: entries('largest-contentful-paint').map((e) => ({ start: e.startTime, id: e.element?.id ?? null })),
    preloads: [...document.head.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')].map((l) => l.getAttribute('href')),
  };
});

test('the default view is painted before its app is fetched; another view fetches it at once', async () => {
  // start.js fetches the default view's app once the browser reports its paint, or after a
  // second whatever happens (a hidden tab may not paint for long). The page's clock is held
  // from the start, so that second never ends: the app can only come through the paint,
  // however slow the machine. (Without the hold, a paint later than a second let the
  // fallback fetch the app first, and a start.js that never saw the paint passed.)
  const { page } = await app.open('', {
    waitForApp: false,
    beforeGoto: async (p) => {
      await p.clock.install();
      await p.clock.pauseAt(Date.now() + 60_000);
    },
  });
  await waitForApp(page).catch((err) => {
    err.message += '\n  the app did not start without its one-second fallback: start.js did not see the first paint';
    throw err;
  });
  const first = await loadOrder(page);
  assert.deepEqual(first.preloads, [], 'no preload competes with the default view\'s own bytes');
  assert.equal(first.wasmFetches.length, 1, 'the .wasm is fetched once');
  assert.ok(first.firstPaint !== null && first.wasmFetches[0] >= first.firstPaint,
    `the .wasm is fetched after the first paint (${JSON.stringify(first)})`);
  // The pre-render is the page's largest contentful paint: the app replaced it only after
  // the browser had reported it, so no later entry (the app's redraw) stands in its place.
  assert.ok(first.lcp.length >= 1 && first.lcp[0].start <= first.wasmFetches[0],
    `the first largest-contentful-paint entry comes before the app (${JSON.stringify(first.lcp)})`);

  const { page: filtered } = await app.open('?ministry=mod');
  const other = await loadOrder(filtered);
  assert.equal(other.preloads.length, 2, `boot.js preloads the bindings and the .wasm (${other.preloads})`);
  assert.ok(other.preloads.some((href) => href.endsWith('_bg.wasm')));
  assert.equal(other.wasmFetches.length, 1, 'the preloaded .wasm is the one the app uses (one fetch)');
  assert.match(await filtered.locator('#headline-total').innerText(), /1,521\.0億円/);
});
