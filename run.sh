#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo city from sampledata/ (once) and opens it in PipeWard.
# Without a display (no $DISPLAY or $WAYLAND_DISPLAY) it renders the window offscreen and says where the picture is.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh dev

build=build/dev
cli=$build/app/cli/pipeward-cli
demo=demo/demo-city.sqlite
if [[ ! -f $demo ]]; then
  mkdir -p demo
  echo "Creating the demo city $demo from sampledata/ ..."
  "$cli" init "$demo" --crs EPSG:4549
  "$cli" import "$demo" sampledata/districts/districts.shp \
    sampledata/delivery-a/manholes.shp sampledata/delivery-a/pipes.shp \
    sampledata/delivery-b/manholes.shp sampledata/delivery-b/pipes.shp
  "$cli" area import "$demo" sampledata/communities/communities.shp
  scripts/demo-work.sh "$cli" "$demo"   # a season of inspections and orders, so that every role sees its work
fi
"$cli" info "$demo"

# The demo opens in Chinese, the primary language of the interface.
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "$build/app/desktop/pipeward" --lang zh_CN "$demo"
else
  shot=demo/demo-city.png
  QT_QPA_PLATFORM=offscreen "$build/app/desktop/pipeward" --lang zh_CN "$demo" --screenshot "$shot" >/dev/null
  echo "No display here: PipeWard rendered the demo city offscreen to $shot"
fi
