#include "report_charts.h"

#include <algorithm>
#include <cmath>

namespace pw::render {
namespace {

constexpr double kTitleMm = 7;
constexpr double kAxisMm = 6;
constexpr double kLabelMm = 32;
constexpr double kValueMm = 26;
const QColor kBar(0x6b, 0x8e, 0xbf);
const QColor kEmphasis(0x1a, 0x3c, 0x6e);

/// A round step giving about four to six intervals up to `maximum`.
double tickStep(double maximum) {
  const double raw = maximum / 5;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (m * magnitude >= raw) return m * magnitude;
  }
  return 10 * magnitude;
}

}  // namespace

double barChartHeight(const BarChart& chart, double barMm) {
  return kTitleMm + static_cast<double>(std::max<std::size_t>(chart.bars.size(), 1)) * barMm + kAxisMm + 3;
}

void drawBarChart(ReportCanvas& canvas, const BarChart& chart, double barMm) {
  canvas.ensure(barChartHeight(chart, barMm));
  QPainter& p = canvas.painter();
  const double x0 = ReportCanvas::kLeft;
  double y = canvas.y();
  canvas.drawText(x0, y, ReportCanvas::contentWidth(), chart.title, ReportCanvas::font(9.5, true),
                  Qt::AlignLeft | Qt::AlignTop);
  y += kTitleMm;
  const double plotX = x0 + kLabelMm + 2;
  const double plotW = ReportCanvas::contentWidth() - kLabelMm - 2 - kValueMm;
  const double plotH = static_cast<double>(std::max<std::size_t>(chart.bars.size(), 1)) * barMm;

  double maximum = chart.maximum.value_or(0);
  if (!chart.maximum) {
    for (const auto& b : chart.bars) maximum = std::max(maximum, b.value.value_or(0));
  }
  if (maximum <= 0) maximum = 1;
  const double step = chart.counts ? std::max(1.0, std::round(tickStep(maximum))) : tickStep(maximum);
  if (!chart.maximum) maximum = std::ceil(maximum / step) * step;

  // Grid and scale.
  const QFont small = ReportCanvas::font(7);
  for (double t = 0; t <= maximum + step * 1e-6; t += step) {
    const double gx = plotX + plotW * t / maximum;
    p.setPen(QPen(t == 0 ? QColor(0x60, 0x60, 0x60) : QColor(0xd8, 0xd8, 0xd8), canvas.px(t == 0 ? 0.3 : 0.15)));
    p.drawLine(QPointF(canvas.px(gx), canvas.px(y)), QPointF(canvas.px(gx), canvas.px(y + plotH)));
    const QString tick = chart.percent ? QStringLiteral("%1%").arg(t * 100, 0, 'f', 0) : QString::number(t, 'g', 6);
    canvas.drawText(gx - 10, y + plotH + 0.8, 20, tick, small, Qt::AlignHCenter | Qt::AlignTop,
                    QColor(0x50, 0x50, 0x50));
  }
  if (chart.bars.empty()) {
    canvas.drawTextIn(plotX + 2, y, plotW, barMm, chart.noDataText, ReportCanvas::font(8),
                      Qt::AlignLeft | Qt::AlignVCenter, QColor(0x70, 0x70, 0x70));
  }
  for (std::size_t i = 0; i < chart.bars.size(); ++i) {
    const Bar& b = chart.bars[i];
    const double by = y + static_cast<double>(i) * barMm;
    const QFont f = ReportCanvas::font(8, b.emphasised);
    canvas.drawTextIn(x0, by, kLabelMm, barMm, b.label, f, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
    const double inner = barMm * 0.68;
    const double top = by + (barMm - inner) / 2;
    double end = plotX;
    if (b.value) {
      const double w = plotW * std::clamp(*b.value / maximum, 0.0, 1.0);
      const QColor colour = b.colour.isValid() ? b.colour : (b.emphasised ? kEmphasis : kBar);
      p.fillRect(canvas.rect(plotX, top, std::max(w, 0.3), inner), colour);
      end = plotX + w;
    }
    const QString text = b.value ? b.valueText : chart.noDataText;
    canvas.drawTextIn(end + 1.2, by, kValueMm + plotX + plotW - end - 1.2, barMm, text, f,
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      b.value ? QColor(Qt::black) : QColor(0x70, 0x70, 0x70));
  }
  canvas.advance(barChartHeight(chart, barMm));
}

}  // namespace pw::render
