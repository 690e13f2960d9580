// The separation programme as an Excel workbook (report_xlsx.h): projects, budget lines and candidates.
#include "report/report_xlsx.h"

#include "core/error.h"
#include "io/xlsx.h"
#include "report/report_xlsx_sheets.h"

namespace pw {
namespace {

using xlsx::Style;
using xlsxreport::factsSheet;
using xlsxreport::tableSheet;

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
