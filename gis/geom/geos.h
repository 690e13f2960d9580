#pragma once
// RAII for the GEOS C API, reentrant (_r) functions only. Each thread has its own context (created on first use,
// finished when the thread ends); geometries must stay on the thread that made them. GEOS errors and notices are
// recorded in the context, never thrown through GEOS's C frames.
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <geos_c.h>

#include "geom/types.h"

namespace pw::geos {

/// This thread's GEOS context.
GEOSContextHandle_t context();

/// The last error GEOS reported on this thread (empty if none) and clears it.
std::string takeLastError();

struct GeometryDeleter {
  void operator()(GEOSGeometry* g) const noexcept { GEOSGeom_destroy_r(context(), g); }
};
struct PreparedDeleter {
  void operator()(const GEOSPreparedGeometry* g) const noexcept { GEOSPreparedGeom_destroy_r(context(), g); }
};
struct STRtreeDeleter {
  void operator()(GEOSSTRtree* t) const noexcept { GEOSSTRtree_destroy_r(context(), t); }
};
struct WkbReaderDeleter {
  void operator()(GEOSWKBReader* r) const noexcept { GEOSWKBReader_destroy_r(context(), r); }
};

using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;
using STRtreePtr = std::unique_ptr<GEOSSTRtree, STRtreeDeleter>;

/// Builds a linestring or point from interleaved x,y coordinates. Throws Error(Internal) if GEOS fails.
GeometryPtr makeLineString(std::span<const double> xy);
GeometryPtr makePoint(double x, double y);
/// Reads ISO/OGC WKB (as GDAL exports it).
GeometryPtr fromWkb(std::span<const unsigned char> wkb);
PreparedPtr prepare(const GEOSGeometry& g);
/// A closed ring from interleaved x,y coordinates (the caller closes it).
GeometryPtr makeLinearRing(std::span<const double> xy);
/// A polygon from its shell and holes, which it takes over.
GeometryPtr makePolygon(GeometryPtr shell, std::vector<GeometryPtr> holes);
/// A multipolygon from polygons, which it takes over.
GeometryPtr makeMultiPolygon(std::vector<GeometryPtr> parts);

// Checked operations: each throws Error(Internal) naming the operation and GEOS's message when GEOS reports a
// failure (a null geometry, 0 from a getter, 2 from a predicate, -1 from a measure along a line).
bool isValid(const GEOSGeometry& g);
/// GEOS's reason for validity ("Valid Geometry" when valid).
std::string isValidReason(const GEOSGeometry& g);
GeometryPtr makeValid(const GEOSGeometry& g);
double area(const GEOSGeometry& g);
double length(const GEOSGeometry& g);
GeometryPtr intersection(const GEOSGeometry& a, const GEOSGeometry& b);
/// The point at `distance` along a line from its start.
GeometryPtr interpolate(const GEOSGeometry& line, double distance);
/// The distance along a line of the point on it nearest to `point`.
double project(const GEOSGeometry& line, const GEOSGeometry& point);
/// A point surely inside an areal geometry; nullopt when the geometry is empty.
std::optional<Point> pointOnSurface(const GEOSGeometry& g);
/// The coordinates of a point geometry.
Point pointXY(const GEOSGeometry& point);
bool preparedCovers(const GEOSPreparedGeometry& prepared, const GEOSGeometry& g);
bool preparedIntersects(const GEOSPreparedGeometry& prepared, const GEOSGeometry& g);

/// Throws Error(Internal) with GEOS's last message when a GEOS call returned its failure value.
[[noreturn]] void throwLastError(const char* operation);

}  // namespace pw::geos
