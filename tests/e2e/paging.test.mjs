// The program table over more programs than one page holds: a synthetic edition of 300
// programs (src/synthetic.rs), built by scripts/test.sh into target/dist-synthetic with
// CBE_DATA_DIR. The FY2024 edition's 31 programs fit on one page, and there the table has
// no page controls (explorer.test.mjs counts its rows).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, DIST_SYNTHETIC, text, useApp, waitForText } from './harness.mjs';

const rows = (page) => page.locator('#program-table tbody tr');
const firstName = (page) => text(page, '#program-table tbody tr:first-child .name-cell');
/** The number of matching programs, from the filter panel's count (`241件`). */
async function matching(page) {
  const n = Number((await text(page, '#match-count strong')).replace(/[^\d]/g, ''));
  assert.ok(n > 200, `the synthetic edition should list over 200 programs, lists ${n}`);
  return n;
}
const grouped = (n) => n.toLocaleString('en-US');

describe('the program table in pages', () => {
  const app = useApp({ dist: DIST_SYNTHETIC });

  test('draws 100 rows at a time, says which, and pages with the buttons', async () => {
    const { page, errors } = await app.open('');
    const n = await matching(page);
    assert.equal(await rows(page).count(), 100);
    assert.equal(await text(page, '#pager-range'), `${grouped(n)}件中 1〜100件`);
    assert.equal(await page.getAttribute('#pager-range', 'role'), 'status');
    assert.equal(await page.getAttribute('#pager-previous', 'aria-disabled'), 'true');
    assert.equal(await text(page, '#pager-next'), '次の100件');
    const first = await firstName(page);

    await page.locator('#pager-next').click();
    await waitForText(page, '#pager-range', `${grouped(n)}件中 101〜200件`);
    assert.equal(await rows(page).count(), 100);
    assert.notEqual(await firstName(page), first);
    // The page is not part of the URL contract: the address bar stays as it was.
    assert.equal(new URL(page.url()).search, '');

    await page.locator('#pager-previous').click();
    await waitForText(page, '#pager-range', `${grouped(n)}件中 1〜100件`);
    assert.equal(await firstName(page), first);
    assert.deepEqual(errors.all(), []);
  });

  test('works from the keyboard, and the focus stays on the button at the last page', async () => {
    const { page } = await app.open('');
    const n = await matching(page);
    await page.locator('#pager-next').focus();
    await page.keyboard.press('Enter');
    await waitForText(page, '#pager-range', '101〜200件');
    await page.keyboard.press('Space');
    await waitForText(page, '#pager-range', `201〜${Math.min(300, n)}件`);
    assert.equal(await rows(page).count(), n - 200);
    assert.equal(await page.getAttribute('#pager-next', 'aria-disabled'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'pager-next');
    // Past the end nothing happens: the last page stays, and a step back (handled after the
    // Enter, so once it shows, the Enter has been handled) lands on the page before it.
    await page.keyboard.press('Enter');
    assert.equal(await text(page, '#pager-range'), `${grouped(n)}件中 201〜${n}件`);
    await page.locator('#pager-previous').click();
    await waitForText(page, '#pager-range', `${grouped(n)}件中 101〜200件`);
  });

  test('a new sort or filter goes back to the first page', async () => {
    const { page } = await app.open('');
    const n = await matching(page);
    await page.locator('#pager-next').click();
    await waitForText(page, '#pager-range', '101〜200件');
    await page.locator('#sort-name').click();
    await waitForText(page, '#pager-range', `${grouped(n)}件中 1〜100件`);

    await page.locator('#pager-next').click();
    await waitForText(page, '#pager-range', '101〜200件');
    await page.locator('#area-3').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('area') === '3');
    // About a sixth of the programs: one page, so no page controls, and every row drawn.
    const inArea = Number((await text(page, '#match-count strong')).replace(/[^\d]/g, ''));
    assert.ok(inArea > 0 && inArea <= 100, `area 3 lists ${inArea}`);
    await page.waitForFunction(() => !document.querySelector('#pager-range'));
    assert.equal(await rows(page).count(), inArea);
  });

  test('speaks English and passes the accessibility audit', async () => {
    const { page } = await app.open('?lang=en');
    const n = await matching(page);
    assert.equal(await text(page, '#pager-range'), `1–100 of ${grouped(n)}`);
    assert.equal(await text(page, '#pager-previous'), 'Previous 100');
    assert.equal(await page.getAttribute('nav.pager', 'aria-label'), 'Pages of the itemised programs');
    assert.deepEqual(await axeViolations(page), []);
  });
});
