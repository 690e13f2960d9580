#include "geom/geos.h"

#include <cstdarg>
#include <cstdio>
#include <utility>

#include "core/error.h"

namespace pw::geos {
namespace {

struct ThreadContext {
  GEOSContextHandle_t handle = nullptr;
  std::string lastError;

  ThreadContext() {
    handle = GEOS_init_r();
    GEOSContext_setErrorMessageHandler_r(handle, &ThreadContext::onError, this);
    GEOSContext_setNoticeMessageHandler_r(handle, &ThreadContext::onNotice, this);
  }
  ~ThreadContext() { GEOS_finish_r(handle); }
  ThreadContext(const ThreadContext&) = delete;
  ThreadContext& operator=(const ThreadContext&) = delete;

  static void onError(const char* message, void* userdata) {
    try {
      static_cast<ThreadContext*>(userdata)->lastError = message ? message : "";
    } catch (...) {  // recording failed (out of memory); GEOS still returns its failure value
    }
  }
  static void onNotice(const char*, void*) {}
};

ThreadContext& threadContext() {
  thread_local ThreadContext ctx;
  return ctx;
}

/// Owns a geometry GEOS returned, or throws with GEOS's message when it returned null.
GeometryPtr checked(GEOSGeometry* g, const char* operation) {
  if (!g) throwLastError(operation);
  return GeometryPtr(g);
}

/// A GEOS predicate's answer: 1 true, 0 false, 2 an exception inside GEOS.
bool predicate(char result, const char* operation) {
  if (result == 2) throwLastError(operation);
  return result == 1;
}

/// Raw pointers for a GEOS constructor that takes the geometries over.
std::vector<GEOSGeometry*> released(std::vector<GeometryPtr>& owned) {
  std::vector<GEOSGeometry*> raw;
  raw.reserve(owned.size());
  for (auto& g : owned) raw.push_back(g.release());
  return raw;
}

}  // namespace

GEOSContextHandle_t context() { return threadContext().handle; }

std::string takeLastError() { return std::exchange(threadContext().lastError, {}); }

void throwLastError(const char* operation) {
  throwInternal(PW_TR("Geometry operation %1 failed: %2"), {operation, takeLastError()});
}

GeometryPtr makeLineString(std::span<const double> xy) {
  auto* ctx = context();
  const auto n = static_cast<unsigned>(xy.size() / 2);
  GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(ctx, xy.data(), n, 0, 0);
  if (!seq) throwLastError("CoordSeq");
  GEOSGeometry* g = GEOSGeom_createLineString_r(ctx, seq);  // takes ownership of seq
  if (!g) throwLastError("LineString");
  return GeometryPtr(g);
}

GeometryPtr makePoint(double x, double y) {
  GEOSGeometry* g = GEOSGeom_createPointFromXY_r(context(), x, y);
  if (!g) throwLastError("Point");
  return GeometryPtr(g);
}

GeometryPtr fromWkb(std::span<const unsigned char> wkb) {
  auto* ctx = context();
  std::unique_ptr<GEOSWKBReader, WkbReaderDeleter> reader(GEOSWKBReader_create_r(ctx));
  if (!reader) throwLastError("WKBReader");
  GEOSGeometry* g = GEOSWKBReader_read_r(ctx, reader.get(), wkb.data(), wkb.size());
  if (!g) throwLastError("WKBReader");
  return GeometryPtr(g);
}

PreparedPtr prepare(const GEOSGeometry& g) {
  const GEOSPreparedGeometry* p = GEOSPrepare_r(context(), &g);
  if (!p) throwLastError("Prepare");
  return PreparedPtr(p);
}

GeometryPtr makeLinearRing(std::span<const double> xy) {
  auto* ctx = context();
  GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(ctx, xy.data(), static_cast<unsigned>(xy.size() / 2), 0, 0);
  if (!seq) throwLastError("CoordSeq");
  return checked(GEOSGeom_createLinearRing_r(ctx, seq), "LinearRing");  // takes ownership of seq, even on failure
}

GeometryPtr makePolygon(GeometryPtr shell, std::vector<GeometryPtr> holes) {
  // GEOS takes over the shell and the holes whether it succeeds or not (GEOS ticket 1111), so release them here.
  std::vector<GEOSGeometry*> raw = released(holes);
  return checked(GEOSGeom_createPolygon_r(context(), shell.release(), raw.data(), static_cast<unsigned>(raw.size())),
                 "Polygon");
}

GeometryPtr makeMultiPolygon(std::vector<GeometryPtr> parts) {
  std::vector<GEOSGeometry*> raw = released(parts);
  return checked(
      GEOSGeom_createCollection_r(context(), GEOS_MULTIPOLYGON, raw.data(), static_cast<unsigned>(raw.size())),
      "MultiPolygon");
}

bool isValid(const GEOSGeometry& g) { return predicate(GEOSisValid_r(context(), &g), "IsValid"); }

std::string isValidReason(const GEOSGeometry& g) {
  auto* ctx = context();
  char* reason = GEOSisValidReason_r(ctx, &g);
  if (!reason) throwLastError("IsValidReason");
  const std::unique_ptr<char, void (*)(char*)> owned(reason, [](char* s) { GEOSFree_r(context(), s); });
  return std::string(reason);
}

GeometryPtr makeValid(const GEOSGeometry& g) { return checked(GEOSMakeValid_r(context(), &g), "MakeValid"); }

double area(const GEOSGeometry& g) {
  double v = 0;
  if (GEOSArea_r(context(), &g, &v) != 1) throwLastError("Area");
  return v;
}

double length(const GEOSGeometry& g) {
  double v = 0;
  if (GEOSLength_r(context(), &g, &v) != 1) throwLastError("Length");
  return v;
}

GeometryPtr intersection(const GEOSGeometry& a, const GEOSGeometry& b) {
  return checked(GEOSIntersection_r(context(), &a, &b), "Intersection");
}

GeometryPtr interpolate(const GEOSGeometry& line, double distance) {
  return checked(GEOSInterpolate_r(context(), &line, distance), "Interpolate");
}

double project(const GEOSGeometry& line, const GEOSGeometry& point) {
  const double d = GEOSProject_r(context(), &line, &point);
  if (d < 0) throwLastError("Project");  // -1 on exception; a distance along a line is never negative
  return d;
}

std::optional<Point> pointOnSurface(const GEOSGeometry& g) {
  const char empty = GEOSisEmpty_r(context(), &g);
  if (empty == 2) throwLastError("IsEmpty");
  if (empty == 1) return std::nullopt;
  return pointXY(*checked(GEOSPointOnSurface_r(context(), &g), "PointOnSurface"));
}

Point pointXY(const GEOSGeometry& point) {
  auto* ctx = context();
  Point p;
  if (GEOSGeomGetX_r(ctx, &point, &p.x) != 1) throwLastError("GetX");
  if (GEOSGeomGetY_r(ctx, &point, &p.y) != 1) throwLastError("GetY");
  return p;
}

bool preparedCovers(const GEOSPreparedGeometry& prepared, const GEOSGeometry& g) {
  return predicate(GEOSPreparedCovers_r(context(), &prepared, &g), "PreparedCovers");
}

bool preparedIntersects(const GEOSPreparedGeometry& prepared, const GEOSGeometry& g) {
  return predicate(GEOSPreparedIntersects_r(context(), &prepared, &g), "PreparedIntersects");
}

}  // namespace pw::geos
