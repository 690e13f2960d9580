#pragma once
// Blocks the district report and the city summary share: the title block, the KPI and ranking tables, the charts
// comparing districts, the overdue orders, and the report layouts themselves (district, city, separation programme).
#include <cstdint>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "map/network_snapshot.h"
#include "report/district_report.h"
#include "report/separation_report.h"
#include "report_canvas.h"
#include "report_charts.h"

namespace pw::render {

/// The report's title, centred, and the lines under it.
void drawTitleBlock(ReportCanvas& canvas, const QString& title, const QStringList& lines);
/// "Period 2026-03 (2026-03-01 to 2026-03-31), figures as of 2026-03-31".
QString periodLine(const Period& period, const std::string& referenceDay);
/// A numbered section heading.
void section(ReportCanvas& canvas, int number, const QString& title, double keepWithNext = 30);

/// The KPI lines; with `cityColumn` a second value column for the city.
void drawKpiTable(ReportCanvas& canvas, const std::vector<KpiLine>& lines, const QString& valueHeading,
                  bool cityColumn);
/// The districts in rank order; the emphasised one bold.
void drawRankingTable(ReportCanvas& canvas, const std::vector<DistrictKpi>& ranking,
                      std::optional<std::int64_t> emphasised);
/// The overdue orders, numbered, with their days overdue in red.
void drawOverdueTable(ReportCanvas& canvas, const std::vector<OverdueOrder>& orders, bool withDistrict);

/// Completion rate of every district, rank order, the emphasised one dark.
BarChart completionChart(const std::vector<DistrictKpi>& ranking, std::optional<std::int64_t> emphasised);
/// Open orders of one district (or the city) by their state on the reference day.
BarChart openByStateChart(const DistrictKpi& kpi, const QString& title);

void drawDistrictReport(ReportCanvas& canvas, const DistrictReport& report, const NetworkSnapshot* snapshot);
void drawCityReport(ReportCanvas& canvas, const CityReport& report, const NetworkSnapshot* snapshot);
void drawSeparationReport(ReportCanvas& canvas, const SeparationReport& report, const NetworkSnapshot* snapshot);
/// "City rain/sewage separation programme 2027", "滨江区 ..." without a year for every year.
QString separationReportTitle(const SeparationReport& report);

}  // namespace pw::render
