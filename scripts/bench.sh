#!/usr/bin/env bash
# `cargo xtask bench`: measures, asserts nothing. Time per budget view over a
# synthetic edition of 10,000 programs x 10 fiscal years (benches/views.rs),
# then the size of the release build, raw and gzip.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

(($# == 0)) || die "usage: cargo xtask bench (takes no arguments)"

say "cargo bench --bench views"
cargo bench --bench views

bash "$REPO_ROOT/scripts/ensure-tools.sh"
export CBE_TOOLS_READY=1
bash "$REPO_ROOT/scripts/dist.sh" --dist "$REPO_ROOT/target/dist-bench" --public-url /
