#pragma once
// The pipe network as a directed graph: manholes are nodes, pipes are edges from their upstream manhole (from id)
// to their downstream one (to id). Tracing downstream follows the flow to the outfalls or the treatment plant;
// tracing upstream finds everything that drains into a point. Loops and dead ends are handled: each pipe is visited
// once, and a manhole with nothing further is an end of the trace.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace pw {

class Project;
namespace sql {
class Database;
}

class NetworkGraph {
public:
  /// Reads the pipes that have both ends linked to manholes.
  static NetworkGraph load(sql::Database& db);
  static NetworkGraph load(Project& project);

  struct Edge {
    std::int64_t pipeId;
    std::int32_t from;  ///< node index
    std::int32_t to;
    std::uint8_t drainage;  ///< 0 rain, 1 sewage, 2 combined, 3 unknown
    double length;
  };

  std::size_t nodeCount() const { return m_manholeIds.size(); }
  std::size_t edgeCount() const { return m_edges.size(); }
  const Edge* edgeOfPipe(std::int64_t pipeId) const;
  std::optional<std::int32_t> nodeOfManhole(std::int64_t manholeId) const;
  std::int64_t manholeId(std::int32_t node) const { return m_manholeIds[static_cast<std::size_t>(node)]; }

  struct Trace {
    std::vector<std::int64_t> pipes;  ///< in the order reached
    std::vector<std::int64_t> ends;   ///< manholes where the trace stops (outfalls downstream, heads upstream)
    double length = 0;
    bool loop = false;  ///< a manhole was reached two ways (a loop in the network)
  };
  enum class Direction { Down, Up };
  /// From a pipe (included) or a manhole. `onlyDrainage` keeps to one drainage class (rain catchments).
  Trace traceFromPipe(std::int64_t pipeId, Direction direction, std::optional<std::uint8_t> onlyDrainage = {}) const;
  Trace traceFromManhole(std::int64_t manholeId, Direction direction,
                         std::optional<std::uint8_t> onlyDrainage = {}) const;

  /// Manholes where pipes of a drainage class end without leaving again (outfalls of that system).
  std::vector<std::int64_t> outfalls(std::uint8_t drainage) const;

private:
  Trace walk(std::vector<std::int32_t> startNodes, std::vector<std::size_t> startEdges, Direction direction,
             std::optional<std::uint8_t> onlyDrainage) const;

  std::vector<std::int64_t> m_manholeIds;
  std::unordered_map<std::int64_t, std::int32_t> m_nodeOf;
  std::vector<Edge> m_edges;
  std::unordered_map<std::int64_t, std::size_t> m_edgeOfPipe;
  std::vector<std::uint32_t> m_outStart, m_outEdges;  ///< CSR: edges leaving node n are m_outEdges[m_outStart[n]..]
  std::vector<std::uint32_t> m_inStart, m_inEdges;
};

std::uint8_t drainageIndex(const std::string& key);

}  // namespace pw
