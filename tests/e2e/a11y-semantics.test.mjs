// What assistive technology is told, beyond axe's rules: the language of every part (WCAG
// 3.1.1, 3.1.2), Chromium's accessibility tree of the headline, a chart and the program
// table, names and values in reading order (1.3.1, 1.3.2, 4.1.2), every SVG named or
// hidden and no media or images of text (1.1.1, 1.2.x, 1.4.2, 1.4.5), markup that parses
// as written with no duplicate ids or dangling references (4.1.1), page titles (2.4.2),
// notices that name what was wrong in a link (3.3.1), and the accessibility statement
// reachable from every layout and back, also in a sub-folder (2.4.5).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { DIST_ROOT, reveal, useApp } from './harness.mjs';
import { axTree, languageOffenders } from './a11y-checks.mjs';
import { DESK, VIEWS, openView, view } from './a11y-views.mjs';
import { wcagTest } from './wcag.mjs';

/** Whether `lines` holds each of `wanted` (substrings), in that order. */
function inOrder(lines, wanted) {
  let at = 0;
  for (const line of lines) if (at < wanted.length && line.includes(wanted[at])) at += 1;
  return at === wanted.length ? null : `"${wanted[at]}" not found in order in:\n${lines.join('\n')}`;
}

describe('language of the page and of its parts', () => {
  const app = useApp();
  for (const v of VIEWS) {
    wcagTest(['3.1.1', '3.1.2'], `language: the page's lang, and every part in another language marked (${v.id})`, async () => {
      const { page } = await openView(app, v);
      assert.equal(await page.getAttribute('html', 'lang'), v.lang);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const found = await languageOffenders(page);
      // Each help bubble, opened, says its definition in the page's language.
      const help = page.locator('.term-help-button');
      for (let i = 0; i < (await help.count()); i += 1) {
        await help.nth(i).evaluate((el) => el.click());
        found.push(...(await languageOffenders(page)));
      }
      assert.deepEqual([...new Set(found)], []);
    });
  }
});

describe('the accessibility tree', () => {
  const app = useApp();

  wcagTest(['1.3.1', '1.3.2', '4.1.2'], 'accessibility tree: the headline reads its figures in order (ja, en)', async () => {
    const ja = await axTree((await openView(app, view('ja'))).page, '.headline');
    assert.equal(
      inOrder(ja, [
        'region: 予算額',
        'heading: 予算額',
        'StaticText: 令和6年度 当初予算',
        'StaticText: 2,126.2億円',
        'StaticText: 公表された総額',
        'button: 「億円」とは',
        'term: 前年度比 令和5年度当初予算比',
        'definition: ',
        'StaticText: +747.3億円（+54.2%）増',
        'term: 国民1人あたり',
        'StaticText: 1,717円',
      ]),
      null,
    );
    const en = await axTree((await openView(app, view('en'))).page, '.headline');
    assert.equal(
      inOrder(en, [
        'region: Budget',
        'StaticText: FY2024 Initial',
        'StaticText: ¥212.62 billion',
        'StaticText: Published grand total',
        'button: What is "oku-en"?',
        'term: Change from the previous year vs FY2023 (initial)',
        'StaticText: +¥74.73 billion (+54.2%), increase',
        'term: Per resident',
        'StaticText: ¥1,717',
      ]),
      null,
    );
  });

  wcagTest(['1.3.1', '1.3.2', '1.1.1', '4.1.2'], 'accessibility tree: a chart is a list of buttons named by their label and figure, largest first (ja)', async () => {
    const { page } = await openView(app, view('ja'));
    await reveal(page, '#area-chart');
    const tree = await axTree(page, '#area-chart');
    assert.equal(tree[0], 'list: ');
    const buttons = tree.filter((l) => l.startsWith('button: '));
    assert.equal(buttons.length, 5, tree.join('\n'));
    // Label, figure, then what it is made of, in the order they are read; the bars' SVG
    // is hidden (its figures are these words).
    assert.equal(buttons[0], 'button: (3) 国際社会の平和・安定及び我が国の安全保障への寄与 1,522.1億円 個別施策 1,507.9億円 · 個別施策として記載のない額 14.2億円 · p. 2');
    assert.ok(!tree.some((l) => /^(image|img|graphics)/i.test(l)), tree.join('\n'));
    const amounts = buttons.map((b) => Number(/ ([\d,.]+)億円/.exec(b)[1].replace(/,/g, '')));
    assert.deepEqual(amounts, [...amounts].sort((a, b) => b - a), 'largest first');
  });

  wcagTest(['1.3.1', '1.3.2', '4.1.2'], 'accessibility tree: the program table has its caption, column headers and a header per row (ja)', async () => {
    const { page } = await openView(app, view('ja'));
    // Laid out (it is below the fold: content-visibility), as a reader scrolling to it.
    await reveal(page, '#program-table');
    const tree = await axTree(page, '#program-table');
    assert.match(tree[0], /^table: /);
    const columns = tree.filter((l) => l.startsWith('columnheader: '));
    assert.deepEqual(
      columns.map((c) => c.replace(/^columnheader: /, '')),
      ['施策名', '府省庁', '分野', '金額（億円）', '前年度比（億円）'],
    );
    // The first row, read across: the program (a row header holding its link), its
    // ministry, area, amount and change.
    assert.equal(
      inOrder(tree, [
        'row: ',
        'rowheader: 情報システムの防護',
        'link: 情報システムの防護',
        'cell: 防衛省',
        'cell: (3) 国際社会の平和・安定及び我が国の安全保障への寄与',
        'cell: 1,064.0',
        'cell: +586.6（+122.9%）',
        'rowheader: リスク管理枠組み（RMF）の導入',
        'cell: 290.8',
      ]),
      null,
    );
    assert.equal(tree.filter((l) => l.startsWith('rowheader: ')).length, 30);
  });
});

describe('no media, no images of text, every SVG named or hidden', () => {
  const app = useApp();
  for (const v of VIEWS) {
    wcagTest(['1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.2.4', '1.2.5', '1.4.2', '1.4.5'], `media and images: none, and every SVG hidden or named (${v.id})`, async () => {
      const { page } = await openView(app, v);
      const found = await page.evaluate(() => {
        const problems = [];
        for (const el of document.querySelectorAll('audio, video, object, embed, track, canvas, img, svg text, svg image, svg foreignObject, marquee, blink')) {
          problems.push(`<${el.tagName.toLowerCase()}> ${el.outerHTML.slice(0, 60)}`);
        }
        for (const svg of document.querySelectorAll('svg')) {
          const hidden = svg.closest('[aria-hidden="true"]');
          const named = svg.getAttribute('role') === 'img' && (svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby'));
          if (!hidden && !named) problems.push(`an SVG neither hidden nor named: ${svg.outerHTML.slice(0, 80)}`);
        }
        return { problems, svgs: document.querySelectorAll('svg').length };
      });
      assert.deepEqual(found.problems, []);
      if (!v.page) assert.ok(found.svgs >= 3, `${found.svgs} SVGs: the charts are drawn`);
    });
  }
});

describe('markup and titles', () => {
  const app = useApp();

  wcagTest(['4.1.1'], 'parsing: the static pages parse as written (index.html and the statement)', async () => {
    for (const file of ['', 'accessibility.html', 'accessibility-en.html']) {
      const source = await (await fetch(new URL(file, app.server.url))).text();
      // The start tags as written, in order (comments, and text inside them, left out)…
      const written = [...source.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)[\s>/]/g)].map((m) => m[1].toLowerCase());
      // …and the elements the browser's parser made of them.
      const { page } = await openView(app, { ...view('no-js'), page: file || undefined, query: '' }, { viewport: DESK });
      const parsed = await page.evaluate(() => [...document.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
      assert.deepEqual(parsed, written, file || 'index.html');
    }
  });

  for (const v of VIEWS) {
    wcagTest(['4.1.1', '2.4.2'], `ids and titles: no id twice, every reference found, a title in the page's language (${v.id})`, async () => {
      const { page } = await openView(app, v);
      const found = await page.evaluate(() => {
        const problems = [];
        const seen = new Set();
        for (const el of document.querySelectorAll('[id]')) {
          if (seen.has(el.id)) problems.push(`id "${el.id}" twice`);
          seen.add(el.id);
        }
        for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'aria-owns', 'aria-activedescendant']) {
          for (const el of document.querySelectorAll(`[${name}]`)) {
            for (const ref of el.getAttribute(name).split(/\s+/).filter(Boolean)) {
              if (!document.getElementById(ref)) problems.push(`${name}="${ref}" of <${el.tagName.toLowerCase()}> names no element`);
            }
          }
        }
        return { problems, title: document.title };
      });
      assert.deepEqual(found.problems, []);
      const title = {
        ja: v.page ? 'アクセシビリティ方針と試験結果 | 政府のサイバーセキュリティ予算' : '政府のサイバーセキュリティ予算',
        en: v.page ? "Accessibility policy and test results | Japan's Government Cybersecurity Budget" : "Japan's Government Cybersecurity Budget",
      }[v.lang];
      if (!v.noScript) assert.equal(found.title, title);
      else assert.match(found.title, /^政府のサイバーセキュリティ予算/);
    });
  }
});

describe('errors in a link are named', () => {
  const app = useApp();
  wcagTest(['3.3.1'], 'notices: each ignored part of a link is named in text, in both languages', async () => {
    const { page } = await app.open('?ministry=xyz&foo=1&q=' + 'a'.repeat(201));
    const notice = page.locator('.notices');
    assert.equal(await notice.locator('h2').innerText(), 'URLの一部を無視しました');
    const text = await notice.innerText();
    for (const part of ['「ministry」の値「xyz」は使えないため無視しました。', '「foo」は使えないパラメータのため無視しました。', '「q」の検索語が長すぎるため、先頭の200文字を使いました。']) {
      assert.ok(text.includes(part), `${part}\n${text}`);
    }
    const { page: en } = await app.open('?lang=en&ministry=xyz');
    assert.match(await en.locator('.notices').innerText(), /The value "xyz" of "ministry" is not valid; it was ignored\./);
  });
});

describe('the accessibility statement is reachable', () => {
  for (const prefix of ['/', '/a/ministry-site/budget/']) {
    const app = useApp({ dist: DIST_ROOT, prefix });
    wcagTest(['2.4.5'], `statement: linked from the footer, About and the embed, and back, under ${prefix}`, async () => {
      for (const [query, lang, links] of [
        ['', 'ja', ['#accessibility-link', '#about-accessibility']],
        ['?lang=en', 'en', ['#accessibility-link', '#about-accessibility']],
        ['?embed=1', 'ja', ['#accessibility-link']],
        ['?embed=1&lang=en', 'en', ['#accessibility-link']],
      ]) {
        const { page } = await app.open(query);
        const file = lang === 'ja' ? 'accessibility.html' : 'accessibility-en.html';
        for (const link of links) {
          const href = await page.locator(link).evaluate((a) => a.href);
          assert.equal(href, new URL(file, app.server.url).href, `${query} ${link}`);
          assert.match(await page.locator(link).textContent(), lang === 'ja' ? /アクセシビリティ/ : /Accessibility/);
        }
      }
      const { page } = await openView(app, view('statement-ja'));
      assert.equal(await page.locator('h1').innerText(), 'アクセシビリティ方針と試験結果');
      const back = await page.locator('footer a').evaluate((a) => a.href);
      assert.equal(back, app.server.url);
      const rows = await page.locator('#criteria tbody tr').count();
      assert.equal(rows, 42);
    });
  }
});
