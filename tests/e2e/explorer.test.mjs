// The explorer as a visitor uses it: filters through the controls and through the URL,
// the figures shown, Back/Forward, English, a program's detail, notices for bad links,
// keyboard use and a phone-sized screen. Every expected figure is NISC's published one
// or the sum of its itemised programs (see tests/published_figures.rs for the arithmetic).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { text, useApp, waitForApp, waitForQuery, waitForText } from './harness.mjs';

const query = (page) => new URL(page.url()).search;

describe('the explorer', () => {
  const app = useApp();

  test('opens on the FY2024 initial budget with its published figures', async () => {
    const { page, errors } = await app.open('');
    assert.equal(await text(page, '#headline-total'), '2,126.2億円');
    assert.equal(await text(page, '#headline-basis'), '公表された総額');
    assert.equal(await text(page, '#headline-change'), '+747.3億円（+54.2%）増');
    // The grand total's share of itself (100%) is not shown (issue 9).
    assert.equal(await page.locator('#headline-share').count(), 0);
    assert.equal(await text(page, '#headline-per-resident'), '1,717円');
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    // The area chart shows every published area total and the derived (5)+(6).
    const areas = await text(page, '#area-chart');
    for (const figure of ['63.2億円', '383.0億円', '1,522.1億円', '128.4億円', '29.5億円']) {
      assert.ok(areas.includes(figure), `area chart lacks ${figure}:\n${areas}`);
    }
    assert.ok(areas.includes('個別施策として記載のない額 235.6億円'), areas);
    // The ministry chart adds up to the whole with what is not itemised by ministry.
    assert.ok((await text(page, '#ministry-chart')).includes('府省庁別に記載のない額\n383.4億円'));
    assert.equal(await page.locator('#program-table tbody tr').count(), 30);
    assert.deepEqual(errors.all(), []);
  });

  test('the Ministry of Defense filter, set with its checkbox, shows its itemised sum and change', async () => {
    const { page, errors } = await app.open('');
    await page.locator('#ministry-mod').check();
    await waitForQuery(page, '?ministry=mod');
    await waitForText(page, '#headline-total', '1,521.0億円');
    assert.equal(await text(page, '#headline-basis'), '個別施策の合計（府省庁別・検索結果の総額は公表されていません）');
    assert.equal(await text(page, '#headline-change'), '+639.3億円（+72.5%）増');
    assert.equal(await text(page, '#headline-share'), '71.5%');
    assert.equal(await text(page, '#headline-per-resident'), '1,229円');
    assert.ok((await text(page, '#match-count')).includes('5件'));
    assert.equal(await page.locator('#program-table tbody tr').count(), 5);
    // The polite live region says the same for screen-reader users.
    const announced = await text(page, '#headline-announcement');
    assert.ok(announced.includes('1,521.0億円') && announced.includes('+639.3億円'), announced);
    assert.deepEqual(errors.all(), []);
  });

  test('a URL restores the view, and Back and Forward move between views', async () => {
    const { page } = await app.open('?ministry=mod');
    assert.equal(await text(page, '#headline-total'), '1,521.0億円');
    assert.equal(await page.locator('#ministry-mod').isChecked(), true);

    const before = await page.evaluate(() => history.length);
    await page.locator('#area-3').check();
    await waitForQuery(page, '?ministry=mod&area=3');
    await waitForText(page, '#headline-total', '1,495.5億円');
    assert.equal(await page.evaluate(() => history.length), before + 1);

    await page.goBack();
    await waitForQuery(page, '?ministry=mod');
    await waitForText(page, '#headline-total', '1,521.0億円');
    assert.equal(await page.locator('#area-3').isChecked(), false);

    await page.goForward();
    await waitForQuery(page, '?ministry=mod&area=3');
    await waitForText(page, '#headline-total', '1,495.5億円');
    assert.equal(await page.locator('#area-3').isChecked(), true);
  });

  test('year and budget kind: FY2023 with supplementary, and a round the edition lacks', async () => {
    const { page } = await app.open('');
    await page.locator('#year-2023').check();
    await waitForQuery(page, '?year=2023');
    await waitForText(page, '#headline-total', '1,378.9億円');
    assert.equal(await text(page, '#headline-change'), '比較できる前年度の予算がこの資料にありません');
    await page.locator('#budget-all').check();
    await waitForQuery(page, '?year=2023&budget=all');
    // 1,378.9 + 238.9
    await waitForText(page, '#headline-total', '1,617.8億円');

    const { page: lacking } = await app.open('?budget=supplementary');
    assert.equal(await text(lacking, '#headline-total'), '金額なし');
    assert.equal(await text(lacking, '#headline-scope'), '令和6年度補正予算（資料にありません）');
    assert.ok((await text(lacking, '#program-table')).includes('この条件に該当する個別施策はありません。'));
  });

  test('choosing a bar filters by it', async () => {
    const { page } = await app.open('');
    await page.locator('#area-chart button', { hasText: '(3)' }).click();
    await waitForQuery(page, '?area=3');
    await waitForText(page, '#headline-total', '1,522.1億円');
    assert.equal(await text(page, '#headline-basis'), '公表された分野別総額の合計');
    await page.locator('#ministry-chart button', { hasText: '警察庁' }).click();
    await waitForQuery(page, '?ministry=npa&area=3');
    // Only サイバーテロ対策用資機材の増強等 is both NPA and area (3).
    await waitForText(page, '#headline-total', '11.7億円');
  });

  test('typing a search replaces the history entry instead of adding one per key', async () => {
    const { page } = await app.open('');
    const before = await page.evaluate(() => history.length);
    await page.locator('#search-input').pressSequentially('RMF');
    await waitForQuery(page, '?q=RMF');
    await waitForText(page, '#headline-total', '290.8億円');
    assert.equal(await page.evaluate(() => history.length), before);
    assert.equal(await page.locator('#program-table tbody tr').count(), 1);
  });

  test('search text with &, = and # survives the address bar', async () => {
    const { page } = await app.open('');
    await page.locator('#search-input').fill('a&b=c#d');
    await waitForQuery(page, '?q=a%26b%3Dc%23d');
    await page.reload();
    // The pre-render has the box too, empty: wait for the app that fills it.
    await waitForApp(page);
    assert.equal(await page.locator('#search-input').inputValue(), 'a&b=c#d');
  });

  test('English: the toggle switches language, <html lang> and number format', async () => {
    const { page, errors } = await app.open('?ministry=mod');
    await page.locator('#lang-toggle').click();
    await waitForQuery(page, '?ministry=mod&lang=en');
    await waitForText(page, '#headline-total', '¥152.10 billion');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await text(page, '#headline-change'), '+¥63.93 billion (+72.5%), increase');
    assert.equal(await text(page, '#headline-per-resident'), '¥1,229');
    assert.ok((await text(page, '#program-table')).includes('Introducing the Risk Management Framework (RMF)'));
    assert.equal(await page.title(), "Japan's Government Cybersecurity Budget");
    assert.deepEqual(errors.all(), []);
  });

  test('a program opens its detail with each figure and its source page', async () => {
    const { page } = await app.open('?ministry=mod');
    await page.locator('#program-table a', { hasText: 'リスク管理枠組み（RMF）の導入' }).click();
    await waitForQuery(page, '?ministry=mod&program=mod-rmf');
    const detail = await text(page, '#program-detail');
    for (const part of ['令和6年度当初予算\t290.8億円\tp. 2', '令和5年度補正予算\t—（記載なし）\tp. 2', '令和5年度当初予算\t301.1億円\tp. 2', 'p. 27']) {
      assert.ok(detail.includes(part), `detail lacks ${JSON.stringify(part)}:\n${detail}`);
    }
    // Focus moved to the detail, so keyboard and screen-reader users land on it.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'program-detail');
    await page.locator('#close-detail').click();
    await waitForQuery(page, '?ministry=mod');
    assert.equal(await page.locator('#program-detail').count(), 0);
  });

  test('a program page with 百万円 figures and notes shows them', async () => {
    const { page } = await app.open('?program=mhlw-information-security');
    const detail = await text(page, '#program-detail');
    assert.ok(detail.includes('厚生労働省及び関係機関等における情報セキュリティ対策推進費'), detail);
    assert.ok(detail.includes('53.3億円'), detail);
    assert.ok(detail.includes('29.0億円'), detail);
    const { page: iot } = await app.open('?program=mic-iot-security&lang=en');
    assert.ok((await text(iot, '#program-detail')).includes('¥1,584 million'));
  });

  test('unknown and malformed parameters are ignored with a visible notice', async () => {
    const { page, errors } = await app.open('?ministry=mod,nasa&year=1999&utm_source=x&program=%3Cscript%3E');
    const notices = await text(page, '#url-notices');
    assert.ok(notices.includes('「ministry」の値「nasa」は使えないため無視しました。'), notices);
    assert.ok(notices.includes('「year」の値「1999」は使えないため無視しました。'), notices);
    assert.ok(notices.includes('「utm_source」は使えないパラメータのため無視しました。'), notices);
    assert.ok(notices.includes('「program」の値「<script>」は使えないため無視しました。'), notices);
    // What was valid still applies.
    assert.equal(await text(page, '#headline-total'), '1,521.0億円');
    assert.equal(await page.locator('script:not([type="module"]):not([src])').count(), 0);
    await page.locator('#url-notices button').click();
    await page.waitForSelector('#url-notices', { state: 'detached' });
    assert.deepEqual(errors.all(), []);
  });

  test('markup in a link is shown as text, never run', async () => {
    // Counted from before the page loads: a dialog opened while the app drew the page
    // must not go unseen.
    let dialogs = 0;
    const { page, errors } = await app.open('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', {
      beforeGoto: (p) => p.on('dialog', async (d) => {
        dialogs += 1;
        await d.dismiss();
      }),
    });
    assert.ok((await text(page, '#headline-scope')).includes('「<img src=x onerror=alert(1)>」'));
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await text(page, '#headline-total'), '金額なし');
    assert.equal(dialogs, 0);
    assert.deepEqual(errors.all(), []);
  });

  test('sorting by a column reorders the table and says so', async () => {
    const { page } = await app.open('');
    const firstRow = () => text(page, '#program-table tbody tr:first-child th');
    assert.equal(await firstRow(), '情報システムの防護');
    await page.locator('#sort-amount').click();
    await waitForQuery(page, '?sort=amount');
    assert.equal(await page.getAttribute('#program-table th:has(#sort-amount)', 'aria-sort'), 'ascending');
    assert.equal(await firstRow(), 'サプライチェーンリスク対応のための技術検証体制構築に関する調査費');
  });

  test('the keyboard alone sets a filter, and focus stays on the control', async () => {
    const { page } = await app.open('');
    await page.locator('#ministry-fsa').focus();
    await page.keyboard.press('Space');
    await waitForQuery(page, '?ministry=fsa');
    await waitForText(page, '#headline-total', '0.9億円');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ministry-fsa');
    await page.keyboard.press('Space');
    await waitForQuery(page, '');
    await waitForText(page, '#headline-total', '2,126.2億円');
  });

  // The charts and tables are redrawn from HTML strings: the keyboard focus and an open
  // data table must survive the redraw their own control caused.
  test('the keyboard chooses a bar and a sort column, the focus stays there, open tables stay open', async () => {
    const { page } = await app.open('');
    await page.locator('#ministry-table-details > summary').click();
    await page.locator('#ministry-chart .bar-button', { hasText: '防衛省' }).focus();
    await page.keyboard.press('Enter');
    await waitForQuery(page, '?ministry=mod');
    await waitForText(page, '#headline-total', '1,521.0億円');
    const focused = () =>
      page.evaluate(() => ({ id: document.activeElement?.id, action: document.activeElement?.dataset.action, value: document.activeElement?.dataset.value }));
    assert.deepEqual(await focused(), { id: '', action: 'choose-ministry', value: 'mod' });
    assert.equal(await page.locator('#ministry-table-details').evaluate((d) => d.open), true);
    assert.equal(await page.locator('#area-table-details').evaluate((d) => d.open), false);
    await page.locator('#sort-amount').focus();
    await page.keyboard.press('Enter');
    await waitForQuery(page, '?ministry=mod&sort=amount');
    assert.equal(await page.getAttribute('#program-table th:has(#sort-amount)', 'aria-sort'), 'ascending');
    assert.deepEqual(await focused(), { id: 'sort-amount', action: 'sort-by', value: 'amount' });
  });

  test('clear all returns to the published total', async () => {
    const { page } = await app.open('?ministry=mod&area=3&q=%E9%98%B2%E8%AD%B7&lang=en');
    await page.locator('#clear-all').click();
    await waitForQuery(page, '?lang=en');
    await waitForText(page, '#headline-total', '¥212.62 billion');
  });

  test('every table has a caption and header cells', async () => {
    const { page } = await app.open('?program=mod-rmf');
    const tables = await page.locator('table').evaluateAll((ts) =>
      ts.map((t) => ({ id: t.id, caption: t.caption?.textContent ?? '', headers: t.querySelectorAll('th[scope]').length })),
    );
    assert.ok(tables.length >= 4, JSON.stringify(tables));
    for (const t of tables) {
      assert.ok(t.caption.length > 0 && t.headers > 0, JSON.stringify(t));
    }
  });
});

describe('when the app cannot go on', () => {
  const app = useApp();

  test('corrupted embedded data shows a message saying so, not a blank page', async () => {
    // Serve a .wasm whose embedded dataset (the compact form build.rs writes, read by
    // src/budget/codec.rs) has another format tag (same length, so the module stays valid):
    // reading the data fails at start. A broken data file never gets this far: it fails the
    // build with file, record and field (scripts/check-broken-data-fails-build.sh).
    const { page, errors } = await app.open('', { waitForApp: false, beforeGoto: async (p) => {
      await p.route('**/*.wasm', async (route) => {
        const response = await route.fetch();
        const body = Buffer.from(await response.body());
        const tag = Buffer.from('CBE\x01', 'latin1');
        const at = body.indexOf(tag);
        assert.ok(at > 0, 'the wasm embeds the dataset');
        assert.equal(body.indexOf(tag, at + 1), -1, 'the wasm embeds one dataset');
        body[at + 3] = 0x7f;
        await route.fulfill({ response, body });
      });
    } });
    await page.waitForSelector('#fatal', { timeout: 20000 });
    const message = await text(page, '#fatal');
    assert.ok(message.includes('Something went wrong and the explorer cannot continue'), message);
    assert.ok(message.includes('the embedded data cannot be read: not an encoded dataset'), message);
    assert.equal(await page.locator('#boot').count(), 0);
    assert.deepEqual(errors.page, []);
  });
});

describe('on a phone (360 px wide)', () => {
  const app = useApp({ viewport: { width: 360, height: 740 } });

  test('the figures come first and the filters open from one button', async () => {
    const { page, errors } = await app.open('');
    const total = await page.locator('#headline-total').boundingBox();
    assert.ok(total.y < 740, `the total starts at y=${total.y}, below the first screen`);
    assert.equal(await page.locator('#ministry-mod').isVisible(), false);
    await page.locator('#filters-toggle').click();
    assert.equal(await page.getAttribute('#filters-toggle', 'aria-expanded'), 'true');
    await page.locator('#ministry-mod').check();
    await waitForText(page, '#headline-total', '1,521.0億円');
    // Nothing is wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await app.screenshot(page, 'phone-ja');
    assert.deepEqual(errors.all(), []);
  });
});

describe('on a phone, nothing is wider than the screen', () => {
  const app = useApp({ viewport: { width: 360, height: 740 } });

  for (const query of ['?program=mod-rmf&lang=en', '?program=mod-rmf', '?ministry=meti&lang=en', '?embed=1&program=mhlw-information-security&lang=en']) {
    test(query, async () => {
      const { page, errors } = await app.open(query);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${query}: the page is ${overflow}px wider than the screen`);
      assert.deepEqual(errors.all(), []);
    });
  }
});

describe('under a sub-path', () => {
  const app = useApp({ subpath: true });

  test('filters keep the path, and a reload restores the view', async () => {
    const { page } = await app.open('');
    await page.locator('#ministry-meti').check();
    await waitForQuery(page, '?ministry=meti');
    assert.equal(new URL(page.url()).pathname, '/cyber/budget/');
    await page.reload();
    await page.waitForSelector('#headline-total');
    await waitForText(page, '#headline-total', '101.5億円');
  });
});
