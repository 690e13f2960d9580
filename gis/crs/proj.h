#pragma once
// RAII for the PROJ C API: one context per thread and PJ objects. Transformer converts between two CRS in
// traditional GIS axis order (x = easting or longitude, y = northing or latitude), whatever the EPSG axis order.
#include <memory>
#include <optional>
#include <span>
#include <string>

#include <proj.h>

namespace pw::proj {

/// This thread's PROJ context (errors are logged into it, never printed).
PJ_CONTEXT* context();

struct PjDeleter {
  void operator()(PJ* p) const noexcept { proj_destroy(p); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

/// Creates a CRS from "EPSG:n", WKT or a PROJ string. Throws Error(BadInput) naming the definition on failure.
PjPtr createCrs(const std::string& definition);

/// Where a CRS may be used, as its definition declares it (longitude and latitude in degrees).
struct AreaOfUse {
  double west = 0, south = 0, east = 0, north = 0;  ///< west > east when the area crosses the antimeridian
  std::string name;
};
/// The declared area of use of a CRS ("EPSG:n", WKT ...), or nothing when it declares none (a local city grid).
std::optional<AreaOfUse> areaOfUse(const std::string& definition);

/// A coordinate operation between two CRS. Not thread-safe: use one per thread.
class Transformer {
public:
  Transformer(const std::string& sourceDefinition, const std::string& targetDefinition);
  /// Transforms interleaved x,y pairs in place. Throws Error(BadInput) if a point cannot be transformed.
  void transform(std::span<double> xy) const;
  /// True when source and target are the same CRS (transform does nothing).
  bool isIdentity() const { return m_identity; }

private:
  PjPtr m_op;
  bool m_identity = false;
  double m_shiftX = 0;  ///< set when the two CRS differ only by false easting (a pure shift)
  bool m_shiftOnly = false;
};

}  // namespace pw::proj
