// Excel output of the registers and reports (report_xlsx.h) through io/xlsx.h. Every sheet starts with its header
// row (so the sheet reads back as a table), frozen, with an autofilter.
#include "report/report_xlsx.h"

#include "core/error.h"
#include "io/xlsx.h"

namespace pw {
namespace {

using xlsx::Style;

struct Column {
  const char* heading;  ///< PW_TR-marked
  double width;         ///< characters (a Chinese character counts two)
};

/// A sheet with its translated header row, widths, frozen header and filter over `rows` data rows.
xlsx::Sheet tableSheet(xlsx::Workbook& book, const char* name, const std::vector<Column>& columns, std::size_t rows,
                       const Translate& tr) {
  auto sheet = book.addSheet(reportText(tr, name));
  std::vector<std::string> headings;
  std::vector<double> widths;
  for (const auto& c : columns) {
    headings.push_back(reportText(tr, c.heading));
    widths.push_back(c.width);
  }
  sheet.header(0, headings);
  sheet.widths(widths);
  sheet.freezeRows(1);
  sheet.filter(0, static_cast<std::uint32_t>(rows), static_cast<std::uint16_t>(columns.size()));
  return sheet;
}

std::string yes(bool flag, const Translate& tr) { return flag ? reportText(tr, PW_TR("yes")) : std::string(); }

std::string methodName(const std::string& key, const Translate& tr) {
  if (key == "cctv") return "CCTV";
  if (key == "qv") return reportText(tr, PW_TR("periscope (QV)"));
  if (key == "sonar") return reportText(tr, PW_TR("sonar"));
  if (key == "visual") return reportText(tr, PW_TR("visual"));
  return key;
}

std::string classText(const std::string& key, const Translate& tr) {
  if (key == "structural") return reportText(tr, PW_TR("structural defect"));
  if (key == "functional") return reportText(tr, PW_TR("functional defect"));
  return key;
}

void point(xlsx::Sheet& s, std::uint32_t row, std::uint16_t col, const std::optional<Point>& at) {
  s.optionalNumber(row, col, at ? std::optional(at->x) : std::nullopt, Style::Decimal2);
  s.optionalNumber(row, static_cast<std::uint16_t>(col + 1), at ? std::optional(at->y) : std::nullopt, Style::Decimal2);
}

/// The report's facts, one label and value per row.
void factsSheet(xlsx::Workbook& book, const std::vector<std::pair<const char*, std::string>>& facts,
                const Translate& tr) {
  auto sheet = tableSheet(book, PW_TR("Report"), {{PW_TR("Item"), 24}, {PW_TR("Value"), 40}}, facts.size(), tr);
  std::uint32_t row = 1;
  for (const auto& [label, value] : facts) {
    sheet.text(row, 0, reportText(tr, label));
    sheet.text(row, 1, value);
    ++row;
  }
}

std::string rankText(const DistrictKpi& k, std::size_t of) {
  return std::to_string(k.rank) + " / " + std::to_string(of);
}

Style styleOf(KpiLine::Unit unit) {
  switch (unit) {
    case KpiLine::Unit::Count: return Style::Integer;
    case KpiLine::Unit::Rate: return Style::Percent;
    case KpiLine::Unit::Days: return Style::Decimal1;
    case KpiLine::Unit::Km:
    case KpiLine::Unit::PerKm: return Style::Decimal2;
  }
  return Style::Decimal2;
}

std::int64_t totalDefects(const DistrictKpi& k) {
  return k.defectsByGrade[0] + k.defectsByGrade[1] + k.defectsByGrade[2] + k.defectsByGrade[3];
}
double totalPerKm(const DistrictKpi& k) {
  return k.defectsPerKm[0] + k.defectsPerKm[1] + k.defectsPerKm[2] + k.defectsPerKm[3];
}

/// The districts in rank order with the KPIs that rank them.
void rankingSheet(xlsx::Workbook& book, const std::vector<DistrictKpi>& ranking, const Translate& tr) {
  auto s = tableSheet(book, PW_TR("Ranking"),
                      {{PW_TR("Rank"), 6},
                       {PW_TR("District"), 12},
                       {PW_TR("Due"), 8},
                       {PW_TR("Completion rate"), 12},
                       {PW_TR("On-time rate"), 12},
                       {PW_TR("Overdue"), 8},
                       {PW_TR("Average days to close"), 12},
                       {PW_TR("Return rate"), 10},
                       {PW_TR("Defects per km"), 10},
                       {PW_TR("Misconnections per km"), 12}},
                      ranking.size(), tr);
  std::uint32_t row = 1;
  for (const auto& k : ranking) {
    s.number(row, 0, k.rank, Style::Integer);
    s.text(row, 1, k.name);
    s.number(row, 2, static_cast<double>(k.due), Style::Integer);
    s.optionalNumber(row, 3, k.completionRate, Style::Percent);
    s.optionalNumber(row, 4, k.onTimeRate, Style::Percent);
    s.number(row, 5, static_cast<double>(k.overdue), Style::Integer);
    s.optionalNumber(row, 6, k.averageDaysToClose, Style::Decimal1);
    s.optionalNumber(row, 7, k.returnRate, Style::Percent);
    s.number(row, 8, totalPerKm(k), Style::Decimal2);
    s.optionalNumber(row, 9, k.misconnectionDensity, Style::Decimal2);
    ++row;
  }
}

void overdueSheet(xlsx::Workbook& book, const std::vector<OverdueOrder>& orders, bool withDistrict,
                  const Translate& tr) {
  std::vector<Column> columns{{PW_TR("Order number"), 16}};
  if (withDistrict) columns.push_back({PW_TR("District"), 10});
  columns.insert(columns.end(), {{PW_TR("Kind"), 12},
                                 {PW_TR("State"), 10},
                                 {PW_TR("Priority"), 8},
                                 {PW_TR("Assignee"), 14},
                                 {PW_TR("Issued"), 12},
                                 {PW_TR("Deadline"), 12},
                                 {PW_TR("Days overdue"), 10},
                                 {PW_TR("Age (days)"), 10},
                                 {PW_TR("Findings"), 40},
                                 {PW_TR("Location"), 16}});
  auto s = tableSheet(book, PW_TR("Overdue orders"), columns, orders.size(), tr);
  std::uint32_t row = 1;
  for (const auto& o : orders) {
    std::uint16_t c = 0;
    s.text(row, c++, o.number);
    if (withDistrict) s.text(row, c++, o.district);
    s.text(row, c++, orderKindName(tr, o.kind));
    s.text(row, c++, orderStateName(tr, o.state));
    s.text(row, c++, priorityName(tr, o.priority));
    s.text(row, c++, o.assignee);
    s.date(row, c++, o.issuedOn);
    s.date(row, c++, o.deadline);
    s.number(row, c++, o.daysOverdue, Style::Integer);
    s.number(row, c++, o.ageDays, Style::Integer);
    s.text(row, c++, o.findings);
    s.text(row, c++, o.location);
    ++row;
  }
}

std::string periodText(const Period& p) { return p.label + " (" + p.from + " .. " + p.to + ")"; }

}  // namespace

void writeOrderLedgerXlsx(const std::vector<OrderLedgerRow>& rows, const std::string& path, const Translate& tr) {
  xlsx::Workbook book(path);
  auto s = tableSheet(book, PW_TR("Order ledger"),
                      {{PW_TR("Order number"), 16},
                       {PW_TR("District"), 10},
                       {PW_TR("Kind"), 12},
                       {PW_TR("Priority"), 8},
                       {PW_TR("Findings"), 40},
                       {PW_TR("Location"), 16},
                       {"X", 12},
                       {"Y", 12},
                       {PW_TR("Assignee"), 14},
                       {PW_TR("Issued"), 12},
                       {PW_TR("Deadline"), 12},
                       {PW_TR("State"), 10},
                       {PW_TR("Closed"), 12},
                       {PW_TR("Days"), 8},
                       {PW_TR("Overdue"), 8},
                       {PW_TR("Days overdue"), 10},
                       {PW_TR("Estimated cost (yuan)"), 14},
                       {PW_TR("Actual cost (yuan)"), 14},
                       {PW_TR("Description"), 30}},
                      rows.size(), tr);
  std::uint32_t row = 1;
  for (const auto& r : rows) {
    s.text(row, 0, r.number);
    s.text(row, 1, r.district);
    s.text(row, 2, orderKindName(tr, r.kind));
    s.text(row, 3, priorityName(tr, r.priority));
    s.text(row, 4, r.findings);
    s.text(row, 5, r.location);
    point(s, row, 6, r.at);
    s.text(row, 8, r.assignee);
    s.date(row, 9, r.issuedOn);
    s.date(row, 10, r.deadline);
    s.text(row, 11, orderStateName(tr, r.state));
    s.date(row, 12, r.closedOn);
    s.number(row, 13, r.days, Style::Integer);
    s.text(row, 14, yes(r.overdue, tr), Style::Alert);
    if (r.overdue) s.number(row, 15, r.daysOverdue, Style::Integer);
    s.optionalNumber(row, 16, r.estimatedCost, Style::Decimal2);
    s.optionalNumber(row, 17, r.actualCost, Style::Decimal2);
    s.text(row, 18, r.description);
    ++row;
  }
  book.close();
}

void writeDefectRegisterXlsx(const std::vector<DefectRegisterRow>& rows, const std::string& path, const Translate& tr) {
  xlsx::Workbook book(path);
  auto s = tableSheet(book, PW_TR("Defect register"),
                      {{PW_TR("Defect id"), 8},     {PW_TR("District"), 10},          {PW_TR("Pipe"), 12},
                       {PW_TR("Road"), 14},         {PW_TR("Drainage"), 8},           {PW_TR("Diameter (mm)"), 10},
                       {PW_TR("Defect code"), 8},   {PW_TR("Defect name"), 10},       {PW_TR("Class"), 12},
                       {PW_TR("Grade"), 6},         {PW_TR("Distance (m)"), 10},      {PW_TR("Length (m)"), 10},
                       {PW_TR("Clock"), 8},         {PW_TR("Inspected on"), 12},      {PW_TR("Method"), 10},
                       {PW_TR("Team"), 10},         {PW_TR("Latest inspection"), 10}, {PW_TR("Description"), 24},
                       {PW_TR("Order number"), 16}, {PW_TR("Order state"), 10}},
                      rows.size(), tr);
  std::uint32_t row = 1;
  for (const auto& r : rows) {
    s.number(row, 0, static_cast<double>(r.id), Style::Integer);
    s.text(row, 1, r.district);
    s.text(row, 2, r.pipe);
    s.text(row, 3, r.road);
    s.text(row, 4, r.drainage.empty() ? std::string() : drainageName(tr, r.drainage));
    s.optionalNumber(row, 5, r.diameterMm, Style::Integer);
    s.text(row, 6, r.code);
    s.text(row, 7, r.name);
    s.text(row, 8, classText(r.defectClass, tr));
    s.number(row, 9, r.grade, Style::Integer);
    s.number(row, 10, r.distanceM, Style::Decimal1);
    s.optionalNumber(row, 11, r.lengthM, Style::Decimal1);
    s.text(row, 12, r.clock);
    s.date(row, 13, r.inspectedOn);
    s.text(row, 14, methodName(r.method, tr));
    s.text(row, 15, r.team);
    s.text(row, 16, yes(r.latest, tr));
    s.text(row, 17, r.description);
    s.text(row, 18, r.order);
    s.text(row, 19, r.orderState.empty() ? std::string() : orderStateName(tr, r.orderState));
    ++row;
  }
  book.close();
}

void writeMisconnectionRegisterXlsx(const std::vector<MisconnectionRegisterRow>& rows, const std::string& path,
                                    const Translate& tr) {
  xlsx::Workbook book(path);
  auto s = tableSheet(book, PW_TR("Misconnection register"),
                      {{PW_TR("Point id"), 8},
                       {PW_TR("District"), 10},
                       {PW_TR("Manhole or pipe"), 12},
                       {PW_TR("Road"), 14},
                       {"X", 12},
                       {"Y", 12},
                       {PW_TR("Misconnection type"), 18},
                       {PW_TR("Source"), 12},
                       {PW_TR("Inflow diameter (mm)"), 10},
                       {PW_TR("Flow (m3/d)"), 10},
                       {PW_TR("NH3-N (mg/L)"), 10},
                       {PW_TR("COD (mg/L)"), 10},
                       {PW_TR("Degree"), 8},
                       {PW_TR("Status"), 10},
                       {PW_TR("Sampled on"), 12},
                       {PW_TR("Recorded on"), 12},
                       {PW_TR("Description"), 24},
                       {PW_TR("Order number"), 16},
                       {PW_TR("Order state"), 10}},
                      rows.size(), tr);
  std::uint32_t row = 1;
  for (const auto& r : rows) {
    s.number(row, 0, static_cast<double>(r.id), Style::Integer);
    s.text(row, 1, r.district);
    s.text(row, 2, r.place);
    s.text(row, 3, r.road);
    point(s, row, 4, r.at);
    s.text(row, 6, r.type);
    s.text(row, 7, r.source);
    s.optionalNumber(row, 8, r.inflowDiameterMm, Style::Integer);
    s.optionalNumber(row, 9, r.flowM3d, Style::Decimal2);
    s.optionalNumber(row, 10, r.nh3nMgL, Style::Decimal2);
    s.optionalNumber(row, 11, r.codMgL, Style::Decimal1);
    s.text(row, 12, r.degreeName);
    s.text(row, 13, r.status);
    s.date(row, 14, r.sampledOn);
    s.date(row, 15, r.recordedOn);
    s.text(row, 16, r.description);
    s.text(row, 17, r.order);
    s.text(row, 18, r.orderState.empty() ? std::string() : orderStateName(tr, r.orderState));
    ++row;
  }
  book.close();
}

void writeDistrictReportXlsx(const DistrictReport& report, const std::string& path, const Translate& tr) {
  xlsx::Workbook book(path);
  factsSheet(book,
             {{PW_TR("District"), report.kpi.name},
              {PW_TR("Period"), periodText(report.period)},
              {PW_TR("Figures as of"), report.referenceDay},
              {PW_TR("Generated on"), report.generatedOn},
              {PW_TR("Project"), report.projectName},
              {PW_TR("Rank among districts"), rankText(report.kpi, report.ranking.size())},
              {PW_TR("Pipes"), std::to_string(report.network.pipes)},
              {PW_TR("Network length (km)"), formatNumber(report.network.lengthKm, 2)},
              {PW_TR("Manholes"), std::to_string(report.network.manholes)}},
             tr);
  const auto lines = report.kpiLines();
  auto k = tableSheet(book, PW_TR("KPIs"),
                      {{PW_TR("Indicator"), 30},
                       {PW_TR("District"), 12},
                       {PW_TR("Fraction"), 10},
                       {PW_TR("City"), 12},
                       {PW_TR("City fraction"), 12}},
                      lines.size(), tr);
  std::uint32_t row = 1;
  for (const auto& l : lines) {
    k.text(row, 0, reportText(tr, l.label));
    k.optionalNumber(row, 1, l.value, styleOf(l.unit));
    k.text(row, 2, l.detail);
    k.optionalNumber(row, 3, l.cityValue, styleOf(l.unit));
    k.text(row, 4, l.cityDetail);
    ++row;
  }
  auto d = tableSheet(book, PW_TR("Defects per km"),
                      {{PW_TR("Grade"), 8},
                       {PW_TR("Defects"), 10},
                       {PW_TR("Per inspected km"), 14},
                       {PW_TR("City defects"), 12},
                       {PW_TR("City per inspected km"), 16}},
                      5, tr);
  for (std::size_t g = 0; g < 4; ++g) {
    const auto r = static_cast<std::uint32_t>(g + 1);
    d.text(r, 0, romanGrade(static_cast<int>(g + 1)));
    d.number(r, 1, static_cast<double>(report.kpi.defectsByGrade[g]), Style::Integer);
    d.number(r, 2, report.kpi.defectsPerKm[g], Style::Decimal2);
    d.number(r, 3, static_cast<double>(report.city.defectsByGrade[g]), Style::Integer);
    d.number(r, 4, report.city.defectsPerKm[g], Style::Decimal2);
  }
  d.text(5, 0, reportText(tr, PW_TR("Total")));
  d.number(5, 1, static_cast<double>(totalDefects(report.kpi)), Style::Integer);
  d.number(5, 2, totalPerKm(report.kpi), Style::Decimal2);
  d.number(5, 3, static_cast<double>(totalDefects(report.city)), Style::Integer);
  d.number(5, 4, totalPerKm(report.city), Style::Decimal2);
  rankingSheet(book, report.ranking, tr);
  overdueSheet(book, report.overdue, false, tr);
  book.close();
}

void writeCityReportXlsx(const CityReport& report, const std::string& path, const Translate& tr) {
  xlsx::Workbook book(path);
  factsSheet(book,
             {{PW_TR("Period"), periodText(report.period)},
              {PW_TR("Figures as of"), report.referenceDay},
              {PW_TR("Generated on"), report.generatedOn},
              {PW_TR("Project"), report.projectName},
              {PW_TR("Districts"), std::to_string(report.ranking.size())},
              {PW_TR("Pipes"), std::to_string(report.cityNetwork.pipes)},
              {PW_TR("Network length (km)"), formatNumber(report.cityNetwork.lengthKm, 2)},
              {PW_TR("Overdue orders (open)"), std::to_string(report.overdueTotal)}},
             tr);
  auto s = tableSheet(book, PW_TR("Districts compared"),
                      {{PW_TR("Rank"), 6},
                       {PW_TR("District"), 12},
                       {PW_TR("Network length (km)"), 12},
                       {PW_TR("Inspected length (km)"), 12},
                       {PW_TR("Due"), 8},
                       {PW_TR("Due and closed"), 10},
                       {PW_TR("Completion rate"), 12},
                       {PW_TR("On-time rate"), 12},
                       {PW_TR("Overdue"), 8},
                       {PW_TR("Closed in the period"), 10},
                       {PW_TR("Average days to close"), 12},
                       {PW_TR("Return rate"), 10},
                       {PW_TR("Misconnection points"), 10},
                       {PW_TR("Misconnections per km"), 12},
                       {PW_TR("Degree"), 8}},
                      report.ranking.size() + 1, tr);
  auto districtRow = [&](std::uint32_t row, const DistrictKpi& k, const NetworkFacts& n, bool city) {
    if (city) {
      s.text(row, 0, "-");
      s.text(row, 1, reportText(tr, PW_TR("City")), Style::Header);
    } else {
      s.number(row, 0, k.rank, Style::Integer);
      s.text(row, 1, k.name);
    }
    s.number(row, 2, n.lengthKm, Style::Decimal2);
    s.number(row, 3, k.inspectedKm, Style::Decimal2);
    s.number(row, 4, static_cast<double>(k.due), Style::Integer);
    s.number(row, 5, static_cast<double>(k.closedOfDue), Style::Integer);
    s.optionalNumber(row, 6, k.completionRate, Style::Percent);
    s.optionalNumber(row, 7, k.onTimeRate, Style::Percent);
    s.number(row, 8, static_cast<double>(k.overdue), Style::Integer);
    s.number(row, 9, static_cast<double>(k.closedInPeriod), Style::Integer);
    s.optionalNumber(row, 10, k.averageDaysToClose, Style::Decimal1);
    s.optionalNumber(row, 11, k.returnRate, Style::Percent);
    s.number(row, 12, static_cast<double>(k.misconnections), Style::Integer);
    s.optionalNumber(row, 13, k.misconnectionDensity, Style::Decimal2);
    s.text(row, 14, k.densityGrade);
  };
  std::uint32_t row = 1;
  for (std::size_t i = 0; i < report.ranking.size(); ++i)
    districtRow(row++, report.ranking[i], report.networks[i], false);
  districtRow(row, report.city, report.cityNetwork, true);

  auto d = tableSheet(book, PW_TR("Defects per km"),
                      {{PW_TR("District"), 12},
                       {PW_TR("Inspected length (km)"), 12},
                       {PW_TR("Grade I per km"), 10},
                       {PW_TR("Grade II per km"), 10},
                       {PW_TR("Grade III per km"), 10},
                       {PW_TR("Grade IV per km"), 10},
                       {PW_TR("Defects per km"), 10}},
                      report.ranking.size() + 1, tr);
  row = 1;
  auto densityRow = [&](const DistrictKpi& k, const std::string& name) {
    d.text(row, 0, name);
    d.number(row, 1, k.inspectedKm, Style::Decimal2);
    for (std::size_t g = 0; g < 4; ++g)
      d.number(row, static_cast<std::uint16_t>(2 + g), k.defectsPerKm[g], Style::Decimal2);
    d.number(row, 6, totalPerKm(k), Style::Decimal2);
    ++row;
  };
  for (const auto& k : report.ranking) densityRow(k, k.name);
  densityRow(report.city, reportText(tr, PW_TR("City")));
  overdueSheet(book, report.overdue, true, tr);
  book.close();
}

}  // namespace pw

namespace pw {
namespace {

std::string joinedAreas(const ProgrammeProject& p) {
  std::string out;
  for (const auto& a : p.areas) out += (out.empty() ? "" : "、") + a.name;
  return out;
}

std::string joinedOrders(const ProgrammeProject& p, const Translate& tr) {
  std::string out;
  for (const auto& o : p.orders) out += (out.empty() ? "" : "; ") + o.number + " (" + orderStateName(tr, o.state) + ")";
  return out;
}

std::string progressText(const SeparationProgress& p) {
  return std::to_string(p.closed) + "/" + std::to_string(p.findings) +
         (p.findings ? " (" + formatNumber(p.share() * 100, 1) + "%)" : std::string());
}

}  // namespace

void writeSeparationReportXlsx(const SeparationReport& report, const std::string& path, const Translate& tr) {
  xlsx::Workbook book(path);
  const auto& t = report.totals;
  const auto& c = report.candidateTotals;
  factsSheet(book,
             {{PW_TR("Planned year"), programmeYearText(tr, report)},
              {PW_TR("District"), programmeDistrictText(tr, report)},
              {PW_TR("Generated on"), report.generatedOn},
              {PW_TR("Project"), report.projectName},
              {PW_TR("Unit costs"), programmeCostsText(tr, report)},
              {PW_TR("Separation projects"), std::to_string(t.projects)},
              {PW_TR("Areas"), std::to_string(t.areas)},
              {PW_TR("Households"), std::to_string(t.households)},
              {PW_TR("Combined length (m)"), formatNumber(t.combinedLengthM, 1)},
              {PW_TR("Budget"), formatNumber(t.budget, 2) + " " + report.currency},
              {PW_TR("Findings closed / in scope"), progressText(t.progress)},
              {PW_TR("Linked orders"), std::to_string(t.orders)},
              {PW_TR("Candidate areas"), std::to_string(report.candidates.size())},
              {PW_TR("Candidates' households"), std::to_string(c.households)},
              {PW_TR("Candidates' combined length (m)"), formatNumber(c.combinedLengthM, 1)},
              {PW_TR("Candidates' open misconnection points"), std::to_string(c.openMisconnections)},
              {PW_TR("Candidates' budget"), formatNumber(c.budget.total, 2) + " " + report.currency}},
             tr);

  auto p = tableSheet(book, PW_TR("Separation projects"),
                      {{PW_TR("Project"), 24},
                       {PW_TR("Planned year"), 8},
                       {PW_TR("Status"), 10},
                       {PW_TR("Areas"), 24},
                       {PW_TR("Households"), 10},
                       {PW_TR("Misconnection points"), 10},
                       {PW_TR("Defects"), 8},
                       {PW_TR("Pipes"), 8},
                       {PW_TR("Manholes"), 8},
                       {PW_TR("Combined length (m)"), 12},
                       {PW_TR("Budget (yuan)"), 16},
                       {PW_TR("Findings in scope"), 10},
                       {PW_TR("Findings closed"), 10},
                       {PW_TR("Progress"), 10},
                       {PW_TR("Orders"), 30}},
                      report.projects.size(), tr);
  std::uint32_t row = 1;
  for (const auto& x : report.projects) {
    p.text(row, 0, x.name);
    p.number(row, 1, x.plannedYear, Style::Integer);
    p.text(row, 2, separationStatusName(tr, separationStatusKey(x.status)));
    p.text(row, 3, joinedAreas(x));
    p.number(row, 4, static_cast<double>(x.households), Style::Integer);
    p.number(row, 5, x.misconnections, Style::Integer);
    p.number(row, 6, x.defects, Style::Integer);
    p.number(row, 7, x.pipes, Style::Integer);
    p.number(row, 8, x.manholes, Style::Integer);
    p.number(row, 9, x.combinedLengthM, Style::Decimal1);
    p.number(row, 10, x.budget.total, Style::Decimal2);
    p.number(row, 11, x.progress.findings, Style::Integer);
    p.number(row, 12, x.progress.closed, Style::Integer);
    p.optionalNumber(row, 13, x.progress.findings ? std::optional(x.progress.share()) : std::nullopt, Style::Percent);
    p.text(row, 14, joinedOrders(x, tr));
    ++row;
  }

  auto s = tableSheet(book, PW_TR("By status"),
                      {{PW_TR("Status"), 12}, {PW_TR("Projects"), 8}, {PW_TR("Budget (yuan)"), 16}},
                      report.byStatus.size(), tr);
  row = 1;
  for (const auto& b : report.byStatus) {
    s.text(row, 0, separationStatusName(tr, separationStatusKey(b.status)));
    s.number(row, 1, b.projects, Style::Integer);
    s.number(row, 2, b.budget, Style::Decimal2);
    ++row;
  }

  std::size_t lines = 0;
  for (const auto& x : report.projects) lines += x.budget.lines.size();
  auto b = tableSheet(book, PW_TR("Budget lines"),
                      {{PW_TR("Project"), 24},
                       {PW_TR("Item"), 30},
                       {PW_TR("Quantity"), 10},
                       {PW_TR("Unit"), 8},
                       {PW_TR("Unit cost (yuan)"), 12},
                       {PW_TR("Amount (yuan)"), 16}},
                      lines, tr);
  row = 1;
  for (const auto& x : report.projects) {
    for (const auto& l : x.budget.lines) {
      b.text(row, 0, x.name);
      b.text(row, 1, budgetItemName(tr, l));
      b.number(row, 2, l.quantity, l.item == "new_pipe" ? Style::Decimal1 : Style::Integer);
      b.text(row, 3, budgetUnitName(tr, l));
      b.number(row, 4, l.unitCost, Style::Decimal2);
      b.number(row, 5, l.amount, Style::Decimal2);
      ++row;
    }
  }

  auto a = tableSheet(book, PW_TR("Candidate areas"),
                      {{PW_TR("Rank"), 6},
                       {PW_TR("Area"), 16},
                       {PW_TR("District"), 10},
                       {PW_TR("Kind"), 10},
                       {PW_TR("Households"), 10},
                       {PW_TR("Open misconnection points"), 10},
                       {PW_TR("Flow (m3/d)"), 10},
                       {PW_TR("Highest degree"), 8},
                       {PW_TR("Combined pipes"), 8},
                       {PW_TR("Combined length (m)"), 12},
                       {PW_TR("Mixed-flow manholes"), 10},
                       {PW_TR("Score"), 8}},
                      report.candidates.size(), tr);
  row = 1;
  for (const auto& candidate : report.candidates) {
    const auto& r = candidate.area;
    a.number(row, 0, r.rank, Style::Integer);
    a.text(row, 1, r.community.name);
    a.text(row, 2, r.community.districtName);
    a.text(row, 3, areaKindName(tr, r.community.kind));
    a.optionalNumber(
        row, 4, r.community.households ? std::optional(static_cast<double>(*r.community.households)) : std::nullopt,
        Style::Integer);
    a.number(row, 5, r.openMisconnections, Style::Integer);
    a.number(row, 6, r.flowM3d, Style::Decimal1);
    a.text(row, 7, candidate.degreeName);
    a.number(row, 8, r.combinedPipes, Style::Integer);
    a.number(row, 9, r.combinedLengthM, Style::Decimal1);
    a.number(row, 10, r.mixedManholes, Style::Integer);
    a.number(row, 11, r.score, Style::Decimal1);
    ++row;
  }
  book.close();
}

}  // namespace pw
