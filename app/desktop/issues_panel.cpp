#include "issues_panel.h"

#include <QHeaderView>

#include "i18n.h"
#include "project_document.h"

namespace pw::desktop {

IssuesPanel::IssuesPanel(ProjectDocument* document, QWidget* parent) : QTableWidget(parent), m_document(document) {
  setColumnCount(5);
  setHorizontalHeaderLabels({tr("Severity"), tr("Layer"), tr("Feature"), tr("Id"), tr("Description")});
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  verticalHeader()->hide();
  horizontalHeader()->setStretchLastSection(true);
  setWordWrap(false);
  connect(m_document, &ProjectDocument::snapshotChanged, this, &IssuesPanel::refresh);
  connect(m_document, &ProjectDocument::closed, this, &IssuesPanel::refresh);
  connect(this, &QTableWidget::cellActivated, this, [this](int row, int) {
    if (row >= 0 && row < static_cast<int>(m_issues.size()))
      emit issueActivated(m_issues[static_cast<std::size_t>(row)]);
  });
  connect(this, &QTableWidget::cellClicked, this, [this](int row, int) {
    if (row >= 0 && row < static_cast<int>(m_issues.size()))
      emit issueActivated(m_issues[static_cast<std::size_t>(row)]);
  });
}

void IssuesPanel::refresh() {
  m_issues = m_document->isOpen() ? currentIssues(m_document->project()) : std::vector<StoredIssue>{};
  setRowCount(static_cast<int>(m_issues.size()));
  for (int row = 0; row < rowCount(); ++row) {
    const auto& is = m_issues[static_cast<std::size_t>(row)];
    const QString layer = is.layer == "pipes" ? tr("Pipes") : is.layer == "manholes" ? tr("Manholes") : tr("Districts");
    setItem(row, 0, new QTableWidgetItem(is.severity == "error" ? tr("Error") : tr("Warning")));
    setItem(row, 1, new QTableWidgetItem(layer));
    setItem(row, 2, new QTableWidgetItem(is.featureNo > 0 ? QString::number(is.featureNo) : QString()));
    setItem(row, 3, new QTableWidgetItem(QString::fromStdString(is.recordCode)));
    setItem(row, 4, new QTableWidgetItem(i18n::text(is.messageTemplate.c_str(), is.args)));
    item(row, 4)->setToolTip(item(row, 4)->text());
  }
  resizeColumnsToContents();
}

}  // namespace pw::desktop
