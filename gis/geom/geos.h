#pragma once
// RAII for the GEOS C API, reentrant (_r) functions only. Each thread has its own context (created on first use,
// finished when the thread ends); geometries must stay on the thread that made them. GEOS errors and notices are
// recorded in the context, never thrown through GEOS's C frames.
#include <memory>
#include <span>
#include <string>

#include <geos_c.h>

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

/// Throws Error(Internal) with GEOS's last message when a GEOS call returned its failure value.
[[noreturn]] void throwLastError(const char* operation);

}  // namespace pw::geos
