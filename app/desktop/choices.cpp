#include "choices.h"

#include <QComboBox>
#include <QDate>

#include "i18n.h"
#include "rules/project_time.h"
#include "project_document.h"
#include "store/project.h"

namespace pw::desktop {

void addDistricts(QComboBox* box, ProjectDocument* document, DistrictKey key) {
  if (!document->isOpen()) return;
  auto st = document->project().db().prepare("SELECT id, code, name FROM districts ORDER BY code, name");
  while (st.step()) {
    const QString name = i18n::qs(st.text(2));
    switch (key) {
      case DistrictKey::Id: box->addItem(name, QVariant::fromValue<qint64>(st.int64(0))); break;
      case DistrictKey::Name: box->addItem(name, name); break;
      case DistrictKey::Code: box->addItem(name, st.text(1).empty() ? name : i18n::qs(st.text(1))); break;
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
  return {today.toString(QStringLiteral("yyyy-MM")), lastMonth.toString(QStringLiteral("yyyy-MM")),
          QStringLiteral("%1-Q%2").arg(today.year()).arg(quarter), lastQuarter, QString::number(today.year()),
          QString::number(today.year() - 1)};
}

}  // namespace pw::desktop
