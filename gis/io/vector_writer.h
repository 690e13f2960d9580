#pragma once
// Writing one vector layer through OGR (GeoPackage, shapefile, GeoJSON, CSV): fields, features from plain values
// and plain geometries, optionally reprojected on the way. The OGR objects stay inside; callers see values only.
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "geom/types.h"

namespace pw {

enum class WriterFieldType { Text, Integer, Real };

struct WriterField {
  std::string name;  ///< as written (for a shapefile: already in the DBF's encoding and at most 10 bytes)
  WriterFieldType type = WriterFieldType::Text;
  int width = 0;  ///< 0: the driver's default
};

/// A field value: nothing (NULL), text (bytes as written), an integer or a real number.
using WriterValue = std::variant<std::monostate, std::string, std::int64_t, double>;

enum class WriterGeometryType { Points, Lines, Polygons };

/// One feature's geometry in the source CRS: a point or a line as interleaved x,y, or polygons.
struct WriterGeometry {
  std::vector<double> xy;
  MultiPolygon polygons;
  bool empty() const { return xy.empty() && polygons.empty(); }
};

struct WriterOptions {
  std::string driver;  ///< GDAL short name: GPKG, "ESRI Shapefile", GeoJSON, CSV
  std::string path;
  std::string reportAs;  ///< the file messages name (the destination when `path` is its stand-in); `path` when empty
  std::string layerName;
  WriterGeometryType geometry = WriterGeometryType::Points;
  int sourceEpsg = 0;  ///< CRS of the geometries given to add()
  int targetEpsg = 0;  ///< CRS written (0: the source CRS); geometries are transformed when they differ
  std::vector<std::string> datasetOptions;  ///< KEY=VALUE creation options
  std::vector<std::string> layerOptions;
};

class VectorWriter {
public:
  /// Creates the dataset and the layer with its fields. Throws Error(BadInput) naming the file and GDAL's reason.
  VectorWriter(const WriterOptions& options, const std::vector<WriterField>& fields);
  ~VectorWriter();
  VectorWriter(const VectorWriter&) = delete;
  VectorWriter& operator=(const VectorWriter&) = delete;

  /// Adds a feature; `values` in field order. Throws Error(BadInput) naming the file on a write failure.
  void add(const std::vector<WriterValue>& values, const WriterGeometry& geometry);
  /// Commits and closes the file, then opens it again and counts its features: throws Error(BadInput) naming the file
  /// if GDAL reported a failure on the way (writing, committing or closing) or the file does not hold every feature
  /// added (GDAL's GeoJSON and CSV writers do not report a failed write). Without close() (an exception on the way)
  /// the dataset is closed in the destructor and the caller discards the file.
  void close();

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace pw
