#!/usr/bin/env bash
# `cargo xtask a11y [--contact-ja TEXT] [--contact-en TEXT] [--contact-url URL]`
#
# Re-runs the accessibility tests and regenerates the accessibility statement for this
# deployment, with its own contact, in one command (README, "Accessibility"):
#   1. builds dist/ (the contact goes in as CBE_A11Y_CONTACT_JA, _EN, _URL), and the
#      synthetic 300-program build the pager's keyboard test needs;
#   2. runs the accessibility tests (tests/e2e/a11y*.test.mjs) in headless Chromium under
#      the strict Content-Security-Policy; a failing test is not the end: it is a result;
#   3. writes accessibility/results.json from what they found and accessibility/manual.json
#      (tests/e2e/a11y-results.mjs write);
#   4. writes dist/accessibility.html and dist/accessibility-en.html from those results.
# It prints the 対応度 and the criteria not met. Contact settings left out keep the default
# sentence, which sends readers to the contact of the site showing the page.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

usage="usage: cargo xtask a11y [--contact-ja TEXT] [--contact-en TEXT] [--contact-url https://…|mailto:…]"
while (($#)); do
  case "$1" in
    --contact-ja | --contact-en | --contact-url)
      (($# >= 2)) || die "$1 needs a value; $usage"
      case "$1" in
        --contact-ja) export CBE_A11Y_CONTACT_JA="$2" ;;
        --contact-en) export CBE_A11Y_CONTACT_EN="$2" ;;
        --contact-url) export CBE_A11Y_CONTACT_URL="$2" ;;
      esac
      shift 2
      ;;
    -h | --help) echo "$usage"; exit 0 ;;
    *) die "unknown argument '$1'; $usage" ;;
  esac
done

bash "$REPO_ROOT/scripts/ensure-tools.sh" --browser
export CBE_TOOLS_READY=1

export CBE_DIST_ROOT="$REPO_ROOT/dist"
export CBE_DIST_SYNTHETIC="$REPO_ROOT/target/dist-synthetic"
bash "$REPO_ROOT/scripts/dist.sh" --dist "$CBE_DIST_ROOT"
bash "$REPO_ROOT/scripts/synthetic-dist.sh" --programs 300 --data target/e2e-data --dist "$CBE_DIST_SYNTHETIC"

say "accessibility tests: node --test tests/e2e/a11y*.test.mjs"
rm -rf "$REPO_ROOT/target/a11y-run"
status=0
node --test tests/e2e/a11y*.test.mjs || status=$?

say "accessibility/results.json from this run"
node tests/e2e/a11y-results.mjs write

say "the statement: dist/accessibility.html, dist/accessibility-en.html"
cargo run --quiet --bin accessibility-statement -- "$CBE_DIST_ROOT"

if ((status != 0)); then
  say "some accessibility tests failed: the statement says which criteria are not met (一部準拠)"
fi
say "done: publish dist/ (its accessibility.html states these results); commit accessibility/results.json to keep them"
