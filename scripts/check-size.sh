#!/usr/bin/env bash
# `bash scripts/check-size.sh [DIST]` (default dist/): the bytes the first view downloads,
# gzip -9, against the budget. Reads DIST/index.html for what a browser fetches before the
# app is up: stylesheets, icons, preloads, scripts, the bindings and wasm named by the
# <meta name="cyber-budget-explorer-app"> that assets/start.js loads, and the module snippets
# the bindings import (dist/snippets/). Links in the page's
# content (<a href>) are not downloads and are not counted. Fails when the total exceeds
# BUDGET_BYTES. Works on a build with relative asset URLs (the default `./`).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The one place the budget is written. It is a budget that features may spend, not a
# record of what the first view measures today: a change that adds more than 2 KB gzip says
# in its note what it bought. The number moves only by a decision written in BENCHMARKS.md.
BUDGET_BYTES=210000

dist="${1:-dist}"
index="$dist/index.html"
[[ -f "$index" ]] || { echo "error: $index not found: build first (cargo xtask dist)" >&2; exit 1; }

# One line per tag, then the URL attributes of the tags that are fetched on load.
tags=$(tr '\n\r\t' '   ' <"$index" | grep -oiE '<(link|script|meta)[[:space:]][^>]*>' || true)
attr() { sed -nE "s/.*[[:space:]]$1=\"([^\"]*)\".*/\1/p" <<<"$2"; }
urls=()
while IFS= read -r tag; do
  [[ -n "$tag" ]] || continue
  case "${tag,,}" in
    '<link'*)
      rel=$(attr rel "$tag")
      case " ${rel,,} " in
        *" stylesheet "* | *" icon "* | *" preload "* | *" modulepreload "*) urls+=("$(attr href "$tag")") ;;
      esac
      ;;
    '<script'*) urls+=("$(attr src "$tag")") ;;
    '<meta'*)
      for a in data-bindings data-wasm; do
        value=$(attr "$a" "$tag")
        [[ -n "$value" ]] && urls+=("$value")
      done
      ;;
  esac
done <<<"$tags"

row() { printf '  %-52s %10s %10s\n' "$1" "$2" "$3"; }
# Adds FILE (shown as LABEL) to the totals and prints its row.
total_raw=0
total_gz=0
count() {
  local raw gzipped
  raw=$(wc -c <"$1")
  gzipped=$(gzip_size "$1")
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gzipped))
  row "$2" "$raw" "$gzipped"
}
row "file" "raw" "gzip -9"
count "$index" "index.html"
seen=" index.html "
for url in "${urls[@]}"; do
  [[ -n "$url" ]] || continue
  case "$url" in
    data:*) continue ;;
    http://* | https://* | //*)
      echo "error: $index loads $url from another host; the first view must come from dist/ alone" >&2
      exit 1
      ;;
  esac
  path="${url%%[?#]*}"
  path="${path#./}"
  if [[ "$path" == /* ]]; then
    echo "error: $index names $url with an absolute path; measure a build with relative URLs (the default)" >&2
    exit 1
  fi
  [[ "$seen" == *" $path "* ]] && continue
  seen+="$path "
  file="$dist/$path"
  [[ -f "$file" ]] || { echo "error: $index names $url, but $file does not exist" >&2; exit 1; }
  count "$file" "$path"
done
# The bindings import wasm-bindgen's module snippets (src/ui/morph.js) from snippets/:
# fetched at start, so part of the first view too.
if [[ -d "$dist/snippets" ]]; then
  while IFS= read -r -d '' file; do
    count "$file" "${file#"$dist"/}"
  done < <(find "$dist/snippets" -type f -print0 | sort -z)
fi
row "total (first view)" "$total_raw" "$total_gz"

if ((total_gz > BUDGET_BYTES)); then
  echo "error: the first view downloads $total_gz bytes gzip, over the budget of $BUDGET_BYTES (scripts/check-size.sh BUDGET_BYTES)." >&2
  echo "       See BENCHMARKS.md 'The budget' for the rule and how to see what is big (twiggy)." >&2
  exit 1
fi
echo "first view: $total_gz bytes gzip, within the budget of $BUDGET_BYTES ($((BUDGET_BYTES - total_gz)) to spare)"
