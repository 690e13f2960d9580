#include "inspect/misconnection_grading.h"

namespace pw {

PointGrade gradeMisconnection(const MisconnectionCatalogue& catalogue, const MisconnectionIndicators& in) {
  PointGrade g;
  const std::map<std::string, std::optional<double>> values = {{"inflow_diameter_mm", in.inflowDiameterMm},
                                                               {"flow_m3d", in.flowM3d},
                                                               {"nh3n_mg_l", in.nh3nMgL},
                                                               {"cod_mg_l", in.codMgL}};
  for (const auto& indicator : catalogue.indicators()) {
    const auto it = values.find(indicator.key);
    if (it == values.end() || !it->second) continue;
    for (const auto& [band, level] : indicator.bands) {
      if (!band.contains(*it->second)) continue;
      g.levels[indicator.key] = level;
      if (level > g.level) {  // the highest grade of any indicator wins
        g.level = level;
        g.decidedBy = indicator.key;
      }
      break;
    }
  }
  return g;
}

DensityGrade gradeDensity(const MisconnectionCatalogue& catalogue, std::int64_t count, double lengthKm) {
  DensityGrade d;
  if (lengthKm <= 0) return d;
  d.perKm = static_cast<double>(count) / lengthKm;
  for (const auto& [band, level] : catalogue.densityBands()) {
    if (band.contains(d.perKm)) {
      d.level = level;
      break;
    }
  }
  return d;
}

}  // namespace pw
