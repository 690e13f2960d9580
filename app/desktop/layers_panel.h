#pragma once
// The layers panel, which is also the legend: what pipes are coloured by (drainage type, or the repair or maintenance
// grade of their latest inspection), findings (misconnection points by degree, defects by grade), import issues,
// manholes, pipes, districts and background layers, each with a check box.
#include <QTreeWidget>

class QComboBox;

#include "map_style.h"

namespace pw::desktop {

class ProjectDocument;

class LayersPanel : public QTreeWidget {
  Q_OBJECT
public:
  LayersPanel(ProjectDocument* document, QWidget* parent = nullptr);
  /// Shows the style's visibility (no signal).
  void setStyle(const render::MapStyle& style);
  /// Colours pipes by drainage type or by repair or maintenance grade (signals styleChanged).
  void setTheme(render::PipeTheme theme);
  QComboBox* themeBox() const { return m_theme; }

signals:
  void styleChanged(const pw::render::MapStyle& style);

private:
  void rebuild();
  void onItemChanged(QTreeWidgetItem* item, int column);

  ProjectDocument* m_document;
  render::MapStyle m_style;
  QTreeWidgetItem* m_districts = nullptr;
  QTreeWidgetItem* m_communities = nullptr;
  QTreeWidgetItem* m_pipes = nullptr;
  QTreeWidgetItem* m_pipeClasses[kDrainageClasses] = {};
  QTreeWidgetItem* m_manholes = nullptr;
  QTreeWidgetItem* m_issues = nullptr;
  QTreeWidgetItem* m_defects = nullptr;
  QTreeWidgetItem* m_misconnections = nullptr;
  QTreeWidgetItem* m_orders = nullptr;
  QComboBox* m_theme = nullptr;
  QTreeWidgetItem* m_background = nullptr;
  bool m_updating = false;
};

/// A small icon for a legend entry: a line of the colour and width, a circle, or a warning triangle.
QIcon legendIcon(const QColor& colour, int kind);

}  // namespace pw::desktop
