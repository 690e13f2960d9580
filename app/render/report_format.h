#pragma once
// How numbers and the core's labels read on report pages (shared by the district report and the city summary).
#include <optional>
#include <string>

#include <QCoreApplication>
#include <QString>

#include "report/district_report.h"
#include "report/report_text.h"

namespace pw::render {

inline QString qs(const std::string& s) { return QString::fromStdString(s); }
/// A PW_TR-marked label of the core in the installed language.
inline QString label(const char* english) { return QCoreApplication::translate("pw", english); }
/// The Translate of report_text.h backed by the installed Qt translators.
Translate qtTranslate();

/// "62.5%", or a dash for no value.
QString percentText(const std::optional<double>& rate);
/// The number with `decimals` decimals, or a dash.
QString numberText(const std::optional<double>& value, int decimals);
/// A KPI line's value as printed: "62.5% (5/8)", "12", "36.5", "0.85 (轻度)".
QString kpiValueText(KpiLine::Unit unit, const std::optional<double>& value, const std::string& detail);
/// An amount of money with thousands separators and `decimals` decimals: "1,234,567.50".
QString moneyText(double amount, int decimals = 2);
/// Sum of the defects per km of the four grades.
double defectsPerKmTotal(const DistrictKpi& k);

}  // namespace pw::render
