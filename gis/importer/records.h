#pragma once
// Rows as the importer reads them from a source, normalised, in project coordinates.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geom/types.h"

namespace pw {

struct PipeRow {
  std::int64_t featureNo = 0;
  std::string code;
  std::string fromCode;
  std::string toCode;
  std::optional<std::string> drainage;  ///< rain | sewage | combined
  std::optional<double> diameterMm;
  std::optional<double> heightMm;
  std::optional<std::string> material;
  std::optional<double> fromInvert;
  std::optional<double> toInvert;
  std::optional<double> fromDepth;
  std::optional<double> toDepth;
  std::optional<std::int64_t> buildYear;
  std::optional<std::string> road;
  std::optional<std::string> owner;
  std::string attrs;       ///< unmapped source fields as a JSON object
  std::vector<double> xy;  ///< interleaved, project CRS
  double length = 0;
  std::int64_t districtId = 0;
};

struct ManholeRow {
  std::int64_t featureNo = 0;
  std::string code;
  std::optional<std::string> drainage;
  std::optional<std::string> kind;
  std::optional<double> groundElev;
  std::optional<double> depth;
  std::optional<std::string> road;
  std::string attrs;
  Point point;
  std::int64_t districtId = 0;
};

struct DistrictRow {
  std::int64_t featureNo = 0;
  std::string code;
  std::string name;
  std::string attrs;
  MultiPolygon polygons;
};

/// Builds the JSON object text of unmapped attributes without a JSON library round trip (hot path).
class AttrsWriter {
public:
  void begin() { m_text = "{"; }
  void addText(const std::string& key, const std::string& value);
  void addNumber(const std::string& key, double value);
  std::string finish();

private:
  void addKey(const std::string& key);
  std::string m_text;
};

}  // namespace pw
