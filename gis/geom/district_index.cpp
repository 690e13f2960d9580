#include "geom/district_index.h"

#include "core/error.h"

namespace pw {
namespace {

geos::GeometryPtr ringToGeos(const Ring& ring) {
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
  return geos::makeLinearRing(xy);
}

}  // namespace

geos::GeometryPtr toGeos(const MultiPolygon& polygons) {
  std::vector<geos::GeometryPtr> parts;
  for (const auto& polygon : polygons) {
    if (polygon.rings.empty() || polygon.rings.front().size() < 3) continue;
    auto shell = ringToGeos(polygon.rings.front());
    std::vector<geos::GeometryPtr> holes;
    for (std::size_t i = 1; i < polygon.rings.size(); ++i) {
      if (polygon.rings[i].size() >= 3) holes.push_back(ringToGeos(polygon.rings[i]));
    }
    parts.push_back(geos::makePolygon(std::move(shell), std::move(holes)));
  }
  return geos::makeMultiPolygon(std::move(parts));
}

DistrictIndex::DistrictIndex(const std::vector<DistrictShape>& districts) {
  for (const auto& d : districts) {
    Entry e{d.id, {}, toGeos(d.polygons), nullptr, false};
    for (const auto& polygon : d.polygons) {
      if (!polygon.rings.empty()) {
        for (const auto& p : polygon.rings.front()) e.box.add(p.x, p.y);
      }
    }
    if (!geos::isValid(*e.geometry)) {
      e.geometry = geos::makeValid(*e.geometry);
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
  geos::GeometryPtr point;
  for (const auto& e : m_entries) {
    if (x < e.box.minX || x > e.box.maxX || y < e.box.minY || y > e.box.maxY) continue;
    if (!point) point = geos::makePoint(x, y);
    if (geos::preparedIntersects(*e.prepared, *point)) return e.id;
  }
  return 0;
}

std::int64_t DistrictIndex::lineDistrict(std::span<const double> xy) const {
  if (xy.size() < 4) return 0;
  const Box box = boxOf(xy);
  std::vector<const Entry*> candidates;
  for (const auto& e : m_entries) {
    if (e.box.intersects(box)) candidates.push_back(&e);
  }
  if (candidates.empty()) return 0;
  const auto line = geos::makeLineString(xy);
  std::vector<const Entry*> touching;
  for (const auto* e : candidates) {
    if (geos::preparedCovers(*e->prepared, *line)) return e->id;
    if (geos::preparedIntersects(*e->prepared, *line)) touching.push_back(e);
  }
  // Crosses a boundary: the district with the longest share of the line.
  std::int64_t best = 0;
  double bestLength = 0;
  for (const auto* e : touching) {
    const double length = geos::length(*geos::intersection(*e->geometry, *line));
    if (length > bestLength) {
      bestLength = length;
      best = e->id;
    }
  }
  return best;
}

}  // namespace pw
