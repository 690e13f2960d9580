#!/usr/bin/env bash
# Guard run by ./test.sh: everything the build, the tests and the demo use comes from a Debian package that
# scripts/debian-packages.txt lists, or that a listed package pulls in through Depends/Pre-Depends (what
# scripts/setup.sh installs with --no-install-recommends on a fresh machine). Checked, each by the package that owns it:
#   - every file and folder CMake found (the config folders of the CMake packages, pkg-config libraries, programs);
#   - every shared library the built programs and tests load (ldd);
#   - the programs the tests and the demo run, the plugins and translations Qt loads at run time, the fonts.
# Offline: dpkg and apt-cache answer from the machine's own databases. Names every missing package; exit 1 if any.
# Usage: scripts/check-packages.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: check-packages.sh BUILD_DIR}
[[ -f $build/CMakeCache.txt ]] || { echo "check-packages: $build is not a configured build folder" >&2; exit 2; }

# Programs the tests, benchmarks and the demo script run, by name.
programs=(pdftotext pdfinfo pdftoppm ogr2ogr ogrinfo spatialite sqlite3 cmake ctest ninja ccache clang-format-14 python3)
# Fonts the reports and the interface ask for by family.
fonts=("Noto Sans CJK SC" "DejaVu Sans")

listed=()
while read -r pkg; do
  [[ -z $pkg || $pkg == \#* ]] && continue
  listed+=("$pkg")
done <"$root/scripts/debian-packages.txt"

# The closure of the listed packages over Depends and Pre-Depends (virtual names in <> stand for a provider).
declare -A closure=()
while read -r line; do
  [[ $line == " "* || -z $line ]] && continue
  closure[${line%%:*}]=1
done < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
  --no-enhances "${listed[@]}" 2>/dev/null)
# Packages every Debian system has (Essential or Priority required) need not be listed.
while IFS='|' read -r name essential priority; do
  [[ $essential == yes || $priority == required ]] && closure[$name]=1
done < <(dpkg-query -W -f='${Package}|${Essential}|${Priority}\n')

declare -A missing=()
# First gather what to check (ITEM_PATH[i], ITEM_WHY[i]), then ask dpkg about all of it at once: one dpkg -S reads
# the whole package database, so a call per file would take minutes.
item_path=()
item_why=()
need() { item_path+=("$1"); item_why+=("$2"); }
problem() { echo "check-packages: $1" >&2; missing["$2"]=1; }

# 1. What CMake found and the build uses: the config folders of the CMake packages (*_DIR), the libraries pkg-config
#    found (pkgcfg_lib_*), the compilers, the build tool and the programs the build runs (PW_*_EXE).
while IFS= read -r entry; do
  name=${entry%%:*}
  value=${entry#*=}
  [[ $value == /usr/* && -e $value ]] || continue
  case $name in
    *_DIR | pkgcfg_lib_* | CMAKE_C_COMPILER | CMAKE_CXX_COMPILER | CMAKE_MAKE_PROGRAM | PW_*_EXE) ;;
    *) continue ;;
  esac
  if [[ -d $value ]]; then
    file=$(find "$value" -maxdepth 1 -name '*.cmake' -print -quit)
    [[ -n $file ]] && need "$file" "CMake: $name"
  else
    need "$value" "CMake: $name"
  fi
done < <(grep -E '^[A-Za-z0-9_.+-]+:(PATH|FILEPATH|STRING)=/usr/' "$build/CMakeCache.txt")

# 2. Shared libraries the built executables load.
declare -A libs=()
while IFS= read -r exe; do
  while read -r lib; do libs[$lib]=1; done < <(ldd "$exe" 2>/dev/null | awk '/=> \// { print $3 }')
done < <(find "$build" -type f -perm -u+x \( -name 'pipeward*' -o -name 'pw_*' \) ! -name '*.so*' ! -path '*/CMakeFiles/*')
[[ ${#libs[@]} -gt 0 ]] || { echo "check-packages: no built executables under $build" >&2; exit 2; }
for lib in "${!libs[@]}"; do need "$lib" "linked"; done

# 3. Programs run by the tests and the demo, looked up where Debian installs them: the scripts and tests call them from
#    there (python3 as /usr/bin/python3), so a user's own PATH (pyenv shims, /usr/local) must not stand in for them.
for program in "${programs[@]}"; do
  path=$(PATH=/usr/sbin:/usr/bin:/sbin:/bin command -v "$program" || true)
  if [[ -z $path ]]; then problem "the program $program is not installed" "(program) $program"; continue; fi
  need "$path" "program"
done

# 4. Loaded at run time: Qt's platform plugins, Qt's own Chinese translation, SpatiaLite for sqlite3 (demo script), the
#    tz database the core reads a project's time zone from (gis/core/timezone.cpp).
qtplugins=$(find /usr/lib -path '*/qt6/plugins' -type d -print -quit)
for file in "$qtplugins/platforms/libqoffscreen.so" "$qtplugins/platforms/libqxcb.so" \
  /usr/share/qt6/translations/qtbase_zh_CN.qm "$(find /usr/lib -name 'mod_spatialite.so*' -print -quit)" \
  /usr/share/zoneinfo/Asia/Shanghai; do
  if [[ -z $file || ! -e $file ]]; then problem "${file:-mod_spatialite.so} is not installed" "(file) $file"; continue; fi
  need "$file" "loaded at run time"
done

# 5. Fonts, by the family the code asks for (fc-match falls back to another family when one is missing).
for family in "${fonts[@]}"; do
  match=$(fc-match -f '%{family}|%{file}' "$family" 2>/dev/null || true)
  if [[ ${match%%|*} != *"$family"* ]]; then problem "no font of the family \"$family\" is installed" "(font) $family"; continue; fi
  need "${match#*|}" "font $family"
done

# The forms under which dpkg may know a path: as given, its /lib <-> /usr/lib twin (merged /usr), and resolved.
forms() {
  local p=$1 real
  echo "$p"
  case $p in /usr/lib/*) echo "${p#/usr}" ;; /lib/*) echo "/usr$p" ;; esac
  real=$(readlink -f "$p" 2>/dev/null || true)
  if [[ -n $real && $real != "$p" ]]; then
    echo "$real"
    case $real in /usr/lib/*) echo "${real#/usr}" ;; /lib/*) echo "/usr$real" ;; esac
  fi
}
declare -A ask=()
for p in "${item_path[@]}"; do while read -r f; do ask[$f]=1; done < <(forms "$p"); done
declare -A owner_of=()
while IFS= read -r line; do
  [[ $line == *": /"* ]] || continue
  pkgs=${line%%: /*}
  owner_of["/${line#*: /}"]=${pkgs%%,*}
done < <(dpkg -S "${!ask[@]}" 2>/dev/null || true)

for i in "${!item_path[@]}"; do
  path=${item_path[$i]}
  pkg=""
  while read -r f; do
    if [[ -n ${owner_of[$f]:-} ]]; then pkg=${owner_of[$f]}; break; fi
  done < <(forms "$path")
  if [[ -z $pkg ]]; then
    problem "no Debian package owns $path (${item_why[$i]}): install it from a package and list that package" \
      "(unowned) $path"
    continue
  fi
  pkg=${pkg%%:*}
  if [[ -z ${closure[$pkg]:-} ]]; then
    problem "$path (${item_why[$i]}) comes from $pkg, which scripts/debian-packages.txt neither lists nor pulls in" "$pkg"
  fi
done
checked=${#item_path[@]}

if ((${#missing[@]})); then
  echo "check-packages: missing from scripts/debian-packages.txt: ${!missing[*]}" >&2
  exit 1
fi
echo "check-packages: $checked files checked, all from the ${#listed[@]} listed packages or what they pull in"
