#include "history_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/error.h"
#include "i18n.h"
#include "project_document.h"
#include "report/audit_changes.h"

namespace pw::desktop {
namespace {

QString actionName(const std::string& action) {
  if (action == "create") return HistoryDialog::tr("created");
  if (action == "update" || action == "edit") return HistoryDialog::tr("changed");
  if (action == "delete") return HistoryDialog::tr("deleted");
  return i18n::qs(action);  // a workflow step: issue, accept ...
}

}  // namespace

HistoryDialog::HistoryDialog(ProjectDocument* document, const std::string& entity, std::int64_t id,
                             const QString& title, QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("History of %1").arg(title));
  auto* layout = new QVBoxLayout(this);
  m_entries = new QTreeWidget(this);
  m_entries->setHeaderLabels({tr("When / field"), tr("Who / before"), tr("Change / after")});
  m_entries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  layout->addWidget(m_entries, 1);
  try {
    for (const auto& e : document->findings().auditOf(entity, id)) {
      auto* item = new QTreeWidgetItem(
          m_entries, {i18n::qs(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')).remove(QLatin1Char('Z')),
                      i18n::qs(e.user), actionName(e.action)});
      for (const auto& c : changedFields(e)) {
        new QTreeWidgetItem(item, {i18n::qs(c.field), i18n::qs(c.before), i18n::qs(c.after)});
      }
      item->setExpanded(e.action != "create" && e.action != "delete");
    }
  } catch (const Error& err) {
    new QTreeWidgetItem(m_entries, {i18n::errorText(err)});
  }
  if (m_entries->topLevelItemCount() == 0) new QTreeWidgetItem(m_entries, {tr("No changes recorded")});
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(720, 420);
}

}  // namespace pw::desktop
