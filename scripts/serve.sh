#!/usr/bin/env bash
# `cargo xtask serve [--port N]`: installs what is missing, then serves the app
# with `trunk serve --offline` on 127.0.0.1 (port: --port, else $PORT, else 8080).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

usage="usage: cargo xtask serve [--port N]   (or PORT=N cargo xtask serve)"
port="${PORT:-8080}"
while (($#)); do
  case "$1" in
    --port)
      (($# >= 2)) || die "--port needs a number; $usage"
      port="$2"
      shift 2
      ;;
    --port=*) port="${1#--port=}"; shift ;;
    -h | --help) echo "$usage"; exit 0 ;;
    *) die "unknown argument '$1'; $usage" ;;
  esac
done
if ! [[ "$port" =~ ^[0-9]+$ ]] || ((10#$port < 1 || 10#$port > 65535)); then
  die "port '$port' is not a number between 1 and 65535; $usage"
fi

bash "$REPO_ROOT/scripts/ensure-tools.sh"

say "serving the app at http://127.0.0.1:$port/ once the first build has finished (Ctrl-C stops)"
exec trunk serve --offline --address 127.0.0.1 --port "$port"
