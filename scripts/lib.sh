# shellcheck shell=bash
# Shared helpers for scripts/*.sh: repo root, pinned versions, step messages.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/tool-versions.sh
source "$REPO_ROOT/scripts/tool-versions.sh"

# cargo install and ensure-tools.sh put trunk, wasm-bindgen and the wasm-opt
# wrapper in ~/.cargo/bin. Put it first so these scripts use them even when a
# fresh shell lacks it or another folder on PATH holds other versions.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export CBE_ORIGINAL_PATH="${CBE_ORIGINAL_PATH:-$PATH}"
export PATH="$CARGO_BIN:$CBE_ORIGINAL_PATH"

# `say` announces a step, `die` stops with a message a person can act on.
say() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Bytes of a file after gzip -9, roughly what a static host's compression sends (dist.sh
# prints it per file, check-size.sh holds the first view to a budget in it).
gzip_size() { gzip -9 -c "$1" | wc -c; }
