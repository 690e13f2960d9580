#include "map/network_snapshot.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <unordered_map>

#include "core/feedback.h"
#include "geom/district_index.h"
#include "geom/spatialite_blob.h"
#include "importer/stored_issues.h"
#include "inspect/assessment_query.h"
#include "inspect/findings.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw {
namespace {

struct RawLine {
  std::int32_t id;
  DrainageClass drainage;
  std::uint16_t diameter;
  std::string code;
  std::vector<double> xy;
  std::uint8_t ri = 0;
  std::uint8_t mi = 0;
};

BoxF boxF(std::span<const double> xy, double ox, double oy) {
  BoxF b{INFINITY, INFINITY, -INFINITY, -INFINITY};
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
    const auto x = static_cast<float>(xy[i] - ox);
    const auto y = static_cast<float>(xy[i + 1] - oy);
    b.minX = std::min(b.minX, x);
    b.minY = std::min(b.minY, y);
    b.maxX = std::max(b.maxX, x);
    b.maxY = std::max(b.maxY, y);
  }
  return b;
}

void buildLines(std::vector<RawLine>& raw, const Box& bounds, LineLayer& out) {
  out.originX = bounds.empty() ? 0 : std::floor(bounds.minX);
  out.originY = bounds.empty() ? 0 : std::floor(bounds.minY);
  std::vector<BoxF> boxes;
  boxes.reserve(raw.size());
  for (const auto& r : raw) boxes.push_back(boxF(r.xy, out.originX, out.originY));
  const auto order = strOrder(boxes);
  std::vector<BoxF> ordered;
  ordered.reserve(raw.size());
  std::size_t vertices = 0;
  std::size_t labelBytes = 0;
  for (const auto& r : raw) {
    vertices += r.xy.size() / 2;
    labelBytes += r.code.size();
  }
  out.xy.reserve(vertices * 2);
  out.first.reserve(raw.size() + 1);
  out.ids.reserve(raw.size());
  out.drainage.reserve(raw.size());
  out.diameter.reserve(raw.size());
  out.labelFirst.reserve(raw.size() + 1);
  out.labels.reserve(labelBytes);
  for (const std::uint32_t i : order) {
    auto& r = raw[i];
    out.first.push_back(static_cast<std::uint32_t>(out.xy.size() / 2));
    for (std::size_t k = 0; k + 1 < r.xy.size(); k += 2) {
      out.xy.push_back(static_cast<float>(r.xy[k] - out.originX));
      out.xy.push_back(static_cast<float>(r.xy[k + 1] - out.originY));
    }
    out.ids.push_back(r.id);
    out.drainage.push_back(r.drainage);
    out.diameter.push_back(r.diameter);
    out.riGrade.push_back(r.ri);
    out.miGrade.push_back(r.mi);
    out.labelFirst.push_back(static_cast<std::uint32_t>(out.labels.size()));
    out.labels += r.code;
    ordered.push_back(boxes[i]);
    std::vector<double>().swap(r.xy);
  }
  out.first.push_back(static_cast<std::uint32_t>(out.xy.size() / 2));
  out.labelFirst.push_back(static_cast<std::uint32_t>(out.labels.size()));
  out.index.build(ordered);
}

struct RawPoint {
  std::int32_t id;
  std::uint8_t kind;
  Point p;
};

void buildPoints(std::vector<RawPoint>& raw, const Box& bounds, PointLayer& out) {
  out.originX = bounds.empty() ? 0 : std::floor(bounds.minX);
  out.originY = bounds.empty() ? 0 : std::floor(bounds.minY);
  std::vector<BoxF> boxes;
  boxes.reserve(raw.size());
  for (const auto& r : raw) {
    const auto x = static_cast<float>(r.p.x - out.originX);
    const auto y = static_cast<float>(r.p.y - out.originY);
    boxes.push_back({x, y, x, y});
  }
  const auto order = strOrder(boxes);
  std::vector<BoxF> ordered;
  ordered.reserve(raw.size());
  out.xy.reserve(raw.size() * 2);
  for (const std::uint32_t i : order) {
    out.xy.push_back(boxes[i].minX);
    out.xy.push_back(boxes[i].minY);
    out.ids.push_back(raw[i].id);
    out.kind.push_back(raw[i].kind);
    ordered.push_back(boxes[i]);
  }
  out.index.build(ordered);
}

double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
  const double dx = bx - ax;
  const double dy = by - ay;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  return std::hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/// Findings for the map: repair and maintenance grades of inspected pipes (by pipe id), defects of the latest
/// inspections, misconnection points with their degree. All computed now from the records, so the map is never stale.
struct MapFindings {
  std::unordered_map<std::int64_t, std::pair<std::uint8_t, std::uint8_t>> grades;
  std::vector<RawPoint> defects;
  std::vector<RawPoint> misconnections;
  std::vector<RawPoint> orders;
};

/// Orders at their location, by state, overdue ones flagged (cancelled ones are not drawn).
void loadOrders(Project& project, std::vector<RawPoint>& out) {
  const std::string today = todayIso(project);
  auto st = project.db().prepare(
      "SELECT id, state, deadline, geom FROM orders WHERE geom IS NOT NULL AND state <> 'cancelled'");
  while (st.step()) {
    const auto p = blob::decodePoint(st.blob(3));
    if (!p) continue;
    const auto state = orderStateFromKey(st.text(1)).value_or(OrderState::Draft);
    const bool overdue = isOverdue(state, st.text(2), today);
    out.push_back({static_cast<std::int32_t>(st.int64(0)),
                   static_cast<std::uint8_t>(static_cast<int>(state) + (overdue ? kOrderOverdueFlag : 0)), *p});
  }
}

MapFindings loadFindings(Project& project) {
  MapFindings f;
  auto& db = project.db();
  loadOrders(project, f.orders);
  if (db.scalarInt("SELECT (SELECT count(*) FROM inspections) + (SELECT count(*) FROM misconnections)") == 0) return f;
  const auto catalogues = loadProjectCatalogues(project);
  for (const auto& a : assessPipes(project, catalogues.defects)) {
    f.grades[a.pipeId] = {static_cast<std::uint8_t>(gradeIndex(a.result.riGrade) + 1),
                          static_cast<std::uint8_t>(gradeIndex(a.result.miGrade) + 1)};
  }
  auto st = db.prepare(
      "WITH latest AS (SELECT id, ROW_NUMBER() OVER (PARTITION BY pipe_id ORDER BY inspected_on DESC, id DESC) AS rn "
      "FROM inspections) SELECT d.id, d.code, d.grade, d.geom FROM defects d JOIN latest l ON l.id = d.inspection_id "
      "WHERE l.rn = 1 AND d.geom IS NOT NULL");
  while (st.step()) {
    const auto p = blob::decodePoint(st.blob(3));
    if (!p) continue;
    const DefectType* type = catalogues.defects.type(st.text(1));
    const bool functional = type && type->cls == DefectClass::Functional;
    f.defects.push_back(
        {static_cast<std::int32_t>(st.int64(0)), static_cast<std::uint8_t>(st.int64(2) + (functional ? 4 : 0)), *p});
  }
  FindingsStore store(project, catalogues.defects, catalogues.misconnections);
  for (const auto& m : store.misconnections()) {
    if (!m.location) continue;
    const auto g = gradeMisconnection(catalogues.misconnections, {m.inflowDiameterMm, m.flowM3d, m.nh3nMgL, m.codMgL});
    f.misconnections.push_back({static_cast<std::int32_t>(m.id), static_cast<std::uint8_t>(g.level), *m.location});
  }
  return f;
}

template <typename V>
std::size_t bytesOf(const V& v) {
  return v.capacity() * sizeof(typename V::value_type);
}

/// Community areas as the map shows them (the housing bureau's separation planning).
constexpr const char* kCommunityShapes =
    "SELECT id, kind, name, geom FROM communities WHERE geom IS NOT NULL ORDER BY name";

/// Polygons with a name from `sql` (id, code, name, geometry), each with its box and a point inside it for the name.
std::vector<DistrictShapeItem> readAreaShapes(sql::Database& db, const char* sql) {
  std::vector<DistrictShapeItem> out;
  auto st = db.prepare(sql);
  while (st.step()) {
    auto polygons = blob::decodeMultiPolygon(st.blob(3));
    if (!polygons) continue;
    DistrictShapeItem d;
    d.id = st.int64(0);
    d.code = st.text(1);
    d.name = st.text(2);
    d.polygons = std::move(*polygons);
    for (const auto& poly : d.polygons) {
      if (!poly.rings.empty()) {
        for (const auto& p : poly.rings.front()) d.box.add(p.x, p.y);
      }
    }
    // A point surely inside the area for its name (GEOS point-on-surface).
    // An empty shape (no ring of 3 points) has none: its name goes to the middle of its box.
    d.labelAt = geos::pointOnSurface(*toGeos(d.polygons))
                    .value_or(Point{(d.box.minX + d.box.maxX) / 2, (d.box.minY + d.box.maxY) / 2});
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

DrainageClass drainageClass(std::string_view key) {
  if (key == "rain") return DrainageClass::Rain;
  if (key == "sewage") return DrainageClass::Sewage;
  if (key == "combined") return DrainageClass::Combined;
  return DrainageClass::Unknown;
}

const char* drainageKey(DrainageClass c) {
  switch (c) {
    case DrainageClass::Rain: return "rain";
    case DrainageClass::Sewage: return "sewage";
    case DrainageClass::Combined: return "combined";
    case DrainageClass::Unknown: break;
  }
  return "";
}

std::size_t LineLayer::memoryBytes() const {
  return bytesOf(xy) + bytesOf(first) + bytesOf(ids) + bytesOf(drainage) + bytesOf(diameter) + bytesOf(riGrade) +
         bytesOf(miGrade) + bytesOf(labelFirst) + labels.capacity() + index.memoryBytes();
}

std::size_t PointLayer::memoryBytes() const { return bytesOf(xy) + bytesOf(ids) + bytesOf(kind) + index.memoryBytes(); }

std::size_t NetworkSnapshot::memoryBytes() const {
  std::size_t bytes = sizeof(*this) + pipes.memoryBytes() + manholes.memoryBytes() + issues.memoryBytes() +
                      defects.memoryBytes() + misconnections.memoryBytes() + orders.memoryBytes();
  for (const auto* areas : {&districts, &communities}) {
    for (const auto& d : *areas) {
      bytes += sizeof(d) + d.code.capacity() + d.name.capacity();
      for (const auto& p : d.polygons) {
        for (const auto& r : p.rings) bytes += r.capacity() * sizeof(Point);
      }
    }
  }
  return bytes;
}

std::size_t NetworkSnapshot::rawCoordinateBytes() const {
  std::size_t bytes = (pipes.xy.size() + manholes.xy.size() + issues.xy.size()) * sizeof(double);
  for (const auto* areas : {&districts, &communities}) {
    for (const auto& d : *areas) {
      for (const auto& p : d.polygons) {
        for (const auto& r : p.rings) bytes += r.size() * sizeof(Point);
      }
    }
  }
  return bytes;
}

std::optional<Box> districtBox(Project& project, std::int64_t districtId, double margin) {
  auto st = project.db().prepare(
      "SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM districts WHERE id = ? AND geom IS NOT "
      "NULL");
  st.bind(1, districtId);
  if (!st.step() || st.isNull(0)) return std::nullopt;
  const double dx = (st.real(2) - st.real(0)) * margin;
  const double dy = (st.real(3) - st.real(1)) * margin;
  Box box;
  box.add(st.real(0) - dx, st.real(1) - dy);
  box.add(st.real(2) + dx, st.real(3) + dy);
  return box;
}

std::shared_ptr<const NetworkSnapshot> buildSnapshot(Project& project, Feedback* feedback,
                                                     const std::optional<Box>& within) {
  auto snapshot = std::make_shared<NetworkSnapshot>();
  auto& db = project.db();
  snapshot->epsg = project.crsEpsg();
  Box bounds;

  std::vector<RawLine> lines;
  // Only what meets `within`, found through the SpatiaLite R-tree of the layer.
  const auto inWindow = [&within](const char* index) {
    return within ? std::string(" AND id IN (SELECT pkid FROM ") + index +
                        " WHERE xmax >= ?1 AND xmin <= ?3 AND ymax >= ?2 AND ymin <= ?4)"
                  : std::string();
  };
  const auto bindWindow = [&within](sql::Statement& st) {
    if (within) st.bind(1, within->minX).bind(2, within->minY).bind(3, within->maxX).bind(4, within->maxY);
  };
  if (!within) lines.reserve(static_cast<std::size_t>(db.scalarInt("SELECT count(*) FROM pipes")));
  if (snapshot->epsg) {
    auto st = db.prepare("SELECT id, drainage, diameter_mm, code, geom FROM pipes WHERE geom IS NOT NULL" +
                         inWindow("idx_pipes_geom"));
    bindWindow(st);
    RawLine r;
    while (st.step()) {
      if (!blob::decodeLineString(st.blob(4), r.xy) || r.xy.size() < 4) continue;
      r.id = static_cast<std::int32_t>(st.int64(0));
      r.drainage = st.isNull(1) ? DrainageClass::Unknown : drainageClass(st.text(1));
      r.diameter = st.isNull(2) ? 0 : static_cast<std::uint16_t>(std::clamp(st.real(2), 0.0, 65535.0));
      r.code = st.text(3);
      bounds.add(boxOf(r.xy));
      lines.push_back(std::move(r));
      r = RawLine{};
      if (feedback && lines.size() % 200000 == 0)
        feedback->progress("load pipes", static_cast<std::int64_t>(lines.size()), 0);
    }
  }
  std::vector<RawPoint> points;
  if (snapshot->epsg) {
    auto st =
        db.prepare("SELECT id, drainage, geom FROM manholes WHERE geom IS NOT NULL" + inWindow("idx_manholes_geom"));
    bindWindow(st);
    while (st.step()) {
      const auto p = blob::decodePoint(st.blob(2));
      if (!p) continue;
      points.push_back({static_cast<std::int32_t>(st.int64(0)),
                        static_cast<std::uint8_t>(st.isNull(1) ? DrainageClass::Unknown : drainageClass(st.text(1))),
                        *p});
      bounds.add(p->x, p->y);
    }
    snapshot->districts =
        readAreaShapes(db, "SELECT id, code, name, geom FROM districts WHERE geom IS NOT NULL ORDER BY code");
    for (const auto& d : snapshot->districts) bounds.add(d.box);
    snapshot->communities = readAreaShapes(db, kCommunityShapes);
  }
  std::vector<RawPoint> issuePoints;
  if (snapshot->epsg) {
    for (const auto& is : currentIssues(project)) {
      if (is.x && is.y)
        issuePoints.push_back({static_cast<std::int32_t>(is.id),
                               is.severity == "error" ? std::uint8_t{1} : std::uint8_t{0},
                               {*is.x, *is.y}});
    }
  }
  MapFindings findings;
  if (snapshot->epsg) findings = loadFindings(project);
  for (auto& l : lines) {
    if (const auto it = findings.grades.find(l.id); it != findings.grades.end()) std::tie(l.ri, l.mi) = it->second;
  }
  snapshot->bounds = bounds;
  buildLines(lines, bounds, snapshot->pipes);
  buildPoints(points, bounds, snapshot->manholes);
  buildPoints(issuePoints, bounds, snapshot->issues);
  buildPoints(findings.defects, bounds, snapshot->defects);
  buildPoints(findings.misconnections, bounds, snapshot->misconnections);
  buildPoints(findings.orders, bounds, snapshot->orders);
  return snapshot;
}

std::shared_ptr<const NetworkSnapshot> withFreshFindings(const NetworkSnapshot& base, Project& project) {
  auto snapshot = std::make_shared<NetworkSnapshot>(base);
  auto findings = loadFindings(project);
  auto& pipes = snapshot->pipes;
  for (std::size_t i = 0; i < pipes.size(); ++i) {
    const auto it = findings.grades.find(pipes.ids[i]);
    std::tie(pipes.riGrade[i], pipes.miGrade[i]) =
        it == findings.grades.end() ? std::pair<std::uint8_t, std::uint8_t>{0, 0} : it->second;
  }
  snapshot->defects = PointLayer{};
  snapshot->misconnections = PointLayer{};
  snapshot->orders = PointLayer{};
  if (snapshot->epsg) snapshot->communities = readAreaShapes(project.db(), kCommunityShapes);
  buildPoints(findings.defects, snapshot->bounds, snapshot->defects);
  buildPoints(findings.misconnections, snapshot->bounds, snapshot->misconnections);
  buildPoints(findings.orders, snapshot->bounds, snapshot->orders);
  return snapshot;
}

std::optional<std::uint32_t> pickLine(const LineLayer& layer, double x, double y, double tolerance,
                                      const std::vector<bool>* visibleClasses) {
  const double lx = x - layer.originX;
  const double ly = y - layer.originY;
  const BoxF window{static_cast<float>(lx - tolerance), static_cast<float>(ly - tolerance),
                    static_cast<float>(lx + tolerance), static_cast<float>(ly + tolerance)};
  std::optional<std::uint32_t> best;
  double bestDistance = tolerance;
  layer.index.query(window, [&](std::uint32_t firstItem, std::uint32_t lastItem) {
    for (std::uint32_t i = firstItem; i < lastItem; ++i) {
      if (visibleClasses && !(*visibleClasses)[static_cast<std::size_t>(layer.drainage[i])]) continue;
      const float* v = layer.xy.data() + 2 * static_cast<std::size_t>(layer.first[i]);
      const std::uint32_t n = layer.vertexCount(i);
      for (std::uint32_t k = 0; k + 1 < n; ++k) {
        const double d = segmentDistance(lx, ly, v[2 * k], v[2 * k + 1], v[2 * k + 2], v[2 * k + 3]);
        if (d <= bestDistance) {
          bestDistance = d;
          best = i;
        }
      }
    }
  });
  return best;
}

std::optional<std::uint32_t> pickPoint(const PointLayer& layer, double x, double y, double tolerance) {
  const double lx = x - layer.originX;
  const double ly = y - layer.originY;
  const BoxF window{static_cast<float>(lx - tolerance), static_cast<float>(ly - tolerance),
                    static_cast<float>(lx + tolerance), static_cast<float>(ly + tolerance)};
  std::optional<std::uint32_t> best;
  double bestDistance = tolerance;
  layer.index.query(window, [&](std::uint32_t firstItem, std::uint32_t lastItem) {
    for (std::uint32_t i = firstItem; i < lastItem; ++i) {
      const double d = std::hypot(lx - layer.xy[2 * i], ly - layer.xy[2 * i + 1]);
      if (d <= bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
  });
  return best;
}

std::optional<std::uint32_t> findLineById(const LineLayer& layer, std::int64_t id) {
  const auto it = std::find(layer.ids.begin(), layer.ids.end(), static_cast<std::int32_t>(id));
  if (it == layer.ids.end()) return std::nullopt;
  return static_cast<std::uint32_t>(it - layer.ids.begin());
}

std::optional<std::uint32_t> findPointById(const PointLayer& layer, std::int64_t id) {
  const auto it = std::find(layer.ids.begin(), layer.ids.end(), static_cast<std::int32_t>(id));
  if (it == layer.ids.end()) return std::nullopt;
  return static_cast<std::uint32_t>(it - layer.ids.begin());
}

Box lineBox(const LineLayer& layer, std::uint32_t item) {
  Box b;
  for (std::uint32_t k = layer.first[item]; k < layer.first[item + 1]; ++k) {
    b.add(layer.originX + layer.xy[2 * k], layer.originY + layer.xy[2 * k + 1]);
  }
  return b;
}

}  // namespace pw
