#include "defect_strip.h"

#include <algorithm>
#include <cmath>

#include <QMouseEvent>
#include <QPainter>

#include "map_style.h"

namespace pw::desktop {
namespace {

constexpr double kMargin = 46;
constexpr double kMarkerOffset = 26;  ///< marker centre above or below the pipe
constexpr double kMarkerSize = 6;

/// A tick step giving about `ticks` intervals over `length` (1, 2 or 5 times a power of ten).
double niceStep(double length, int ticks) {
  const double raw = length / std::max(1, ticks);
  const double power = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
  for (const double m : {1.0, 2.0, 5.0}) {
    if (raw <= m * power) return m * power;
  }
  return 10 * power;
}

}  // namespace

DefectStrip::DefectStrip(QWidget* parent) : QWidget(parent) {
  setMinimumHeight(150);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DefectStrip::setInspection(double pipeLength, const QString& startManhole, const QString& endManhole,
                                std::vector<StripDefect> defects) {
  m_length = pipeLength;
  m_start = startManhole;
  m_end = endManhole;
  m_defects = std::move(defects);
  update();
}

void DefectStrip::clear() {
  m_length = 0;
  m_defects.clear();
  m_selected.reset();
  update();
}

void DefectStrip::setSelected(std::optional<std::int64_t> defectId) {
  m_selected = defectId;
  update();
}

double DefectStrip::xOf(double distance) const {
  const double span = std::max(1.0, width() - 2 * kMargin);
  return kMargin + span * std::clamp(distance / std::max(m_length, 0.01), 0.0, 1.0);
}

QPointF DefectStrip::markerAt(std::size_t index) const {
  const auto& d = m_defects.at(index);
  return {xOf(d.distance), baseline() + (d.functional ? kMarkerOffset : -kMarkerOffset)};
}

void DefectStrip::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().base());
  if (m_length <= 0) return;
  const render::MapStyle style;
  const double y = baseline();
  const double x0 = xOf(0);
  const double x1 = xOf(m_length);
  // The pipe and its manholes.
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(0xc8, 0xc8, 0xc8));
  p.drawRoundedRect(QRectF(x0, y - 6, x1 - x0, 12), 3, 3);
  p.setPen(QPen(Qt::black, 1.2));
  p.setBrush(Qt::white);
  for (const double x : {x0, x1}) p.drawEllipse(QPointF(x, y), 8, 8);
  p.setPen(palette().text().color());
  p.drawText(QRectF(0, y + 10, 2 * x0, 16), Qt::AlignCenter, m_start);
  p.drawText(QRectF(x1 - x0, y + 10, 2 * x0, 16), Qt::AlignCenter, m_end);
  // The metre scale along the bottom.
  const double step = niceStep(m_length, std::max(2, static_cast<int>((x1 - x0) / 70)));
  p.setPen(palette().placeholderText().color());
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  p.setFont(small);
  const double scaleY = height() - 24;
  p.drawLine(QPointF(x0, scaleY), QPointF(x1, scaleY));
  for (double d = 0; d <= m_length + 1e-6; d += step) {
    const double x = xOf(d);
    p.drawLine(QPointF(x, scaleY), QPointF(x, scaleY + 5));
    p.drawText(QRectF(x - 30, scaleY + 6, 60, 14), Qt::AlignCenter,
               QStringLiteral("%1 m").arg(d, 0, 'f', step < 1 ? 1 : 0));
  }
  p.setFont(font());
  // The defects: bands for continuous ones, then markers on top.
  for (const auto& d : m_defects) {
    if (d.length <= 0) continue;
    QColor band = style.gradeColour[static_cast<std::size_t>(std::clamp(d.grade, 0, 4))];
    band.setAlpha(150);
    p.setPen(Qt::NoPen);
    p.setBrush(band);
    const double top = d.functional ? y : y - 6;
    p.drawRect(QRectF(xOf(d.distance), top, std::max(2.0, xOf(d.distance + d.length) - xOf(d.distance)), 6));
  }
  for (std::size_t i = 0; i < m_defects.size(); ++i) {
    const auto& d = m_defects[i];
    const QPointF at = markerAt(i);
    p.setPen(QPen(Qt::gray, 1, Qt::DotLine));
    p.drawLine(QPointF(at.x(), y + (d.functional ? 6 : -6)), at);
    const bool selected = m_selected && *m_selected == d.id;
    p.setPen(QPen(selected ? style.selection.darker(130) : Qt::white, selected ? 3 : 1));
    p.setBrush(style.gradeColour[static_cast<std::size_t>(std::clamp(d.grade, 0, 4))]);
    const QRectF box(at.x() - kMarkerSize, at.y() - kMarkerSize, 2 * kMarkerSize, 2 * kMarkerSize);
    d.functional ? p.drawEllipse(box) : p.drawRect(box);
    p.setPen(palette().text().color());
    const QRectF label(at.x() - 30, d.functional ? at.y() + kMarkerSize : at.y() - kMarkerSize - 15, 60, 15);
    p.drawText(label, Qt::AlignCenter, QStringLiteral("%1 %2").arg(d.code).arg(d.grade));
  }
}

void DefectStrip::mousePressEvent(QMouseEvent* event) {
  const QPointF at = event->position();
  std::optional<std::int64_t> best;
  double bestDistance = 2 * kMarkerSize + 2;
  for (std::size_t i = 0; i < m_defects.size(); ++i) {
    const double d = QLineF(at, markerAt(i)).length();
    if (d < bestDistance) {
      bestDistance = d;
      best = m_defects[i].id;
    }
  }
  if (best) emit defectClicked(*best);
}

}  // namespace pw::desktop
