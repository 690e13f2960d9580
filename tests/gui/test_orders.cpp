// Rectification orders in the desktop, driven as the people who do the work: the district manager raises an order
// from a defect in the pipe's inspection panel and issues it; the field team finds it in "My work", accepts, starts
// and submits it; the manager's closure is refused until a re-inspection shows the pipe repaired, then the order is
// closed; the dashboard counts it and drills down to it; a manager of another district cannot raise an order here.
#include <functional>

#include <QApplication>
#include <QBuffer>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include "access/users.h"
#include "core/tempdir.h"
#include "dashboard_panel.h"
#include "gui_support.h"
#include "history_dialog.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "inspection_panel.h"
#include "main_window.h"
#include "order_dialogs.h"
#include "order_names.h"
#include "order_page.h"
#include "order_work.h"
#include "orders_panel.h"
#include "project_document.h"
#include "queries/feature_info.h"
#include "rules/project_time.h"
#include "store/project.h"
#include "todo_panel.h"

using namespace pw;
using namespace pw::desktop;
using namespace pw::test;

namespace {

const QString kManager = QStringLiteral("区经理");
const QString kOtherManager = QStringLiteral("邻区经理");
const QString kTeamLead = QStringLiteral("张班长");
const QString kTeam = QStringLiteral("一队");

/// Clicks a step's button on the order page and confirms the step dialog it opens (no note, no evidence).
void takeStep(OrderPage* page, OrderAction action) {
  onNextDialog<QDialog>([](QDialog* d) { d->accept(); });
  page->actionButton(action)->click();
}

OrderState stateOf(Project& project, std::int64_t orderId) {
  const auto key = project.db().scalarText("SELECT state FROM orders WHERE id = " + std::to_string(orderId));
  return orderStateFromKey(key).value_or(OrderState::Cancelled);
}

}  // namespace

class TestOrders : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<TempDir> m_dir;
  QString m_project;
  std::int64_t m_pipeId = 0;
  std::int64_t m_defectId = 0;

private slots:
  void initTestCase() {
    m_dir = std::make_unique<TempDir>();
    m_project = QString::fromStdString(m_dir->path()) + QStringLiteral("/city.sqlite");
    createSampleProject(m_project);
    auto project = Project::open(m_project.toStdString());
    auto& db = project->db();
    m_pipeId = db.scalarInt("SELECT id FROM pipes WHERE code = 'YS-0824'");
    const auto district = db.scalarText(
        "SELECT d.code FROM pipes p JOIN districts d ON d.id = p.district_id WHERE p.id = " + std::to_string(m_pipeId));
    const auto other =
        db.scalarText("SELECT code FROM districts WHERE code <> '" + district + "' ORDER BY code LIMIT 1");
    UserStore users(*project);
    users.add({.name = kManager.toStdString(), .role = UserRole::DistrictManager}, district, "admin");
    users.add({.name = kOtherManager.toStdString(), .role = UserRole::DistrictManager}, other, "admin");
    users.add({.name = kTeamLead.toStdString(), .role = UserRole::FieldTeam, .team = kTeam.toStdString()}, "", "admin");
    // A CCTV survey found a grade IV fracture 12 m along the pipe.
    const auto catalogues = loadProjectCatalogues(*project);
    FindingsStore findings(*project, catalogues.defects, catalogues.misconnections);
    InspectionRecord inspection;
    inspection.pipeId = m_pipeId;
    inspection.date = "2026-01-15";
    inspection.method = "cctv";
    inspection.direction = "with_flow";
    const auto inspectionId = findings.addInspection(inspection, kTeamLead.toStdString());
    DefectRecord defect;
    defect.inspectionId = inspectionId;
    defect.code = "PL";
    defect.grade = 4;
    defect.distance = 12;
    m_defectId = findings.addDefect(defect, kTeamLead.toStdString());
  }

  void anOrderGoesFromRaisedToClosed() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    auto* document = window->document();
    auto& project = document->project();
    document->setUserName(kManager);

    // The manager raises the order from the defect in the pipe's inspection panel.
    window->selectFeature(findFeatureById(project, FeatureLayer::Pipe, m_pipeId));
    auto* panel = window->inspectionPanel();
    QTRY_COMPARE(panel->defectTable()->rowCount(), 1);
    panel->selectDefect(m_defectId);
    QVERIFY(panel->raiseOrderButton()->isEnabled());
    onNextDialog<RaiseOrderDialog>([](RaiseOrderDialog* d) {
      d->assigneeEdit()->setText(kTeam);
      d->accept();
    });
    panel->raiseOrderButton()->click();
    QCOMPARE(project.db().scalarInt("SELECT count(*) FROM orders"), 1);
    const auto orderId = project.db().scalarInt("SELECT id FROM orders");
    auto* page = window->findChild<OrderPage*>(QStringLiteral("order-%1").arg(orderId));
    QVERIFY(page);
    QCOMPARE(stateOf(project, orderId), OrderState::Draft);
    QCOMPARE(page->findingsList()->count(), 1);
    QVERIFY(page->findingsList()->item(0)->text().contains(QStringLiteral("YS-0824")));
    // Grade IV: the rules make it urgent, with the urgent deadline.
    QCOMPARE(project.db().scalarText("SELECT priority FROM orders"), std::string("urgent"));

    takeStep(page, OrderAction::Issue);
    QCOMPARE(stateOf(project, orderId), OrderState::Issued);
    QCOMPARE(page->stateLabel()->text(), orderStateName(OrderState::Issued));

    // The field team's work list shows it, waiting for them to accept; closing is not theirs.
    document->setUserName(kTeamLead);
    auto* todo = window->orderWork()->todoPanel();
    QCOMPARE(todo->list()->topLevelItemCount(), 1);
    QCOMPARE(todo->list()->topLevelItem(0)->text(0), todoReasonName("to_accept"));
    page->reload();
    QVERIFY(page->actionButton(OrderAction::Accept)->isEnabled());
    QVERIFY(!page->actionButton(OrderAction::Cancel)->isEnabled());
    for (const auto action : {OrderAction::Accept, OrderAction::Start}) {
      takeStep(page, action);
      QVERIFY2(page->messageLabel()->text().isEmpty(), qPrintable(page->messageLabel()->text()));
    }
    // The team submits with a photo of the repaired pipe as evidence.
    QImage photo(40, 30, QImage::Format_RGB32);
    photo.fill(QColor(40, 90, 160));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    photo.save(&buffer, "PNG");
    TransitionRequest submit;
    submit.note = "修复完成";
    submit.evidence.push_back({"after.png", png.toStdString()});
    QVERIFY2(page->takeStep(OrderAction::Submit, submit), qPrintable(page->messageLabel()->text()));
    const int submitted = page->timeline()->topLevelItemCount() - 1;
    const auto files = page->evidenceFiles(submitted);
    QCOMPARE(files.size(), 1);
    QFile evidence(files.front());
    QVERIFY(evidence.open(QIODevice::ReadOnly));
    QCOMPARE(evidence.readAll(), png);
    QCOMPARE(stateOf(project, orderId), OrderState::Submitted);

    // The manager cannot close it before the pipe is re-inspected: the page says why, nothing changes.
    document->setUserName(kManager);
    page->reload();
    QVERIFY(page->blockingLabel()->text().contains(QStringLiteral("YS-0824")));
    saveScreenshot(*page, QStringLiteral("order-page-submitted"));
    takeStep(page, OrderAction::Close);
    QVERIFY(!page->messageLabel()->text().isEmpty());
    QCOMPARE(stateOf(project, orderId), OrderState::Submitted);

    // The team re-inspects: the fracture is gone. Now the closure goes through.
    InspectionRecord again;
    again.pipeId = m_pipeId;
    again.date = todayIso(project);
    again.method = "cctv";
    again.direction = "with_flow";
    document->findings().addInspection(again, kTeamLead.toStdString());
    document->findingsChanged(true);
    page->reload();
    QVERIFY(!page->blockingLabel()->text().contains(QStringLiteral("YS-0824")));
    takeStep(page, OrderAction::Close);
    QVERIFY2(page->messageLabel()->text().isEmpty(), qPrintable(page->messageLabel()->text()));
    QCOMPARE(stateOf(project, orderId), OrderState::Closed);
    QCOMPARE(page->timeline()->topLevelItemCount(), 6);  // raised, issued, accepted, started, submitted, closed
    saveScreenshot(*page, QStringLiteral("order-page-closed"));
    // The order's history: who changed what, from the audit log.
    HistoryDialog history(document, "order", orderId, QStringLiteral("order"), window.get());
    QVERIFY(history.entries()->topLevelItemCount() >= 6);
    QCOMPARE(history.entries()->topLevelItem(0)->text(1), kManager);
    QVERIFY(history.entries()->topLevelItem(0)->childCount() > 0);  // the fields it was raised with
    saveScreenshot(history, QStringLiteral("order-history"));

    // The dashboard counts it as closed this year, and the number drills down to it.
    auto* dashboard = window->orderWork()->dashboard();
    dashboard->setPeriod(QString::fromStdString(todayIso(project).substr(0, 4)));
    QVERIFY(dashboard->report().has_value());
    QCOMPARE(dashboard->report()->city.closedInPeriod, 1);
    const int cityRow = dashboard->table()->rowCount() - 1;
    QCOMPARE(dashboard->table()->item(cityRow, 7)->text(), QStringLiteral("1"));
    QVERIFY(dashboard->drillDown(cityRow, 7));
    auto* orders = window->orderWork()->ordersPanel();
    QCOMPARE(orders->table()->rowCount(), 1);
    QCOMPARE(orders->orderAt(0), orderId);
    QVERIFY(!dashboard->drillDown(cityRow, 1));  // the district's name is no order count

    // The map draws the order, closed.
    const auto closed = static_cast<std::uint8_t>(OrderState::Closed);
    QTRY_VERIFY(document->snapshot() && document->snapshot()->orders.size() == 1 &&
                document->snapshot()->orders.kind[0] == closed);
    window->orderWork()->dashboard()->parentWidget()->show();
    window->orderWork()->dashboard()->parentWidget()->raise();
    page->close();
    showPoint(*window, pipeMidpoint(project, "YS-0824"), 0.5);
    saveScreenshot(*window, QStringLiteral("orders-dashboard"));
  }

  void aManagerOfAnotherDistrictCannotRaiseAnOrderHere() {
    auto window = openWindow(m_project);
    QVERIFY(window);
    auto* document = window->document();
    document->setUserName(kOtherManager);
    const auto before = document->project().db().scalarInt("SELECT count(*) FROM orders");
    RaiseOrderDialog dialog(document, {{"defect", m_defectId}}, window.get());
    dialog.accept();
    QVERIFY(dialog.errorLabel()->text().contains(kOtherManager));
    QCOMPARE(dialog.createdOrder(), 0);
    QCOMPARE(document->project().db().scalarInt("SELECT count(*) FROM orders"), before);
  }
};

QTEST_MAIN(TestOrders)
#include "test_orders.moc"
