#include "map_style.h"

namespace pw::render {

double MapStyle::widthForDiameter(std::uint16_t d) {
  if (d == 0) return 1.2;
  if (d < 300) return 1.0;
  if (d < 600) return 1.6;
  if (d < 1000) return 2.4;
  if (d < 1500) return 3.4;
  return 4.5;
}

}  // namespace pw::render
