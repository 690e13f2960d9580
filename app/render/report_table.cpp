#include "report_table.h"

#include <algorithm>
#include <numeric>

namespace pw::render {
namespace {

struct Layout {
  std::vector<double> x, w;  // mm
};

Layout layoutOf(const std::vector<TableColumn>& columns) {
  const double total = std::accumulate(columns.begin(), columns.end(), 0.0,
                                       [](double s, const TableColumn& c) { return s + c.widthMm; });
  const double k = total > 0 ? ReportCanvas::contentWidth() / total : 1;
  Layout l;
  double x = ReportCanvas::kLeft;
  for (const auto& c : columns) {
    l.x.push_back(x);
    l.w.push_back(c.widthMm * k);
    x += c.widthMm * k;
  }
  return l;
}

/// The row's height and each cell's text height (measured once: measuring wrapped text is most of a table's cost).
double rowHeight(ReportCanvas& canvas, const Layout& l, const QStringList& cells, const QFont& font, double pad,
                 std::vector<double>* cellHeights = nullptr) {
  double h = 0;
  if (cellHeights) cellHeights->clear();
  for (qsizetype i = 0; i < cells.size() && i < static_cast<qsizetype>(l.w.size()); ++i) {
    const auto col = static_cast<std::size_t>(i);
    const double c = canvas.cellHeight(cells[i], font, l.w[col] - 2 * pad);
    if (cellHeights) cellHeights->push_back(c);
    h = std::max(h, c);
  }
  return h + 2 * pad;
}

void drawRow(ReportCanvas& canvas, const Layout& l, const std::vector<TableColumn>& columns, const QStringList& cells,
             const std::vector<double>& cellHeights, const QFont& font, double pad, double height, const QColor& fill,
             const std::vector<int>& alerts) {
  QPainter& p = canvas.painter();
  const double y = canvas.y();
  const double width = ReportCanvas::contentWidth();
  if (fill.isValid()) p.fillRect(canvas.rect(ReportCanvas::kLeft, y, width, height), fill);
  for (qsizetype i = 0; i < cells.size() && i < static_cast<qsizetype>(columns.size()); ++i) {
    const auto col = static_cast<std::size_t>(i);
    const bool alert = std::find(alerts.begin(), alerts.end(), static_cast<int>(i)) != alerts.end();
    canvas.drawCell(l.x[col] + pad, y + pad, l.w[col] - 2 * pad, height - 2 * pad, cellHeights.at(col), cells[i], font,
                    columns[col].align, alert ? QColor(0xc0, 0x00, 0x00) : QColor(Qt::black));
  }
  p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), canvas.px(0.15)));
  p.drawLine(QPointF(canvas.px(ReportCanvas::kLeft), canvas.px(y + height)),
             QPointF(canvas.px(ReportCanvas::kLeft + width), canvas.px(y + height)));
}

}  // namespace

void drawTable(ReportCanvas& canvas, const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows,
               const TableStyle& style) {
  const Layout l = layoutOf(columns);
  const QFont regular = ReportCanvas::font(style.fontPoints);
  const QFont bold = ReportCanvas::font(style.fontPoints, true);
  QStringList headings;
  for (const auto& c : columns) headings << c.heading;
  std::vector<TableColumn> headerColumns = columns;
  for (auto& c : headerColumns) c.align = Qt::AlignHCenter;
  std::vector<double> headerCells, cells;
  const double headerHeight = rowHeight(canvas, l, headings, bold, style.padMm, &headerCells);
  auto header = [&] {
    drawRow(canvas, l, headerColumns, headings, headerCells, bold, style.padMm, headerHeight, QColor(0xdd, 0xe4, 0xee),
            {});
    QPainter& p = canvas.painter();
    p.setPen(QPen(QColor(0x1a, 0x3c, 0x6e), canvas.px(0.3)));
    p.drawLine(QPointF(canvas.px(ReportCanvas::kLeft), canvas.px(canvas.y())),
               QPointF(canvas.px(ReportCanvas::kLeft + ReportCanvas::contentWidth()), canvas.px(canvas.y())));
    canvas.advance(headerHeight);
  };
  // The header stays with at least the first row.
  const double first = rows.empty() ? 0 : rowHeight(canvas, l, rows.front().cells, regular, style.padMm);
  canvas.ensure(headerHeight + first);
  header();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    const QFont& f = row.bold ? bold : regular;
    const double h = rowHeight(canvas, l, row.cells, f, style.padMm, &cells);
    if (h > canvas.remaining()) {
      canvas.newPage();
      header();
    }
    const QColor fill = row.background.isValid() ? row.background : (i % 2 ? QColor(0xf4, 0xf6, 0xf9) : QColor());
    drawRow(canvas, l, columns, row.cells, cells, f, style.padMm, h, fill, row.alertColumns);
    canvas.advance(h);
  }
  canvas.advance(3);
}

}  // namespace pw::render
