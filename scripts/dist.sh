#!/usr/bin/env bash
# `cargo xtask dist [--public-url /cyber/budget/] [--dist DIR]`
# Release build of the static site (wasm-opt -Oz runs through index.html's
# data-wasm-opt), then the size of what a server would send.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

usage="usage: cargo xtask dist [--public-url /sub/path/] [--dist DIR]"
trunk_args=()
dist_dir=dist
while (($#)); do
  case "$1" in
    --public-url | --dist)
      (($# >= 2)) || die "$1 needs a value; $usage"
      [[ "$1" == --dist ]] && dist_dir="$2"
      trunk_args+=("$1" "$2")
      shift 2
      ;;
    --public-url=* | --dist=*)
      [[ "$1" == --dist=* ]] && dist_dir="${1#--dist=}"
      trunk_args+=("$1")
      shift
      ;;
    -h | --help) echo "$usage"; exit 0 ;;
    *) die "unknown argument '$1'; $usage" ;;
  esac
done

# scripts/test.sh has already run ensure-tools.sh (with --browser).
if [[ "${CBE_TOOLS_READY:-}" != 1 ]]; then
  bash "$REPO_ROOT/scripts/ensure-tools.sh"
fi

say "trunk build --release --offline ${trunk_args[*]}"
trunk build --release --offline "${trunk_args[@]}"

# Sizes: raw bytes, and gzip -9 (lib.sh gzip_size).
human() { awk -v b="$1" 'BEGIN { if (b >= 1048576) printf "%.2f MiB", b/1048576; else if (b >= 1024) printf "%.1f KiB", b/1024; else printf "%d B", b }'; }
row() { printf '  %-48s %12s %12s\n' "$1" "$2" "$3"; }

total_raw=0
total_gz=0
say "dist size ($dist_dir): raw / gzip -9"
while IFS= read -r -d '' file; do
  raw=$(wc -c <"$file")
  gz=$(gzip_size "$file")
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  case "$file" in
    *.wasm | *.js) row "${file#"$dist_dir"/}" "$(human "$raw")" "$(human "$gz")" ;;
  esac
done < <(find "$dist_dir" -type f -print0 | sort -z)
row "total ($(find "$dist_dir" -type f | wc -l) files)" "$(human "$total_raw")" "$(human "$total_gz")"
echo "  ($total_raw bytes raw, $total_gz bytes gzip)"
