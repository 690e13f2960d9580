#include "findings_dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "choices.h"
#include "core/error.h"
#include "core/paths.h"
#include "file_dialogs.h"
#include "history_dialog.h"
#include "i18n.h"
#include "inspect/misconnection_grading.h"
#include "message_style.h"
#include "network/features.h"
#include "project_document.h"
#include "rules/attachment_checks.h"
#include "rules/limits.h"
#include "store/project.h"

namespace pw::desktop {
namespace {

QDoubleSpinBox* measurement(QWidget* parent, double max, const QString& suffix) {
  auto* box = new QDoubleSpinBox(parent);
  box->setRange(-1, max);
  box->setDecimals(2);
  box->setSpecialValueText(DefectDialog::tr("not measured"));
  box->setValue(-1);
  box->setSuffix(suffix);
  return box;
}

/// Trimmed text, or nothing when blank.
std::optional<std::string> optionalText(const QString& text) {
  const QString t = text.trimmed();
  return t.isEmpty() ? std::nullopt : std::optional(t.toStdString());
}

std::optional<double> measured(const QDoubleSpinBox* box) {
  if (box->value() < 0) return std::nullopt;
  return box->value();
}

QListWidget* photoList(QWidget* parent) {
  auto* list = new QListWidget(parent);
  list->setMaximumHeight(70);
  return list;
}

/// The button that adds photos to `list` through a file dialog.
QPushButton* attachPhotoButton(QWidget* parent, QListWidget* list) {
  auto* button = new QPushButton(DefectDialog::tr("Attach photo..."), parent);
  QObject::connect(button, &QPushButton::clicked, parent, [parent, list] {
    for (const auto& path :
         files::openFileNames(parent, DefectDialog::tr("Attach photos"), QString(),
                              DefectDialog::tr("Photos (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp)"))) {
      list->addItem(path);
    }
  });
  return button;
}

/// Throws naming the first file in `list` that the project would refuse as a photo (type, size, an incomplete image).
void checkPhotos(const QListWidget* list) {
  for (int i = 0; i < list->count(); ++i) {
    checkAttachmentFile(list->item(i)->text().toStdString(), AttachmentKind::Photo, "photo");
  }
}

std::vector<QString> photoPaths(const QListWidget* list) {
  std::vector<QString> paths;
  for (int i = 0; i < list->count(); ++i) paths.push_back(list->item(i)->text());
  return paths;
}

/// The red error line and the OK/Cancel buttons at the bottom of a findings dialog; returns the error line.
QLabel* addFooter(QDialog* dialog, QVBoxLayout* layout) {
  auto* error = makeErrorLabel(dialog);
  layout->addWidget(error);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
  layout->addWidget(buttons);
  QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  return error;
}

}  // namespace

QString catalogueName(const std::string& name, const std::string& nameEn) {
  return i18n::qs(i18n::current() == QLatin1String("zh_CN") || nameEn.empty() ? name : nameEn);
}

DefectDialog::DefectDialog(ProjectDocument* document, std::int64_t pipeId, double distanceWithFlow, QWidget* parent)
    : QDialog(parent), m_document(document), m_pipeId(pipeId), m_clickedWithFlow(distanceWithFlow) {
  auto& project = document->project();
  QString code;
  if (const auto pipe = pipeFacts(project, pipeId)) {
    code = i18n::qs(pipe->code);
    m_pipeLength = pipe->lengthM;
  }
  setWindowTitle(tr("Record a defect on pipe %1").arg(code));
  auto* layout = new QVBoxLayout(this);

  auto* inspectionBox = new QGroupBox(tr("Inspection"), this);
  auto* inspectionForm = new QFormLayout(inspectionBox);
  m_inspection = new QComboBox(inspectionBox);
  m_inspection->addItem(tr("New inspection"), QVariant::fromValue<qlonglong>(0));
  for (const auto& i : document->findings().inspectionsOfPipe(pipeId)) {
    m_inspection->addItem(tr("%1 %2 %3 %4")
                              .arg(i18n::qs(i.date), i18n::qs(i.method).toUpper(),
                                   i.direction == "with_flow" ? tr("with the flow") : tr("against the flow"),
                                   i18n::qs(i.team.value_or(""))),
                          QVariant::fromValue<qlonglong>(i.id));
  }
  if (m_inspection->count() > 1) m_inspection->setCurrentIndex(1);
  m_date = new QDateEdit(projectToday(document), inspectionBox);
  m_date->setMaximumDate(projectToday(document));  // an inspection dated after today is refused
  m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  m_method = new QComboBox(inspectionBox);
  m_method->addItem(tr("CCTV"), QStringLiteral("cctv"));
  m_method->addItem(tr("Periscope (QV)"), QStringLiteral("qv"));
  m_method->addItem(tr("Sonar"), QStringLiteral("sonar"));
  m_method->addItem(tr("Visual"), QStringLiteral("visual"));
  m_direction = new QComboBox(inspectionBox);
  m_direction->addItem(tr("With the flow (from the upstream manhole)"), QStringLiteral("with_flow"));
  m_direction->addItem(tr("Against the flow (from the downstream manhole)"), QStringLiteral("against_flow"));
  m_team = new QLineEdit(inspectionBox);
  inspectionForm->addRow(tr("Inspection"), m_inspection);
  inspectionForm->addRow(tr("Date"), m_date);
  inspectionForm->addRow(tr("Method"), m_method);
  inspectionForm->addRow(tr("Direction"), m_direction);
  inspectionForm->addRow(tr("Team"), m_team);
  layout->addWidget(inspectionBox);
  auto newInspection = [this] {
    const bool isNew = m_inspection->currentData().toLongLong() == 0;
    m_date->setEnabled(isNew);
    m_method->setEnabled(isNew);
    m_direction->setEnabled(isNew);
    m_team->setEnabled(isNew);
    updateDistanceForDirection();
  };
  connect(m_inspection, &QComboBox::currentIndexChanged, this, newInspection);
  connect(m_direction, &QComboBox::currentIndexChanged, this, &DefectDialog::updateDistanceForDirection);

  auto* defectBox = new QGroupBox(tr("Defect"), this);
  auto* form = new QFormLayout(defectBox);
  m_code = new QComboBox(defectBox);
  for (const auto& t : document->catalogues().defects.types()) {
    m_code->addItem(QStringLiteral("%1 %2 (%3)")
                        .arg(i18n::qs(t.code), catalogueName(t.name, t.nameEn),
                             t.cls == DefectClass::Structural ? tr("structural") : tr("functional")),
                    i18n::qs(t.code));
  }
  m_grade = new QComboBox(defectBox);
  m_definition = new QLabel(defectBox);
  m_definition->setWordWrap(true);
  m_distance = new QDoubleSpinBox(defectBox);
  m_distance->setRange(0, std::max(10.0, 2 * m_pipeLength));  // the core names a distance beyond the pipe
  m_distance->setDecimals(2);
  m_distance->setSuffix(tr(" m"));
  m_length = new QDoubleSpinBox(defectBox);
  m_length->setRange(0, std::max(1.0, m_pipeLength));
  m_length->setDecimals(2);
  m_length->setSuffix(tr(" m"));
  m_clockFrom = new QSpinBox(defectBox);
  m_clockTo = new QSpinBox(defectBox);
  for (auto* clock : {m_clockFrom, m_clockTo}) {
    clock->setRange(0, 12);
    clock->setSpecialValueText(tr("-"));
  }
  auto* clocks = new QHBoxLayout;
  clocks->addWidget(m_clockFrom);
  clocks->addWidget(new QLabel(tr("to"), defectBox));
  clocks->addWidget(m_clockTo);
  m_description = new QPlainTextEdit(defectBox);
  m_description->setMaximumHeight(60);
  m_photos = photoList(defectBox);
  auto* addPhotoButton = attachPhotoButton(this, m_photos);
  m_addPhoto = addPhotoButton;
  form->addRow(tr("Code"), m_code);
  form->addRow(tr("Grade"), m_grade);
  form->addRow(QString(), m_definition);
  form->addRow(tr("Distance from the start manhole"), m_distance);
  form->addRow(tr("Length (continuous defects)"), m_length);
  form->addRow(tr("Clock position"), clocks);
  form->addRow(tr("Description"), m_description);
  form->addRow(tr("Photos"), m_photos);
  form->addRow(QString(), addPhotoButton);
  layout->addWidget(defectBox);
  m_error = addFooter(this, layout);
  connect(m_code, &QComboBox::currentIndexChanged, this, &DefectDialog::fillGrades);
  connect(m_grade, &QComboBox::currentIndexChanged, this, [this] {
    const auto* type = m_document->catalogues().defects.type(m_code->currentData().toString().toStdString());
    const auto* grade = type ? type->grade(m_grade->currentData().toInt()) : nullptr;
    if (!grade) return;
    m_definition->setText(tr("%1 (score %2)")
                              .arg(catalogueName(grade->description, grade->descriptionEn))
                              .arg(grade->score ? QString::number(*grade->score) : tr("not scored")));
  });
  fillGrades();
  newInspection();
}

void DefectDialog::updateDistanceForDirection() {
  // The click is a distance from the upstream end; against the flow the count starts at the other end.
  QString direction = m_direction->currentData().toString();
  if (const auto id = m_inspection->currentData().toLongLong()) {
    if (const auto inspection = m_document->findings().inspection(id)) direction = i18n::qs(inspection->direction);
  }
  const double d = direction == QLatin1String("against_flow") ? m_pipeLength - m_clickedWithFlow : m_clickedWithFlow;
  m_distance->setValue(std::max(0.0, d));
}

void DefectDialog::fillGrades() {
  const auto* type = m_document->catalogues().defects.type(m_code->currentData().toString().toStdString());
  m_grade->clear();
  if (!type) return;
  for (const auto& g : type->grades) {
    m_grade->addItem(tr("Grade %1: %2").arg(g.grade).arg(catalogueName(g.description, g.descriptionEn)), g.grade);
  }
  m_length->setEnabled(type->continuous);
  if (!type->continuous) m_length->setValue(0);
}

void DefectDialog::addPhoto(const QString& path) { m_photos->addItem(path); }

void DefectDialog::loadDefect(const DefectRecord& defect) {
  m_editing = defect;
  setWindowTitle(tr("Edit defect %1").arg(defect.id));
  m_inspection->setCurrentIndex(
      std::max(0, m_inspection->findData(QVariant::fromValue<qlonglong>(defect.inspectionId))));
  m_inspection->setEnabled(false);
  m_code->setCurrentIndex(std::max(0, m_code->findData(i18n::qs(defect.code))));
  m_grade->setCurrentIndex(std::max(0, m_grade->findData(defect.grade)));
  m_distance->setValue(defect.distance);
  m_length->setValue(defect.length.value_or(0));
  m_clockFrom->setValue(defect.clockFrom.value_or(0));
  m_clockTo->setValue(defect.clockTo.value_or(0));
  m_description->setPlainText(i18n::qs(defect.description.value_or("")));
  m_photos->hide();
  m_addPhoto->hide();
}

DefectDraft DefectDialog::draft() const {
  DefectDraft d;
  const auto inspectionId = m_inspection->currentData().toLongLong();
  if (inspectionId == 0) {
    InspectionRecord i;
    i.pipeId = m_pipeId;
    i.date = m_date->date().toString(QStringLiteral("yyyy-MM-dd")).toStdString();
    i.method = m_method->currentData().toString().toStdString();
    i.direction = m_direction->currentData().toString().toStdString();
    if (!m_team->text().trimmed().isEmpty()) i.team = m_team->text().trimmed().toStdString();
    d.newInspection = i;
  }
  if (m_editing) {
    d.defect = *m_editing;  // keeps id and version
    d.newInspection.reset();
  }
  d.defect.inspectionId = inspectionId;
  d.defect.code = m_code->currentData().toString().toStdString();
  d.defect.grade = m_grade->currentData().toInt();
  d.defect.distance = m_distance->value();
  d.defect.length = m_length->isEnabled() && m_length->value() > 0 ? std::optional(m_length->value()) : std::nullopt;
  d.defect.clockFrom = m_clockFrom->value() > 0 ? std::optional(m_clockFrom->value()) : std::nullopt;
  d.defect.clockTo = m_clockTo->value() > 0 ? std::optional(m_clockTo->value()) : std::nullopt;
  d.defect.description = optionalText(m_description->toPlainText());
  d.photos = photoPaths(m_photos);
  return d;
}

void DefectDialog::accept() {
  try {
    m_document->findings().validateDefectValues(draft().defect, m_pipeLength);
    checkPhotos(m_photos);
  } catch (const Error& e) {
    m_error->setText(i18n::errorText(e));
    return;
  }
  QDialog::accept();
}

MisconnectionDialog::MisconnectionDialog(ProjectDocument* document, Point at, std::optional<std::int64_t> manholeId,
                                         std::optional<std::int64_t> pipeId, QWidget* parent)
    : QDialog(parent),
      m_document(document),
      m_at(at),
      m_manholeId(manholeId),
      m_pipeId(manholeId ? std::nullopt : pipeId) {
  setWindowTitle(tr("Record a misconnection point"));
  const auto& catalogue = document->catalogues().misconnections;
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  auto* where = new QLabel(this);
  auto& project = document->project();
  if (m_manholeId) {
    where->setText(tr("At manhole %1").arg(i18n::qs(manholeCodeOf(project, *m_manholeId))));
  } else if (m_pipeId) {
    where->setText(tr("On pipe %1").arg(i18n::qs(pipeCodeOf(project, *m_pipeId))));
  } else {
    where->setText(tr("At %1, %2").arg(at.x, 0, 'f', 2).arg(at.y, 0, 'f', 2));
  }
  auto combo = [this](const std::vector<KeyName>& items, bool optional) {
    auto* c = new QComboBox(this);
    if (optional) c->addItem(tr("(not recorded)"), QString());
    for (const auto& k : items) c->addItem(catalogueName(k.name, k.nameEn), i18n::qs(k.key));
    return c;
  };
  m_type = combo(catalogue.types(), false);
  m_source = combo(catalogue.sourceKinds(), true);
  const auto& bounds = limits().waterQuality;  // the core refuses beyond them; the boxes do not go there
  m_inflow = measurement(this, bounds.at("inflow_diameter_mm").max, tr(" mm"));
  m_flow = measurement(this, bounds.at("flow_m3d").max, tr(" m³/d"));
  m_nh3n = measurement(this, bounds.at("nh3n_mg_l").max, tr(" mg/L"));
  m_cod = measurement(this, bounds.at("cod_mg_l").max, tr(" mg/L"));
  m_weather = combo(catalogue.weather(), true);
  m_sampled = new QDateEdit(projectToday(document), this);
  m_sampled->setMaximumDate(projectToday(document));  // no sample is taken tomorrow
  m_sampled->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  m_cause = new QLineEdit(this);
  m_status = combo(catalogue.statuses(), false);
  m_description = new QPlainTextEdit(this);
  m_description->setMaximumHeight(60);
  m_photos = photoList(this);
  auto* addPhotoButton = attachPhotoButton(this, m_photos);
  m_addPhoto = addPhotoButton;
  m_gradeLabel = new QLabel(this);
  form->addRow(tr("Place"), where);
  form->addRow(tr("Type"), m_type);
  form->addRow(tr("Source"), m_source);
  form->addRow(tr("Inflow pipe diameter"), m_inflow);
  form->addRow(tr("Dry-weather flow"), m_flow);
  form->addRow(tr("NH3-N"), m_nh3n);
  form->addRow(tr("COD"), m_cod);
  form->addRow(tr("Weather at sampling"), m_weather);
  form->addRow(tr("Sampled on"), m_sampled);
  form->addRow(tr("Cause"), m_cause);
  form->addRow(tr("Status"), m_status);
  form->addRow(tr("Description"), m_description);
  form->addRow(tr("Photos"), m_photos);
  form->addRow(QString(), addPhotoButton);
  form->addRow(tr("Degree (T/CECS 758)"), m_gradeLabel);
  layout->addLayout(form);
  m_error = addFooter(this, layout);
  for (auto* box : {m_inflow, m_flow, m_nh3n, m_cod}) {
    connect(box, &QDoubleSpinBox::valueChanged, this, &MisconnectionDialog::updateGrade);
  }
  updateGrade();
}

void MisconnectionDialog::updateGrade() {
  const auto& catalogue = m_document->catalogues().misconnections;
  const auto g =
      gradeMisconnection(catalogue, {measured(m_inflow), measured(m_flow), measured(m_nh3n), measured(m_cod)});
  const auto* level = catalogue.level(g.level);
  m_gradeLabel->setText(level ? catalogueName(level->name, level->nameEn)
                              : tr("not graded yet (no indicator measured)"));
}

void MisconnectionDialog::addPhoto(const QString& path) { m_photos->addItem(path); }

void MisconnectionDialog::loadMisconnection(const MisconnectionRecord& record) {
  m_editing = record;
  setWindowTitle(tr("Edit misconnection point %1").arg(record.id));
  auto select = [](QComboBox* box, const std::optional<std::string>& key) {
    box->setCurrentIndex(std::max(0, box->findData(i18n::qs(key.value_or("")))));
  };
  select(m_type, record.kind);
  select(m_source, record.sourceKind);
  select(m_weather, record.weather);
  select(m_status, record.status);
  if (auto* buttons = findChild<QDialogButtonBox*>()) {
    m_deleteButton = buttons->addButton(tr("Delete this point"), QDialogButtonBox::DestructiveRole);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
      m_deleteRequested = true;
      QDialog::accept();
    });
    auto* history = buttons->addButton(tr("History..."), QDialogButtonBox::HelpRole);
    connect(history, &QPushButton::clicked, this, [this] {
      HistoryDialog dialog(m_document, "misconnection", m_editing->id, tr("misconnection point %1").arg(m_editing->id),
                           this);
      dialog.exec();
    });
    auto* raise = buttons->addButton(tr("Raise order..."), QDialogButtonBox::ActionRole);
    raise->setObjectName(QStringLiteral("raiseOrder"));
    connect(raise, &QPushButton::clicked, this, [this] {
      m_raiseRequested = true;
      QDialog::reject();  // nothing of the point is changed; the order dialog follows
    });
  }
  m_inflow->setValue(record.inflowDiameterMm.value_or(-1));
  m_flow->setValue(record.flowM3d.value_or(-1));
  m_nh3n->setValue(record.nh3nMgL.value_or(-1));
  m_cod->setValue(record.codMgL.value_or(-1));
  if (record.sampledOn) m_sampled->setDate(QDate::fromString(i18n::qs(*record.sampledOn), Qt::ISODate));
  m_cause->setText(i18n::qs(record.cause.value_or("")));
  m_description->setPlainText(i18n::qs(record.description.value_or("")));
  m_photos->hide();
  m_addPhoto->hide();
  updateGrade();
}

MisconnectionDraft MisconnectionDialog::draft() const {
  MisconnectionDraft d;
  if (m_editing) d.record = *m_editing;  // keeps id, version and place
  auto& r = d.record;
  r.manholeId = m_manholeId;
  r.pipeId = m_pipeId;
  if (!m_manholeId) r.location = m_at;
  r.kind = m_type->currentData().toString().toStdString();
  r.sourceKind = optionalText(m_source->currentData().toString());
  r.inflowDiameterMm = measured(m_inflow);
  r.flowM3d = measured(m_flow);
  r.nh3nMgL = measured(m_nh3n);
  r.codMgL = measured(m_cod);
  r.weather = optionalText(m_weather->currentData().toString());
  r.sampledOn.reset();
  if (r.nh3nMgL || r.codMgL || r.flowM3d)
    r.sampledOn = m_sampled->date().toString(QStringLiteral("yyyy-MM-dd")).toStdString();
  r.cause = optionalText(m_cause->text());
  r.status = m_status->currentData().toString().toStdString();
  r.description = optionalText(m_description->toPlainText());
  d.photos = photoPaths(m_photos);
  return d;
}

void MisconnectionDialog::accept() {
  try {
    checkPhotos(m_photos);
  } catch (const Error& e) {
    m_error->setText(i18n::errorText(e));
    return;
  }
  QDialog::accept();
}

}  // namespace pw::desktop
