// Issue 10: hostile and odd URLs. Each case opens the URL the probe found it with (kept in
// fixtures/hostile-urls.json) and checks what a visitor sees: bounded notices, names and
// values as received with hidden characters made visible, text from the URL isolated in
// <bdi>, standard percent-decoding, and states that explain themselves. No test times
// anything: the bound on cost is checked natively (tests/url_cost.rs); measure-urls.mjs
// measures render times.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { text, useApp, waitForQuery } from './harness.mjs';
import { URLS, keysQuery, longUrlOptions } from './hostile-urls.mjs';

const items = (page) => page.locator('#url-notices li').allInnerTexts();

describe('hostile and odd URLs', () => {
  const app = useApp();

  test('100,000 keys (0.9 MB): five notices, then how many more, and one for what was not read', async () => {
    const query = keysQuery(URLS.manyKeys);
    assert.ok(query.length > 850000, `${query.length}`);
    const { page, errors } = await app.open(query, longUrlOptions());
    assert.equal(await text(page, '#headline-total'), '¥212.62 billion');
    const shown = await items(page);
    assert.equal(shown.length, 6, shown.join('\n'));
    assert.equal(
      shown[0],
      'The link is too long: the remaining 99,901 parameters (888,306 characters) were not read.',
    );
    assert.equal(shown[1], '"k0" is not a parameter this page takes; it was ignored.');
    assert.equal(shown[5], 'and 95 more');
    // The address bar now holds the view it gave, and the notice says so: every relative
    // link of the page is resolved against that URL, which must not be a megabyte.
    assert.equal(await page.evaluate(() => location.search), '?lang=en');
    assert.equal(await text(page, '#url-notices-removed'), 'They have been removed from the address bar.');
    // Switching language redraws the same few notices.
    await page.locator('#lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    const ja = await items(page);
    assert.equal(ja.length, 6);
    assert.equal(ja[5], 'ほか95件');
    assert.equal(ja[1], '「k0」は使えないパラメータのため無視しました。');
    assert.equal(await text(page, '#url-notices-removed'), 'これらはアドレスバーのURLから削除しました。');
    assert.deepEqual(errors.all(), []);
  });

  test('10,000 keys: the notices are capped the same way', async () => {
    const { page, errors } = await app.open(keysQuery(URLS.tenThousandKeys), longUrlOptions());
    const shown = await items(page);
    assert.equal(shown.length, 6);
    assert.equal(shown[0], 'リンクが長すぎるため、残りの9,900個のパラメータ（78,300文字）は読まずに無視しました。');
    assert.equal(shown[5], 'ほか96件');
    assert.equal(await page.evaluate(() => location.search), '');
    assert.deepEqual(errors.all(), []);
  });

  test('seven bad parameters: five listed and "and 2 more"', async () => {
    const { page } = await app.open(URLS.manyNotices);
    const shown = await items(page);
    assert.deepEqual(shown.slice(4), ['"e" is not a parameter this page takes; it was ignored.', 'and 2 more']);
  });

  test('a control character is shown where it was, not removed', async () => {
    const { page, errors } = await app.open(URLS.controlInName);
    assert.deepEqual(await items(page), ['"ye[U+0000]ar" is not a parameter this page takes; it was ignored.']);
    assert.equal(await text(page, '#url-notices li bdi'), 'ye[U+0000]ar');
    const { page: value } = await app.open(URLS.controlInValue);
    assert.deepEqual(await items(value), ['「ministry」の値「m[U+0000]od」は使えないため無視しました。']);
    assert.deepEqual(errors.all(), []);
  });

  test('a bidi override stays inside its <bdi> and is shown as U+202E', async () => {
    const { page, errors } = await app.open(URLS.bidiInNotice);
    assert.deepEqual(await items(page), ['The value "[U+202E]dom" of "ministry" is not valid; it was ignored.']);
    assert.deepEqual(await page.locator('#url-notices li bdi').allInnerTexts(), ['[U+202E]dom', 'ministry']);
    // Nothing outside the <bdi> elements came from the URL.
    const outside = await page.evaluate(() => {
      const li = document.querySelector('#url-notices li').cloneNode(true);
      li.querySelectorAll('bdi').forEach((b) => b.remove());
      return li.textContent;
    });
    assert.equal(outside, 'The value "" of "" is not valid; it was ignored.');

    // In the search text a bidi control could make a chip or the search box read as an
    // amount the link never stated (U+202E then 円億0 reads 「0億円」): it is taken out, and
    // the notice says so, showing it.
    const { page: search } = await app.open(URLS.bidiInSearch);
    assert.deepEqual(await items(search), [
      'The value "[U+202E]円億0" of "q" held hidden or direction-changing characters or spaces around an item; they were removed and the rest was used.',
    ]);
    assert.equal(await text(search, '#headline-scope'), 'FY2024 Initial · "円億0"');
    assert.equal(await text(search, '#headline-scope bdi'), '円億0');
    assert.equal(await text(search, '#active-filters .chip-label'), '"円億0"');
    assert.equal(await search.inputValue('#search-input'), '円億0');
    assert.equal(await search.getAttribute('#search-input', 'dir'), 'auto');
    const raw = await search.evaluate(() => /[\u202A-\u202E\u2066-\u2069]/.test(document.body.innerText + document.querySelector('#search-input').value));
    assert.equal(raw, false, 'no bidi control is drawn');
    assert.deepEqual(errors.all(), []);
  });

  test('percent-decoding is the WHATWG one: `%+A` is not an escape', async () => {
    const { page, errors } = await app.open(URLS.signedEscape);
    assert.equal(await page.inputValue('#search-input'), 'a% Ab');
    assert.equal(await text(page, '#headline-scope'), '令和6年度 当初予算 · 「a% Ab」');
    const { page: nul } = await app.open(URLS.signedEscapeNul);
    assert.equal(await nul.inputValue('#search-input'), '% 0');
    assert.deepEqual(errors.all(), []);
  });

  test('a program outside the filter opens, says so, and offers the filter that includes it', async () => {
    const { page, errors } = await app.open(URLS.programOtherMinistry);
    assert.ok((await text(page, '#program-detail')).includes('290.8億円'));
    assert.equal(await text(page, '#headline-scope'), '令和6年度 当初予算 · 内閣官房');
    assert.equal(
      await text(page, '#outside-selection'),
      '開いている施策は今の絞り込みに含まれないため、合計と一覧には入っていません。 含まれる絞り込みに切り替える：令和6年度 当初予算 · 防衛省',
    );
    assert.equal(await page.getAttribute('#include-program', 'href'), '?ministry=mod&program=mod-rmf');
    await page.locator('#include-program').click();
    await waitForQuery(page, '?ministry=mod&program=mod-rmf');
    await page.waitForFunction(() => document.querySelector('#headline-total')?.innerText === '1,521.0億円');
    assert.equal(await page.locator('#outside-selection').count(), 0);
    assert.ok((await text(page, '#program-detail')).includes('290.8億円'));
    assert.deepEqual(errors.all(), []);
  });

  test('a program with no amount in the round shown offers both rounds', async () => {
    const { page, errors } = await app.open(URLS.programNoRound);
    assert.equal(await text(page, '#headline-total'), '金額なし');
    assert.ok((await text(page, '#outside-selection')).includes('令和6年度当初予算のみ（令和6年度補正予算は資料にありません）'));
    await page.locator('#include-program').click();
    await waitForQuery(page, '?budget=all&program=mod-rmf');
    await page.waitForFunction(() => document.querySelector('#headline-total')?.innerText === '2,126.2億円');
    assert.equal(await page.locator('#outside-selection').count(), 0);
    assert.deepEqual(errors.all(), []);
  });

  test('notices follow the address bar: a click that drops the parameter says it was removed', async () => {
    const { page, errors } = await app.open(URLS.staleNotice);
    assert.deepEqual(await items(page), ['「utm_source」は使えないパラメータのため無視しました。']);
    assert.equal(await page.locator('#url-notices-removed').count(), 0);
    await page.locator('#area-3').check();
    await waitForQuery(page, '?ministry=mod&area=3');
    assert.equal(await text(page, '#url-notices-removed'), 'これらはアドレスバーのURLから削除しました。');
    assert.deepEqual(await items(page), ['「utm_source」は使えないパラメータのため無視しました。']);
    // Back to the URL that has it: the notice is as it was.
    await page.goBack();
    await waitForQuery(page, URLS.staleNotice);
    await page.waitForFunction(() => !document.querySelector('#url-notices-removed'));
    assert.deepEqual(await items(page), ['「utm_source」は使えないパラメータのため無視しました。']);
    // A URL without bad parameters (Back to a clean one) has no notice at all.
    await page.goForward();
    await waitForQuery(page, '?ministry=mod&area=3');
    await page.waitForFunction(() => !document.querySelector('#url-notices'));
    assert.deepEqual(errors.all(), []);
  });

  test('at 360 and 1280 px, in Japanese and English, the notices and the note fit', async () => {
    for (const width of [360, 1280]) {
      // Eight notices: five shown, then "and 3 more".
      for (const [lang, more] of [['ja', 'ほか3件'], ['en', 'and 3 more']]) {
        const query = `${URLS.programOtherMinistry}&ye%00ar=1&=x&q=%E2%80%AE%E5%86%86&a=1&b=2&c=3&d=4&e=5&lang=${lang}`;
        const { page, errors } = await app.open(query, { viewport: { width, height: 900 } });
        const shown = await items(page);
        assert.equal(shown.length, 6);
        assert.equal(shown[5], more);
        assert.ok(await page.locator('#outside-selection').isVisible());
        // The notices and the note fit the screen.
        for (const selector of ['#url-notices', '#outside-selection']) {
          const box = await page.locator(selector).boundingBox();
          assert.ok(box.x >= 0 && box.x + box.width <= width, `${selector} at ${width} px: ${JSON.stringify(box)}`);
        }
        await app.screenshot(page, `hostile-urls-${width}-${lang}`);
        assert.deepEqual(errors.all(), []);
      }
    }
  });

  test('an empty parameter name gets a sentence that reads naturally', async () => {
    const { page, errors } = await app.open(URLS.emptyName);
    assert.deepEqual(await items(page), ['名前のないパラメータ（値「x」）を無視しました。']);
    assert.deepEqual(errors.all(), []);
  });
  test('boot.js reads the parameters the app reads: embed=1 as the 101st is ignored before the app too', async () => {
    // boot.js alone decides <html>'s classes while the app is missing (its .wasm aborted).
    const withoutApp = { waitForApp: false, waitUntil: 'load', beforeGoto: (page) => page.route('**/*.wasm', (route) => route.abort()) };
    const filler = (n) => Array.from({ length: n }, (_, i) => `x${i}=${i}`).join('&');
    const embedded = async (query) => {
      const { page } = await app.open(query, withoutApp);
      await page.waitForFunction(() => document.documentElement.classList.contains('cbe-failed'));
      return page.evaluate(() => document.documentElement.classList.contains('cbe-embed'));
    };
    assert.equal(await embedded(`?${filler(99)}&embed=1`), true, 'the 100th parameter is read');
    assert.equal(await embedded(`?${filler(100)}&embed=1`), false, 'the 101st is not');
    assert.equal(await embedded(`?${filler(100)}&&&&embed=1`.replace('x0=0&', '&&x0=0&')), false, 'empty parameters do not count');
    // The app agrees (src/budget/query.rs MAX_PARAMS), and says what it did not read.
    const { page } = await app.open(`?${filler(100)}&embed=1`);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('cbe-embed')), false);
    assert.equal((await items(page))[0], 'リンクが長すぎるため、残りの1個のパラメータ（8文字）は読まずに無視しました。');
  });
});
