// What a benchmark load is and when it counts as shown, shared by bench.mjs and ab.mjs so
// the A/B script measures exactly what `cargo xtask bench` reports.

// Slow 4G, as Lighthouse's mobile preset: 150 ms round trip, 1.6 Mbit/s down, 750 Kbit/s up.
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };

// A phone, as Lighthouse's mobile preset.
export const LOAD_VIEWPORT = { width: 412, height: 823 };

// An init script (installed before any page script) that records, in window.__bench: when
// the text `want` first stands visible in #headline-total, the time its frame has been
// painted (a task posted from the next animation frame runs after that frame's style,
// layout and paint: a page that still has to lay itself out is not counted as shown before
// it has); first contentful paint; long tasks; layout shifts.
export const headlineProbe = (want) => `(() => {
  const want = ${JSON.stringify(want)};
  const probe = (window.__bench = { shown: null, fcp: null, longTasks: [], cls: 0, shifts: 0 });
  const check = () => {
    if (probe.shown !== null) return;
    const el = document.getElementById('headline-total');
    if (!el || !el.textContent.includes(want)) return;
    requestAnimationFrame(() => {
      if (probe.shown !== null) return;
      const visible = el.isConnected && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      if (!visible) { setTimeout(check, 0); return; }
      const painted = new MessageChannel();
      painted.port1.onmessage = () => { if (probe.shown === null) probe.shown = performance.now(); };
      painted.port2.postMessage(0);
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  document.addEventListener('DOMContentLoaded', check);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) { probe.cls += e.value; probe.shifts += 1; }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {}
})();`;
