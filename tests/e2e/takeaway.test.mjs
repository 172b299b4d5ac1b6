// What a journalist takes away, in Japanese and English: the view as CSV and JSON
// (downloaded for real, through Blob links), the whole dataset as static files, the
// citation and its copy button, source links, the glossary and its inline help, the
// filter chips, the phone's "show n programs", and what a copied table holds.
// Expected figures are NISC's published ones (see tests/export.rs for the same files
// checked natively): 防衛省's five itemised programs add up to 1,521.0億円; mod-rmf is
// 290.8 (FY2024), — (FY2023 supplementary), 301.1 (FY2023).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS_DIR, axeViolations, reveal, text, useApp, waitForQuery, waitForText } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EDITION = path.join(HERE, '..', '..', 'data', 'editions', 'fy2024.json');
const NISC_URL = 'https://www.nisc.go.jp/council/cs/index.html#cs41';


/** Clicks a download link and returns the downloaded bytes and the suggested file name. */
async function download(page, selector) {
  // The link gets the file's Blob URL as it is used (src/ui/view_tools.rs builds the file
  // then, not on every view change): click, then check it was a blob: link.
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  assert.ok((await page.getAttribute(selector, 'href')).startsWith('blob:'), 'the download is a blob: link');
  const bytes = await readFile(await file.path());
  return { bytes, name: file.suggestedFilename() };
}

function today() {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

/** A screenshot of what the screen shows (not the full page), for looking at one part. */
async function screenShot(page, name) {
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`) });
}

describe('downloads of the current view', () => {
  const app = useApp();

  test('CSV (ja): BOM, CRLF, the filter, source, licence, URL and real figures', async () => {
    const { page, errors } = await app.open('?ministry=mod');
    assert.equal(await page.getAttribute('#download-csv', 'download'), 'cyber-budget-fy2024-initial-mod-ja.csv');
    const { bytes, name } = await download(page, '#download-csv');
    assert.equal(name, 'cyber-budget-fy2024-initial-mod-ja.csv');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
    const csv = bytes.toString('utf8').slice(1);
    assert.ok(!csv.replaceAll('\r\n', '').includes('\n'), 'every line ends in CRLF');
    const lines = csv.split('\r\n');
    console.log(`# CSV (ja), first lines:\n${lines.slice(0, 15).join('\n')}`);
    assert.equal(lines[1], '絞り込み,令和6年度 当初予算 · 防衛省');
    assert.equal(lines[2], '合計した予算,令和6年度当初予算');
    assert.equal(lines[3], '総額（億円）,1521.0');
    assert.ok(lines.includes(`出典のURL,${NISC_URL}`));
    assert.ok(lines.some((l) => l.startsWith('ライセンス,NISCのウェブサイトのコンテンツは政府標準利用規約（第2.0版）')));
    assert.ok(lines.includes(`この表示のURL,${page.url()}`), `the view's URL ${page.url()}`);
    assert.ok(
      lines.includes(
        'mod-rmf,リスク管理枠組み（RMF）の導入,mod,防衛省,3,国際社会の平和・安定及び我が国の安全保障への寄与,290.8,,301.1,290.8,-10.3,2,27',
      ),
    );
    assert.ok(lines.some((l) => l.startsWith('mod-system-protection,') && l.includes(',1064.0,')));
    assert.deepEqual(errors.all(), []);
  });

  test('JSON (ja): the same programs and the SHA-256 of the data file', async () => {
    const { page, errors } = await app.open('?ministry=mod');
    const { bytes, name } = await download(page, '#download-json');
    assert.equal(name, 'cyber-budget-fy2024-initial-mod-ja.json');
    const textJson = bytes.toString('utf8');
    console.log(`# JSON (ja), first lines:\n${textJson.split('\n').slice(0, 14).join('\n')}`);
    const json = JSON.parse(textJson);
    const sha = createHash('sha256').update(await readFile(EDITION)).digest('hex');
    assert.equal(json.dataset.sha256, sha);
    assert.equal(json.total, '1521.0');
    assert.equal(json.view_url, page.url());
    assert.equal(json.source.url, NISC_URL);
    assert.equal(json.programs.length, 5);
    const rmf = json.programs.find((p) => p.id === 'mod-rmf');
    assert.deepEqual(rmf.amounts, { 'fy2024-initial': '290.8', 'fy2023-supplementary': null, 'fy2023-initial': '301.1' });
    assert.equal(rmf.ministry, '防衛省');
    assert.deepEqual(errors.all(), []);
  });

  test('CSV and JSON (en): names in English, the same figures', async () => {
    const { page, errors } = await app.open('?ministry=mod&lang=en');
    const { bytes, name } = await download(page, '#download-csv');
    assert.equal(name, 'cyber-budget-fy2024-initial-mod-en.csv');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    console.log(`# CSV (en), first lines:\n${lines.slice(0, 14).join('\n')}`);
    // ¥ billion, as the English page: 1,521.0億円 is ¥152.10 billion.
    assert.equal(lines[3], 'Total (¥ billion),152.10');
    assert.ok(lines.some((l) => l.startsWith('mod-rmf,Introducing the Risk Management Framework (RMF),mod,Ministry of Defense,3,') && l.endsWith(',29.08,,30.11,29.08,-1.03,2,27')));
    const json = JSON.parse((await download(page, '#download-json')).bytes.toString('utf8'));
    assert.equal(json.language, 'en');
    assert.equal(json.programs.find((p) => p.id === 'mod-rmf').ministry, 'Ministry of Defense');
    assert.deepEqual(errors.all(), []);
  });

  test('a changed view changes the file: the download follows the filter', async () => {
    const { page, errors } = await app.open('?ministry=mod');
    await page.locator('#ministry-meti').check();
    await waitForQuery(page, '?ministry=meti,mod');
    await page.waitForFunction(() => document.querySelector('#download-csv')?.download.includes('meti-mod'));
    const lines = (await download(page, '#download-csv')).bytes.toString('utf8').slice(1).split('\r\n');
    assert.equal(lines[1], '絞り込み,令和6年度 当初予算 · 経済産業省、防衛省');
    // 経済産業省 101.5 + 防衛省 1,521.0.
    assert.equal(lines[3], '総額（億円）,1622.5');
    assert.deepEqual(errors.all(), []);
  });

  test('the whole dataset ships as static files, linked from About with relative URLs', async () => {
    const { page, errors } = await app.open('');
    assert.equal(await page.getAttribute('#dataset-csv', 'href'), 'data/fy2024.csv');
    assert.equal(await page.getAttribute('#dataset-json', 'href'), 'data/fy2024.json');
    const files = await page.evaluate(async () => {
      const get = async (href) => {
        const res = await fetch(new URL(href, document.baseURI));
        return { status: res.status, type: res.headers.get('content-type'), bytes: [...new Uint8Array(await res.arrayBuffer())] };
      };
      return { csv: await get('data/fy2024.csv'), json: await get('data/fy2024.json') };
    });
    assert.equal(files.json.status, 200);
    const original = await readFile(EDITION);
    assert.deepEqual(Buffer.from(files.json.bytes), original, 'the data file, byte for byte');
    assert.equal(files.csv.status, 200);
    const csv = Buffer.from(files.csv.bytes);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').split('\r\n');
    const header = lines.findIndex((l) => l.startsWith('program_id,'));
    assert.equal(lines.length - header - 2, 31, '31 programs');
    assert.ok(lines.some((l) => l.startsWith('mod-rmf,') && l.endsWith(',290.8,,301.1,2,27')));
    assert.ok(csv.toString('utf8').includes(createHash('sha256').update(original).digest('hex')));
    assert.deepEqual(errors.all(), []);
  });
});

/** A CSV as records of fields (RFC 4180: quoted fields, doubled quotes, CRLF), read here
 * rather than split on commas, so the test reads the file as a spreadsheet does. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i += 1; }
    else field += c;
  }
  assert.equal(field + record.join(''), '', 'the file ends with CRLF');
  return records;
}

/** The label lines and the program rows of a view's CSV, and a column's amounts as whole
 * hundredths (so no float adds them up): 5.1 -> 510, 0.51 -> 51. */
function readViewCsv(bytes) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
  const records = parseCsv(bytes.toString('utf8').slice(1));
  const blank = records.findIndex((r) => r.length === 1 && r[0] === '');
  const labels = new Map(records.slice(0, blank).map(([k, v]) => [k, v]));
  const header = records[blank + 1];
  const rows = records.slice(blank + 2);
  const hundredths = (cell) => {
    assert.match(cell, /^-?\d+\.\d\d?$/, `a plain number: ${cell}`);
    const [whole, decimals] = cell.replace('-', '').split('.');
    const value = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
    return cell.startsWith('-') ? -value : value;
  };
  const column = (name) => {
    const i = header.indexOf(name);
    assert.ok(i >= 0, `no column ${name} in ${header.join(' | ')}`);
    return rows.map((r) => r[i]);
  };
  const sum = (name) => column(name).filter((c) => c !== '').reduce((a, c) => a + hundredths(c), 0);
  return { labels, header, rows, column, sum, hundredths };
}

/** The first row of the rounds table on screen (the itemised sum, under a ministry filter)
 * as whole hundredths of the page's unit, per round column. */
async function roundsOnScreen(page) {
  await reveal(page, '#rounds-table');
  const cells = await page.locator('#rounds-table tbody tr').first().locator('td').allInnerTexts();
  return cells.map((c) => {
    const [whole, decimals] = c.trim().replaceAll(',', '').split('.');
    return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  });
}

describe('every program behind every figure, in the page\'s unit (issue 18)', () => {
  const app = useApp();

  test('総務省・経済産業省 (ja): each round column sums to the rounds table, 補正 to 5.1', async () => {
    const { page, errors } = await app.open('?ministry=mic,meti');
    const csv = readViewCsv((await download(page, '#download-csv')).bytes);
    // 5.1億円 of the FY2023 supplementary budget, all of it meti-industrial-environment,
    // which has no FY2024 amount: the file lists it, its amount in this view blank.
    assert.equal(csv.sum('令和5年度補正予算（億円）'), 510);
    const environment = csv.rows.find((r) => r[0] === 'meti-industrial-environment');
    assert.ok(environment, 'the program of the 補正 column is in the file');
    assert.equal(environment[csv.header.indexOf('この表示の額（億円）')], '');
    // Every round column is the rounds table's figure on screen: 153.9 (総務省 52.4 +
    // 経済産業省 101.5), 5.1 and 77.0 (33.9 + 43.1).
    const screen = await roundsOnScreen(page);
    assert.deepEqual(screen, [15390, 510, 7700]);
    const columns = ['令和6年度当初予算（億円）', '令和5年度補正予算（億円）', '令和5年度当初予算（億円）'];
    assert.deepEqual(columns.map((c) => csv.sum(c)), screen);
    // The view's column is the headline.
    assert.equal(csv.sum('この表示の額（億円）'), screen[0]);
    assert.equal(csv.labels.get('この表示に金額のある個別施策の数'), '9');
    assert.equal(csv.labels.get('一覧の個別施策の数'), '10');
    const json = JSON.parse((await download(page, '#download-json')).bytes.toString('utf8'));
    assert.equal(json.programs.length, 10);
    assert.equal(json.programs.find((p) => p.id === 'meti-industrial-environment').amount, null);
    assert.deepEqual(errors.all(), []);
  });

  test('in English the files are in ¥ billion, as the page, and the unit names each column', async () => {
    const { page, errors } = await app.open('?ministry=mic,meti&lang=en');
    const csv = readViewCsv((await download(page, '#download-csv')).bytes);
    assert.deepEqual(csv.header.slice(6), [
      'FY2024 initial budget (¥ billion)',
      'FY2023 supplementary budget (¥ billion)',
      'FY2023 initial budget (¥ billion)',
      'Amount in this view (¥ billion)',
      'Change from previous year (¥ billion)',
      'Summary table page',
      'Program page',
    ]);
    // Two decimals of a billion, as the screen: 5.1億円 is ¥0.51 billion.
    assert.equal(csv.sum('FY2023 supplementary budget (¥ billion)'), 51);
    const screen = await roundsOnScreen(page);
    assert.deepEqual(screen, [1539, 51, 770]);
    assert.deepEqual(
      ['FY2024 initial budget (¥ billion)', 'FY2023 supplementary budget (¥ billion)', 'FY2023 initial budget (¥ billion)'].map((c) => csv.sum(c)),
      screen,
    );
    const headline = await text(page, '#headline-total');
    assert.equal(`¥${(csv.hundredths(csv.labels.get('Total (¥ billion)')) / 100).toFixed(2)} billion`, headline);
    assert.ok(csv.labels.get('Unit').startsWith('¥ billion (¥1 billion = 10億円'), csv.labels.get('Unit'));
    // The note by the buttons names the same unit.
    assert.ok((await text(page, '#download-note')).includes('amounts as numbers in ¥ billion'));
    for (const cell of csv.column('Amount in this view (¥ billion)')) if (cell) assert.match(cell, /^\d+\.\d\d$/);
    const json = JSON.parse((await download(page, '#download-json')).bytes.toString('utf8'));
    assert.equal(json.yen_per_unit, 1000000000);
    assert.equal(json.programs.find((p) => p.id === 'meti-industrial-environment').amounts['fy2023-supplementary'], '0.51');
    assert.deepEqual(errors.all(), []);
  });
});

/** Checks that the data file a view's CSV names can be fetched and has the SHA-256 given. */
async function checkProvenance(page, expectedSuffix) {
  const csv = readViewCsv((await download(page, '#download-csv')).bytes);
  const label = [...csv.labels.keys()].find((k) => k.startsWith('データ（'));
  const [url, sha] = csv.labels.get(label).split(' ');
  // Resolved against the page, as a reader's browser resolves a relative name.
  const fetched = await page.evaluate(async (u) => {
    const res = await fetch(new URL(u, location.href));
    return { url: res.url, status: res.status, bytes: [...new Uint8Array(await res.arrayBuffer())] };
  }, url);
  assert.equal(fetched.status, 200, `${url} fetches`);
  assert.ok(fetched.url.endsWith(expectedSuffix), fetched.url);
  assert.equal(url, 'data/fy2024.json');
  assert.equal(label, 'データ（この表示のURLからの相対パス、SHA-256）');
  const served = Buffer.from(fetched.bytes);
  assert.equal(createHash('sha256').update(served).digest('hex'), sha, 'the hash is of the bytes served');
  assert.deepEqual(served, await readFile(EDITION), 'the data file, byte for byte');
  const json = JSON.parse((await download(page, '#download-json')).bytes.toString('utf8'));
  assert.deepEqual(json.dataset, { file: url, sha256: sha });
}

describe('the provenance line names a file a reader can fetch', () => {
  const app = useApp();

  test('at the root: data/fy2024.json fetches (200) and its SHA-256 is the one stated', async () => {
    const { page, errors } = await app.open('?ministry=mod');
    await checkProvenance(page, `${app.server.origin}/data/fy2024.json`);
    assert.deepEqual(errors.all(), []);
  });
});

describe('the provenance line under a sub-path', () => {
  const app = useApp({ subpath: true });

  test('the file resolves under /cyber/budget/ and its SHA-256 is the one stated', async () => {
    const { page, errors } = await app.open('?ministry=mod');
    await checkProvenance(page, '/cyber/budget/data/fy2024.json');
    assert.deepEqual(errors.all(), []);
  });
});

describe('under a sub-path', () => {
  const app = useApp({ subpath: true });

  test('the dataset files resolve under the sub-path', async () => {
    const { page, errors } = await app.open('');
    const href = await page.locator('#dataset-csv').evaluate((a) => a.href);
    assert.ok(href.endsWith('/cyber/budget/data/fy2024.csv'), href);
    const status = await page.evaluate(async (u) => (await fetch(u)).status, href);
    assert.equal(status, 200);
    assert.deepEqual(errors.all(), []);
  });
});

for (const { lang, query, expected } of [
  {
    lang: 'ja',
    query: '?ministry=mod',
    expected: {
      button: 'この表示を引用',
      parts: ['内閣サイバーセキュリティセンター（NISC）', '「政府のサイバーセキュリティに関する令和6年度予算」', 'サイバーセキュリティ戦略本部 第41回会合 資料3', '2024年7月10日', '1–2, 26–29, 31ページ', NISC_URL, '表示：令和6年度 当初予算 · 防衛省'],
      accessed: ([y, m, d]) => `${y}年${m}月${d}日閲覧`,
      copied: '引用文をコピーしました。',
      failed: 'コピーできませんでした',
      source: '出典の資料',
    },
  },
  {
    lang: 'en',
    query: '?ministry=mod&lang=en',
    expected: {
      button: 'Cite this view',
      parts: ['National center of Incident readiness and Strategy for Cybersecurity (NISC)', '"The Government\'s Cybersecurity Budget for FY2024"', 'Document 3, Cybersecurity Strategic Headquarters, 41st meeting, 10 July 2024', 'pp. 1–2, 26–29, 31', NISC_URL, 'View: FY2024 Initial · Ministry of Defense'],
      accessed: ([y, m, d]) => `(accessed ${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y})`,
      copied: 'The citation was copied.',
      failed: 'Could not copy',
      source: 'Source document',
    },
  },
]) {
  describe(`citation and sources (${lang})`, () => {
    const app = useApp();

    test('the citation names the source, meeting, date, pages, the view URL and today; copy works', async () => {
      const { page, context, errors } = await app.open(query);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
      const toggle = page.getByRole('button', { name: expected.button });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.locator('#cite-panel').isVisible(), false);
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      const citation = await page.locator('#cite-text').inputValue();
      for (const part of [...expected.parts, page.url(), expected.accessed(today())]) {
        assert.ok(citation.includes(part), `citation lacks ${part}:\n${citation}`);
      }
      // The status is a live region inside redrawn markup: announced only if the same
      // element has its text changed, so a redraw must not replace it.
      await page.evaluate(() => { window.citeStatus = document.getElementById('cite-status'); });
      await page.locator('#cite-copy').click();
      await waitForText(page, '#cite-status', expected.copied);
      assert.ok(await page.evaluate(() => document.getElementById('cite-status') === window.citeStatus));
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
        await page.locator('#cite-panel').scrollIntoViewIfNeeded();
        await app.screenshot(page, `takeaway-citation-${lang}-${width}`);
        await page.locator('#cite-toggle').evaluate((b) => b.scrollIntoView({ block: 'start' }));
        await screenShot(page, `takeaway-citation-${lang}-${width}-screen`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
      assert.deepEqual(errors.all(), []);
    });

    test('where the browser refuses the clipboard, the citation is selected for copying by hand', async () => {
      const { page, errors } = await app.open(query, {
        beforeGoto: (p) =>
          p.addInitScript(() => {
            Object.defineProperty(navigator, 'clipboard', {
              value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
            });
          }),
      });
      await page.locator('#cite-toggle').click();
      await page.locator('#cite-copy').click();
      await waitForText(page, '#cite-status', expected.failed);
      const selected = await page.evaluate(() => {
        const area = document.activeElement;
        return { id: area.id, all: area.selectionStart === 0 && area.selectionEnd === area.value.length };
      });
      assert.deepEqual(selected, { id: 'cite-text', all: true });
      assert.deepEqual(errors.all(), []);
    });

    test('the source is linked from About and from a program\'s detail', async () => {
      const { page, errors } = await app.open(`${query}&program=mod-rmf`);
      assert.equal(await page.getAttribute('#about-source-link', 'href'), NISC_URL);
      const detail = page.locator('#detail-source-link');
      assert.equal(await detail.getAttribute('href'), NISC_URL);
      assert.ok((await detail.innerText()).includes(expected.source));
      assert.ok((await text(page, '#program-detail')).includes('p. 27'));
      assert.deepEqual(errors.all(), []);
    });
  });
}

describe('glossary', () => {
  const app = useApp();

  for (const { lang, query, words, oku } of [
    { lang: 'ja', query: '', words: ['当初予算', '補正予算', '15か月予算', '億円', '個別施策', '記載なし', '個別施策として記載のない額'], oku: '1億円は1億（100,000,000）円' },
    { lang: 'en', query: '?lang=en', words: ['Initial budget (当初予算)', 'Supplementary budget (補正予算)', '15-month budget (15か月予算)', 'oku-en (億円)', 'Itemised program (個別施策)', 'None in the source (記載なし)', 'Not itemised in the source (個別施策として記載のない額)'], oku: '100 million yen' },
  ]) {
    test(`About defines every term, and the words carry inline help (${lang})`, async () => {
      const { page, errors } = await app.open(query);
      await reveal(page, '#glossary');
      const terms = await page.locator('#glossary dt dfn').allInnerTexts();
      assert.deepEqual(terms, words);
      // Inline help: a real button with a name, its definition announced in a live region.
      const help = page.locator('.headline .term-help-button[data-term="oku"]');
      assert.equal(await help.getAttribute('aria-expanded'), 'false');
      await help.focus();
      await page.keyboard.press('Enter');
      assert.equal(await help.getAttribute('aria-expanded'), 'true');
      const bubble = page.locator(`#${await help.getAttribute('aria-controls')}`);
      assert.equal(await bubble.getAttribute('role'), 'status');
      assert.ok((await bubble.innerText()).includes(oku));
      await page.keyboard.press('Escape');
      assert.equal(await help.getAttribute('aria-expanded'), 'false');
      assert.equal(await bubble.innerText(), '');
      // The budget kinds are explained beside their choices, the remainder beside its chart.
      for (const term of ['initial', 'supplementary', 'fifteen-month']) {
        assert.equal(await page.locator(`.filters .term-help-button[data-term="${term}"]`).count(), 1);
      }
      assert.equal(await page.locator('.breakdown .term-help-button[data-term="not-itemised"]').count(), 1);
      assert.deepEqual(errors.all(), []);
    });
  }
});

for (const { lang, query, mod, meti, clearAll, label } of [
  { lang: 'ja', query: '?ministry=meti,mod', mod: '防衛省 の絞り込みを解除', meti: '経済産業省 の絞り込みを解除', clearAll: 'すべて解除', label: '適用中の絞り込み' },
  { lang: 'en', query: '?ministry=meti,mod&lang=en', mod: 'Remove the filter Ministry of Defense', meti: 'Remove the filter Ministry of Economy, Trade and Industry', clearAll: 'Clear all', label: 'Active filters' },
]) {
  describe(`filter chips (${lang})`, () => {
    const app = useApp();

    test('each active filter is a removable chip above the headline, with clear all', async () => {
      const { page, errors } = await app.open(query);
      const group = page.getByRole('group', { name: label });
      const chipBox = await group.boundingBox();
      const headBox = await page.locator('#headline-heading').boundingBox();
      assert.ok(chipBox.y < headBox.y, 'the chips stand above the headline');
      await page.getByRole('button', { name: mod }).click();
      await waitForQuery(page, `?ministry=meti${lang === 'en' ? '&lang=en' : ''}`);
      await waitForText(page, '#headline-total', lang === 'ja' ? '101.5億円' : '¥10.15 billion');
      // Focus stays among the chips, on the one left.
      await page.waitForFunction(() => document.activeElement?.classList.contains('chip'));
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), meti);
      await page.getByRole('button', { name: clearAll, exact: true }).click();
      await waitForQuery(page, lang === 'en' ? '?lang=en' : '');
      await waitForText(page, '#headline-total', lang === 'ja' ? '2,126.2億円' : '¥212.62 billion');
      assert.equal(await page.locator('#active-filters').count(), 0, 'no chips without a filter');
      await page.waitForFunction(() => document.activeElement?.id === 'headline-heading');
      assert.deepEqual(errors.all(), []);
    });
  });
}

for (const { lang, query, showLabel, chip } of [
  { lang: 'ja', query: '', showLabel: '5件を表示', chip: '防衛省 の絞り込みを解除' },
  { lang: 'en', query: '?lang=en', showLabel: 'Show 5 programs', chip: 'Remove the filter Ministry of Defense' },
]) {
  describe(`on a phone, 360 px (${lang})`, () => {
    const app = useApp({ viewport: { width: 360, height: 740 } });

    test('after a choice, "show n" closes the filters and lands on the result; the chips say what is on', async () => {
      const { page, errors } = await app.open(query);
      await page.locator('#filters-toggle').click();
      await page.locator('#ministry-mod').check();
      await waitForText(page, '#headline-total', lang === 'ja' ? '1,521.0億円' : '¥152.10 billion');
      const show = page.locator('#show-results');
      assert.equal(await show.innerText(), showLabel);
      assert.ok(await show.isVisible());
      // Sticky: visible while the panel is open, without scrolling to its end.
      const box = await show.boundingBox();
      assert.ok(box.y + box.height <= 740 && box.y >= 0, `"show" at y=${box.y}`);
      await screenShot(page, `takeaway-show-results-${lang}-360-screen`);
      await show.click();
      await page.waitForFunction(() => document.activeElement?.id === 'headline-heading');
      assert.equal(await page.getAttribute('#filters-toggle', 'aria-expanded'), 'false');
      assert.equal(await page.locator('#ministry-mod').isVisible(), false);
      const total = await page.locator('#headline-total').boundingBox();
      assert.ok(total.y >= 0 && total.y < 740, `the total is on screen (y=${total.y})`);
      assert.ok(await page.getByRole('button', { name: chip }).isVisible());
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
      await screenShot(page, `takeaway-chips-${lang}-360-screen`);
      await app.screenshot(page, `takeaway-chips-${lang}-360`);
      assert.deepEqual(errors.all(), []);
    });

    test('the filters button is not needed on a wide screen, where chips show too', async () => {
      const { page, errors } = await app.open(`${query}${query ? '&' : '?'}ministry=mod&area=3`, { viewport: { width: 1280, height: 900 } });
      assert.equal(await page.locator('#show-results').isVisible(), false);
      assert.equal(await page.locator('#active-filters .chip').count(), 2);
      await app.screenshot(page, `takeaway-chips-${lang}-1280`);
      assert.deepEqual(errors.all(), []);
    });
  });
}

describe('copying the program table', () => {
  const app = useApp();

  for (const { lang, query, header, row } of [
    { lang: 'ja', query: '?ministry=mod', header: '施策名\t府省庁\t分野\t金額（億円）\t前年度比（億円）', row: /^情報システムの防護\t防衛省\t\(3\)[^\t]*\t1,064\.0\t\+586\.6$/m },
    { lang: 'en', query: '?ministry=mod&lang=en', header: 'Program\tMinistry\tArea\tAmount (¥ billion)\tChange (¥ billion)', row: /^Protecting information systems\tMinistry of Defense\t\(3\)[^\t]*\t106\.40\t\+58\.66$/m },
  ]) {
    test(`gives clean headers and numbers a spreadsheet reads (${lang})`, async () => {
      const { page, context, errors } = await app.open(query);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
      // Select the table the way a mouse drag over it would, and copy with the keyboard.
      await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('#program-table'));
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      });
      await page.keyboard.press('ControlOrMeta+C');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      console.log(`# copied program table (${lang}):\n${copied}`);
      assert.ok(copied.includes(header), `header:\n${copied}`);
      assert.ok(!/[↕▲▼]/.test(copied), 'no sort glyphs');
      assert.match(copied, row);
      assert.ok(!/億円\s*\t|billion\t|%/.test(copied.split(header)[1]), 'no units or percentages in the cells');
      // The arrows are still drawn, and the state is still announced.
      assert.equal(await page.getAttribute('#program-table th:has(#sort-amount)', 'aria-sort'), 'descending');
      const arrow = await page.locator('#sort-amount').evaluate((b) => getComputedStyle(b, '::after').content);
      assert.ok(arrow.includes('▼'), arrow);
      assert.deepEqual(errors.all(), []);
    });
  }
});

describe('accessibility of the take-away parts (axe-core, WCAG 2 A/AA)', () => {
  const app = useApp();

  for (const [name, query, viewport] of [
    ['ja, chips, citation and a definition open', '?ministry=mod&area=3', { width: 1280, height: 900 }],
    ['en, phone, chips, citation, a definition and the filters open', '?lang=en&ministry=mod', { width: 360, height: 740 }],
  ]) {
    test(name, async () => {
      const { page } = await app.open(query, { viewport });
      if (viewport.width === 360) await page.locator('#filters-toggle').click();
      await page.locator('#cite-toggle').click();
      await page.locator('.headline .term-help-button[data-term="oku"]').click();
      // As the reader left it: the open citation and definition are audited, the rest as is.
      assert.deepEqual(await axeViolations(page, { openDetails: false }), []);
    });
  }
});

describe('filter chips: year and budget kind', () => {
  const app = useApp();

  test('another year and a budget kind show as chips; clear all keeps the year, as the panel does', async () => {
    const { page, errors } = await app.open('?year=2023&budget=all&q=IoT');
    const names = await page.locator('#active-filters .chip').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    assert.deepEqual(names, ['令和5年度 の絞り込みを解除', '「IoT」 の絞り込みを解除', '当初＋補正 の絞り込みを解除']);
    await page.getByRole('button', { name: 'すべて解除', exact: true }).click();
    await waitForQuery(page, '?year=2023');
    await page.getByRole('button', { name: '令和5年度 の絞り込みを解除' }).click();
    await waitForQuery(page, '');
    await waitForText(page, '#headline-total', '2,126.2億円');
    assert.deepEqual(errors.all(), []);
  });
});

describe('copying the tables behind the charts', () => {
  const app = useApp();

  for (const { lang, query, areaHeader, area3, ministryHeader, mod } of [
    { lang: 'ja', query: '', areaHeader: '分野\t総額（億円）\t個別施策（億円）\t個別施策として記載のない額（億円）', area3: /^\(3\)[^\t]*\t1,522\.1\t1,507\.9\t14\.2\t/m, ministryHeader: '府省庁\t個別施策（億円）\t施策数\t', mod: /^防衛省\t1,521\.0\t5\t/m },
    { lang: 'en', query: '?lang=en', areaHeader: '\tTotal (¥ billion)\t', area3: /^\(3\)[^\t]*\t152\.21\t150\.79\t1\.42\t/m, ministryHeader: '\tItemised programs (¥ billion)\t', mod: /^Ministry of Defense\t152\.10\t5\t/m },
  ]) {
    test(`the area and ministry tables copy as numbers with units in the headers (${lang})`, async () => {
      const { page, context, errors } = await app.open(query);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
      const copy = async (selector) => {
        await page.evaluate((sel) => {
          document.querySelector(sel).closest('details').open = true;
          const range = document.createRange();
          range.selectNodeContents(document.querySelector(sel));
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        }, selector);
        await page.keyboard.press('ControlOrMeta+C');
        return page.evaluate(() => navigator.clipboard.readText());
      };
      const areas = await copy('#area-table');
      console.log(`# copied area table (${lang}):\n${areas}`);
      assert.ok(areas.includes(areaHeader), areas);
      assert.match(areas, area3);
      const ministries = await copy('#ministry-table');
      assert.ok(ministries.includes(ministryHeader), ministries);
      assert.match(ministries, mod);
      assert.deepEqual(errors.all(), []);
    });
  }
});
