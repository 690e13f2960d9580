#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (ctest). Extra arguments go to ctest, e.g. -R Import.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh dev
ctest --preset dev "$@"
