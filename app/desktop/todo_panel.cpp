#include "todo_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "access/users.h"
#include "core/error.h"
#include "i18n.h"
#include "order_names.h"
#include "orders/todo.h"
#include "project_document.h"
#include "rules/project_time.h"

namespace pw::desktop {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

TodoPanel::TodoPanel(ProjectDocument* document, QWidget* parent) : QWidget(parent), m_document(document) {
  auto* layout = new QVBoxLayout(this);
  m_heading = new QLabel(this);
  m_heading->setWordWrap(true);
  layout->addWidget(m_heading);
  m_list = new QTreeWidget(this);
  m_list->setRootIsDecorated(false);
  m_list->setHeaderLabels({tr("Why"), tr("Order"), tr("District"), tr("State"), tr("Deadline"), tr("Assignee")});
  m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  layout->addWidget(m_list, 1);
  connect(m_list, &QTreeWidget::itemDoubleClicked, this,
          [this](QTreeWidgetItem* item) { emit openRequested(item->data(0, kIdRole).toLongLong()); });
  connect(m_document, &ProjectDocument::opened, this, &TodoPanel::refresh);
  connect(m_document, &ProjectDocument::userChanged, this, &TodoPanel::refresh);
  connect(m_document, &ProjectDocument::ordersEdited, this, &TodoPanel::refresh);
  connect(m_document, &ProjectDocument::closed, this, &TodoPanel::refresh);
  refresh();
}

void TodoPanel::refresh() {
  m_list->clear();
  if (!m_document->isOpen()) {
    m_heading->setText(tr("Open a project to see your work."));
    return;
  }
  try {
    const User user = UserStore(m_document->project()).require(m_document->userName().toStdString());
    const auto entries = todoFor(m_document->orders(), user);
    const std::string today = todayIso(m_document->project());
    for (const auto& e : entries) {
      const auto& o = e.order;
      auto* item = new QTreeWidgetItem(
          m_list, {todoReasonName(e.reason), i18n::qs(o.number), i18n::qs(o.districtName), orderStateName(o.state),
                   i18n::qs(o.deadline.value_or("")), i18n::qs(o.assignee)});
      item->setData(0, kIdRole, QVariant::fromValue<qint64>(o.id));
      if (o.overdue(today)) {
        for (int c = 0; c < item->columnCount(); ++c) item->setForeground(c, QColor(0xc0, 0, 0));
      }
    }
    m_heading->setText(entries.empty() ? tr("%1: nothing waiting for you.").arg(m_document->userName())
                                       : tr("%1: %n order(s) waiting for you (double-click to open).", nullptr,
                                            static_cast<int>(entries.size()))
                                             .arg(m_document->userName()));
  } catch (const Error& e) {
    m_heading->setText(i18n::errorText(e));
  }
}

}  // namespace pw::desktop
