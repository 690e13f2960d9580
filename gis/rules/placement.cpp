#include "rules/placement.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "crs/proj.h"
#include "rules/limits.h"
#include "store/project.h"
#include "store/rtree.h"

namespace pw {
namespace {

constexpr double kMetresPerDegree = 111320;  // along a meridian, and along the equator

std::string coordinates(const Point& p) { return formatNumber(p.x, 2) + ", " + formatNumber(p.y, 2); }

/// How far `value` lies outside [low, high] (0 inside).
double outside(double value, double low, double high) { return std::max({low - value, value - high, 0.0}); }

bool withinLongitudes(double lon, double west, double east) {
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;  // across the antimeridian
}

}  // namespace

Placement::Placement(Project& project) : m_margin(limits().extentMarginM) {
  auto& db = project.db();
  for (const char* table : {"pipes", "manholes", "districts"}) {
    const std::string index = std::string("idx_") + table + "_geom";
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    exists.bind(1, index);
    if (!exists.step()) continue;
    if (const auto box = rtreeExtent(db, index)) m_extent.add(*box);
  }
  if (project.crsEpsg() == 0) return;
  m_crs = "EPSG:" + std::to_string(project.crsEpsg());
  if (auto area = proj::areaOfUse(m_crs)) {
    m_area = std::make_unique<proj::AreaOfUse>(std::move(*area));
    m_toLonLat = std::make_unique<proj::Transformer>(m_crs, "EPSG:4326");
  }
}

Placement::~Placement() = default;

std::optional<Message> Placement::fault(const Point& p) const {
  if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
    return Message{PW_TR("The position (%1) is not a pair of numbers"), {coordinates(p)}};
  }
  if (!m_extent.empty()) {
    const double dx = outside(p.x, m_extent.minX, m_extent.maxX), dy = outside(p.y, m_extent.minY, m_extent.maxY);
    const double distance = std::hypot(dx, dy);
    if (distance > m_margin) {
      return Message{PW_TR("The position (%1) lies %2 m outside the project's network and districts, farther than "
                           "the margin of %3 m; check the coordinates (X and Y swapped? a digit missing?)"),
                     {coordinates(p), formatNumber(distance, 0), formatNumber(m_margin, 0)}};
    }
  }
  if (m_area) {
    double lonLat[2] = {p.x, p.y};
    try {
      m_toLonLat->transform(lonLat);
    } catch (const Error&) {
      return Message{PW_TR("The position (%1) cannot be placed in the project CRS %2"), {coordinates(p), m_crs}};
    }
    const double marginLat = m_margin / kMetresPerDegree;
    const double marginLon = m_margin / (kMetresPerDegree * std::max(std::cos(lonLat[1] * M_PI / 180), 0.01));
    if (lonLat[1] < m_area->south - marginLat || lonLat[1] > m_area->north + marginLat ||
        !withinLongitudes(lonLat[0], m_area->west - marginLon, m_area->east + marginLon)) {
      return Message{PW_TR("The position (%1) lies outside the area of use of the project CRS %2 (%3)"),
                     {coordinates(p), m_crs, m_area->name}};
    }
  }
  return std::nullopt;
}

std::optional<Message> Placement::fault(const MultiPolygon& polygons) const {
  for (const auto& polygon : polygons) {
    for (const auto& ring : polygon.rings) {
      for (const auto& corner : ring) {
        if (auto f = fault(corner)) return f;
      }
    }
  }
  return std::nullopt;
}

void Placement::require(const Point& p, const std::string& field, const std::string& record) const {
  if (auto f = fault(p)) {
    throwBadInput(f->text, std::move(f->args), {.record = record, .field = field, .value = coordinates(p)});
  }
}

void Placement::require(const MultiPolygon& polygons, const std::string& field, const std::string& record) const {
  if (auto f = fault(polygons)) throwBadInput(f->text, std::move(f->args), {.record = record, .field = field});
}

}  // namespace pw
