#include "districts.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace pwgen {

namespace {

struct DirectedEdge {
  std::int64_t start = 0;
  std::int64_t end = 0;
  std::vector<Pt> pts;  ///< from the start corner to the end corner, excluding the end corner
};

}  // namespace

std::vector<std::vector<Pt>> districtRings(const CityPlan& plan, const Crossings& crossings) {
  const int nx = plan.nx, ny = plan.ny;
  auto cornerId = [&](int a, int b) { return static_cast<std::int64_t>(b) * (nx + 1) + a; };
  auto at = [&](int i, int j) { return (i < 0 || j < 0 || i >= nx || j >= ny) ? -1 : plan.district(i, j); };
  // a dual edge's vertices from c1 to c2, crossings sorted along it
  auto dualEdge = [&](std::int64_t key, Pt c1, Pt c2, bool reversed) {
    std::vector<Pt> pts{c1};
    auto it = crossings.byEdge.find(key);
    if (it != crossings.byEdge.end()) {
      std::vector<Pt> xs = it->second;
      const Pt d = c2 - c1;
      std::sort(xs.begin(), xs.end(), [&](Pt p, Pt q) {
        return (p.x - c1.x) * d.x + (p.y - c1.y) * d.y < (q.x - c1.x) * d.x + (q.y - c1.y) * d.y;
      });
      pts.insert(pts.end(), xs.begin(), xs.end());
    }
    pts.push_back(c2);
    if (reversed) std::reverse(pts.begin(), pts.end());
    pts.pop_back();
    return pts;
  };

  std::vector<std::vector<Pt>> rings;
  for (int d = 0; d < static_cast<int>(plan.districts.size()); ++d) {
    std::unordered_map<std::int64_t, DirectedEdge> byStart;
    auto add = [&](int a1, int b1, int a2, int b2, std::int64_t key, bool reversed) {
      DirectedEdge e;
      e.start = cornerId(a1, b1);
      e.end = cornerId(a2, b2);
      const Pt p1 = plan.corner(a1, b1), p2 = plan.corner(a2, b2);
      e.pts = reversed ? dualEdge(key, p2, p1, true) : dualEdge(key, p1, p2, false);
      if (!byStart.emplace(e.start, std::move(e)).second)
        throw std::runtime_error("district " + plan.districts[static_cast<std::size_t>(d)].name +
                                 ": cells touch at a corner only");
    };
    for (int j = 0; j < ny; ++j) {
      for (int i = 0; i < nx; ++i) {
        if (plan.district(i, j) != d) continue;
        // counter-clockwise around the cell: south, east, north, west
        if (at(i, j - 1) != d) add(i, j, i + 1, j, Crossings::horizontal(i, j), false);
        if (at(i + 1, j) != d) add(i + 1, j, i + 1, j + 1, Crossings::vertical(i + 1, j), false);
        if (at(i, j + 1) != d) add(i + 1, j + 1, i, j + 1, Crossings::horizontal(i, j + 1), true);
        if (at(i - 1, j) != d) add(i, j + 1, i, j, Crossings::vertical(i, j), true);
      }
    }
    if (byStart.empty())
      throw std::runtime_error("district " + plan.districts[static_cast<std::size_t>(d)].name + " is empty");
    // start at the lowest corner id for a deterministic first vertex
    std::int64_t start = byStart.begin()->first;
    for (const auto& [k, e] : byStart) start = std::min(start, k);
    std::vector<Pt> ring;
    std::int64_t at2 = start;
    std::size_t used = 0;
    do {
      const DirectedEdge& e = byStart.at(at2);
      ring.insert(ring.end(), e.pts.begin(), e.pts.end());
      at2 = e.end;
      ++used;
    } while (at2 != start && used <= byStart.size());
    if (used != byStart.size())
      throw std::runtime_error("district " + plan.districts[static_cast<std::size_t>(d)].name +
                               " is not one polygon without holes");
    ring.push_back(ring.front());
    std::reverse(ring.begin(), ring.end());  // clockwise exterior ring
    rings.push_back(std::move(ring));
  }
  return rings;
}

}  // namespace pwgen
