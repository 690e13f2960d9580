#!/usr/bin/env bash
# Guard run by ./test.sh: every C++ source and header of the repository is formatted as .clang-format says, by
# clang-format-14 (pinned: other versions format the same file differently). Names each file that is not.
# Usage: scripts/check-format.sh [--fix]    (--fix formats the files in place instead)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
formatter=clang-format-14
command -v $formatter >/dev/null || { echo "check-format: $formatter is missing (apt-get install clang-format-14)" >&2; exit 2; }
mapfile -t files < <(git ls-files -co --exclude-standard -- 'gis/*.cpp' 'gis/*.h' 'app/*.cpp' 'app/*.h' \
  'tests/*.cpp' 'tests/*.h' 'tools/*.cpp' 'tools/*.h' | grep -v -e '^tests/fuzz/corpus/' -e '^tests/data/' || true)
if [[ ${1:-} == --fix ]]; then
  printf '%s\0' "${files[@]}" | xargs -0 -P2 -n50 $formatter -i
  exit 0
fi
# One formatter process for all files (a process per file takes minutes); its warnings name each file.
mapfile -t bad < <(printf '%s\0' "${files[@]}" | xargs -0 $formatter --dry-run 2>&1 |
  sed -n 's/^\(.*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
if ((${#bad[@]})); then
  echo "check-format: ${#bad[@]} file(s) not formatted as .clang-format says (fix: scripts/check-format.sh --fix):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
