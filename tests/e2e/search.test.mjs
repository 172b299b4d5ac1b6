// A search says what it matched (issue 18, item 7): it looks in the names and summaries of
// both languages, marks the terms where they are, quotes the text that holds a term a
// name lacks, and the headline says what its total adds up. Under the strict policy.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { reveal, text, useApp, waitForQuery } from './harness.mjs';

/** Each program row of the table: its name as marked, and the quote under it, if any. */
const rows = (page) =>
  page.locator('#program-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const link = tr.querySelector('a.program-link');
      const quote = tr.querySelector('.match-quote');
      return {
        name: link.textContent,
        marks: [...link.querySelectorAll('mark')].map((m) => m.textContent),
        quote: quote ? quote.textContent : null,
        quoteMarks: quote ? [...quote.querySelectorAll('mark')].map((m) => m.textContent) : [],
        quoteLang: quote?.querySelector('q')?.getAttribute('lang') ?? null,
      };
    }),
  );

describe('a search says what it matched', () => {
  const app = useApp();

  test('「演習」: the term is marked where it stands, and a summary that holds it is quoted', async () => {
    const { page, errors } = await app.open('?q=%E6%BC%94%E7%BF%92');
    await reveal(page, '#program-table');
    const found = await rows(page);
    assert.ok(found.length >= 2, JSON.stringify(found));
    for (const row of found) {
      // Every row shows 演習: in its name, or in the quote under it.
      assert.ok(row.marks.includes('演習') || row.quoteMarks.includes('演習'), JSON.stringify(row));
    }
    // 産業サイバーセキュリティ強靭化事業 counts because this site's summary of it says 演習.
    const summary = found.find((r) => r.name.includes('産業サイバーセキュリティ強靭化事業'));
    assert.ok(summary, JSON.stringify(found));
    assert.deepEqual(summary.marks, []);
    assert.ok(summary.quote.startsWith('概要：'), summary.quote);
    assert.deepEqual(summary.quoteMarks, ['演習']);
    // The total says what it adds up.
    assert.match(await text(page, '#headline-basis'), /名称か概要（概要はこのサイトによる要約）に「演習」を含む個別施策の合計/);
    assert.deepEqual(errors.all(), []);
  });

  test('an English word on the Japanese page is found in the English texts, and quoted as English', async () => {
    const { page, errors } = await app.open('?q=exercise');
    await reveal(page, '#program-table');
    const found = await rows(page);
    assert.ok(found.length > 0);
    for (const row of found) {
      assert.ok(row.quote, JSON.stringify(row));
      assert.match(row.quote, /^英語(の概要|名)：/);
      assert.equal(row.quoteLang, 'en');
      assert.ok(row.quoteMarks.some((m) => m.toLowerCase().startsWith('exercise')), JSON.stringify(row));
    }
    assert.deepEqual(errors.all(), []);
  });

  test('in English, the name is marked and the basis says name or summary', async () => {
    const { page, errors } = await app.open('?q=exercise&lang=en');
    await reveal(page, '#program-table');
    const found = await rows(page);
    assert.ok(found.some((r) => r.marks.some((m) => /^exercise/i.test(m)) || r.quote?.startsWith('Summary: ')), JSON.stringify(found));
    assert.match(await text(page, '#headline-basis'), /whose name or summary \(this site's summary\) contains "exercise"/);
    assert.deepEqual(errors.all(), []);
  });

  test('on a phone, Enter in the search box closes the filters and shows the result', async () => {
    const { page, errors } = await app.open('', { viewport: { width: 390, height: 844 } });
    await page.locator('#filters-toggle').click();
    assert.equal(await page.getAttribute('#filters-toggle', 'aria-expanded'), 'true');
    await page.locator('#search-input').fill('演習');
    await waitForQuery(page, '?q=%E6%BC%94%E7%BF%92');
    await page.locator('#search-input').press('Enter');
    await page.waitForFunction(() => document.querySelector('#filters-toggle').getAttribute('aria-expanded') === 'false');
    await page.waitForFunction(() => document.activeElement?.id === 'headline-heading');
    assert.equal(await page.locator('#filter-body').isVisible(), false);
    assert.deepEqual(errors.all(), []);
  });
});
