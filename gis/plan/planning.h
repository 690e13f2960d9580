#pragma once
// The planning view: candidate areas ranked for next year's separation programme, and the totals of a selection.
//
// score = weight_misconnection x N + weight_flow x Q + weight_grade x G, where N is the number of open misconnection
// points in or linked to the area, Q their dry-weather flow (m3/d, summed; a point without a measured flow adds 0) and
// G the highest degree among them (1 slight .. 3 severe, 0 none). The weights are data (separation-costs.json
// "ranking"). Ties go to the longer combined pipe length, then the name.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "plan/communities.h"
#include "plan/separation.h"

namespace pw {

class Project;
struct ProjectCatalogues;

double rankScore(const SeparationCosts& costs, int openMisconnections, double flowM3d, int highestGrade);

struct RankedArea {
  int rank = 0;
  Community community;  ///< without its polygons
  int openMisconnections = 0;
  double flowM3d = 0;
  int highestGrade = 0;
  int combinedPipes = 0;
  double combinedLengthM = 0;
  int mixedManholes = 0;
  double score = 0;
  std::vector<std::string> projects;  ///< separation projects already covering the area
};

struct RankRequest {
  std::optional<std::int64_t> districtId;
  std::size_t top = 0;  ///< 0: all
};

/// Every area (of the district), best candidate first.
std::vector<RankedArea> rankAreas(Project& project, const ProjectCatalogues& catalogues, const SeparationCosts& costs,
                                  const RankRequest& request);

struct SelectionTotals {
  std::vector<std::int64_t> areas;
  int combinedPipes = 0;
  double combinedLengthM = 0;
  int openMisconnections = 0;
  std::int64_t households = 0;
  BudgetEstimate budget;  ///< of a project on these areas with the automatic scope
};

/// Totals for a selection of areas (ids; NotFound for an unknown one), as if one project covered them.
SelectionTotals selectionTotals(Project& project, const ProjectCatalogues& catalogues,
                                const std::vector<std::int64_t>& areas);

}  // namespace pw
