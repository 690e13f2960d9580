#pragma once
// The rectification work in the main window: the "My work", orders and dashboard docks, the Orders menu, raising
// orders from findings, opening an order's page from a list, the dashboard or a click on its marker.
#include <cstdint>
#include <vector>

#include <QObject>

#include "geom/types.h"
#include "orders/orders.h"

class QDockWidget;
class QMainWindow;
class QMenu;

namespace pw::desktop {

class DashboardPanel;
class MapCanvas;
class OrderPage;
class OrdersPanel;
class ProjectDocument;
class TodoPanel;

class OrderWork : public QObject {
  Q_OBJECT
public:
  OrderWork(QMainWindow* window, ProjectDocument* document, MapCanvas* canvas);

  /// Adds the Orders menu to the window's menu bar.
  void addMenu(QMenu* menu);
  /// Opens an order's page (non-modal; one page per order). Returns it, or nullptr when there is no such order.
  OrderPage* openOrder(std::int64_t orderId);
  /// Asks for the new order's fields and raises it; its page opens. Returns the new order's id, or 0.
  std::int64_t raiseOrder(const std::vector<OrderItem>& items);
  void raiseOrderForDefects(const std::vector<std::int64_t>& defectIds);
  /// The bulk dialog; the list then shows the new orders.
  void raiseBulk();
  /// Opens the order whose marker is under `at` (the map's scale given), if the orders layer is shown. True if
  /// there was one.
  bool pickOrder(Point at, double metresPerPixel);

  TodoPanel* todoPanel() const { return m_todo; }
  OrdersPanel* ordersPanel() const { return m_orders; }
  DashboardPanel* dashboard() const { return m_dashboard; }
  QDockWidget* ordersDock() const { return m_ordersDock; }

signals:
  /// Show a place on the map (a finding of an order).
  void locateRequested(pw::Point at);

private:
  QMainWindow* m_window;
  ProjectDocument* m_document;
  MapCanvas* m_canvas;
  TodoPanel* m_todo;
  OrdersPanel* m_orders;
  DashboardPanel* m_dashboard;
  QDockWidget* m_todoDock;
  QDockWidget* m_ordersDock;
  QDockWidget* m_dashboardDock;
};

}  // namespace pw::desktop
