#include "order_page.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "choices.h"
#include "core/error.h"
#include "core/paths.h"
#include "core/staged_output.h"
#include "file_dialogs.h"
#include "history_dialog.h"
#include "i18n.h"
#include "message_style.h"
#include "order_names.h"
#include "project_document.h"
#include "rules/project_time.h"
#include "store/attachments.h"

namespace pw::desktop {
namespace {

enum Role { XRole = Qt::UserRole + 1, YRole, EvidenceRole };

/// What a step needs from the user: a note (required for return, suspend, cancel), the approved new deadline
/// (suspend), evidence files, the signer of a re-inspection record (close), the actual cost (submit, close).
class StepDialog : public QDialog {
public:
  StepDialog(OrderAction action, const QString& number, const QDate& today, QWidget* parent)
      : QDialog(parent), m_action(action) {
    setWindowTitle(QStringLiteral("%1 %2").arg(orderActionName(action), number));
    auto* form = new QFormLayout(this);
    m_note = new QPlainTextEdit(this);
    m_note->setMaximumHeight(70);
    form->addRow(transitionRule(action).needsNote ? OrderPage::tr("Reason (required)") : OrderPage::tr("Note"), m_note);
    if (action == OrderAction::Suspend) {
      m_deadline = new QDateEdit(today.addDays(30), this);
      m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
      m_deadline->setCalendarPopup(true);
      form->addRow(OrderPage::tr("Approved new deadline"), m_deadline);
    }
    if (action == OrderAction::Close) {
      m_signer = new QLineEdit(this);
      m_signer->setPlaceholderText(OrderPage::tr("only when closing on a signed re-inspection record"));
      form->addRow(OrderPage::tr("Signed by"), m_signer);
    }
    if (action == OrderAction::Submit || action == OrderAction::Close) {
      m_cost = new QDoubleSpinBox(this);
      m_cost->setRange(-1, 1e9);
      m_cost->setSpecialValueText(OrderPage::tr("not given"));
      m_cost->setValue(-1);
      m_cost->setSuffix(OrderPage::tr(" yuan"));
      form->addRow(OrderPage::tr("Actual cost"), m_cost);
    }
    m_evidence = new QListWidget(this);
    m_evidence->setMaximumHeight(60);
    auto* add = new QPushButton(OrderPage::tr("Add evidence (photo or PDF)..."), this);
    connect(add, &QPushButton::clicked, this, [this] {
      for (const auto& path :
           files::openFileNames(this, OrderPage::tr("Evidence"), QString(),
                                OrderPage::tr("Photos and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)"))) {
        m_evidence->addItem(path);
      }
    });
    form->addRow(OrderPage::tr("Evidence"), m_evidence);
    form->addRow(QString(), add);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
  }

  TransitionRequest request() const {
    TransitionRequest r;
    r.action = m_action;
    r.note = m_note->toPlainText().trimmed().toStdString();
    if (m_deadline) r.newDeadline = m_deadline->date().toString(Qt::ISODate).toStdString();
    if (m_signer && !m_signer->text().trimmed().isEmpty()) r.signedBy = m_signer->text().trimmed().toStdString();
    if (m_cost && m_cost->value() >= 0) r.actualCost = m_cost->value();
    for (int i = 0; i < m_evidence->count(); ++i) {  // read by the core in pieces; it names a missing file
      const QString path = m_evidence->item(i)->text();
      r.evidence.push_back({QFileInfo(path).fileName().toStdString(), {}, path.toStdString()});
    }
    return r;
  }

private:
  OrderAction m_action;
  QPlainTextEdit* m_note;
  QDateEdit* m_deadline = nullptr;
  QLineEdit* m_signer = nullptr;
  QDoubleSpinBox* m_cost = nullptr;
  QListWidget* m_evidence;
};

QString stateStyle(OrderState s) {
  static const char* colours[] = {"#9e9e9e", "#1e63c8", "#008b8b", "#6a3db8", "#e0a800",
                                  "#e06000", "#8d6e63", "#2e9e44", "#bdbdbd"};
  return QStringLiteral(
             "QLabel { color: white; background: %1; border-radius: 4px; padding: 2px 8px; font-weight: bold; }")
      .arg(QLatin1String(colours[static_cast<int>(s)]));
}

}  // namespace

OrderPage::OrderPage(ProjectDocument* document, std::int64_t orderId, QWidget* parent)
    : QDialog(parent), m_document(document), m_id(orderId) {
  resize(820, 700);
  auto* layout = new QVBoxLayout(this);
  auto* header = new QHBoxLayout;
  m_title = new QLabel(this);
  m_state = new QLabel(this);
  header->addWidget(m_title, 1);
  header->addWidget(m_state);
  layout->addLayout(header);

  auto* grid = new QFormLayout;
  m_priority = new QComboBox(this);
  for (const char* p : {"urgent", "high", "normal", "low"})
    m_priority->addItem(priorityName(p), QString::fromLatin1(p));
  m_assignee = new QLineEdit(this);
  m_assignee->setPlaceholderText(tr("a field team or a contractor"));
  m_deadline = new QDateEdit(this);
  m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  m_deadline->setCalendarPopup(true);
  m_estimated = new QDoubleSpinBox(this);
  m_actual = new QDoubleSpinBox(this);
  for (auto* box : {m_estimated, m_actual}) {
    box->setRange(-1, 1e9);
    box->setSpecialValueText(tr("not given"));
    box->setSuffix(tr(" yuan"));
  }
  m_description = new QPlainTextEdit(this);
  m_description->setMaximumHeight(60);
  m_save = new QPushButton(tr("Save changes"), this);
  grid->addRow(tr("Priority"), m_priority);
  grid->addRow(tr("Assignee"), m_assignee);
  grid->addRow(tr("Deadline"), m_deadline);
  grid->addRow(tr("Estimated cost"), m_estimated);
  grid->addRow(tr("Actual cost"), m_actual);
  grid->addRow(tr("Description"), m_description);
  grid->addRow(QString(), m_save);
  layout->addLayout(grid);

  layout->addWidget(new QLabel(tr("Findings rectified by this order (double-click to show on the map):"), this));
  m_findings = new QListWidget(this);
  m_findings->setMaximumHeight(90);
  layout->addWidget(m_findings);
  m_blocking = new QLabel(this);
  m_blocking->setWordWrap(true);
  m_blocking->setStyleSheet(QStringLiteral("color: #a04000"));
  layout->addWidget(m_blocking);

  m_timeline = new QTreeWidget(this);
  m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("State"), tr("Note"), tr("Evidence")});
  m_timeline->setRootIsDecorated(false);
  m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_timeline->header()->setStretchLastSection(false);
  m_timeline->header()->setSectionResizeMode(4, QHeaderView::Stretch);
  layout->addWidget(m_timeline, 1);

  m_message = makeErrorLabel(this);
  layout->addWidget(m_message);
  auto* actions = new QHBoxLayout;
  for (const auto action : allOrderActions()) {
    auto* button = new QPushButton(orderActionName(action), this);
    button->setObjectName(QString::fromLatin1(orderActionKey(action)));
    connect(button, &QPushButton::clicked, this, [this, action] { askAndTakeStep(action); });
    actions->addWidget(button);
    m_actions[action] = button;
  }
  layout->addLayout(actions);
  auto* bottom = new QHBoxLayout;
  auto* locate = new QPushButton(tr("Show on map"), this);
  auto* history = new QPushButton(tr("Change history..."), this);
  auto* close = new QPushButton(tr("Close"), this);
  bottom->addWidget(locate);
  bottom->addWidget(history);
  bottom->addStretch(1);
  bottom->addWidget(close);
  layout->addLayout(bottom);

  connect(m_save, &QPushButton::clicked, this, &OrderPage::saveChanges);
  connect(history, &QPushButton::clicked, this, [this] {
    HistoryDialog dialog(m_document, "order", m_id, i18n::qs(m_order ? m_order->number : std::string()), this);
    dialog.exec();
  });
  connect(close, &QPushButton::clicked, this, &QDialog::accept);
  connect(locate, &QPushButton::clicked, this, [this] {
    if (m_order && m_order->location) emit locateRequested(*m_order->location);
  });
  connect(m_timeline, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
    for (const auto& path : evidenceFiles(m_timeline->indexOfTopLevelItem(item)))
      QDesktopServices::openUrl(QUrl::fromLocalFile(path));
  });
  connect(m_findings, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
    if (item->data(XRole).isValid()) emit locateRequested({item->data(XRole).toDouble(), item->data(YRole).toDouble()});
  });
  reload();
}

void OrderPage::reload() {
  auto& store = m_document->orders();
  m_order = store.order(m_id);
  if (!m_order) {
    m_message->setText(tr("This order no longer exists."));
    return;
  }
  const auto& o = *m_order;
  setWindowTitle(tr("Order %1").arg(i18n::qs(o.number)));
  const bool overdue = o.overdue(todayIso(m_document->project()));
  m_title->setText(tr("<b>%1</b> · %2 · %3%4")
                       .arg(i18n::qs(o.number), i18n::qs(o.districtName), orderKindName(o.kind),
                            overdue ? tr(" · <span style='color:#e00000'><b>overdue</b></span>") : QString()));
  m_state->setText(orderStateName(o.state));
  m_state->setStyleSheet(stateStyle(o.state));
  m_priority->setCurrentIndex(std::max(0, m_priority->findData(i18n::qs(o.priority))));
  m_assignee->setText(i18n::qs(o.assignee));
  m_deadline->setDate(QDate::fromString(i18n::qs(o.deadline.value_or("")), Qt::ISODate));
  m_estimated->setValue(o.estimatedCost.value_or(-1));
  m_actual->setValue(o.actualCost.value_or(-1));
  m_description->setPlainText(i18n::qs(o.description.value_or("")));

  // What the current user may change and do now.
  std::optional<User> user;
  try {
    user = UserStore(m_document->project()).require(m_document->userName().toStdString());
  } catch (const Error&) {
  }
  const bool mayEdit = user && isOpenState(o.state) && !orderManagementRefusal(*user, o.districtId, o.number);
  for (auto* w : std::initializer_list<QWidget*>{m_priority, m_assignee, m_deadline, m_estimated, m_actual,
                                                 m_description, m_save}) {
    w->setEnabled(mayEdit);
  }
  for (const auto& [action, button] : m_actions) {
    button->setEnabled(false);
    button->setVisible(false);
    button->setToolTip(QString());
  }
  if (user) {
    for (const auto& step : orderSteps(*user, o)) {
      auto* button = m_actions.at(step.action);
      button->setEnabled(!step.refusal);
      button->setVisible(step.fromThisState);
      button->setToolTip(step.refusal ? i18n::errorText(*step.refusal) : QString());
    }
  }

  m_findings->clear();
  for (const auto& item : o.items) {
    try {
      const auto f = store.describe(item);
      auto* entry = new QListWidgetItem(i18n::qs(f.label), m_findings);
      if (f.location) {
        entry->setData(XRole, f.location->x);
        entry->setData(YRole, f.location->y);
      }
    } catch (const Error& e) {
      new QListWidgetItem(i18n::errorText(e), m_findings);
    }
  }
  m_blocking->clear();
  if (o.state == OrderState::Submitted) {
    const auto open = store.unresolved(o);
    QStringList lines;
    for (const auto& u : open)
      lines << QStringLiteral("%1: %2").arg(i18n::qs(u.label), i18n::text(u.reasonTemplate, u.args));
    m_blocking->setText(open.empty() ? tr("All findings are verified resolved: the order can be closed.")
                                     : tr("Not yet verified: %1").arg(lines.join(QStringLiteral("; "))));
  }

  m_timeline->clear();
  for (const auto& e : store.events(m_id)) {
    const auto to = orderStateFromKey(e.toState);
    QString step = e.action == "create" ? tr("raised")
                                        : orderActionName(orderActionFromKey(e.action).value_or(OrderAction::Issue));
    QString note = i18n::qs(e.note);
    if (e.deadlineAfter)
      note +=
          (note.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(new deadline %1)").arg(i18n::qs(*e.deadlineAfter));
    if (e.signedBy)
      note += (note.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(signed by %1)").arg(i18n::qs(*e.signedBy));
    const QStringList columns{
        i18n::qs(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')).remove(QLatin1Char('Z')),
        i18n::qs(e.user),
        step,
        to ? orderStateName(*to) : i18n::qs(e.toState),
        note,
        e.evidence.empty() ? QString() : tr("%n file(s), double-click", nullptr, static_cast<int>(e.evidence.size()))};
    auto* row = new QTreeWidgetItem(m_timeline, columns);
    QVariantList ids;
    for (const auto id : e.evidence) ids << QVariant::fromValue<qint64>(id);
    row->setData(0, EvidenceRole, ids);
  }
}

QStringList OrderPage::evidenceFiles(int row) {
  QStringList paths;
  const auto* item = m_timeline->topLevelItem(row);
  if (!item) return paths;
  const QString folder = QDir::temp().filePath(QStringLiteral("pipeward-evidence"));
  QDir().mkpath(folder);
  for (const auto& id : item->data(0, EvidenceRole).toList()) {
    try {
      const auto [bytes, mime] = readAttachment(m_document->project(), id.toLongLong());
      const QString ext =
          mime == "application/pdf" ? QStringLiteral("pdf") : QString::fromStdString(mime.substr(mime.find('/') + 1));
      const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.%3")
                                                     .arg(i18n::qs(m_order ? m_order->number : std::string()))
                                                     .arg(id.toLongLong())
                                                     .arg(ext));
      writeFileAtomically(path.toStdString(), bytes);  // a viewer never opens a half-written copy
      paths << path;
    } catch (const Error& e) {
      m_message->setText(i18n::errorText(e));
    }
  }
  return paths;
}

bool OrderPage::saveChanges() {
  if (!m_order) return false;
  OrderRecord changed = *m_order;
  changed.priority = m_priority->currentData().toString().toStdString();
  changed.assignee = m_assignee->text().trimmed().toStdString();
  changed.deadline = m_deadline->date().toString(Qt::ISODate).toStdString();
  changed.estimatedCost = m_estimated->value() >= 0 ? std::optional(m_estimated->value()) : std::nullopt;
  changed.actualCost = m_actual->value() >= 0 ? std::optional(m_actual->value()) : std::nullopt;
  const QString description = m_description->toPlainText().trimmed();
  changed.description = description.isEmpty() ? std::nullopt : std::optional(description.toStdString());
  try {
    m_document->orders().update(changed, m_document->userName().toStdString());
  } catch (const Error& e) {
    m_message->setText(i18n::errorText(e));
    return false;
  }
  m_message->clear();
  reload();
  m_document->ordersChanged();
  return true;
}

bool OrderPage::takeStep(OrderAction action, TransitionRequest request) {
  if (!m_order) return false;
  request.action = action;
  request.version = m_order->version;
  try {
    m_document->orders().transition(m_id, request, m_document->userName().toStdString());
  } catch (const Error& e) {
    m_message->setText(i18n::errorText(e));
    reload();  // someone else may have moved it on
    return false;
  }
  m_message->clear();
  reload();
  m_document->ordersChanged();
  return true;
}

void OrderPage::askAndTakeStep(OrderAction action) {
  StepDialog dialog(action, i18n::qs(m_order ? m_order->number : std::string()), projectToday(m_document), this);
  if (dialog.exec() != QDialog::Accepted) return;
  TransitionRequest request;
  try {
    request = dialog.request();
  } catch (const Error& e) {
    m_message->setText(i18n::errorText(e));
    return;
  }
  takeStep(action, request);
}

}  // namespace pw::desktop
