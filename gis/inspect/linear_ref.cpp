#include "inspect/linear_ref.h"

#include <algorithm>
#include <cmath>

#include "geom/geos.h"

namespace pw {
namespace {

/// Distance measured from the pipe's first vertex.
double fromStart(double length, double distance, InspectionDirection direction) {
  const double d = std::clamp(distance, 0.0, length);
  return direction == InspectionDirection::WithFlow ? d : length - d;
}

}  // namespace

Point pointAlong(std::span<const double> pipeXy, double distance, InspectionDirection direction) {
  const auto line = geos::makeLineString(pipeXy);
  const double length = geos::length(*line);
  return geos::pointXY(*geos::interpolate(*line, fromStart(length, distance, direction)));
}

std::vector<double> pieceAlong(std::span<const double> pipeXy, double distance, double length,
                               InspectionDirection direction) {
  const double total = lineLength(pipeXy);
  double a = fromStart(total, distance, direction);
  double b = fromStart(total, distance + length, direction);
  if (a > b) std::swap(a, b);
  // Walk the vertices, cutting at a and b (GEOS 3.11 has no substring in its C API; interpolation by hand is exact).
  std::vector<double> out;
  double walked = 0;
  for (std::size_t i = 2; i + 1 < pipeXy.size(); i += 2) {
    const double x0 = pipeXy[i - 2], y0 = pipeXy[i - 1], x1 = pipeXy[i], y1 = pipeXy[i + 1];
    const double seg = std::hypot(x1 - x0, y1 - y0);
    const double s0 = walked;
    const double s1 = walked + seg;
    walked = s1;
    if (s1 < a || s0 > b || seg == 0) continue;
    auto at = [&](double s) {
      const double t = (s - s0) / seg;
      out.push_back(x0 + t * (x1 - x0));
      out.push_back(y0 + t * (y1 - y0));
    };
    if (out.empty()) at(std::max(a, s0));
    if (s1 <= b) {
      out.push_back(x1);
      out.push_back(y1);
    } else {
      at(b);
      break;
    }
  }
  if (direction == InspectionDirection::AgainstFlow) {  // keep the inspection direction in the geometry
    for (std::size_t i = 0, j = out.size() - 2; i < j; i += 2, j -= 2) {
      std::swap(out[i], out[j]);
      std::swap(out[i + 1], out[j + 1]);
    }
  }
  return out;
}

double distanceAlong(std::span<const double> pipeXy, double x, double y, InspectionDirection direction) {
  const auto line = geos::makeLineString(pipeXy);
  const double d = geos::project(*line, *geos::makePoint(x, y));
  const double length = geos::length(*line);
  return direction == InspectionDirection::WithFlow ? d : length - d;
}

}  // namespace pw
