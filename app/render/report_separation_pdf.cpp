// The separation programme report's pages: title and summary, the programme's totals and its projects by status, the
// charts of budget and progress per project, the map of the programme's areas, the projects, each project's budget
// lines, and the shortlist of candidate areas for the next programme.
#include <algorithm>
#include <functional>

#include "report_format.h"
#include "report_map.h"
#include "report_sections.h"
#include "report_table.h"
#include "report_words.h"

namespace pw::render {
namespace {

constexpr std::size_t kChartBars = 20;
const QColor kNote(0x50, 0x50, 0x50);
const QColor kWarning(0xa0, 0x30, 0x20);

QString tenThousands(double amount) { return QString::number(amount / 10000.0, 'f', 2); }

QString progressText(const SeparationProgress& p) {
  return p.findings ? QStringLiteral("%1/%2 (%3)").arg(p.closed).arg(p.findings).arg(percentText(p.share()))
                    : QStringLiteral("0/0");
}

QString statusText(SeparationStatus s) { return qs(separationStatusName(qtTranslate(), separationStatusKey(s))); }

void summaryTable(ReportCanvas& canvas, const SeparationReport& r) {
  const auto& t = r.totals;
  const QString currency = qs(r.currency);
  const std::vector<std::pair<QString, QString>> lines{
      {label(PW_TR("Separation projects")), QString::number(t.projects)},
      {label(PW_TR("Areas")), QString::number(t.areas)},
      {label(PW_TR("Households")), QString::number(t.households)},
      {ReportPdf::tr("Combined pipes in scope"), QString::number(t.combinedPipes)},
      {label(PW_TR("Combined length (m)")), QString::number(t.combinedLengthM, 'f', 1)},
      {label(PW_TR("Budget")),
       ReportPdf::tr("%1 %2 (%3 ten-thousand)").arg(moneyText(t.budget), currency, tenThousands(t.budget))},
      {label(PW_TR("Findings closed / in scope")), progressText(t.progress)},
      {label(PW_TR("Linked orders")), QString::number(t.orders)}};
  std::vector<TableRow> rows;
  for (const auto& [name, value] : lines) {
    TableRow row;
    row.cells << name << value;
    rows.push_back(std::move(row));
  }
  drawTable(canvas, {{ReportPdf::tr("Indicator"), 70}, {ReportPdf::tr("Programme"), 80, Qt::AlignRight}}, rows,
            {.fontPoints = 9, .padMm = 1.4});
}

void statusTable(ReportCanvas& canvas, const SeparationReport& r) {
  std::vector<TableRow> rows;
  for (const auto& s : r.byStatus) {
    TableRow row;
    row.cells << statusText(s.status) << QString::number(s.projects) << tenThousands(s.budget);
    rows.push_back(std::move(row));
  }
  TableRow total;
  total.bold = true;
  total.cells << label(PW_TR("Total")) << QString::number(r.totals.projects) << tenThousands(r.totals.budget);
  rows.push_back(std::move(total));
  drawTable(canvas,
            {{label(PW_TR("Status")), 40},
             {label(PW_TR("Projects")), 30, Qt::AlignRight},
             {ReportPdf::tr("Budget (ten-thousand %1)").arg(qs(r.currency)), 40, Qt::AlignRight}},
            rows);
}

/// The projects the charts show: all, or the kChartBars largest budgets, in the projects' order.
std::vector<const ProgrammeProject*> chartProjects(const SeparationReport& r) {
  std::vector<const ProgrammeProject*> out;
  for (const auto& p : r.projects) out.push_back(&p);
  if (out.size() > kChartBars) {
    std::stable_sort(out.begin(), out.end(), [](const ProgrammeProject* a, const ProgrammeProject* b) {
      return a->budget.total > b->budget.total;
    });
    out.resize(kChartBars);
    // back into the projects' order: the pointers point into one vector
    std::sort(out.begin(), out.end(), std::less<const ProgrammeProject*>());
  }
  return out;
}

BarChart budgetChart(const SeparationReport& r, const std::vector<const ProgrammeProject*>& projects) {
  BarChart chart;
  chart.title = ReportPdf::tr("Budget per project (ten-thousand %1)").arg(qs(r.currency));
  if (projects.size() < r.projects.size()) {
    chart.title +=
        QLatin1Char(' ') + ReportPdf::tr("(the %1 largest of %2)").arg(projects.size()).arg(r.projects.size());
  }
  for (const auto* p : projects) {
    chart.bars.push_back(
        {qs(p->name), p->budget.total / 10000.0, tenThousands(p->budget.total), false, QColor(0x2e, 0x8b, 0x57)});
  }
  return chart;
}

BarChart progressChart(const std::vector<const ProgrammeProject*>& projects) {
  BarChart chart;
  chart.title = ReportPdf::tr("Progress per project: findings in scope closed");
  chart.maximum = 1;
  chart.percent = true;
  chart.noDataText = ReportPdf::tr("no findings in scope");
  for (const auto* p : projects) {
    const auto& g = p->progress;
    chart.bars.push_back({qs(p->name),
                          g.findings ? std::optional(g.share()) : std::nullopt,
                          QStringLiteral("%1 (%2/%3)").arg(percentText(g.share())).arg(g.closed).arg(g.findings),
                          false,
                          {}});
  }
  return chart;
}

void projectsTable(ReportCanvas& canvas, const SeparationReport& r) {
  const Translate tr = qtTranslate();
  const std::vector<TableColumn> columns{
      {ReportPdf::tr("No."), 7, Qt::AlignHCenter},
      {label(PW_TR("Project")), 24},
      {label(PW_TR("Year")), 9, Qt::AlignHCenter},
      {label(PW_TR("Status")), 15},
      {ReportPdf::tr("Areas (households)"), 24},
      {ReportPdf::tr("Scope: points / defects / pipes / manholes"), 19, Qt::AlignHCenter},
      {label(PW_TR("Combined length (m)")), 14, Qt::AlignRight},
      {ReportPdf::tr("Budget (ten-thousand %1)").arg(qs(r.currency)), 14, Qt::AlignRight},
      {label(PW_TR("Findings closed / in scope")), 17, Qt::AlignRight},
      {ReportPdf::tr("Orders (state)"), 31}};
  std::vector<TableRow> rows;
  int n = 0;
  for (const auto& p : r.projects) {
    QStringList areas;
    for (const auto& a : p.areas) {
      areas << (a.households ? QStringLiteral("%1 (%2)").arg(qs(a.name)).arg(*a.households) : qs(a.name));
    }
    QStringList orders;
    for (const auto& o : p.orders) orders << QStringLiteral("%1 %2").arg(qs(o.number), qs(orderStateName(tr, o.state)));
    TableRow row;
    row.cells << QString::number(++n) << qs(p.name) << QString::number(p.plannedYear) << statusText(p.status)
              << areas.join(QStringLiteral("、"))
              << QStringLiteral("%1/%2/%3/%4").arg(p.misconnections).arg(p.defects).arg(p.pipes).arg(p.manholes)
              << QString::number(p.combinedLengthM, 'f', 1) << tenThousands(p.budget.total) << progressText(p.progress)
              << (orders.isEmpty() ? QStringLiteral("—") : orders.join(QLatin1Char('\n')));
    rows.push_back(std::move(row));
  }
  TableRow total;
  total.bold = true;
  total.background = QColor(0xe8, 0xec, 0xf2);
  total.cells << QString() << label(PW_TR("Total")) << QString() << QString()
              << ReportPdf::tr("%1 areas, %2 households").arg(r.totals.areas).arg(r.totals.households) << QString()
              << QString::number(r.totals.combinedLengthM, 'f', 1) << tenThousands(r.totals.budget)
              << progressText(r.totals.progress) << QString::number(r.totals.orders);
  rows.push_back(std::move(total));
  drawTable(canvas, columns, rows, {.fontPoints = 7.5, .padMm = 1.0});
}

void budgetTable(ReportCanvas& canvas, const SeparationReport& r, const BudgetEstimate& b) {
  const Translate tr = qtTranslate();
  std::vector<TableRow> rows;
  for (const auto& l : b.lines) {
    TableRow row;
    row.cells << qs(budgetItemName(tr, l))
              << (QString::number(l.quantity, 'f', l.item == "new_pipe" ? 1 : 0) + QLatin1Char(' ') +
                  qs(budgetUnitName(tr, l)))
                     .trimmed()
              << moneyText(l.unitCost) << moneyText(l.amount);
    rows.push_back(std::move(row));
  }
  TableRow total;
  total.bold = true;
  total.cells << label(PW_TR("Total")) << QString() << QString() << moneyText(b.total);
  rows.push_back(std::move(total));
  drawTable(canvas,
            {{label(PW_TR("Item")), 70},
             {label(PW_TR("Quantity")), 30, Qt::AlignRight},
             {ReportPdf::tr("Unit cost (%1)").arg(qs(r.currency)), 30, Qt::AlignRight},
             {ReportPdf::tr("Amount (%1)").arg(qs(r.currency)), 40, Qt::AlignRight}},
            rows, {.fontPoints = 8, .padMm = 1.0});
  QStringList notes;
  if (b.pipesWithoutDiameter) {
    notes << ReportPdf::tr("%1 pipe(s) without a recorded diameter were priced at the assumed diameter.")
                 .arg(b.pipesWithoutDiameter);
  }
  if (b.areasWithoutHouseholds) {
    notes << ReportPdf::tr("%1 area(s) without a household count add no connections.").arg(b.areasWithoutHouseholds);
  }
  if (!notes.isEmpty()) canvas.paragraph(notes.join(QLatin1Char(' ')), ReportCanvas::font(7.5), 2, kNote);
}

void budgetSections(ReportCanvas& canvas, const SeparationReport& r) {
  int n = 0;
  for (const auto& p : r.projects) {
    canvas.ensure(30);  // the project's line with the start of its table
    canvas.paragraph(ReportPdf::tr("%1. %2 (%3, %4): %5 %6")
                         .arg(++n)
                         .arg(qs(p.name))
                         .arg(p.plannedYear)
                         .arg(statusText(p.status), moneyText(p.budget.total), qs(r.currency)),
                     ReportCanvas::font(9, true), 1.5);
    budgetTable(canvas, r, p.budget);
    canvas.advance(2);
  }
}

void candidatesTable(ReportCanvas& canvas, const SeparationReport& r) {
  const Translate tr = qtTranslate();
  const std::vector<TableColumn> columns{{label(PW_TR("Rank")), 9, Qt::AlignHCenter},
                                         {label(PW_TR("Area")), 24},
                                         {label(PW_TR("District")), 13},
                                         {label(PW_TR("Kind")), 18},
                                         {label(PW_TR("Households")), 13, Qt::AlignRight},
                                         {label(PW_TR("Open misconnection points")), 15, Qt::AlignRight},
                                         {label(PW_TR("Flow (m3/d)")), 14, Qt::AlignRight},
                                         {label(PW_TR("Highest degree")), 12, Qt::AlignHCenter},
                                         {label(PW_TR("Combined length (m)")), 15, Qt::AlignRight},
                                         {label(PW_TR("Mixed-flow manholes")), 14, Qt::AlignRight},
                                         {label(PW_TR("Score")), 12, Qt::AlignRight}};
  std::vector<TableRow> rows;
  for (const auto& c : r.candidates) {
    const auto& a = c.area;
    TableRow row;
    row.cells << QString::number(a.rank) << qs(a.community.name) << qs(a.community.districtName)
              << qs(areaKindName(tr, a.community.kind))
              << (a.community.households ? QString::number(*a.community.households) : QStringLiteral("—"))
              << QString::number(a.openMisconnections) << QString::number(a.flowM3d, 'f', 1)
              << (c.degreeName.empty() ? QStringLiteral("—") : qs(c.degreeName))
              << QString::number(a.combinedLengthM, 'f', 1) << QString::number(a.mixedManholes)
              << QString::number(a.score, 'f', 1);
    rows.push_back(std::move(row));
  }
  const auto& t = r.candidateTotals;
  int manholes = 0;
  double flow = 0;
  for (const auto& c : r.candidates) {
    manholes += c.area.mixedManholes;
    flow += c.area.flowM3d;
  }
  TableRow total;
  total.bold = true;
  total.background = QColor(0xe8, 0xec, 0xf2);
  total.cells << QString() << label(PW_TR("Total")) << QString() << QString() << QString::number(t.households)
              << QString::number(t.openMisconnections) << QString::number(flow, 'f', 1) << QString()
              << QString::number(t.combinedLengthM, 'f', 1) << QString::number(manholes) << QString();
  rows.push_back(std::move(total));
  drawTable(canvas, columns, rows, {.fontPoints = 7.5, .padMm = 1.0});
}

}  // namespace

QString separationReportTitle(const SeparationReport& r) {
  if (r.districtId) {
    const QString where = qs(r.districtName);
    return r.plannedYear ? ReportPdf::tr("%1 rain/sewage separation programme %2").arg(where).arg(*r.plannedYear)
                         : ReportPdf::tr("%1 rain/sewage separation programme").arg(where);
  }
  return r.plannedYear ? ReportPdf::tr("City rain/sewage separation programme %1").arg(*r.plannedYear)
                       : ReportPdf::tr("City rain/sewage separation programme");
}

void drawSeparationReport(ReportCanvas& canvas, const SeparationReport& r, const NetworkSnapshot* snapshot) {
  const Translate tr = qtTranslate();
  drawTitleBlock(
      canvas, separationReportTitle(r),
      {ReportPdf::tr("Planned year: %1 · %2").arg(qs(programmeYearText(tr, r)), qs(programmeDistrictText(tr, r))),
       ReportPdf::tr("Generated on %1 from project %2").arg(qs(r.generatedOn), qs(r.projectName))});
  const auto& t = r.totals;
  if (r.projects.empty()) {
    canvas.paragraph(ReportPdf::tr("No separation project is planned for %1 in %2.")
                         .arg(qs(programmeYearText(tr, r)), qs(programmeDistrictText(tr, r))),
                     ReportCanvas::font(10), 3);
  } else {
    canvas.paragraph(ReportPdf::tr("%1 projects over %2 areas with %3 households; budget %4 %5; %6 of %7 findings in "
                                   "scope closed.")
                         .arg(t.projects)
                         .arg(t.areas)
                         .arg(t.households)
                         .arg(moneyText(t.budget), qs(r.currency))
                         .arg(t.progress.closed)
                         .arg(t.progress.findings),
                     ReportCanvas::font(10), 3);
  }
  canvas.paragraph(ReportPdf::tr("Budgets are estimated from the scope with %1.").arg(qs(programmeCostsText(tr, r))),
                   ReportCanvas::font(8), 3, r.ownCosts ? kNote : kWarning);
  int n = 0;
  section(canvas, ++n, ReportPdf::tr("Summary"));
  summaryTable(canvas, r);
  canvas.advance(2);
  statusTable(canvas, r);
  canvas.paragraph(ReportPdf::tr("Combined length: the combined pipes in scope, beside which a new sewer is laid. "
                                 "Progress: misconnection points and defects in scope that are closed (an order "
                                 "carrying them closed, or the point resolved) / those in scope."),
                   ReportCanvas::font(7.5), 2, kNote);
  if (!r.projects.empty()) {
    const auto shown = chartProjects(r);
    section(canvas, ++n, ReportPdf::tr("Charts"), barChartHeight(budgetChart(r, shown)));
    drawBarChart(canvas, budgetChart(r, shown));
    drawBarChart(canvas, progressChart(shown));
    if (snapshot && !r.extent.empty()) {
      section(canvas, ++n, ReportPdf::tr("Map of the programme's areas"), 150);
      drawReportMap(canvas, *snapshot, r.extent, std::nullopt, 150, r.areaIds);
    }
    section(canvas, ++n, ReportPdf::tr("Projects (%1)").arg(r.projects.size()), 25);
    projectsTable(canvas, r);
    section(canvas, ++n, ReportPdf::tr("Budget lines of each project"), 40);
    budgetSections(canvas, r);
  }
  section(canvas, ++n, ReportPdf::tr("Candidate areas for the next programme"), 50);
  if (r.candidates.empty()) {
    canvas.paragraph(ReportPdf::tr("No area outside the projects has anything left to separate."),
                     ReportCanvas::font(9.5));
    return;
  }
  canvas.paragraph(
      ReportPdf::tr("The %1 best-ranked areas that no project covers yet and that hold an open "
                    "misconnection point, a combined pipe or a mixed-flow manhole. Score = %2 × open points "
                    "+ %3 × their dry-weather flow (m³/d) + %4 × the highest degree (1 slight .. 3 severe).")
          .arg(r.candidates.size())
          .arg(r.weightMisconnection)
          .arg(r.weightFlow)
          .arg(r.weightGrade),
      ReportCanvas::font(8), 2, kNote);
  candidatesTable(canvas, r);
  const auto& b = r.candidateTotals.budget;
  canvas.paragraph(ReportPdf::tr("Taken as one project with the automatic scope, the shortlist would cost %1 %2 (%3 "
                                 "ten-thousand).")
                       .arg(moneyText(b.total), qs(r.currency), tenThousands(b.total)),
                   ReportCanvas::font(9), 2);
}

}  // namespace pw::render
