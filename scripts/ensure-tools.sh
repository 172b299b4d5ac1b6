#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) the app needs, and only
# what is missing. Safe to run again: each step first runs the tool and compares
# its version with scripts/tool-versions.sh, and prints "ok" when it matches.
#
#   scripts/ensure-tools.sh            wasm32 target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/ensure-tools.sh --browser  the same, plus Chromium, chromedriver, CJK fonts,
#                                      poppler-utils (apt) and the tests/e2e npm packages
#
# Afterwards plain `trunk serve --offline` and `trunk build --release --offline`
# work from the repository root (with ~/.cargo/bin on PATH, as rustup sets up).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

with_browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) with_browser=1 ;;
    *) die "ensure-tools.sh: unknown argument '$arg' (only --browser is accepted)" ;;
  esac
done

# Tools that are not cargo binaries live here, one directory per version.
TOOLS_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/cyber-budget-explorer"
mkdir -p "$TOOLS_DIR" "$CARGO_BIN"

# `serve` and `test` may start at the same time; let one of them install.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$TOOLS_DIR/.ensure-tools.lock"
  flock 9
fi

CURRENT_STEP=""
LINE_OPEN=0
step() { CURRENT_STEP="$1"; LINE_OPEN=1; printf '==> step %-20s' "'$1':"; }
# "ok" ends the step's line, or stands on its own line after install output.
ok() {
  if ((LINE_OPEN)); then printf 'ok (%s)\n' "$*"; else printf '    ok (%s)\n' "$*"; fi
  LINE_OPEN=0
}
installing() { printf 'installing %s\n' "$*"; LINE_OPEN=0; }
fail() { printf '\nerror: step %s: %s\n' "'$CURRENT_STEP'" "$*" >&2; exit 1; }

# Prints the version a tool reports, or nothing when it is missing or broken.
tool_version() { "$@" 2>/dev/null | head -n1 || true; }

cargo_install() {
  local crate="$1"
  shift
  # --root: install next to rustup's proxies even if CARGO_INSTALL_ROOT is set
  # elsewhere, so the version check below finds the fresh binary first.
  cargo install "$crate" --root "${CARGO_HOME:-$HOME/.cargo}" "$@" ||
    fail "cargo install $crate failed — check that the Rust crate registry is reachable and the disk has space, then run the command again"
}

# --- Rust ---------------------------------------------------------------------
step rust
command -v cargo >/dev/null 2>&1 ||
  fail "cargo not found — install Rust with rustup (https://rustup.rs), open a new shell, then run the command again"
ok "$(rustc --version)"

step wasm32-target
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  ok "wasm32-unknown-unknown installed for $(rustc --version | cut -d' ' -f2)"
else
  command -v rustup >/dev/null 2>&1 ||
    fail "rustup not found: the wasm32-unknown-unknown target cannot be added — install Rust with rustup (https://rustup.rs)"
  installing "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown ||
    fail "rustup target add failed — check that rustup can reach its download server, then run the command again"
fi

# --- Trunk --------------------------------------------------------------------
step trunk
found=$(tool_version trunk --version)
if [[ "$found" == "trunk $TRUNK_VERSION" ]]; then
  ok "$found"
else
  installing "trunk $TRUNK_VERSION (found: ${found:-none}; takes 10-15 minutes)"
  cargo_install trunk --version "$TRUNK_VERSION" --locked
  found=$(tool_version trunk --version)
  [[ "$found" == "trunk $TRUNK_VERSION" ]] ||
    fail "installed trunk $TRUNK_VERSION but \`trunk --version\` on PATH says '${found:-nothing}' ($(command -v trunk || echo 'not on PATH')) — put $CARGO_BIN first on PATH"
  ok "$found"
fi

# --- wasm-bindgen CLI -----------------------------------------------------------
step wasm-bindgen-cli
found=$(tool_version wasm-bindgen --version)
if [[ "$found" == "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  ok "$found"
else
  installing "wasm-bindgen-cli $WASM_BINDGEN_VERSION (found: ${found:-none}; takes about 5 minutes)"
  # Not --locked: its lock file names webpki-roots 1.0.11, which the registry lacks.
  cargo_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  found=$(tool_version wasm-bindgen --version)
  [[ "$found" == "wasm-bindgen $WASM_BINDGEN_VERSION" ]] ||
    fail "installed wasm-bindgen-cli $WASM_BINDGEN_VERSION but \`wasm-bindgen --version\` on PATH says '${found:-nothing}' — put $CARGO_BIN first on PATH"
  ok "$found"
fi

# --- wasm-opt (binaryen from npm) -----------------------------------------------
# Trunk --offline only takes a wasm-opt found on PATH whose `--version` output's
# third word, prefixed with "version_", equals Trunk.toml [tools] wasm_opt.
wasm_opt_version() { tool_version "$@" --version | awk '{ if ($3 != "") print "version_" $3 }'; }

step node
{ command -v node && command -v npm; } >/dev/null 2>&1 ||
  fail "node and npm not found — install Node.js 20 or newer (npm comes with it), then run the command again"
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) ||
  fail "node $(node --version) is too old — install Node.js 20 or newer, then run the command again"
ok "node $(node --version), npm $(npm --version)"

step wasm-opt
binaryen_dir="$TOOLS_DIR/binaryen-$BINARYEN_NPM_VERSION"
binaryen_bin="$binaryen_dir/node_modules/binaryen/bin/wasm-opt"
if [[ "$(wasm_opt_version "$binaryen_bin")" != "$WASM_OPT_VERSION" ]]; then
  installing "npm binaryen@$BINARYEN_NPM_VERSION into $binaryen_dir"
  # Install beside the final place and rename at the end, so an interrupted
  # install never looks like an installed one.
  tmp_dir=$(mktemp -d "$TOOLS_DIR/.binaryen-tmp-XXXXXX")
  trap 'rm -rf "$tmp_dir"' EXIT
  (cd "$tmp_dir" && npm install --no-audit --no-fund --no-update-notifier --loglevel=error --prefix "$tmp_dir" "binaryen@$BINARYEN_NPM_VERSION") ||
    fail "npm install binaryen@$BINARYEN_NPM_VERSION failed — check that npm's registry is reachable and the disk has space, then run the command again"
  found=$(wasm_opt_version "$tmp_dir/node_modules/binaryen/bin/wasm-opt")
  [[ "$found" == "$WASM_OPT_VERSION" ]] ||
    fail "the wasm-opt from npm binaryen@$BINARYEN_NPM_VERSION reports '${found:-nothing}', expected $WASM_OPT_VERSION — check scripts/tool-versions.sh"
  rm -rf "$binaryen_dir"
  chmod 755 "$tmp_dir"
  mv "$tmp_dir" "$binaryen_dir"
  trap - EXIT
fi
# Put it on PATH where Trunk looks: a small wrapper in ~/.cargo/bin. An unrelated
# wasm-opt already there (e.g. from `cargo install wasm-opt`) is kept aside.
wrapper="$CARGO_BIN/wasm-opt"
marker="# installed by cyber-budget-explorer scripts/ensure-tools.sh"
wrapper_text="#!/bin/sh
$marker
# binaryen $BINARYEN_NPM_VERSION from npm ($WASM_OPT_VERSION), as pinned in Trunk.toml [tools] wasm_opt.
exec \"$binaryen_bin\" \"\$@\""
if [[ "$(cat "$wrapper" 2>/dev/null || true)" != "$wrapper_text" ]]; then
  if [[ -e "$wrapper" ]] && ! grep -qF "$marker" "$wrapper" 2>/dev/null; then
    mv "$wrapper" "$wrapper.orig" || fail "cannot move the existing $wrapper aside"
    echo "    (moved the existing $wrapper to $wrapper.orig)"
  fi
  { printf '%s\n' "$wrapper_text" >"$wrapper.tmp" && chmod +x "$wrapper.tmp" && mv "$wrapper.tmp" "$wrapper"; } ||
    fail "cannot write $wrapper — check the permissions of $CARGO_BIN"
fi
found=$(wasm_opt_version wasm-opt)
[[ "$found" == "$WASM_OPT_VERSION" ]] ||
  fail "\`wasm-opt --version\` on PATH ($(command -v wasm-opt || echo 'not found')) reports '${found:-nothing}', expected $WASM_OPT_VERSION — put $CARGO_BIN before other folders holding a wasm-opt on PATH"
ok "wasm-opt $found via $wrapper"

# --- Browser tests ----------------------------------------------------------------
if ((with_browser)); then
  # Debian packages, checked by the version dpkg has installed (and the browser
  # by running it).
  apt_installed_version() { dpkg-query -W -f='${db:Status-Abbrev}${Version}' "$1" 2>/dev/null | awk '/^ii/ { print $2 }'; }
  missing=()
  for pkg in "${BROWSER_APT_PACKAGES[@]}"; do
    [[ -n "$(apt_installed_version "$pkg")" ]] || missing+=("$pkg")
  done
  step apt-packages
  if ((${#missing[@]} == 0)); then
    ok "$(for pkg in "${BROWSER_APT_PACKAGES[@]}"; do printf '%s %s; ' "$pkg" "$(apt_installed_version "$pkg")"; done | sed 's/; $//')"
  else
    installing "${missing[*]} with apt-get"
    command -v apt-get >/dev/null 2>&1 ||
      fail "apt-get not found — install ${missing[*]} (or your system's equivalents) by hand, then run the command again"
    sudo=()
    if ((EUID != 0)); then
      command -v sudo >/dev/null 2>&1 ||
        fail "not root and no sudo — run as root, or install ${missing[*]} with apt-get first"
      sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    # Refresh the package lists only when the install cannot go ahead without it
    # (no lists yet, or stale ones pointing at files the mirror has dropped).
    if ! "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
      echo "    apt-get install failed; running apt-get update and trying again"
      "${sudo[@]}" apt-get update ||
        fail "apt-get update failed — check that the Debian mirrors are reachable, then run the command again"
      "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}" ||
        fail "apt-get install ${missing[*]} failed — check the messages above (network, disk space, dpkg lock), then run the command again"
    fi
  fi

  step chromium
  found=$(tool_version /usr/bin/chromium --version)
  [[ "$found" == Chromium* ]] ||
    fail "/usr/bin/chromium --version printed '${found:-nothing}' — reinstall it with \`apt-get install --reinstall chromium\`"
  ok "$found"

  step e2e-npm
  e2e_dir="$REPO_ROOT/tests/e2e"
  found=$(node -p "require('$e2e_dir/node_modules/playwright-core/package.json').version" 2>/dev/null || true)
  if [[ "$found" == "$PLAYWRIGHT_CORE_VERSION" ]]; then
    ok "playwright-core $found"
  else
    installing "npm ci in tests/e2e (found playwright-core: ${found:-none})"
    # playwright-core downloads no browser; the tests use /usr/bin/chromium.
    (cd "$e2e_dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --no-update-notifier --loglevel=error) ||
      fail "npm ci in tests/e2e failed — check that npm's registry is reachable and that package-lock.json matches package.json, then run the command again"
    found=$(node -p "require('$e2e_dir/node_modules/playwright-core/package.json').version" 2>/dev/null || true)
    [[ "$found" == "$PLAYWRIGHT_CORE_VERSION" ]] ||
      fail "after npm ci, playwright-core is '${found:-missing}', expected $PLAYWRIGHT_CORE_VERSION — make tests/e2e/package.json agree with scripts/tool-versions.sh"
    ok "playwright-core $found"
  fi
fi

# Plain `trunk …` in the user's own shell finds these tools only through the
# user's PATH; say so when that PATH would pick other ones.
for tool in trunk wasm-bindgen wasm-opt; do
  resolved=$(PATH="$CBE_ORIGINAL_PATH" command -v "$tool" 2>/dev/null || true)
  if [[ "$resolved" != "$CARGO_BIN/$tool" ]]; then
    echo "note: in your shell \`$tool\` is '${resolved:-not found}', not $CARGO_BIN/$tool; put $CARGO_BIN first on PATH (rustup's ~/.cargo/env does) to run plain \`trunk\`."
  fi
done
say "tools ready"
