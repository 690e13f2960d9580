#pragma once
// "My work": what is the current user's to do now (the core's todoFor): for a field team the orders assigned to it,
// for a district manager the district's orders waiting for acceptance, to issue, overdue or due soon. Shown when a
// project opens and refreshed when the user or any order changes.
#include <cstdint>

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pw::desktop {

class ProjectDocument;

class TodoPanel : public QWidget {
  Q_OBJECT
public:
  explicit TodoPanel(ProjectDocument* document, QWidget* parent = nullptr);

  void refresh();
  QTreeWidget* list() const { return m_list; }
  QLabel* heading() const { return m_heading; }

signals:
  void openRequested(std::int64_t orderId);

private:
  ProjectDocument* m_document;
  QLabel* m_heading;
  QTreeWidget* m_list;
};

}  // namespace pw::desktop
