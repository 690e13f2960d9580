#include "core/band.h"

#include "core/error.h"

namespace pw {

std::string Band::text() const {
  std::string lower = gt ? "(" + formatNumber(*gt) : ge ? "[" + formatNumber(*ge) : "(-inf";
  std::string upper = lt ? formatNumber(*lt) + ")" : le ? formatNumber(*le) + "]" : "inf)";
  return lower + ", " + upper;
}

}  // namespace pw
