#pragma once
// Which district a pipe or manhole lies in, with GEOS: containment first, and for a pipe that crosses a boundary
// the district holding the greater part of its length. One index per thread (GEOS objects stay on their thread).
#include <cstdint>
#include <span>
#include <vector>

#include "geom/geos.h"
#include "geom/types.h"

namespace pw {

struct DistrictShape {
  std::int64_t id = 0;
  MultiPolygon polygons;
};

class DistrictIndex {
public:
  explicit DistrictIndex(const std::vector<DistrictShape>& districts);
  ~DistrictIndex();
  DistrictIndex(const DistrictIndex&) = delete;
  DistrictIndex& operator=(const DistrictIndex&) = delete;

  bool empty() const { return m_entries.empty(); }
  /// The district of a line given as interleaved x,y (0 when it lies in none).
  std::int64_t lineDistrict(std::span<const double> xy) const;
  std::int64_t pointDistrict(double x, double y) const;

  /// True when the district's polygons were invalid and were repaired (MakeValid) for assignment.
  bool wasRepaired(std::int64_t id) const;

private:
  struct Entry {
    std::int64_t id;
    Box box;
    geos::GeometryPtr geometry;
    geos::PreparedPtr prepared;
    bool repaired;
  };
  std::vector<Entry> m_entries;
};

/// Builds a GEOS (multi)polygon from plain polygons.
geos::GeometryPtr toGeos(const MultiPolygon& polygons);

}  // namespace pw
