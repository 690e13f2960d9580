#pragma once
// Builds small shapefiles for tests, with the encodings, sidecars and faults real deliveries have.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <ogr_core.h>

namespace pw::test {

using FieldValue = std::variant<std::monostate, std::string, double, int>;

struct FieldDef {
  std::string name;
  OGRFieldType type = OFTString;
  int width = 0;
};

class ShapefileBuilder {
public:
  /// `encoding` is what the DBF text is written in ("UTF-8", "CP936"); `epsg` 0 writes no .prj.
  ShapefileBuilder(std::string path, OGRwkbGeometryType type, int epsg, std::string encoding = "CP936");
  ShapefileBuilder& field(const std::string& name, OGRFieldType type = OFTString, int width = 0);
  /// A feature from WKT (empty for a NULL shape) and values in field order (UTF-8 text).
  ShapefileBuilder& add(const std::string& wkt, std::vector<FieldValue> values);
  /// Writes the files. `cpg` replaces the .cpg content (nothing: keep GDAL's, "" : delete the .cpg).
  /// `ldid` patches the DBF language byte.
  void write(std::optional<std::string> cpg = std::nullopt, std::optional<unsigned char> ldid = std::nullopt) const;

private:
  std::string m_path;
  OGRwkbGeometryType m_type;
  int m_epsg;
  std::string m_encoding;
  std::vector<FieldDef> m_fields;
  std::vector<std::pair<std::string, std::vector<FieldValue>>> m_features;
};

/// Every file of a shapefile set (same base name, any extension) copied into a directory; returns the new .shp.
std::string copyShapefile(const std::string& shp, const std::string& toDir);

/// The bytes of a file (for "unchanged" comparisons).
std::string fileBytes(const std::string& path);

}  // namespace pw::test
