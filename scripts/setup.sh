#!/usr/bin/env bash
# Installs whatever Debian packages from scripts/debian-packages.txt are missing, then configures and builds the
# given CMake preset. Used by ./run.sh and ./test.sh; safe to run again (does nothing that is already done).
# The first run on a fresh machine downloads the packages and compiles everything: it says what it is doing and
# roughly how long each step takes, so that nobody thinks it hung.
set -euo pipefail
preset=${1:-dev}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

say() { printf 'PipeWard setup: %s\n' "$*"; }

missing=()
while read -r pkg; do
  [[ -z "$pkg" || "$pkg" == \#* ]] && continue
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done < scripts/debian-packages.txt

if ((${#missing[@]})); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  say "step 1 of 3: installing ${#missing[@]} missing Debian packages and what they need: ${missing[*]}"
  say "(on a fresh Debian 12 this downloads a few hundred MB; a few minutes on a good connection)"
  say "reading the package lists (apt-get update) ..."
  $sudo apt-get update -q
  # apt's own progress: one line per package fetched and unpacked.
  $sudo apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}"
else
  say "step 1 of 3: all Debian packages are installed"
fi

# ccache: the same cache serves every clone of the repository, wherever it lies.
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true

say "step 2 of 3: configuring the '$preset' build in build/$preset ..."
cmake --preset "$preset" >/dev/null
if [[ ! -f build/$preset/.ninja_log ]]; then
  say "step 3 of 3: compiling (the first build takes about 10 minutes on 2 cores; later builds only what changed)"
else
  say "step 3 of 3: compiling what changed ..."
fi
cmake --build --preset "$preset"
