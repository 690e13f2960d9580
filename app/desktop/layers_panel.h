#pragma once
// The layers panel, which is also the legend: background layers, districts, pipes by drainage type with their
// colours, manholes and import issues, each with a check box.
#include <QTreeWidget>

#include "map_style.h"

namespace pw::desktop {

class ProjectDocument;

class LayersPanel : public QTreeWidget {
  Q_OBJECT
public:
  LayersPanel(ProjectDocument* document, QWidget* parent = nullptr);
  /// Shows the style's visibility (no signal).
  void setStyle(const render::MapStyle& style);

signals:
  void styleChanged(const pw::render::MapStyle& style);

private:
  void rebuild();
  void onItemChanged(QTreeWidgetItem* item, int column);

  ProjectDocument* m_document;
  render::MapStyle m_style;
  QTreeWidgetItem* m_districts = nullptr;
  QTreeWidgetItem* m_pipes = nullptr;
  QTreeWidgetItem* m_pipeClasses[kDrainageClasses] = {};
  QTreeWidgetItem* m_manholes = nullptr;
  QTreeWidgetItem* m_issues = nullptr;
  QTreeWidgetItem* m_background = nullptr;
  bool m_updating = false;
};

/// A small icon for a legend entry: a line of the colour and width, a circle, or a warning triangle.
QIcon legendIcon(const QColor& colour, int kind);

}  // namespace pw::desktop
