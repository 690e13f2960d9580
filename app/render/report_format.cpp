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

QString moneyText(double amount, int decimals) {
  const QString digits = QString::number(amount, 'f', decimals);
  const qsizetype point = digits.indexOf(QLatin1Char('.'));
  QString whole = point < 0 ? digits : digits.left(point);
  const bool negative = whole.startsWith(QLatin1Char('-'));
  if (negative) whole.remove(0, 1);
  for (qsizetype i = whole.size() - 3; i > 0; i -= 3) whole.insert(i, QLatin1Char(','));
  return (negative ? QStringLiteral("-") : QString()) + whole + (point < 0 ? QString() : digits.mid(point));
}

double defectsPerKmTotal(const DistrictKpi& k) {
  return k.defectsPerKm[0] + k.defectsPerKm[1] + k.defectsPerKm[2] + k.defectsPerKm[3];
}

}  // namespace pw::render
