// Print gives a usable record (issue 18, item 3): each view printed to A4 portrait by the
// browser itself (`page.pdf`, the stylesheet's @page margins), then the PDF's text read
// back with poppler's pdftotext and checked as a reader of the paper would: every table
// whole (no row cut at the page's right edge), the tables behind the charts printed open,
// the source's URL, the view's URL and the access date (the same citation "Cite this view"
// gives), none of the controls that only act on screen, the sections below the fold
// printed, no heading left at a page's foot, and a page count a reader can carry.
//
// pdftotext (Debian's poppler-utils, installed by `scripts/ensure-tools.sh --browser` with
// Chromium) rather than an npm PDF reader: with `-raw` it gives the text in the order it
// was drawn, so a table row's cells stand together whatever their columns' widths, and the
// same package's pdftoppm renders the pages to images for a person to look at. The PDFs
// are kept in tests/e2e/artifacts/print-*.pdf.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ARTIFACTS_DIR, useApp } from './harness.mjs';

const run = promisify(execFile);

const SOURCE_URL = 'https://www.nisc.go.jp/council/cs/index.html#cs41';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Labels of controls that only act on screen: none may print. */
const SCREEN_ONLY = {
  ja: [
    '本文へ移動', 'English', 'CSVをダウンロード', 'JSONをダウンロード', 'この表示を引用', '引用文をコピー',
    'この表示を埋め込む', '埋め込みコードを表示', '内訳の並び順', '金額の大きい順', '資料の順', 'データ表で見る',
    '棒を選ぶと', 'すべての絞り込みを解除', '全画面で開く', 'データのダウンロード', '▼',
  ],
  en: [
    'Skip to content', '日本語', 'Download CSV', 'Download JSON', 'Cite this view', 'Copy the citation',
    'Embed this view', 'Show the embed code', 'Order of the breakdowns', 'Largest first', 'Show as a table',
    'Choose a bar', 'Clear all filters', 'Open as a full page', 'Download the data', '▼',
  ],
};

/** Text with every white space taken out: a cell that wraps, or a URL broken over two lines, reads whole. */
const squeeze = (text) => text.replace(/\s+/g, '');

/**
 * Prints `page` to A4 as the browser does, keeps the PDF as an artifact, and returns the
 * text of each page (pdftotext -raw: in drawing order, so a table row's cells stand together).
 */
async function print(page, name) {
  const pdf = await page.pdf({ format: 'A4' });
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `print-${name}.pdf`);
  await writeFile(file, pdf);
  let stdout;
  try {
    ({ stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 24 }));
  } catch (err) {
    if (err.code === 'ENOENT') {
      throw new Error('pdftotext not found: install poppler-utils (`scripts/ensure-tools.sh --browser` does)');
    }
    throw err;
  }
  const pages = stdout.split('\f');
  if (pages.at(-1).trim() === '') pages.pop();
  return pages;
}

/** What the page holds that print must keep: each table row's cells, the headings, the disclosures' state. */
function readPage(page) {
  return page.evaluate(() => {
    const cells = (row) => [...row.children].map((cell) => cell.textContent.trim());
    const rows = (selector) => [...document.querySelectorAll(`${selector} tbody tr`)].map(cells);
    const names = [...document.querySelectorAll('#program-table tbody th')].map((th) => th.textContent.trim());
    return {
      tables: { rounds: rows('#rounds-table'), area: rows('#area-table'), ministry: rows('#ministry-table') },
      lastProgram: names.at(-1),
      lastDefinition: document.querySelector('#glossary dd:last-of-type')?.textContent.trim() ?? null,
      headings: [...document.querySelectorAll('#app :is(h1, h2, h3, caption)')].map((h) => h.textContent.trim()),
      openDetails: [...document.querySelectorAll('details')].map((d) => d.open),
      record: document.getElementById('print-record')?.textContent ?? null,
    };
  });
}

/** Today by the page's clock, as the citation writes it in `lang`. */
async function accessed(page, lang) {
  const [y, m, d] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  });
  return lang === 'ja' ? `（${y}年${m}月${d}日閲覧）` : `(accessed ${d} ${MONTHS[m - 1]} ${y})`;
}

/** Asserts that no page of `pages` ends with one of `headings` (a heading left at a page's foot). */
function assertNoHeadingAtFoot(pages, headings) {
  const wanted = new Set(headings.map(squeeze));
  pages.forEach((text, i) => {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    // A heading that wraps ends the page in its last line: try the last three lines joined.
    for (let n = 1; n <= Math.min(3, lines.length); n += 1) {
      const tail = squeeze(lines.slice(-n).join(''));
      assert.ok(!wanted.has(tail), `page ${i + 1} of ${pages.length} ends with the heading "${lines.slice(-n).join(' ')}"`);
    }
  });
}

// The 防衛省 row of the by-ministry table, as published: the whole change cell and the
// cells to its right ("+639.3億円（" and nothing after was what printed before).
const MOD_ROW_JA = '防衛省 1,521.0 5 +639.3億円（+72.5%）増 +639.3億円（+72.5%）増 — —';
const MOD_ROW_EN_AREA_3 = 'Ministry of Defense 149.55 4 +¥63.39 billion (+73.6%), increase +¥63.39 billion (+73.6%), increase — —';

const VIEWS = [
  { name: 'root', query: '', lang: 'ja', fullPage: true, viewQuery: '', maxPages: 4, row: MOD_ROW_JA },
  { name: 'ministry-mod', query: '?ministry=mod', lang: 'ja', fullPage: true, viewQuery: '?ministry=mod', maxPages: 3, row: MOD_ROW_JA },
  { name: 'en-area-3', query: '?lang=en&area=3', lang: 'en', fullPage: true, viewQuery: '?area=3&lang=en', maxPages: 3, row: MOD_ROW_EN_AREA_3 },
  // Printed from its frame: the record names the view's full page, as its citation does.
  { name: 'embed', query: '?embed=1', lang: 'ja', fullPage: false, viewQuery: '', maxPages: 3, row: MOD_ROW_JA },
];

describe('print (A4 portrait)', () => {
  const app = useApp();

  for (const view of VIEWS) {
    test(`${view.name}: the whole tables, the source's and the view's URLs with the access date, no screen controls, at most ${view.maxPages} pages`, async () => {
      const { page, errors } = await app.open(view.query);
      const before = await readPage(page);
      const pages = await print(page, view.name);
      const text = pages.join('\n');
      const flat = squeeze(text);

      assert.ok(pages.length <= view.maxPages, `${view.name} printed ${pages.length} pages, more than ${view.maxPages}`);

      // Every row of every table, each cell whole; the tables behind the charts print
      // although their disclosures stay closed, and the reader's disclosures are as they were.
      for (const [table, rows] of Object.entries(before.tables)) {
        assert.ok(rows.length > 0, `no rows in the ${table} table`);
        for (const row of rows) {
          assert.ok(flat.includes(squeeze(row.join(''))), `the ${table} table's row "${row.join(' | ')}" is not printed whole`);
        }
      }
      assert.ok(flat.includes(squeeze(view.row)), `the row "${view.row}" is not printed whole`);
      assert.deepEqual(before.openDetails.filter(Boolean), [], 'the tables start closed, as a reader finds them');
      assert.deepEqual((await readPage(page)).openDetails, before.openDetails, 'printing opened or closed a disclosure');

      // The sections below the fold (laid out only near the viewport on screen) print.
      assert.ok(flat.includes(squeeze(before.lastProgram)), `the last program "${before.lastProgram}" is not printed`);
      if (view.fullPage) {
        assert.ok(flat.includes(squeeze(before.lastDefinition)), 'the glossary (About the data) is not printed');
      }

      // The record: the source's URL, the view's full-page URL, today's date; the same text
      // "Cite this view" gives.
      const viewUrl = `${app.server.url}${view.viewQuery}`;
      for (const [what, part] of [['source URL', SOURCE_URL], ['view URL', viewUrl], ['access date', await accessed(page, view.lang)]]) {
        assert.ok(flat.includes(squeeze(part)), `the ${what} ${part} is not printed:\n${text.slice(0, 1500)}`);
      }
      await page.locator('#cite-toggle').click();
      const citation = await page.locator('#cite-text').inputValue();
      assert.ok(citation.includes(viewUrl), citation);
      assert.ok(flat.includes(squeeze(citation)), `the printed record is not the citation:\n${citation}`);

      for (const label of SCREEN_ONLY[view.lang]) {
        assert.ok(!text.includes(label), `the screen-only control "${label}" is printed`);
      }
      assertNoHeadingAtFoot(pages, before.headings);
      assert.deepEqual(errors.all(), []);
    });
  }

  test('without JavaScript the default view prints with its note and the source, and claims no URL or date', async () => {
    const { page, errors } = await app.open('', { javaScriptEnabled: false, waitForApp: false });
    const { record } = await readPage(page);
    assert.ok(record, 'no printed record (#print-record) in the page');
    const pages = await print(page, 'no-js');
    const flat = squeeze(pages.join('\n'));
    assert.ok(pages.length <= 4, `printed ${pages.length} pages`);
    assert.match(record, /^出典：内閣サイバーセキュリティセンター（NISC）「政府のサイバーセキュリティに関する令和6年度予算」.*ページ。https:\/\/www\.nisc\.go\.jp\/council\/cs\/index\.html#cs41$/);
    assert.ok(flat.includes(squeeze(record)), 'the source line is not printed');
    assert.ok(flat.includes(squeeze('この表示は既定の表示（令和6年度 当初予算、全府省庁）です。')), 'the note on the default view is not printed');
    assert.ok(!flat.includes('閲覧'), 'an access date is printed without a clock');
    assert.ok(flat.includes(squeeze(MOD_ROW_JA)));
    for (const label of SCREEN_ONLY.ja) {
      assert.ok(!pages.join('\n').includes(label), `the screen-only control "${label}" is printed`);
    }
    assert.deepEqual(errors.all(), []);
  });
});
