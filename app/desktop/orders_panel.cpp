#include "orders_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "choices.h"
#include "core/error.h"
#include "i18n.h"
#include "order_names.h"
#include "orders/orders.h"
#include "project_document.h"
#include "report/district_report.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw::desktop {
namespace {

enum Column { Number, District, Kind, State, Priority, Assignee, Deadline, Late, Findings, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
/// A list longer than this is cut (the user narrows the filters): a table of a whole city's orders helps nobody.
constexpr std::size_t kMostShown = 2000;

}  // namespace

OrdersPanel::OrdersPanel(ProjectDocument* document, QWidget* parent) : QWidget(parent), m_document(document) {
  auto* layout = new QVBoxLayout(this);
  auto* filters = new QHBoxLayout;
  m_district = new QComboBox(this);
  m_state = new QComboBox(this);
  m_overdue = new QCheckBox(tr("Overdue only"), this);
  m_assignee = new QComboBox(this);
  m_priority = new QComboBox(this);
  m_kind = new QComboBox(this);
  m_state->addItem(tr("All states"), QString());
  m_state->addItem(tr("Open"), QStringLiteral("open"));
  for (const auto s : allOrderStates()) m_state->addItem(orderStateName(s), QString::fromLatin1(orderStateKey(s)));
  m_priority->addItem(tr("All priorities"), QString());
  for (const char* p : {"urgent", "high", "normal", "low"})
    m_priority->addItem(priorityName(p), QString::fromLatin1(p));
  m_kind->addItem(tr("All kinds"), QString());
  for (const char* k : {"repair", "maintenance", "separation", "reinspection"})
    m_kind->addItem(orderKindName(k), QString::fromLatin1(k));
  filters->addWidget(m_district);
  filters->addWidget(m_state);
  filters->addWidget(m_priority);
  filters->addWidget(m_kind);
  filters->addWidget(m_assignee);
  filters->addWidget(m_overdue);
  filters->addStretch(1);
  auto* bulk = new QPushButton(tr("Bulk orders..."), this);
  bulk->setToolTip(tr("Raise one draft order per pipe or point for every finding of a grade without an open order"));
  filters->addWidget(bulk);
  layout->addLayout(filters);

  auto* captionRow = new QHBoxLayout;
  m_caption = new QLabel(this);
  m_all = new QPushButton(tr("All orders"), this);
  captionRow->addWidget(m_caption, 1);
  captionRow->addWidget(m_all);
  layout->addLayout(captionRow);

  m_table = new QTableWidget(0, ColumnCount, this);
  m_table->setHorizontalHeaderLabels({tr("Number"), tr("District"), tr("Kind"), tr("State"), tr("Priority"),
                                      tr("Assignee"), tr("Deadline"), tr("Days overdue"), tr("Findings")});
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSortingEnabled(true);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(m_table, 1);

  for (auto* box : {m_district, m_state, m_assignee, m_priority, m_kind}) {
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
      if (!m_filling) showFiltered();
    });
  }
  connect(m_overdue, &QCheckBox::toggled, this, &OrdersPanel::showFiltered);
  connect(m_all, &QPushButton::clicked, this, &OrdersPanel::showFiltered);
  connect(bulk, &QPushButton::clicked, this, &OrdersPanel::bulkRequested);
  connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    if (const auto id = orderAt(row)) emit openRequested(id);
  });
  connect(m_document, &ProjectDocument::opened, this, [this] {
    m_drill.reset();
    refresh();
  });
  connect(m_document, &ProjectDocument::ordersEdited, this, &OrdersPanel::refresh);
  connect(m_document, &ProjectDocument::closed, this, [this] {
    m_drill.reset();
    m_table->setRowCount(0);
  });
  refresh();
}

std::int64_t OrdersPanel::orderAt(int row) const {
  const auto* item = m_table->item(row, Number);
  return item ? item->data(kIdRole).toLongLong() : 0;
}

void OrdersPanel::fillFilterChoices() {
  m_filling = true;
  const QVariant district = m_district->currentData();
  const QString assignee = m_assignee->currentData().toString();
  m_district->clear();
  m_district->addItem(tr("All districts"), QVariant());
  m_assignee->clear();
  m_assignee->addItem(tr("All assignees"), QString());
  if (m_document->isOpen()) {
    addDistricts(m_district, m_document, DistrictKey::Id);
    for (const auto& team : orderAssignees(m_document->project())) m_assignee->addItem(i18n::qs(team), i18n::qs(team));
  }
  m_district->setCurrentIndex(std::max(0, m_district->findData(district)));
  m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(assignee)));
  m_filling = false;
}

void OrdersPanel::showOrders(const std::vector<std::int64_t>& ids, const QString& caption) {
  m_drill = ids;
  m_caption->setText(ids.size() > kMostShown ? tr("%1 (the first %2 shown)").arg(caption).arg(kMostShown) : caption);
  refresh();
}

void OrdersPanel::showFiltered() {
  m_drill.reset();
  refresh();
}

void OrdersPanel::refresh() {
  fillFilterChoices();
  m_all->setVisible(m_drill.has_value());
  if (!m_document->isOpen()) {
    m_table->setRowCount(0);
    m_caption->clear();
    return;
  }
  std::vector<OrderRecord> rows;
  try {
    auto& store = m_document->orders();
    if (m_drill) {
      for (const auto id : *m_drill) {
        if (rows.size() == kMostShown) break;
        if (auto o = store.order(id)) rows.push_back(std::move(*o));
      }
    } else {
      OrderFilter filter;
      if (m_district->currentData().isValid()) filter.districtId = m_district->currentData().toLongLong();
      const QString state = m_state->currentData().toString();
      if (state == QLatin1String("open")) {
        filter.openOnly = true;
      } else if (!state.isEmpty()) {
        filter.state = orderStateFromKey(state.toStdString());
      }
      filter.overdueOnly = m_overdue->isChecked();
      if (const QString a = m_assignee->currentData().toString(); !a.isEmpty()) filter.assignee = a.toStdString();
      if (const QString p = m_priority->currentData().toString(); !p.isEmpty()) filter.priority = p.toStdString();
      if (const QString k = m_kind->currentData().toString(); !k.isEmpty()) filter.kind = k.toStdString();
      filter.limit = kMostShown;
      rows = store.list(filter);
      m_caption->setText(rows.size() == kMostShown
                             ? tr("The first %1 orders (narrow the filters to see the others)").arg(kMostShown)
                             : tr("%n order(s)", nullptr, static_cast<int>(rows.size())));
    }
  } catch (const Error& e) {
    m_caption->setText(i18n::errorText(e));
  }
  fillTable(rows);
}

void OrdersPanel::fillTable(const std::vector<OrderRecord>& rows) {
  const std::string today = todayIso(m_document->project());
  m_table->setSortingEnabled(false);
  m_table->setRowCount(static_cast<int>(rows.size()));
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    const auto& o = rows[static_cast<std::size_t>(r)];
    const bool late = o.overdue(today);
    auto set = [&](int column, const QString& text, const QVariant& sortKey = {}) {
      auto* item = new QTableWidgetItem(text);
      if (sortKey.isValid()) item->setData(Qt::DisplayRole, sortKey);
      if (late) item->setForeground(QColor(0xc0, 0, 0));
      m_table->setItem(r, column, item);
      return item;
    };
    set(Number, i18n::qs(o.number))->setData(kIdRole, QVariant::fromValue<qint64>(o.id));
    set(District, i18n::qs(o.districtName));
    set(Kind, orderKindName(o.kind));
    set(State, orderStateName(o.state));
    set(Priority, priorityName(o.priority));
    set(Assignee, i18n::qs(o.assignee));
    set(Deadline, i18n::qs(o.deadline.value_or("")));
    if (late) {
      set(Late, QString(), QVariant::fromValue<qint64>(daysFrom(*o.deadline, today)));
    } else {
      set(Late, QString());
    }
    set(Findings, QString(), static_cast<int>(o.items.size()));
  }
  m_table->setSortingEnabled(true);
}

}  // namespace pw::desktop
