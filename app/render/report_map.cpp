#include "report_map.h"

#include <algorithm>
#include <memory>

#include <QCoreApplication>
#include <QPainterPath>

#include "decorations.h"
#include "map_renderer.h"
#include "report_words.h"

namespace pw::render {
namespace {

constexpr double kDotsPerMm = 200 / 25.4;  // the map image at 200 dpi
constexpr double kLegendRowMm = 5;
const QColor kAreaOutline(0x1a, 0x3c, 0x6e);

/// The outline of a district or community area on the image, added to `path`.
QPainterPath districtPath(const DistrictShapeItem& d, const MapView& view, QPainterPath path = {}) {
  for (const auto& polygon : d.polygons) {
    for (const auto& ring : polygon.rings) {
      QPolygonF poly;
      for (const auto& pt : ring) {
        const Point s = view.toScreen(pt.x, pt.y);
        poly << QPointF(s.x, s.y);
      }
      path.addPolygon(poly);
      path.closeSubpath();
    }
  }
  return path;
}

void drawScale(ReportCanvas& canvas, const MapView& view, double x, double bottom) {
  const double metresPerMm = view.metresPerPixel() * kDotsPerMm;
  const double metres = niceScaleLength(metresPerMm, 35);
  const double mm = metres / metresPerMm;
  QPainter& p = canvas.painter();
  p.fillRect(canvas.rect(x - 2, bottom - 8.5, mm + 4, 10), QColor(255, 255, 255, 215));
  p.setPen(QPen(Qt::black, canvas.px(0.2)));
  p.setBrush(Qt::black);
  p.drawRect(canvas.rect(x, bottom - 2.5, mm / 2, 1.2));
  p.setBrush(Qt::white);
  p.drawRect(canvas.rect(x + mm / 2, bottom - 2.5, mm / 2, 1.2));
  const QString text = metres >= 1000 ? QCoreApplication::translate("MapDecorations", "%1 km").arg(metres / 1000)
                                      : QCoreApplication::translate("MapDecorations", "%1 m").arg(metres);
  canvas.drawText(x, bottom - 8, mm + 2, text, ReportCanvas::font(7), Qt::AlignLeft | Qt::AlignTop);
}

void drawNorth(ReportCanvas& canvas, double cx, double top) {
  QPainter& p = canvas.painter();
  QPolygonF left, right;
  const QPointF c(canvas.px(cx), canvas.px(top + 6));
  const double u = canvas.px(1);
  left << c + QPointF(0, -5 * u) << c + QPointF(-2.2 * u, 3 * u) << c + QPointF(0, 1.5 * u);
  right << c + QPointF(0, -5 * u) << c + QPointF(2.2 * u, 3 * u) << c + QPointF(0, 1.5 * u);
  p.setPen(QPen(Qt::black, canvas.px(0.2)));
  p.setBrush(Qt::black);
  p.drawPolygon(left);
  p.setBrush(Qt::white);
  p.drawPolygon(right);
  canvas.drawTextIn(cx - 3, top - 3, 6, 3, QStringLiteral("N"), ReportCanvas::font(7, true), Qt::AlignCenter);
}

/// One legend entry: a symbol drawn by `symbol` in a 4 mm box, then the text; returns the entry's width.
template <class F>
double legendEntry(ReportCanvas& canvas, double x, double y, const QString& text, F symbol) {
  symbol(canvas.rect(x, y + 0.5, 4, 4));
  const QFont f = ReportCanvas::font(7);
  const double w = QFontMetricsF(f, canvas.painter().device()).horizontalAdvance(text) / canvas.scale();
  canvas.drawTextIn(x + 5, y, w + 1, kLegendRowMm, text, f, Qt::AlignLeft | Qt::AlignVCenter);
  return 5 + w + 4;
}

void drawLegend(ReportCanvas& canvas, const MapStyle& style, double y, bool withAreas) {
  QPainter& p = canvas.painter();
  double x = ReportCanvas::kLeft;
  const QString pipes[3] = {QCoreApplication::translate("MapDecorations", "Rain pipe"),
                            QCoreApplication::translate("MapDecorations", "Sewage pipe"),
                            QCoreApplication::translate("MapDecorations", "Combined pipe")};
  for (int i = 0; i < 3; ++i) {
    x += legendEntry(canvas, x, y, pipes[i], [&](const QRectF& r) {
      p.setPen(QPen(style.pipeColour[static_cast<std::size_t>(i)], canvas.px(0.8)));
      p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    });
  }
  for (int g = 1; g <= 4; ++g) {
    x += legendEntry(canvas, x, y, ReportPdf::tr("Defect grade %1").arg(g), [&](const QRectF& r) {
      p.setPen(QPen(Qt::white, canvas.px(0.1)));
      p.setBrush(style.gradeColour[static_cast<std::size_t>(g)]);
      p.drawRect(r.adjusted(r.width() * 0.2, r.height() * 0.2, -r.width() * 0.2, -r.height() * 0.2));
    });
  }
  y += kLegendRowMm;
  x = ReportCanvas::kLeft;
  x += legendEntry(canvas, x, y, ReportPdf::tr("Misconnection point"), [&](const QRectF& r) {
    const QPointF c = r.center();
    const double h = r.height() * 0.45;
    p.setPen(QPen(Qt::black, canvas.px(0.15)));
    p.setBrush(style.degreeColour[3]);
    p.drawPolygon(QPolygonF{c + QPointF(0, -h), c + QPointF(h, 0), c + QPointF(0, h), c + QPointF(-h, 0)});
  });
  auto order = [&](const QColor& colour, bool overdue) {
    return [&, colour, overdue](const QRectF& r) {
      const QRectF box = r.adjusted(r.width() * 0.2, r.height() * 0.2, -r.width() * 0.2, -r.height() * 0.2);
      if (overdue) {
        p.setPen(QPen(style.overdue, canvas.px(0.5)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.center(), r.width() * 0.5, r.height() * 0.5);
      }
      p.setPen(Qt::NoPen);
      p.setBrush(colour);
      p.drawRoundedRect(box, canvas.px(0.4), canvas.px(0.4));
    };
  };
  x += legendEntry(canvas, x, y, ReportPdf::tr("Open order"), order(style.orderColour[1], false));
  x += legendEntry(canvas, x, y, ReportPdf::tr("Overdue order"), order(style.orderColour[3], true));
  x += legendEntry(canvas, x, y, ReportPdf::tr("Closed order"), order(style.orderColour[7], false));
  legendEntry(canvas, x, y, ReportPdf::tr("District boundary"), [&](const QRectF& r) {
    p.setPen(QPen(style.districtOutline, canvas.px(0.3), Qt::DashLine));
    p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
  });
  if (!withAreas) return;
  y += kLegendRowMm;
  x = ReportCanvas::kLeft;
  x += legendEntry(canvas, x, y, ReportPdf::tr("Programme area"), [&](const QRectF& r) {
    p.setPen(QPen(kAreaOutline, canvas.px(0.5)));
    p.setBrush(style.communityFill);
    p.drawRect(r.adjusted(r.width() * 0.1, r.height() * 0.2, -r.width() * 0.1, -r.height() * 0.2));
  });
  legendEntry(canvas, x, y, ReportPdf::tr("Other community area"), [&](const QRectF& r) {
    p.setPen(QPen(style.communityOutline, canvas.px(0.25)));
    p.setBrush(style.communityFill);
    p.drawRect(r.adjusted(r.width() * 0.1, r.height() * 0.2, -r.width() * 0.1, -r.height() * 0.2));
  });
}

/// Dims the map outside `inside` and outlines it.
void emphasise(QImage& image, const QPainterPath& inside, const QColor& outline) {
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing, true);
  QPainterPath outside;
  outside.addRect(QRectF(0, 0, image.width(), image.height()));
  p.fillPath(outside.subtracted(inside), QColor(255, 255, 255, 150));
  p.setPen(QPen(outline, 3));
  p.setBrush(Qt::NoBrush);
  p.drawPath(inside);
}

}  // namespace

double reportMapLegendHeight(bool withAreas) { return (withAreas ? 3 : 2) * kLegendRowMm + 2; }

void drawReportMap(ReportCanvas& canvas, const NetworkSnapshot& snapshot, const Box& extent,
                   std::optional<std::int64_t> emphasised, double heightMm, const std::vector<std::int64_t>& areas) {
  const double legend = reportMapLegendHeight(!areas.empty());
  canvas.ensure(heightMm + legend);
  if (canvas.counting()) {  // the pass that counts pages needs the map's room, not its picture
    canvas.advance(heightMm + legend);
    return;
  }
  const double widthMm = ReportCanvas::contentWidth();
  const int w = static_cast<int>(widthMm * kDotsPerMm);
  const int h = static_cast<int>(heightMm * kDotsPerMm);
  const Box box = extent.empty() ? snapshot.bounds : extent;
  RenderRequest request;
  request.snapshot = std::shared_ptr<const NetworkSnapshot>(&snapshot, [](const NetworkSnapshot*) {});  // not owned
  request.view = MapView::fit(box, w, h, 0.04);
  request.style.issuesVisible = false;
  request.style.background = QColor(0xfb, 0xfa, 0xf7);
  QImage image = renderMap(request);
  if (emphasised) {
    const auto it = std::find_if(snapshot.districts.begin(), snapshot.districts.end(),
                                 [&](const DistrictShapeItem& d) { return d.id == *emphasised; });
    if (it != snapshot.districts.end()) emphasise(image, districtPath(*it, request.view), kAreaOutline);
  }
  if (!areas.empty()) {
    QPainterPath inside;
    for (const auto& c : snapshot.communities) {
      if (std::find(areas.begin(), areas.end(), c.id) != areas.end()) inside = districtPath(c, request.view, inside);
    }
    if (!inside.isEmpty()) emphasise(image, inside, kAreaOutline);
  }
  const double top = canvas.y();
  QPainter& p = canvas.painter();
  p.drawImage(canvas.rect(ReportCanvas::kLeft, top, widthMm, heightMm), image);
  p.setPen(QPen(QColor(0x80, 0x80, 0x80), canvas.px(0.25)));
  p.setBrush(Qt::NoBrush);
  p.drawRect(canvas.rect(ReportCanvas::kLeft, top, widthMm, heightMm));
  drawScale(canvas, request.view, ReportCanvas::kLeft + 4, top + heightMm - 3);
  drawNorth(canvas, ReportCanvas::kLeft + widthMm - 7, top + 5);
  drawLegend(canvas, request.style, top + heightMm + 1.5, !areas.empty());
  canvas.advance(heightMm + legend);
}

}  // namespace pw::render
