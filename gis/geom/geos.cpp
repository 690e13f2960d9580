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
  GEOSGeometry* g = GEOSWKBReader_read_r(ctx, reader.get(), wkb.data(), wkb.size());
  if (!g) throwLastError("WKBReader");
  return GeometryPtr(g);
}

PreparedPtr prepare(const GEOSGeometry& g) {
  const GEOSPreparedGeometry* p = GEOSPrepare_r(context(), &g);
  if (!p) throwLastError("Prepare");
  return PreparedPtr(p);
}

}  // namespace pw::geos
