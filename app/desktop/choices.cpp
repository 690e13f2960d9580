#include "choices.h"

#include <QComboBox>
#include <QDate>

#include "i18n.h"
#include "project_document.h"
#include "rules/project_time.h"
#include "store/districts.h"

namespace pw::desktop {

void addDistricts(QComboBox* box, ProjectDocument* document, DistrictKey key) {
  if (!document->isOpen()) return;
  for (const auto& district : listDistricts(document->project())) {
    const QString name = i18n::qs(district.name);
    switch (key) {
      case DistrictKey::Id: box->addItem(name, QVariant::fromValue<qint64>(district.id)); break;
      case DistrictKey::Name: box->addItem(name, name); break;
      case DistrictKey::Code: box->addItem(name, district.code.empty() ? name : i18n::qs(district.code)); break;
    }
  }
}

QDate projectToday(ProjectDocument* document) {
  const std::string today = document && document->isOpen() ? todayIso(document->project()) : defaultTodayIso();
  return QDate::fromString(i18n::qs(today), Qt::ISODate);
}

QStringList periodChoices(ProjectDocument* document) {
  const QDate today = projectToday(document);
  const QDate lastMonth = today.addMonths(-1);
  const int quarter = (today.month() - 1) / 3 + 1;
  const QString lastQuarter = quarter == 1 ? QStringLiteral("%1-Q4").arg(today.year() - 1)
                                           : QStringLiteral("%1-Q%2").arg(today.year()).arg(quarter - 1);
  return {today.toString(QStringLiteral("yyyy-MM")),
          lastMonth.toString(QStringLiteral("yyyy-MM")),
          QStringLiteral("%1-Q%2").arg(today.year()).arg(quarter),
          lastQuarter,
          QString::number(today.year()),
          QString::number(today.year() - 1)};
}

}  // namespace pw::desktop
