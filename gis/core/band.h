#pragma once
// A numeric interval as the catalogues write it: optional bounds gt, ge, lt, le (greater than, greater or equal,
// less than, less or equal). CJJ 181 and T/CECS 758 limits are stated this way, e.g. {"gt": 1, "le": 3}.
#include <optional>
#include <string>

namespace pw {

struct Band {
  std::optional<double> gt, ge, lt, le;

  bool contains(double v) const {
    return (!gt || v > *gt) && (!ge || v >= *ge) && (!lt || v < *lt) && (!le || v <= *le);
  }
  /// e.g. "(1, 3]" for messages.
  std::string text() const;
};

}  // namespace pw
