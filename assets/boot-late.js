/*
 * boot-late.js: the part of the explorer's boot that can wait until the document has been
 * parsed, a classic (non-module) `defer` script. boot.js, at the top of <head>, did what
 * must happen before the first paint (the classes on <html>, the app's preload for a
 * non-default view); this file stands before start.js in <head>, so it runs before it
 * (deferred and module scripts run in document order), and:
 *
 * 1. It reports why the app could not start, in Japanese and English, with what the host
 *    can do about it: a CSP without 'wasm-unsafe-eval', an iframe sandbox without
 *    allow-same-origin (an opaque origin cannot fetch the .wasm), an old browser, a file
 *    that did not load. If the app cannot start, `cbe-pending` goes and `cbe-failed` shows
 *    the default view with a note saying which view it is. A timer turns the loading
 *    notice into a hint if nothing happens.
 * 2. In embed mode inside a frame, it posts the page height to the parent whenever it
 *    changes (a ResizeObserver), whether or not the app starts.
 *
 * It is written in ES5 with no module syntax so that an old browser can run it and say
 * that it is old. `start.js` (a module) loads the app and calls `CyberBudgetExplorerBoot`.
 */
(function () {
  'use strict';

  var RESIZE_MESSAGE = 'cyber-budget-explorer:resize';
  var HINT_AFTER_MS = 10000;
  var root = document.documentElement;
  /* boot.js read the query: `cbe-embed` is its answer to `embed=1`. */
  var embed = /(^|\s)cbe-embed(\s|$)/.test(root.className);

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
      // The title in both languages, the English marked as such (WCAG 3.1.2).
      var title = paragraph('エクスプローラーを起動できません。 ', 'boot-title');
      var titleEn = document.createElement('span');
      titleEn.setAttribute('lang', 'en');
      titleEn.textContent = 'The explorer cannot start.';
      title.appendChild(titleEn);
      panel.appendChild(title);
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
