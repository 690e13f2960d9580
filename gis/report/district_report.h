#pragma once
// What the district report and the city summary say (the numbers and tables, not how they are drawn): for a period,
// the KPIs of the district against the city's (report/kpi.h, so every number is the KPI's and traceable with
// ordersBehind), its place in the ranking of all districts, its network, defects per km by grade, and the orders
// overdue on the reference day with their age, most overdue first. The city summary has the same for every district
// side by side. The PDF (app/render/report_pdf.h) and the .xlsx (report/report_xlsx.h) are drawn from these structs.
//
// Reports only read, so anyone who may open the project may produce any report of any district (the single-file
// project's users attribute changes, they do not restrict reading); the CLI still checks that the acting user exists.
//
// Definitions:
// - The overdue orders are exactly those the KPI counts as overdue (ordersBehind "overdue"), in the state they were in
//   on the reference day. Days overdue = reference day - deadline; age = reference day - the day it was issued.
// - Network: pipes and their length by drainage type (all pipes of the district), manholes; the inspected length and
//   the defects are those of the KPIs (the latest inspection of each pipe).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "geom/types.h"
#include "report/kpi.h"
#include "report/report_text.h"

namespace pw {

class Project;
struct ProjectCatalogues;

/// One overdue order as the report lists it.
struct OverdueOrder {
  std::int64_t id = 0;
  std::string number;
  std::string district;  ///< its name
  std::string kind;      ///< key
  std::string state;     ///< key, on the reference day
  std::string priority;  ///< key
  std::string assignee;
  std::string issuedOn;  ///< YYYY-MM-DD
  std::string deadline;  ///< YYYY-MM-DD
  int daysOverdue = 0;
  int ageDays = 0;
  std::string findings;  ///< the linked findings in a few words, "; "-separated
  std::string location;  ///< the road of the first finding, when known
};

struct NetworkFacts {
  std::int64_t pipes = 0;
  double lengthKm = 0;
  std::array<double, 4> lengthKmByDrainage{};  ///< rain, sewage, combined, unknown
  std::int64_t manholes = 0;
};

/// One line of the KPI table: the district's value and the city's.
struct KpiLine {
  enum class Unit { Count, Rate, Days, Km, PerKm };
  const char* label = "";  ///< PW_TR-marked
  Unit unit = Unit::Count;
  std::optional<double> value;
  std::string detail;  ///< the fraction behind a rate ("5/8"), else empty
  std::optional<double> cityValue;
  std::string cityDetail;
};

struct DistrictReport {
  Period period;
  std::string referenceDay;
  std::string generatedOn;  ///< today
  std::string projectName;  ///< the project file's name without its folder and extension
  DistrictKpi kpi;          ///< the district's, with its rank
  DistrictKpi city;
  std::vector<DistrictKpi> ranking;  ///< every district in rank order
  NetworkFacts network;
  std::vector<OverdueOrder> overdue;  ///< most days overdue first, then by number
  Box extent;                         ///< the district's boundary box (empty when it has no geometry)

  /// The KPI table (district and city), in the order printed.
  std::vector<KpiLine> kpiLines() const;
};

/// The KPI table of any district (or the city) against the city, in the order printed.
std::vector<KpiLine> kpiLines(const DistrictKpi& district, const DistrictKpi& city);

struct CityReport {
  Period period;
  std::string referenceDay;
  std::string generatedOn;
  std::string projectName;
  std::vector<DistrictKpi> ranking;    ///< every district in rank order
  std::vector<NetworkFacts> networks;  ///< parallel to ranking
  DistrictKpi city;
  NetworkFacts cityNetwork;
  std::vector<OverdueOrder> overdue;  ///< the most overdue of the city (at most `overdueLimit`)
  std::int64_t overdueTotal = 0;      ///< the city's overdue count (the KPI)
};

/// The report of one district (BadInput for a bad period, NotFound for a district that does not exist).
/// `tr` words the labels of deleted findings.
DistrictReport buildDistrictReport(Project& project, const ProjectCatalogues& catalogues, const Period& period,
                                   std::int64_t districtId, const Translate& tr = {});

/// The city summary; its overdue list holds the `overdueLimit` most overdue orders of the city.
CityReport buildCityReport(Project& project, const ProjectCatalogues& catalogues, const Period& period,
                           std::size_t overdueLimit = 30, const Translate& tr = {});

}  // namespace pw
