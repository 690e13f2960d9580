#pragma once
// The housing bureau's work in the main window: the separation planning dock, importing community areas, and drawing
// one on the map (click its corners; a click on the first corner closes it; a dialog then asks its name).
#include <cstdint>
#include <vector>

#include <QObject>

#include "geom/types.h"

class QDockWidget;
class QMainWindow;
class QMenu;

namespace pw::desktop {

class MapCanvas;
class PlanningPanel;
class ProjectDocument;

class PlanningWork : public QObject {
  Q_OBJECT
public:
  PlanningWork(QMainWindow* window, ProjectDocument* document, MapCanvas* canvas);

  void addMenu(QMenu* menu);
  void startDrawing();
  void stopDrawing();
  bool drawing() const { return m_drawing; }
  /// A map click while drawing: adds a corner, or closes the area on its first corner. True when consumed.
  bool handleClick(Point at);
  /// Asks for the drawn area's name and facts and adds it. Its id, or 0 (refused or cancelled; the sketch stays).
  std::int64_t finishArea();
  /// Imports community areas from a polygon file (a dialog asks which). True on success.
  bool importAreas(const QString& path);
  const std::vector<Point>& sketch() const { return m_sketch; }

  PlanningPanel* panel() const { return m_panel; }
  QDockWidget* dock() const { return m_dock; }

signals:
  void message(const QString& text);

private:
  QMainWindow* m_window;
  ProjectDocument* m_document;
  MapCanvas* m_canvas;
  PlanningPanel* m_panel;
  QDockWidget* m_dock;
  bool m_drawing = false;
  std::vector<Point> m_sketch;
};

}  // namespace pw::desktop
