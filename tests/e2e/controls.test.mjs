// The filter controls are redrawn from HTML strings (src/markup, morph.js): what the reader
// owns must survive each redraw: a checkbox's and radio button's checked state, the text
// being typed (IME composition too), the keyboard focus, an open help bubble. A click
// draws the parts in view first and the rest right after its frame.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, waitForQuery } from './harness.mjs';

/** Waits until input `id`'s checked property is `value` (the redraw runs after the URL is written). */
const waitChecked = (page, id, value) =>
  page.waitForFunction(([id, value]) => document.getElementById(id).checked === value, [id, value], { timeout: 5000 });

/** The headline figure and the first program row, as the page shows them (evaluated in it). */
const SEEN = `({
  total: document.querySelector('#headline-total').textContent,
  row: document.querySelector('[data-part="programs"] a.program-link').closest('tr').textContent,
})`;

describe('the filter controls, redrawn', () => {
  const app = useApp();

  test('checkboxes and radio buttons follow the view whatever changed it', async () => {
    const { page, errors } = await app.open('');
    await page.locator('#ministry-mod').check();
    await waitForQuery(page, '?ministry=mod');
    await waitChecked(page, 'ministry-mod', true);
    // Removed by its chip: the box the reader ticked is cleared (a property, not the attribute).
    await page.locator('#active-filters .chip').first().click();
    await waitForQuery(page, '');
    await waitChecked(page, 'ministry-mod', false);
    // Back brings it back.
    await page.goBack();
    await waitForQuery(page, '?ministry=mod');
    await waitChecked(page, 'ministry-mod', true);
    await page.locator('#year-2023').check();
    await waitForQuery(page, '?year=2023&ministry=mod');
    await page.locator('#chips-clear-all').click();
    // Clear all keeps the year, as the panel's button does.
    await waitForQuery(page, '?year=2023');
    await waitChecked(page, 'year-2023', true);
    await waitChecked(page, 'ministry-mod', false);
    await page.locator('#active-filters .chip').first().click();
    await waitForQuery(page, '');
    await waitChecked(page, 'year-2024', true);
    await waitChecked(page, 'year-2023', false);
    await page.locator('#order-source').check();
    await waitForQuery(page, '?order=source');
    await page.goBack();
    await waitForQuery(page, '');
    await waitChecked(page, 'order-largest', true);
    await waitChecked(page, 'order-source', false);
    assert.deepEqual(errors.all(), []);
  });

  test('a click draws what is in view before its frame; parts out of view follow, aria-busy until then', async () => {
    const { page, errors } = await app.open('');
    const before = await page.evaluate(SEEN);
    // The page's clock is held from here: its timers and animation frames run only when the
    // test moves the clock. Otherwise a machine too busy to draw a frame within 200 ms lets
    // the app's no-frame fallback (src/ui/tasks.rs NO_FRAME_MS) run the held parts first.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    // What the page holds when the first frame after the click is about to be painted.
    await page.evaluate(`document.addEventListener('click', () => requestAnimationFrame(() => {
      window.atFrame = {
        ...${SEEN},
        busy: [...document.querySelectorAll('[aria-busy="true"]')].map((e) => e.dataset.part),
        url: location.search,
      };
    }), { capture: true, once: true })`);
    await page.locator('#year-2023').check();
    // No frame yet: the click's own task has run, nothing after a frame has.
    assert.equal(await page.evaluate(() => window.atFrame), undefined);
    assert.equal(await page.evaluate(() => location.search), '');
    // One frame (16 ms), and the tasks it queues.
    await page.clock.runFor(16);
    const atFrame = await page.evaluate(() => window.atFrame);
    assert.ok(atFrame, 'the frame after the click ran');
    // The headline, in view, changed in the click's own frame; the program table, below the
    // fold, was held (busy) and not yet redrawn; the address bar followed the frame.
    assert.notEqual(atFrame.total, before.total);
    assert.equal(atFrame.row, before.row);
    assert.ok(atFrame.busy.includes('programs'), `busy at the frame: ${atFrame.busy}`);
    assert.ok(!atFrame.busy.includes('headline'), `busy at the frame: ${atFrame.busy}`);
    assert.equal(atFrame.url, '');
    await page.clock.resume();
    await waitForQuery(page, '?year=2023');
    await page.waitForFunction(() => !document.querySelector('[aria-busy]'));
    // Caught up: the page shows what a fresh load of that URL shows.
    const after = await page.evaluate(SEEN);
    assert.notEqual(after.row, before.row);
    const fresh = await app.open('?year=2023');
    assert.deepEqual(after, await fresh.page.evaluate(SEEN));
    assert.deepEqual(errors.all(), []);
  });

  test('typing keeps the text, the caret and the focus while the counts change', async () => {
    const { page, errors } = await app.open('');
    const before = await page.locator('#match-count strong').textContent();
    await page.locator('#search-input').click();
    await page.keyboard.type('セキュリティ', { delay: 30 });
    await waitForQuery(page, `?q=${encodeURIComponent('セキュリティ')}`);
    await page.waitForFunction((b) => document.querySelector('#match-count strong').textContent !== b, before);
    assert.equal(await page.inputValue('#search-input'), 'セキュリティ');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
    // An IME composition runs across redraws: the composed text is committed as typed.
    const cdp = await page.context().newCDPSession(page);
    await page.locator('#search-input').fill('');
    await waitForQuery(page, '');
    // Each step of the composition is an input event the app searches for and redraws the
    // panel after: the address bar says when it has (the step's own signal, not a delay).
    await cdp.send('Input.imeSetComposition', { text: 'ぼうえい', selectionStart: 4, selectionEnd: 4 });
    await waitForQuery(page, `?q=${encodeURIComponent('ぼうえい')}`);
    assert.equal(await page.inputValue('#search-input'), 'ぼうえい');
    await cdp.send('Input.imeSetComposition', { text: '防衛', selectionStart: 2, selectionEnd: 2 });
    await waitForQuery(page, `?q=${encodeURIComponent('防衛')}`);
    await cdp.send('Input.insertText', { text: '防衛' });
    // The commit changes nothing the app shows: a key typed after it is handled after it,
    // so once its search is in the address bar the commit has been handled too.
    await page.keyboard.type('省');
    await waitForQuery(page, `?q=${encodeURIComponent('防衛省')}`);
    assert.equal(await page.inputValue('#search-input'), '防衛省');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
    // The search chip clears the box, which the reader is no longer in.
    await page.locator('#active-filters .chip').first().click();
    await waitForQuery(page, '');
    await page.waitForFunction(() => document.getElementById('search-input').value === '');
    assert.deepEqual(errors.all(), []);
  });

  test('an open help word stays open through a filter change, and Escape closes it', async () => {
    const { page, errors } = await app.open('');
    const button = page.locator('.filters .term-help-button[data-term="supplementary"]');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const bubble = page.locator(`#${await button.getAttribute('aria-controls')}`);
    const definition = await bubble.textContent();
    assert.ok(definition.length > 10, definition);
    // The text node read out: a redraw must not replace it, or it is announced again.
    await bubble.evaluate((b) => { b.firstChild.marked = true; });
    const count = await page.locator('#match-count strong').textContent();
    await page.locator('#ministry-mic').check();
    await waitForQuery(page, '?ministry=mic');
    // The panel has been redrawn: the count changed.
    await page.waitForFunction((c) => document.querySelector('#match-count strong').textContent !== c, count);
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await bubble.textContent(), definition);
    assert.equal(await bubble.evaluate((b) => b.firstChild.marked === true), true, 'the same text node');
    await button.focus();
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await bubble.textContent(), '');
    // The area breakdown's help row is its own container and answers the same way.
    const area = page.locator('.breakdown .term-help-button[data-term="not-itemised"]');
    await area.click();
    assert.equal(await area.getAttribute('aria-expanded'), 'true');
    await area.press('Escape');
    assert.equal(await area.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(errors.all(), []);
  });

  test('clear all is disabled with nothing to clear, and the phone toggle opens the panel', async () => {
    const { page, errors } = await app.open('?area=2', { viewport: { width: 360, height: 740 } });
    assert.equal(await page.locator('#filter-body').getAttribute('class'), 'filter-body collapsed');
    await page.locator('#filters-toggle').click();
    assert.equal(await page.locator('#filters-toggle').getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator('#filter-body').getAttribute('class'), 'filter-body');
    assert.equal(await page.locator('#clear-all').isDisabled(), false);
    await page.locator('#clear-all').click();
    await waitForQuery(page, '');
    await page.waitForFunction(() => document.getElementById('clear-all').disabled);
    // The panel stays open through the redraw its own button caused.
    assert.equal(await page.locator('#filter-body').getAttribute('class'), 'filter-body');
    await page.locator('#show-results').click();
    await page.waitForFunction(() => document.activeElement?.id === 'headline-heading');
    assert.equal(await page.locator('#filter-body').getAttribute('class'), 'filter-body collapsed');
    assert.deepEqual(errors.all(), []);
  });
});
