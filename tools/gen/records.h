#pragma once
// Survey-delivery records: the pinyin field layout and the two value styles the deliveries use.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "network.h"
#include "plan.h"
#include "shapefile_writer.h"

namespace pwgen {

enum class ValueStyle {
  Names,  ///< PSLX 雨水/污水/合流, GJ numeric mm, CZ 混凝土/钢筋混凝土/PE/PVC..., MSRQ "2008-05"
  Codes   ///< PSLX YS/WS/HS, GJ text "DN300"/"d400", CZ T/PE/PVC/BLG/QM, MSRQ "2008"
};

struct DeliveryFormat {
  ValueStyle style = ValueStyle::Names;
  int epsg = 4549;  ///< 4528 writes zone-prefixed eastings (+40 000 000)
  bool prj = true;
  DbfEncoding encoding;
  int digits = 4;  ///< width of the numbers in codes (Y0001, YS-0001)
};

/// Faults injected into one pipe record.
struct PipeOverride {
  std::string gxbh;  ///< replaces the pipe id
  std::string zdbh;  ///< replaces the to-manhole code
  std::string pslx;  ///< replaces the drainage type
  bool emptyDiameter = false;
  std::optional<std::int32_t> toInvertMm;
  std::optional<Pt> endPoint;  ///< replaces the last vertex
};

std::string manholeCode(Kind k, int number, int digits);  ///< Y0001, W0001, H0001
std::string pipeCode(Kind k, int number, int digits);     ///< YS-0001, WS-0001, HS-0001

/// pipes.shp and manholes.shp of one delivery.
class DeliveryWriter {
public:
  DeliveryWriter(const std::filesystem::path& dir, const DeliveryFormat& format, const CityPlan& plan);
  /// Returns the 1-based feature number.
  long long writeManhole(const Node& n);
  /// Returns the 1-based feature number; `length` receives the written length in EPSG:4549 metres.
  long long writePipe(const Network& net, const Pipe& p, const PipeOverride* fault, double& length);
  void finish();

private:
  DeliveryFormat m_format;
  const CityPlan& m_plan;
  std::unique_ptr<ShapefileWriter> m_pipes;
  std::unique_ptr<ShapefileWriter> m_manholes;
};

}  // namespace pwgen
