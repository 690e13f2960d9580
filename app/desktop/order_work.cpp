#include "order_work.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

#include "core/error.h"
#include "dashboard_panel.h"
#include "i18n.h"
#include "map_canvas.h"
#include "order_dialogs.h"
#include "order_page.h"
#include "orders_panel.h"
#include "project_document.h"
#include "todo_panel.h"

namespace pw::desktop {

OrderWork::OrderWork(QMainWindow* window, ProjectDocument* document, MapCanvas* canvas)
    : QObject(window), m_window(window), m_document(document), m_canvas(canvas) {
  m_todo = new TodoPanel(document, window);
  m_orders = new OrdersPanel(document, window);
  m_dashboard = new DashboardPanel(document, window);
  auto dock = [window](QWidget* panel, const QString& title, const char* name) {
    auto* d = new QDockWidget(title, window);
    d->setObjectName(QLatin1String(name));
    d->setWidget(panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, d);
    return d;
  };
  m_todoDock = dock(m_todo, tr("My work"), "todo");
  m_ordersDock = dock(m_orders, tr("Rectification orders"), "orders");
  m_dashboardDock = dock(m_dashboard, tr("District dashboard"), "dashboard");
  QDockWidget* first = window->findChild<QDockWidget*>(QStringLiteral("issues"));
  for (auto* d : {m_todoDock, m_ordersDock, m_dashboardDock}) {
    if (first) window->tabifyDockWidget(first, d);
  }

  connect(m_todo, &TodoPanel::openRequested, this, &OrderWork::openOrder);
  connect(m_orders, &OrdersPanel::openRequested, this, &OrderWork::openOrder);
  connect(m_orders, &OrdersPanel::bulkRequested, this, &OrderWork::raiseBulk);
  connect(m_dashboard, &DashboardPanel::ordersRequested, this,
          [this](const std::vector<std::int64_t>& ids, const QString& caption) {
            m_orders->showOrders(ids, caption);
            m_ordersDock->show();
            m_ordersDock->raise();
          });
  // Each user's own work first: the to-do list is what a project opens on.
  connect(m_document, &ProjectDocument::opened, this, [this] {
    m_todoDock->show();
    m_todoDock->raise();
  });
}

void OrderWork::addMenu(QMenu* menu) {
  menu->addAction(tr("&My work"), this, [this] {
    m_todoDock->show();
    m_todoDock->raise();
  });
  menu->addAction(tr("&Orders list"), this, [this] {
    m_ordersDock->show();
    m_ordersDock->raise();
  });
  menu->addAction(tr("District &dashboard"), this, [this] {
    m_dashboardDock->show();
    m_dashboardDock->raise();
    m_window->resizeDocks({m_dashboardDock}, {m_window->height() * 3 / 5}, Qt::Vertical);
  });
  menu->addSeparator();
  menu->addAction(tr("&Bulk orders..."), this, &OrderWork::raiseBulk);
}

OrderPage* OrderWork::openOrder(std::int64_t orderId) {
  if (!m_document->isOpen() || orderId <= 0) return nullptr;
  const QString name = QStringLiteral("order-%1").arg(orderId);
  if (auto* open = m_window->findChild<OrderPage*>(name)) {
    open->reload();
    open->raise();
    open->activateWindow();
    return open;
  }
  if (!m_document->orders().order(orderId)) return nullptr;
  auto* page = new OrderPage(m_document, orderId, m_window);
  page->setObjectName(name);
  page->setAttribute(Qt::WA_DeleteOnClose);
  connect(page, &OrderPage::locateRequested, this, &OrderWork::locateRequested);
  connect(m_document, &ProjectDocument::closed, page, &QWidget::close);
  page->show();
  return page;
}

std::int64_t OrderWork::raiseOrder(const std::vector<OrderItem>& items) {
  if (!m_document->isOpen() || items.empty()) return 0;
  RaiseOrderDialog dialog(m_document, items, m_window);
  if (dialog.exec() != QDialog::Accepted) return 0;
  openOrder(dialog.createdOrder());
  return dialog.createdOrder();
}

void OrderWork::raiseOrderForDefects(const std::vector<std::int64_t>& defectIds) {
  std::vector<OrderItem> items;
  for (const auto id : defectIds) items.push_back({"defect", id});
  raiseOrder(items);
}

void OrderWork::raiseBulk() {
  if (!m_document->isOpen()) return;
  BulkOrderDialog dialog(m_document, m_window);
  if (dialog.exec() != QDialog::Accepted) return;
  const auto& created = dialog.createdOrders();
  m_orders->showOrders(
      created, tr("%n draft order(s) raised: issue them from their pages", nullptr, static_cast<int>(created.size())));
  m_ordersDock->show();
  m_ordersDock->raise();
}

bool OrderWork::pickOrder(Point at, double metresPerPixel) {
  const auto snapshot = m_document->snapshot();
  if (!snapshot || !m_document->isOpen() || !m_canvas->style().ordersVisible) return false;
  // The renderer draws an order's sheet 9 px right of and above its finding, like a flag.
  const double offset = 9 * metresPerPixel;
  const auto item = pickPoint(snapshot->orders, at.x - offset, at.y - offset, 7 * metresPerPixel);
  if (!item) return false;
  return openOrder(snapshot->orders.ids[*item]) != nullptr;
}

}  // namespace pw::desktop
