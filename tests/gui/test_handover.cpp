// Reports and exports made from the desktop, the papers a district office hands on: the district report as PDF (its
// text names the district and its overdue order), the order ledger as Excel, the district's pipes as a GBK shapefile
// that says how many were written; an existing file is not replaced unless asked, and a district report needs a
// district; a write that fails (the disk full) is shown with the file's name and leaves nothing.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QtTest>

#include "core/error.h"
#include "core/tempdir.h"
#include "export/export.h"
#include "export_dialog.h"
#include "fault_injection.h"
#include "gui_support.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "main_window.h"
#include "orders/orders.h"
#include "project_document.h"
#include "report_dialog.h"
#include "store/project.h"

using namespace pw;
using namespace pw::desktop;
using namespace pw::test;

namespace {

/// The text of a PDF as pdftotext reads it.
QString pdfText(const QString& path) {
  QProcess p;
  p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
  p.waitForFinished(60000);
  return QString::fromUtf8(p.readAllStandardOutput());
}

void choose(QComboBox* box, const QVariant& data) { box->setCurrentIndex(box->findData(data)); }

}  // namespace

class TestHandover : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<TempDir> m_dir;
  QString m_project;
  QString m_district;
  std::string m_orderNumber;

  QString out(const char* name) const {
    return QString::fromStdString(m_dir->path()) + QLatin1Char('/') + QLatin1String(name);
  }

private slots:
  void initTestCase() {
    m_dir = std::make_unique<TempDir>();
    m_project = out("city.sqlite");
    createSampleProject(m_project);
    // One issued order, long overdue, on a defect of YS-0824.
    auto project = Project::open(m_project.toStdString());
    auto& db = project->db();
    const auto pipe = db.scalarInt("SELECT id FROM pipes WHERE code = 'YS-0824'");
    m_district = QString::fromStdString(db.scalarText(
        "SELECT d.name FROM pipes p JOIN districts d ON d.id = p.district_id WHERE p.id = " + std::to_string(pipe)));
    const auto catalogues = loadProjectCatalogues(*project);
    FindingsStore findings(*project, catalogues.defects, catalogues.misconnections);
    InspectionRecord inspection;
    inspection.pipeId = pipe;
    inspection.date = "2026-01-15";
    inspection.method = "cctv";
    inspection.direction = "with_flow";
    DefectRecord defect;
    defect.inspectionId = findings.addInspection(inspection, "admin");
    defect.code = "PL";
    defect.grade = 4;
    defect.distance = 12;
    const auto defectId = findings.addDefect(defect, "admin");
    OrderStore orders(*project, catalogues);
    OrderDraft draft;
    draft.items = {{"defect", defectId}};
    draft.assignee = "一队";
    draft.deadline = "2026-02-15";
    const auto id = orders.create(draft, "admin");
    TransitionRequest issue;
    issue.action = OrderAction::Issue;
    issue.version = orders.order(id)->version;
    orders.transition(id, issue, "admin");
    m_orderNumber = orders.order(id)->number;
  }

  void reportsAreMadeFromTheDesktop() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    ReportDialog dialog(window->document(), window.get());
    choose(dialog.kindBox(), static_cast<int>(ReportDialog::Kind::District));
    dialog.districtBox()->setCurrentIndex(0);  // the whole city: a district report needs a district
    dialog.outputEdit()->setText(out("district.pdf"));
    QVERIFY(!dialog.makeReport());
    QVERIFY(!QFile::exists(out("district.pdf")));
    dialog.districtBox()->setCurrentIndex(dialog.districtBox()->findText(m_district));
    dialog.periodBox()->setCurrentText(QStringLiteral("2026"));
    choose(dialog.formatBox(), QStringLiteral("pdf"));
    QVERIFY2(dialog.makeReport(), qPrintable(dialog.resultLabel()->text()));
    const QString text = pdfText(out("district.pdf"));
    QVERIFY(text.contains(m_district));
    QVERIFY2(text.contains(QString::fromStdString(m_orderNumber)), "the overdue order is listed");

    // The separation programme of every year, for the whole city (none planned yet: the shortlist still comes).
    choose(dialog.kindBox(), static_cast<int>(ReportDialog::Kind::Separation));
    dialog.districtBox()->setCurrentIndex(0);
    choose(dialog.yearBox(), QVariant());
    choose(dialog.formatBox(), QStringLiteral("pdf"));
    dialog.outputEdit()->setText(out("programme.pdf"));
    QVERIFY2(dialog.makeReport(), qPrintable(dialog.resultLabel()->text()));
    QVERIFY(QFile(out("programme.pdf")).size() > 1000);

    choose(dialog.kindBox(), static_cast<int>(ReportDialog::Kind::Ledger));
    QCOMPARE(dialog.formatBox()->count(), 1);  // the ledger is a workbook only
    dialog.outputEdit()->setText(out("ledger.xlsx"));
    QVERIFY2(dialog.makeReport(), qPrintable(dialog.resultLabel()->text()));
    QVERIFY(QFile(out("ledger.xlsx")).size() > 1000);
    saveScreenshot(dialog, QStringLiteral("report-dialog"));
  }

  void aDistrictsPipesAreExportedAsAGbkShapefile() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    ExportDialog dialog(window->document(), window.get());
    choose(dialog.layerBox(), static_cast<int>(ExportLayer::Pipes));
    dialog.districtBox()->setCurrentIndex(dialog.districtBox()->findText(m_district));
    const auto expected = window->document()->project().db().scalarInt(
        "SELECT count(*) FROM pipes p JOIN districts d ON d.id = p.district_id WHERE d.name = '" +
        m_district.toStdString() + "'");
    QVERIFY(dialog.countLabel()->text().contains(QString::number(expected)));
    choose(dialog.formatBox(), QStringLiteral("shp"));
    dialog.outputEdit()->setText(out("pipes.shp"));
    QVERIFY2(dialog.runExport(), qPrintable(dialog.resultLabel()->text()));
    QVERIFY(dialog.resultLabel()->text().contains(QString::number(expected)));
    QFile cpg(out("pipes.cpg"));
    QVERIFY(cpg.open(QIODevice::ReadOnly));
    QCOMPARE(cpg.readAll().trimmed(), QByteArray("936"));
    saveScreenshot(dialog, QStringLiteral("export-dialog"));

    // Again without "replace": refused, the file stays as it was.
    const auto before = QFileInfo(out("pipes.dbf")).lastModified();
    QVERIFY(!dialog.runExport());
    QVERIFY(!dialog.resultLabel()->text().isEmpty());
    QCOMPARE(QFileInfo(out("pipes.dbf")).lastModified(), before);
  }

  void aFailedWriteIsShownAndLeavesNothing() {
    // The disk "fills up" after 2000 bytes: the export, the report and the map image each say which file could not
    // be written and why, and leave no file behind.
    auto window = openWindow(m_project);
    QVERIFY(window);
    const auto entries = [this] {
      return QDir(QString::fromStdString(m_dir->path()))
          .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    };
    const QStringList before = entries();
    WriteFaultScope fault(2000);

    ExportDialog exporter(window->document(), window.get());
    choose(exporter.layerBox(), static_cast<int>(ExportLayer::Pipes));
    choose(exporter.formatBox(), QStringLiteral("geojson"));
    exporter.outputEdit()->setText(out("failed.geojson"));
    QVERIFY(!exporter.runExport());
    QVERIFY2(exporter.resultLabel()->text().contains(out("failed.geojson")),
             qPrintable(exporter.resultLabel()->text()));

    ReportDialog reporter(window->document(), window.get());
    choose(reporter.kindBox(), static_cast<int>(ReportDialog::Kind::City));
    choose(reporter.formatBox(), QStringLiteral("pdf"));
    reporter.outputEdit()->setText(out("failed.pdf"));
    QVERIFY(!reporter.makeReport());
    QVERIFY2(reporter.resultLabel()->text().contains(out("failed.pdf")), qPrintable(reporter.resultLabel()->text()));

    try {
      window->exportPng(out("failed.png"));
      QFAIL("the map image was reported as written");
    } catch (const Error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains(out("failed.png")), e.what());
    }
    QCOMPARE(entries(), before);
  }
};

QTEST_MAIN(TestHandover)
#include "test_handover.moc"
