#include "dashboard_panel.h"

#include <utility>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "choices.h"
#include "core/error.h"
#include "i18n.h"
#include "order_names.h"
#include "orders/orders.h"
#include "orders/workflow.h"
#include "project_document.h"

namespace pw::desktop {
namespace {

enum Column {
  Rank,
  District,
  Due,
  ClosedOfDue,
  Completion,
  OnTime,
  Overdue,
  ClosedInPeriod,
  AverageDays,
  Returns,
  ReturnRate,
  Open,
  DefectsPerKm,
  Misconnections,
  Density,
  ColumnCount
};

/// The KPI behind each column whose number counts orders (ordersBehind's metric), empty for the others.
const char* metricOf(int column) {
  switch (column) {
    case Due: return "due";
    case ClosedOfDue:
    case Completion: return "closed_of_due";
    case OnTime: return "closed_on_time";
    case Overdue: return "overdue";
    case ClosedInPeriod:
    case AverageDays: return "closed_in_period";
    case Returns:
    case ReturnRate: return "returned";
    case Open: return "open";
    default: return "";
  }
}

QString percent(const std::optional<double>& rate) {
  return rate ? QStringLiteral("%1%").arg(*rate * 100, 0, 'f', 1) : QStringLiteral("–");
}

std::int64_t openCount(const DistrictKpi& k) {
  std::int64_t n = 0;
  for (const auto& [state, count] : k.openByState) n += count;
  return n;
}

QChartView* makeChartView(QWidget* parent) {
  auto* view = new QChartView(parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumHeight(180);
  return view;
}

}  // namespace

DashboardPanel::DashboardPanel(ProjectDocument* document, QWidget* parent) : QWidget(parent), m_document(document) {
  auto* layout = new QVBoxLayout(this);
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Period:"), this));
  m_period = new QComboBox(this);
  m_period->setEditable(true);
  m_period->addItems(periodChoices(m_document));
  m_period->setCurrentIndex(4);  // this year so far: the programme's pace at a glance; a month is one click away
  m_period->setToolTip(tr("A month (2026-03), a quarter (2026-Q1), a year (2026) or a range (2026-01-01..2026-02-15)"));
  top->addWidget(m_period);
  m_message = new QLabel(this);
  m_message->setWordWrap(true);
  top->addWidget(m_message, 1);
  layout->addLayout(top);

  m_table = new QTableWidget(0, ColumnCount, this);
  m_table->setHorizontalHeaderLabels(
      {tr("Rank"), tr("District"), tr("Due"), tr("Closed"), tr("Completion rate"), tr("On-time rate"), tr("Overdue"),
       tr("Closed in period"), tr("Average days to close"), tr("Returns"), tr("Return rate"), tr("Open"),
       tr("Grade III-IV defects per km"), tr("Misconnection points"), tr("Misconnection density")});
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->setToolTip(tr("Double-click an order number to see the orders behind it"));
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(m_table);
  auto* charts = new QSplitter(Qt::Horizontal, split);
  m_rates = makeChartView(charts);
  m_overdue = makeChartView(charts);
  charts->setStretchFactor(0, 3);
  charts->setStretchFactor(1, 2);
  split->addWidget(charts);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 1);
  layout->addWidget(split, 1);

  connect(m_period, &QComboBox::currentTextChanged, this, [this] { refresh(); });
  connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) { drillDown(row, column); });
  connect(m_document, &ProjectDocument::opened, this, &DashboardPanel::refresh);
  connect(m_document, &ProjectDocument::ordersEdited, this, &DashboardPanel::refresh);
  connect(m_document, &ProjectDocument::findingsEdited, this, &DashboardPanel::refresh);
  connect(m_document, &ProjectDocument::closed, this, [this] {
    m_report.reset();
    fillTable();
    fillCharts();
  });
}

void DashboardPanel::setPeriod(const QString& period) {
  m_period->setCurrentText(period);
  refresh();
}

void DashboardPanel::refresh() {
  if (!m_document->isOpen()) return;
  try {
    const Period period = parsePeriod(m_period->currentText().toStdString());
    m_report = computeKpis(m_document->project(), m_document->catalogues(), period);
    m_shownPeriod = period;
    m_message->setText(tr("%1 to %2, figures as on %3")
                           .arg(i18n::qs(period.from), i18n::qs(period.to), i18n::qs(m_report->referenceDay)));
  } catch (const Error& e) {
    m_message->setText(i18n::errorText(e));  // the last good figures stay
    return;
  }
  fillTable();
  fillCharts();
}

void DashboardPanel::fillTable() {
  m_table->setRowCount(0);
  if (!m_report) return;
  std::vector<const DistrictKpi*> rows;
  for (const auto& d : m_report->districts) rows.push_back(&d);
  rows.push_back(&m_report->city);
  m_table->setRowCount(static_cast<int>(rows.size()));
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    const DistrictKpi& k = *rows[static_cast<std::size_t>(r)];
    const bool city = k.districtId == 0;
    const QString name = city ? tr("City") : i18n::qs(k.name);
    const std::int64_t severe = k.defectsByGrade[2] + k.defectsByGrade[3];
    const QStringList cells{
        city ? QString() : QString::number(k.rank),
        name,
        QString::number(k.due),
        QString::number(k.closedOfDue),
        percent(k.completionRate),
        percent(k.onTimeRate),
        QString::number(k.overdue),
        QString::number(k.closedInPeriod),
        k.averageDaysToClose ? QString::number(*k.averageDaysToClose, 'f', 1) : QStringLiteral("–"),
        QString::number(k.returns),
        percent(k.returnRate),
        QString::number(openCount(k)),
        k.inspectedKm > 0 ? QString::number(severe / k.inspectedKm, 'f', 2) : QStringLiteral("–"),
        QString::number(k.misconnections),
        k.misconnectionDensity
            ? QStringLiteral("%1 (%2)").arg(*k.misconnectionDensity, 0, 'f', 2).arg(i18n::qs(k.densityGrade))
            : QStringLiteral("–")};
    for (int c = 0; c < ColumnCount; ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      item->setData(Qt::UserRole, QVariant::fromValue<qint64>(k.districtId));
      if (c != District) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (*metricOf(c)) item->setForeground(QColor(0x1e, 0x63, 0xc8));
      if (city) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
      }
      if (c == Overdue && k.overdue > 0) item->setForeground(QColor(0xc0, 0, 0));
      m_table->setItem(r, c, item);
    }
  }
}

void DashboardPanel::fillCharts() {
  auto* rates = new QChart;
  auto* overdue = new QChart;
  rates->setTitle(tr("Completion and on-time rate (%)"));
  overdue->setTitle(tr("Overdue orders"));
  if (m_report && !m_report->districts.empty()) {
    QStringList names;
    auto* completion = new QBarSet(tr("Completion rate"));
    auto* onTime = new QBarSet(tr("On-time rate"));
    auto* late = new QBarSet(tr("Overdue"));
    late->setColor(QColor(0xd0, 0x30, 0x30));
    for (const auto& d : m_report->districts) {
      names << i18n::qs(d.name);
      *completion << d.completionRate.value_or(0) * 100;
      *onTime << d.onTimeRate.value_or(0) * 100;
      *late << static_cast<double>(d.overdue);
    }
    auto drillBar = [this](const char* metric, const QString& what) {
      return [this, metric, what](int index) {
        if (!m_report || index < 0 || index >= static_cast<int>(m_report->districts.size())) return;
        drill(m_report->districts[static_cast<std::size_t>(index)].districtId, metric, what);
      };
    };
    connect(completion, &QBarSet::clicked, this, drillBar("closed_of_due", tr("Closed")));
    connect(onTime, &QBarSet::clicked, this, drillBar("closed_on_time", tr("On-time rate")));
    connect(late, &QBarSet::clicked, this, drillBar("overdue", tr("Overdue")));
    auto addSeries = [&names](QChart* chart, std::initializer_list<QBarSet*> sets, double top) {
      auto* series = new QBarSeries;
      for (auto* set : sets) series->append(set);
      chart->addSeries(series);
      auto* x = new QBarCategoryAxis;
      x->append(names);
      chart->addAxis(x, Qt::AlignBottom);
      series->attachAxis(x);
      auto* y = new QValueAxis;
      y->setRange(0, top);
      y->setLabelFormat(QStringLiteral("%.0f"));
      chart->addAxis(y, Qt::AlignLeft);
      series->attachAxis(y);
    };
    addSeries(rates, {completion, onTime}, 100);
    std::int64_t most = 1;
    for (const auto& d : m_report->districts) most = std::max(most, d.overdue);
    addSeries(overdue, {late}, static_cast<double>(most));
    if (auto* y = qobject_cast<QValueAxis*>(overdue->axes(Qt::Vertical).value(0))) {
      y->applyNiceNumbers();  // whole orders: ticks on whole numbers
      if (most < 5) y->setTickCount(static_cast<int>(most) + 1);
    }
    overdue->legend()->hide();
  }
  for (auto* chart : {rates, overdue}) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
  }
  rates->legend()->setAlignment(Qt::AlignRight);
  // The view takes the new chart and only releases the old one (QChartView::setChart): delete it here.
  for (auto [view, chart] : {std::pair{m_rates, rates}, std::pair{m_overdue, overdue}}) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
  }
}

std::optional<std::int64_t> DashboardPanel::districtOfRow(int row) const {
  const auto* item = m_table->item(row, District);
  if (!item) return std::nullopt;
  return item->data(Qt::UserRole).toLongLong();
}

bool DashboardPanel::drillDown(int row, int column) {
  const auto district = districtOfRow(row);
  const std::string metric = metricOf(column);
  if (!district || metric.empty()) return false;
  drill(*district, metric, m_table->horizontalHeaderItem(column)->text());
  return true;
}

void DashboardPanel::drill(std::optional<std::int64_t> district, const std::string& metric, const QString& what) {
  if (!m_shownPeriod || !m_report) return;
  try {
    std::vector<std::int64_t> ids;
    if (metric == "open") {
      for (const auto s : allOrderStates()) {
        if (!isOpenState(s) || s == OrderState::Draft) continue;
        const auto part =
            ordersBehind(m_document->project(), *m_shownPeriod, district, std::string("open:") + orderStateKey(s));
        ids.insert(ids.end(), part.begin(), part.end());
      }
    } else {
      ids = ordersBehind(m_document->project(), *m_shownPeriod, district, metric);
    }
    QString where = tr("City");
    if (district && *district != 0) {
      for (const auto& d : m_report->districts) {
        if (d.districtId == *district) where = i18n::qs(d.name);
      }
    }
    emit ordersRequested(ids, tr("%1 · %2 · %3: %n order(s)", nullptr, static_cast<int>(ids.size()))
                                  .arg(where, what, i18n::qs(m_shownPeriod->label)));
  } catch (const Error& e) {
    m_message->setText(i18n::errorText(e));
  }
}

}  // namespace pw::desktop
