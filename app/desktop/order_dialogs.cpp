#include "order_dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "choices.h"
#include "core/error.h"
#include "i18n.h"
#include "message_style.h"
#include "order_names.h"
#include "project_document.h"
#include "store/project.h"

namespace pw::desktop {

class OrderFieldsForm : public QWidget {
public:
  OrderFieldsForm(bool chooseKind, const QDate& today, QWidget* parent) : QWidget(parent) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    if (chooseKind) {
      m_kind = new QComboBox(this);
      m_kind->addItem(RaiseOrderDialog::tr("from the findings"), QString());
      for (const char* k : {"repair", "maintenance", "separation", "reinspection"})
        m_kind->addItem(orderKindName(k), QString::fromLatin1(k));
      form->addRow(RaiseOrderDialog::tr("What to do"), m_kind);
      m_priority = new QComboBox(this);
      m_priority->addItem(RaiseOrderDialog::tr("from the findings' grade"), QString());
      for (const char* p : {"urgent", "high", "normal", "low"})
        m_priority->addItem(priorityName(p), QString::fromLatin1(p));
      form->addRow(RaiseOrderDialog::tr("Priority"), m_priority);
    }
    m_assignee = new QLineEdit(this);
    m_assignee->setPlaceholderText(RaiseOrderDialog::tr("a field team or a contractor (may be set later)"));
    form->addRow(RaiseOrderDialog::tr("Assignee"), m_assignee);
    m_ownDeadline = new QCheckBox(RaiseOrderDialog::tr("Set the deadline (otherwise from the priority)"), this);
    m_deadline = new QDateEdit(today.addDays(30), this);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setEnabled(false);
    connect(m_ownDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    form->addRow(m_ownDeadline, m_deadline);
    m_cost = new QDoubleSpinBox(this);
    m_cost->setRange(-1, 1e9);
    m_cost->setValue(-1);
    m_cost->setSpecialValueText(RaiseOrderDialog::tr("not given"));
    m_cost->setSuffix(RaiseOrderDialog::tr(" yuan"));
    form->addRow(RaiseOrderDialog::tr("Estimated cost"), m_cost);
    m_description = new QPlainTextEdit(this);
    m_description->setMaximumHeight(60);
    form->addRow(RaiseOrderDialog::tr("Description"), m_description);
  }

  OrderDraft draft() const {
    OrderDraft d;
    if (m_kind) d.kind = m_kind->currentData().toString().toStdString();
    if (m_priority) d.priority = m_priority->currentData().toString().toStdString();
    d.assignee = m_assignee->text().trimmed().toStdString();
    if (m_ownDeadline->isChecked()) d.deadline = m_deadline->date().toString(Qt::ISODate).toStdString();
    if (m_cost->value() >= 0) d.estimatedCost = m_cost->value();
    const QString text = m_description->toPlainText().trimmed();
    if (!text.isEmpty()) d.description = text.toStdString();
    return d;
  }

  QLineEdit* assignee() const { return m_assignee; }

private:
  QComboBox* m_kind = nullptr;
  QComboBox* m_priority = nullptr;
  QLineEdit* m_assignee;
  QCheckBox* m_ownDeadline;
  QDateEdit* m_deadline;
  QDoubleSpinBox* m_cost;
  QPlainTextEdit* m_description;
};

namespace {

QDialogButtonBox* makeButtons(QDialog* dialog, const QString& okText) {
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
  buttons->button(QDialogButtonBox::Ok)->setText(okText);
  QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  return buttons;
}

}  // namespace

RaiseOrderDialog::RaiseOrderDialog(ProjectDocument* document, std::vector<OrderItem> items, QWidget* parent)
    : QDialog(parent), m_document(document), m_items(std::move(items)) {
  setWindowTitle(tr("Raise a rectification order"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("Findings to rectify:"), this));
  auto* list = new QListWidget(this);
  list->setMaximumHeight(100);
  for (const auto& item : m_items) {
    try {
      QString line = i18n::qs(m_document->orders().describe(item).label);
      if (const auto open = m_document->orders().openOrderOf(item))
        line += tr(" (already in order %1)").arg(i18n::qs(*open));
      list->addItem(line);
    } catch (const Error& e) {
      list->addItem(i18n::errorText(e));
    }
  }
  layout->addWidget(list);
  m_form = new OrderFieldsForm(true, projectToday(m_document), this);
  layout->addWidget(m_form);
  m_error = makeErrorLabel(this);
  layout->addWidget(m_error);
  layout->addWidget(makeButtons(this, tr("Raise the order")));
}

QLineEdit* RaiseOrderDialog::assigneeEdit() const { return m_form->assignee(); }

void RaiseOrderDialog::accept() {
  OrderDraft draft = m_form->draft();
  draft.items = m_items;
  try {
    m_created = m_document->orders().create(draft, m_document->userName().toStdString());
  } catch (const Error& e) {
    m_error->setText(i18n::errorText(e));
    return;
  }
  m_document->ordersChanged();
  QDialog::accept();
}

BulkOrderDialog::BulkOrderDialog(ProjectDocument* document, QWidget* parent) : QDialog(parent), m_document(document) {
  setWindowTitle(tr("Bulk orders"));
  auto* layout = new QVBoxLayout(this);
  auto* criteria = new QFormLayout;
  m_district = new QComboBox(this);
  addDistricts(m_district, m_document, DistrictKey::Code);
  m_findings = new QComboBox(this);
  m_findings->addItem(tr("structural defects"), QStringLiteral("structural"));
  m_findings->addItem(tr("functional defects"), QStringLiteral("functional"));
  m_findings->addItem(tr("misconnection points"), QStringLiteral("misconnection"));
  m_grade = new QSpinBox(this);
  m_grade->setRange(1, 4);
  m_grade->setValue(3);
  connect(m_findings, &QComboBox::currentIndexChanged, this, [this] {
    m_grade->setMaximum(m_findings->currentData().toString() == QLatin1String("misconnection") ? 3 : 4);
  });
  criteria->addRow(tr("District"), m_district);
  criteria->addRow(tr("Findings"), m_findings);
  criteria->addRow(tr("Of grade at least"), m_grade);
  layout->addLayout(criteria);
  layout->addWidget(new QLabel(tr("One draft order per pipe (defects) or per point (misconnections) that has no open "
                                  "order yet. For all of them:"),
                               this));
  m_form = new OrderFieldsForm(false, projectToday(m_document), this);
  layout->addWidget(m_form);
  m_error = makeErrorLabel(this);
  layout->addWidget(m_error);
  layout->addWidget(makeButtons(this, tr("Raise the orders")));
}

void BulkOrderDialog::accept() {
  BulkCriteria criteria;
  criteria.district = m_district->currentData().toString().toStdString();
  criteria.findings = m_findings->currentData().toString().toStdString();
  criteria.minGrade = m_grade->value();
  try {
    m_created = m_document->orders().createBulk(criteria, m_form->draft(), m_document->userName().toStdString());
  } catch (const Error& e) {
    m_error->setText(i18n::errorText(e));
    return;
  }
  m_document->ordersChanged();
  QDialog::accept();
}

}  // namespace pw::desktop
