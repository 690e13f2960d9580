#pragma once
// A static spatial index over items stored in spatial (Sort-Tile-Recursive) order: leaves are runs of kFanout
// consecutive items, upper levels group kFanout nodes. It keeps only float node boxes (a few bytes per item), and a
// window query yields ranges of item indices, which is what a renderer iterates anyway.
#include <cstdint>
#include <functional>
#include <vector>

#include "geom/types.h"

namespace pw {

struct BoxF {
  float minX, minY, maxX, maxY;
  bool intersects(const BoxF& b) const { return !(b.minX > maxX || b.maxX < minX || b.minY > maxY || b.maxY < minY); }
};

class RangeIndex {
public:
  static constexpr std::uint32_t kFanout = 16;

  /// Builds over item boxes already in spatial order.
  void build(const std::vector<BoxF>& itemBoxes);
  /// Calls fn(first, last) for runs of items [first, last) whose leaf box meets `window` (items inside a run may
  /// still lie outside the window; callers test them if they need to).
  void query(const BoxF& window, const std::function<void(std::uint32_t, std::uint32_t)>& fn) const;
  std::size_t memoryBytes() const;

private:
  void visit(std::size_t level, std::uint32_t node, const BoxF& window,
             const std::function<void(std::uint32_t, std::uint32_t)>& fn) const;
  std::vector<std::vector<BoxF>> m_levels;  ///< m_levels[0] = leaves
  std::uint32_t m_items = 0;
};

/// The permutation that puts boxes in Sort-Tile-Recursive order (by x in vertical slices, by y within a slice).
std::vector<std::uint32_t> strOrder(const std::vector<BoxF>& boxes, std::uint32_t leafSize = RangeIndex::kFanout);

}  // namespace pw
