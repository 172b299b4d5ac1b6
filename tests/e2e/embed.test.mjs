// Hosting and embedding as a ministry web editor does it, under the strict
// Content-Security-Policy every test server sends (server.mjs STRICT_CSP): the default
// dist/ copied into a folder it was not built for, embed mode (`embed=1`), the snippet
// from "Embed this view" pasted into a page on another origin that has its own strict
// policy, auto-height through embed.js, and the ways WebAssembly can fail to start.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DIST_ROOT, cspReport, launchBrowser, nextFrame, openPage, screenshot, text, useApp, waitForQuery, waitForText } from './harness.mjs';
import { STRICT_CSP, startStaticServer } from './server.mjs';

const MIC_TOTAL = '52.4億円';

/**
 * A screenshot of the whole host page. Headless Chromium does not paint a cross-origin
 * (out-of-process) iframe below the viewport in a full-page shot, so the viewport is
 * first made as tall as the page, and restored after.
 */
async function screenshotWhole(page, name) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await nextFrame(page);
  const file = await screenshot(page, name);
  await page.setViewportSize(viewport);
  return file;
}

/** The content height of the page, as boot.js measures it for the resize message. */
const contentHeight = (pageOrFrame) =>
  pageOrFrame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('a relocatable dist/, copied into /a/ministry-site/budget/', () => {
  let tmp;
  let server;
  let browser;
  const FOLDER = '/a/ministry-site/budget/';

  before(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'cbe-copy-'));
    await cp(DIST_ROOT, path.join(tmp, ...FOLDER.split('/').filter(Boolean)), { recursive: true });
    server = await startStaticServer({ root: tmp, prefix: '/' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  test('loads every asset from the folder, with a query, after a filter and a reload', async () => {
    const { page, errors, context } = await openPage(browser, `${server.origin}${FOLDER}?ministry=mic`);
    await waitForText(page, '#headline-total', MIC_TOTAL);
    await page.locator('#ministry-mod').check();
    await waitForQuery(page, '?ministry=mic,mod');
    assert.equal(new URL(page.url()).pathname, FOLDER);
    await page.reload();
    await page.waitForSelector('#boot', { state: 'detached' });
    await waitForText(page, '#headline-total', '1,573.4億円');
    // Every request stayed in the folder and succeeded; the wasm came from there.
    const requests = server.requests.filter((r) => !/favicon\.ico/.test(r.path));
    assert.deepEqual(requests.filter((r) => r.status >= 400 || !r.path.startsWith(FOLDER)), []);
    assert.ok(requests.some((r) => r.path.endsWith('.wasm')), 'the .wasm was fetched');
    assert.deepEqual(errors.all(), []);
    await context.close();
  });

  test('works when the address names index.html', async () => {
    const { page, errors, context } = await openPage(browser, `${server.origin}${FOLDER}index.html?lang=en`);
    await waitForText(page, '#headline-total', '¥212.62 billion');
    await page.locator('#ministry-mic').check();
    await waitForQuery(page, '?ministry=mic&lang=en');
    assert.equal(new URL(page.url()).pathname, `${FOLDER}index.html`);
    assert.deepEqual(errors.all(), []);
    await context.close();
  });
});

describe('embed mode (embed=1)', () => {
  const app = useApp({ viewport: { width: 800, height: 900 } });

  test('shows the headline, both breakdowns and the programs, without header, filters or About', async () => {
    const { page, errors } = await app.open('?ministry=mic&embed=1');
    await waitForText(page, '#headline-total', MIC_TOTAL);
    for (const present of ['#area-chart', '#ministry-chart', '#area-table', '#ministry-table', '#program-table', '#attribution', '#embed-open-full']) {
      assert.equal(await page.locator(present).count(), 1, `${present} is shown`);
    }
    for (const absent of ['.site-header', '.filters', '#about', '.site-footer', '#embed']) {
      assert.equal(await page.locator(absent).count(), 0, `${absent} is not shown`);
    }
    assert.ok((await page.getAttribute('html', 'class')).includes('cbe-embed'));
    // The way out: the same view as a full page, in a new tab.
    assert.equal(await page.getAttribute('#embed-open-full', 'href'), '?ministry=mic');
    assert.equal(await page.getAttribute('#embed-open-full', 'target'), '_blank');
    assert.match(await text(page, '#embed-open-full'), /全画面で開く（新しいタブ）/);
    // The licence requires the attribution.
    assert.match(await text(page, '#attribution'), /^出典：内閣サイバーセキュリティセンター（NISC）.*政府標準利用規約（第2.0版）/);
    assert.deepEqual(errors.all(), []);
  });

  test('is far shorter than the full page of the same view', async () => {
    const heights = {};
    for (const [name, q, width] of [
      ['full, desktop', '?ministry=mic', 1280],
      ['embed, desktop', '?ministry=mic&embed=1', 1280],
      ['full, phone', '?ministry=mic', 360],
      ['embed, phone', '?ministry=mic&embed=1', 360],
    ]) {
      const { page } = await app.open(q, { viewport: { width, height: 800 } });
      await waitForText(page, '#headline-total', MIC_TOTAL);
      heights[name] = await contentHeight(page);
    }
    console.log(`# page height of ?ministry=mic (CSS px): ${JSON.stringify(heights)}`);
    assert.ok(heights['embed, desktop'] < heights['full, desktop'] * 0.8, JSON.stringify(heights));
    assert.ok(heights['embed, phone'] < heights['full, phone'] * 0.8, JSON.stringify(heights));
  });

  test('the language switch and a program detail still work, and the URL stays an embed', async () => {
    const { page, errors } = await app.open('?ministry=mic&embed=1');
    await page.locator('#lang-toggle').click();
    await waitForQuery(page, '?ministry=mic&lang=en&embed=1');
    await waitForText(page, '#headline-total', '¥5.24 billion');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getAttribute('#embed-open-full', 'href'), '?ministry=mic&lang=en');
    assert.match(await text(page, '#attribution'), /^Source: National center of Incident readiness/);
    await page.locator('#program-table a').first().click();
    await page.waitForSelector('#program-detail');
    assert.match(new URL(page.url()).search, /^\?ministry=mic&program=[\w-]+&lang=en&embed=1$/);
    assert.deepEqual(errors.all(), []);
  });

  test('filters stay hidden unless controls=1, and then they keep the embed', async () => {
    const { page, errors } = await app.open('?embed=1&controls=1');
    await page.locator('#ministry-mod').check();
    await waitForQuery(page, '?ministry=mod&embed=1&controls=1');
    await waitForText(page, '#headline-total', '1,521.0億円');
    assert.equal(await page.locator('.site-header').count(), 0);
    assert.deepEqual(errors.all(), []);
  });

  test('the keyboard alone reaches the full-page link, the language switch and a program', async () => {
    const { page } = await app.open('?ministry=mic&embed=1');
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className);
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'skip-link');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'embed-open-full');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'lang-toggle');
    await page.keyboard.press('Enter');
    await waitForQuery(page, '?ministry=mic&lang=en&embed=1');
    // On to the first program link, then open it with Enter.
    await page.locator('#program-table a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#program-detail');
    assert.equal(await focused(), 'program-detail');
  });

  test('a bad parameter shows its notice inside the embed', async () => {
    const { page, errors } = await app.open('?embed=1&ministry=xyz');
    assert.match(await text(page, '#url-notices'), /xyz/);
    await waitForText(page, '#headline-total', '2,126.2億円');
    assert.deepEqual(errors.all(), []);
  });
});

describe('"Embed this view" on the full page', () => {
  const app = useApp();

  test('shows the snippet of the current view, and copies it', async () => {
    const { page, context, errors } = await app.open('?ministry=mic&lang=en');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
    assert.equal(await page.isVisible('#embed-code'), false);
    await page.locator('#embed-toggle').click();
    assert.equal(await page.getAttribute('#embed-toggle', 'aria-expanded'), 'true');
    const code = await page.locator('#embed-code').inputValue();
    const origin = app.server.origin;
    assert.equal(
      code,
      `<iframe src="${origin}/?ministry=mic&amp;lang=en&amp;embed=1" ` +
        `title="Japan's Government Cybersecurity Budget: FY2024 Initial · Ministry of Internal Affairs and Communications" ` +
        'width="100%" height="900" loading="lazy" ' +
        'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads" ' +
        `data-cyber-budget-explorer></iframe>\n<script src="${origin}/embed.js" defer></script>`,
    );
    // A live region: the same element must get the text (a replaced one is not announced).
    await page.evaluate(() => { window.copyStatus = document.querySelector('.copy-status'); });
    await page.locator('#embed-copy').click();
    await waitForText(page, '.copy-status', 'Copied.');
    assert.ok(await page.evaluate(() => document.querySelector('.copy-status') === window.copyStatus));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
    // A filter change rewrites the snippet.
    await page.locator('#ministry-mod').check();
    await page.waitForFunction(() => document.querySelector('#embed-code').value.includes('ministry=mic,mod'));
    assert.deepEqual(errors.all(), []);
  });
  test('without a Clipboard API (a page over plain http), copy selects the code instead of failing', async () => {
    const { page, errors } = await app.open('?ministry=mic', {
      beforeGoto: (p) => p.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined })),
    });
    await page.locator('#embed-toggle').click();
    await page.locator('#embed-copy').click();
    // The legacy copy command may or may not succeed headless; either way the code is
    // selected for copying by hand and nothing throws.
    await page.waitForFunction(() => /コピー/.test(document.querySelector('.copy-status').innerText));
    const selected = await page.evaluate(() => {
      const area = document.activeElement;
      return { id: area.id, all: area.selectionStart === 0 && area.selectionEnd === area.value.length };
    });
    assert.deepEqual(selected, { id: 'embed-code', all: true });
    assert.deepEqual(errors.all(), []);
  });
});

/** A host page on another origin with its own strict policy, holding `body`. */
function hostPage(appOrigin, body, lang = 'ja') {
  return {
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Ministry page</title>` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
      `<body><h1>総務省 / Ministry page</h1><p>Text before the frame.</p>${body}<p id="after">Text after.</p></body></html>`,
    csp: `default-src 'none'; script-src ${appOrigin}; frame-src ${appOrigin}; style-src 'self'; img-src 'self'`,
  };
}

describe('the snippet pasted into a page on another origin', () => {
  let appServer;
  let hostServer;
  let browser;
  let snippets = {};
  const opened = [];

  before(async () => {
    appServer = await startStaticServer({ root: DIST_ROOT, prefix: '/' });
    browser = await launchBrowser();
    // Take the snippets from the app itself, as an editor would.
    for (const [name, q] of [['ja', '?ministry=mic'], ['en', '?ministry=mic&lang=en']]) {
      const { page, context } = await openPage(browser, `${appServer.url}${q}`);
      await page.locator('#embed-toggle').click();
      snippets[name] = await page.locator('#embed-code').inputValue();
      await context.close();
    }
    const o = appServer.origin;
    hostServer = await startStaticServer({
      prefix: '/',
      pages: {
        '/host-ja.html': hostPage(o, snippets.ja),
        '/host-en.html': hostPage(o, snippets.en, 'en'),
        '/host-bad-query.html': hostPage(o, `<iframe src="${o}/?embed=1&amp;ministry=xyz" title="t" width="100%" height="900" data-cyber-budget-explorer></iframe><script src="${o}/embed.js" defer></script>`),
        // The frame far below the fold: the browser draws no frames for it (a cross-origin
        // frame out of view gets no animation frames).
        '/host-far.html': hostPage(o, `${'<br>'.repeat(400)}<iframe src="${o}/?embed=1" title="t" width="100%" height="900" data-cyber-budget-explorer></iframe><script src="${o}/embed.js" defer></script>`),
        '/host-sandbox-scripts-only.html': hostPage(o, `<iframe src="${o}/?embed=1" title="t" width="100%" height="900" sandbox="allow-scripts" data-cyber-budget-explorer></iframe><script src="${o}/embed.js" defer></script>`),
      },
    });
  });
  after(async () => {
    await browser?.close();
    await appServer?.close();
    await hostServer?.close();
    const violations = opened.flatMap((o) => o.errors.csp);
    assert.deepEqual(violations, [], 'no CSP violation in the host page or its frames');
  });

  // The host is reached as `localhost`, the app as `127.0.0.1`: two origins.
  const hostUrl = (file) => `http://localhost:${new URL(hostServer.origin).port}/${file}`;

  async function openHost(file, viewport) {
    const o = await openPage(browser, hostUrl(file), { viewport, waitForApp: false });
    opened.push(o);
    await o.page.waitForSelector('iframe');
    const frame = await (await o.page.$('iframe')).contentFrame();
    return { ...o, frame };
  }

  /**
   * Waits until the iframe has taken its content's height and the frame has nothing to
   * scroll, once the frame's view is complete (no part `aria-busy`, the fonts loaded), over
   * two of the frame's animation frames in a row: layout may still be settling (a table's
   * scrollbar) when the first message arrives. The iframe's height must be the one embed.js
   * set from the frame's message. Returns that height.
   */
  async function waitForFit(page, frame) {
    await frame.evaluate(() => { window.__cbeFitFrames = 0; });
    await frame.waitForFunction(() => {
      const root = document.documentElement;
      const fits = Math.abs(Math.ceil(root.getBoundingClientRect().height) - innerHeight) <= 1
        && root.scrollHeight <= innerHeight + 1
        && !document.querySelector('[aria-busy="true"]')
        && document.fonts.status === 'loaded';
      window.__cbeFitFrames = fits ? (window.__cbeFitFrames ?? 0) + 1 : 0;
      return window.__cbeFitFrames >= 2;
    }, null, { timeout: 10000 }).catch(async (err) => {
      const seen = await frame.evaluate(() => `content ${Math.ceil(document.documentElement.getBoundingClientRect().height)}, frame ${innerHeight}`).catch(() => '?');
      err.message += `\n  the iframe never took its content height (${seen})`;
      throw err;
    });
    const { set, outer } = await page.evaluate(() => {
      const iframe = document.querySelector('iframe');
      return { set: iframe.getAttribute('data-cyber-budget-explorer-height'), outer: iframe.clientHeight };
    });
    assert.equal(Number(set), outer, `embed.js set the iframe's height (${set}), and it is the frame's (${outer})`);
    return outer;
  }

  for (const [lang, total] of [['ja', MIC_TOTAL], ['en', '¥5.24 billion']]) {
    for (const width of [360, 800]) {
      test(`${lang}, ${width} px: shows the view and fits its height`, async () => {
        const { page, frame, errors } = await openHost(`host-${lang}.html`, { width, height: 800 });
        await frame.waitForSelector('#boot', { state: 'detached', timeout: 20000 });
        await frame.waitForFunction((t) => document.querySelector('#headline-total')?.innerText.includes(t), total);
        // Fitted: the frame does not scroll inside the host.
        const fitted = await waitForFit(page, frame);
        assert.ok(fitted > 900 || width === 800, `${fitted}px`);
        await screenshotWhole(page, `embed-host-${lang}-${width}`);
        // Opening a program detail grows the frame with it.
        await frame.locator('#program-table a').first().click();
        await frame.waitForSelector('#program-detail');
        const withDetail = await waitForFit(page, frame);
        assert.ok(withDetail > fitted, `detail open: ${withDetail}px, before: ${fitted}px`);
        assert.deepEqual(errors.all(), []);
      });
    }
  }

  test('a frame out of view still catches up: its address and every section, without being seen', async () => {
    const { page, frame, errors } = await openHost('host-far.html', { width: 800, height: 800 });
    await frame.waitForSelector('#boot', { state: 'detached', timeout: 20000 });
    assert.ok(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().top > 2 * innerHeight));
    // A language switch held the sections out of the frame's view until its next frame,
    // which a frame out of the host's view never gets.
    await frame.evaluate(() => document.getElementById('lang-toggle').click());
    // Polled by timer: the default polls on animation frames, which this frame does not get.
    await frame.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'en', null, { timeout: 10000, polling: 100 });
    await frame.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 10000, polling: 100 });
    assert.match(await frame.locator('#program-table thead').textContent(), /Amount/);
    assert.ok(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().top > 2 * innerHeight), 'nothing scrolled the frame into view');
    assert.deepEqual(errors.all(), []);
  });

  test('the frame follows a language switch and a window resize', async () => {
    const { page, frame } = await openHost('host-ja.html', { width: 800, height: 800 });
    await frame.waitForSelector('#boot', { state: 'detached', timeout: 20000 });
    const wide = await waitForFit(page, frame);
    await frame.locator('#lang-toggle').click();
    await frame.waitForFunction(() => document.documentElement.lang === 'en');
    await waitForFit(page, frame);
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await waitForFit(page, frame);
    assert.ok(narrow > wide, `360 px: ${narrow}px, 800 px: ${wide}px`);
  });

  test('embed.js ignores other windows and clamps absurd heights', async () => {
    const { page, frame } = await openHost('host-ja.html', { width: 800, height: 800 });
    await frame.waitForSelector('#boot', { state: 'detached', timeout: 20000 });
    const fitted = await waitForFit(page, frame);
    // The iframe's height, and the one embed.js last applied.
    const height = () => page.evaluate(() => {
      const iframe = document.querySelector('iframe');
      return [iframe.clientHeight, Number(iframe.getAttribute('data-cyber-budget-explorer-height'))];
    });
    // A listener of the host's own, added after embed.js's: the listeners of one event run
    // in the order they were added, so once it has seen a message, embed.js has handled it.
    await page.evaluate(() => {
      window.__cbeSeen = [];
      window.addEventListener('message', (e) => window.__cbeSeen.push(e.data?.height));
    });
    const handled = (h) => page.waitForFunction((h) => window.__cbeSeen.includes(h), h);
    // From the host's own window: not an explorer frame, ignored.
    await page.evaluate(() => window.postMessage({ type: 'cyber-budget-explorer:resize', height: 50 }, '*'));
    await handled(50);
    assert.deepEqual(await height(), [fitted, fitted]);
    // From the frame, nonsense is ignored and extremes are clamped.
    await frame.evaluate(() => parent.postMessage({ type: 'cyber-budget-explorer:resize', height: 'tall' }, '*'));
    await handled('tall');
    assert.deepEqual(await height(), [fitted, fitted]);
    await frame.evaluate(() => parent.postMessage({ type: 'cyber-budget-explorer:resize', height: 1e9 }, '*'));
    await page.waitForFunction(() => document.querySelector('iframe').style.height === '20000px');
    await frame.evaluate(() => parent.postMessage({ type: 'cyber-budget-explorer:resize', height: -5 }, '*'));
    await page.waitForFunction(() => document.querySelector('iframe').style.height === '150px');
  });

  test('an invalid query shows its notice inside the frame, which still fits', async () => {
    const { page, frame } = await openHost('host-bad-query.html', { width: 800, height: 800 });
    await frame.waitForSelector('#url-notices', { timeout: 20000 });
    assert.match(await frame.locator('#url-notices').innerText(), /xyz/);
    await waitForFit(page, frame);
  });

  test('a sandbox with allow-scripts alone: the frame says why and what the host can do', async () => {
    const { page, frame } = await openHost('host-sandbox-scripts-only.html', { width: 800, height: 800 });
    await frame.waitForSelector('#boot[data-reason="sandbox"]', { timeout: 5000 });
    const message = await frame.locator('#boot').innerText();
    assert.match(message, /allow-same-origin/);
    assert.match(message, /埋め込み元の iframe/);
    assert.match(message, /The embedding iframe is sandboxed/);
    await screenshot(page, 'embed-host-sandbox-failure');
    // boot.js sizes the frame to its message even though the app never started.
    await waitForFit(page, frame);
  });
});

describe('when WebAssembly cannot start', () => {
  let browser;
  const servers = [];
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
    const { pages, violations } = cspReport();
    console.log(`# embed.test.mjs: ${pages} pages watched for CSP violations`);
    assert.ok(pages > 0 && violations >= 1, 'the policy without wasm-unsafe-eval was seen to report itself');
  });

  test("a CSP without 'wasm-unsafe-eval' gets a message naming it, in Japanese and English", async () => {
    const csp = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');
    const server = await startStaticServer({ root: DIST_ROOT, prefix: '/', csp });
    servers.push(server);
    const { page, context } = await openPage(browser, `${server.url}?embed=1`, { waitForApp: false });
    await page.waitForSelector('#boot[data-reason="csp"]', { timeout: 5000 });
    const message = await text(page, '#boot');
    assert.match(message, /エクスプローラーを起動できません。 The explorer cannot start\./);
    assert.match(message, /CSP の script-src に 'wasm-unsafe-eval' を加えてください/);
    assert.match(message, /add 'wasm-unsafe-eval' to the policy's script-src/);
    assert.equal(await page.getAttribute('#boot', 'role'), 'alert');
    // The default figures stay, laid out as an embed: no header, filters, embed code or About.
    assert.ok(await page.isVisible('#headline-total'));
    for (const part of ['.site-header', 'aside.filters', '#embed', '#about', '.site-footer']) {
      assert.equal(await page.isVisible(part), false, `${part} is hidden in a failed embed`);
    }
    await screenshot(page, 'boot-failure-csp');
    await context.close();
  });

  test('a browser without WebAssembly is told so instead of loading forever', async () => {
    const server = await startStaticServer({ root: DIST_ROOT, prefix: '/' });
    servers.push(server);
    const { page, errors, context } = await openPage(browser, server.url, {
      waitForApp: false,
      beforeGoto: (p) => p.addInitScript(() => { delete window.WebAssembly; }),
    });
    await page.waitForSelector('#boot[data-reason="browser"]', { timeout: 5000 });
    assert.match(await text(page, '#boot'), /WebAssembly/);
    assert.deepEqual(errors.csp, []);
    await context.close();
  });
});
