#!/usr/bin/env bash
# A malformed data file must fail the build, naming the file, the record and the
# field. Builds the library against a copy of the edition with one amount broken
# (CBE_DATA_DIR, read by build.rs) and checks cargo's error line.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

broken_dir="target/broken-data/editions"
rm -rf "$broken_dir"
mkdir -p "$broken_dir"
sed 's/"fy2024-initial": "290.8"/"fy2024-initial": "29O.8"/' data/editions/fy2024.json >"$broken_dir/fy2024.json"
grep -q '"29O.8"' "$broken_dir/fy2024.json" || die "could not break the copy of data/editions/fy2024.json"

expected="error: $broken_dir/fy2024.json: program 'mod-rmf': amount '29O.8' is not a decimal (round 'fy2024-initial')"
if output=$(CBE_DATA_DIR="$broken_dir" cargo check --lib --quiet 2>&1); then
  die "the build succeeded with a broken data file ($broken_dir/fy2024.json)"
fi
grep -qF "$expected" <<<"$output" || die "the build failed, but without the expected message:
  expected: $expected
  got:
$output"
echo "ok: the broken data file failed the build with: ${expected#error: }"
