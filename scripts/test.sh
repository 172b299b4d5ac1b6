#!/usr/bin/env bash
# `cargo xtask test`: installs what is missing (including Chromium), then runs
# every check: version pins, rustfmt, clippy, native tests, and the browser
# tests against release builds served over HTTP on loopback.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

(($# == 0)) || die "usage: cargo xtask test (takes no arguments)"

bash "$REPO_ROOT/scripts/ensure-tools.sh" --browser
export CBE_TOOLS_READY=1

say "version pins agree"
bash "$REPO_ROOT/scripts/check-versions.sh"

say "cargo fmt --all --check"
cargo fmt --all --check

# Native: the model, and the UI as the pre-render uses it (no effects).
say "cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

# The UI as the browser runs it (effects on, the code behind src/ui/url.rs's cfgs).
say "cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings"
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

say "a broken data file fails the build, naming file, record and field"
bash "$REPO_ROOT/scripts/check-broken-data-fails-build.sh"

say "cargo test --workspace"
cargo test --workspace

# Two builds of the real data: the default one with relative asset URLs (the tests serve it at the root and
# copy it into /a/ministry-site/budget/), and one with absolute URLs for one sub-path.
export CBE_DIST_ROOT="$REPO_ROOT/dist"
export CBE_DIST_SUBPATH="$REPO_ROOT/target/dist-subpath"
export CBE_SUBPATH_PREFIX="/cyber/budget/"
bash "$REPO_ROOT/scripts/dist.sh" --dist "$CBE_DIST_ROOT"
say "first-view bytes within the budget (gzip)"
bash "$REPO_ROOT/scripts/check-size.sh" "$CBE_DIST_ROOT"
bash "$REPO_ROOT/scripts/dist.sh" --dist "$CBE_DIST_SUBPATH" --public-url "$CBE_SUBPATH_PREFIX"
# A third, never shipped: a synthetic edition of 300 programs, more than the program table
# draws at once, for its page controls (tests/e2e/paging.test.mjs), whose names and
# descriptions hold Ⅱ, α, ℓ and É (tests/e2e/unicode-search.test.mjs).
export CBE_DIST_SYNTHETIC="$REPO_ROOT/target/dist-synthetic"
bash "$REPO_ROOT/scripts/synthetic-dist.sh" --programs 300 --data target/e2e-data --dist "$CBE_DIST_SYNTHETIC"

say "browser tests: node --test tests/e2e/"
# The accessibility tests record what they found per WCAG criterion (tests/e2e/wcag.mjs);
# the statement's results must agree with this run.
rm -rf "$REPO_ROOT/target/a11y-run"
node --test tests/e2e/

say "the accessibility statement's results hold in this run (accessibility/results.json)"
node tests/e2e/a11y-results.mjs check

say "all tests passed"
