#include "planning_panel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "choices.h"
#include "core/error.h"
#include "i18n.h"
#include "message_style.h"
#include "orders/orders.h"
#include "plan/area_analysis.h"
#include "plan/planning.h"
#include "plan/separation.h"
#include "project_document.h"
#include "store/project.h"

namespace pw::desktop {
namespace {

enum CandidateColumn {
  Rank,
  Name,
  District,
  AreaKind,
  Households,
  OpenPoints,
  Flow,
  Degree,
  CombinedLength,
  Mixed,
  Score,
  Projects,
  CandidateColumns
};
enum ProjectColumn { ProjectName, Year, Status, AreaCount, Budget, Progress, Orders, ProjectColumns };
constexpr int kIdRole = Qt::UserRole + 1;

QString statusName(SeparationStatus s) {
  switch (s) {
    case SeparationStatus::Planning: return PlanningPanel::tr("planning");
    case SeparationStatus::Design: return PlanningPanel::tr("design");
    case SeparationStatus::Construction: return PlanningPanel::tr("construction");
    case SeparationStatus::Completed: return PlanningPanel::tr("completed");
    case SeparationStatus::Accepted: return PlanningPanel::tr("accepted");
  }
  return {};
}

QString kindName(const std::string& kind) {
  if (kind == "old_residential") return PlanningPanel::tr("old residential community");
  if (kind == "campus") return PlanningPanel::tr("campus");
  if (kind == "block") return PlanningPanel::tr("street block");
  return i18n::qs(kind);
}

QString degreeName(int degree) {
  switch (degree) {
    case 1: return PlanningPanel::tr("slight");
    case 2: return PlanningPanel::tr("moderate");
    case 3: return PlanningPanel::tr("severe");
    default: return QStringLiteral("–");
  }
}

/// Money as planners write it: 10,000 yuan (万元) with one decimal.
QString tenThousandYuan(double yuan) {
  return PlanningPanel::tr("%L1 ten-thousand yuan").arg(yuan / 10000.0, 0, 'f', 1);
}

QTableWidgetItem* numberItem(double value, int decimals) {
  auto* item = new QTableWidgetItem;
  item->setData(Qt::DisplayRole, decimals ? QVariant(QString::number(value, 'f', decimals).toDouble())
                                          : QVariant(static_cast<qlonglong>(value)));
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

QTableWidget* makeTable(int columns, const QStringList& headers, QWidget* parent) {
  auto* table = new QTableWidget(0, columns, parent);
  table->setHorizontalHeaderLabels(headers);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(QAbstractItemView::SingleSelection);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->horizontalHeader()->setStretchLastSection(true);
  return table;
}

}  // namespace

PlanningPanel::PlanningPanel(ProjectDocument* document, QWidget* parent) : QWidget(parent), m_document(document) {
  auto* layout = new QVBoxLayout(this);
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Candidate areas, best first:"), this));
  m_district = new QComboBox(this);
  top->addWidget(m_district);
  top->addStretch(1);
  m_message = makeErrorLabel(this);
  top->addWidget(m_message, 2);
  layout->addLayout(top);

  auto* split = new QSplitter(Qt::Horizontal, this);
  auto* left = new QWidget(split);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  m_candidates = makeTable(CandidateColumns,
                           {tr("Rank"), tr("Area"), tr("District"), tr("Kind"), tr("Households"),
                            tr("Open misconnections"), tr("Dry-weather flow (m³/d)"), tr("Highest degree"),
                            tr("Combined pipes (m)"), tr("Mixed-flow manholes"), tr("Score"), tr("In projects")},
                           left);
  m_candidates->setToolTip(tr("Tick areas to see their totals; double-click one for what it holds"));
  leftLayout->addWidget(m_candidates, 1);
  auto* selection = new QHBoxLayout;
  m_totals = new QLabel(left);
  m_totals->setWordWrap(true);
  m_create = new QPushButton(tr("New separation project from the ticked areas..."), left);
  selection->addWidget(m_totals, 1);
  selection->addWidget(m_create);
  leftLayout->addLayout(selection);

  auto* right = new QWidget(split);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addWidget(new QLabel(tr("Separation projects:"), right));
  m_projects = makeTable(
      ProjectColumns,
      {tr("Project"), tr("Year"), tr("Status"), tr("Areas"), tr("Budget"), tr("Progress"), tr("Orders")}, right);
  rightLayout->addWidget(m_projects, 1);
  auto* steps = new QHBoxLayout;
  m_back = new QPushButton(tr("Back a step..."), right);
  m_forward = new QPushButton(tr("Next status"), right);
  steps->addStretch(1);
  steps->addWidget(m_back);
  steps->addWidget(m_forward);
  rightLayout->addLayout(steps);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  layout->addWidget(split, 1);

  connect(m_district, &QComboBox::currentIndexChanged, this, [this] {
    if (!m_filling) fillCandidates();
  });
  connect(m_candidates, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
    if (!m_filling && item->column() == Rank) updateTotals();
  });
  connect(m_candidates, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    if (auto* item = m_candidates->item(row, Name)) showArea(item->data(kIdRole).toLongLong());
  });
  connect(m_create, &QPushButton::clicked, this, &PlanningPanel::createProjectFromSelection);
  connect(m_forward, &QPushButton::clicked, this, [this] { stepProject(true); });
  connect(m_back, &QPushButton::clicked, this, [this] { stepProject(false); });
  connect(m_document, &ProjectDocument::opened, this, &PlanningPanel::refresh);
  connect(m_document, &ProjectDocument::findingsEdited, this, &PlanningPanel::refresh);
  connect(m_document, &ProjectDocument::ordersEdited, this, &PlanningPanel::refresh);
  connect(m_document, &ProjectDocument::closed, this, &PlanningPanel::refresh);
  refresh();
}

void PlanningPanel::refresh() {
  m_filling = true;
  const QVariant district = m_district->currentData();
  m_district->clear();
  m_district->addItem(tr("All districts"), QVariant());
  addDistricts(m_district, m_document, DistrictKey::Id);
  m_district->setCurrentIndex(std::max(0, m_district->findData(district)));
  m_filling = false;
  fillCandidates();
  fillProjects();
}

void PlanningPanel::fillCandidates() {
  const auto ticked = selectedAreas();
  m_filling = true;
  m_candidates->setSortingEnabled(false);
  m_candidates->setRowCount(0);
  m_message->clear();
  if (m_document->isOpen()) {
    try {
      auto& project = m_document->project();
      RankRequest request;
      if (m_district->currentData().isValid()) request.districtId = m_district->currentData().toLongLong();
      const auto ranked = rankAreas(project, m_document->catalogues(), loadSeparationCosts(project), request);
      m_candidates->setRowCount(static_cast<int>(ranked.size()));
      for (int r = 0; r < static_cast<int>(ranked.size()); ++r) {
        const auto& a = ranked[static_cast<std::size_t>(r)];
        auto* rank = numberItem(a.rank, 0);
        rank->setFlags(rank->flags() | Qt::ItemIsUserCheckable);
        const bool wasTicked = std::find(ticked.begin(), ticked.end(), a.community.id) != ticked.end();
        rank->setCheckState(wasTicked ? Qt::Checked : Qt::Unchecked);
        m_candidates->setItem(r, Rank, rank);
        auto* name = new QTableWidgetItem(i18n::qs(a.community.name));
        name->setData(kIdRole, QVariant::fromValue<qint64>(a.community.id));
        m_candidates->setItem(r, Name, name);
        m_candidates->setItem(r, District, new QTableWidgetItem(i18n::qs(a.community.districtName)));
        m_candidates->setItem(r, AreaKind, new QTableWidgetItem(kindName(a.community.kind)));
        m_candidates->setItem(r, Households,
                              a.community.households ? numberItem(static_cast<double>(*a.community.households), 0)
                                                     : new QTableWidgetItem(QStringLiteral("–")));
        m_candidates->setItem(r, OpenPoints, numberItem(a.openMisconnections, 0));
        m_candidates->setItem(r, Flow, numberItem(a.flowM3d, 1));
        m_candidates->setItem(r, Degree, new QTableWidgetItem(degreeName(a.highestGrade)));
        m_candidates->setItem(r, CombinedLength, numberItem(a.combinedLengthM, 1));
        m_candidates->setItem(r, Mixed, numberItem(a.mixedManholes, 0));
        m_candidates->setItem(r, Score, numberItem(a.score, 1));
        QStringList projects;
        for (const auto& p : a.projects) projects << i18n::qs(p);
        m_candidates->setItem(r, Projects, new QTableWidgetItem(projects.join(QStringLiteral(", "))));
      }
    } catch (const Error& e) {
      m_message->setText(i18n::errorText(e));
    }
  }
  m_candidates->setSortingEnabled(true);
  m_candidates->sortItems(Rank, Qt::AscendingOrder);  // best candidate first, whatever the user sorted by before
  m_filling = false;
  updateTotals();
}

std::vector<std::int64_t> PlanningPanel::selectedAreas() const {
  std::vector<std::int64_t> ids;
  for (int r = 0; r < m_candidates->rowCount(); ++r) {
    if (m_candidates->item(r, Rank)->checkState() == Qt::Checked)
      ids.push_back(m_candidates->item(r, Name)->data(kIdRole).toLongLong());
  }
  return ids;
}

void PlanningPanel::selectAreas(const std::vector<std::int64_t>& areaIds) {
  m_filling = true;
  for (int r = 0; r < m_candidates->rowCount(); ++r) {
    const auto id = m_candidates->item(r, Name)->data(kIdRole).toLongLong();
    const bool on = std::find(areaIds.begin(), areaIds.end(), id) != areaIds.end();
    m_candidates->item(r, Rank)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
  }
  m_filling = false;
  updateTotals();
}

void PlanningPanel::updateTotals() {
  const auto ids = selectedAreas();
  m_create->setEnabled(!ids.empty());
  if (ids.empty()) {
    m_totals->setText(tr("Tick areas to see the length and budget of a programme made of them."));
    return;
  }
  try {
    const auto t = selectionTotals(m_document->project(), m_document->catalogues(), ids);
    m_totals->setText(tr("%n area(s): %1 combined pipes, %2 m; %3 open misconnection points; %4 households; "
                         "estimated budget %5",
                         nullptr, static_cast<int>(ids.size()))
                          .arg(t.combinedPipes)
                          .arg(t.combinedLengthM, 0, 'f', 1)
                          .arg(t.openMisconnections)
                          .arg(t.households)
                          .arg(tenThousandYuan(t.budget.total)));
  } catch (const Error& e) {
    m_totals->setText(i18n::errorText(e));
  }
}

std::int64_t PlanningPanel::createProjectFromSelection() {
  const auto areas = selectedAreas();
  if (areas.empty() || !m_document->isOpen()) return 0;
  QDialog dialog(this);
  dialog.setWindowTitle(tr("New separation project"));
  auto* form = new QFormLayout(&dialog);
  auto* name = new QLineEdit(&dialog);
  auto* year = new QSpinBox(&dialog);
  year->setRange(2000, 2100);
  year->setValue(projectToday(m_document).year() + 1);
  auto* notes = new QLineEdit(&dialog);
  auto* error = makeErrorLabel(&dialog);
  form->addRow(tr("Name"), name);
  form->addRow(tr("Planned year"), year);
  form->addRow(tr("Notes"), notes);
  form->addRow(
      new QLabel(tr("Scope: the areas' open misconnection points, combined pipes and mixed-flow manholes."), &dialog));
  form->addRow(error);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  form->addRow(buttons);
  std::int64_t created = 0;
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
    SeparationDraft draft;
    draft.name = name->text().trimmed().toStdString();
    draft.plannedYear = year->value();
    draft.areas = areas;
    if (!notes->text().trimmed().isEmpty()) draft.notes = notes->text().trimmed().toStdString();
    try {
      SeparationStore store(m_document->project(), m_document->catalogues());
      created = store.create(draft, m_document->userName().toStdString());
      dialog.accept();
    } catch (const Error& e) {
      error->setText(i18n::errorText(e));
    }
  });
  if (dialog.exec() != QDialog::Accepted) return 0;
  refresh();
  return created;
}

std::optional<std::int64_t> PlanningPanel::chosenProject() const {
  const auto rows = m_projects->selectionModel()->selectedRows();
  if (rows.isEmpty()) return std::nullopt;
  return m_projects->item(rows.front().row(), ProjectName)->data(kIdRole).toLongLong();
}

bool PlanningPanel::stepProject(bool forward) {
  const auto id = chosenProject();
  if (!id) return false;
  try {
    SeparationStore store(m_document->project(), m_document->catalogues());
    const auto p = store.project(*id);
    if (!p) return false;
    const int to = static_cast<int>(p->status) + (forward ? 1 : -1);
    const auto& all = allSeparationStatuses();
    if (to < 0 || to >= static_cast<int>(all.size())) return false;
    QString note;
    if (!forward) {
      bool ok = false;
      note = QInputDialog::getText(
          this, tr("Back a step"),
          tr("Why does %1 go back to %2?").arg(i18n::qs(p->name), statusName(all[static_cast<std::size_t>(to)])),
          QLineEdit::Normal, QString(), &ok);
      if (!ok) return false;
    }
    store.setStatus(*id, p->version, all[static_cast<std::size_t>(to)], note.toStdString(),
                    m_document->userName().toStdString());
  } catch (const Error& e) {
    m_message->setText(i18n::errorText(e));
    return false;
  }
  m_message->clear();
  fillProjects();
  return true;
}

void PlanningPanel::fillProjects() {
  const auto keep = chosenProject();
  m_projects->setRowCount(0);
  if (!m_document->isOpen()) return;
  try {
    SeparationStore store(m_document->project(), m_document->catalogues());
    const auto projects = store.list();
    m_projects->setRowCount(static_cast<int>(projects.size()));
    for (int r = 0; r < static_cast<int>(projects.size()); ++r) {
      const auto& p = projects[static_cast<std::size_t>(r)];
      auto* name = new QTableWidgetItem(i18n::qs(p.name));
      name->setData(kIdRole, QVariant::fromValue<qint64>(p.id));
      m_projects->setItem(r, ProjectName, name);
      m_projects->setItem(r, Year, numberItem(p.plannedYear, 0));
      m_projects->setItem(r, Status, new QTableWidgetItem(statusName(p.status)));
      m_projects->setItem(r, AreaCount, numberItem(static_cast<double>(p.areas.size()), 0));
      m_projects->setItem(r, Budget, new QTableWidgetItem(tenThousandYuan(store.budget(p).total)));
      const auto progress = store.progress(p);
      m_projects->setItem(r, Progress,
                          new QTableWidgetItem(tr("%1 of %2 findings closed (%3%)")
                                                   .arg(progress.closed)
                                                   .arg(progress.findings)
                                                   .arg(progress.share() * 100, 0, 'f', 0)));
      m_projects->setItem(r, Orders, numberItem(static_cast<double>(p.orders.size()), 0));
      if (keep && *keep == p.id) m_projects->selectRow(r);
    }
  } catch (const Error& e) {
    m_message->setText(i18n::errorText(e));
  }
}

QString PlanningPanel::areaSummary(std::int64_t areaId) {
  auto community = CommunityStore(m_document->project()).find(areaId);
  if (!community) return {};
  AreaAnalyzer analyzer(m_document->project(), m_document->catalogues());
  const auto a = analyzer.analyse(*community, true);
  QString html =
      tr("<h3>%1</h3><p>%2 · %3 · %4 households · built %5</p>")
          .arg(i18n::qs(community->name).toHtmlEscaped(), kindName(community->kind), i18n::qs(community->districtName),
               community->households ? QString::number(*community->households) : QStringLiteral("–"),
               community->buildYear ? QString::number(*community->buildYear) : QStringLiteral("–"));
  html += tr("<p><b>Misconnection points:</b> %1 (%2 open, %3 m³/d in dry weather, highest degree %4)</p>")
              .arg(a.misconnections.size())
              .arg(a.openMisconnections())
              .arg(a.openFlowM3d(), 0, 'f', 1)
              .arg(degreeName(a.highestOpenGrade()));
  html += tr("<p><b>Pipes:</b> %1, %2 m; combined: %3, %4 m. <b>Mixed-flow manholes:</b> %5. <b>Defects:</b> %6</p>")
              .arg(a.pipes.size())
              .arg(a.lengthM(), 0, 'f', 1)
              .arg(a.combinedPipes())
              .arg(a.combinedLengthM(), 0, 'f', 1)
              .arg(a.mixedManholes.size())
              .arg(a.defects.size());
  QStringList ends;
  for (const auto& e : a.ends)
    ends << QStringLiteral("%1 %2 (%3)").arg(i18n::qs(e.code), i18n::qs(e.kind), i18n::qs(e.districtName));
  html += tr("<p><b>Its water reaches:</b> %1</p>")
              .arg(ends.isEmpty() ? tr("no outfall found") : ends.join(QStringLiteral(", ")));
  QStringList orders;
  for (const auto& o : a.openOrders) orders << i18n::qs(o.number);
  html += tr("<p><b>Open orders:</b> %1</p>").arg(orders.isEmpty() ? tr("none") : orders.join(QStringLiteral(", ")));
  return html;
}

void PlanningPanel::showArea(std::int64_t areaId) {
  QString html;
  QString title;
  try {
    html = areaSummary(areaId);
    if (html.isEmpty()) return;
    title = i18n::qs(CommunityStore(m_document->project()).find(areaId)->name);
  } catch (const Error& e) {
    m_message->setText(i18n::errorText(e));
    return;
  }
  emit areaRequested(areaId);
  QDialog dialog(this);
  dialog.setWindowTitle(title);
  auto* layout = new QVBoxLayout(&dialog);
  auto* text = new QTextBrowser(&dialog);
  text->setHtml(html);
  layout->addWidget(text);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  layout->addWidget(buttons);
  dialog.resize(560, 380);
  dialog.exec();
}

}  // namespace pw::desktop
