// Figures a journalist can trust (issue 9, items 1-4, 8c, 9), in Japanese and English:
// like-for-like changes, shares that name their base, breakdowns largest first, the budget
// rounds side by side with the 15-month view, substring search and one English unit per
// column. Expected figures are the source's (see tests/figures.rs for the arithmetic).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, reveal, text, useApp, waitForQuery, waitForText } from './harness.mjs';



/** The rows of a table as arrays of cell texts (header cell first). */
async function tableRows(page, selector) {
  await reveal(page, selector);
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) =>
    // A cell's figure, without the page of the source it links (a citation, not a figure).
    rows.map((row) =>
      [...row.querySelectorAll('th, td')].map((c) => c.innerText.replace(c.querySelector('.page-ref')?.innerText ?? '', '').trim()),
    ),
  );
}

/** Opens every disclosure, so the tables behind the charts are visible. */
async function openTables(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

describe('like-for-like changes', () => {
  const app = useApp();

  test('経済産業省: the headline leads with the programs listed in both years (ja)', async () => {
    const { page, errors } = await app.open('?ministry=meti');
    assert.equal(await text(page, '#headline-total'), '101.5億円');
    assert.ok((await text(page, '#headline-change-label')).startsWith('前年度比（両年度に記載のある施策）'));
    assert.equal(await text(page, '#headline-change'), '+0.5億円（+1.2%）増');
    assert.equal(
      await text(page, '#headline-like-for-like'),
      '両年度に記載のある施策2件は+0.5億円（+1.2%）増。令和5年度当初予算に記載がなく令和6年度当初予算に記載のある施策2件：57.9億円。合計の差+58.4億円（+135.5%）はこれらを含んだ額で、同じ施策の増減ではありません。',
    );
    // The raw difference of the sums stays in the table.
    await openTables(page);
    const rows = await tableRows(page, '#ministry-table');
    assert.deepEqual(rows[0], [
      '経済産業省', '101.5', '4', '+58.4億円（+135.5%）増', '+0.5億円（+1.2%）増', '2件 57.9億円', '—',
    ]);
    // Screen readers hear the same split.
    assert.ok((await text(page, '#headline-announcement')).includes('両年度に記載のある施策2件は+0.5億円（+1.2%）増'));
    assert.deepEqual(errors.all(), []);
  });

  test('Ministry of Economy, Trade and Industry, and MIC, in English', async () => {
    const { page, errors } = await app.open('?ministry=meti&lang=en');
    assert.equal(await text(page, '#headline-change'), '+¥0.05 billion (+1.2%), increase');
    assert.equal(
      await text(page, '#headline-like-for-like'),
      'The 2 programs listed in both years: +¥0.05 billion (+1.2%), increase. 2 programs listed in FY2024 (initial) but not in FY2023 (initial): ¥5.79 billion. The difference of the sums, +¥5.84 billion (+135.5%), includes them and is not a change of the same programs.',
    );
    const { page: mic } = await app.open('?ministry=mic&lang=en');
    assert.equal(await text(mic, '#headline-change'), '+¥0.85 billion (+25.1%), increase');
    assert.ok((await text(mic, '#headline-like-for-like')).includes('+¥1.85 billion (+54.6%)'));
    assert.deepEqual(errors.all(), []);
  });

  test('総務省 like for like is +25.1%; a ministry with the same programs both years keeps its change', async () => {
    const { page } = await app.open('?ministry=mic');
    assert.equal(await text(page, '#headline-change'), '+8.5億円（+25.1%）増');
    assert.ok((await text(page, '#headline-like-for-like')).includes('合計の差+18.5億円（+54.6%）'));
    const { page: mod } = await app.open('?ministry=mod');
    assert.equal(await text(mod, '#headline-change'), '+639.3億円（+72.5%）増');
    assert.equal(await text(mod, '#headline-like-for-like'), '5件すべてが両年度に記載されている施策です。');
  });

  test('an area: published total against published, its itemised part like for like (ja, en)', async () => {
    const { page } = await app.open('?area=1');
    // (1): 63.2 against 49.1, published (p. 1). Itemised: 23.4 + 15.8 + 8.5 = 47.7 against
    // 23.5 + 12.0 + 8.5 = 44.0; 10.0 and 0.7 have no FY2023 amount.
    assert.equal(await text(page, '#headline-change'), '+14.1億円（+28.7%）増');
    await openTables(page);
    const row = (await tableRows(page, '#area-table'))[0];
    assert.equal(row.at(-1), '両年度に記載の3件 +3.7億円（+8.4%）増、前年度記載なし2件 10.7億円');
    const { page: en } = await app.open('?area=1&lang=en');
    await openTables(en);
    const rowEn = (await tableRows(en, '#area-table'))[0];
    assert.equal(rowEn.at(-1), 'listed both years (3): +¥0.37 billion (+8.4%), increase; not listed the year before (2): ¥1.07 billion');
  });

  test('the landing page: published totals compared as published; each ministry bar says like for like', async () => {
    const { page } = await app.open('');
    assert.equal(await text(page, '#headline-change'), '+747.3億円（+54.2%）増');
    assert.equal(await page.locator('#headline-like-for-like').count(), 0);
    const meti = await page.locator('#ministry-chart .bar-row', { hasText: '経済産業省' }).innerText();
    assert.ok(meti.includes('両年度に記載の2件 +0.5億円（+1.2%）増、前年度記載なし2件 57.9億円'), meti);
    const { page: en } = await app.open('?lang=en');
    const metiEn = await en.locator('#ministry-chart .bar-row', { hasText: 'Ministry of Economy' }).innerText();
    assert.ok(metiEn.includes('listed both years (2): +¥0.05 billion (+1.2%), increase; not listed the year before (2): ¥5.79 billion'), metiEn);
  });
});

describe('shares name their base', () => {
  const app = useApp();

  test('a trivial 100% is not shown; a ministry share says of what (ja, en)', async () => {
    const { page } = await app.open('');
    assert.equal(await page.locator('#headline-share').count(), 0);
    const { page: mod } = await app.open('?ministry=mod');
    assert.equal(await text(mod, '#headline-share-label'), '総額 2,126.2億円に占める割合');
    assert.equal(await text(mod, '#headline-share'), '71.5%');
    const { page: en } = await app.open('?ministry=mod&lang=en');
    assert.equal(await text(en, '#headline-share-label'), 'Share of the ¥212.62 billion total');
    // An area's share: (3) is 71.6% of the grand total (p. 4: 約7割).
    const { page: area } = await app.open('?area=3&lang=en');
    assert.equal(await text(area, '#headline-share'), '71.6%');
  });
});

describe('breakdowns largest first', () => {
  const app = useApp();

  test('ministries and areas largest first, the not-itemised row last; source order on request (ja)', async () => {
    const { page } = await app.open('');
    const labels = () => page.locator('#ministry-chart .bar-label').allInnerTexts();
    const first = await labels();
    assert.deepEqual(first.slice(0, 3), ['防衛省', '経済産業省', '総務省']);
    assert.equal(first.at(-1), '府省庁別に記載のない額');
    const areas = await page.locator('#area-chart .bar-label').allInnerTexts();
    assert.ok(areas[0].startsWith('(3)') && areas[1].startsWith('(2)'), areas.join(' | '));
    assert.equal(await page.locator('#order-largest').isChecked(), true);
    await page.locator('#order-source').check();
    await waitForQuery(page, '?order=source');
    await waitForText(page, '#ministry-chart .bar-label', '内閣官房');
    const source = await labels();
    assert.deepEqual(source.slice(0, 2), ['内閣官房', '警察庁']);
    assert.equal(source.at(-1), '府省庁別に記載のない額');
  });

  test('in English, from the URL', async () => {
    const { page } = await app.open('?order=source&lang=en');
    const labels = await page.locator('#ministry-chart .bar-label').allInnerTexts();
    assert.equal(labels[0], 'Cabinet Secretariat');
    assert.equal(labels.at(-1), 'Not itemised by ministry');
    const { page: largest } = await app.open('?lang=en');
    assert.equal((await largest.locator('#ministry-chart .bar-label').allInnerTexts())[0], 'Ministry of Defense');
  });
});

describe('rounds side by side and the 15-month view', () => {
  const app = useApp();

  test('the three rounds as columns, like the source (ja)', async () => {
    const { page, errors } = await app.open('');
    const head = await page.locator('#rounds-table thead th').allInnerTexts();
    assert.deepEqual(head.map((h) => h.split('\n')[0]), ['項目', '令和6年度当初予算（億円）', '令和5年度補正予算（億円）', '令和5年度当初予算（億円）']);
    const rows = await tableRows(page, '#rounds-table');
    assert.deepEqual(rows[0], ['総額', '2,126.2', '238.9', '1,378.9']);
    const area3 = rows.find((r) => r[0].startsWith('(3)'));
    assert.deepEqual(area3.slice(1), ['1,522.1', '3.1', '878.0']);
    // A ministry: its itemised sums; — where it has none.
    const { page: mod } = await app.open('?ministry=mod');
    assert.deepEqual((await tableRows(mod, '#rounds-table'))[0], ['該当する個別施策の合計', '1,521.0', '—', '881.7']);
    assert.deepEqual(errors.all(), []);
  });

  test('budget=15month: 2,365.1億円, explained where it is offered (ja)', async () => {
    const { page } = await app.open('');
    assert.ok((await text(page, '#budget-15month-hint')).startsWith('15か月予算：令和5年度補正予算と令和6年度当初予算を合わせた額です。'));
    await page.locator('#budget-15month').check();
    await waitForQuery(page, '?budget=15month');
    await waitForText(page, '#headline-total', '2,365.1億円');
    // Both of its rounds are marked in the rounds table; nothing else changes.
    assert.equal(await page.locator('#rounds-table thead th.current-round').count(), 2);
    assert.deepEqual((await tableRows(page, '#rounds-table'))[0], ['総額', '2,126.2', '238.9', '1,378.9']);
    assert.equal(await page.locator('#headline-share').count(), 0);
  });

  test('in English', async () => {
    const { page } = await app.open('?budget=15month&lang=en');
    assert.equal(await text(page, '#headline-total'), '¥236.51 billion');
    assert.ok((await text(page, '#budget-15month-hint')).startsWith('15-month budget: the FY2023 supplementary budget and the FY2024 initial budget together.'));
    const head = await page.locator('#rounds-table thead th').allInnerTexts();
    assert.deepEqual(head.map((h) => h.split('\n')[0]), ['Item', 'FY2024 initial budget (¥ billion)', 'FY2023 supplementary budget (¥ billion)', 'FY2023 initial budget (¥ billion)']);
    assert.deepEqual((await tableRows(page, '#rounds-table'))[0], ['Total', '212.62', '23.89', '137.89']);
  });
});

describe('a headline names only the rounds in its sum (issue 18)', () => {
  const app = useApp();

  // The edition holds FY2024 initial, FY2023 supplementary and FY2023 initial: the FY2023
  // 15-month view is the FY2023 initial budget alone, and "initial + supplementary" for
  // FY2024 the FY2024 initial budget alone. The figures stay; their labels say so.
  for (const c of [
    {
      query: '?year=2023&budget=15month',
      scope: '令和5年度当初予算のみ（令和4年度補正予算は資料にありません）',
      total: '1,378.9億円',
      basis: '令和5年度当初予算のみの公表された総額',
      choice: ['15month', '15か月予算（当初のみ）', '27件'],
    },
    {
      query: '?year=2023&budget=15month&lang=en',
      scope: 'FY2023 initial budget only (the FY2022 supplementary budget is not in the source)',
      total: '¥137.89 billion',
      basis: 'Published grand total, FY2023 initial budget only',
      choice: ['15month', '15-month budget (initial only)', '27 programs'],
    },
    {
      query: '?budget=all',
      scope: '令和6年度当初予算のみ（令和6年度補正予算は資料にありません）',
      total: '2,126.2億円',
      basis: '令和6年度当初予算のみの公表された総額',
      choice: ['all', '当初＋補正（当初のみ）', '30件'],
    },
    {
      query: '?budget=all&lang=en',
      scope: 'FY2024 initial budget only (the FY2024 supplementary budget is not in the source)',
      total: '¥212.62 billion',
      basis: 'Published grand total, FY2024 initial budget only',
      choice: ['all', 'Initial + supplementary (initial only)', '30 programs'],
    },
  ]) {
    test(`${c.query}: over and under the figure, the choice, its chip, the announcement`, async () => {
      const { page, errors } = await app.open(c.query);
      assert.equal(await text(page, '#headline-scope'), c.scope);
      assert.equal(await text(page, '#headline-total'), c.total);
      assert.equal(await text(page, '#headline-basis'), c.basis);
      // No yellow note repeats what the scope line now says.
      assert.equal(await page.locator('.headline .missing-round').count(), 0);
      const [id, label, count] = c.choice;
      assert.equal(await text(page, `label[for="budget-${id}"] .choice-label`), label);
      assert.equal(await text(page, `label[for="budget-${id}"] .count`), count);
      assert.equal(await text(page, '#active-filters [data-action="remove-chip"][data-value="budget"] .chip-label'), label);
      const said = await page.locator('#headline-announcement').textContent();
      assert.ok(said.startsWith(`${c.scope}${c.query.includes('lang=en') ? ': ' : '：'}${c.total}`), said);
      // The embed code's iframe title names the same rounds.
      await page.locator('#embed-toggle').click();
      await page.waitForFunction(() => document.querySelector('#embed-code')?.value.includes('title='));
      assert.ok((await page.locator('#embed-code').inputValue()).includes(`${c.scope}"`));
      assert.deepEqual(errors.all(), []);
    });
  }

  test('inside an embed, and a round the source does not have (ja, en)', async () => {
    const { page, errors } = await app.open('?year=2023&budget=15month&embed=1');
    assert.equal(await text(page, '#headline-scope'), '令和5年度当初予算のみ（令和4年度補正予算は資料にありません）');
    assert.equal(await text(page, '#headline-basis'), '令和5年度当初予算のみの公表された総額');
    // No FY2024 supplementary budget: said plainly, with no figure to explain or compare.
    for (const [query, scope, none] of [
      ['?budget=supplementary', '令和6年度補正予算（資料にありません）', '金額なし'],
      ['?budget=supplementary&lang=en', 'FY2024 supplementary budget (not in the source)', 'No amount'],
    ]) {
      const { page: empty } = await app.open(query);
      assert.equal(await text(empty, '#headline-scope'), scope);
      assert.equal(await text(empty, '#headline-total'), none);
      assert.equal(await empty.locator('#headline-basis, #headline-change, #headline-per-resident').count(), 0);
    }
    assert.deepEqual(errors.all(), []);
  });
});

describe('search and units', () => {
  const app = useApp();

  test('"security" finds "cybersecurity", whole words first (en)', async () => {
    const { page } = await app.open('?q=security&lang=en&sort=name');
    await reveal(page, '#program-table');
    const names = await page.locator('#program-table tbody .name-cell').allInnerTexts();
    // 22 programs with an FY2024 amount; three say "security" only inside "cybersecurity"
    // (word starts only, as before, would not find them). They come last, A to Z among
    // themselves, after the whole-word matches, although "Building…" sorts before most.
    assert.equal(names.length, 22);
    assert.deepEqual(names.slice(-3), [
      'Building the economic foundations of cybersecurity',
      'Cross-industry cybersecurity exercises for the financial sector',
      'Pilot project to collect and analyse cybersecurity information from government devices',
    ]);
    const wholeWords = names.slice(0, -3);
    assert.deepEqual(wholeWords, [...wholeWords].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Acronyms stay exact: "RMF" does not find "harmful".
    const { page: rmf } = await app.open('?q=RMF&lang=en');
    assert.equal(await rmf.locator('#program-table tbody tr').count(), 1);
  });

  test('Japanese search still matches anywhere (ja)', async () => {
    const { page } = await app.open('?q=%E3%82%BB%E3%82%AD%E3%83%A5%E3%83%AA%E3%83%86%E3%82%A3');
    assert.ok((await page.locator('#program-table tbody tr').count()) > 10);
  });

  test('English: one unit per column, ¥ billion with two decimals', async () => {
    // Each money column names its unit once, in its header, and its cells are bare numbers
    // (so a copied table is numbers a spreadsheet reads): ¥ billion with two decimals.
    const { page } = await app.open('?lang=en');
    await openTables(page);
    await reveal(page, '#program-table');
    const amounts = await page.locator('#program-table tbody .amount-cell').allInnerTexts();
    assert.equal(amounts.length, 30);
    for (const a of amounts) assert.match(a, /^[\d,]+\.\d\d$/);
    assert.ok(amounts.includes('0.07') && amounts.includes('106.40'), amounts.join(' | '));
    assert.match(await text(page, '#program-table thead'), /Amount \(¥ billion\)/);
    const ministryAmounts = (await tableRows(page, '#ministry-table')).map((r) => r[1]);
    // Eleven ministries with itemised programs, and what is not itemised by ministry.
    assert.equal(ministryAmounts.length, 12, ministryAmounts.join(' | '));
    for (const a of ministryAmounts) assert.match(a, /^[\d,]+\.\d\d$/);
    assert.match(await text(page, '#ministry-table thead'), /\(¥ billion\)/);
    // Japanese: 億円 throughout, one decimal.
    const { page: ja } = await app.open('');
    await reveal(ja, '#program-table');
    const amountsJa = await ja.locator('#program-table tbody .amount-cell').allInnerTexts();
    assert.equal(amountsJa.length, 30);
    for (const a of amountsJa) assert.match(a, /^[\d,]+\.\d$/);
    assert.match(await text(ja, '#program-table thead'), /金額（億円）/);
  });
});

/**
 * Checks that `selector` is laid out whole where a screenshot shows it: a box of some size,
 * inside the page's width and, for a table, inside its scrolling wrapper (a table wider than
 * that is cut in the picture, and a reader has to scroll it sideways).
 */
async function assertLaidOutWhole(page, selector) {
  await reveal(page, selector);
  const seen = await page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const clip = el.closest('.table-scroll')?.getBoundingClientRect() ?? { left: 0, right: document.documentElement.clientWidth };
    return { left: box.left, right: box.right, width: box.width, height: box.height, clipLeft: clip.left, clipRight: clip.right };
  });
  assert.ok(seen.width > 0 && seen.height > 0 && seen.left >= seen.clipLeft - 1 && seen.right <= seen.clipRight + 1,
    `${selector} is not laid out whole: ${JSON.stringify(seen)}`);
}

describe('screenshots and audit of the new parts', () => {
  const app = useApp();

  // What each screenshot is of, checked before it is taken: the figures by their text, the
  // parts by their layout box, at the width of the picture.
  const SHOWN = {
    ja: {
      meti: { total: '101.5億円', rounds: ['該当する個別施策の合計', '101.5', '5.1', '43.1'] },
      fifteen: { total: '2,365.1億円', rounds: ['総額', '2,126.2', '238.9', '1,378.9'] },
    },
    en: {
      meti: { total: '¥10.15 billion', rounds: ['Sum of the matching programs', '10.15', '0.51', '4.31'] },
      fifteen: { total: '¥236.51 billion', rounds: ['Total', '212.62', '23.89', '137.89'] },
    },
  };

  for (const lang of ['ja', 'en']) {
    for (const width of [360, 1280]) {
      test(`ministry view and rounds table, ${lang}, ${width} px`, async () => {
        const en = lang === 'en' ? '&lang=en' : '';
        for (const [view, query, rounds] of [['meti', `?ministry=meti${en}`, 1], ['fifteen', `?budget=15month${en}`, 2]]) {
          const { page, errors } = await app.open(query, { viewport: { width, height: 900 } });
          const expected = SHOWN[lang][view];
          assert.equal(await text(page, '#headline-total'), expected.total);
          await assertLaidOutWhole(page, '#headline-total');
          assert.deepEqual((await tableRows(page, '#rounds-table'))[0], expected.rounds);
          // The round (or, for 15 months, the two rounds) the view adds up is marked.
          assert.equal(await page.locator('#rounds-table thead th.current-round').count(), rounds);
          await assertLaidOutWhole(page, '#rounds-table');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${query} at ${width} px: the page is ${overflow}px wider than the screen`);
          await app.screenshot(page, `figures-${view === 'meti' ? 'meti' : '15month'}-${lang}-${width}`);
          assert.deepEqual(errors.all(), []);
        }
      });
    }
  }

  test('axe finds nothing on a ministry view and the 15-month view', async () => {
    const { page } = await app.open('?ministry=meti', { viewport: { width: 1280, height: 900 } });
    assert.deepEqual(await axeViolations(page), []);
    const { page: en } = await app.open('?budget=15month&lang=en&order=source', { viewport: { width: 360, height: 740 } });
    assert.deepEqual(await axeViolations(en), []);
  });
});
