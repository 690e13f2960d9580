#pragma once
// District polygons: the union of each district's cells (one cell around every street intersection, its corners
// in the middle of the blocks), with the pipe-line crossing points inserted as vertices.
#include <vector>

#include "geom.h"
#include "network.h"
#include "plan.h"

namespace pwgen {

/// One exterior ring per district, clockwise (the shapefile convention), closed (first point repeated).
/// Throws if a district is empty, split in two or has a hole.
std::vector<std::vector<Pt>> districtRings(const CityPlan& plan, const Crossings& crossings);

}  // namespace pwgen
