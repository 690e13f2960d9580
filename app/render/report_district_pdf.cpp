// The district report's pages: title and summary, the KPIs against the city, the network, the map of the district
// with its findings and orders, the charts, defects per km by grade, the ranking, and the overdue orders.
#include "report_format.h"
#include "report_map.h"
#include "report_sections.h"
#include "report_table.h"
#include "report_words.h"

namespace pw::render {
namespace {

void networkTable(ReportCanvas& canvas, const DistrictReport& r) {
  const auto& n = r.network;
  const std::vector<TableColumn> columns{{label(PW_TR("Pipes")), 20, Qt::AlignRight},
                                         {label(PW_TR("Network length (km)")), 24, Qt::AlignRight},
                                         {ReportPdf::tr("Rain (km)"), 20, Qt::AlignRight},
                                         {ReportPdf::tr("Sewage (km)"), 20, Qt::AlignRight},
                                         {ReportPdf::tr("Combined (km)"), 20, Qt::AlignRight},
                                         {label(PW_TR("Manholes")), 20, Qt::AlignRight},
                                         {label(PW_TR("Inspected length (km)")), 24, Qt::AlignRight}};
  TableRow row;
  row.cells << QString::number(n.pipes) << QString::number(n.lengthKm, 'f', 2)
            << QString::number(n.lengthKmByDrainage[0], 'f', 2) << QString::number(n.lengthKmByDrainage[1], 'f', 2)
            << QString::number(n.lengthKmByDrainage[2], 'f', 2) << QString::number(n.manholes)
            << QString::number(r.kpi.inspectedKm, 'f', 2);
  drawTable(canvas, columns, {row});
}

void defectsTable(ReportCanvas& canvas, const DistrictReport& r) {
  const std::vector<TableColumn> columns{{label(PW_TR("Grade")), 20, Qt::AlignHCenter},
                                         {label(PW_TR("Defects")), 30, Qt::AlignRight},
                                         {label(PW_TR("Per inspected km")), 35, Qt::AlignRight},
                                         {label(PW_TR("City defects")), 30, Qt::AlignRight},
                                         {label(PW_TR("City per inspected km")), 35, Qt::AlignRight}};
  std::vector<TableRow> rows;
  for (std::size_t g = 0; g < 4; ++g) {
    TableRow row;
    row.cells << QString::fromLatin1(romanGrade(static_cast<int>(g + 1))) << QString::number(r.kpi.defectsByGrade[g])
              << QString::number(r.kpi.defectsPerKm[g], 'f', 2) << QString::number(r.city.defectsByGrade[g])
              << QString::number(r.city.defectsPerKm[g], 'f', 2);
    rows.push_back(std::move(row));
  }
  auto total = [](const DistrictKpi& k) {
    return k.defectsByGrade[0] + k.defectsByGrade[1] + k.defectsByGrade[2] + k.defectsByGrade[3];
  };
  TableRow sum;
  sum.bold = true;
  sum.cells << label(PW_TR("Total")) << QString::number(total(r.kpi))
            << QString::number(defectsPerKmTotal(r.kpi), 'f', 2) << QString::number(total(r.city))
            << QString::number(defectsPerKmTotal(r.city), 'f', 2);
  rows.push_back(std::move(sum));
  drawTable(canvas, columns, rows);
}

}  // namespace

void drawDistrictReport(ReportCanvas& canvas, const DistrictReport& r, const NetworkSnapshot* snapshot) {
  const QString name = qs(r.kpi.name);
  drawTitleBlock(canvas, ReportPdf::tr("%1 drainage network rectification report").arg(name),
                 {periodLine(r.period, r.referenceDay),
                  ReportPdf::tr("Generated on %1 from project %2").arg(qs(r.generatedOn), qs(r.projectName))});
  canvas.paragraph(ReportPdf::tr("%1 ranks %2 of %3 districts. Completion rate %4, on-time rate %5; %6 open orders "
                                 "were overdue on %7.")
                       .arg(name)
                       .arg(r.kpi.rank)
                       .arg(r.ranking.size())
                       .arg(percentText(r.kpi.completionRate), percentText(r.kpi.onTimeRate))
                       .arg(r.kpi.overdue)
                       .arg(qs(r.referenceDay)),
                   ReportCanvas::font(10), 3);
  int n = 0;
  section(canvas, ++n, ReportPdf::tr("Key indicators"));
  drawKpiTable(canvas, r.kpiLines(), name, true);
  canvas.paragraph(ReportPdf::tr("Completion rate: orders due in the period and closed / orders due. On-time rate: "
                                 "closed by the deadline / (closed + past the deadline and open). Overdue: open orders "
                                 "past their deadline on the reference day, whenever due."),
                   ReportCanvas::font(7.5), 2, QColor(0x50, 0x50, 0x50));
  section(canvas, ++n, ReportPdf::tr("Network"));
  networkTable(canvas, r);
  if (snapshot) {
    section(canvas, ++n, ReportPdf::tr("Map of findings and orders"), 150);
    drawReportMap(canvas, *snapshot, r.extent, r.kpi.districtId, 150);
    canvas.paragraph(ReportPdf::tr("Orders are shown in their state on %1.").arg(qs(r.generatedOn)),
                     ReportCanvas::font(7.5), 2, QColor(0x50, 0x50, 0x50));
  }
  section(canvas, ++n, ReportPdf::tr("Charts"), barChartHeight(completionChart(r.ranking, std::nullopt)));
  drawBarChart(canvas, completionChart(r.ranking, r.kpi.districtId));
  drawBarChart(canvas, openByStateChart(r.kpi, ReportPdf::tr("Open orders of %1 by state").arg(name)));
  section(canvas, ++n, ReportPdf::tr("Defects per km by grade"));
  defectsTable(canvas, r);
  canvas.paragraph(ReportPdf::tr("Defects on the latest inspection of each pipe, per km of inspected pipe (CJJ 181 "
                                 "grades)."),
                   ReportCanvas::font(7.5), 2, QColor(0x50, 0x50, 0x50));
  section(canvas, ++n, ReportPdf::tr("Ranking among districts"));
  drawRankingTable(canvas, r.ranking, r.kpi.districtId);
  section(canvas, ++n, ReportPdf::tr("Overdue orders (%1)").arg(r.overdue.size()), 20);
  if (r.overdue.empty()) {
    canvas.paragraph(ReportPdf::tr("No order was overdue on %1.").arg(qs(r.referenceDay)), ReportCanvas::font(9.5));
  } else {
    drawOverdueTable(canvas, r.overdue, false);
  }
}

}  // namespace pw::render
