#!/usr/bin/env bash
# clang-tidy 14 over every C++ source of the repository, with the checks in .clang-tidy (each disabled one says why).
# About a quarter of an hour on 2 cores, so a documented command rather than part of ./test.sh.
# Usage: scripts/run-clang-tidy.sh [BUILD_DIR] [FILE_REGEX]   (default build/dev, every source; needs a configured
# and built folder: Qt's generated moc files must exist)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
regex=${2:-'/(gis|app|tests|tools)/.*\.cpp$'}
[[ -f $build/compile_commands.json ]] || { echo "run-clang-tidy: no compile_commands.json in $build" >&2; exit 2; }
# The generated sources (moc, resources, header checks, embedded migrations) are not ours to tidy.
filtered=$(mktemp -d)
trap 'rm -rf "$filtered"' EXIT
/usr/bin/python3 - "$build/compile_commands.json" "$filtered/compile_commands.json" <<'PY'
import json, sys
entries = json.load(open(sys.argv[1]))
keep = [e for e in entries if "/build/" not in e["file"] and "_autogen" not in e["file"] and "/tests/fuzz/" not in e["file"]]
json.dump(keep, open(sys.argv[2], "w"))
PY
run-clang-tidy-14 -quiet -j "$(nproc)" -p "$filtered" "$regex"
