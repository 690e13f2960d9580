#include "geom/district_index.h"

#include "core/error.h"

namespace pw {
namespace {

GEOSGeometry* ringToGeos(const Ring& ring) {
  auto* ctx = geos::context();
  std::vector<double> xy;
  xy.reserve(ring.size() * 2 + 2);
  for (const auto& p : ring) {
    xy.push_back(p.x);
    xy.push_back(p.y);
  }
  if (!ring.empty() && (ring.front().x != ring.back().x || ring.front().y != ring.back().y)) {
    xy.push_back(ring.front().x);
    xy.push_back(ring.front().y);
  }
  GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(ctx, xy.data(), static_cast<unsigned>(xy.size() / 2), 0, 0);
  if (!seq) geos::throwLastError("CoordSeq");
  GEOSGeometry* r = GEOSGeom_createLinearRing_r(ctx, seq);
  if (!r) geos::throwLastError("LinearRing");
  return r;
}

}  // namespace

geos::GeometryPtr toGeos(const MultiPolygon& polygons) {
  auto* ctx = geos::context();
  std::vector<GEOSGeometry*> parts;
  for (const auto& polygon : polygons) {
    if (polygon.rings.empty() || polygon.rings.front().size() < 3) continue;
    GEOSGeometry* shell = ringToGeos(polygon.rings.front());
    std::vector<GEOSGeometry*> holes;
    for (std::size_t i = 1; i < polygon.rings.size(); ++i) {
      if (polygon.rings[i].size() >= 3) holes.push_back(ringToGeos(polygon.rings[i]));
    }
    GEOSGeometry* p = GEOSGeom_createPolygon_r(ctx, shell, holes.data(), static_cast<unsigned>(holes.size()));
    if (!p) geos::throwLastError("Polygon");
    parts.push_back(p);
  }
  GEOSGeometry* multi = GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts.data(),
                                                    static_cast<unsigned>(parts.size()));
  if (!multi) geos::throwLastError("MultiPolygon");
  return geos::GeometryPtr(multi);
}

DistrictIndex::DistrictIndex(const std::vector<DistrictShape>& districts) {
  auto* ctx = geos::context();
  for (const auto& d : districts) {
    Entry e{d.id, {}, toGeos(d.polygons), nullptr, false};
    for (const auto& polygon : d.polygons) {
      if (!polygon.rings.empty()) {
        for (const auto& p : polygon.rings.front()) e.box.add(p.x, p.y);
      }
    }
    if (GEOSisValid_r(ctx, e.geometry.get()) != 1) {
      GEOSGeometry* fixed = GEOSMakeValid_r(ctx, e.geometry.get());
      if (!fixed) geos::throwLastError("MakeValid");
      e.geometry.reset(fixed);
      e.repaired = true;
    }
    e.prepared = geos::prepare(*e.geometry);
    m_entries.push_back(std::move(e));
  }
}

DistrictIndex::~DistrictIndex() {
  for (auto& e : m_entries) e.prepared.reset();  // prepared geometries go before the geometries they refer to
}

bool DistrictIndex::wasRepaired(std::int64_t id) const {
  for (const auto& e : m_entries) {
    if (e.id == id) return e.repaired;
  }
  return false;
}

std::int64_t DistrictIndex::pointDistrict(double x, double y) const {
  auto* ctx = geos::context();
  geos::GeometryPtr point;
  for (const auto& e : m_entries) {
    if (x < e.box.minX || x > e.box.maxX || y < e.box.minY || y > e.box.maxY) continue;
    if (!point) point = geos::makePoint(x, y);
    if (GEOSPreparedIntersects_r(ctx, e.prepared.get(), point.get()) == 1) return e.id;
  }
  return 0;
}

std::int64_t DistrictIndex::lineDistrict(std::span<const double> xy) const {
  if (xy.size() < 4) return 0;
  auto* ctx = geos::context();
  const Box box = boxOf(xy);
  std::vector<const Entry*> candidates;
  for (const auto& e : m_entries) {
    if (e.box.intersects(box)) candidates.push_back(&e);
  }
  if (candidates.empty()) return 0;
  const auto line = geos::makeLineString(xy);
  std::vector<const Entry*> touching;
  for (const auto* e : candidates) {
    if (GEOSPreparedCovers_r(ctx, e->prepared.get(), line.get()) == 1) return e->id;
    if (GEOSPreparedIntersects_r(ctx, e->prepared.get(), line.get()) == 1) touching.push_back(e);
  }
  // Crosses a boundary: the district with the longest share of the line.
  std::int64_t best = 0;
  double bestLength = 0;
  for (const auto* e : touching) {
    geos::GeometryPtr part(GEOSIntersection_r(ctx, e->geometry.get(), line.get()));
    if (!part) geos::throwLastError("Intersection");
    double length = 0;
    GEOSLength_r(ctx, part.get(), &length);
    if (length > bestLength) {
      bestLength = length;
      best = e->id;
    }
  }
  return best;
}

}  // namespace pw
