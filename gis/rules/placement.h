#pragma once
// Where a new point or area may lie: its coordinates are finite numbers, within the extent of the project's network
// and districts plus the margin of schemas/catalogues/limits.json, and within the area of use the project CRS declares
// (widened by the same margin), when it declares one (a local city grid declares none). A point beyond them is a
// swapped X/Y, a missing digit or NaN, and would break every map and export of its layer.
#include <memory>
#include <optional>
#include <string>

#include "core/message.h"
#include "geom/types.h"

namespace pw {

class Project;
namespace proj {
class Transformer;
struct AreaOfUse;
}  // namespace proj

class Placement {
public:
  /// Reads the project's extent (from the spatial indexes) and its CRS's area of use.
  explicit Placement(Project& project);
  ~Placement();
  Placement(const Placement&) = delete;
  Placement& operator=(const Placement&) = delete;

  /// Why the point may not be recorded, or nothing.
  std::optional<Message> fault(const Point& p) const;
  /// The same for every corner of an area.
  std::optional<Message> fault(const MultiPolygon& polygons) const;
  /// Throws BadInput naming the field and record with the reason.
  void require(const Point& p, const std::string& field, const std::string& record) const;
  void require(const MultiPolygon& polygons, const std::string& field, const std::string& record) const;

private:
  Box m_extent;  ///< the project's network and districts; empty while it holds none
  double m_margin = 0;
  std::string m_crs;
  std::unique_ptr<proj::AreaOfUse> m_area;
  std::unique_ptr<proj::Transformer> m_toLonLat;
};

}  // namespace pw
