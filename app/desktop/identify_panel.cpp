#include "identify_panel.h"

#include <QCoreApplication>
#include <QHeaderView>

#include "core/message.h"
#include "i18n.h"
#include "project_document.h"

namespace pw::desktop {

IdentifyPanel::IdentifyPanel(ProjectDocument* document, QWidget* parent) : QTreeWidget(parent), m_document(document) {
  setColumnCount(2);
  setHeaderLabels({tr("Attribute"), tr("Value")});
  setRootIsDecorated(false);
  setAlternatingRowColors(true);
  header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  connect(m_document, &ProjectDocument::selectionChanged, this, &IdentifyPanel::showSelection);
  connect(m_document, &ProjectDocument::closed, this, &QTreeWidget::clear);
}

void IdentifyPanel::showSelection() {
  clear();
  const auto sel = m_document->selection();
  if (!sel || !m_document->isOpen()) return;
  const auto rows = featureAttributes(m_document->project(), sel->layer, sel->id);
  for (const auto& row : rows) {
    const QString label = *row.label ? QCoreApplication::translate("pw", row.label) : QString::fromStdString(row.field);
    QString value = QString::fromStdString(row.value);
    if (!row.value.empty() && row.value[0] == kTranslatableArg) {
      value = QCoreApplication::translate("pw", row.value.c_str() + 1);
    }
    auto* item = new QTreeWidgetItem(this, {label, value});
    if (!*row.label) item->setForeground(0, palette().color(QPalette::PlaceholderText));
  }
}

QString IdentifyPanel::valueOf(const QString& label) const {
  for (int i = 0; i < topLevelItemCount(); ++i) {
    if (topLevelItem(i)->text(0) == label) return topLevelItem(i)->text(1);
  }
  return {};
}

}  // namespace pw::desktop
