#include "report_sections.h"

#include "orders/workflow.h"
#include "report_format.h"
#include "report_table.h"
#include "report_words.h"

namespace pw::render {
namespace {

const QColor kOwnRow(0xfd, 0xf1, 0xc8);

}  // namespace

void drawTitleBlock(ReportCanvas& canvas, const QString& title, const QStringList& lines) {
  canvas.advance(4);
  const QFont big = ReportCanvas::font(18, true);
  const double h = canvas.drawText(ReportCanvas::kLeft, canvas.y(), ReportCanvas::contentWidth(), title, big,
                                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, QColor(0x1a, 0x3c, 0x6e));
  canvas.advance(h + 3);
  const QFont f = ReportCanvas::font(9.5);
  for (const auto& line : lines) {
    const double lh = canvas.drawText(ReportCanvas::kLeft, canvas.y(), ReportCanvas::contentWidth(), line, f,
                                      Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, QColor(0x30, 0x30, 0x30));
    canvas.advance(lh + 1);
  }
  canvas.advance(3);
}

QString periodLine(const Period& period, const std::string& referenceDay) {
  return ReportPdf::tr("Period %1 (%2 to %3), figures as of %4")
      .arg(qs(period.label), qs(period.from), qs(period.to), qs(referenceDay));
}

void section(ReportCanvas& canvas, int number, const QString& title, double keepWithNext) {
  canvas.heading(QStringLiteral("%1  %2").arg(number).arg(title), keepWithNext);
}

void drawKpiTable(ReportCanvas& canvas, const std::vector<KpiLine>& lines, const QString& valueHeading,
                  bool cityColumn) {
  std::vector<TableColumn> columns{{ReportPdf::tr("Indicator"), 70}, {valueHeading, 45, Qt::AlignRight}};
  if (cityColumn) columns.push_back({label(PW_TR("City")), 45, Qt::AlignRight});
  std::vector<TableRow> rows;
  for (const auto& l : lines) {
    TableRow row;
    row.cells << label(l.label) << kpiValueText(l.unit, l.value, l.detail);
    if (cityColumn) row.cells << kpiValueText(l.unit, l.cityValue, l.cityDetail);
    rows.push_back(std::move(row));
  }
  drawTable(canvas, columns, rows, {.fontPoints = 9, .padMm = 1.4});
}

void drawRankingTable(ReportCanvas& canvas, const std::vector<DistrictKpi>& ranking,
                      std::optional<std::int64_t> emphasised) {
  const std::vector<TableColumn> columns{{label(PW_TR("Rank")), 10, Qt::AlignHCenter},
                                         {label(PW_TR("District")), 22},
                                         {label(PW_TR("Due")), 13, Qt::AlignRight},
                                         {label(PW_TR("Completion rate")), 20, Qt::AlignRight},
                                         {label(PW_TR("On-time rate")), 20, Qt::AlignRight},
                                         {label(PW_TR("Overdue")), 14, Qt::AlignRight},
                                         {label(PW_TR("Average days to close")), 20, Qt::AlignRight},
                                         {label(PW_TR("Defects per km")), 18, Qt::AlignRight},
                                         {label(PW_TR("Misconnections per km")), 20, Qt::AlignRight}};
  std::vector<TableRow> rows;
  for (const auto& k : ranking) {
    TableRow row;
    row.cells << QString::number(k.rank) << qs(k.name) << QString::number(k.due) << percentText(k.completionRate)
              << percentText(k.onTimeRate) << QString::number(k.overdue) << numberText(k.averageDaysToClose, 1)
              << QString::number(defectsPerKmTotal(k), 'f', 2) << numberText(k.misconnectionDensity, 2);
    if (emphasised && k.districtId == *emphasised) {
      row.bold = true;
      row.background = kOwnRow;
    }
    if (k.overdue > 0) row.alertColumns = {5};
    rows.push_back(std::move(row));
  }
  drawTable(canvas, columns, rows);
}

void drawOverdueTable(ReportCanvas& canvas, const std::vector<OverdueOrder>& orders, bool withDistrict) {
  const Translate tr = qtTranslate();
  std::vector<TableColumn> columns{{ReportPdf::tr("No."), 8, Qt::AlignHCenter}, {label(PW_TR("Order number")), 30}};
  if (withDistrict) columns.push_back({label(PW_TR("District")), 12});
  columns.insert(columns.end(), {{label(PW_TR("Kind")), 12},
                                 {label(PW_TR("State")), 12},
                                 {label(PW_TR("Assignee")), 13},
                                 {label(PW_TR("Deadline")), 18, Qt::AlignHCenter},
                                 {label(PW_TR("Days overdue")), 13, Qt::AlignRight},
                                 {label(PW_TR("Age (days)")), 13, Qt::AlignRight},
                                 {label(PW_TR("Findings")), withDistrict ? 28.0 : 36.0},
                                 {label(PW_TR("Location")), 15}});
  const int overdueColumn = withDistrict ? 7 : 6;
  std::vector<TableRow> rows;
  int n = 0;
  for (const auto& o : orders) {
    TableRow row;
    row.cells << QString::number(++n) << qs(o.number);
    if (withDistrict) row.cells << qs(o.district);
    row.cells << qs(orderKindName(tr, o.kind)) << qs(orderStateName(tr, o.state)) << qs(o.assignee) << qs(o.deadline)
              << QString::number(o.daysOverdue) << QString::number(o.ageDays) << qs(o.findings) << qs(o.location);
    row.alertColumns = {overdueColumn};
    rows.push_back(std::move(row));
  }
  drawTable(canvas, columns, rows, {.fontPoints = 7.5, .padMm = 1.0});
}

BarChart completionChart(const std::vector<DistrictKpi>& ranking, std::optional<std::int64_t> emphasised) {
  BarChart chart;
  chart.title = ReportPdf::tr("Completion rate by district");
  chart.maximum = 1;
  chart.percent = true;
  chart.noDataText = ReportPdf::tr("nothing due");
  for (const auto& k : ranking) {
    chart.bars.push_back(
        {qs(k.name),
         k.completionRate,
         k.completionRate
             ? QStringLiteral("%1 (%2/%3)").arg(percentText(k.completionRate)).arg(k.closedOfDue).arg(k.due)
             : QString(),
         emphasised && k.districtId == *emphasised,
         {}});
  }
  return chart;
}

BarChart openByStateChart(const DistrictKpi& kpi, const QString& title) {
  const Translate tr = qtTranslate();
  BarChart chart;
  chart.title = title;
  chart.counts = true;
  for (const auto s : allOrderStates()) {
    const std::string key = orderStateKey(s);
    const auto it = kpi.openByState.find(key);
    if (it == kpi.openByState.end()) continue;
    chart.bars.push_back({qs(orderStateName(tr, key)), static_cast<double>(it->second), QString::number(it->second),
                          false, QColor(0x8a, 0x9b, 0xb0)});
  }
  return chart;
}

}  // namespace pw::render
