#include "report_format.h"

namespace pw::render {

Translate qtTranslate() {
  return [](const char* english) { return QCoreApplication::translate("pw", english).toStdString(); };
}

QString percentText(const std::optional<double>& rate) {
  return rate ? QStringLiteral("%1%").arg(*rate * 100, 0, 'f', 1) : QStringLiteral("—");
}

QString numberText(const std::optional<double>& value, int decimals) {
  return value ? QString::number(*value, 'f', decimals) : QStringLiteral("—");
}

QString kpiValueText(KpiLine::Unit unit, const std::optional<double>& value, const std::string& detail) {
  QString text;
  switch (unit) {
    case KpiLine::Unit::Count: text = numberText(value, 0); break;
    case KpiLine::Unit::Rate: text = percentText(value); break;
    case KpiLine::Unit::Days: text = numberText(value, 1); break;
    case KpiLine::Unit::Km:
    case KpiLine::Unit::PerKm: text = numberText(value, 2); break;
  }
  if (value && !detail.empty()) text += QStringLiteral(" (%1)").arg(qs(detail));
  return text;
}

double defectsPerKmTotal(const DistrictKpi& k) {
  return k.defectsPerKm[0] + k.defectsPerKm[1] + k.defectsPerKm[2] + k.defectsPerKm[3];
}

}  // namespace pw::render
