// Moving through the views as a reader does, under the strict policy: links that behave as
// links (a modifier key opens them the browser's way), an embed that leaves its host's
// history alone, a closed detail that returns the reader to where they were, bars that
// toggle and say so, nothing that looks live without JavaScript, and notices and search
// text that stay true (issue 18, items 4, 5, 6, 9 and 11).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST_ROOT, launchBrowser, openPage, reveal, text, useApp, waitForQuery, waitForText } from './harness.mjs';
import { startStaticServer } from './server.mjs';

/** The element that has the keyboard focus: its action and value, or its id. */
const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return { id: e?.id ?? '', action: e?.dataset.action ?? '', value: e?.dataset.value ?? '' };
  });

/** Whether the element `selector` matches lies wholly inside the viewport. */
const inViewport = (page, selector) =>
  page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

/** Waits for two animation frames, so a click's frame and the work after it have run. */
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));

describe('links behave as links', () => {
  const app = useApp();

  for (const [modifier, name] of [['Control', 'Ctrl'], ['Shift', 'Shift'], ['Meta', 'Meta']]) {
    test(`${name}-click on a program link is the browser's: the view and its URL stay`, async () => {
      const { page, context, errors } = await app.open('?ministry=mod');
      const link = page.locator('#program-table a.program-link').first();
      const href = await link.getAttribute('href');
      assert.match(href, /^\?ministry=mod&program=/);
      // Ctrl opens a tab, Shift a window. On Linux Meta-click is a plain navigation of this
      // tab, the browser's too: a new document, where the app's own handling would have kept
      // this one. What matters is that the app leaves every one of them to the browser.
      await page.evaluate(() => { window.__sameDocument = true; });
      const opened = context.waitForEvent('page', { timeout: 3000 }).catch(() => null);
      await link.click({ modifiers: [modifier] });
      const other = await opened;
      if (modifier === 'Meta') {
        await page.waitForURL((url) => url.search === href);
        await page.waitForSelector('#boot', { state: 'detached' });
        assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'the app handled a Meta-click');
        return;
      }
      assert.ok(other, `${name}-click opened no page`);
      await other.waitForLoadState('domcontentloaded');
      assert.equal(new URL(other.url()).search, href);
      await frames(page);
      assert.equal(new URL(page.url()).search, '?ministry=mod');
      assert.equal(await page.locator('#program-detail').count(), 0, 'no detail opened in this tab');
      // A plain click is the app's: the detail opens in place, in the same document.
      await link.click();
      await waitForQuery(page, href);
      await page.waitForSelector('#program-detail');
      assert.equal(await page.evaluate(() => window.__sameDocument), true);
      assert.deepEqual(errors.all(), []);
    });
  }

  test('"close" and "include this program" are links too: Ctrl-click leaves them to the browser', async () => {
    const { page, context, errors } = await app.open('?ministry=mic&program=mod-rmf');
    for (const selector of ['#close-detail', '#include-program']) {
      const opened = context.waitForEvent('page', { timeout: 3000 });
      await page.locator(selector).click({ modifiers: ['Control'] });
      const other = await opened;
      await other.waitForLoadState('domcontentloaded');
      assert.equal(new URL(other.url()).search, await page.getAttribute(selector, 'href'));
      await frames(page);
      assert.equal(new URL(page.url()).search, '?ministry=mic&program=mod-rmf');
    }
    assert.deepEqual(errors.all(), []);
  });
});

describe('closing a detail returns the reader to where they were', () => {
  const app = useApp();

  for (const [name, viewport] of [['a phone', { width: 390, height: 844 }], ['a desk', { width: 1280, height: 900 }]]) {
    test(`on ${name}, the link that opened it gets the focus back, in view`, async () => {
      const { page, errors } = await app.open('', { viewport });
      // The last row of the table, far down the page.
      const link = page.locator('#program-table a.program-link').last();
      await reveal(page, '#program-table a.program-link >> nth=-1');
      const id = await link.getAttribute('data-value');
      await link.click();
      await waitForQuery(page, `?program=${id}`);
      await page.waitForSelector('#program-detail');
      assert.equal((await focused(page)).id, 'program-detail');
      await page.locator('#close-detail').click();
      await waitForQuery(page, '');
      await page.waitForFunction(() => !document.querySelector('#program-detail'));
      await page.waitForFunction((v) => document.activeElement?.dataset.value === v, id);
      assert.deepEqual(await focused(page), { id: '', action: 'open-program', value: id });
      assert.ok(await inViewport(page, `#program-table [data-value="${id}"]`), 'the link is in view');
      // Back to the detail, and Back again closes it the same way.
      await page.goBack();
      await page.waitForSelector('#program-detail');
      await page.evaluate(() => document.querySelector('#program-detail').focus());
      await page.goBack();
      await page.waitForFunction(() => !document.querySelector('#program-detail'));
      await page.waitForFunction((v) => document.activeElement?.dataset.value === v, id);
      assert.deepEqual(errors.all(), []);
    });
  }
});

describe('bars are toggles that say their state', () => {
  const app = useApp();

  for (const [lang, total, mod] of [['ja', '1,521.0億円', '防衛省'], ['en', '¥152.10 billion', 'Ministry of Defense']]) {
    test(`choosing a ministry's bar again takes its filter off (${lang})`, async () => {
      const query = lang === 'ja' ? '' : '?lang=en';
      const { page, errors } = await app.open(query);
      const bar = page.locator('#ministry-chart .bar-button', { hasText: mod });
      await reveal(page, '#ministry-chart');
      assert.equal(await bar.getAttribute('aria-pressed'), 'false');
      await bar.click();
      await waitForQuery(page, lang === 'ja' ? '?ministry=mod' : '?ministry=mod&lang=en');
      await waitForText(page, '#headline-total', total);
      await reveal(page, '#ministry-chart');
      assert.equal(await bar.getAttribute('aria-pressed'), 'true');
      await bar.click();
      await waitForQuery(page, query);
      await reveal(page, '#ministry-chart');
      assert.equal(await bar.getAttribute('aria-pressed'), 'false');
      // An area bar too, by keyboard.
      const area = page.locator('#area-chart .bar-button', { hasText: '(3)' });
      await area.focus();
      await page.keyboard.press('Enter');
      await waitForQuery(page, lang === 'ja' ? '?area=3' : '?area=3&lang=en');
      assert.equal(await area.getAttribute('aria-pressed'), 'true');
      await page.keyboard.press('Enter');
      await waitForQuery(page, query);
      assert.equal(await area.getAttribute('aria-pressed'), 'false');
      assert.deepEqual(errors.all(), []);
    });
  }

  test('without JavaScript no search box, radio button or checkbox is shown', async () => {
    for (const width of [390, 1280]) {
      const { page, errors } = await app.open('', { javaScriptEnabled: false, waitForApp: false, viewport: { width, height: 900 } });
      await page.waitForSelector('#headline-total');
      const visible = await page.evaluate(() =>
        [...document.querySelectorAll('#app input, #app select, #app textarea')].filter((e) => e.checkVisibility()).map((e) => e.id || e.name),
      );
      assert.deepEqual(visible, [], `at ${width} px`);
      assert.equal(await page.locator('#app .pager, #app .order-switch').evaluateAll((es) => es.filter((e) => e.checkVisibility()).length), 0);
      // The figures are all there.
      assert.equal(await page.locator('#headline-total').innerText(), '2,126.2億円');
      assert.deepEqual(errors.all(), []);
    }
  });
});

describe('an embed leaves the host page\'s history alone', () => {
  let appServer;
  let hostServer;
  let browser;

  before(async () => {
    appServer = await startStaticServer({ root: DIST_ROOT, prefix: '/' });
    const o = appServer.origin;
    hostServer = await startStaticServer({
      prefix: '/',
      pages: {
        '/host.html': {
          body: `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Ministry page</title></head><body>` +
            `<h1>Ministry page</h1><iframe src="${o}/?embed=1&amp;ministry=mod" title="t" width="100%" height="1500" data-cyber-budget-explorer></iframe></body></html>`,
          csp: `default-src 'none'; frame-src ${o}; style-src 'self'`,
        },
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await appServer?.close();
    await hostServer?.close();
  });

  test('opening a program and switching language add no entry to the host\'s history', async () => {
    // The host is `localhost`, the app `127.0.0.1`: two origins.
    const hostUrl = `http://localhost:${new URL(hostServer.origin).port}/host.html`;
    const { page, errors, context } = await openPage(browser, hostUrl, { waitForApp: false });
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForSelector('#boot', { state: 'detached' });
    const before = await page.evaluate(() => history.length);
    await frame.locator('#program-table a.program-link').first().click();
    await frame.waitForSelector('#program-detail');
    await frame.waitForFunction(() => location.search.includes('program='));
    await frame.locator('#lang-toggle').click();
    await frame.waitForFunction(() => location.search.includes('lang=en'));
    assert.equal(await page.evaluate(() => history.length), before, 'the host\'s history did not grow');
    const search = await frame.evaluate(() => location.search);
    assert.match(search, /^\?ministry=mod&program=[^&]+&lang=en&embed=1$/);
    // The full-page link still carries the state, without embed mode.
    const full = await frame.getAttribute('#embed-open-full', 'href');
    assert.equal(full, search.replace('&embed=1', ''));
    // Host Back leaves the host page at once: the frame's states are not in its way.
    await page.goBack().catch(() => {});
    assert.notEqual(page.url(), hostUrl);
    assert.deepEqual(errors.all(), []);
    await context.close();
  });
});

describe('notices and search text stay true', () => {
  const app = useApp();

  for (const [query, ja, en] of [
    ['q=%E9%98%B2%E8%A1%9B%01', '「q」の値「防衛[U+0001]」から', 'The value "防衛[U+0001]" of "q" held hidden'],
    ['ministry=mod%09', '「ministry」の値「mod[U+0009]」から', 'The value "mod[U+0009]" of "ministry" held hidden'],
  ]) {
    test(`characters taken out of the link are reported: ${query}`, async () => {
      for (const [lang, words] of [['ja', ja], ['en', en]]) {
        const { page, errors } = await app.open(`?${query}&lang=${lang}`);
        const notices = await page.locator('#url-notices li').allInnerTexts();
        assert.equal(notices.length, 1);
        assert.ok(notices[0].startsWith(words), notices[0]);
        assert.deepEqual(errors.all(), []);
      }
    });
  }

  test('a search with no result says nothing about years it has no program in', async () => {
    for (const lang of ['ja', 'en']) {
      const { page, errors } = await app.open(`?q=zzzzqqq&lang=${lang}`);
      await waitForText(page, '#headline-scope', 'zzzzqqq');
      assert.equal(await page.locator('#headline-like-for-like').count(), 0);
      assert.doesNotMatch(await page.locator('main').innerText(), /0件すべて|All 0 programs/);
      assert.deepEqual(errors.all(), []);
    }
  });

  test('a repeated parameter the reader then chooses is no longer said to be ignored', async () => {
    const { page, errors } = await app.open('?ministry=mod&ministry=cas');
    assert.match(await text(page, '#url-notices'), /cas/);
    await page.locator('#ministry-cas').check();
    await waitForQuery(page, '?ministry=cas,mod');
    await page.waitForFunction(() => !document.querySelector('#url-notices'));
    assert.deepEqual(errors.all(), []);
  });

  test('a click and history.back() in one task: the view follows the address bar', async () => {
    const { page, errors } = await app.open('?ministry=mod');
    await page.locator('#area-3').check();
    await waitForQuery(page, '?ministry=mod&area=3');
    // Tick 内閣官房 and go Back in the same task, as a script or a fast reader can.
    await page.evaluate(() => {
      document.querySelector('#ministry-cas').click();
      history.back();
    });
    // Let the traversal, the redraw and any URL waiting for a frame all happen.
    await frames(page);
    await page.waitForFunction(() => !document.querySelector('[aria-busy]'));
    await frames(page);
    const shown = () =>
      page.evaluate(() => ({
        ticked: [...document.querySelectorAll('#filter-body input:checked')].map((i) => i.id),
        total: document.querySelector('#headline-total').innerText,
      }));
    const search = await page.evaluate(() => location.search);
    // The page shows what a fresh load of its address shows.
    const { page: fresh } = await app.open(search);
    assert.deepEqual(await shown(), await (async () => {
      const ticked = await fresh.evaluate(() => [...document.querySelectorAll('#filter-body input:checked')].map((i) => i.id));
      return { ticked, total: await fresh.locator('#headline-total').innerText() };
    })(), `at ${search}`);
    assert.deepEqual(errors.all(), []);
  });
});
