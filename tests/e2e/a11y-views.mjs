// The pages the accessibility tests check, and why each was chosen: the "pages tested"
// of the accessibility statement (JIS X 8341-3:2016 附属書JB, JB.1.2 c), pages chosen to
// represent the whole set). The explorer is one page whose views are addresses of its URL
// query contract (README, "The URL query contract"), so each "page" here is a view: every
// layout (full page, embed, embed with controls), both languages, and each kind of content
// a view can hold (a filter, a program's detail, an empty result, a notice about a bad
// link), plus the statement itself and the page without JavaScript.
//
// tests/e2e/a11y-results.mjs copies this list into accessibility/results.json, so the
// statement lists what the tests opened.

import { openPage } from './harness.mjs';

/** A desk-sized and a phone-sized window, CSS px. */
export const DESK = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * Every view the accessibility tests open: `query` (appended to the explorer's address;
 * `page` names one of the statement's files instead), `lang` of the page, `layout`, and
 * `why` in both languages.
 */
export const VIEWS = [
  {
    id: 'ja',
    query: '',
    lang: 'ja',
    layout: 'full',
    why: {
      ja: '既定の表示（日本語、全体のページ）。ビルド時に書き出され、最初に表示されるページ。',
      en: 'The default view (Japanese, full page): the page written at build time, the one most readers see first.',
    },
  },
  {
    id: 'en',
    query: '?lang=en',
    lang: 'en',
    layout: 'full',
    why: { ja: '既定の表示の英語版。', en: 'The default view in English.' },
  },
  {
    id: 'en-program',
    query: '?lang=en&ministry=mod&program=mod-rmf',
    lang: 'en',
    layout: 'full',
    why: {
      ja: '英語、府省庁で絞り込み、施策の詳細を開いた表示。',
      en: 'English, filtered by a ministry, with a program’s detail open.',
    },
  },
  {
    id: 'ja-year-area',
    query: '?year=2023&budget=all&area=3',
    lang: 'ja',
    layout: 'full',
    why: {
      ja: '前年度・当初＋補正・分野で絞り込んだ表示（年度、予算の種類、分野の選択）。',
      en: 'The previous year, initial and supplementary, one area: the year, budget kind and area choices.',
    },
  },
  {
    id: 'ja-empty',
    query: '?budget=supplementary',
    lang: 'ja',
    layout: 'full',
    why: {
      ja: '資料にない予算（該当する施策がない表示）。',
      en: 'A budget round the source lacks: a view with no programs.',
    },
  },
  {
    id: 'ja-notice',
    query: '?foo=1&area=2',
    lang: 'ja',
    layout: 'full',
    why: {
      ja: '無効な URL パラメータのお知らせがある表示。',
      en: 'A view with a notice about a parameter of the address that was ignored.',
    },
  },
  {
    id: 'embed-ja',
    query: '?embed=1&ministry=mic',
    lang: 'ja',
    layout: 'embed',
    why: {
      ja: '埋め込み表示（日本語、府省庁で絞り込み）。',
      en: 'Embed mode (Japanese, filtered by a ministry).',
    },
  },
  {
    id: 'embed-controls-en',
    query: '?embed=1&controls=1&lang=en',
    lang: 'en',
    layout: 'embed with controls',
    why: {
      ja: '絞り込み付きの埋め込み表示（英語）。',
      en: 'Embed mode with the filters (English).',
    },
  },
  {
    id: 'embed-notice-detail',
    query: '?embed=1&ministry=xyz&program=mod-rmf',
    lang: 'ja',
    layout: 'embed',
    why: {
      ja: '埋め込み表示で、お知らせと施策の詳細があるもの。',
      en: 'Embed mode with a notice and a program’s detail.',
    },
  },
  {
    id: 'no-js',
    query: '',
    lang: 'ja',
    layout: 'full, without JavaScript',
    noScript: true,
    why: {
      ja: 'JavaScript を使わない場合の既定の表示（ビルド時に書き出したページ）。',
      en: 'The default view without JavaScript (the page written at build time).',
    },
  },
  {
    id: 'statement-ja',
    page: 'accessibility.html',
    lang: 'ja',
    layout: 'statement',
    why: { ja: 'このアクセシビリティのページ（日本語）。', en: 'This accessibility page (Japanese).' },
  },
  {
    id: 'statement-en',
    page: 'accessibility-en.html',
    lang: 'en',
    layout: 'statement',
    why: { ja: 'このアクセシビリティのページ（英語）。', en: 'This accessibility page (English).' },
  },
];

/** The view of `id`. */
export function view(id) {
  const found = VIEWS.find((v) => v.id === id);
  if (!found) throw new Error(`no view '${id}' in a11y-views.mjs`);
  return found;
}

/** The address of `v` under the server's `url` (the explorer's folder). */
export function address(url, v) {
  return v.page ? new URL(v.page, url).href : `${url}${v.query}`;
}

/**
 * Opens the view `v` as `useApp()`'s `app.open` does (a fresh context, errors and CSP
 * watched, closed and checked in `after`), also for the statement's files, which are not a
 * query. The explorer's views wait for the app; the statement and the page without
 * JavaScript have none to wait for.
 */
export async function openView(app, v, { viewport = DESK, ...opts } = {}) {
  const opened = await openPage(app.browser, address(app.server.url, v), {
    viewport,
    waitForApp: !v.noScript && !v.page,
    locale: v.lang === 'en' ? 'en-US' : 'ja-JP',
    // Without JavaScript: the page's scripts arrive empty, so none of them runs and the
    // page is drawn as a browser without JavaScript draws it (its CSS keys on the class
    // boot.js would set). The browser's own JavaScript stays on, which the checks need:
    // with it off, no timer or frame callback of a check (axe's among them) would run.
    beforeGoto: v.noScript
      ? (page) => page.route('**/*.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }))
      : null,
    ...opts,
  });
  app.contexts.push(opened.context);
  app.opened.push(opened);
  if (opened.errors.http.length) throw new Error(`${v.id}: ${opened.errors.http.join(', ')}`);
  return opened;
}
