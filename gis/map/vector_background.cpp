#include "map/vector_background.h"

#include "core/error.h"
#include "crs/proj.h"
#include "gdal/gdal.h"
#include "io/source.h"

namespace pw {
namespace {

void addLine(const OGRLineString& ls, const proj::Transformer& t, std::vector<std::vector<double>>& out) {
  std::vector<double> xy;
  for (int i = 0; i < ls.getNumPoints(); ++i) {
    xy.push_back(ls.getX(i));
    xy.push_back(ls.getY(i));
  }
  if (xy.size() < 4) return;
  t.transform(xy);
  out.push_back(std::move(xy));
}

void collect(const OGRGeometry* g, const proj::Transformer& t, std::vector<std::vector<double>>& lines,
             std::vector<Point>& points) {
  if (!g || g->IsEmpty()) return;
  switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: {
      std::vector<double> xy{g->toPoint()->getX(), g->toPoint()->getY()};
      t.transform(xy);
      points.push_back({xy[0], xy[1]});
      break;
    }
    case wkbLineString: addLine(*g->toLineString(), t, lines); break;
    case wkbPolygon: {
      const auto* polygon = g->toPolygon();
      if (polygon->getExteriorRing()) addLine(*polygon->getExteriorRing(), t, lines);
      for (int i = 0; i < polygon->getNumInteriorRings(); ++i) addLine(*polygon->getInteriorRing(i), t, lines);
      break;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
      const auto* c = g->toGeometryCollection();
      for (int i = 0; i < c->getNumGeometries(); ++i) collect(c->getGeometryRef(i), t, lines, points);
      break;
    }
    default: {
      // Curves (DXF arcs): approximate as lines.
      std::unique_ptr<OGRGeometry> linear(g->getLinearGeometry());
      if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(g->getGeometryType())) {
        collect(linear.get(), t, lines, points);
      }
    }
  }
}

}  // namespace

std::shared_ptr<const VectorBackground> loadVectorBackground(const std::string& path, int projectEpsg,
                                                             std::optional<int> assumeEpsg) {
  VectorSource source(path, SourceOptions{"", assumeEpsg, projectEpsg});
  const auto& info = source.info();
  if (!info.crs) {
    throwBadInput(PW_TR("%1 has no CRS and its coordinates do not tell which one; state it (for example EPSG:4549)"),
                  {path}, {.file = path});
  }
  const proj::Transformer toProject(info.crs->definition, "EPSG:" + std::to_string(projectEpsg));
  std::vector<std::vector<double>> lines;
  std::vector<Point> points;
  source.forEach([&](std::int64_t, OGRFeature& f) { collect(f.GetGeometryRef(), toProject, lines, points); });
  auto bg = std::make_shared<VectorBackground>();
  bg->path = path;
  for (const auto& l : lines) bg->extent.add(boxOf(l));
  for (const auto& p : points) bg->extent.add(p.x, p.y);
  // Reuse the network layers' compact form (ids are feature order; no classes, no labels).
  LineLayer& out = bg->lines;
  out.originX = bg->extent.empty() ? 0 : bg->extent.minX;
  out.originY = bg->extent.empty() ? 0 : bg->extent.minY;
  std::vector<BoxF> boxes;
  for (const auto& l : lines) {
    BoxF b{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (std::size_t i = 0; i + 1 < l.size(); i += 2) {
      b.minX = std::min(b.minX, static_cast<float>(l[i] - out.originX));
      b.maxX = std::max(b.maxX, static_cast<float>(l[i] - out.originX));
      b.minY = std::min(b.minY, static_cast<float>(l[i + 1] - out.originY));
      b.maxY = std::max(b.maxY, static_cast<float>(l[i + 1] - out.originY));
    }
    boxes.push_back(b);
  }
  const auto order = strOrder(boxes);
  std::vector<BoxF> ordered;
  for (const auto i : order) {
    out.first.push_back(static_cast<std::uint32_t>(out.xy.size() / 2));
    for (std::size_t k = 0; k + 1 < lines[i].size(); k += 2) {
      out.xy.push_back(static_cast<float>(lines[i][k] - out.originX));
      out.xy.push_back(static_cast<float>(lines[i][k + 1] - out.originY));
    }
    out.ids.push_back(static_cast<std::int32_t>(i));
    out.drainage.push_back(DrainageClass::Unknown);
    out.diameter.push_back(0);
    out.labelFirst.push_back(0);
    ordered.push_back(boxes[i]);
  }
  out.first.push_back(static_cast<std::uint32_t>(out.xy.size() / 2));
  out.labelFirst.push_back(0);
  out.index.build(ordered);
  PointLayer& pts = bg->points;
  pts.originX = out.originX;
  pts.originY = out.originY;
  std::vector<BoxF> pointBoxes;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto x = static_cast<float>(points[i].x - pts.originX);
    const auto y = static_cast<float>(points[i].y - pts.originY);
    pts.xy.push_back(x);
    pts.xy.push_back(y);
    pts.ids.push_back(static_cast<std::int32_t>(i));
    pts.kind.push_back(0);
    pointBoxes.push_back({x, y, x, y});
  }
  pts.index.build(pointBoxes);  // points stay in file order: backgrounds rarely have many
  return bg;
}

}  // namespace pw
