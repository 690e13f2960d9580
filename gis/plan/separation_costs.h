#pragma once
// The unit costs of separation works and the weights of the planning ranking: data, not code
// (schemas/catalogues/separation-costs.json), which a project may replace with its own (project_meta
// separation_costs). The budget formula is stated in that file and implemented by estimateBudget (separation.h).
#include <string>
#include <utility>
#include <vector>

#include "core/band.h"

namespace pw {

class Project;

struct CostBand {
  Band diameterMm;
  double costPerM = 0;
};

struct SeparationCosts {
  std::string currency = "CNY";
  /// What a combined pipe becomes after separation: "rain" (a new sewer is laid beside it) or "sewage".
  std::string combinedBecomes = "rain";
  double diameterWhenUnknownMm = 400;
  std::vector<CostBand> sewagePerM;  ///< new sewer per metre by diameter class
  std::vector<CostBand> rainPerM;    ///< new rain pipe per metre by diameter class
  double perHousehold = 0;
  double perManhole = 0;
  double perMisconnection = 0;
  double weightMisconnection = 10;
  double weightFlow = 0.1;
  double weightGrade = 20;

  /// Parses costs (throws BadInput naming `source` and the key for a missing, negative or overlapping value).
  static SeparationCosts parse(const std::string& json, const std::string& source);
  /// The band of `system` ("rain" or "sewage") holding the diameter, or null when none does.
  const CostBand* band(const std::string& system, double diameterMm) const;
};

/// The project's costs: its own (project_meta separation_costs) or the shipped defaults.
SeparationCosts loadSeparationCosts(Project& project);
/// The JSON text in force and where it comes from (for `plan costs show`).
std::pair<std::string, std::string> separationCostsText(Project& project);
/// Replaces the project's costs after checking them. Planners and city administrators only (Permission otherwise).
void setSeparationCosts(Project& project, const std::string& json, const std::string& source, const std::string& user);

}  // namespace pw
