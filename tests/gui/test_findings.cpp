// Inspection work on the map, driven as a field team would: record a defect by clicking a pipe (the distance taken
// from the click, a grade's definition shown, a photo attached), see it on the map and in the pipe's inspection
// strip, undo and redo it; a bad value or a file that is not a photo keeps the dialog open and writes nothing; record
// a misconnection point at a manhole and see its degree; trace downstream and find it; colour pipes by repair grade.
#include <cmath>
#include <functional>

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include "core/tempdir.h"
#include "defect_strip.h"
#include "edit_commands.h"
#include "findings_dialogs.h"
#include "findings_tools.h"
#include "geom/spatialite_blob.h"
#include "gui_support.h"
#include "inspection_panel.h"
#include "layers_panel.h"
#include "main_window.h"
#include "map_canvas.h"
#include "orders/orders.h"
#include "project_document.h"
#include "store/project.h"
#include "trace_panel.h"

using namespace pw;
using namespace pw::desktop;
using namespace pw::test;

namespace {

std::int64_t count(Project& project, const char* table) {
  return project.db().scalarInt(std::string("SELECT count(*) FROM ") + table);
}

}  // namespace

class TestFindings : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<TempDir> m_dir;
  QString m_project;
  QString m_photo;
  QString m_notPhoto;

private slots:
  void initTestCase() {
    m_dir = std::make_unique<TempDir>();
    m_project = QString::fromStdString(m_dir->path()) + QStringLiteral("/city.sqlite");
    createSampleProject(m_project);
    m_photo = QString::fromStdString(m_dir->path()) + QStringLiteral("/crack.png");
    QImage photo(64, 48, QImage::Format_RGB32);
    photo.fill(QColor(90, 60, 40));
    QVERIFY(photo.save(m_photo));
    m_notPhoto = QString::fromStdString(m_dir->path()) + QStringLiteral("/notes.jpg");
    QFile text(m_notPhoto);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("these are field notes, not a photo\n");
  }

  void recordsADefectByClickingAPipeAndUndoesIt() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    auto& project = window->document()->project();
    // The click lands halfway along the first segment of WS-0358, which starts at its upstream manhole W0340.
    std::vector<double> xy;
    {
      auto st = project.db().prepare("SELECT geom FROM pipes WHERE code = 'WS-0358'");
      QVERIFY(st.step());
      blob::decodeLineString(st.blob(0), xy);
    }
    const double expected = std::hypot(xy[2] - xy[0], xy[3] - xy[1]) / 2;
    const Point clicked = pipeMidpoint(project, "WS-0358");
    const QPoint at = showPoint(*window, clicked);
    window->findingsTools()->setMode(FindingsTools::Mode::RecordDefect);

    double prefilled = -1;
    QString definition, badDistanceError, notPhotoError;
    bool stayedOpen = true;
    onNextDialog<DefectDialog>([&](DefectDialog* d) {
      prefilled = d->distanceBox()->value();
      d->codeCombo()->setCurrentIndex(d->codeCombo()->findData(QStringLiteral("PL")));
      d->gradeCombo()->setCurrentIndex(d->gradeCombo()->findData(3));
      definition = d->gradeDefinition()->text();
      // Beyond the end of the pipe: refused, the dialog stays.
      d->distanceBox()->setValue(d->distanceBox()->maximum());
      d->accept();
      badDistanceError = d->errorLabel()->text();
      stayedOpen = stayedOpen && d->isVisible();
      d->distanceBox()->setValue(prefilled);
      // A file that is not a photo: refused, the dialog stays.
      d->addPhoto(m_notPhoto);
      d->accept();
      notPhotoError = d->errorLabel()->text();
      stayedOpen = stayedOpen && d->isVisible();
      saveScreenshot(*d, QStringLiteral("defect-dialog"));
      auto* photos = d->findChild<QListWidget*>();
      photos->clear();
      d->addPhoto(m_photo);
      d->accept();
    });
    QTest::mouseClick(window->canvas(), Qt::LeftButton, Qt::NoModifier, at);

    QVERIFY2(std::abs(prefilled - expected) < 0.5, qPrintable(QStringLiteral("%1 vs %2").arg(prefilled).arg(expected)));
    QVERIFY(!definition.isEmpty());
    QVERIFY2(badDistanceError.contains(QStringLiteral("distance")) ||
                 badDistanceError.contains(QStringLiteral("距离")) ||
                 badDistanceError.contains(QStringLiteral("longer")),
             qPrintable(badDistanceError));
    QVERIFY2(notPhotoError.contains(QStringLiteral("notes.jpg")), qPrintable(notPhotoError));
    QVERIFY(stayedOpen);
    QCOMPARE(count(project, "defects"), 1);
    QCOMPARE(count(project, "inspections"), 1);
    const auto defectId = project.db().scalarInt("SELECT id FROM defects");
    QCOMPARE(QString::fromStdString(project.db().scalarText("SELECT code || grade FROM defects")),
             QStringLiteral("PL3"));
    QVERIFY(std::abs(std::stod(project.db().scalarText("SELECT distance_m FROM defects")) - expected) < 0.5);
    QCOMPARE(count(project, "attachment_links"), 1);
    QCOMPARE(QString::fromStdString(project.db().scalarText(
                 "SELECT user_name FROM audit_log WHERE entity = 'defect' AND action = 'create'")),
             window->document()->userName());

    // The pipe's inspection panel shows it on the strip and in the table, with its photo.
    auto* panel = window->inspectionPanel();
    QCOMPARE(panel->pipe().value_or(0), project.db().scalarInt("SELECT id FROM pipes WHERE code = 'WS-0358'"));
    QCOMPARE(panel->defectTable()->rowCount(), 1);
    panel->selectDefect(defectId);
    QCOMPARE(panel->photoList()->count(), 1);
    QVERIFY(panel->summary()->text().contains(QStringLiteral("RI")));
    // Drawn on the map at the click, in the colour of grade 3.
    QTRY_VERIFY(window->document()->snapshot()->defects.size() == 1);
    QTRY_VERIFY(window->canvas()->frameIsCurrent());
    saveScreenshot(*window, QStringLiteral("defect-recorded"));
    const Point marker = window->canvas()->view().toScreen(clicked.x, clicked.y);  // the docks may have resized the map
    QVERIFY(colourNear(window->canvas()->frame(), QPoint(int(marker.x), int(marker.y)),
                       window->canvas()->style().gradeColour[3], 4));

    // Undo takes it away (and the inspection it started); redo brings it back with the same id and photo.
    window->document()->undoStack()->undo();
    QCOMPARE(count(project, "defects"), 0);
    QCOMPARE(count(project, "inspections"), 0);
    QCOMPARE(panel->defectTable()->rowCount(), 0);
    QTRY_VERIFY(window->document()->snapshot()->defects.size() == 0);
    window->document()->undoStack()->redo();
    QCOMPARE(project.db().scalarInt("SELECT id FROM defects"), defectId);
    QCOMPARE(count(project, "attachment_links"), 1);
    QTRY_VERIFY(window->document()->snapshot()->defects.size() == 1);
    // Every step is in the audit log: created with its photo, deleted by the undo, created again by the redo.
    QCOMPARE(QString::fromStdString(project.db().scalarText("SELECT group_concat(action, ' ') FROM (SELECT action FROM "
                                                            "audit_log WHERE entity = 'defect' ORDER BY id)")),
             QStringLiteral("create update delete create update"));

    // Deleting from the panel is undoable too.
    panel->selectDefect(defectId);
    deleteDefectForTest(*window);
    QCOMPARE(count(project, "defects"), 0);
    window->document()->undoStack()->undo();
    QCOMPARE(project.db().scalarInt("SELECT id FROM defects"), defectId);
    QCOMPARE(count(project, "attachment_links"), 1);
    window->findingsTools()->setMode(FindingsTools::Mode::None);
  }

  void undoingTheAddOfADefectInAnOpenOrderIsRefused() {
    // The undo of an add is a delete: once an order holds the defect, the order's closure needs it, so it stays.
    auto window = openWindow(m_project);
    QVERIFY(window);
    auto& document = *window->document();
    auto& project = document.project();
    const auto before = count(project, "defects");
    DefectDraft draft;
    const auto pipe = project.db().scalarInt("SELECT id FROM pipes WHERE code = 'YS-0824'");
    draft.newInspection =
        InspectionRecord{.pipeId = pipe, .date = "2026-03-01", .method = "cctv", .direction = "with_flow"};
    draft.defect.code = "PL";
    draft.defect.grade = 4;
    draft.defect.distance = 10;
    const auto defect = addDefect(document, draft);
    OrderDraft order;
    order.items = {{"defect", defect}};
    order.assignee = "一队";
    const auto orderId = document.orders().create(order, document.userName().toStdString());
    const auto number = document.orders().order(orderId)->number;
    QSignalSpy refused(&document, &ProjectDocument::editRefused);
    QString shown;  // the window tells the user why, in a message box
    onNextDialog<QMessageBox>([&shown](QMessageBox* box) {
      shown = box->text();
      box->accept();
    });
    document.undoStack()->undo();
    QCOMPARE(refused.count(), 1);
    QVERIFY2(shown.contains(QString::fromStdString(number)), qPrintable(shown));
    QCOMPARE(count(project, "defects"), before + 1);
    QVERIFY(document.findings().defect(defect));
  }

  void cancellingTheDialogWritesNothing() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    auto& project = window->document()->project();
    const auto before = count(project, "defects");
    const QPoint at = showPoint(*window, pipeMidpoint(project, "YS-0824"));
    window->findingsTools()->setMode(FindingsTools::Mode::RecordDefect);
    onNextDialog<DefectDialog>([](DefectDialog* d) { d->reject(); });
    QTest::mouseClick(window->canvas(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(count(project, "defects"), before);
    QVERIFY(!window->document()->undoStack()->canUndo());
  }

  void recordsAMisconnectionAtAManholeAndTracesToIt() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    auto& project = window->document()->project();
    const QPoint at = showPoint(*window, manholeAt(project, "W0341"), 0.2);
    window->findingsTools()->setMode(FindingsTools::Mode::RecordMisconnection);
    QString degree;
    onNextDialog<MisconnectionDialog>([&](MisconnectionDialog* d) {
      d->typeCombo()->setCurrentIndex(d->typeCombo()->findData(QStringLiteral("rain_into_sewage")));
      d->codBox()->setValue(250);  // above 200 mg/L: severe
      degree = d->gradeLabel()->text();
      saveScreenshot(*d, QStringLiteral("misconnection-dialog"));
      d->accept();
    });
    QTest::mouseClick(window->canvas(), Qt::LeftButton, Qt::NoModifier, at);
    QVERIFY2(degree.contains(QStringLiteral("重度")) || degree.contains(QStringLiteral("evere")), qPrintable(degree));
    QCOMPARE(count(project, "misconnections"), 1);
    QCOMPARE(project.db().scalarText("SELECT m.code FROM misconnections x JOIN manholes m ON m.id = x.manhole_id"),
             std::string("W0341"));
    QTRY_VERIFY(window->document()->snapshot()->misconnections.size() == 1);
    QTRY_VERIFY(window->canvas()->frameIsCurrent());
    QVERIFY(colourNear(window->canvas()->frame(), at, window->canvas()->style().degreeColour[3], 3));

    // Tracing downstream from the pipe above it passes the manhole and lists the misconnection.
    // (A point on the pipe away from the defect marker at the midpoint of its first segment.)
    const Point mid = pipeMidpoint(project, "WS-0358");
    const Point start = manholeAt(project, "W0340");
    const QPoint pipeAt = showPoint(*window, {(mid.x + start.x) / 2, (mid.y + start.y) / 2}, 0.5);
    window->findingsTools()->setMode(FindingsTools::Mode::TraceDown);
    QTest::mouseClick(window->canvas(), Qt::LeftButton, Qt::NoModifier, pipeAt);
    auto* trace = window->tracePanel();
    QVERIFY2(trace->summary()->text().contains(QStringLiteral("WS-0358")), qPrintable(trace->summary()->text()));
    QCOMPARE(trace->findings()->topLevelItem(0)->childCount(), 1);
    QVERIFY(trace->findings()->topLevelItem(0)->child(0)->text(1).contains(QStringLiteral("W0341")));
    QTRY_VERIFY(window->canvas()->frameIsCurrent());
    QVERIFY(colourNear(window->canvas()->frame(), pipeAt, window->canvas()->style().traced, 3));
    window->canvas()->zoomToFullExtent();
    QTRY_VERIFY(window->canvas()->frameIsCurrent());
    saveScreenshot(*window, QStringLiteral("trace-downstream"));
    window->findingsTools()->setMode(FindingsTools::Mode::None);

    // In identify mode a click on the marker opens the point: confirm it, then delete it, then undo the delete.
    const auto id = project.db().scalarInt("SELECT id FROM misconnections");
    QPoint marker = showPoint(*window, manholeAt(project, "W0341"), 0.2);
    onNextDialog<MisconnectionDialog>([](MisconnectionDialog* d) {
      auto* status = d->findChildren<QComboBox*>().last();
      status->setCurrentIndex(status->findData(QStringLiteral("confirmed")));
      d->accept();
    });
    QTest::mouseClick(window->canvas(), Qt::LeftButton, Qt::NoModifier, marker);
    QCOMPARE(project.db().scalarText("SELECT status FROM misconnections"), std::string("confirmed"));
    QCOMPARE(project.db().scalarText("SELECT cod_mg_l FROM misconnections"), std::string("250.0"));
    marker = showPoint(*window, manholeAt(project, "W0341"), 0.2);
    onNextDialog<MisconnectionDialog>([](MisconnectionDialog* d) { d->deleteButton()->click(); });
    QTest::mouseClick(window->canvas(), Qt::LeftButton, Qt::NoModifier, marker);
    QCOMPARE(count(project, "misconnections"), 0);
    window->document()->undoStack()->undo();
    QCOMPARE(project.db().scalarInt("SELECT id FROM misconnections"), id);
    QCOMPARE(project.db().scalarText("SELECT status FROM misconnections"), std::string("confirmed"));
    window->document()->undoStack()->undo();  // and the edit
    QCOMPARE(project.db().scalarText("SELECT status FROM misconnections"), std::string("to_verify"));
  }

  void clickingADefectMarkerShowsTheDefect() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    auto& project = window->document()->project();
    const auto defectId = project.db().scalarInt("SELECT id FROM defects");
    QVERIFY(defectId);
    const QPoint marker = showPoint(*window, pipeMidpoint(project, "WS-0358"), 0.3);
    QTest::mouseClick(window->canvas(), Qt::LeftButton, Qt::NoModifier, marker);
    auto* panel = window->inspectionPanel();
    QCOMPARE(panel->pipe().value_or(0), project.db().scalarInt("SELECT id FROM pipes WHERE code = 'WS-0358'"));
    QCOMPARE(panel->defectTable()->selectedItems().size() > 0, true);
    QCOMPARE(panel->photoList()->count(), 1);
    saveScreenshot(*window, QStringLiteral("defect-picked"));
  }

  void coloursPipesByRepairGrade() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    auto& project = window->document()->project();
    QVERIFY(count(project, "defects") >= 1);  // WS-0358's defect from the first test
    window->layersPanel()->setTheme(render::PipeTheme::RepairGrade);
    const auto snapshot = window->document()->snapshot();
    const auto item =
        findLineById(snapshot->pipes, project.db().scalarInt("SELECT id FROM pipes WHERE code = 'WS-0358'"));
    QVERIFY(item);
    const auto grade = snapshot->pipes.riGrade[*item];
    QVERIFY(grade >= 1);
    const QPoint inspected = showPoint(*window, pipeMidpoint(project, "WS-0359"), 0.3);
    // WS-0359 is not inspected: grey.
    QVERIFY(colourNear(window->canvas()->frame(), inspected, window->canvas()->style().gradeColour[0], 3));
    // Between the defect marker and the downstream manhole the pipe shows its RI grade colour.
    const Point mid = pipeMidpoint(project, "WS-0358");
    const Point end = manholeAt(project, "W0341");
    const QPoint graded = showPoint(*window, {(mid.x + end.x) / 2, (mid.y + end.y) / 2}, 0.3);
    QVERIFY(colourNear(window->canvas()->frame(), graded, window->canvas()->style().gradeColour[grade], 1));
    QVERIFY(!colourNear(window->canvas()->frame(), graded, window->canvas()->style().pipeColour[1], 1));
    window->canvas()->zoomBy(0.3);
    QTRY_VERIFY(window->canvas()->frameIsCurrent());
    saveScreenshot(*window, QStringLiteral("theme-repair-grade"));
  }

private:
  static void deleteDefectForTest(MainWindow& window) {
    auto* panel = window.inspectionPanel();
    auto* button = panel->findChild<QPushButton*>(QStringLiteral("deleteDefect"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    button->click();
  }
};

QTEST_MAIN(TestFindings)
#include "test_findings.moc"
