#!/usr/bin/env bash
# Fails when the wasm-bindgen / wasm-opt / playwright-core pins disagree between
# scripts/tool-versions.sh, Cargo.toml, Cargo.lock, Trunk.toml and
# tests/e2e/package.json. Run by `cargo xtask test`.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

problems=()

# Cargo.toml: wasm-bindgen = "=0.2.130" (the `=` pin matters, not only the number).
toml_pin=$(sed -nE 's/^[[:space:]]*wasm-bindgen[[:space:]]*=[[:space:]]*"([^"]*)".*/\1/p' Cargo.toml | head -n1)
if [[ "$toml_pin" != "=$WASM_BINDGEN_VERSION" ]]; then
  problems+=("Cargo.toml has wasm-bindgen = \"${toml_pin:-<missing>}\", expected \"=$WASM_BINDGEN_VERSION\" (exact pin)")
fi

# Cargo.lock: every resolved wasm-bindgen (there must be exactly one).
lock_versions=$(awk '
  /^\[\[package\]\]/ { name = "" }
  /^name = / { name = $3; gsub(/"/, "", name) }
  /^version = / && name == "wasm-bindgen" { v = $3; gsub(/"/, "", v); print v }
' Cargo.lock | sort -u | paste -sd' ' -)
if [[ "$lock_versions" != "$WASM_BINDGEN_VERSION" ]]; then
  problems+=("Cargo.lock resolves wasm-bindgen to '${lock_versions:-<missing>}', expected $WASM_BINDGEN_VERSION (run \`cargo update -p wasm-bindgen --precise $WASM_BINDGEN_VERSION\`)")
fi

# Trunk.toml [tools]
trunk_tool() {
  awk -v key="$1" '
    /^\[/ { in_tools = ($0 ~ /^\[tools\]/) }
    in_tools && $1 == key { v = $0; sub(/^[^=]*=[[:space:]]*"/, "", v); sub(/".*/, "", v); print v; exit }
  ' Trunk.toml
}
tt_bindgen=$(trunk_tool wasm_bindgen)
if [[ "$tt_bindgen" != "$WASM_BINDGEN_VERSION" ]]; then
  problems+=("Trunk.toml [tools] wasm_bindgen = \"${tt_bindgen:-<missing>}\", expected \"$WASM_BINDGEN_VERSION\"")
fi
tt_opt=$(trunk_tool wasm_opt)
if [[ "$tt_opt" != "$WASM_OPT_VERSION" ]]; then
  problems+=("Trunk.toml [tools] wasm_opt = \"${tt_opt:-<missing>}\", expected \"$WASM_OPT_VERSION\"")
fi
if [[ "$WASM_OPT_VERSION" != "version_${BINARYEN_NPM_VERSION%%.*}" ]]; then
  problems+=("scripts/tool-versions.sh: WASM_OPT_VERSION=$WASM_OPT_VERSION does not match BINARYEN_NPM_VERSION=$BINARYEN_NPM_VERSION")
fi

# tests/e2e/package.json: playwright-core pinned exactly.
pkg_pw=$(sed -nE 's/.*"playwright-core"[[:space:]]*:[[:space:]]*"([^"]*)".*/\1/p' tests/e2e/package.json | head -n1)
if [[ "$pkg_pw" != "$PLAYWRIGHT_CORE_VERSION" ]]; then
  problems+=("tests/e2e/package.json has playwright-core \"${pkg_pw:-<missing>}\", expected \"$PLAYWRIGHT_CORE_VERSION\" (exact, no ^)")
fi
lock_pw=$(awk '/"node_modules\/playwright-core"/ { f = 1 } f && /"version"/ { gsub(/[",]/, "", $2); print $2; exit }' tests/e2e/package-lock.json 2>/dev/null || true)
if [[ "$lock_pw" != "$PLAYWRIGHT_CORE_VERSION" ]]; then
  problems+=("tests/e2e/package-lock.json has playwright-core '${lock_pw:-<missing>}', expected $PLAYWRIGHT_CORE_VERSION (run \`npm install\` in tests/e2e)")
fi

if ((${#problems[@]})); then
  printf 'error: tool version pins disagree (scripts/tool-versions.sh is the reference):\n' >&2
  printf '  - %s\n' "${problems[@]}" >&2
  printf 'Change all the places together; see the comments in scripts/tool-versions.sh.\n' >&2
  exit 1
fi
echo "ok: wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt $WASM_OPT_VERSION, playwright-core $PLAYWRIGHT_CORE_VERSION agree across tool-versions.sh, Cargo.toml, Cargo.lock, Trunk.toml, tests/e2e"
