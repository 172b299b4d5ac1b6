// The keyboard alone (WCAG 2.1.1, 2.1.2), the order focus moves in (2.4.3), the focus
// ring on every tab stop (2.4.7), nothing changing on focus or on input (3.2.1, 3.2.2), the
// skip link (2.4.1), and nothing appearing on hover or focus (1.4.13). Every feature is
// reached with Tab from where the reader is, as a keyboard user reaches it (never with
// element.focus()), and used with Enter, Space, the arrow keys or Esc.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { DIST_SYNTHETIC, useApp, waitForQuery, waitForText } from './harness.mjs';
import { focusReport, tabbables } from './a11y-checks.mjs';
import { DESK, PHONE, openView, view } from './a11y-views.mjs';
import { wcagTest } from './wcag.mjs';

/**
 * Presses Tab until the element `selector` has the focus, as a keyboard user would walk
 * to it from where the focus is; fails if a whole round of the page passes without it.
 */
async function tabTo(page, selector, { back = false } = {}) {
  const stops = (await tabbables(page)).length + 2;
  for (let i = 0; i < stops; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`${selector} was not reached with ${back ? 'Shift+Tab' : 'Tab'} (${stops} presses)`);
}

/** What has the focus: its id, or its tag and data-value; "body" when nothing has. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.id || `${el.tagName.toLowerCase()}[data-value=${el.dataset.value}]`;
  });
}

describe('a walk through every tab stop', () => {
  const app = useApp();
  const walks = [
    ['ja', DESK],
    ['en', DESK],
    ['en-program', DESK],
    ['ja', PHONE],
    ['embed-ja', DESK],
    ['embed-controls-en', PHONE],
    ['embed-notice-detail', DESK],
    ['no-js', DESK],
    ['statement-ja', DESK],
    ['statement-en', PHONE],
  ];
  for (const [id, viewport] of walks) {
    wcagTest(
      ['2.1.2', '2.4.1', '2.4.3', '2.4.7', '3.2.1'],
      `tab walk: every stop in order, its focus ring visible, nothing changes, no trap, at ${viewport.width} px (${id})`,
      async () => {
        const v = view(id);
        const { page } = await openView(app, v, { viewport });
        // The tables behind the charts open, so their scrolling regions are stops too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const expected = await tabbables(page);
        assert.ok(expected.length >= (v.page ? 4 : 20), `only ${expected.length} tab stops`);
        // From the top of the page (a view with a program open has moved the focus to it).
        await page.evaluate(() => {
          document.body.tabIndex = -1;
          document.body.focus();
          document.body.removeAttribute('tabindex');
        });
        const url = page.url();
        const problems = [];
        let last = -1;
        for (let i = 0; i < expected.length; i += 1) {
          await page.keyboard.press('Tab');
          const f = await focusReport(page);
          if (f.none) {
            problems.push(`stop ${i + 1}: the focus left the page after ${last + 1} of ${expected.length} stops`);
            break;
          }
          const what = `stop ${i + 1} ${f.html}`;
          if (f.index !== last + 1) problems.push(`${what}: reached as stop ${f.index + 1} of the document's order`);
          if (!f.visible || !f.onScreen) problems.push(`${what}: not visible on screen when focused`);
          if (f.outlineStyle === 'none' || f.outlineWidth < 2) problems.push(`${what}: no focus outline (${f.outlineStyle} ${f.outlineWidth}px)`);
          else if (f.contrast < 3) problems.push(`${what}: focus outline ${f.outlineColor} on ${f.behind} is ${f.contrast}:1`);
          if (f.clippedBy) problems.push(`${what}: focus outline cut off by ${f.clippedBy}`);
          if (f.url !== url) problems.push(`${what}: the address changed on focus to ${f.url}`);
          last = f.index;
          if (problems.length > 10) break;
        }
        if (!v.page && !v.noScript) {
          // The first stop is the skip link.
          assert.match(expected[0], /class="skip-link"/);
        }
        assert.deepEqual(problems, []);
        // Past the last stop the focus leaves the page, or comes back to the first: no trap.
        await page.keyboard.press('Tab');
        const out = await focusReport(page);
        assert.ok(out.none || out.index === 0, `after the last stop the focus went to ${out.html}`);
        // And the whole way back with Shift+Tab, stop by stop, from the last to the first.
        for (let i = 0; i < 2 && (await focusReport(page)).index !== expected.length - 1; i += 1) {
          await page.keyboard.press('Shift+Tab');
        }
        assert.equal((await focusReport(page)).index, expected.length - 1, 'Shift+Tab from the start reaches the last stop');
        for (let i = expected.length - 2; i >= 0; i -= 1) {
          await page.keyboard.press('Shift+Tab');
          const f = await focusReport(page);
          assert.equal(f.index, i, `Shift+Tab reached ${f.html} for stop ${i + 1}`);
        }
        assert.deepEqual(problems, []);
      },
    );
  }
});

describe('every feature by keyboard', () => {
  const app = useApp();

  wcagTest(['2.1.1', '2.4.1', '3.2.2'], 'keyboard: skip link, filters, chips, search and the year (ja)', async () => {
    const { page } = await openView(app, view('ja'));
    // The skip link is the first stop; it takes the focus to the content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.matches('a.skip-link[href="#main"]')), true);
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), 'main');
    // A ministry's check box: Space sets the filter; the focus stays on it (no change of
    // context on input).
    await tabTo(page, '#ministry-mod', { back: true });
    await page.keyboard.press('Space');
    await waitForQuery(page, '?ministry=mod');
    await waitForText(page, '#headline-total', '1,521.0億円');
    assert.equal(await focused(page), 'ministry-mod');
    // Its chip removes it again.
    await tabTo(page, '.chip');
    await page.keyboard.press('Enter');
    await waitForQuery(page, '');
    await waitForText(page, '#headline-total', '2,126.2億円');
    assert.notEqual(await focused(page), 'body', 'the focus stays in the page');
    // The year's radio buttons move with the arrow keys.
    await tabTo(page, '#year-2024', { back: true });
    await page.keyboard.press('ArrowDown');
    await waitForQuery(page, '?year=2023');
    await waitForText(page, '#headline-total', '1,378.9億円');
    assert.equal(await focused(page), 'year-2023');
    await page.keyboard.press('ArrowUp');
    await waitForQuery(page, '');
    // The search box takes typed text.
    await tabTo(page, '#search-input');
    await page.keyboard.type('RMF');
    await waitForQuery(page, '?q=RMF');
    await waitForText(page, '#headline-total', '290.8億円');
    assert.equal(await focused(page), 'search-input');
  });

  wcagTest(['2.1.1', '3.2.2'], 'keyboard: bars, sort, data tables and help bubbles (ja)', async () => {
    const { page } = await openView(app, view('ja'));
    // Choose a bar, then choose again (another chart's bar): each filters, the focus stays.
    await tabTo(page, '#area-chart .bar-button[data-value="3"]');
    await page.keyboard.press('Enter');
    await waitForQuery(page, '?area=3');
    await waitForText(page, '#headline-total', '1,522.1億円');
    assert.equal(await focused(page), 'button[data-value=3]');
    await tabTo(page, '#ministry-chart .bar-button[data-value="npa"]');
    await page.keyboard.press('Enter');
    await waitForQuery(page, '?ministry=npa&area=3');
    await waitForText(page, '#headline-total', '11.7億円');
    assert.equal(await focused(page), 'button[data-value=npa]');
    // A sort header.
    await tabTo(page, '#sort-amount');
    await page.keyboard.press('Enter');
    await waitForQuery(page, '?ministry=npa&area=3&sort=amount');
    assert.equal(await page.getAttribute('#program-table th:has(#sort-amount)', 'aria-sort'), 'ascending');
    assert.equal(await focused(page), 'sort-amount');
    // The table behind a chart.
    await tabTo(page, '#area-table-details > summary', { back: true });
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#area-table-details').evaluate((d) => d.open), true);
    // A term's help: Enter opens its explanation, Esc closes it, the focus stays.
    await tabTo(page, '.headline .term-help-button[data-term="oku"]', { back: true });
    await page.keyboard.press('Enter');
    const help = page.locator('.headline .term-help-button[data-term="oku"]');
    assert.equal(await help.getAttribute('aria-expanded'), 'true');
    const bubble = page.locator(`#${await help.getAttribute('aria-controls')}`);
    assert.match(await bubble.innerText(), /1億円は1億（100,000,000）円/);
    await page.keyboard.press('Escape');
    assert.equal(await help.getAttribute('aria-expanded'), 'false');
    assert.equal(await bubble.innerText(), '');
    assert.equal(await help.evaluate((el) => el === document.activeElement), true);
  });

  wcagTest(['2.1.1', '2.4.3'], 'keyboard: a program’s detail opens, takes the focus, and closes (ja)', async () => {
    const { page } = await app.open('?ministry=mod');
    await tabTo(page, '#program-table a[href*="program=mod-rmf"]');
    await page.keyboard.press('Enter');
    await waitForQuery(page, '?ministry=mod&program=mod-rmf');
    await page.waitForFunction(() => document.activeElement?.id === 'program-detail');
    assert.match(await page.locator('#program-detail').innerText(), /令和6年度当初予算\t290\.8億円/);
    await tabTo(page, '#close-detail');
    await page.keyboard.press('Enter');
    await waitForQuery(page, '?ministry=mod');
    assert.equal(await page.locator('#program-detail').count(), 0);
    // The focus goes back to the program's link the detail was opened from.
    await page.waitForFunction(() => document.activeElement?.dataset.value === 'mod-rmf');
  });

  wcagTest(['2.1.1'], 'keyboard: CSV and JSON downloads, citation and embed code copied (ja)', async () => {
    const { page, context } = await openView(app, view('ja'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
    for (const [id, name] of [['#download-csv', 'cyber-budget-fy2024-initial-ja.csv'], ['#download-json', 'cyber-budget-fy2024-initial-ja.json']]) {
      await tabTo(page, id);
      const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.equal(file.suggestedFilename(), name);
    }
    await tabTo(page, '#cite-toggle');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('#cite-toggle', 'aria-expanded'), 'true');
    await tabTo(page, '#cite-copy');
    await page.keyboard.press('Enter');
    await waitForText(page, '#cite-status', '引用文をコピーしました');
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /政府のサイバーセキュリティに関する令和6年度予算/);
    await tabTo(page, '#embed-toggle');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('#embed-toggle', 'aria-expanded'), 'true');
    await tabTo(page, '#embed-copy');
    await page.keyboard.press('Enter');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('<iframe'));
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /data-cyber-budget-explorer/);
  });

  wcagTest(['2.1.1'], 'keyboard: the language switch, the notice and the accessibility page (ja → en)', async () => {
    const { page } = await app.open('?foo=1');
    await tabTo(page, '.notices .dismiss');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.notices .dismiss'));
    // The focus goes on to the content, not back to the top of the page.
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await tabTo(page, '#lang-toggle', { back: true });
    await page.keyboard.press('Enter');
    await waitForQuery(page, '?lang=en');
    await waitForText(page, '#headline-total', '¥212.62 billion');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await focused(page), 'lang-toggle');
    // The footer's link to the accessibility statement, and back.
    await tabTo(page, '#accessibility-link', { back: true });
    await Promise.all([page.waitForURL(/accessibility-en\.html$/), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').innerText(), 'Accessibility policy and test results');
    await tabTo(page, 'a.lang-toggle');
    await Promise.all([page.waitForURL(/accessibility\.html$/), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').innerText(), 'アクセシビリティ方針と試験結果');
    await tabTo(page, 'footer a');
    await Promise.all([page.waitForURL((u) => u.pathname === '/' && u.search === ''), page.keyboard.press('Enter')]);
    await page.waitForSelector('#boot', { state: 'detached' });
    assert.equal(await page.locator('#headline-total').innerText(), '2,126.2億円');
  });

  wcagTest(['2.1.1'], 'keyboard: the phone’s filter toggle and “show results” (ja, 390 px)', async () => {
    const { page } = await openView(app, view('ja'), { viewport: PHONE });
    await tabTo(page, '#filters-toggle');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('#filters-toggle', 'aria-expanded'), 'true');
    await tabTo(page, '#ministry-mod');
    await page.keyboard.press('Space');
    await waitForQuery(page, '?ministry=mod');
    await tabTo(page, '#show-results');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'headline-heading');
    assert.equal(await page.locator('#headline-total').innerText(), '1,521.0億円');
  });

  wcagTest(['2.1.1'], 'keyboard: an embed’s full-page link and language switch (embed-controls-en)', async () => {
    const { page, context } = await openView(app, view('embed-controls-en'));
    await tabTo(page, '#embed-open-full');
    const [full] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await full.waitForLoadState();
    assert.equal(new URL(full.url()).search, '?lang=en');
    await full.close();
    await tabTo(page, '#lang-toggle');
    await page.keyboard.press('Enter');
    await waitForQuery(page, '?embed=1&controls=1');
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    // The embed's own footer links the statement too, in a new tab.
    await tabTo(page, '#accessibility-link');
    const [statement] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await statement.waitForLoadState();
    assert.match(statement.url(), /accessibility\.html$/);
    await statement.close();
  });
});

describe('the pager by keyboard (300 synthetic programs)', () => {
  const app = useApp({ dist: DIST_SYNTHETIC });
  wcagTest(['2.1.1'], 'keyboard: the program table’s pages (synthetic edition)', async () => {
    const { page } = await app.open('');
    await tabTo(page, '#pager-next');
    await page.keyboard.press('Enter');
    await waitForText(page, '#pager-range', '101〜200件');
    assert.equal(await focused(page), 'pager-next');
    await tabTo(page, '#pager-previous', { back: true });
    await page.keyboard.press('Enter');
    await waitForText(page, '#pager-range', '1〜100件');
  });
});

describe('nothing appears on hover or focus', () => {
  const app = useApp();
  for (const id of ['ja', 'embed-controls-en']) {
    wcagTest(['1.4.13'], `hover and focus add nothing to the page, and no tooltips (${id})`, async () => {
      const { page } = await openView(app, view(id), { viewport: DESK });
      assert.equal(await page.locator('[title]').count(), 0, 'a title attribute would show a tooltip');
      // What is shown: every element drawn, with its text (innerText would not do: the
      // sections below the fold have none until laid out, and a hover scrolls them in).
      const shown = () =>
        page.evaluate(() =>
          [...document.body.querySelectorAll('*')]
            .filter((el) => el.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true }))
            .map((el) => `${el.tagName}${el.childElementCount ? '' : `:${el.textContent}`}`)
            .join('\n'),
        );
      const count = await page.evaluate(() => {
        const controls = [...document.querySelectorAll('button, a[href], summary, input, [tabindex="0"]')].filter((el) => el.checkVisibility({ checkVisibilityCSS: true }));
        controls.forEach((el, i) => (el.dataset.a11yControl = String(i)));
        return controls.length;
      });
      assert.ok(count > 20, `${count} controls`);
      const before = await shown();
      for (let i = 0; i < count; i += 1) {
        const control = page.locator(`[data-a11y-control="${i}"]`);
        await control.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
        const box = await control.boundingBox();
        // The skip link waits off screen until it has the focus; it is hovered once focused.
        if (box && box.x + box.width > 0) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await control.evaluate((el) => el.focus());
        const now = await shown();
        if (now !== before) {
          const was = new Set(before.split('\n'));
          const added = now.split('\n').filter((line) => !was.has(line));
          const what = await control.evaluate((el) => el.outerHTML.slice(0, 80));
          assert.fail(`hovering and focusing ${what} showed ${JSON.stringify(added.slice(0, 3))}`);
        }
      }
    });
  }
});
