#include "map/map_view.h"

#include <algorithm>
#include <cmath>

namespace pw {
namespace {
constexpr double kMinMpp = 0.001;  // 1 mm per pixel
constexpr double kMaxMpp = 1e5;
}  // namespace

MapView::MapView(double cx, double cy, double metresPerPixel, int width, int height)
    : m_cx(cx),
      m_cy(cy),
      m_mpp(std::clamp(metresPerPixel, kMinMpp, kMaxMpp)),
      m_width(std::max(1, width)),
      m_height(std::max(1, height)) {}

MapView MapView::fit(const Box& box, int width, int height, double margin) {
  if (box.empty()) return MapView(0, 0, 1, width, height);
  const double w = std::max(box.width(), 1.0) * (1 + 2 * margin);
  const double h = std::max(box.height(), 1.0) * (1 + 2 * margin);
  const double mpp = std::max(w / std::max(1, width), h / std::max(1, height));
  return MapView((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2, mpp, width, height);
}

Box MapView::extent() const {
  Box b;
  b.add(m_cx - m_width / 2.0 * m_mpp, m_cy - m_height / 2.0 * m_mpp);
  b.add(m_cx + m_width / 2.0 * m_mpp, m_cy + m_height / 2.0 * m_mpp);
  return b;
}

MapView MapView::zoomedAt(double px, double py, double factor) const {
  if (factor <= 0) return *this;
  const Point anchor = toWorld(px, py);
  const double mpp = std::clamp(m_mpp / factor, kMinMpp, kMaxMpp);
  // Keep `anchor` under (px, py): cx = anchor.x - (px - w/2) * mpp, cy = anchor.y + (py - h/2) * mpp.
  return MapView(anchor.x - (px - m_width / 2.0) * mpp, anchor.y + (py - m_height / 2.0) * mpp, mpp, m_width, m_height);
}

MapView MapView::pannedBy(double dxPixels, double dyPixels) const {
  return MapView(m_cx - dxPixels * m_mpp, m_cy + dyPixels * m_mpp, m_mpp, m_width, m_height);
}

MapView MapView::resized(int width, int height) const { return MapView(m_cx, m_cy, m_mpp, width, height); }

MapView MapView::centredOn(double x, double y) const { return MapView(x, y, m_mpp, m_width, m_height); }

MapView MapView::zoomedToRect(double x0, double y0, double x1, double y1) const {
  const Point a = toWorld(x0, y0);
  const Point b = toWorld(x1, y1);
  Box box;
  box.add(a.x, a.y);
  box.add(b.x, b.y);
  if (std::fabs(x1 - x0) < 4 || std::fabs(y1 - y0) < 4) return zoomedAt((x0 + x1) / 2, (y0 + y1) / 2, 2.0);
  return fit(box, m_width, m_height, 0.0);
}

}  // namespace pw
