#pragma once
// The arithmetic of a map view: where the world is on the screen. Pure values, no toolkit: the canvas, the
// renderer, the tests and the benchmarks share it.
#include "geom/types.h"

namespace pw {

class MapView {
public:
  MapView() = default;
  /// A view of `width` x `height` pixels centred on (cx, cy) at `metresPerPixel`.
  MapView(double cx, double cy, double metresPerPixel, int width, int height);

  /// The view that shows `box` whole, centred, with a margin (fraction of the size).
  static MapView fit(const Box& box, int width, int height, double margin = 0.05);

  double centreX() const { return m_cx; }
  double centreY() const { return m_cy; }
  double metresPerPixel() const { return m_mpp; }
  int width() const { return m_width; }
  int height() const { return m_height; }
  /// Map scale denominator for a screen of `dpi` dots per inch (1:N).
  double scaleDenominator(double dpi = 96.0) const { return m_mpp * dpi / 0.0254; }

  /// World -> screen (pixels, y down) and back.
  Point toScreen(double x, double y) const {
    return {(x - m_cx) / m_mpp + m_width / 2.0, m_height / 2.0 - (y - m_cy) / m_mpp};
  }
  Point toWorld(double px, double py) const {
    return {m_cx + (px - m_width / 2.0) * m_mpp, m_cy - (py - m_height / 2.0) * m_mpp};
  }
  /// The world box the view shows.
  Box extent() const;

  /// Zooms by `factor` (> 1 zooms in) keeping the world point under pixel (px, py) where it is.
  MapView zoomedAt(double px, double py, double factor) const;
  /// Moves the map by a screen displacement (the content follows the mouse).
  MapView pannedBy(double dxPixels, double dyPixels) const;
  MapView resized(int width, int height) const;
  MapView centredOn(double x, double y) const;
  /// The view showing the screen rectangle (x0, y0)-(x1, y1) in the whole window (zoom box).
  MapView zoomedToRect(double x0, double y0, double x1, double y1) const;

  bool operator==(const MapView&) const = default;

private:
  double m_cx = 0;
  double m_cy = 0;
  double m_mpp = 1;
  int m_width = 1;
  int m_height = 1;
};

}  // namespace pw
