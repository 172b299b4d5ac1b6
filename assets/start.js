/*
 * start.js: loads the explorer's WebAssembly, as a module file (a strict
 * Content-Security-Policy with `script-src 'self'` allows it; Trunk's default inline
 * loader it replaces would be blocked).
 *
 * Trunk writes the hashed names of the wasm-bindgen bindings and the .wasm into
 * <meta name="cyber-budget-explorer-app"> (Trunk.toml `pattern_script`), relative to the
 * page, so the same dist/ works wherever it is copied. Failures go to boot-late.js, which
 * explains them in Japanese and English.
 */
const boot = window.CyberBudgetExplorerBoot;

async function start() {
  const meta = document.querySelector('meta[name="cyber-budget-explorer-app"]');
  if (!meta) throw new Error('index.html lacks <meta name="cyber-budget-explorer-app">');
  const bindingsUrl = new URL(meta.dataset.bindings, document.baseURI).href;
  const wasmUrl = new URL(meta.dataset.wasm, document.baseURI).href;
  // The default view is on screen before the app (pre-rendered): its app is fetched once
  // the first frame is painted, so the page's own bytes do not share the network with the
  // wasm, and replaces the pre-render only then. Replacing it before the browser had
  // reported the largest contentful paint dropped that entry: the paint measured became
  // the app's, after the whole download. Any other view waits for the app, so boot.js has
  // already begun fetching it (a preload) and nothing waits here.
  if (!document.documentElement.classList.contains('cbe-pending')) await firstPaint();
  const wasm = fetch(wasmUrl);
  const bindings = await import(bindingsUrl);
  // Runs the Rust `main`, which mounts the app and removes the loading notice.
  await bindings.default({ module_or_path: wasm });
}

/**
 * Resolves once the first frame has been painted: the first largest-contentful-paint
 * entry, where the browser reports it; else one frame plus a task. Never waits more than
 * a second (a hidden tab or an off-screen frame may not paint for a long time).
 */
function firstPaint() {
  return new Promise((resolve) => {
    setTimeout(resolve, 1000);
    const observes = typeof PerformanceObserver === 'function'
      && (PerformanceObserver.supportedEntryTypes || []).includes('largest-contentful-paint');
    if (observes) {
      new PerformanceObserver((list, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    }
  });
}

start().then(
  () => boot && boot.started(),
  (error) => {
    console.error('The explorer could not start:', error);
    if (boot) boot.failed(error);
  },
);
