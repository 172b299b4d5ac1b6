// Every published total shows the page of the source that prints it, and the figures read
// as a reader trusts them: one minus sign, one bracket style per language, no word or
// number broken from its unit, a data table readable in a narrow column (issue 18, items
// 8 and 10). Under the strict policy, in Japanese and English.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { reveal, text, useApp } from './harness.mjs';

const SOURCE = 'https://www.nisc.go.jp/council/cs/index.html#cs41';

/** The page references (text and link) inside the element `selector` matches. */
const pageRefs = (page, selector) =>
  page.locator(`${selector} a.page-ref`).evaluateAll((links) => links.map((a) => `${a.textContent} ${a.getAttribute('href')}`));

describe('published totals show their page', () => {
  const app = useApp();

  for (const lang of ['ja', 'en']) {
    test(`the headline, the rounds table and the area totals link their page (${lang})`, async () => {
      const { page, errors } = await app.open(lang === 'ja' ? '' : '?lang=en');
      // 2,126.2億円 is printed on p. 1.
      assert.deepEqual(await pageRefs(page, '.headline .basis'), [`p. 1 ${SOURCE}`]);
      await reveal(page, '#rounds-table');
      // The grand totals: FY2024 initial p. 1, FY2023 supplementary p. 2, FY2023 initial p. 1.
      const totalRow = await page.locator('#rounds-table tbody tr').first().locator('a.page-ref').allTextContents();
      assert.deepEqual(totalRow, ['p. 1', 'p. 2', 'p. 1']);
      // Area (3) is printed on p. 2, in the table behind the chart and on its bar.
      await page.locator('#area-table-details > summary').click();
      const row = (n) => page.locator('#area-table tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^\\(${n}\\)`) }) });
      const area3 = await row(3).locator('a.page-ref').allTextContents();
      assert.deepEqual(area3, ['p. 2']);
      assert.match(await text(page, '#area-chart li:nth-child(1) .bar-detail'), /p\. \d/);
      // (5)+(6) is derived from the grand total and areas (1) to (4): both pages.
      const derived = await row(5).locator('a.page-ref').allTextContents();
      assert.deepEqual(derived, [lang === 'ja' ? 'p. 1–2' : 'pp. 1–2']);
      assert.deepEqual(errors.all(), []);
    });
  }

  test('a sum of itemised programs is published nowhere, so it shows no page', async () => {
    const { page, errors } = await app.open('?ministry=mod');
    assert.deepEqual(await pageRefs(page, '.headline .basis'), []);
    await reveal(page, '#rounds-table');
    assert.equal(await page.locator('#rounds-table a.page-ref').count(), 0);
    assert.deepEqual(errors.all(), []);
  });
});

describe('typography a reader can trust', () => {
  const app = useApp();

  test('one minus sign on screen, ASCII in a copy; one bracket style per language', async () => {
    for (const [lang, query, bracket] of [['ja', '?ministry=cas', /（−\d+\.\d%）/], ['en', '?ministry=cas&lang=en', / \(−\d+\.\d%\)/]]) {
      const { page, context, errors } = await app.open(query);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
      await reveal(page, '#program-table');
      const shown = await page.locator('#program-table tbody').innerText();
      assert.ok(shown.includes('\u2212'), `${lang}: a decrease is shown\n${shown}`);
      assert.doesNotMatch(shown, /-\d/, `${lang}: no ASCII minus on screen`);
      assert.match(shown, bracket);
      // Copied, the table is numbers a spreadsheet reads.
      await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('#program-table'));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
      });
      await page.keyboard.press('ControlOrMeta+C');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /\t-\d+\.\d+$/m, copied);
      assert.ok(!copied.includes('\u2212'), copied);
      assert.deepEqual(errors.all(), []);
    }
  });

  for (const width of [1280, 390]) {
    test(`the by-ministry data table reads at ${width} px: names on one line, numbers with their units`, async () => {
      const { page, errors } = await app.open('', { viewport: { width, height: 900 } });
      await page.locator('#ministry-table-details > summary').click();
      await reveal(page, '#ministry-table');
      // Every ministry's name on one line, and no header stacked a character per line.
      const heights = await page.locator('#ministry-table').evaluate((table) => {
        // The lines a cell's text takes, from where its text boxes stand (a cell's own box
        // is as tall as its row).
        const lines = (cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        };
        const names = [...table.querySelectorAll('tbody th')].slice(0, 11).map(lines);
        const head = Math.max(...[...table.querySelectorAll('thead th')].map(lines));
        return { names: Math.max(...names), head };
      });
      assert.equal(heights.names, 1, 'every ministry name on one line');
      assert.ok(heights.head <= 3, `a column header takes ${heights.head} lines`);
      // A number is never on a line apart from its unit: the last digit and the 億 after it
      // lie on one line, in every cell and every bar.
      const split = await page.evaluate(() => {
        const broken = [];
        const walker = document.createTreeWalker(document.querySelector('section[data-part="by-ministry"]'), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.data.matchAll(/\d億円/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + 2);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) broken.push(node.data);
          }
        }
        return broken;
      });
      assert.deepEqual(split, []);
      // It scrolls in its own region; the page does not scroll sideways.
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
      assert.deepEqual(errors.all(), []);
    });
  }

  test('with text at 200% on a phone, the headline figure breaks before its unit, never inside 「億円」', async () => {
    const { page, errors } = await app.open('', { viewport: { width: 390, height: 844 } });
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const layout = await page.locator('#headline-total').evaluate((figure) => {
      const linesOf = (node, start, end) => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      const units = [];
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('億円');
        if (at >= 0) units.push(linesOf(node, at, at + 2));
      }
      const whole = document.createRange();
      whole.selectNodeContents(figure);
      return { units, lines: new Set([...whole.getClientRects()].map((r) => Math.round(r.top))).size };
    });
    // The figure is wider than the phone at this size, so it does take two lines.
    assert.ok(layout.lines > 1, `the figure took ${layout.lines} line(s); the test needs it wider than its line`);
    assert.deepEqual(layout.units, [1], '「億円」 on one line');
    assert.equal(await page.locator('#headline-total').innerText(), '2,126.2億円');
    assert.deepEqual(errors.all(), []);
  });

  test('a not-itemised part too small to draw is left out of the bar, and the note says so', async () => {
    for (const [lang, note] of [['ja', '1%に満たない'], ['en', 'under 1%']]) {
      const { page, errors } = await app.open(lang === 'ja' ? '' : '?lang=en');
      await reveal(page, '#area-chart');
      // Area (3): 14.2 of 1,522.1 (0.9%) is not drawn; its bar's text still gives it.
      const bar = page.locator('#area-chart .bar-button', { hasText: '(3)' });
      assert.equal(await bar.locator('rect.bar-remainder').getAttribute('width'), '0');
      assert.match(await bar.locator('.bar-detail').innerText(), lang === 'ja' ? /14\.2億円/ : /¥1\.42 billion/);
      assert.ok((await text(page, 'section[data-part="by-area"]')).includes(note));
      // Where the part is wide enough, it is drawn.
      const drawn = await page.locator('#area-chart rect.bar-remainder').evaluateAll((rs) => rs.filter((r) => +r.getAttribute('width') > 0).length);
      assert.ok(drawn > 0);
      assert.deepEqual(errors.all(), []);
    }
  });
});
