#!/usr/bin/env bash
# Regenerates the committed sample data in place with pipeward-gen (tools/gen), which is built first in the
# project's dev preset build tree (build/dev). The output is deterministic: running this twice gives identical bytes.
#
#   sampledata/generate.sh           build pipeward-gen if needed, rewrite districts/ delivery-a/ delivery-b/
#                                    communities/ and manifest.json, print their SHA-256 sums
#   sampledata/generate.sh --check   generate into a temporary directory and compare with the committed files
#                                    (exit status 1 if they differ)
#
# PW_BUILD_DIR=build/other builds and uses pipeward-gen from another, already configured build tree instead.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

if [[ -n "${PW_BUILD_DIR:-}" ]]; then
  cmake --build "$PW_BUILD_DIR" --target pipeward-gen
  gen="$(cd "$PW_BUILD_DIR" && pwd)/tools/pipeward-gen"
else
  if [[ ! -f build/dev/build.ninja ]]; then
    cmake --preset dev
  fi
  cmake --build --preset dev --target pipeward-gen
  gen="$root/build/dev/tools/pipeward-gen"
fi

generated=(districts delivery-a delivery-b communities manifest.json)

sums() {  # SHA-256 of the generated files under $1, paths relative to it
  (cd "$1" && find "${generated[@]}" -type f | LC_ALL=C sort | xargs sha256sum)
}

if [[ "${1:-}" == "--check" ]]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  "$gen" sample --out "$tmp" >/dev/null
  if diff <(sums "$here") <(sums "$tmp"); then
    echo "sampledata is up to date"
  else
    echo "sampledata differs from what pipeward-gen writes: run sampledata/generate.sh" >&2
    exit 1
  fi
  exit 0
fi

rm -rf "${generated[@]/#/$here/}"
"$gen" sample --out "$here"
sums "$here"
