#pragma once
// The map figure of a report: the network, its findings and orders drawn by the map renderer (map_renderer.h) for the
// extent of a district (the rest dimmed) or of the city, placed across the content width, with a scale bar, a north
// arrow and a legend drawn as vectors on the page.
#include <cstdint>
#include <optional>
#include <vector>

#include "geom/types.h"
#include "map/network_snapshot.h"
#include "report_canvas.h"

namespace pw::render {

/// Draws the map at the cursor, `heightMm` tall plus its legend; the cursor moves below. `emphasised` dims everything
/// outside that district; `areas` (community area ids, NetworkSnapshot::communities) dims everything outside those
/// areas and outlines them, with a legend row for them.
void drawReportMap(ReportCanvas& canvas, const NetworkSnapshot& snapshot, const Box& extent,
                   std::optional<std::int64_t> emphasised, double heightMm,
                   const std::vector<std::int64_t>& areas = {});

/// The height of the legend below the map, in millimetres (one row more with areas).
double reportMapLegendHeight(bool withAreas = false);

}  // namespace pw::render
