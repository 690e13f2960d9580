// The desktop application driven as a person would, on the offscreen platform: the sample city drawn in its
// colours, identify by clicking a pipe's pixel, search, keys, the import wizard on a good and a bad file, and Chinese
// text drawn as characters, not boxes. Screenshots go to PW_SCREENSHOT_DIR for a human to look at.
#include <QComboBox>
#include <QDir>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

#include "core/feedback.h"
#include "core/tempdir.h"
#include "crs/proj.h"
#include "gdal/gdal.h"
#include "geom/spatialite_blob.h"
#include "gui_support.h"
#include "identify_panel.h"
#include "import_wizard.h"
#include "importer/import.h"
#include "io/profile.h"
#include "issues_panel.h"
#include "layers_panel.h"
#include "main_window.h"
#include "map_canvas.h"
#include "project_document.h"
#include "shapefile_builder.h"
#include "store/project.h"

using namespace pw;
using namespace pw::desktop;

using namespace pw::test;

class TestDesktop : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<TempDir> m_dir;
  QString m_project;

  std::unique_ptr<MainWindow> openSampleWindow() { return openWindow(m_project); }

  /// Zooms so that the pipe's midpoint is at the canvas centre at 0.3 m per pixel and waits for the frame.
  QPoint showPipe(MainWindow& window, const std::string& code, double mpp = 0.3) {
    return showPoint(window, pipeMidpoint(window.document()->project(), code), mpp);
  }

private slots:
  void initTestCase() {
    m_dir = std::make_unique<TempDir>();
    m_project = QString::fromStdString(m_dir->path()) + QStringLiteral("/city.sqlite");
    createSampleProject(m_project);
  }

  void rendersTheCityInItsColours() {
    auto window = openSampleWindow();
    QVERIFY(window);
    saveScreenshot(*window, QStringLiteral("city-full-extent"));
    const auto& style = window->canvas()->style();
    const std::pair<const char*, int> pipes[] = {{"YS-0824", 0}, {"WS-0974", 1}, {"HS-0042", 2}};
    for (const auto& [code, cls] : pipes) {
      const QPoint at = showPipe(*window, code);
      QVERIFY2(colourNear(window->canvas()->frame(), at, style.pipeColour[static_cast<std::size_t>(cls)]), code);
    }
    // At street level: manholes, flow arrows and labels appear.
    showPipe(*window, "HS-0042", 0.12);
    saveScreenshot(*window, QStringLiteral("street-level"));
  }

  void identifiesAPipeByClickingItsPixel() {
    auto window = openSampleWindow();
    QVERIFY(window);
    const QPoint at = showPipe(*window, "WS-0358", 0.5);
    QTest::mouseClick(window->canvas(), Qt::LeftButton, Qt::NoModifier, at);
    QTRY_COMPARE(window->identifyPanel()->valueOf(QStringLiteral("Pipe id")), QStringLiteral("WS-0358"));
    QCOMPARE(window->identifyPanel()->valueOf(QStringLiteral("From manhole")), QStringLiteral("W0340"));
    QCOMPARE(window->identifyPanel()->valueOf(QStringLiteral("Drainage type")), QStringLiteral("sewage"));
    QVERIFY(window->document()->selection().has_value());
    // The selection is drawn highlighted.
    QTRY_VERIFY(window->canvas()->frameIsCurrent());
    QVERIFY(colourNear(window->canvas()->frame(), at, window->canvas()->style().selection, 4));
    saveScreenshot(*window, QStringLiteral("identify"));
    // Clicking empty ground clears it.
    QTest::mouseClick(window->canvas(), Qt::LeftButton, Qt::NoModifier, at + QPoint(0, 60));
    QTRY_VERIFY(!window->document()->selection().has_value());
  }

  void searchZoomsToTheFeature() {
    auto window = openSampleWindow();
    QVERIFY(window);
    QVERIFY(window->searchFeature(QStringLiteral("Y0783")));
    QCOMPARE(window->document()->selection()->layer, FeatureLayer::Manhole);
    QVERIFY(window->canvas()->view().metresPerPixel() <= 0.11);
    QVERIFY(!window->searchFeature(QStringLiteral("NO-SUCH-ID")));
  }

  void keysAndWheelMoveTheView() {
    auto window = openSampleWindow();
    QVERIFY(window);
    auto* canvas = window->canvas();
    const MapView before = canvas->view();
    QTest::keyClick(canvas, Qt::Key_Right);
    QVERIFY(canvas->view().centreX() > before.centreX());
    QTest::keyClick(canvas, Qt::Key_Plus);
    QVERIFY(canvas->view().metresPerPixel() < before.metresPerPixel());
    QTest::keyClick(canvas, Qt::Key_Home);
    QCOMPARE(canvas->view().metresPerPixel(), before.metresPerPixel());
    // Dragging pans: the point under the press follows the mouse.
    const Point grabbed = canvas->view().toWorld(300, 300);
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(300, 300));
    QMouseEvent move(QEvent::MouseMove, QPointF(380, 340), canvas->mapToGlobal(QPointF(380, 340)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(380, 340));
    const Point now = canvas->view().toScreen(grabbed.x, grabbed.y);
    QVERIFY(std::abs(now.x - 380) < 1e-6 && std::abs(now.y - 340) < 1e-6);
  }

  void exportsAPngWithScaleBarAndLegend() {
    auto window = openSampleWindow();
    QVERIFY(window);
    const QString path = QString::fromStdString(m_dir->path()) + QStringLiteral("/map.png");
    window->exportPng(path);
    QImage image(path);
    QCOMPARE(image.size(), window->canvas()->size());
    QDir().mkpath(QStringLiteral(PW_SCREENSHOT_DIR));
    image.save(QStringLiteral(PW_SCREENSHOT_DIR "/export.png"));
  }

  void importWizardImportsTheSampleCity() {
    MainWindow window;
    window.show();
    const QString path = QString::fromStdString(m_dir->path()) + QStringLiteral("/wizard.sqlite");
    window.document()->create(path, std::nullopt);
    ImportWizard wizard(window.document(), &window);
    wizard.show();
    wizard.addFiles(sampleFiles());
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), static_cast<int>(ImportWizard::ReviewPage));
    QVERIFY(wizard.allPlanned());
    QVERIFY(wizard.currentPage()->isComplete());
    // The first file (districts) shows what was detected and its first rows decoded from GBK.
    QVERIFY(wizard.detectionLabel()->text().contains(QStringLiteral("GBK")));
    QCOMPARE(wizard.previewTable()->item(0, 0)->text(), QStringLiteral("老城区"));
    wizard.fileList();
    saveScreenshot(wizard, QStringLiteral("wizard-review"));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.running(), 60000);
    QVERIFY2(wizard.report().has_value(), qPrintable(wizard.runError()));
    QTRY_COMPARE(wizard.currentId(), static_cast<int>(ImportWizard::ResultPage));
    QCOMPARE(wizard.issuesTable()->rowCount(), 11);
    saveScreenshot(wizard, QStringLiteral("wizard-result"));
    QCOMPARE(window.document()->project().db().scalarInt("SELECT count(*) FROM pipes"), 2951);
    QCOMPARE(window.document()->epsg(), 4549);  // from the first file of the batch: the districts, in EPSG:4549
  }

  void importWizardRefusesABadFileAndChangesNothing() {
    MainWindow window;
    const QString path = QString::fromStdString(m_dir->path()) + QStringLiteral("/bad.sqlite");
    window.document()->create(path, 4549);
    const QString bad = QString::fromStdString(m_dir->path()) + QStringLiteral("/bad.shp");
    QFile::copy(QStringLiteral(PW_TEST_CORPUS "/shapefile_js/bad/bad.shp"), bad);
    QFile::copy(QStringLiteral(PW_TEST_CORPUS "/shapefile_js/bad/bad.dbf"),
                QString::fromStdString(m_dir->path()) + QStringLiteral("/bad.dbf"));
    ImportWizard wizard(window.document(), &window);
    wizard.show();
    wizard.addFiles({bad});
    wizard.next();
    QCOMPARE(wizard.currentId(), static_cast<int>(ImportWizard::ReviewPage));
    QVERIFY(!wizard.currentPage()->isComplete());  // Next stays disabled
    QVERIFY(wizard.detectionLabel()->text().contains(QStringLiteral("bad.shp")));
    saveScreenshot(wizard, QStringLiteral("wizard-bad-file"));
    QCOMPARE(window.document()->project().db().scalarInt("SELECT count(*) FROM import_runs"), 0);
  }

  void backgroundRasterAndVectorAreDrawnUnderTheNetwork() {
    auto window = openSampleWindow();
    QVERIFY(window);
    auto& project = window->document()->project();
    // A GeoTIFF in longitude/latitude (reprojected on the fly) painted pure green, over the city's south-west corner.
    const auto snapshot = window->document()->snapshot();
    const Box b = snapshot->bounds;
    const QString tif = QString::fromStdString(m_dir->path()) + QStringLiteral("/ortho.tif");
    {
      gdal::init();
      std::vector<double> corners{b.minX, b.minY, b.minX + b.width() / 4, b.minY + b.height() / 4};
      proj::Transformer toLonLat("EPSG:4549", "EPSG:4490");
      toLonLat.transform(corners);
      auto* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
      gdal::DatasetPtr ds(driver->Create(tif.toStdString().c_str(), 200, 200, 3, GDT_Byte, nullptr));
      double geo[6] = {corners[0], (corners[2] - corners[0]) / 200, 0, corners[3], 0, -(corners[3] - corners[1]) / 200};
      ds->SetGeoTransform(geo);
      OGRSpatialReference srs;
      srs.importFromEPSG(4490);
      ds->SetSpatialRef(&srs);
      const std::uint8_t fill[3] = {0, 200, 0};
      for (int band = 1; band <= 3; ++band) ds->GetRasterBand(band)->Fill(fill[band - 1]);
    }
    window->document()->addRasterBackground(tif);
    // Road centrelines as a shapefile: one diagonal line across the city.
    const std::string roads = m_dir->path() + "/roads.shp";
    test::ShapefileBuilder(roads, wkbLineString, 4549, "UTF-8")
        .field("NAME", OFTString, 20)
        .add("LINESTRING(" + std::to_string(b.minX) + " " + std::to_string(b.maxY) + "," + std::to_string(b.maxX) +
                 " " + std::to_string(b.minY) + ")",
             {"diagonal"})
        .write();
    window->document()->addVectorBackground(QString::fromStdString(roads));
    const auto background = window->layersPanel()->findItems(QStringLiteral("Background"), Qt::MatchExactly);
    QCOMPARE(background.size(), 1);
    QCOMPARE(background.front()->childCount(), 2);
    auto* canvas = window->canvas();
    canvas->zoomToFullExtent();
    QTRY_VERIFY(canvas->frameIsCurrent());
    // Green where the raster lies (away from pipes), grey on the diagonal road.
    const Point green = canvas->view().toScreen(b.minX + b.width() / 8, b.minY + b.height() / 8);
    QVERIFY(colourNear(canvas->frame(), QPoint(int(green.x), int(green.y)), QColor(0, 200, 0), 3));
    saveScreenshot(*window, QStringLiteral("backgrounds"));
    Q_UNUSED(project);
  }

  void statusBarShowsProjectAndGeographicCoordinates() {
    auto window = openSampleWindow();
    QVERIFY(window);
    window->showCursorPosition(512345.67, 3351234.5);
    QVERIFY(window->coordinateLabel()->text().contains(QStringLiteral("512345.67")));
    QVERIFY(window->findChildren<QLabel*>().size() > 2);
    bool lonLat = false;
    for (auto* label : window->findChildren<QLabel*>())
      lonLat = lonLat || label->text().contains(QStringLiteral("120.1"));
    QVERIFY(lonLat);
  }

  void issuesListZoomsToTheFault() {
    auto window = openSampleWindow();
    QVERIFY(window);
    auto* issues = window->issuesPanel();
    QTRY_COMPARE(issues->rowCount(), 11);
    int row = -1;
    for (int i = 0; i < issues->rowCount(); ++i) {
      if (issues->item(i, 3)->text() == QStringLiteral("YS-0831")) row = i;
    }
    QVERIFY(row >= 0);
    emit issues->cellActivated(row, 0);
    const auto& is = issues->issues()[static_cast<std::size_t>(row)];
    QVERIFY(std::abs(window->canvas()->view().centreX() - *is.x) < 1);
    QVERIFY(window->canvas()->view().metresPerPixel() < 0.2);
    QCOMPARE(window->document()->selection()->code, std::string("YS-0831"));
  }

  void wizardSavesTheMappingAsAProfile() {
    MainWindow window;
    const QString path = QString::fromStdString(m_dir->path()) + QStringLiteral("/profile.sqlite");
    window.document()->create(path, 4549);
    const std::string userDir = m_dir->path() + "/mappings";
    qputenv("PIPEWARD_USER_MAPPINGS", QByteArray::fromStdString(userDir));
    ImportWizard wizard(window.document(), &window);
    wizard.show();
    wizard.addFiles({sample("delivery-a/pipes.shp")});
    wizard.next();
    QVERIFY(wizard.allPlanned());
    // Unmap the material, then save: the profile names exactly the chosen fields.
    for (int r = 0; r < wizard.mappingTable()->rowCount(); ++r) {
      if (wizard.mappingTable()->item(r, 0)->data(Qt::UserRole).toString() == QStringLiteral("material")) {
        qobject_cast<QComboBox*>(wizard.mappingTable()->cellWidget(r, 1))->setCurrentIndex(0);
      }
    }
    wizard.saveMappingAs(QStringLiteral("city-a"));
    const Profile saved = loadProfile(userDir + "/city-a.json");
    const auto& fields = saved.layers.at(Role::Pipes).fields;
    QCOMPARE(fields.at("from_code"), std::vector<std::string>{"QDBH"});
    QVERIFY(!fields.count("material"));
    QVERIFY(matchProfile(saved, Role::Pipes, {"QDBH", "ZDBH"}).usable());
    qunsetenv("PIPEWARD_USER_MAPPINGS");
  }

  void chineseIsDrawnAsCharactersNotBoxes() {
    QImage a(200, 60, QImage::Format_ARGB32);
    auto draw = [&](const QString& text) {
      a.fill(Qt::white);
      QPainter p(&a);
      QFont f;
      f.setPixelSize(32);
      p.setFont(f);
      p.setPen(Qt::black);
      p.drawText(10, 45, text);
      return a.copy();
    };
    const QImage guan = draw(QStringLiteral("管"));
    const QImage dao = draw(QStringLiteral("道"));
    const QImage missing = draw(QString(QChar(0xE000)));  // a private-use code point: drawn as the missing glyph
    QVERIFY(guan != dao);
    QVERIFY(guan != missing);
    QVERIFY(QFontMetricsF(QFont()).inFontUcs4(0x7BA1) || guan != missing);
  }
};

QTEST_MAIN(TestDesktop)
#include "test_desktop.moc"
