// The search folds the case of every script, not only ASCII and full-width Latin (issue 20):
// government documents write 「第Ⅱ期」, and Ⅱ (U+2161) is a capital whose lower case is ⅱ. The
// synthetic edition of 300 programs (src/synthetic.rs, built by scripts/test.sh into
// target/dist-synthetic with CBE_DATA_DIR) names every third program 「第Ⅱ期」 / "phase Ⅱ" and
// ends descriptions with α, ℓ or 「Élan, café」; the FY2024 edition holds no such letter.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST_SYNTHETIC, text, useApp, waitForQuery } from './harness.mjs';

/** The number in the filter panel's count (`83件`). */
const matching = async (page) => Number((await text(page, '#match-count strong')).replace(/[^\d]/g, ''));
const names = (page) => page.locator('#program-table tbody .name-cell').allTextContents();

describe('search over letters of every script', () => {
  const app = useApp({ dist: DIST_SYNTHETIC });

  test('ⅱ and Ⅱ find the same 83 programs, each named 第Ⅱ期', async () => {
    for (const q of ['ⅱ', 'Ⅱ']) {
      const { page, errors } = await app.open(`?q=${encodeURIComponent(q)}`);
      assert.equal(await matching(page), 83, q);
      const shown = await names(page);
      assert.equal(shown.length, 83, q);
      for (const name of shown) assert.match(name, /第Ⅱ期$/, `${q}: ${name}`);
      assert.deepEqual(errors.all(), []);
    }
  });

  test('typing Ⅱ in the box, and English names in either case', async () => {
    const { page } = await app.open('', { viewport: { width: 390, height: 844 } });
    await page.locator('#filters-toggle').click();
    assert.equal(await matching(page), 242);
    await page.locator('#search-input').pressSequentially('第Ⅱ期');
    await waitForQuery(page, `?q=${encodeURIComponent('第Ⅱ期')}`);
    await page.waitForFunction(() => document.querySelector('#match-count strong')?.innerText.startsWith('83'));
    await app.screenshot(page, 'unicode-search-phone-ja');

    const { page: en } = await app.open(`?lang=en&q=${encodeURIComponent('PHASE ⅱ')}`);
    assert.equal(await matching(en), 83);
    for (const name of await names(en)) assert.match(name, /, phase Ⅱ$/, name);
  });

  test('é finds Élan and café, α finds Α, and ℓ finds itself', async () => {
    for (const [q, n] of [['é', 60], ['ÉLAN', 60], ['CAFÉ', 60], ['Α', 61], ['α', 61], ['ℓ', 59]]) {
      const { page } = await app.open(`?q=${encodeURIComponent(q)}`);
      assert.equal(await matching(page), n, q);
    }
  });
});
