#pragma once
// The orders list: every rectification order of the project, filtered by district, state, overdue, assignee,
// priority and kind, or exactly the orders behind a KPI number (drill-down). Double-click opens an order.
#include <cstdint>
#include <optional>
#include <vector>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pw {
struct OrderRecord;
}

namespace pw::desktop {

class ProjectDocument;

class OrdersPanel : public QWidget {
  Q_OBJECT
public:
  explicit OrdersPanel(ProjectDocument* document, QWidget* parent = nullptr);

  /// Re-reads the orders with the current filters (or the drill-down list).
  void refresh();
  /// Shows exactly these orders (a KPI's drill-down) under a caption, until a filter is touched or "All orders".
  void showOrders(const std::vector<std::int64_t>& ids, const QString& caption);
  /// Back to the filters.
  void showFiltered();

  QTableWidget* table() const { return m_table; }
  QComboBox* districtFilter() const { return m_district; }
  QComboBox* stateFilter() const { return m_state; }
  QCheckBox* overdueFilter() const { return m_overdue; }
  QComboBox* assigneeFilter() const { return m_assignee; }
  QLabel* caption() const { return m_caption; }
  /// The order id of a table row.
  std::int64_t orderAt(int row) const;

signals:
  void openRequested(std::int64_t orderId);
  void bulkRequested();

private:
  void fillFilterChoices();
  void fillTable(const std::vector<OrderRecord>& rows);

  ProjectDocument* m_document;
  QComboBox* m_district;
  QComboBox* m_state;
  QCheckBox* m_overdue;
  QComboBox* m_assignee;
  QComboBox* m_priority;
  QComboBox* m_kind;
  QLabel* m_caption;
  QPushButton* m_all;
  QTableWidget* m_table;
  std::optional<std::vector<std::int64_t>> m_drill;
  bool m_filling = false;
};

}  // namespace pw::desktop
