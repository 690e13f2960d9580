#include "plan/area_geometry.h"

#include <cmath>

#include "core/error.h"
#include "core/message.h"
#include "gdal/gdal.h"
#include "geom/district_index.h"
#include "geom/spatialite_blob.h"
#include "store/sqlite.h"

namespace pw {
namespace {

void addOgrPolygon(const OGRPolygon& polygon, MultiPolygon& out) {
  Polygon p;
  auto addRing = [&](const OGRLinearRing& ring) {
    Ring r;
    for (int i = 0; i < ring.getNumPoints(); ++i) r.push_back({ring.getX(i), ring.getY(i)});
    p.rings.push_back(std::move(r));
  };
  if (const auto* exterior = polygon.getExteriorRing()) addRing(*exterior);
  for (int i = 0; i < polygon.getNumInteriorRings(); ++i) addRing(*polygon.getInteriorRing(i));
  out.push_back(std::move(p));
}

double intersectionMeasure(const GEOSGeometry& a, const GEOSGeometry& b, bool area) {
  const auto part = geos::intersection(a, b);
  return area ? geos::area(*part) : geos::length(*part);
}

}  // namespace

bool polygonFromOgr(const OGRGeometry& geometry, MultiPolygon& out) {
  out.clear();
  const auto type = wkbFlatten(geometry.getGeometryType());
  if (type == wkbPolygon) {
    addOgrPolygon(*geometry.toPolygon(), out);
  } else if (type == wkbMultiPolygon) {
    for (const auto* part : *geometry.toMultiPolygon()) addOgrPolygon(*part, out);
  } else {
    return false;
  }
  return true;
}

std::string polygonFault(const MultiPolygon& polygons) {
  if (polygons.empty()) return trArg(PW_TR("it is empty"));
  for (const auto& p : polygons) {
    if (p.rings.empty() || p.rings.front().size() < 4)
      return trArg(PW_TR("a ring needs at least 4 points, the last one repeating the first"));
    for (const auto& ring : p.rings) {
      if (ring.size() < 4) return trArg(PW_TR("a ring needs at least 4 points, the last one repeating the first"));
      if (ring.front().x != ring.back().x || ring.front().y != ring.back().y)
        return trArg(PW_TR("a ring is not closed (its last point must repeat the first)"));
      for (const auto& pt : ring) {
        if (!std::isfinite(pt.x) || !std::isfinite(pt.y)) return trArg(PW_TR("a coordinate is not a number"));
      }
    }
  }
  const auto g = toGeos(polygons);
  std::string text = geos::isValidReason(*g);
  if (text == "Valid Geometry") return geos::area(*g) > 0 ? std::string() : trArg(PW_TR("its area is zero"));
  return text;
}

MultiPolygon polygonFromWkt(const std::string& wkt) {
  gdal::init();
  OGRGeometry* raw = nullptr;
  const char* cursor = wkt.c_str();
  gdal::ErrorCapture capture;
  if (OGRGeometryFactory::createFromWkt(&cursor, nullptr, &raw) != OGRERR_NONE || !raw) {
    throwBadInput(PW_TR("'%1' is not a WKT geometry (write it as POLYGON((x y, x y, ...)) in the project CRS)"), {wkt},
                  {.field = "wkt", .value = wkt});
  }
  const gdal::GeometryPtr geometry(raw);
  MultiPolygon polygons;
  if (!polygonFromOgr(*geometry, polygons)) {
    throwBadInput(PW_TR("An area must be a POLYGON or MULTIPOLYGON, not %1"), {geometry->getGeometryName()},
                  {.field = "wkt", .value = wkt});
  }
  if (const auto fault = polygonFault(polygons); !fault.empty()) {
    throwBadInput(PW_TR("The area's polygon is not valid: %1"), {fault}, {.field = "wkt", .value = wkt});
  }
  return polygons;
}

double polygonArea(const MultiPolygon& polygons) { return geos::area(*toGeos(polygons)); }

std::int64_t districtOfArea(sql::Database& db, const MultiPolygon& polygons) {
  const auto area = toGeos(polygons);
  std::int64_t best = 0;
  double bestArea = 0;
  auto st = db.prepare("SELECT id, geom FROM districts WHERE geom IS NOT NULL ORDER BY id");
  while (st.step()) {
    const auto district = blob::decodeMultiPolygon(st.blob(1));
    if (!district) continue;
    auto g = toGeos(*district);
    if (!geos::isValid(*g)) g = geos::makeValid(*g);
    const double shared = intersectionMeasure(*area, *g, true);
    if (shared > bestArea) {
      bestArea = shared;
      best = st.int64(0);
    }
  }
  return best;
}

AreaShape::AreaShape(const MultiPolygon& polygons)
    : m_geometry(toGeos(polygons)), m_prepared(geos::prepare(*m_geometry)) {
  for (const auto& p : polygons) {
    if (!p.rings.empty()) {
      for (const auto& pt : p.rings.front()) m_box.add(pt.x, pt.y);
    }
  }
}

bool AreaShape::containsPoint(double x, double y) const {
  if (x < m_box.minX || x > m_box.maxX || y < m_box.minY || y > m_box.maxY) return false;
  const auto point = geos::makePoint(x, y);
  return geos::preparedCovers(*m_prepared, *point);
}

bool AreaShape::holdsLine(std::span<const double> xy) const {
  if (xy.size() < 4 || !boxOf(xy).intersects(m_box)) return false;
  const auto line = geos::makeLineString(xy);
  if (geos::preparedCovers(*m_prepared, *line)) return true;
  if (!geos::preparedIntersects(*m_prepared, *line)) return false;
  const double total = lineLength(xy);
  return total > 0 && intersectionMeasure(*m_geometry, *line, false) > total / 2;
}

}  // namespace pw
