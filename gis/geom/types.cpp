#include "geom/types.h"

#include <cmath>

namespace pw {

double lineLength(std::span<const double> xy) {
  double length = 0;
  for (std::size_t i = 2; i + 1 < xy.size(); i += 2) length += std::hypot(xy[i] - xy[i - 2], xy[i + 1] - xy[i - 1]);
  return length;
}

}  // namespace pw
