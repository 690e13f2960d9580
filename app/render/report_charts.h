#pragma once
// Bar charts for report pages, drawn with QPainter (Qt Charts needs widgets): one horizontal bar per category with
// its value written at the end, an emphasised bar for the report's own district, and a scale with grid lines.
#include <optional>
#include <vector>

#include <QColor>
#include <QString>

#include "report_canvas.h"

namespace pw::render {

struct Bar {
  QString label;
  std::optional<double> value;  ///< nothing: "no data" instead of a bar
  QString valueText;            ///< what is written at the end of the bar
  bool emphasised = false;
  QColor colour;  ///< invalid: the chart's colour
};

struct BarChart {
  QString title;
  std::vector<Bar> bars;
  std::optional<double> maximum;  ///< the scale's end (1 for rates); else from the values
  bool percent = false;           ///< the scale's ticks as percentages
  bool counts = false;            ///< whole numbers: the ticks too
  QString noDataText;
};

/// Draws the chart across the content width at the cursor (moving it below), `barMm` per bar.
void drawBarChart(ReportCanvas& canvas, const BarChart& chart, double barMm = 6);

/// Its height in millimetres.
double barChartHeight(const BarChart& chart, double barMm = 6);

}  // namespace pw::render
