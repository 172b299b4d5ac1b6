#!/usr/bin/env bash
# A release build of the page over a synthetic edition (src/synthetic.rs), never shipped:
#   bash scripts/synthetic-dist.sh [--programs N] --data DIR --dist DIR
# writes the edition into DIR/editions + DIR/source (from the repository root, where
# build.rs resolves the edition's source_text), then builds with CBE_DATA_DIR=DIR/editions.
# Used by `cargo xtask bench` (10,000 programs) and `cargo xtask test` (300, for paging).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

usage="usage: bash scripts/synthetic-dist.sh [--programs N] --data DIR --dist DIR"
programs=10000
data_dir=""
dist_dir=""
while (($#)); do
  case "$1" in
    --programs) programs="${2:?$usage}"; shift 2 ;;
    --data) data_dir="${2:?$usage}"; shift 2 ;;
    --dist) dist_dir="${2:?$usage}"; shift 2 ;;
    *) die "unknown argument '$1'; $usage" ;;
  esac
done
[[ -n "$data_dir" && -n "$dist_dir" ]] || die "$usage"
case "$data_dir" in /*) die "--data must be relative to the repository root: $data_dir" ;; esac

say "synthetic edition: $programs programs into $data_dir"
cargo run --quiet --bin synthetic-edition -- --programs "$programs" "$data_dir"
CBE_DATA_DIR="$data_dir/editions" bash "$REPO_ROOT/scripts/dist.sh" --dist "$dist_dir"
