#include "report_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "choices.h"
#include "core/error.h"
#include "file_dialogs.h"
#include "i18n.h"
#include "message_style.h"
#include "orders/orders.h"
#include "project_document.h"
#include "report/district_report.h"
#include "report/ledgers.h"
#include "report/report_xlsx.h"
#include "report/separation_report.h"
#include "report_pdf.h"
#include "store/project.h"

namespace pw::desktop {
namespace {

ReportDialog::Kind kindOf(const QComboBox* box) { return static_cast<ReportDialog::Kind>(box->currentData().toInt()); }

}  // namespace

ReportDialog::ReportDialog(ProjectDocument* document, QWidget* parent) : QDialog(parent), m_document(document) {
  setWindowTitle(tr("Reports"));
  auto* form = new QFormLayout(this);
  m_kind = new QComboBox(this);
  m_kind->addItem(tr("District report (PDF or Excel)"), static_cast<int>(Kind::District));
  m_kind->addItem(tr("City summary comparing districts (PDF or Excel)"), static_cast<int>(Kind::City));
  m_kind->addItem(tr("Separation programme (PDF or Excel)"), static_cast<int>(Kind::Separation));
  m_kind->addItem(tr("Order ledger (Excel)"), static_cast<int>(Kind::Ledger));
  m_kind->addItem(tr("Defect register (Excel)"), static_cast<int>(Kind::Defects));
  m_kind->addItem(tr("Misconnection register (Excel)"), static_cast<int>(Kind::Misconnections));
  m_district = new QComboBox(this);
  m_district->addItem(tr("The whole city"), QVariant());
  addDistricts(m_district, m_document, DistrictKey::Id);
  m_district->setCurrentIndex(m_district->count() > 1 ? 1 : 0);
  m_period = new QComboBox(this);
  m_period->setEditable(true);
  const QDate today = projectToday(m_document);
  m_period->addItems(periodChoices(m_document));
  m_period->setCurrentIndex(1);  // last month: the monthly report a district office hands in
  m_period->setToolTip(tr("A month (2026-03), a quarter (2026-Q1), a year (2026) or a range (2026-01-01..2026-02-15)"));
  m_year = new QComboBox(this);
  m_year->addItem(tr("All years"), QVariant());
  for (int y = today.year() - 1; y <= today.year() + 5; ++y) m_year->addItem(QString::number(y), y);
  m_year->setCurrentIndex(m_year->findData(today.year() + 1));
  m_format = new QComboBox(this);
  m_output = new QLineEdit(this);
  auto* browse = new QPushButton(tr("Browse..."), this);
  auto* outputRow = new QHBoxLayout;
  outputRow->addWidget(m_output, 1);
  outputRow->addWidget(browse);
  m_result = new QLabel(this);
  m_result->setWordWrap(true);
  m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
  form->addRow(tr("Report"), m_kind);
  form->addRow(tr("District"), m_district);
  form->addRow(tr("Period"), m_period);
  form->addRow(tr("Planned year"), m_year);
  form->addRow(tr("Format"), m_format);
  form->addRow(tr("File"), outputRow);
  form->addRow(m_result);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto* run = buttons->addButton(tr("Make the report"), QDialogButtonBox::ActionRole);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(run, &QPushButton::clicked, this, &ReportDialog::makeReport);
  connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateChoices);
  connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
    if (m_output->text().isEmpty()) return;
    QFileInfo info(m_output->text());
    m_output->setText(
        info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + m_format->currentData().toString()));
  });
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString ext = m_format->currentData().toString();
    const QString path = files::saveFileName(this, tr("Save the report as"), m_output->text(),
                                             tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (!path.isEmpty()) m_output->setText(path);
  });
  resize(600, 0);
  updateChoices();
}

void ReportDialog::updateChoices() {
  const Kind kind = kindOf(m_kind);
  const bool printed = kind == Kind::District || kind == Kind::City || kind == Kind::Separation;
  m_format->clear();
  if (printed) m_format->addItem(tr("PDF (A4, to print)"), QStringLiteral("pdf"));
  m_format->addItem(tr("Excel (.xlsx)"), QStringLiteral("xlsx"));
  m_period->setEnabled(kind == Kind::District || kind == Kind::City);
  m_year->setEnabled(kind == Kind::Separation);
  m_district->setEnabled(kind != Kind::City);
}

bool ReportDialog::makeReport() {
  if (!m_document->isOpen()) return false;
  const QString path = m_output->text().trimmed();
  if (path.isEmpty()) {
    m_result->setText(tr("Choose the file to write."));
    return false;
  }
  const Kind kind = kindOf(m_kind);
  const bool pdf = m_format->currentData().toString() == QLatin1String("pdf");
  // The chosen district; the ledgers take none for the whole city.
  const qint64 districtId = m_district->currentData().isValid() ? m_district->currentData().toLongLong() : 0;
  std::optional<std::int64_t> district;
  if (districtId > 0) district = districtId;
  const auto words = render::qtTranslate();
  auto& project = m_document->project();
  const auto& catalogues = m_document->catalogues();
  const std::string out = path.toStdString();
  if (kind == Kind::District && !district) {
    m_result->setText(tr("Choose a district."));
    return false;
  }
  QApplication::setOverrideCursor(Qt::WaitCursor);
  try {
    QString done;
    switch (kind) {
      case Kind::District: {
        const auto report = buildDistrictReport(project, catalogues, parsePeriod(m_period->currentText().toStdString()),
                                                districtId, words);
        if (pdf) {
          done = tr("%n page(s) written to %1", nullptr,
                    render::writeDistrictReportPdf(report, m_document->snapshot().get(), out))
                     .arg(path);
        } else {
          writeDistrictReportXlsx(report, out, words);
        }
        break;
      }
      case Kind::City: {
        const auto report =
            buildCityReport(project, catalogues, parsePeriod(m_period->currentText().toStdString()), 30, words);
        if (pdf) {
          done = tr("%n page(s) written to %1", nullptr,
                    render::writeCityReportPdf(report, m_document->snapshot().get(), out))
                     .arg(path);
        } else {
          writeCityReportXlsx(report, out, words);
        }
        break;
      }
      case Kind::Separation: {
        SeparationReportRequest request;
        if (m_year->currentData().isValid()) request.plannedYear = m_year->currentData().toInt();
        request.districtId = district;
        const auto report = buildSeparationReport(project, catalogues, request);
        if (pdf) {
          done = tr("%n page(s) written to %1", nullptr,
                    render::writeSeparationReportPdf(report, m_document->snapshot().get(), out))
                     .arg(path);
        } else {
          writeSeparationReportXlsx(report, out, words);
        }
        break;
      }
      case Kind::Ledger: writeOrderLedgerXlsx(orderLedger(project, catalogues, district, words), out, words); break;
      case Kind::Defects: writeDefectRegisterXlsx(defectRegister(project, catalogues, district), out, words); break;
      case Kind::Misconnections:
        writeMisconnectionRegisterXlsx(misconnectionRegister(project, catalogues, district), out, words);
        break;
    }
    QApplication::restoreOverrideCursor();
    styleAsError(m_result, false);
    m_result->setText(done.isEmpty() ? tr("Written to %1").arg(path) : done);
    return true;
  } catch (const Error& e) {
    QApplication::restoreOverrideCursor();
    styleAsError(m_result, true);
    m_result->setText(i18n::errorText(e));
    return false;
  }
}

}  // namespace pw::desktop
