#include "background.h"

#include <QImage>

namespace pw::render {

void RasterBackground::draw(QPainter& p, const MapView& view, const std::atomic<bool>*) const {
  auto window = m_source->read(view.extent(), view.metresPerPixel());
  if (window.argb.empty()) return;
  const QImage image(reinterpret_cast<const uchar*>(window.argb.data()), window.width, window.height, window.width * 4,
                     QImage::Format_ARGB32);
  const Point topLeft = view.toScreen(window.covered.minX, window.covered.maxY);
  const Point bottomRight = view.toScreen(window.covered.maxX, window.covered.minY);
  p.save();
  p.setRenderHint(QPainter::SmoothPixmapTransform, true);
  p.drawImage(QRectF(QPointF(topLeft.x, topLeft.y), QPointF(bottomRight.x, bottomRight.y)), image);
  p.restore();
}

void VectorBackgroundLayer::draw(QPainter& p, const MapView& view, const std::atomic<bool>* cancel) const {
  const auto& lines = m_data->lines;
  const double scale = 1.0 / view.metresPerPixel();
  const double ox = (lines.originX - view.centreX()) * scale + view.width() / 2.0;
  const double oy = view.height() / 2.0 + (view.centreY() - lines.originY) * scale;
  const Box e = view.extent();
  const BoxF window{static_cast<float>(e.minX - lines.originX), static_cast<float>(e.minY - lines.originY),
                    static_cast<float>(e.maxX - lines.originX), static_cast<float>(e.maxY - lines.originY)};
  p.save();
  p.setRenderHint(QPainter::Antialiasing, view.metresPerPixel() < 2);
  p.setPen(QPen(QColor(150, 150, 150), 0.8));
  p.setBrush(Qt::NoBrush);
  lines.index.query(window, [&](std::uint32_t first, std::uint32_t last) {
    if (cancel && cancel->load(std::memory_order_relaxed)) return;
    for (std::uint32_t i = first; i < last; ++i) {
      QPolygonF poly;
      for (std::uint32_t k = lines.first[i]; k < lines.first[i + 1]; ++k) {
        poly << QPointF(ox + lines.xy[2 * k] * scale, oy - lines.xy[2 * k + 1] * scale);
      }
      p.drawPolyline(poly);
    }
  });
  const auto& pts = m_data->points;
  pts.index.query(window, [&](std::uint32_t first, std::uint32_t last) {
    for (std::uint32_t i = first; i < last; ++i) {
      const QPointF at(ox + pts.xy[2 * i] * scale, oy - pts.xy[2 * i + 1] * scale);
      p.drawLine(at + QPointF(-2, 0), at + QPointF(2, 0));
      p.drawLine(at + QPointF(0, -2), at + QPointF(0, 2));
    }
  });
  p.restore();
}

void BackgroundSet::draw(QPainter& p, const MapView& view, const std::atomic<bool>* cancel) const {
  for (const auto& entry : layers) {
    if (cancel && cancel->load(std::memory_order_relaxed)) return;
    if (entry.visible && entry.layer->extent().intersects(view.extent())) entry.layer->draw(p, view, cancel);
  }
}

}  // namespace pw::render
