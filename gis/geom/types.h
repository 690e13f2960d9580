#pragma once
// Plain geometry values used across the core: compact, no library types.
#include <algorithm>
#include <limits>
#include <span>
#include <vector>

namespace pw {

struct Point {
  double x = 0;
  double y = 0;
};

struct Box {
  double minX = std::numeric_limits<double>::infinity();
  double minY = std::numeric_limits<double>::infinity();
  double maxX = -std::numeric_limits<double>::infinity();
  double maxY = -std::numeric_limits<double>::infinity();

  bool empty() const { return minX > maxX; }
  void add(double x, double y) {
    minX = std::min(minX, x);
    minY = std::min(minY, y);
    maxX = std::max(maxX, x);
    maxY = std::max(maxY, y);
  }
  void add(const Box& b) {
    if (b.empty()) return;
    add(b.minX, b.minY);
    add(b.maxX, b.maxY);
  }
  bool intersects(const Box& b) const { return !(b.minX > maxX || b.maxX < minX || b.minY > maxY || b.maxY < minY); }
  double width() const { return maxX - minX; }
  double height() const { return maxY - minY; }
};

/// Box of interleaved x,y coordinates.
inline Box boxOf(std::span<const double> xy) {
  Box b;
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2) b.add(xy[i], xy[i + 1]);
  return b;
}

using Ring = std::vector<Point>;
struct Polygon {
  std::vector<Ring> rings;  ///< the first is the exterior, the others holes
};
using MultiPolygon = std::vector<Polygon>;

/// Length of a polyline given as interleaved x,y.
double lineLength(std::span<const double> xy);

}  // namespace pw
