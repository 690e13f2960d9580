#pragma once
// What lies along a traced stretch of network: the defects of the latest inspection of each traced pipe and the
// misconnection points on its pipes and manholes. The CLI's `trace` and the desktop's trace panel both show this.
#include <cstdint>
#include <string>
#include <vector>

#include "inspect/findings.h"
#include "network/graph.h"

namespace pw {

class Project;

struct TracedDefect {
  std::int64_t pipeId = 0;
  std::string pipeCode;
  DefectRecord defect;
};

struct TracedMisconnection {
  MisconnectionRecord record;
  std::string at;  ///< the code of the manhole or pipe it is recorded on
};

struct TraceReport {
  NetworkGraph::Trace trace;
  std::vector<std::string> endCodes;  ///< manhole codes where the trace stops
  std::vector<TracedDefect> defects;
  std::vector<TracedMisconnection> misconnections;
};

/// The findings along `trace` (in the order the pipes were reached).
TraceReport reportTrace(Project& project, FindingsStore& store, const NetworkGraph& graph, NetworkGraph::Trace trace);

/// Traces from a pipe, refusing (BadInput naming the pipe) one not linked to manholes at both ends.
NetworkGraph::Trace traceFromPipeChecked(Project& project, const NetworkGraph& graph, std::int64_t pipeId,
                                         NetworkGraph::Direction direction);

}  // namespace pw
