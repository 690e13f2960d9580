#pragma once
// What the separation programme report says (the numbers and tables, not how they are drawn): the rain/sewage
// separation projects (雨污分流改造) planned for a year, or for every year, in the whole city or one district, each
// with its areas, scope, budget and progress (plan/separation.h computes them; this only gathers them), the programme's
// totals and its projects by status; then the shortlist for the next programme: the best-ranked candidate areas
// (plan/planning.h) that no project covers yet, with their totals as if one project took them all. The PDF
// (app/render/report_pdf.h) and the .xlsx (report/report_xlsx.h) are drawn from this struct.
//
// Definitions:
// - A project is in a district's programme when at least one of its areas lies in that district; its figures are the
//   whole project's (a project is not split between districts).
// - Combined length: the length of the combined pipes in the project's scope (the new sewer that parallels them).
// - Households: of the project's areas whose count is recorded (areasWithoutHouseholds says how many are not).
// - Progress: findings (misconnection points and defects) in scope that are closed / findings in scope
//   (SeparationStore::progress). The programme's progress adds the counts of its projects.
// - Candidates: areas of the district (or city) in no separation project of any year, with something to separate
//   (an open misconnection point, a combined pipe or a mixed-flow manhole), in rank order, renumbered from 1; at most
//   `candidateLimit`. Their totals are selectionTotals() of the shortlist.
// Reports only read.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geom/types.h"
#include "plan/planning.h"
#include "plan/separation.h"
#include "report/report_text.h"

namespace pw {

class Project;
struct ProjectCatalogues;

struct ProgrammeArea {
  std::int64_t id = 0;
  std::string name;
  std::string district;
  std::optional<std::int64_t> households;
};

struct ProgrammeOrder {
  std::int64_t id = 0;
  std::string number;
  std::string state;  ///< key, today
};

struct ProgrammeProject {
  std::int64_t id = 0;
  std::string name;
  int plannedYear = 0;
  SeparationStatus status = SeparationStatus::Planning;
  std::vector<ProgrammeArea> areas;
  std::int64_t households = 0;
  int misconnections = 0, defects = 0, pipes = 0, manholes = 0;  ///< scope items by kind
  int combinedPipes = 0;
  double combinedLengthM = 0;
  BudgetEstimate budget;
  SeparationProgress progress;
  std::vector<ProgrammeOrder> orders;
};

struct ProgrammeStatusCount {
  SeparationStatus status = SeparationStatus::Planning;
  int projects = 0;
  double budget = 0;
};

struct ProgrammeTotals {
  int projects = 0;
  int areas = 0;
  double budget = 0;
  std::int64_t households = 0;
  int combinedPipes = 0;
  double combinedLengthM = 0;
  SeparationProgress progress;
  int orders = 0;
};

/// A candidate area of the shortlist: its ranking figures and the catalogue's name of its highest degree.
struct ProgrammeCandidate {
  RankedArea area;         ///< rank renumbered among the candidates
  std::string degreeName;  ///< empty when no open point is graded
};

struct SeparationReportRequest {
  std::optional<int> plannedYear;          ///< none: every year
  std::optional<std::int64_t> districtId;  ///< none: the whole city
  std::size_t candidateLimit = 10;
};

struct SeparationReport {
  std::optional<int> plannedYear;
  std::optional<std::int64_t> districtId;
  std::string districtName;  ///< empty for the whole city
  std::string generatedOn;
  std::string projectName;  ///< the project file's name without folder and extension
  std::string currency;
  bool ownCosts = false;  ///< the project's own unit costs; otherwise the shipped placeholders (unconfirmed)
  double weightMisconnection = 0, weightFlow = 0, weightGrade = 0;  ///< of the ranking score (planning.h)
  std::vector<ProgrammeProject> projects;                           ///< by planned year, then name
  ProgrammeTotals totals;
  std::vector<ProgrammeStatusCount> byStatus;  ///< every status in workflow order, also those with no project
  std::vector<ProgrammeCandidate> candidates;
  SelectionTotals candidateTotals;
  std::vector<std::int64_t> areaIds;  ///< the programme's areas (for the map)
  Box extent;                         ///< of the programme's areas; empty without projects
};

/// A budget line's item in the report's language: "new sewer, DN (300, 400] mm", "household connections" ...
std::string budgetItemName(const Translate& tr, const BudgetLine& line);
/// The unit of its quantity: metres for new pipe; empty for the counts (households, manholes, points).
std::string budgetUnitName(const Translate& tr, const BudgetLine& line);

/// The programme's year ("2027", or "all years"), its extent (the district's name, or "the whole city") and where its
/// unit costs come from, in the report's language: the words the PDF and the .xlsx share.
std::string programmeYearText(const Translate& tr, const SeparationReport& report);
std::string programmeDistrictText(const Translate& tr, const SeparationReport& report);
std::string programmeCostsText(const Translate& tr, const SeparationReport& report);

/// The programme report. NotFound for a district that does not exist; BadInput for a year outside 2000-2100.
SeparationReport buildSeparationReport(Project& project, const ProjectCatalogues& catalogues,
                                       const SeparationReportRequest& request);

}  // namespace pw
