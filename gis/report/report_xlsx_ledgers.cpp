// The order ledger and the defect and misconnection registers as Excel workbooks (report_xlsx.h).
#include "report/report_xlsx.h"

#include "core/error.h"
#include "io/xlsx.h"
#include "report/report_xlsx_sheets.h"

namespace pw {
namespace {

using xlsx::Style;
using xlsxreport::tableSheet;

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

}  // namespace pw
