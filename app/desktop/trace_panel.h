#pragma once
// The result of a trace: where the flow goes from the chosen pipe or manhole (or what drains into it), its length
// and ends, and the misconnection points and defects along the way; double-clicking one shows it on the map. This is
// how a team walks back from a polluted rain outfall to the misconnection that causes it.
#include <QWidget>

#include "geom/types.h"
#include "report/trace_report.h"

class QLabel;
class QTreeWidget;
class QPushButton;

namespace pw::desktop {

class ProjectDocument;

class TracePanel : public QWidget {
  Q_OBJECT
public:
  explicit TracePanel(ProjectDocument* document, QWidget* parent = nullptr);
  /// Shows a trace started from `startLabel` (a pipe or manhole code).
  void showTrace(const TraceReport& report, NetworkGraph::Direction direction, const QString& startLabel);
  void clear();

  QLabel* summary() const { return m_summary; }
  QTreeWidget* findings() const { return m_findings; }

signals:
  /// A finding in the list was activated: show this spot.
  void locateRequested(pw::Point at);
  void locatePipeRequested(std::int64_t pipeId);
  void cleared();

private:
  ProjectDocument* m_document;
  QLabel* m_summary;
  QTreeWidget* m_findings;
  QPushButton* m_clear;
};

}  // namespace pw::desktop
