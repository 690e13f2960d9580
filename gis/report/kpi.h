#pragma once
// Per-district and city KPIs of the rectification work for a period (docs/domain.md §7), every number traceable to the
// orders behind it (ordersBehind). Definitions, for a period [from, to] and its reference day (the period's last day,
// or today when the period is still running):
//   due            orders issued (not draft, not cancelled) whose deadline falls in the period
//   completion     due orders closed by the reference day / due                              (整改完成率)
//   on-time        due orders closed on or before their deadline /
//                  (due orders closed + due orders past their deadline and not closed)        (按期整改率)
//   overdue        open issued orders whose deadline is before the reference day, whatever the period (超期数)
//   days to close  mean of (closed - issued) in days over orders closed within the period   (平均整改时长)
//   return rate    returns / submissions, events within the period                          (退回率)
//   open by state  issued orders not closed or cancelled, by their state on the reference day
//   defects per km defects of each grade on the latest inspections, per inspected km
//   misconnections the points recorded, their density per km of separate sewer and its grade (T/CECS 758)
// The ranking orders districts by completion rate, then on-time rate, then fewer overdue orders.
//
// How the definitions are read (choices where they leave room):
// - Snapshot on the reference day. Every order figure is what it was on the reference day: an order counts only if it
//   was issued by then, and it is open, closed or cancelled as it was that day (rebuilt from its events when it has
//   changed since). So "not cancelled" means not cancelled by the reference day, "closed" means closed by then, and
//   a finished period's figures do not move when orders are closed or cancelled later. The exception is the deadline:
//   the order's current one counts (an approved extension from a suspension, or an edit, replaces the old one; edits
//   leave no event to rebuild it from).
// - Days are the project's dates, in its time zone (rules/project_time.h; Asia/Shanghai by default), as today and the
//   deadlines are; the timestamps (…Z) are UTC: an order closed at 2026-03-10T20:00:00Z was closed on 2026-03-11 in
//   China, and a period's first day begins at 16:00 UTC of the day before. "Past the deadline" is
//   deadline < reference day (an order due on the reference day is not late yet), as OrderRecord::overdue has it; "on
//   or before the deadline" compares the closing date with the deadline.
// - A period that has not begun has today as its reference day (nothing of it is due or closed yet; overdue is
//   today's).
// - Days to close are exact: (closed_at - issued_at) in days with fractions (36.5 for 36 days and 12 hours), over the
//   orders closed within the period up to the reference day, suspended time included.
// - Submissions and returns are the submit and return events from the period's first day to its reference day, one
//   count per event (an order returned twice counts twice).
// - openByState lists every open state (issued, accepted, in_progress, submitted, returned, suspended), zeros too.
// - Network figures are those of the assessment report (assessDistricts), by district id: the inspected length is the
//   length of the pipes with at least one inspection; the latest inspection of a pipe is the one with the last date,
//   then the last recorded; a rate per km is 0 when nothing was inspected. The separate sewer is the rain and sewage
//   pipes (not combined ones); misconnectionDensity and densityGrade are empty without any, and densityGrade is the
//   catalogue level's Chinese name (轻度, 中度, 重度).
// - The city is the sum of its districts (pipes, points and orders outside every district are not counted; orders
//   always have one), and its rates are computed from those sums, never averaged.
// - Ranking: a rate beats no rate (a district with nothing due ranks after every district with something due);
//   districts equal on all three keys share a rank, the next rank skipping (1, 2, 2, 4), and are listed by code.
//   With onlyDistrict, that district's rank is still its rank among all, and the city stays the whole city.
// - The dates of a Period must be real dates with from <= to (BadInput otherwise); parsePeriod ignores blanks around
//   the text and takes the quarter's Q in either case.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "report/period.h"

namespace pw {

class Project;
struct ProjectCatalogues;

struct DistrictKpi {
  std::int64_t districtId = 0;  ///< 0 for the city
  std::string code;
  std::string name;
  std::int64_t due = 0;
  std::int64_t closedOfDue = 0;
  std::optional<double> completionRate;  ///< empty when nothing was due
  std::int64_t closedOnTime = 0;
  std::int64_t lateOpen = 0;  ///< due, past the deadline and not closed
  std::optional<double> onTimeRate;
  std::int64_t overdue = 0;
  std::int64_t closedInPeriod = 0;
  std::optional<double> averageDaysToClose;
  std::int64_t submissions = 0;
  std::int64_t returns = 0;
  std::optional<double> returnRate;
  std::map<std::string, std::int64_t> openByState;  ///< state key -> count
  double inspectedKm = 0;
  std::array<std::int64_t, 4> defectsByGrade{};  ///< grade 1..4
  std::array<double, 4> defectsPerKm{};
  std::int64_t misconnections = 0;
  double separateKm = 0;
  std::optional<double> misconnectionDensity;  ///< per km of separate sewer
  std::string densityGrade;                    ///< the catalogue's name of the degree, empty when no density
  int rank = 0;                                ///< 1 = best; 0 for the city
};

struct KpiReport {
  Period period;
  std::string referenceDay;
  std::vector<DistrictKpi> districts;  ///< in rank order
  DistrictKpi city;
};

/// KPIs of every district (or one) and of the city for the period.
KpiReport computeKpis(Project& project, const ProjectCatalogues& catalogues, const Period& period,
                      std::optional<std::int64_t> onlyDistrict = std::nullopt);

/// The orders behind a number: metric is due, closed_of_due, closed_on_time, late_open, overdue, closed_in_period,
/// returned, or open:<state>. District 0 or empty means the city. BadInput for an unknown metric.
/// Also submitted (the submissions). Each list has exactly as many entries as its number: ordered by order id, except
/// returned and submitted, which hold one entry per event in the order they happened (an order returned twice is
/// listed twice). NotFound for a district that does not exist (computeKpis too, for onlyDistrict).
std::vector<std::int64_t> ordersBehind(Project& project, const Period& period, std::optional<std::int64_t> districtId,
                                       const std::string& metric);

}  // namespace pw
