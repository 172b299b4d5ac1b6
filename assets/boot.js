/*
 * boot.js: the explorer's first script, a classic (non-module) file in <head>.
 *
 * It replaces the inline loader Trunk would write (a strict Content-Security-Policy with
 * `script-src 'self'` blocks inline script), and does what must happen before the
 * WebAssembly app exists:
 *
 * 1. Before first paint, it marks <html> with what the URL asks for, so CSS can show the
 *    right frame at once: `cbe-js` (scripts run), `cbe-embed` for `embed=1`, `lang`, and
 *    `cbe-pending` for any query at all: the page carries the default view pre-rendered,
 *    which must not stand as the answer to another view, so it stays hidden until the app
 *    has drawn that view (the app removes the class). If the app cannot start, the class
 *    goes and `cbe-failed` shows the default view with a note saying which view it is.
 * 2. It reports why the app could not start, in Japanese and English, with what the host
 *    can do about it: a CSP without 'wasm-unsafe-eval', an iframe sandbox without
 *    allow-same-origin (an opaque origin cannot fetch the .wasm), an old browser, a file
 *    that did not load. A timer turns the loading notice into a hint if nothing happens.
 * 3. In embed mode inside a frame, it posts the page height to the parent whenever it
 *    changes (a ResizeObserver), from the first paint on, whether or not the app starts.
 *
 * It is written in ES5 with no module syntax so that an old browser can run it and say
 * that it is old. `start.js` (a module) loads the app and calls `CyberBudgetExplorerBoot`.
 * The URL parameters it reads follow the public contract (README, "The URL query
 * contract"): the first of a repeated parameter wins.
 */
(function () {
  'use strict';

  var RESIZE_MESSAGE = 'cyber-budget-explorer:resize';
  var HINT_AFTER_MS = 10000;
  var root = document.documentElement;

  /* The query as the app reads it (src/budget/query.rs split_at_budget): at most its first
     100 non-empty parameters (MAX_PARAMS), ending at most 64 KiB in (MAX_QUERY_BYTES), cut
     between parameters, parsed once. A hostile link of a megabyte costs no more here than a
     short one, and `embed=1` as a 101st parameter is ignored here as the app ignores it. */
  var MAX_PARAMS = 100;
  var MAX_QUERY_BYTES = 65536;
  var params = (function () {
    try {
      var query = window.location.search.slice(1, MAX_QUERY_BYTES + 2);
      var segments = query.split('&');
      var kept = [];
      var end = 0;
      for (var i = 0; i < segments.length && kept.length < MAX_PARAMS; i += 1) {
        end += segments[i].length;
        if (end > MAX_QUERY_BYTES) break;
        if (segments[i]) kept.push(segments[i]);
        end += 1; /* the '&' after it */
      }
      return new URLSearchParams(kept.join('&'));
    } catch (e) {
      return null;
    }
  })();

  /* The first value of `name` in the query, or null (URLSearchParams.get is first-wins). */
  function firstParam(name) {
    return params ? params.get(name) : null;
  }

  var embed = firstParam('embed') === '1';
  var lang = firstParam('lang') === 'en' ? 'en' : 'ja';
  var pending = !!window.location.search;
  root.className += ' cbe-js' + (embed ? ' cbe-embed' : '') + (pending ? ' cbe-pending' : '');
  if (lang === 'en') root.setAttribute('lang', 'en');

  /* A view other than the pre-rendered default has nothing to show until the app runs, so
     its files are fetched now, while the page is still being read. For the default view
     start.js fetches them only after the pre-render is painted: the first view's bytes
     (HTML, CSS) then have the network to themselves. The <meta> with the hashed names
     stands above this script in index.html. */
  if (pending) {
    var app = document.querySelector('meta[name="cyber-budget-explorer-app"]');
    if (app && app.getAttribute('data-wasm')) {
      preload(app.getAttribute('data-bindings'), 'modulepreload');
      preload(app.getAttribute('data-wasm'), 'preload');
    }
  }

  function preload(href, rel) {
    var link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    if (rel === 'preload') {
      /* The same request start.js's fetch() makes (CORS, same-origin credentials), so the
         preloaded response is the one it uses. */
      link.as = 'fetch';
      link.type = 'application/wasm';
      link.crossOrigin = 'anonymous';
    }
    document.head.appendChild(link);
  }

  var state = { started: false, failed: false };

  /* Why the app could not start: a heading and what to do, in both languages. */
  var REASONS = {
    csp: {
      ja: 'このページのコンテンツセキュリティポリシー（CSP）が WebAssembly の実行を許可していません。',
      en: "This page's Content-Security-Policy does not allow WebAssembly to run.",
      fixJa: "サイトの管理者は、CSP の script-src に 'wasm-unsafe-eval' を加えてください（README「Embedding」）。",
      fixEn: "Site administrators: add 'wasm-unsafe-eval' to the policy's script-src (see the README, \"Embedding\")."
    },
    sandbox: {
      ja: '埋め込み元の iframe の sandbox 属性に allow-same-origin がないため、プログラムを読み込めません。',
      en: 'The embedding iframe is sandboxed without allow-same-origin, so the app cannot load its program file.',
      fixJa: '埋め込むサイトの管理者は、iframe の sandbox に allow-same-origin を加えてください（エクスプローラーは別のオリジンにあるため、埋め込み元のページには触れません）。',
      fixEn: 'Site administrators: add allow-same-origin to the iframe\'s sandbox (the explorer is on another origin, so it still cannot touch the host page).'
    },
    browser: {
      ja: 'このブラウザは WebAssembly または JavaScript モジュールに対応していません。',
      en: 'This browser does not support WebAssembly or JavaScript modules.',
      fixJa: '最新のブラウザ（Chrome、Edge、Firefox、Safari）でご覧ください。',
      fixEn: 'Please use a current browser (Chrome, Edge, Firefox or Safari).'
    },
    load: {
      ja: 'エクスプローラーのプログラムファイルを読み込めませんでした。',
      en: "The explorer's program files could not be loaded.",
      fixJa: 'ページを再読み込みしてください。続く場合、サイトの管理者は dist/ のファイルがすべて置かれ、.wasm が application/wasm で配信されているか確認してください。',
      fixEn: 'Please reload the page. If it persists, site administrators should check that every file of dist/ was copied and that .wasm is served as application/wasm.'
    }
  };

  function bootPanel() {
    return document.getElementById('boot');
  }

  function paragraph(text, className, langTag) {
    var p = document.createElement('p');
    p.textContent = text;
    if (className) p.className = className;
    if (langTag) p.setAttribute('lang', langTag);
    return p;
  }

  /* Replaces the loading notice with the reason the app cannot start. */
  function showFailure(kind, detail) {
    if (state.started || state.failed) return;
    state.failed = true;
    // The pre-rendered default view is all there is now: show it, with its note.
    root.className = root.className.replace(' cbe-pending', '') + ' cbe-failed';
    var reason = REASONS[kind] || REASONS.load;
    var render = function () {
      // A panic already put its own bilingual message on the page: do not add a second one.
      if (document.getElementById('fatal')) return;
      var panel = bootPanel();
      if (!panel) {
        panel = document.createElement('div');
        panel.id = 'boot';
        document.body.insertBefore(panel, document.body.firstChild);
      }
      panel.className = 'boot boot-failed';
      panel.setAttribute('role', 'alert');
      panel.setAttribute('data-reason', kind);
      while (panel.firstChild) panel.removeChild(panel.firstChild);
      panel.appendChild(paragraph('エクスプローラーを起動できません。 The explorer cannot start.', 'boot-title'));
      panel.appendChild(paragraph(reason.ja + reason.fixJa, null, 'ja'));
      panel.appendChild(paragraph(reason.en + ' ' + reason.fixEn, null, 'en'));
      if (detail) panel.appendChild(paragraph(String(detail).slice(0, 300), 'boot-detail', 'en'));
    };
    if (document.body) render();
    else document.addEventListener('DOMContentLoaded', render);
  }

  /* Sorts an error from loading or instantiating the app into one of REASONS. */
  function classify(error) {
    var text = String((error && error.message) || error || '');
    if (/wasm-eval|unsafe-eval|Content Security Policy/i.test(text)) return 'csp';
    if (window.origin === 'null' || window.location.origin === 'null') return 'sandbox';
    return 'load';
  }

  // The API start.js calls. A global because a module cannot reach a classic script's scope.
  window.CyberBudgetExplorerBoot = {
    started: function () {
      state.started = true;
    },
    failed: function (error) {
      showFailure(classify(error), error && error.message ? error.message : error);
    }
  };

  // A CSP that blocks WebAssembly reports itself before the compile error arrives.
  document.addEventListener('securitypolicyviolation', function (event) {
    if (event.blockedURI === 'wasm-eval' || event.blockedURI === 'eval') {
      showFailure('csp', event.violatedDirective + ' blocked ' + event.blockedURI);
    }
  });

  // A module script that fails to load fires `error` on its element; it does not bubble,
  // so listen in the capture phase. Only our own scripts count.
  document.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target.tagName === 'SCRIPT' && target.getAttribute('data-cbe') === 'start') {
      showFailure(classify(null), 'start script did not load');
    }
  }, true);

  var supported = typeof WebAssembly === 'object' &&
    typeof window.Promise === 'function' &&
    'noModule' in document.createElement('script');
  if (!supported) showFailure('browser');

  // Nothing decisive happened: say so rather than spin forever, and keep waiting.
  window.setTimeout(function () {
    if (state.started || state.failed) return;
    var panel = bootPanel();
    if (panel) panel.className += ' boot-slow';
  }, HINT_AFTER_MS);

  /* Embed mode in a frame: tell the parent our height whenever it changes. */
  function postHeight(height) {
    try {
      window.parent.postMessage({ type: RESIZE_MESSAGE, height: height }, '*');
    } catch (e) {
      /* a parent that cannot be reached has nothing to resize */
    }
  }

  if (embed && window.parent !== window) {
    var lastHeight = -1;
    var report = function () {
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height === lastHeight) return;
      lastHeight = height;
      postHeight(height);
    };
    if (typeof window.ResizeObserver === 'function') {
      new window.ResizeObserver(report).observe(root);
    } else {
      window.addEventListener('resize', report);
      window.setInterval(report, 500);
    }
    window.addEventListener('load', report);
  }
})();
