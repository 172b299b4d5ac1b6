#!/usr/bin/env bash
# `cargo xtask bench`: measures, asserts nothing (timings never go into tests).
# 1. Time per budget view over the synthetic edition of 10,000 programs x 10 fiscal years
#    (benches/views.rs, native).
# 2. Release builds under target/bench/ (never dist/): the real data, and the same edition
#    as build input (CBE_DATA_DIR, scripts/synthetic-dist.sh), with their sizes.
# 3. The floor: a static page of the same figures, no script, generated from the model
#    and words (src/bin/floor-page.rs), for `/` and `?ministry=mic,mod`.
# 4. One headless Chromium run, 4x CPU and slow 4G, gzip-served (tests/bench/bench.mjs):
#    the headline on screen vs the floor, bytes, long tasks, CLS, click-to-frame p50/p95,
#    a trace of the main thread; then Lighthouse (mobile) on `/` from tests/bench's own
#    npm package, installed here only. Results: target/bench/results.json.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

(($# == 0)) || die "usage: cargo xtask bench (takes no arguments)"

say "cargo bench --bench views"
cargo bench --bench views

if [[ "${CBE_TOOLS_READY:-}" != 1 ]]; then
  bash "$REPO_ROOT/scripts/ensure-tools.sh" --browser
fi
export CBE_TOOLS_READY=1
out="$REPO_ROOT/target/bench"
mkdir -p "$out"

bash "$REPO_ROOT/scripts/dist.sh" --dist "$out/dist-real"
bash "$REPO_ROOT/scripts/synthetic-dist.sh" --data target/bench-data --dist "$out/dist-synthetic"

say "the floor: static pages of the same figures (src/bin/floor-page.rs)"
css=$(grep -o 'style-[0-9a-f]*\.css' "$out/dist-real/index.html" | head -n 1)
[[ -n "$css" ]] || die "no style-*.css in $out/dist-real/index.html"
cargo run --quiet --bin floor-page -- --css "$css" >"$out/floor.html"
cargo run --quiet --bin floor-page -- --css "$css" --query '?ministry=mic,mod' >"$out/floor-filtered.html"

# Lighthouse lives in its own package so the tests never install it.
lighthouse_args=()
if [[ ! -x tests/bench/node_modules/.bin/lighthouse ]]; then
  say "npm install (tests/bench: Lighthouse)"
  (cd tests/bench && npm install --no-audit --no-fund) || echo "Lighthouse could not be installed; the bench runs without it"
fi
if [[ -f tests/bench/node_modules/lighthouse/cli/index.js ]]; then
  lighthouse_args=(--lighthouse tests/bench/node_modules/lighthouse/cli/index.js)
fi

say "browser benchmark (one Chromium run; this takes several minutes)"
node tests/bench/bench.mjs --real "$out/dist-real" --synthetic "$out/dist-synthetic" \
  --floor "$out/floor.html" --floor-filtered "$out/floor-filtered.html" \
  --loads 7 --clicks 40 --out "$out/results.json" --trace "$out/trace.json" "${lighthouse_args[@]}"
