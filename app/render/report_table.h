#pragma once
// A table on report pages: a header row repeated on every page the table runs onto, rows that wrap their text and
// never split across pages, alternate shading, and rows that can be emphasised (the district's own line) or marked
// (an overdue figure in red).
#include <vector>

#include <QColor>
#include <QString>
#include <QStringList>

#include "report_canvas.h"

namespace pw::render {

struct TableColumn {
  QString heading;
  double widthMm = 20;  ///< the widths are scaled to fill the content width
  Qt::Alignment align = Qt::AlignLeft;
};

struct TableRow {
  QStringList cells;
  bool bold = false;              ///< emphasised (the report's district, a total)
  QColor background;              ///< invalid: the alternate shading
  std::vector<int> alertColumns;  ///< cells drawn in red
};

struct TableStyle {
  double fontPoints = 8;
  double padMm = 1.2;
};

/// Draws the table at the canvas cursor, across as many pages as it needs; the cursor ends below it.
void drawTable(ReportCanvas& canvas, const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows,
               const TableStyle& style = {});

}  // namespace pw::render
