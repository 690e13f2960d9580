#pragma once
// The faults the imports found, as a list; activating one shows it on the map.
#include <vector>

#include <QTableWidget>

#include "importer/stored_issues.h"

namespace pw::desktop {

class ProjectDocument;

class IssuesPanel : public QTableWidget {
  Q_OBJECT
public:
  IssuesPanel(ProjectDocument* document, QWidget* parent = nullptr);
  void refresh();
  const std::vector<StoredIssue>& issues() const { return m_issues; }

signals:
  /// The user wants to see this issue on the map.
  void issueActivated(const pw::StoredIssue& issue);

private:
  ProjectDocument* m_document;
  std::vector<StoredIssue> m_issues;
};

}  // namespace pw::desktop
