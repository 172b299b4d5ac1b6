/*
 * start.js: loads the explorer's WebAssembly, as a module file (a strict
 * Content-Security-Policy with `script-src 'self'` allows it; Trunk's default inline
 * loader it replaces would be blocked).
 *
 * Trunk writes the hashed names of the wasm-bindgen bindings and the .wasm into
 * <meta name="cyber-budget-explorer-app"> (Trunk.toml `pattern_script`), relative to the
 * page, so the same dist/ works wherever it is copied. Failures go to boot.js, which
 * explains them in Japanese and English.
 */
const boot = window.CyberBudgetExplorerBoot;

async function start() {
  const meta = document.querySelector('meta[name="cyber-budget-explorer-app"]');
  if (!meta) throw new Error('index.html lacks <meta name="cyber-budget-explorer-app">');
  const bindingsUrl = new URL(meta.dataset.bindings, document.baseURI).href;
  const wasmUrl = new URL(meta.dataset.wasm, document.baseURI).href;
  const bindings = await import(bindingsUrl);
  // Runs the Rust `main`, which mounts the app and removes the loading notice.
  await bindings.default({ module_or_path: wasmUrl });
}

start().then(
  () => boot && boot.started(),
  (error) => {
    console.error('The explorer could not start:', error);
    if (boot) boot.failed(error);
  },
);
