#pragma once
// The map tools for inspection work: record a defect where a pipe is clicked (its distance along the pipe taken from
// the click), record a misconnection point on a manhole, pipe or spot, and trace downstream or upstream from the
// clicked pipe or manhole (the traced pipes highlighted, the findings on them listed).
#include <cstdint>
#include <optional>
#include <vector>

#include <QObject>

#include "geom/types.h"
#include "network/graph.h"
#include "orders/orders.h"
#include "queries/feature_info.h"

class QWidget;

namespace pw::desktop {

class MapCanvas;
class ProjectDocument;
class TracePanel;

class FindingsTools : public QObject {
  Q_OBJECT
public:
  enum class Mode { None, RecordDefect, RecordMisconnection, TraceDown, TraceUp };

  FindingsTools(ProjectDocument* document, MapCanvas* canvas, TracePanel* tracePanel, QWidget* window);

  void setMode(Mode mode);
  Mode mode() const { return m_mode; }
  /// Acts on a map click in the current mode. False when no findings tool is active (the click identifies).
  bool handleClick(const std::optional<FeatureRef>& feature, Point at);

  /// Opens the defect dialog for a pipe, the position prefilled from `at` (else the start). The new defect's id.
  std::optional<std::int64_t> recordDefect(std::int64_t pipeId, std::optional<Point> at);
  /// Opens the misconnection dialog at a manhole, on a pipe or at a spot. The new record's id.
  std::optional<std::int64_t> recordMisconnection(const std::optional<FeatureRef>& feature, Point at);
  /// In identify mode: a click on a misconnection marker opens it for editing (or deleting); a click on a defect
  /// marker reports the defect. True when a finding was hit.
  bool pickFinding(Point at, double tolerance);
  /// Opens a misconnection point for editing or deleting. True when something changed.
  bool editMisconnectionPoint(std::int64_t id);
  /// Traces from a pipe or manhole, highlights the result and lists its findings. False (with a message) if refused.
  bool trace(const FeatureRef& from, NetworkGraph::Direction direction);
  void clearTrace();

signals:
  /// A short note for the status bar.
  void message(const QString& text);
  /// A trace was drawn and listed.
  void traceShown();
  /// A defect marker was clicked.
  void defectPicked(std::int64_t pipeId, std::int64_t defectId);
  /// The user asked, from a finding's dialog, to raise an order for it.
  void raiseOrderRequested(const std::vector<pw::OrderItem>& items);

private:
  ProjectDocument* m_document;
  MapCanvas* m_canvas;
  TracePanel* m_tracePanel;
  QWidget* m_window;
  Mode m_mode = Mode::None;
};

}  // namespace pw::desktop
