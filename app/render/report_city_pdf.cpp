// The city summary's pages: title and summary, the city's KPIs, the districts compared in a table and in charts, the
// city map, defects per km by grade per district, and the most overdue orders.
#include "report_format.h"
#include "report_map.h"
#include "report_sections.h"
#include "report_table.h"
#include "report_words.h"

namespace pw::render {
namespace {

void comparisonTable(ReportCanvas& canvas, const CityReport& r) {
  const std::vector<TableColumn> columns{{label(PW_TR("Rank")), 9, Qt::AlignHCenter},
                                         {label(PW_TR("District")), 18},
                                         {label(PW_TR("Network length (km)")), 17, Qt::AlignRight},
                                         {label(PW_TR("Inspected length (km)")), 17, Qt::AlignRight},
                                         {label(PW_TR("Due")), 11, Qt::AlignRight},
                                         {label(PW_TR("Completion rate")), 16, Qt::AlignRight},
                                         {label(PW_TR("On-time rate")), 16, Qt::AlignRight},
                                         {label(PW_TR("Overdue")), 12, Qt::AlignRight},
                                         {label(PW_TR("Average days to close")), 16, Qt::AlignRight},
                                         {label(PW_TR("Return rate")), 14, Qt::AlignRight},
                                         {label(PW_TR("Misconnections per km")), 18, Qt::AlignRight}};
  auto row = [&](const DistrictKpi& k, const NetworkFacts& n, const QString& rank, const QString& name) {
    TableRow t;
    t.cells << rank << name << QString::number(n.lengthKm, 'f', 1) << QString::number(k.inspectedKm, 'f', 1)
            << QString::number(k.due) << percentText(k.completionRate) << percentText(k.onTimeRate)
            << QString::number(k.overdue) << numberText(k.averageDaysToClose, 1) << percentText(k.returnRate)
            << numberText(k.misconnectionDensity, 2);
    if (k.overdue > 0) t.alertColumns = {7};
    return t;
  };
  std::vector<TableRow> rows;
  for (std::size_t i = 0; i < r.ranking.size(); ++i) {
    rows.push_back(row(r.ranking[i], r.networks[i], QString::number(r.ranking[i].rank), qs(r.ranking[i].name)));
  }
  TableRow city = row(r.city, r.cityNetwork, QStringLiteral("—"), label(PW_TR("City")));
  city.bold = true;
  city.background = QColor(0xe8, 0xec, 0xf2);
  rows.push_back(std::move(city));
  drawTable(canvas, columns, rows, {.fontPoints = 7.5, .padMm = 1.2});
}

void densityTable(ReportCanvas& canvas, const CityReport& r) {
  const std::vector<TableColumn> columns{{label(PW_TR("District")), 22},
                                         {label(PW_TR("Inspected length (km)")), 20, Qt::AlignRight},
                                         {label(PW_TR("Grade I per km")), 16, Qt::AlignRight},
                                         {label(PW_TR("Grade II per km")), 16, Qt::AlignRight},
                                         {label(PW_TR("Grade III per km")), 16, Qt::AlignRight},
                                         {label(PW_TR("Grade IV per km")), 16, Qt::AlignRight},
                                         {label(PW_TR("Defects per km")), 16, Qt::AlignRight}};
  auto row = [](const DistrictKpi& k, const QString& name) {
    TableRow t;
    t.cells << name << QString::number(k.inspectedKm, 'f', 2);
    for (const double v : k.defectsPerKm) t.cells << QString::number(v, 'f', 2);
    t.cells << QString::number(defectsPerKmTotal(k), 'f', 2);
    return t;
  };
  std::vector<TableRow> rows;
  for (const auto& k : r.ranking) rows.push_back(row(k, qs(k.name)));
  TableRow city = row(r.city, label(PW_TR("City")));
  city.bold = true;
  rows.push_back(std::move(city));
  drawTable(canvas, columns, rows);
}

BarChart overdueChart(const CityReport& r) {
  BarChart chart;
  chart.title = ReportPdf::tr("Overdue orders by district");
  chart.counts = true;
  for (const auto& k : r.ranking) {
    chart.bars.push_back(
        {qs(k.name), static_cast<double>(k.overdue), QString::number(k.overdue), false, QColor(0xc0, 0x39, 0x2b)});
  }
  return chart;
}

BarChart densityChart(const CityReport& r) {
  BarChart chart;
  chart.title = ReportPdf::tr("Defects per inspected km by district");
  for (const auto& k : r.ranking) {
    const double v = defectsPerKmTotal(k);
    chart.bars.push_back({qs(k.name), v, QString::number(v, 'f', 2), false, QColor(0xe0, 0x8a, 0x1e)});
  }
  return chart;
}

}  // namespace

void drawCityReport(ReportCanvas& canvas, const CityReport& r, const NetworkSnapshot* snapshot) {
  drawTitleBlock(canvas, ReportPdf::tr("City drainage network rectification summary"),
                 {periodLine(r.period, r.referenceDay),
                  ReportPdf::tr("Generated on %1 from project %2").arg(qs(r.generatedOn), qs(r.projectName))});
  canvas.paragraph(ReportPdf::tr("%1 districts, %2 km of pipes. Completion rate %3, on-time rate %4; %5 open orders "
                                 "were overdue on %6.")
                       .arg(r.ranking.size())
                       .arg(r.cityNetwork.lengthKm, 0, 'f', 1)
                       .arg(percentText(r.city.completionRate), percentText(r.city.onTimeRate))
                       .arg(r.overdueTotal)
                       .arg(qs(r.referenceDay)),
                   ReportCanvas::font(10), 3);
  int n = 0;
  section(canvas, ++n, ReportPdf::tr("Key indicators of the city"));
  drawKpiTable(canvas, kpiLines(r.city, r.city), label(PW_TR("City")), false);
  section(canvas, ++n, ReportPdf::tr("Districts compared"));
  comparisonTable(canvas, r);
  section(canvas, ++n, ReportPdf::tr("Charts"), barChartHeight(completionChart(r.ranking, std::nullopt)));
  drawBarChart(canvas, completionChart(r.ranking, std::nullopt));
  drawBarChart(canvas, overdueChart(r));
  drawBarChart(canvas, densityChart(r));
  drawBarChart(canvas, openByStateChart(r.city, ReportPdf::tr("Open orders of the city by state")));
  if (snapshot) {
    section(canvas, ++n, ReportPdf::tr("Map of the city"), 170);
    drawReportMap(canvas, *snapshot, snapshot->bounds, std::nullopt, 170);
    canvas.paragraph(ReportPdf::tr("Orders are shown in their state on %1.").arg(qs(r.generatedOn)),
                     ReportCanvas::font(7.5), 2, QColor(0x50, 0x50, 0x50));
  }
  section(canvas, ++n, ReportPdf::tr("Defects per km by grade"));
  densityTable(canvas, r);
  section(canvas, ++n, ReportPdf::tr("Most overdue orders"), 20);
  if (r.overdue.empty()) {
    canvas.paragraph(ReportPdf::tr("No order was overdue on %1.").arg(qs(r.referenceDay)), ReportCanvas::font(9.5));
  } else {
    canvas.paragraph(ReportPdf::tr("The %1 longest overdue of %2 overdue orders; each district's report lists all of "
                                   "its own.")
                         .arg(r.overdue.size())
                         .arg(r.overdueTotal),
                     ReportCanvas::font(8.5), 2);
    drawOverdueTable(canvas, r.overdue, true);
  }
}

}  // namespace pw::render
