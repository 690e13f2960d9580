#pragma once
// Assessment of the project as it stands, computed from the records on demand so it is never stale: every inspected
// pipe (its latest inspection), every district (grades, defects per km, misconnection density) and every rain
// outfall's catchment (misconnection density, the unit T/CECS 758 evaluates).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "inspect/assessment.h"
#include "inspect/misconnection_grading.h"

namespace pw {

class Project;
class NetworkGraph;

struct PipeAssessment {
  std::int64_t pipeId = 0;
  std::string code;
  std::string district;
  std::int64_t inspectionId = 0;
  std::string inspectedOn;
  double length = 0;
  std::optional<double> diameterMm;
  int defects = 0;  ///< recorded on the latest inspection
  SegmentAssessment result;
};

/// Assesses every pipe with an inspection (or one pipe). K and T come from the pipe, else the project's defaults
/// (project_meta assess_k / assess_t), else the catalogue's.
std::vector<PipeAssessment> assessPipes(Project& project, const DefectCatalogue& catalogue,
                                        std::optional<std::int64_t> onlyPipe = std::nullopt,
                                        std::optional<std::int64_t> onlyDistrict = std::nullopt);

struct DistrictAssessment {
  std::int64_t districtId = 0;
  std::string code;
  std::string name;
  std::int64_t pipes = 0;
  double lengthKm = 0;
  std::int64_t inspectedPipes = 0;
  double inspectedKm = 0;
  std::array<std::int64_t, 4> structuralGrades{};  ///< pipes at grade I..IV
  std::array<std::int64_t, 4> functionalGrades{};
  std::array<std::int64_t, 4> riGrades{};
  std::array<std::int64_t, 4> miGrades{};
  std::array<std::int64_t, 4> defectsByGrade{};  ///< defects of grade 1..4 on the latest inspections
  std::array<double, 4> defectsPerKm{};          ///< per inspected km
  std::int64_t misconnections = 0;
  double separateKm = 0;  ///< rain and sewage pipes: the surveyed separate system
  DensityGrade density;   ///< misconnections per km of it
};

std::vector<DistrictAssessment> assessDistricts(Project& project, const std::vector<PipeAssessment>& pipes,
                                                const MisconnectionCatalogue& misconnections);

struct CatchmentAssessment {
  std::int64_t outfallId = 0;
  std::string outfallCode;
  std::int64_t pipes = 0;
  double lengthKm = 0;
  std::int64_t misconnections = 0;
  DensityGrade density;
};

/// One row per rain outfall: the rain pipes draining to it and the misconnections on them or their manholes.
std::vector<CatchmentAssessment> assessRainCatchments(Project& project, const NetworkGraph& graph,
                                                      const MisconnectionCatalogue& misconnections);

/// Index 0..3 of a grade "I".."IV", or -1.
int gradeIndex(const std::string& grade);

}  // namespace pw
