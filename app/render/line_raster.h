#pragma once
// One-pixel lines written straight into an ARGB32 image: the level-of-detail path for whole-city frames, where a
// pipe is a few pixels long and QPainter's per-path overhead would dominate.
#include <cstdint>

#include <QImage>

namespace pw::render {

class LineRaster {
public:
  explicit LineRaster(QImage& image);
  /// Draws from (x0, y0) to (x1, y1) in pixel coordinates, clipped to the image.
  void line(double x0, double y0, double x1, double y1, std::uint32_t argb);
  void dot(int x, int y, std::uint32_t argb) {
    if (x >= 0 && y >= 0 && x < m_width && y < m_height) m_bits[static_cast<std::size_t>(y) * m_stride + x] = argb;
  }

private:
  std::uint32_t* m_bits;
  int m_width;
  int m_height;
  std::size_t m_stride;  // in pixels
};

}  // namespace pw::render
