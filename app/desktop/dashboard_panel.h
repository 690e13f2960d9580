#pragma once
// The district dashboard: for a period (month, quarter, year or any range), every district's KPIs in rank order
// with the city's total, charts of the completion and on-time rates and of the overdue orders per district (Qt
// Charts), and a drill-down from every order number (a cell or a bar) to the orders behind it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <QWidget>

#include "report/kpi.h"

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace pw::desktop {

class ProjectDocument;

class DashboardPanel : public QWidget {
  Q_OBJECT
public:
  explicit DashboardPanel(ProjectDocument* document, QWidget* parent = nullptr);

  /// Recomputes the KPIs for the period in the period box.
  void refresh();
  /// Sets the period (as parsePeriod reads it) and recomputes.
  void setPeriod(const QString& period);
  /// The orders behind a table cell (row, column) as the drill-down shows them; false when the cell is no order count.
  bool drillDown(int row, int column);

  QTableWidget* table() const { return m_table; }
  QComboBox* periodBox() const { return m_period; }
  QLabel* message() const { return m_message; }
  const std::optional<KpiReport>& report() const { return m_report; }

signals:
  /// Show exactly these orders, under a caption naming the number.
  void ordersRequested(const std::vector<std::int64_t>& ids, const QString& caption);

private:
  void fillTable();
  void fillCharts();
  /// The district id of a table row (0 for the city), or none.
  std::optional<std::int64_t> districtOfRow(int row) const;
  void drill(std::optional<std::int64_t> district, const std::string& metric, const QString& what);

  ProjectDocument* m_document;
  QComboBox* m_period;
  QLabel* m_message;
  QTableWidget* m_table;
  QChartView* m_rates;
  QChartView* m_overdue;
  std::optional<KpiReport> m_report;
  std::optional<Period> m_shownPeriod;
};

}  // namespace pw::desktop
