#pragma once
// One rectification order: its fields (editable by the district manager while it is open), the findings it
// rectifies, what still blocks its closure, its timeline with notes and evidence, and a button for each step of the
// workflow, enabled when the current user may take it now.
#include <cstdint>
#include <map>
#include <optional>

#include <QDialog>
#include <QStringList>

#include "orders/orders.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace pw::desktop {

class ProjectDocument;

class OrderPage : public QDialog {
  Q_OBJECT
public:
  OrderPage(ProjectDocument* document, std::int64_t orderId, QWidget* parent = nullptr);

  /// Takes a step with the note, deadline, evidence and signer in `request` (its action and version are set here).
  /// On refusal the message is shown on the page and false returned.
  bool takeStep(OrderAction action, TransitionRequest request);
  /// Saves the edited fields. False (message shown) when refused.
  bool saveChanges();
  void reload();
  /// The evidence of a timeline row written to temporary files (to open them), in the order they were attached.
  QStringList evidenceFiles(int row);

  QPushButton* actionButton(OrderAction action) const { return m_actions.at(action); }
  QLabel* stateLabel() const { return m_state; }
  QLabel* messageLabel() const { return m_message; }
  QLabel* blockingLabel() const { return m_blocking; }
  QTreeWidget* timeline() const { return m_timeline; }
  QLineEdit* assigneeEdit() const { return m_assignee; }
  QListWidget* findingsList() const { return m_findings; }

signals:
  /// Show this finding (or the order itself) on the map.
  void locateRequested(pw::Point at);

private:
  void askAndTakeStep(OrderAction action);

  ProjectDocument* m_document;
  std::int64_t m_id;
  std::optional<OrderRecord> m_order;
  QLabel* m_title;
  QLabel* m_state;
  QComboBox* m_priority;
  QLineEdit* m_assignee;
  QDateEdit* m_deadline;
  QDoubleSpinBox* m_estimated;
  QDoubleSpinBox* m_actual;
  QPlainTextEdit* m_description;
  QPushButton* m_save;
  QListWidget* m_findings;
  QLabel* m_blocking;
  QTreeWidget* m_timeline;
  QLabel* m_message;
  std::map<OrderAction, QPushButton*> m_actions;
};

}  // namespace pw::desktop
