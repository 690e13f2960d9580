#pragma once
// Printed reports as A4 PDF files in the interface language (Chinese by default): the district report and the city
// summary (content from report/district_report.h), and the separation programme (report/separation_report.h). The
// desktop and the CLI call these same functions, so a report is the same whichever made it. Needs a
// QGuiApplication (fonts); the offscreen platform will do.
//
//   auto report = buildDistrictReport(project, catalogues, parsePeriod("2026-03"), districtId, render::qtTranslate());
//   auto snapshot = buildSnapshot(project);   // or the snapshot the map already has
//   render::writeDistrictReportPdf(report, snapshot.get(), "滨江区-2026-03.pdf");
#include <string>

#include "map/network_snapshot.h"
#include "report/district_report.h"
#include "report/separation_report.h"
#include "report_format.h"

namespace pw::render {

/// Writes the district report. `snapshot` draws the map (without one the map is left out). All or nothing: the file
/// appears only when complete. Throws Error(BadInput) naming the file when it cannot be written.
/// Returns the number of pages.
int writeDistrictReportPdf(const DistrictReport& report, const NetworkSnapshot* snapshot, const std::string& path);

/// Writes the city summary, likewise.
int writeCityReportPdf(const CityReport& report, const NetworkSnapshot* snapshot, const std::string& path);

/// Writes the separation programme report (report/separation_report.h), likewise; the map shows the programme's areas.
int writeSeparationReportPdf(const SeparationReport& report, const NetworkSnapshot* snapshot, const std::string& path);

}  // namespace pw::render
