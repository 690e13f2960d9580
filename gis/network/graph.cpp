#include "network/graph.h"

#include <algorithm>
#include <deque>

#include "store/project.h"
#include "store/sqlite.h"

namespace pw {
namespace {

void buildCsr(std::size_t nodes, const std::vector<std::pair<std::int32_t, std::uint32_t>>& pairs,
              std::vector<std::uint32_t>& start, std::vector<std::uint32_t>& items) {
  start.assign(nodes + 1, 0);
  for (const auto& [node, edge] : pairs) ++start[static_cast<std::size_t>(node) + 1];
  for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
  items.resize(pairs.size());
  std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
  for (const auto& [node, edge] : pairs) items[fill[static_cast<std::size_t>(node)]++] = edge;
}

}  // namespace

std::uint8_t drainageIndex(const std::string& key) {
  if (key == "rain") return 0;
  if (key == "sewage") return 1;
  if (key == "combined") return 2;
  return 3;
}

NetworkGraph NetworkGraph::load(Project& project) { return load(project.db()); }

NetworkGraph NetworkGraph::load(sql::Database& db) {
  NetworkGraph g;
  auto node = [&](std::int64_t manholeId) {
    auto [it, inserted] = g.m_nodeOf.emplace(manholeId, static_cast<std::int32_t>(g.m_manholeIds.size()));
    if (inserted) g.m_manholeIds.push_back(manholeId);
    return it->second;
  };
  auto st = db.prepare(
      "SELECT id, from_manhole_id, to_manhole_id, coalesce(drainage, ''), length_m FROM pipes "
      "WHERE from_manhole_id IS NOT NULL AND to_manhole_id IS NOT NULL ORDER BY id");
  while (st.step()) {
    g.m_edgeOfPipe.emplace(st.int64(0), g.m_edges.size());
    g.m_edges.push_back({st.int64(0), node(st.int64(1)), node(st.int64(2)), drainageIndex(st.text(3)), st.real(4)});
  }
  std::vector<std::pair<std::int32_t, std::uint32_t>> out, in;
  out.reserve(g.m_edges.size());
  in.reserve(g.m_edges.size());
  for (std::uint32_t e = 0; e < g.m_edges.size(); ++e) {
    out.emplace_back(g.m_edges[e].from, e);
    in.emplace_back(g.m_edges[e].to, e);
  }
  buildCsr(g.m_manholeIds.size(), out, g.m_outStart, g.m_outEdges);
  buildCsr(g.m_manholeIds.size(), in, g.m_inStart, g.m_inEdges);
  return g;
}

const NetworkGraph::Edge* NetworkGraph::edgeOfPipe(std::int64_t pipeId) const {
  const auto it = m_edgeOfPipe.find(pipeId);
  return it == m_edgeOfPipe.end() ? nullptr : &m_edges[it->second];
}

std::optional<std::int32_t> NetworkGraph::nodeOfManhole(std::int64_t manholeId) const {
  const auto it = m_nodeOf.find(manholeId);
  if (it == m_nodeOf.end()) return std::nullopt;
  return it->second;
}

NetworkGraph::Trace NetworkGraph::walk(std::vector<std::int32_t> startNodes, std::vector<std::size_t> startEdges,
                                       Direction direction, std::optional<std::uint8_t> onlyDrainage) const {
  Trace t;
  std::vector<bool> seenEdge(m_edges.size(), false);
  std::vector<bool> queued(m_manholeIds.size(), false);  // a manhole is queued once; reaching it again is a loop
  std::deque<std::int32_t> queue;
  auto enqueue = [&](std::int32_t n) {
    if (queued[static_cast<std::size_t>(n)]) {
      t.loop = true;
      return;
    }
    queued[static_cast<std::size_t>(n)] = true;
    queue.push_back(n);
  };
  for (const std::size_t e : startEdges) {
    seenEdge[e] = true;
    t.pipes.push_back(m_edges[e].pipeId);
    t.length += m_edges[e].length;
    // The start pipe's other end counts as seen, so that flow coming back to it shows as a loop.
    queued[static_cast<std::size_t>(direction == Direction::Down ? m_edges[e].from : m_edges[e].to)] = true;
    enqueue(direction == Direction::Down ? m_edges[e].to : m_edges[e].from);
  }
  for (const std::int32_t n : startNodes) enqueue(n);
  const auto& start = direction == Direction::Down ? m_outStart : m_inStart;
  const auto& items = direction == Direction::Down ? m_outEdges : m_inEdges;
  while (!queue.empty()) {
    const std::int32_t n = queue.front();
    queue.pop_front();
    bool further = false;
    for (std::uint32_t k = start[static_cast<std::size_t>(n)]; k < start[static_cast<std::size_t>(n) + 1]; ++k) {
      const std::uint32_t e = items[k];
      if (onlyDrainage && m_edges[e].drainage != *onlyDrainage) continue;
      further = true;
      if (seenEdge[e]) continue;
      seenEdge[e] = true;
      t.pipes.push_back(m_edges[e].pipeId);
      t.length += m_edges[e].length;
      enqueue(direction == Direction::Down ? m_edges[e].to : m_edges[e].from);
    }
    if (!further) t.ends.push_back(m_manholeIds[static_cast<std::size_t>(n)]);
  }
  return t;
}

NetworkGraph::Trace NetworkGraph::traceFromPipe(std::int64_t pipeId, Direction direction,
                                                std::optional<std::uint8_t> onlyDrainage) const {
  const auto it = m_edgeOfPipe.find(pipeId);
  if (it == m_edgeOfPipe.end()) return {};
  return walk({}, {it->second}, direction, onlyDrainage);
}

NetworkGraph::Trace NetworkGraph::traceFromManhole(std::int64_t manholeId, Direction direction,
                                                   std::optional<std::uint8_t> onlyDrainage) const {
  const auto node = nodeOfManhole(manholeId);
  if (!node) return {};
  return walk({*node}, {}, direction, onlyDrainage);
}

std::vector<std::int64_t> NetworkGraph::outfalls(std::uint8_t drainage) const {
  std::vector<std::int64_t> out;
  for (std::size_t n = 0; n < m_manholeIds.size(); ++n) {
    bool arrives = false;
    bool leaves = false;
    for (std::uint32_t k = m_inStart[n]; k < m_inStart[n + 1]; ++k)
      arrives = arrives || m_edges[m_inEdges[k]].drainage == drainage;
    for (std::uint32_t k = m_outStart[n]; k < m_outStart[n + 1]; ++k)
      leaves = leaves || m_edges[m_outEdges[k]].drainage == drainage;
    if (arrives && !leaves) out.push_back(m_manholeIds[n]);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace pw
