#pragma once
// Raising orders: from chosen findings (a pipe's defects, a misconnection point), or in bulk for a district
// ("every grade III-IV structural defect without an open order"). Empty fields take the rules' defaults (kind from
// the finding, priority from its grade, deadline from the priority).
#include <cstdint>
#include <vector>

#include <QDialog>

#include "orders/orders.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pw::desktop {

class ProjectDocument;

/// The fields every new order has; shared by both dialogs.
class OrderFieldsForm;

class RaiseOrderDialog : public QDialog {
  Q_OBJECT
public:
  RaiseOrderDialog(ProjectDocument* document, std::vector<OrderItem> items, QWidget* parent = nullptr);
  /// The new order's id after a successful accept, else 0.
  std::int64_t createdOrder() const { return m_created; }
  QLineEdit* assigneeEdit() const;
  QLabel* errorLabel() const { return m_error; }
  void accept() override;

private:
  ProjectDocument* m_document;
  std::vector<OrderItem> m_items;
  OrderFieldsForm* m_form;
  QLabel* m_error;
  std::int64_t m_created = 0;
};

class BulkOrderDialog : public QDialog {
  Q_OBJECT
public:
  explicit BulkOrderDialog(ProjectDocument* document, QWidget* parent = nullptr);
  const std::vector<std::int64_t>& createdOrders() const { return m_created; }
  QComboBox* districtBox() const { return m_district; }
  QComboBox* findingsBox() const { return m_findings; }
  QSpinBox* gradeBox() const { return m_grade; }
  QLabel* errorLabel() const { return m_error; }
  void accept() override;

private:
  ProjectDocument* m_document;
  QComboBox* m_district;
  QComboBox* m_findings;
  QSpinBox* m_grade;
  OrderFieldsForm* m_form;
  QLabel* m_error;
  std::vector<std::int64_t> m_created;
};

}  // namespace pw::desktop
