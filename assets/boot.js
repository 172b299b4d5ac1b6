/*
 * boot.js: the explorer's first script, a tiny classic (non-module) file at the top of
 * <head>, before the stylesheet, so that it runs as soon as it arrives and the parser
 * goes on with the page while the CSS is still on its way. A strict Content-Security-Policy
 * (`script-src 'self'`) forbids inline script, so this file does what must happen before
 * the first paint, and nothing else (boot-late.js, deferred, does the rest):
 *
 * It marks <html> with what the URL asks for, so CSS shows the right frame at once:
 * `cbe-js` (scripts run), `cbe-embed` for `embed=1`, `lang`, and `cbe-pending` for any
 * query at all: the page carries the default view pre-rendered, which must not stand as
 * the answer to another view, so it stays hidden until the app has drawn that view (the
 * app removes the class). For such a view it also starts fetching the app at once.
 *
 * ES5, no module syntax, so an old browser runs it (boot-late.js then says it is too old).
 * The URL parameters follow the public contract (README, "The URL query contract"): the
 * first of a repeated parameter wins.
 */
(function () {
  'use strict';

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
  var pending = !!window.location.search;
  root.className += ' cbe-js' + (embed ? ' cbe-embed' : '') + (pending ? ' cbe-pending' : '');
  if (firstParam('lang') === 'en') root.setAttribute('lang', 'en');

  /* A view other than the pre-rendered default has nothing to show until the app runs, so
     its files are fetched now, while the page is still being read. For the default view
     start.js fetches them only after the pre-render is painted: the first view's bytes
     (HTML, CSS) then have the network to themselves. The <meta> with the hashed names
     stands above this script in index.html. */
  var app = pending && document.querySelector('meta[name="cyber-budget-explorer-app"]');
  if (app && app.getAttribute('data-wasm')) {
    preload(app.getAttribute('data-bindings'), 'modulepreload');
    preload(app.getAttribute('data-wasm'), 'preload');
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
})();
