#include "map/range_index.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pw {
namespace {

BoxF unite(const BoxF* begin, const BoxF* end) {
  BoxF b{INFINITY, INFINITY, -INFINITY, -INFINITY};
  for (const BoxF* p = begin; p != end; ++p) {
    b.minX = std::min(b.minX, p->minX);
    b.minY = std::min(b.minY, p->minY);
    b.maxX = std::max(b.maxX, p->maxX);
    b.maxY = std::max(b.maxY, p->maxY);
  }
  return b;
}

std::vector<BoxF> groupUp(const std::vector<BoxF>& lower) {
  std::vector<BoxF> upper;
  upper.reserve(lower.size() / RangeIndex::kFanout + 1);
  for (std::size_t i = 0; i < lower.size(); i += RangeIndex::kFanout) {
    const std::size_t end = std::min(lower.size(), i + RangeIndex::kFanout);
    upper.push_back(unite(lower.data() + i, lower.data() + end));
  }
  return upper;
}

}  // namespace

void RangeIndex::build(const std::vector<BoxF>& itemBoxes) {
  m_levels.clear();
  m_items = static_cast<std::uint32_t>(itemBoxes.size());
  if (itemBoxes.empty()) return;
  m_levels.push_back(groupUp(itemBoxes));
  while (m_levels.back().size() > 1) m_levels.push_back(groupUp(m_levels.back()));
}

void RangeIndex::visit(std::size_t level, std::uint32_t node, const BoxF& window,
                       const std::function<void(std::uint32_t, std::uint32_t)>& fn) const {
  if (!m_levels[level][node].intersects(window)) return;
  if (level == 0) {
    const std::uint32_t first = node * kFanout;
    fn(first, std::min(m_items, first + kFanout));
    return;
  }
  const auto& below = m_levels[level - 1];
  const std::uint32_t first = node * kFanout;
  const std::uint32_t last = std::min<std::uint32_t>(static_cast<std::uint32_t>(below.size()), first + kFanout);
  for (std::uint32_t child = first; child < last; ++child) visit(level - 1, child, window, fn);
}

void RangeIndex::query(const BoxF& window, const std::function<void(std::uint32_t, std::uint32_t)>& fn) const {
  if (m_levels.empty()) return;
  const std::size_t top = m_levels.size() - 1;
  for (std::uint32_t node = 0; node < m_levels[top].size(); ++node) visit(top, node, window, fn);
}

std::size_t RangeIndex::memoryBytes() const {
  std::size_t bytes = 0;
  for (const auto& level : m_levels) bytes += level.capacity() * sizeof(BoxF);
  return bytes;
}

std::vector<std::uint32_t> strOrder(const std::vector<BoxF>& boxes, std::uint32_t leafSize) {
  std::vector<std::uint32_t> order(boxes.size());
  std::iota(order.begin(), order.end(), 0u);
  if (boxes.empty()) return order;
  const std::size_t leaves = (boxes.size() + leafSize - 1) / leafSize;
  const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(leaves))));
  const std::size_t perSlice = slices * leafSize;
  auto cx = [&](std::uint32_t i) { return boxes[i].minX + boxes[i].maxX; };
  auto cy = [&](std::uint32_t i) { return boxes[i].minY + boxes[i].maxY; };
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return cx(a) < cx(b); });
  for (std::size_t s = 0; s < order.size(); s += perSlice) {
    const auto end = order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), s + perSlice));
    std::sort(order.begin() + static_cast<std::ptrdiff_t>(s), end,
              [&](std::uint32_t a, std::uint32_t b) { return cy(a) < cy(b); });
  }
  return order;
}

}  // namespace pw
