#include "export_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "choices.h"
#include "core/error.h"
#include "core/feedback.h"
#include "export/export.h"
#include "file_dialogs.h"
#include "i18n.h"
#include "message_style.h"
#include "order_names.h"
#include "orders/workflow.h"
#include "project_document.h"
#include "store/project.h"

namespace pw::desktop {
namespace {

QString layerName(ExportLayer layer) {
  switch (layer) {
    case ExportLayer::Pipes: return ExportDialog::tr("Pipes");
    case ExportLayer::Manholes: return ExportDialog::tr("Manholes");
    case ExportLayer::Districts: return ExportDialog::tr("Districts");
    case ExportLayer::Defects: return ExportDialog::tr("Defects");
    case ExportLayer::Misconnections: return ExportDialog::tr("Misconnection points");
    case ExportLayer::Orders: return ExportDialog::tr("Rectification orders");
    case ExportLayer::ImportIssues: return ExportDialog::tr("Import issues");
  }
  return {};
}

ExportLayer layerOf(const QComboBox* box) { return static_cast<ExportLayer>(box->currentData().toInt()); }

}  // namespace

ExportDialog::ExportDialog(ProjectDocument* document, QWidget* parent) : QDialog(parent), m_document(document) {
  setWindowTitle(tr("Export a layer"));
  auto* form = new QFormLayout(this);
  m_layer = new QComboBox(this);
  for (const auto layer : allExportLayers()) m_layer->addItem(layerName(layer), static_cast<int>(layer));
  m_district = new QComboBox(this);
  m_district->addItem(tr("All districts"), QString());
  addDistricts(m_district, m_document, DistrictKey::Name);
  m_drainage = new QComboBox(this);
  m_drainage->addItem(tr("All drainage types"), QString());
  m_drainage->addItem(tr("Rain"), QStringLiteral("rain"));
  m_drainage->addItem(tr("Sewage"), QStringLiteral("sewage"));
  m_drainage->addItem(tr("Combined"), QStringLiteral("combined"));
  m_state = new QComboBox(this);
  m_state->addItem(tr("All states"), QString());
  for (const auto s : allOrderStates()) m_state->addItem(orderStateName(s), QString::fromLatin1(orderStateKey(s)));
  m_overdue = new QCheckBox(tr("Overdue orders only"), this);
  m_selectionOnly = new QCheckBox(tr("Only the feature selected on the map"), this);
  m_format = new QComboBox(this);
  m_format->addItem(tr("GeoPackage (.gpkg)"), QStringLiteral("gpkg"));
  m_format->addItem(tr("Shapefile (.shp)"), QStringLiteral("shp"));
  m_format->addItem(tr("GeoJSON (.geojson)"), QStringLiteral("geojson"));
  m_format->addItem(tr("CSV for Excel (.csv)"), QStringLiteral("csv"));
  m_encoding = new QComboBox(this);
  m_encoding->addItem(tr("GBK (with .cpg; what most Chinese GIS software reads)"), QStringLiteral("GBK"));
  m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
  m_output = new QLineEdit(this);
  auto* browse = new QPushButton(tr("Browse..."), this);
  auto* outputRow = new QHBoxLayout;
  outputRow->addWidget(m_output, 1);
  outputRow->addWidget(browse);
  m_overwrite = new QCheckBox(tr("Replace an existing file"), this);
  m_count = new QLabel(this);
  m_result = new QLabel(this);
  m_result->setWordWrap(true);
  m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
  form->addRow(tr("Layer"), m_layer);
  form->addRow(tr("District"), m_district);
  form->addRow(tr("Drainage type"), m_drainage);
  form->addRow(tr("Order state"), m_state);
  form->addRow(QString(), m_overdue);
  form->addRow(QString(), m_selectionOnly);
  form->addRow(QString(), m_count);
  form->addRow(tr("Format"), m_format);
  form->addRow(tr("Shapefile text"), m_encoding);
  form->addRow(tr("File"), outputRow);
  form->addRow(QString(), m_overwrite);
  form->addRow(m_result);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto* run = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
  form->addRow(buttons);

  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(run, &QPushButton::clicked, this, &ExportDialog::runExport);
  connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
  for (auto* box : {m_layer, m_district, m_drainage, m_state, m_format}) {
    connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
  }
  for (auto* check : {m_overdue, m_selectionOnly})
    connect(check, &QCheckBox::toggled, this, &ExportDialog::updateChoices);
  resize(620, 0);
  updateChoices();
}

void ExportDialog::updateChoices() {
  const auto layer = layerOf(m_layer);
  m_district->setEnabled(layer != ExportLayer::ImportIssues);
  m_drainage->setEnabled(layer == ExportLayer::Pipes || layer == ExportLayer::Manholes);
  m_state->setEnabled(layer == ExportLayer::Orders);
  m_overdue->setEnabled(layer == ExportLayer::Orders);
  const auto sel = m_document->selection();
  const bool selectable = sel && ((layer == ExportLayer::Pipes && sel->layer == FeatureLayer::Pipe) ||
                                  (layer == ExportLayer::Manholes && sel->layer == FeatureLayer::Manhole));
  m_selectionOnly->setEnabled(selectable);
  if (!selectable) m_selectionOnly->setChecked(false);
  m_encoding->setEnabled(m_format->currentData().toString() == QLatin1String("shp"));
  // Keep the file name's extension in step with the format.
  const QString ext = m_format->currentData().toString();
  if (!m_output->text().isEmpty()) {
    QFileInfo info(m_output->text());
    m_output->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + ext));
  }
  updateCount();
}

namespace {

ExportFilter filterOf(ProjectDocument* document, const QComboBox* district, const QComboBox* drainage,
                      const QComboBox* state, const QCheckBox* overdue, const QCheckBox* selectionOnly) {
  ExportFilter f;
  if (district->isEnabled() && !district->currentData().toString().isEmpty())
    f.district = district->currentData().toString().toStdString();
  if (drainage->isEnabled() && !drainage->currentData().toString().isEmpty())
    f.drainage = drainage->currentData().toString().toStdString();
  if (state->isEnabled() && !state->currentData().toString().isEmpty())
    f.state = state->currentData().toString().toStdString();
  f.overdueOnly = overdue->isEnabled() && overdue->isChecked();
  if (selectionOnly->isChecked() && document->selection()) f.ids = {document->selection()->id};
  return f;
}

}  // namespace

void ExportDialog::updateCount() {
  if (!m_document->isOpen()) return;
  const auto layer = layerOf(m_layer);
  try {
    const auto ids = selectForExport(m_document->project(), layer,
                                     filterOf(m_document, m_district, m_drainage, m_state, m_overdue, m_selectionOnly));
    m_count->setText(tr("%n record(s) to export", nullptr, static_cast<int>(ids.size())));
  } catch (const Error& e) {
    m_count->setText(i18n::errorText(e));
  }
}

void ExportDialog::browse() {
  const QString ext = m_format->currentData().toString();
  const QString path =
      files::saveFileName(this, tr("Export to"), m_output->text(), tr("%1 files (*.%2)").arg(ext.toUpper(), ext),
                          QFileDialog::DontConfirmOverwrite);
  if (!path.isEmpty()) m_output->setText(path);
}

bool ExportDialog::runExport() {
  if (!m_document->isOpen()) return false;
  ExportRequest r;
  r.layer = layerOf(m_layer);
  r.filter = filterOf(m_document, m_district, m_drainage, m_state, m_overdue, m_selectionOnly);
  r.format = exportFormatFromKey(m_format->currentData().toString().toStdString()).value_or(ExportFormat::GeoPackage);
  r.encoding =
      shapefileEncodingFromName(m_encoding->currentData().toString().toStdString()).value_or(ShapefileEncoding::Gbk);
  r.output = m_output->text().trimmed().toStdString();
  r.overwrite = m_overwrite->isChecked();
  r.formatMessage = [](const Message& m) { return i18n::text(m).toStdString(); };
  if (r.output.empty()) {
    m_result->setText(tr("Choose the file to write."));
    return false;
  }
  QApplication::setOverrideCursor(Qt::WaitCursor);
  try {
    Feedback feedback;
    const auto result = exportLayer(m_document->project(), r, feedback);
    QApplication::restoreOverrideCursor();
    QStringList notes;
    for (const auto& n : result.notes) notes << i18n::text(n);
    m_result->setText(tr("%n record(s) written to %1 (%2, %3).", nullptr, static_cast<int>(result.count))
                          .arg(i18n::qs(result.path), i18n::qs(result.crs), i18n::qs(result.encoding)) +
                      (result.shortened.empty() ? QString()
                                                : tr(" %n field name(s) shortened; see the .fields.csv beside it.",
                                                     nullptr, static_cast<int>(result.shortened.size()))) +
                      (notes.isEmpty() ? QString() : QLatin1Char(' ') + notes.join(QLatin1Char(' '))));
    styleAsError(m_result, false);
    return true;
  } catch (const Error& e) {
    QApplication::restoreOverrideCursor();
    m_result->setText(i18n::errorText(e));
    styleAsError(m_result, true);
    return false;
  }
}

}  // namespace pw::desktop
