#pragma once
// RAII and error capture for GDAL/OGR. Datasets, features and geometries use GDAL's own unique_ptr types; spatial
// references and coordinate transformations get deleters here. Library errors are recorded by ErrorCapture (a
// handler pushed for the scope), never thrown from inside GDAL's callback.
#include <memory>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace pw::gdal {

/// Registers the drivers once and sets process-wide options (UTF-8 file names). Thread-safe.
void init();

struct SpatialReferenceReleaser {
  void operator()(OGRSpatialReference* srs) const noexcept {
    if (srs) srs->Release();
  }
};
using SpatialReferencePtr = std::unique_ptr<OGRSpatialReference, SpatialReferenceReleaser>;

struct TransformationDeleter {
  void operator()(OGRCoordinateTransformation* ct) const noexcept { OGRCoordinateTransformation::DestroyCT(ct); }
};
using TransformationPtr = std::unique_ptr<OGRCoordinateTransformation, TransformationDeleter>;

using DatasetPtr = GDALDatasetUniquePtr;
using FeaturePtr = OGRFeatureUniquePtr;
using GeometryPtr = OGRGeometryUniquePtr;

/// Records the CPL errors and warnings raised on this thread while it lives (the previous handler comes back after).
class ErrorCapture {
public:
  ErrorCapture();
  ~ErrorCapture();
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;

  const std::vector<std::string>& messages() const { return m_messages; }
  /// How many of the messages were errors (CE_Failure or CE_Fatal) rather than warnings.
  std::size_t failures() const { return m_failures; }
  /// The messages joined by "; ", or the fallback when there are none.
  std::string joined(const std::string& fallback = {}) const;
  void clear() {
    m_messages.clear();
    m_failures = 0;
  }

private:
  static void CPL_STDCALL handler(CPLErr level, CPLErrorNum code, const char* message) noexcept;
  std::vector<std::string> m_messages;
  std::size_t m_failures = 0;
};

/// Opens a vector dataset read-only. Throws Error(BadInput) naming the file and GDAL's reason on failure.
DatasetPtr openVector(const std::string& path, const std::vector<std::string>& openOptions = {});

/// Sets a GDAL configuration option on this thread for the scope.
class ScopedThreadConfig {
public:
  ScopedThreadConfig(const char* key, const char* value);
  ~ScopedThreadConfig();
  ScopedThreadConfig(const ScopedThreadConfig&) = delete;
  ScopedThreadConfig& operator=(const ScopedThreadConfig&) = delete;

private:
  std::string m_key;
  std::string m_old;
  bool m_hadOld = false;
};

}  // namespace pw::gdal
