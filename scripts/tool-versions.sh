# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are used by the scripts that source this file
# The pinned tool versions, in one place. Sourced by the other scripts.
# Each pin names the other places that must agree; scripts/check-versions.sh
# (run by `cargo xtask test`) fails when they drift apart.

# Trunk: `cargo install trunk --version … --locked`. 0.22.x needs rustc >= 1.96.1.
# Also named in the comment at the top of Trunk.toml.
TRUNK_VERSION=0.21.14

# wasm-bindgen CLI. Must equal, to the patch:
#   Cargo.toml   wasm-bindgen = "=0.2.130"
#   Cargo.lock   [[package]] name = "wasm-bindgen" version
#   Trunk.toml   [tools] wasm_bindgen = "0.2.130"
# otherwise the generated JS refuses the module ("schema version" mismatch).
WASM_BINDGEN_VERSION=0.2.130

# wasm-opt comes from the npm package binaryen (Debian's binaryen 108 produces
# modules that die at start). BINARYEN_NPM_VERSION is the npm version;
# WASM_OPT_VERSION is what `wasm-opt --version` reports and must equal
#   Trunk.toml   [tools] wasm_opt = "version_132"
BINARYEN_NPM_VERSION=132.0.0
WASM_OPT_VERSION=version_132

# playwright-core drives /usr/bin/chromium in the browser tests. Must equal
#   tests/e2e/package.json   "playwright-core": "1.65.1"  (exact, no ^)
#   tests/e2e/package-lock.json
PLAYWRIGHT_CORE_VERSION=1.65.1

# Debian packages for the browser tests (`ensure-tools.sh --browser`); poppler-utils reads
# back the PDFs of tests/e2e/print.test.mjs (pdftotext).
BROWSER_APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk poppler-utils)
