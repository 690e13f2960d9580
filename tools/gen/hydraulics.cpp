#include "hydraulics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>
#include <stdexcept>
#include <utility>

namespace pwgen {

namespace {

int diameterFor(Kind k, double upstream) {
  struct Step {
    double upTo;
    int mm;
  };
  static const Step rain[] = {{250, 300},  {600, 400},   {1200, 500}, {2000, 600},
                              {3200, 800}, {4800, 1000}, {7000, 1200}};
  static const Step sewage[] = {{400, 300}, {1200, 400}, {2500, 500}, {4500, 600}, {8000, 800}};
  static const Step combined[] = {{300, 400}, {800, 500}, {1500, 600}, {2600, 800}, {4200, 1000}};
  switch (k) {
    case Kind::Rain:
      for (const Step& s : rain)
        if (upstream < s.upTo) return s.mm;
      return 1500;
    case Kind::Sewage:
      for (const Step& s : sewage)
        if (upstream < s.upTo) return s.mm;
      return 1000;
    case Kind::Combined:
      for (const Step& s : combined)
        if (upstream < s.upTo) return s.mm;
      return 1200;
  }
  return 300;
}

bool plastic(Material m) { return m == Material::PE || m == Material::PVC; }

/// Minimum design slope by diameter (GB 50014 practice: 0.3 % for DN300, 0.2 % for plastic DN300, flatter for
/// larger pipes).
double minSlope(int d, Material m) {
  if (d <= 300) return plastic(m) ? 0.0020 : 0.0030;
  if (d <= 400) return 0.0020;
  if (d <= 500) return 0.0015;
  if (d <= 600) return 0.0012;
  if (d <= 800) return 0.0010;
  if (d <= 1000) return 0.0008;
  if (d <= 1200) return 0.0007;
  return 0.0006;
}

Material materialFor(const Pipe& p) {
  const double r = p.materialDraw;
  if (p.kind == Kind::Combined) return r < 0.92 ? Material::Concrete : Material::DuctileIron;
  if (p.diameter >= 1000) return (p.year >= 2005 && r >= 0.85) ? Material::GRP : Material::Concrete;
  if (p.diameter >= 600) {
    if (p.year < 2000) return Material::Concrete;
    return r < 0.55 ? Material::Concrete : r < 0.75 ? Material::GRP : Material::PE;
  }
  if (p.year < 1998) return r < 0.94 ? Material::Concrete : Material::DuctileIron;
  return r < 0.45 ? Material::PE : r < 0.75 ? Material::PVC : Material::Concrete;
}

}  // namespace

namespace {

class Solver {
public:
  Solver(Network& net, Rng& rng) : m_net(net), m_rng(rng), m_nn(net.nodes.size()) {
    // adjacency (compressed)
    m_first.assign(m_nn + 1, 0);
    m_adj.resize(2 * net.pipes.size());
    for (const Pipe& p : net.pipes) {
      ++m_first[static_cast<std::size_t>(p.from) + 1];
      ++m_first[static_cast<std::size_t>(p.to) + 1];
    }
    std::partial_sum(m_first.begin(), m_first.end(), m_first.begin());
    std::vector<std::int32_t> fill(m_first.begin(), m_first.end() - 1);
    for (std::size_t e = 0; e < net.pipes.size(); ++e) {
      m_adj[static_cast<std::size_t>(fill[static_cast<std::size_t>(net.pipes[e].from)]++)] =
          static_cast<std::int32_t>(e);
      m_adj[static_cast<std::size_t>(fill[static_cast<std::size_t>(net.pipes[e].to)]++)] = static_cast<std::int32_t>(e);
    }
  }

  /// One pass: flow, sizes, inverts. Returns the deepest manhole and its depth.
  std::pair<std::size_t, std::int32_t> solve(HydraulicsStats& stats) {
    orient(stats);
    avoidDivides();
    topologicalOrder();
    sizes();
    inverts();
    std::size_t deepest = 0;
    std::int32_t depth = 0;
    for (std::size_t v = 0; v < m_nn; ++v) {
      const std::int32_t d = m_net.nodes[v].groundMm - m_net.nodes[v].invertMm;
      if (d > depth) {
        depth = d;
        deepest = v;
      }
    }
    return {deepest, depth};
  }

  void collect(HydraulicsStats& stats) const {
    stats.nodes += static_cast<long long>(m_nn);
    stats.pipes += static_cast<long long>(m_net.pipes.size());
    for (std::size_t v = 0; v < m_nn; ++v) {
      const Node& n = m_net.nodes[v];
      const std::int32_t depth = n.groundMm - n.invertMm;
      stats.minDepthMm = std::min(stats.minDepthMm, depth);
      stats.maxDepthMm = std::max(stats.maxDepthMm, depth);
      if (depth > 4000) ++stats.deepNodes;
      if (m_out[v] > 1) {
        if (m_in[v] == 0 && m_out[v] == 2)
          ++stats.summitNodes;
        else
          ++stats.splitNodes;
      }
    }
    for (const Pipe& p : m_net.pipes) {
      const Node& a = m_net.nodes[static_cast<std::size_t>(p.from)];
      const Node& b = m_net.nodes[static_cast<std::size_t>(p.to)];
      stats.minSlope = std::min(stats.minSlope, (a.invertMm - b.invertMm) / 1000.0 / p.length);
      ++stats.diameters[p.diameter];
      ++stats.vertexCounts[static_cast<std::size_t>(2 + p.nmid)];
      stats.minLength = std::min(stats.minLength, p.length);
      stats.maxLength = std::max(stats.maxLength, p.length);
    }
  }

  /// Where to put a pump station for a manhole that is too deep: up the pipes that set its invert, the first
  /// manhole deeper than `threshold` mm.
  std::size_t pumpSite(std::size_t deepest, std::int32_t threshold) const {
    std::size_t v = deepest;
    while (m_binding[v] >= 0) {
      const std::size_t u = static_cast<std::size_t>(m_binding[v]);
      if (m_net.nodes[u].groundMm - m_net.nodes[u].invertMm < threshold) break;
      v = u;
    }
    // an outlet already: the next manhole up (the route fell more than `threshold` allows in one pipe)
    while (m_net.nodes[v].sink && m_binding[v] >= 0) v = static_cast<std::size_t>(m_binding[v]);
    if (m_net.nodes[v].sink) throw std::logic_error("an outlet deeper than 4 m");
    return v;
  }

private:
  template <typename F>
  void forPipes(std::size_t v, F&& f) {
    for (std::int32_t q = m_first[v]; q < m_first[v + 1]; ++q)
      f(m_net.pipes[static_cast<std::size_t>(m_adj[static_cast<std::size_t>(q)])]);
  }

  static void reverse(Pipe& p) {
    std::swap(p.from, p.to);
    if (p.nmid == 2) std::swap(p.mid[0], p.mid[1]);
  }

  /// Flow: Dijkstra from the outlets over a cost that prefers trunk streets and running down with the ground. The
  /// settling order ranks the manholes; every pipe flows from the later-settled end to the earlier one, so the
  /// directed network has no cycles.
  void orient(HydraulicsStats& stats) {
    std::vector<double> cost(m_nn, std::numeric_limits<double>::infinity());
    std::vector<std::int32_t> rank(m_nn, -1);
    using Item = std::pair<double, std::int32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    for (std::size_t v = 0; v < m_nn; ++v)
      if (m_net.nodes[v].sink) {
        cost[v] = 0;
        queue.emplace(0.0, static_cast<std::int32_t>(v));
      }
    if (m_byGround.empty()) {
      m_byGround.resize(m_nn);
      std::iota(m_byGround.begin(), m_byGround.end(), 0);
      std::stable_sort(m_byGround.begin(), m_byGround.end(), [&](std::int32_t a, std::int32_t b) {
        return m_net.nodes[static_cast<std::size_t>(a)].groundMm < m_net.nodes[static_cast<std::size_t>(b)].groundMm;
      });
    }
    std::size_t nextLow = 0;
    std::int32_t settled = 0;
    while (static_cast<std::size_t>(settled) < m_nn) {
      if (queue.empty()) {
        // a part of the network no outlet drains: its lowest manhole becomes a local outlet (pump station)
        while (rank[static_cast<std::size_t>(m_byGround[nextLow])] >= 0) ++nextLow;
        const std::int32_t v = m_byGround[nextLow];
        m_net.nodes[static_cast<std::size_t>(v)].sink = true;
        cost[static_cast<std::size_t>(v)] = 0;
        queue.emplace(0.0, v);
        ++stats.fallbackSinks;
      }
      const auto [c, v] = queue.top();
      queue.pop();
      const std::size_t sv = static_cast<std::size_t>(v);
      if (rank[sv] >= 0 || c > cost[sv]) continue;
      rank[sv] = settled++;
      const std::int32_t groundV = m_net.nodes[sv].groundMm;
      forPipes(sv, [&](const Pipe& p) {
        const std::size_t u = static_cast<std::size_t>(p.from == v ? p.to : p.from);
        if (rank[u] >= 0) return;
        // flow u -> v: cheap where it runs down with the ground, dear where the ground is flat or rises
        const double fall = (m_net.nodes[u].groundMm - groundV) / 1000.0;
        const double flatness = std::clamp(0.003 - fall / p.length, 0.0, 0.006) / 0.003;
        const double cu = c + p.length * (p.trunk ? 0.7 : 1.0) * (1.0 + 1.5 * flatness) + 60.0 * std::max(0.0, -fall);
        if (cu < cost[u]) {
          cost[u] = cu;
          queue.emplace(cu, static_cast<std::int32_t>(u));
        }
      });
    }
    for (Pipe& p : m_net.pipes)
      if (rank[static_cast<std::size_t>(p.from)] < rank[static_cast<std::size_t>(p.to)]) reverse(p);
  }

  /// Where a manhole would divide the flow (pipes in, two out), turn one outgoing pipe round if its far manhole
  /// is fed by that pipe alone: that manhole becomes a local high point where two pipes start. No cycle can
  /// appear, since nothing else reaches that manhole.
  void avoidDivides() {
    m_out.assign(m_nn, 0);
    m_in.assign(m_nn, 0);
    for (const Pipe& p : m_net.pipes) {
      ++m_out[static_cast<std::size_t>(p.from)];
      ++m_in[static_cast<std::size_t>(p.to)];
    }
    for (std::size_t v = 0; v < m_nn; ++v) {
      forPipes(v, [&](Pipe& p) {
        if (m_in[v] == 0 || m_out[v] < 2 || static_cast<std::size_t>(p.from) != v) return;
        const std::size_t w = static_cast<std::size_t>(p.to);
        if (m_net.nodes[w].sink || m_in[w] != 1 || m_first[w + 1] - m_first[w] != 2) return;
        reverse(p);
        --m_out[v];
        ++m_in[v];
        ++m_out[w];
        --m_in[w];
      });
    }
  }

  /// Upstream first (Kahn), deterministic by manhole index.
  void topologicalOrder() {
    m_order.clear();
    m_order.reserve(m_nn);
    std::vector<std::int32_t> pending(m_in);
    for (std::size_t v = 0; v < m_nn; ++v)
      if (pending[v] == 0) m_order.push_back(static_cast<std::int32_t>(v));
    for (std::size_t head = 0; head < m_order.size(); ++head) {
      const std::size_t v = static_cast<std::size_t>(m_order[head]);
      forPipes(v, [&](const Pipe& p) {
        if (static_cast<std::size_t>(p.from) == v && --pending[static_cast<std::size_t>(p.to)] == 0)
          m_order.push_back(p.to);
      });
    }
    if (m_order.size() != m_nn) throw std::logic_error("the flow directions contain a cycle");
  }

  /// Sizes: by the pipe length drained (split evenly where two pipes leave a manhole), never smaller than a pipe
  /// flowing in.
  void sizes() {
    std::vector<double> inflow(m_nn, 0.0);
    std::vector<std::int32_t> maxIn(m_nn, 0);
    m_maxAt.assign(m_nn, 0);
    for (std::int32_t v : m_order) {
      const std::size_t sv = static_cast<std::size_t>(v);
      forPipes(sv, [&](Pipe& p) {
        if (p.from != v) return;
        p.upstream = p.length + inflow[sv] / m_out[sv];
        p.diameter = std::max(diameterFor(p.kind, p.upstream), maxIn[sv]);
        p.material = materialFor(p);
        const std::size_t st = static_cast<std::size_t>(p.to);
        inflow[st] += p.upstream;
        maxIn[st] = std::max(maxIn[st], p.diameter);
        m_maxAt[sv] = std::max(m_maxAt[sv], p.diameter);
        m_maxAt[st] = std::max(m_maxAt[st], p.diameter);
      });
    }
  }

  /// Inverts (integer millimetres): at least the minimum depth (cover over the largest pipe), and below every
  /// pipe flowing in by that pipe's fall. Upstream ends start a little deeper at random.
  void inverts() {
    std::vector<std::int32_t> limit(m_nn, std::numeric_limits<std::int32_t>::max());
    m_binding.assign(m_nn, -1);
    for (std::int32_t v : m_order) {
      const std::size_t sv = static_cast<std::size_t>(v);
      Node& node = m_net.nodes[sv];
      std::int32_t minDepth = std::max(1200, 1000 + m_maxAt[sv]);
      if (m_in[sv] == 0) minDepth += static_cast<std::int32_t>(m_rng.range(50, 300));
      node.invertMm = std::min(node.groundMm - minDepth, limit[sv]);
      forPipes(sv, [&](const Pipe& p) {
        if (p.from != v) return;
        const double slope = minSlope(p.diameter, p.material) * (1.0 + 0.35 * p.slopeDraw);
        const auto fall = static_cast<std::int32_t>(std::ceil(slope * p.length * 1000.0));
        const std::size_t st = static_cast<std::size_t>(p.to);
        if (node.invertMm - std::max(fall, 1) < limit[st]) {
          limit[st] = node.invertMm - std::max(fall, 1);
          m_binding[st] = v;
        }
      });
    }
  }

  Network& m_net;
  Rng& m_rng;
  std::size_t m_nn;
  std::vector<std::int32_t> m_first, m_adj, m_byGround, m_out, m_in, m_order, m_maxAt, m_binding;
};

}  // namespace

void solveHydraulics(Network& net, Rng& rng, HydraulicsStats& stats) {
  Solver solver(net, rng);
  constexpr std::int32_t kMaxDepthMm = 4000;
  for (int attempt = 0;; ++attempt) {
    const auto [deepest, depth] = solver.solve(stats);
    if (depth <= kMaxDepthMm) break;
    // no gravity route within 4 m: a pump station where the route gets deep, and the flow solved again
    if (attempt >= 1000) throw std::logic_error("cannot keep the sewers within 4 m depth");
    net.nodes[solver.pumpSite(deepest, 3500)].sink = true;
    ++stats.pumpStations;
  }
  solver.collect(stats);
}

}  // namespace pwgen
