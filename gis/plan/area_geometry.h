#pragma once
// The geometry of a community area: reading and checking a polygon (WKT from the map, OGR polygons from a file),
// its area and district, and what lies inside it. A pipe belongs to an area when more than half of its length lies
// inside (so no pipe counts in two areas that do not overlap); a point or manhole when it lies inside or on the
// boundary. GEOS objects stay on the thread that made them.
#include <cstdint>
#include <span>
#include <string>

#include "geom/geos.h"
#include "geom/types.h"

class OGRGeometry;

namespace pw {

namespace sql {
class Database;
}

/// The polygons of a WKT POLYGON or MULTIPOLYGON. Throws BadInput saying what is wrong (not WKT, not a polygon,
/// empty, invalid with GEOS's reason such as a self-intersection).
MultiPolygon polygonFromWkt(const std::string& wkt);
/// The polygons of an OGR polygon or multipolygon, or nothing for other geometries.
bool polygonFromOgr(const OGRGeometry& geometry, MultiPolygon& out);
/// Why the polygons are not a valid area (empty text when they are): too few points, self-intersection ...
std::string polygonFault(const MultiPolygon& polygons);
/// Area in square metres (project CRS units).
double polygonArea(const MultiPolygon& polygons);
/// The district holding the greatest part of the area (0 when it lies in none).
std::int64_t districtOfArea(sql::Database& db, const MultiPolygon& polygons);

class AreaShape {
public:
  explicit AreaShape(const MultiPolygon& polygons);
  const Box& box() const { return m_box; }
  bool containsPoint(double x, double y) const;
  /// More than half of the line (interleaved x,y) lies inside.
  bool holdsLine(std::span<const double> xy) const;

private:
  Box m_box;
  geos::GeometryPtr m_geometry;
  geos::PreparedPtr m_prepared;
};

}  // namespace pw
