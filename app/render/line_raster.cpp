#include "line_raster.h"

#include <algorithm>
#include <cmath>

namespace pw::render {

LineRaster::LineRaster(QImage& image)
    : m_bits(reinterpret_cast<std::uint32_t*>(image.bits())),
      m_width(image.width()),
      m_height(image.height()),
      m_stride(static_cast<std::size_t>(image.bytesPerLine()) / 4) {}

void LineRaster::line(double x0, double y0, double x1, double y1, std::uint32_t argb) {
  // Liang-Barsky clipping to the image rectangle.
  const double xmax = m_width - 1;
  const double ymax = m_height - 1;
  double t0 = 0, t1 = 1;
  const double dx = x1 - x0;
  const double dy = y1 - y0;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {x0, xmax - x0, y0, ymax - y0};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return;
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) {
      t0 = std::max(t0, t);
    } else {
      t1 = std::min(t1, t);
    }
    if (t0 > t1) return;
  }
  const double ax = x0 + t0 * dx;
  const double ay = y0 + t0 * dy;
  const double bx = x0 + t1 * dx;
  const double by = y0 + t1 * dy;
  const int steps = static_cast<int>(std::max(std::fabs(bx - ax), std::fabs(by - ay))) + 1;
  const double sx = (bx - ax) / steps;
  const double sy = (by - ay) / steps;
  double x = ax + 0.5;
  double y = ay + 0.5;
  for (int i = 0; i <= steps; ++i) {
    const int ix = static_cast<int>(x);
    const int iy = static_cast<int>(y);
    if (ix >= 0 && iy >= 0 && ix < m_width && iy < m_height)
      m_bits[static_cast<std::size_t>(iy) * m_stride + ix] = argb;
    x += sx;
    y += sy;
  }
}

}  // namespace pw::render
