#!/usr/bin/env bash
# Installs whatever Debian packages from scripts/debian-packages.txt are missing, then configures and builds the
# given CMake preset. Used by ./run.sh and ./test.sh; safe to run again (does nothing that is already done).
set -euo pipefail
preset=${1:-dev}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

missing=()
while read -r pkg; do
  [[ -z "$pkg" || "$pkg" == \#* ]] && continue
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done < scripts/debian-packages.txt

if ((${#missing[@]})); then
  echo "PipeWard: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
