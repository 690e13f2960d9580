#pragma once
// A georeferenced raster (orthophoto, scanned 1:500 topographic map) read window by window in the project CRS,
// reprojected on the fly through a GDAL warped VRT when its CRS differs. GDAL stays behind the implementation (the
// desktop includes this header).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "geom/types.h"

namespace pw {

class RasterSource {
public:
  /// Opens a raster. Throws Error(BadInput) naming the file if it is not a georeferenced raster.
  RasterSource(const std::string& path, int projectEpsg);
  ~RasterSource();
  RasterSource(const RasterSource&) = delete;
  RasterSource& operator=(const RasterSource&) = delete;

  const std::string& path() const { return m_path; }
  Box extent() const { return m_extent; }
  /// True when the raster had no CRS and is taken to be in the project CRS.
  bool assumedProjectCrs() const { return m_assumed; }

  struct Window {
    std::vector<std::uint32_t> argb;  ///< 0xAARRGGBB, row-major, width x height
    int width = 0;
    int height = 0;
    Box covered;  ///< the world box the pixels cover
  };
  /// Reads what lies inside `view` at about `metresPerPixel`. Empty when the raster does not overlap it.
  Window read(const Box& view, double metresPerPixel) const;

private:
  struct Datasets;  // the GDAL datasets, owned
  std::string m_path;
  std::unique_ptr<Datasets> m_datasets;
  double m_geo[6] = {};
  Box m_extent;
  bool m_assumed = false;
};

}  // namespace pw
