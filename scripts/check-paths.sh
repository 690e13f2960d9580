#!/usr/bin/env bash
# Guard run by ./test.sh: a clone has nothing beside it, so nothing the repository ships may read or cite a file
# outside it. Fails on
#   - a test, CMake file or script that refers to a path above the repository (the shared folder beside a
#     developer's clone, PROJECT_SOURCE_DIR/.., an absolute path into the development machine's work folders);
#   - any shipped file that cites the development team's notes (DOMAIN.md, NOTES.md, DESIGN.md, STYLE.md) instead of
#     the standards' own sections or a document in the repository (docs/domain.md).
# Usage: scripts/check-paths.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# The files the repository ships: git's list where there is one, else every file outside build/ and demo/.
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files --cached --others --exclude-standard)
else
  mapfile -t files < <(find . -type f ! -path './build/*' ! -path './demo/*' ! -path './.git/*' | sed 's#^\./##')
fi

status=0
report() {  # FILE:LINE:TEXT WHAT
  echo "check-paths: $1" >&2
  echo "  -> $2" >&2
  status=1
}

code=()
for f in "${files[@]}"; do
  [[ -f $f ]] || continue
  case $f in
    tests/data/*) ;;  # test input, not code
    *CMakeLists.txt | *.cmake | *.sh | .ci/* | tests/* | tools/* | app/* | gis/* | CMakePresets.json) code+=("$f") ;;
  esac
done

# Paths above the repository in code, build files and scripts. The checks' own patterns are not findings.
outside='(\.\./shared|(PROJECT|CMAKE)_(SOURCE|BINARY)_DIR\}/\.\.|CMAKE_CURRENT_(SOURCE|LIST)_DIR\}/\.\./\.\.|/work/(shared|main))'
while IFS= read -r hit; do
  report "$hit" "refers to a path outside the repository; copy what it needs into the repository"
done < <(grep -nE "$outside" "${code[@]}" /dev/null | grep -v '^scripts/check-paths.sh:' || true)

# Citations of the team's notes anywhere the repository ships (docs/domain.md is the repository's own copy).
notes='\b(DOMAIN|NOTES|DESIGN|STYLE)\.md\b'
shipped=()
for f in "${files[@]}"; do
  [[ -f $f && $f != tests/data/oddshp/* && $f != scripts/check-paths.sh ]] && shipped+=("$f")
done
while IFS= read -r hit; do
  report "$hit" "cites a document a user does not have; cite the standard's section or docs/domain.md"
done < <(grep -nIE "$notes" "${shipped[@]}" /dev/null || true)

if ((status)); then exit 1; fi
echo "check-paths: ${#files[@]} files, nothing refers to a place outside the repository"
