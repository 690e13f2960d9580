// The district and city reports as Excel workbooks (report_xlsx.h): facts, KPIs, ranking and overdue orders.
#include "report/report_xlsx.h"

#include "core/error.h"
#include "io/xlsx.h"
#include "report/report_xlsx_sheets.h"

namespace pw {
namespace {

using xlsx::Style;
using xlsxreport::Column;
using xlsxreport::factsSheet;
using xlsxreport::tableSheet;

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
