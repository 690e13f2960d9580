#pragma once
// Reports and registers as Excel workbooks, the form district offices keep: a header row in the reader's language on
// every sheet, frozen and filterable, fitted column widths, real date and number cells. Written all or nothing
// (io/xlsx.h): a failure leaves no file. Throws Error(BadInput) naming the file when it cannot be written.
#include <string>
#include <vector>

#include "report/district_report.h"
#include "report/ledgers.h"
#include "report/report_text.h"
#include "report/separation_report.h"

namespace pw {

/// 整改台账: one sheet, one row per order.
void writeOrderLedgerXlsx(const std::vector<OrderLedgerRow>& rows, const std::string& path, const Translate& tr = {});
/// 缺陷登记表.
void writeDefectRegisterXlsx(const std::vector<DefectRegisterRow>& rows, const std::string& path,
                             const Translate& tr = {});
/// 混接点登记表.
void writeMisconnectionRegisterXlsx(const std::vector<MisconnectionRegisterRow>& rows, const std::string& path,
                                    const Translate& tr = {});

/// The district report's content: sheets for the report's facts, the KPIs against the city, defects per km by grade,
/// the ranking and the overdue orders.
void writeDistrictReportXlsx(const DistrictReport& report, const std::string& path, const Translate& tr = {});
/// The city summary: facts, the districts compared (KPIs and network), defects per km by grade per district, the most
/// overdue orders.
void writeCityReportXlsx(const CityReport& report, const std::string& path, const Translate& tr = {});

/// The separation programme report: the report's facts and totals, the projects, the projects by status, every
/// project's budget lines, and the candidate areas of the next programme.
void writeSeparationReportXlsx(const SeparationReport& report, const std::string& path, const Translate& tr = {});

}  // namespace pw
