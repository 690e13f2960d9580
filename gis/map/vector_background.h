#pragma once
// A vector background (topographic map exported to DXF, road centrelines, building outlines) loaded once into a
// line layer in the project CRS.
#include <memory>
#include <optional>
#include <string>

#include "map/network_snapshot.h"

namespace pw {

struct VectorBackground {
  std::string path;
  LineLayer lines;  ///< polylines and polygon rings
  PointLayer points;
  Box extent;
};

/// Loads every feature of the source's first layer. Throws Error(BadInput) naming the file when it cannot be read or
/// its CRS is unknown (state it with `assumeEpsg`).
std::shared_ptr<const VectorBackground> loadVectorBackground(const std::string& path, int projectEpsg,
                                                             std::optional<int> assumeEpsg = std::nullopt);

}  // namespace pw
