#pragma once
// The plausibility limits PipeWard checks values against: data, not code (schemas/catalogues/limits.json, where each
// one has a note saying why it is where it is). Read once per process and checked when read: a missing or malformed
// entry is refused naming the file and the key.
#include <cstdint>
#include <map>
#include <string>

namespace pw {

struct Bounds {
  double min = 0;
  double max = 0;
};

struct Limits {
  std::string defaultTimeZone;
  double extentMarginM = 0;
  std::string earliestDate;  ///< YYYY-MM-DD
  int deadlineHorizonDays = 0;
  double inspectedLengthMaxRatio = 0;
  double inspectedLengthSlackM = 0;
  std::map<std::string, Bounds> waterQuality;  ///< cod_mg_l, nh3n_mg_l, flow_m3d, inflow_diameter_mm
  std::int64_t photoMaxBytes = 0;
  std::int64_t evidenceMaxBytes = 0;
  std::int64_t imageMaxPixels = 0;
  std::size_t userNameMaxBytes = 0;

  /// Parses limits (throws BadInput naming `source` and the key).
  static Limits parse(const std::string& json, const std::string& source);
};

/// The limits of schemas/catalogues/limits.json, read on first use.
const Limits& limits();

}  // namespace pw
