#pragma once
// T/CECS 758-2020 section 7: the degree of one misconnection point from its indicators (inflow pipe diameter,
// outflow, NH3-N, COD), the highest indicator deciding, and the regional degree from the density M = N / L.
#include <map>
#include <optional>
#include <string>

#include "inspect/catalogue.h"

namespace pw {

struct MisconnectionIndicators {
  std::optional<double> inflowDiameterMm;
  std::optional<double> flowM3d;
  std::optional<double> nh3nMgL;
  std::optional<double> codMgL;
};

struct PointGrade {
  int level = 0;                      ///< 1 slight, 2 moderate, 3 severe; 0 when no indicator is known
  std::string decidedBy;              ///< the indicator key that gave the level
  std::map<std::string, int> levels;  ///< the level of each known indicator
};

PointGrade gradeMisconnection(const MisconnectionCatalogue& catalogue, const MisconnectionIndicators& indicators);

/// The regional level for `count` points on `lengthKm` of surveyed pipe (0 when there is no length).
struct DensityGrade {
  double perKm = 0;
  int level = 0;
};
DensityGrade gradeDensity(const MisconnectionCatalogue& catalogue, std::int64_t count, double lengthKm);

}  // namespace pw
