#pragma once
// The change history of one record (a defect, a misconnection point, an order) from the append-only audit log: who
// changed it when, and each field's value before and after.
#include <cstdint>
#include <string>

#include <QDialog>

class QTreeWidget;

namespace pw::desktop {

class ProjectDocument;

class HistoryDialog : public QDialog {
  Q_OBJECT
public:
  /// `entity`: defect, misconnection, inspection or order.
  HistoryDialog(ProjectDocument* document, const std::string& entity, std::int64_t id, const QString& title,
                QWidget* parent = nullptr);
  QTreeWidget* entries() const { return m_entries; }

private:
  QTreeWidget* m_entries;
};

}  // namespace pw::desktop
