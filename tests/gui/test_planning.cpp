// Separation planning in the desktop, as the housing bureau works: the community areas ranked as candidates (the one
// with a severe misconnection first), the totals and budget of the areas ticked, a separation project made of them and
// moved on to design, an area drawn on the map by clicking its corners; a field team may not add an area.
#include <cmath>
#include <functional>

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include "access/users.h"
#include "core/tempdir.h"
#include "gui_support.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "main_window.h"
#include "map_canvas.h"
#include "plan/community_import.h"
#include "planning_panel.h"
#include "planning_work.h"
#include "project_document.h"
#include "store/project.h"

using namespace pw;
using namespace pw::desktop;
using namespace pw::test;

namespace {

/// Fills the dialog's first line edit and presses OK; a dialog that stays open (refused) is closed, and the texts of
/// its labels returned, so that a refusal fails the test instead of hanging it.
QString nameAndConfirm(QDialog* dialog, const QString& name) {
  dialog->findChild<QLineEdit*>()->setText(name);
  dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
  QString texts;
  if (dialog->isVisible()) {
    for (auto* label : dialog->findChildren<QLabel*>()) texts += label->text() + QLatin1Char('\n');
    dialog->reject();
  }
  return texts;
}

}  // namespace

class TestPlanning : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<TempDir> m_dir;
  QString m_project;
  std::string m_worstArea;

private slots:
  void initTestCase() {
    m_dir = std::make_unique<TempDir>();
    m_project = QString::fromStdString(m_dir->path()) + QStringLiteral("/city.sqlite");
    createSampleProject(m_project);
    auto project = Project::open(m_project.toStdString());
    importCommunities(*project, sample("communities/communities.shp").toStdString(), {}, "admin");
    UserStore(*project).add({.name = "规划员", .role = UserRole::Planner}, "", "admin");
    UserStore(*project).add({.name = "张班长", .role = UserRole::FieldTeam, .team = "一队"}, "", "admin");
    // A severe sewage-into-rain point at a manhole inside one area: that area must come first.
    auto& db = project->db();
    const auto manhole = db.scalarInt(
        "SELECT m.id FROM manholes m, communities c WHERE ST_Within(m.geom, c.geom) ORDER BY c.name, m.id LIMIT 1");
    QVERIFY(manhole > 0);
    m_worstArea =
        db.scalarText("SELECT c.name FROM manholes m, communities c WHERE ST_Within(m.geom, c.geom) AND m.id = " +
                      std::to_string(manhole));
    const auto catalogues = loadProjectCatalogues(*project);
    FindingsStore findings(*project, catalogues.defects, catalogues.misconnections);
    MisconnectionRecord point;
    point.manholeId = manhole;
    point.kind = "sewage_into_rain";
    point.flowM3d = 80;
    point.nh3nMgL = 30;
    point.codMgL = 300;
    point.weather = "dry";
    point.status = "confirmed";
    findings.addMisconnection(point, "admin");
  }

  void theBureauRanksAreasAndPlansAProject() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    window->document()->setUserName(QStringLiteral("规划员"));
    auto* panel = window->planning()->panel();
    auto* candidates = panel->candidates();
    QCOMPARE(candidates->rowCount(), 15);
    candidates->sortItems(0);
    QCOMPARE(candidates->item(0, 1)->text().toStdString(), m_worstArea);
    QCOMPARE(candidates->item(0, 5)->text(), QStringLiteral("1"));  // one open misconnection point

    const auto first = candidates->item(0, 1)->data(Qt::UserRole + 1).toLongLong();
    const auto second = candidates->item(1, 1)->data(Qt::UserRole + 1).toLongLong();
    panel->selectAreas({first, second});
    QVERIFY2(panel->totals()->text().contains(QStringLiteral("2")), qPrintable(panel->totals()->text()));
    QVERIFY(panel->totals()->text().contains(QStringLiteral("ten-thousand yuan")));
    QVERIFY(panel->areaSummary(first).contains(QString::fromStdString(m_worstArea)));

    QString refused;
    onNextDialog<QDialog>(
        [&refused](QDialog* d) { refused = nameAndConfirm(d, QStringLiteral("2027年老城片区雨污分流")); });
    QVERIFY2(panel->createProjectFromSelection() > 0, qPrintable(refused));
    QCOMPARE(panel->projects()->rowCount(), 1);
    panel->projects()->selectRow(0);
    QVERIFY(panel->stepProject(true));
    QCOMPARE(panel->projects()->item(0, 2)->text(), QStringLiteral("design"));
    QVERIFY(panel->projects()->item(0, 5)->text().startsWith(QStringLiteral("0 of 1")));
    window->planning()->dock()->show();
    window->planning()->dock()->raise();
    saveScreenshot(*window, QStringLiteral("planning"));
  }

  void anAreaIsDrawnOnTheMap() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    auto* document = window->document();
    document->setUserName(QStringLiteral("规划员"));
    auto& db = document->project().db();
    const auto before = db.scalarInt("SELECT count(*) FROM communities");
    const Box b = document->snapshot()->bounds;
    const Point c{(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2};
    showPoint(*window, c, 0.5);  // street scale: a click closes the area only on its first corner
    auto* planning = window->planning();
    planning->startDrawing();
    for (const Point p : {Point{c.x, c.y}, Point{c.x + 60, c.y}, Point{c.x + 60, c.y + 40}, Point{c.x, c.y + 40}}) {
      QVERIFY(planning->handleClick(p));
    }
    QCOMPARE(planning->sketch().size(), 4u);
    QString refused;
    onNextDialog<QDialog>([&refused](QDialog* d) { refused = nameAndConfirm(d, QStringLiteral("新画小区")); });
    QVERIFY(planning->handleClick({c.x + 0.1, c.y + 0.1}));  // on the first corner: closes the area
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QCOMPARE(db.scalarInt("SELECT count(*) FROM communities"), before + 1);
    QCOMPARE(db.scalarInt("SELECT round(area_m2) FROM communities WHERE name = '新画小区'"), 2400);
    QVERIFY(planning->sketch().empty());
    QTRY_VERIFY(document->snapshot()->communities.size() == static_cast<std::size_t>(before + 1));

    // A field team may not add an area: the dialog says so and stays, nothing is written.
    document->setUserName(QStringLiteral("张班长"));
    planning->startDrawing();
    for (const Point p : {Point{c.x - 100, c.y}, Point{c.x - 40, c.y}, Point{c.x - 40, c.y + 40}})
      planning->handleClick(p);
    QString refusal;
    onNextDialog<QDialog>([&refusal](QDialog* d) { refusal = nameAndConfirm(d, QStringLiteral("不该有的小区")); });
    QCOMPARE(planning->finishArea(), 0);
    QVERIFY2(refusal.contains(QStringLiteral("张班长")), qPrintable(refusal));
    QCOMPARE(db.scalarInt("SELECT count(*) FROM communities"), before + 1);
    planning->stopDrawing();
  }
};

QTEST_MAIN(TestPlanning)
#include "test_planning.moc"
