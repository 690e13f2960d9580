#pragma once
// The main window: the map in the middle; layers (the legend), identify, the pipe's inspections, import issues and
// trace results in docks; coordinates and scale in the status bar; file, edit (undo), view and tool actions in menus
// and a toolbar.
#include <QMainWindow>

#include "access/users.h"
#include "queries/feature_info.h"

class QLabel;
class QLineEdit;
class QActionGroup;

namespace pw::proj {
class Transformer;
}

namespace pw::desktop {

class ProjectDocument;
class MapCanvas;
class LayersPanel;
class IdentifyPanel;
class IssuesPanel;
class InspectionPanel;
class TracePanel;
class FindingsTools;
class OrderWork;
class PlanningWork;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Opens a project, reporting failure in a message box (or on stderr when `quiet`). True on success.
  bool openProject(const QString& path, bool quiet = false);
  ProjectDocument* document() const { return m_document; }
  MapCanvas* canvas() const { return m_canvas; }
  IdentifyPanel* identifyPanel() const { return m_identify; }
  IssuesPanel* issuesPanel() const { return m_issues; }
  LayersPanel* layersPanel() const { return m_layers; }
  InspectionPanel* inspectionPanel() const { return m_inspection; }
  TracePanel* tracePanel() const { return m_trace; }
  FindingsTools* findingsTools() const { return m_tools; }
  OrderWork* orderWork() const { return m_orderWork; }
  PlanningWork* planning() const { return m_planning; }
  QLineEdit* searchBox() const { return m_search; }
  QLabel* coordinateLabel() const { return m_coordinates; }

  /// Finds a pipe or manhole by id, selects it and zooms to it. False (with a status message) if there is none.
  bool searchFeature(const QString& code);
  /// Selects the feature (or clears the selection) and shows its attributes.
  void selectFeature(const std::optional<FeatureRef>& feature);
  void showCursorPosition(double x, double y);
  /// Exports the current view as PNG with scale bar, north arrow and legend, all or nothing. Throws Error(BadInput)
  /// naming the file when it cannot be written.
  void exportPng(const QString& path);

private:
  void createActions();
  void createDocks();
  void updateRecentMenu();
  void rememberRecent(const QString& path);
  void updateTitle();
  void updateUserLabel();
  void switchUserDialog();
  static QString roleName(UserRole role);
  void newProject();
  void openProjectDialog();
  void importData();
  void addBackground(bool raster);
  void exportPngDialog();
  void zoomToDistrict();
  void onMapClicked(const std::optional<FeatureRef>& feature, Point at);
  void zoomAround(Point at, double halfSize);

  ProjectDocument* m_document;
  MapCanvas* m_canvas;
  LayersPanel* m_layers = nullptr;
  IdentifyPanel* m_identify = nullptr;
  IssuesPanel* m_issues = nullptr;
  InspectionPanel* m_inspection = nullptr;
  TracePanel* m_trace = nullptr;
  FindingsTools* m_tools = nullptr;
  OrderWork* m_orderWork = nullptr;
  PlanningWork* m_planning = nullptr;
  QLineEdit* m_search = nullptr;
  QLabel* m_coordinates = nullptr;
  QLabel* m_lonLat = nullptr;
  QLabel* m_scale = nullptr;
  QLabel* m_userLabel = nullptr;
  QMenu* m_recentMenu = nullptr;
  QMenu* m_districtMenu = nullptr;
  std::unique_ptr<proj::Transformer> m_toLonLat;
};

}  // namespace pw::desktop
