#include "decorations.h"

#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>

namespace pw::render {

double niceScaleLength(double metresPerPixel, double maxPixels) {
  const double raw = metresPerPixel * maxPixels;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double step : {5.0, 2.0, 1.0}) {
    if (step * magnitude <= raw) return step * magnitude;
  }
  return magnitude;
}

void drawScaleBar(QPainter& p, const MapView& view, const QPointF& bottomLeft) {
  const double metres = niceScaleLength(view.metresPerPixel(), 160);
  const double pixels = metres / view.metresPerPixel();
  const QString text = metres >= 1000 ? QCoreApplication::translate("MapDecorations", "%1 km").arg(metres / 1000)
                                      : QCoreApplication::translate("MapDecorations", "%1 m").arg(metres);
  p.save();
  p.setRenderHint(QPainter::Antialiasing, false);
  const QRectF back(bottomLeft.x() - 6, bottomLeft.y() - 30, pixels + 12, 36);
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(255, 255, 255, 200));
  p.drawRect(back);
  p.setBrush(Qt::black);
  p.drawRect(QRectF(bottomLeft.x(), bottomLeft.y() - 8, pixels / 2, 5));
  p.setBrush(Qt::white);
  p.setPen(QPen(Qt::black, 1));
  p.drawRect(QRectF(bottomLeft.x() + pixels / 2, bottomLeft.y() - 8, pixels / 2, 5));
  QFont font = p.font();
  font.setPixelSize(12);
  p.setFont(font);
  p.drawText(QPointF(bottomLeft.x(), bottomLeft.y() - 13), text);
  p.restore();
}

void drawNorthArrow(QPainter& p, const QPointF& c) {
  p.save();
  p.setRenderHint(QPainter::Antialiasing, true);
  QPolygonF left;
  left << c + QPointF(0, -22) << c + QPointF(-9, 12) << c + QPointF(0, 6);
  QPolygonF right;
  right << c + QPointF(0, -22) << c + QPointF(9, 12) << c + QPointF(0, 6);
  p.setPen(QPen(Qt::black, 1.2));
  p.setBrush(Qt::black);
  p.drawPolygon(left);
  p.setBrush(Qt::white);
  p.drawPolygon(right);
  QFont font = p.font();
  font.setPixelSize(13);
  font.setBold(true);
  p.setFont(font);
  p.setPen(Qt::black);
  p.drawText(QRectF(c.x() - 10, c.y() + 12, 20, 18), Qt::AlignCenter, QStringLiteral("N"));
  p.restore();
}

void drawLegend(QPainter& p, const MapStyle& style, const QPointF& topLeft) {
  const QString names[kDrainageClasses] = {QCoreApplication::translate("MapDecorations", "Rain pipe"),
                                           QCoreApplication::translate("MapDecorations", "Sewage pipe"),
                                           QCoreApplication::translate("MapDecorations", "Combined pipe"),
                                           QCoreApplication::translate("MapDecorations", "Unknown type")};
  p.save();
  QFont font = p.font();
  font.setPixelSize(12);
  p.setFont(font);
  const QFontMetricsF fm(font);
  double width = 0;
  for (const auto& n : names) width = std::max(width, fm.horizontalAdvance(n));
  const double row = std::max(18.0, fm.height() + 4);
  const QRectF box(topLeft, QSizeF(width + 50, row * kDrainageClasses + 10));
  p.setPen(QPen(QColor(0, 0, 0, 90), 1));
  p.setBrush(QColor(255, 255, 255, 220));
  p.drawRect(box);
  for (int i = 0; i < kDrainageClasses; ++i) {
    const double y = box.top() + 5 + row * i + row / 2;
    p.setPen(QPen(style.pipeColour[static_cast<std::size_t>(i)], 3));
    p.drawLine(QPointF(box.left() + 8, y), QPointF(box.left() + 36, y));
    p.setPen(Qt::black);
    p.drawText(QPointF(box.left() + 42, y + fm.ascent() / 2 - 1), names[i]);
  }
  p.restore();
}

void drawDecorations(QPainter& p, const MapView& view, const MapStyle& style) {
  drawScaleBar(p, view, QPointF(16, view.height() - 14));
  drawNorthArrow(p, QPointF(view.width() - 34, 36));
  drawLegend(p, style, QPointF(view.width() - 170, view.height() - 100));
}

}  // namespace pw::render
