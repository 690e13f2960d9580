#pragma once
// Linear referencing along a pipe with GEOS: where a defect recorded at a distance lies (honouring the inspection
// direction), the piece of pipe a continuous defect covers, and the distance of a clicked point along the pipe.
#include <span>
#include <vector>

#include "geom/types.h"

namespace pw {

enum class InspectionDirection { WithFlow, AgainstFlow };

/// The point at `distance` metres from the start manhole of an inspection. With the flow the inspection starts at the
/// pipe's upstream end (its first vertex); against the flow at its downstream end. Distances are clamped to the pipe.
Point pointAlong(std::span<const double> pipeXy, double distance, InspectionDirection direction);

/// The part of the pipe from `distance` to `distance + length` in the inspection direction, as interleaved x,y.
std::vector<double> pieceAlong(std::span<const double> pipeXy, double distance, double length,
                               InspectionDirection direction);

/// How far along the pipe, in the inspection direction, the point nearest to (x, y) lies.
double distanceAlong(std::span<const double> pipeXy, double x, double y, InspectionDirection direction);

}  // namespace pw
