/*
 * embed.js: for pages that embed the Cyber Budget Explorer in an iframe.
 *
 *   <iframe src="https://…/budget/?ministry=mic&embed=1" data-cyber-budget-explorer …></iframe>
 *   <script src="https://…/budget/embed.js" defer></script>
 *
 * The embedded page posts {type: "cyber-budget-explorer:resize", height: <CSS px>} to its
 * parent whenever its height changes. This file sets the height of the iframe that sent
 * it, so the frame never scrolls inside the host page. It only listens: it accepts a
 * message only from the window of an iframe marked `data-cyber-budget-explorer` (or one
 * whose src has `embed=1`), only of that type, and clamps the height to a sane range.
 * No inline script is needed, so it works under the host's own strict CSP (allow this
 * file's origin in script-src).
 */
(function () {
  'use strict';

  var MESSAGE_TYPE = 'cyber-budget-explorer:resize';
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 20000;

  function isExplorerFrame(frame) {
    if (frame.hasAttribute('data-cyber-budget-explorer')) return true;
    try {
      return new URL(frame.src, document.baseURI).searchParams.get('embed') === '1';
    } catch (e) {
      return false;
    }
  }

  /* The explorer iframe whose window sent `event`, or null. */
  function frameOf(event) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && isExplorerFrame(frames[i])) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE_TYPE) return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frame = frameOf(event);
    if (!frame) return;
    var clamped = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
    // A CSSOM write: allowed by a host CSP without 'unsafe-inline' in style-src.
    frame.style.height = clamped + 'px';
    frame.setAttribute('data-cyber-budget-explorer-height', String(clamped));
  });
})();
