#include "inspection_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/error.h"
#include "defect_strip.h"
#include "edit_commands.h"
#include "findings_dialogs.h"
#include "history_dialog.h"
#include "i18n.h"
#include "inspect/assessment_query.h"
#include "network/features.h"
#include "project_document.h"
#include "store/project.h"

namespace pw::desktop {
namespace {

enum Column { DistanceColumn, CodeColumn, GradeColumn, LengthColumn, ClockColumn, PhotosColumn, ColumnCount };

QString sideText(const QString& title, const SideAssessment& side) {
  if (side.count == 0) return InspectionPanel::tr("%1: no defects").arg(title);
  return InspectionPanel::tr("%1: grade %2 (S %3, Smax %4, density %5, %6 defects)")
      .arg(title, i18n::qs(side.grade))
      .arg(side.S, 0, 'f', 2)
      .arg(side.Smax, 0, 'f', 2)
      .arg(side.density, 0, 'f', 3)
      .arg(side.count);
}

QString indexText(const QString& name, double value, const std::string& grade, const GradeBand* band, bool repair) {
  QString action;
  if (band)
    action = catalogueName(repair ? band->repair : band->maintenance, repair ? band->repairEn : band->maintenanceEn);
  return InspectionPanel::tr("%1 %2, grade %3: %4").arg(name).arg(value, 0, 'f', 2).arg(i18n::qs(grade), action);
}

}  // namespace

InspectionPanel::InspectionPanel(ProjectDocument* document, QWidget* parent) : QWidget(parent), m_document(document) {
  auto* layout = new QVBoxLayout(this);
  m_summary = new QLabel(this);
  m_summary->setWordWrap(true);
  m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_summary);
  auto* row = new QHBoxLayout;
  row->addWidget(new QLabel(tr("Inspection"), this));
  m_inspection = new QComboBox(this);
  row->addWidget(m_inspection, 1);
  layout->addLayout(row);
  m_strip = new DefectStrip(this);
  layout->addWidget(m_strip);
  m_table = new QTableWidget(0, ColumnCount, this);
  m_table->setHorizontalHeaderLabels(
      {tr("Distance (m)"), tr("Defect"), tr("Grade"), tr("Length (m)"), tr("Clock"), tr("Photos")});
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::Stretch);
  layout->addWidget(m_table, 1);
  m_photos = new QListWidget(this);
  m_photos->setViewMode(QListView::IconMode);
  m_photos->setIconSize(QSize(96, 72));
  m_photos->setMaximumHeight(100);
  m_photos->setResizeMode(QListView::Adjust);
  layout->addWidget(m_photos);
  auto* buttons = new QHBoxLayout;
  m_record = new QPushButton(tr("Record defect..."), this);
  m_edit = new QPushButton(tr("Edit..."), this);
  m_delete = new QPushButton(tr("Delete"), this);
  m_delete->setObjectName(QStringLiteral("deleteDefect"));
  m_history = new QPushButton(tr("History..."), this);
  m_history->setToolTip(tr("Who changed the selected defect, when, and what"));
  m_raise = new QPushButton(tr("Raise order..."), this);
  m_raise->setToolTip(tr("Raise a rectification order for the selected defects"));
  buttons->addWidget(m_record);
  buttons->addWidget(m_raise);
  buttons->addStretch(1);
  buttons->addWidget(m_history);
  buttons->addWidget(m_edit);
  buttons->addWidget(m_delete);
  layout->addLayout(buttons);

  connect(m_inspection, &QComboBox::currentIndexChanged, this, [this] {
    if (!m_filling) showInspection();
  });
  connect(m_strip, &DefectStrip::defectClicked, this, [this](std::int64_t id) { selectDefect(id); });
  connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
    m_strip->setSelected(selectedDefect());
    showPhotos();
  });
  connect(m_record, &QPushButton::clicked, this, [this] {
    if (m_pipeId) emit recordDefectRequested(*m_pipeId);
  });
  connect(m_edit, &QPushButton::clicked, this, &InspectionPanel::editSelected);
  connect(m_history, &QPushButton::clicked, this, [this] {
    if (const auto id = selectedDefect()) {
      HistoryDialog dialog(m_document, "defect", *id, tr("defect %1").arg(*id), this);
      dialog.exec();
    }
  });
  connect(m_raise, &QPushButton::clicked, this, [this] {
    if (const auto ids = selectedDefects(); !ids.empty()) emit raiseOrderRequested(ids);
  });
  connect(m_delete, &QPushButton::clicked, this, &InspectionPanel::deleteSelected);
  connect(m_table, &QTableWidget::cellDoubleClicked, this, &InspectionPanel::editSelected);
  connect(m_document, &ProjectDocument::selectionChanged, this, [this] {
    const auto sel = m_document->selection();
    if (sel && sel->layer == FeatureLayer::Pipe) showPipe(sel->id);
  });
  connect(m_document, &ProjectDocument::findingsEdited, this, &InspectionPanel::refresh);
  connect(m_document, &ProjectDocument::closed, this, [this] { showPipe(std::nullopt); });
  showPipe(std::nullopt);
}

void InspectionPanel::showPipe(std::optional<std::int64_t> pipeId) {
  m_pipeId = pipeId;
  refresh();
}

void InspectionPanel::refresh() {
  m_filling = true;
  const QVariant keep = m_inspection->currentData();
  m_inspection->clear();
  m_filling = false;
  const bool open = m_document->isOpen() && m_pipeId;
  m_record->setEnabled(open);
  if (!open) {
    m_summary->setText(tr("Select a pipe on the map to see its inspections."));
    showInspection();
    return;
  }
  const auto pipe = pipeFacts(m_document->project(), *m_pipeId);
  if (!pipe) {
    m_pipeId.reset();
    refresh();
    return;
  }
  const QString code = i18n::qs(pipe->code);
  m_pipeLength = pipe->lengthM;
  m_fromCode = i18n::qs(pipe->fromCode);
  m_toCode = i18n::qs(pipe->toCode);
  QStringList lines;
  lines << tr("<b>Pipe %1</b>, %2 m, %3 → %4").arg(code).arg(m_pipeLength, 0, 'f', 1).arg(m_fromCode, m_toCode);
  try {
    const auto inspections = m_document->findings().inspectionsOfPipe(*m_pipeId);
    const auto assessed = assessPipes(m_document->project(), m_document->catalogues().defects, *m_pipeId);
    if (assessed.empty()) {
      lines << tr("Not inspected yet.");
    } else {
      const auto& r = assessed.front().result;
      lines << tr("Assessment of the inspection of %1:").arg(i18n::qs(assessed.front().inspectedOn));
      lines << sideText(tr("Structural"), r.structural) << indexText(tr("RI"), r.RI, r.riGrade, r.riBand, true);
      lines << sideText(tr("Functional"), r.functional) << indexText(tr("MI"), r.MI, r.miGrade, r.miBand, false);
    }
    m_filling = true;
    for (const auto& i : inspections) {
      m_inspection->addItem(tr("%1 %2 %3 %4")
                                .arg(i18n::qs(i.date), i18n::qs(i.method).toUpper(),
                                     i.direction == "with_flow" ? tr("with the flow") : tr("against the flow"),
                                     i18n::qs(i.team.value_or(""))),
                            QVariant::fromValue<qlonglong>(i.id));
    }
    const int keepIndex = m_inspection->findData(keep);
    m_inspection->setCurrentIndex(keepIndex >= 0 ? keepIndex : 0);
    m_filling = false;
  } catch (const Error& e) {
    m_filling = false;
    lines << i18n::errorText(e);
  }
  m_summary->setText(lines.join(QStringLiteral("<br>")));
  showInspection();
}

void InspectionPanel::showInspection() {
  const auto keep = selectedDefect();
  m_table->setRowCount(0);
  m_strip->clear();
  const auto inspectionId = m_inspection->currentData().toLongLong();
  if (!m_pipeId || inspectionId == 0) {
    showPhotos();
    return;
  }
  auto& store = m_document->findings();
  const auto inspection = store.inspection(inspectionId);
  const bool withFlow = !inspection || inspection->direction == "with_flow";
  std::vector<StripDefect> strip;
  for (const auto& d : store.defectsOfInspection(inspectionId)) {
    const auto* type = m_document->catalogues().defects.type(d.code);
    const QString name = type ? catalogueName(type->name, type->nameEn) : i18n::qs(d.code);
    strip.push_back({d.id, i18n::qs(d.code), d.grade, type && type->cls == DefectClass::Functional, d.distance,
                     d.length.value_or(0)});
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* distance = new QTableWidgetItem(QString::number(d.distance, 'f', 2));
    distance->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(d.id));
    m_table->setItem(row, DistanceColumn, distance);
    m_table->setItem(row, CodeColumn, new QTableWidgetItem(QStringLiteral("%1 %2").arg(i18n::qs(d.code), name)));
    m_table->setItem(row, GradeColumn, new QTableWidgetItem(QString::number(d.grade)));
    m_table->setItem(row, LengthColumn,
                     new QTableWidgetItem(d.length ? QString::number(*d.length, 'f', 2) : QString()));
    QString clock;
    if (d.clockFrom)
      clock = d.clockTo && d.clockTo != d.clockFrom ? QStringLiteral("%1-%2").arg(*d.clockFrom).arg(*d.clockTo)
                                                    : QString::number(*d.clockFrom);
    m_table->setItem(row, ClockColumn, new QTableWidgetItem(clock));
    m_table->setItem(row, PhotosColumn, new QTableWidgetItem(QString::number(store.photosOf("defect", d.id).size())));
  }
  // The strip runs from the manhole where the inspection started.
  m_strip->setInspection(m_pipeLength, withFlow ? m_fromCode : m_toCode, withFlow ? m_toCode : m_fromCode,
                         std::move(strip));
  selectDefect(keep);
}

void InspectionPanel::selectDefect(std::optional<std::int64_t> defectId) {
  for (int row = 0; row < m_table->rowCount(); ++row) {
    if (defectId && m_table->item(row, DistanceColumn)->data(Qt::UserRole).toLongLong() == *defectId) {
      m_table->selectRow(row);
      return;
    }
  }
  m_table->clearSelection();
  m_strip->setSelected(std::nullopt);
  showPhotos();
}

std::optional<std::int64_t> InspectionPanel::selectedDefect() const {
  const auto rows = m_table->selectionModel()->selectedRows();
  if (rows.isEmpty()) return std::nullopt;
  return m_table->item(rows.front().row(), DistanceColumn)->data(Qt::UserRole).toLongLong();
}

std::vector<std::int64_t> InspectionPanel::selectedDefects() const {
  std::vector<std::int64_t> ids;
  for (const auto& row : m_table->selectionModel()->selectedRows()) {
    ids.push_back(m_table->item(row.row(), DistanceColumn)->data(Qt::UserRole).toLongLong());
  }
  return ids;
}

void InspectionPanel::showPhotos() {
  m_photos->clear();
  const auto id = selectedDefect();
  m_edit->setEnabled(id.has_value());
  m_delete->setEnabled(id.has_value());
  m_raise->setEnabled(id.has_value());
  m_history->setEnabled(id.has_value());
  m_photos->hide();  // shown when the selected defect has photos
  if (!id) return;
  auto& store = m_document->findings();
  for (const auto photoId : store.photosOf("defect", *id)) {
    const auto [bytes, mime] = store.photo(photoId);
    QPixmap pixmap;
    pixmap.loadFromData(reinterpret_cast<const uchar*>(bytes.data()), static_cast<uint>(bytes.size()));
    auto* item =
        new QListWidgetItem(QIcon(pixmap.scaled(m_photos->iconSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation)),
                            tr("Photo %1").arg(photoId), m_photos);
    item->setToolTip(QStringLiteral("%1 x %2").arg(pixmap.width()).arg(pixmap.height()));
  }
  m_photos->setVisible(m_photos->count() > 0);
}

void InspectionPanel::editSelected() {
  const auto id = selectedDefect();
  if (!id || !m_pipeId) return;
  const auto defect = m_document->findings().defect(*id);
  if (!defect) return;
  DefectDialog dialog(m_document, *m_pipeId, 0, this);
  dialog.loadDefect(*defect);
  if (dialog.exec() != QDialog::Accepted) return;
  try {
    editDefect(*m_document, dialog.draft().defect);
  } catch (const Error& e) {
    QMessageBox::warning(this, tr("Edit defect"), i18n::errorText(e));
  }
}

void InspectionPanel::deleteSelected() {
  const auto id = selectedDefect();
  if (!id) return;
  try {
    deleteDefect(*m_document, *id);
  } catch (const Error& e) {
    QMessageBox::warning(this, tr("Delete defect"), i18n::errorText(e));
  }
}

}  // namespace pw::desktop
