#pragma once
// Writing one ESRI shapefile through GDAL, text recoded from UTF-8 to CP936 by the driver, then the encoding
// declaration (.cpg text and DBF language byte) set exactly as a given survey delivery has it.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "gdal/gdal.h"
#include "geom.h"

namespace pwgen {

struct FieldSpec {
  const char* name;
  OGRFieldType type;
  int width;
  int precision = 0;
};

/// How a DBF declares its text encoding: the .cpg file's text and the language-driver byte (offset 29).
struct DbfEncoding {
  std::string cpg;        ///< written without a line break, e.g. "936" or "GBK"
  std::uint8_t ldid = 0;  ///< 0x4D = CP936; 0 = not declared in the DBF
};

class ShapefileWriter {
public:
  /// `epsg` 0 writes no .prj. `xOffset` is added to every easting (the 3-degree zone prefix, 40 000 000).
  ShapefileWriter(const std::filesystem::path& shp, OGRwkbGeometryType type, int epsg, double xOffset,
                  const std::vector<FieldSpec>& fields, DbfEncoding encoding);
  ~ShapefileWriter();
  ShapefileWriter(const ShapefileWriter&) = delete;
  ShapefileWriter& operator=(const ShapefileWriter&) = delete;

  void setString(int field, const std::string& utf8);
  void setInt(int field, int value);
  void setReal(int field, double value);
  void setNull(int field);
  void setPoint(Pt p);
  void setLine(const Pt* pts, int n);
  void setPolygon(const std::vector<Pt>& ring);
  /// Writes the current feature (all fields must have been set); returns its 1-based feature number.
  long long write();
  /// Closes the dataset, then rewrites the .cpg and patches the language byte. Throws on failure.
  void finish();

private:
  std::filesystem::path m_shp;
  double m_xOffset;
  DbfEncoding m_encoding;
  pw::gdal::DatasetPtr m_ds;
  OGRLayer* m_layer = nullptr;
  pw::gdal::FeaturePtr m_feature;
  OGRLineString* m_line = nullptr;  ///< owned by m_feature
  OGRPoint* m_point = nullptr;      ///< owned by m_feature
  long long m_count = 0;
};

/// Deletes a shapefile's .shp .shx .dbf .prj .cpg files where they exist.
void removeShapefile(const std::filesystem::path& shp);

}  // namespace pwgen
