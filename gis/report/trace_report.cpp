#include "report/trace_report.h"

#include <unordered_set>

#include "core/error.h"
#include "store/project.h"

namespace pw {
namespace {

std::string codeOf(Project& project, const char* table, std::int64_t id) {
  auto st = project.db().prepare(std::string("SELECT code FROM ") + table + " WHERE id = ?");
  st.bind(1, id);
  return st.step() ? st.text(0) : std::to_string(id);
}

}  // namespace

TraceReport reportTrace(Project& project, FindingsStore& store, const NetworkGraph& graph, NetworkGraph::Trace trace) {
  TraceReport report;
  for (const auto id : trace.ends) report.endCodes.push_back(codeOf(project, "manholes", id));
  const std::unordered_set<std::int64_t> pipes(trace.pipes.begin(), trace.pipes.end());
  std::unordered_set<std::int64_t> manholes;
  for (const auto id : trace.pipes) {
    const auto* e = graph.edgeOfPipe(id);
    if (!e) continue;
    manholes.insert(graph.manholeId(e->from));
    manholes.insert(graph.manholeId(e->to));
    const auto inspections = store.inspectionsOfPipe(id);  // latest first
    if (inspections.empty()) continue;
    const auto code = codeOf(project, "pipes", id);
    for (auto& d : store.defectsOfInspection(inspections.front().id))
      report.defects.push_back({id, code, std::move(d)});
  }
  for (auto& m : store.misconnections()) {
    const bool onPipe = m.pipeId && pipes.count(*m.pipeId);
    const bool atManhole = m.manholeId && manholes.count(*m.manholeId);
    if (!onPipe && !atManhole) continue;
    auto at = m.manholeId ? codeOf(project, "manholes", *m.manholeId) : codeOf(project, "pipes", *m.pipeId);
    report.misconnections.push_back({std::move(m), std::move(at)});
  }
  report.trace = std::move(trace);
  return report;
}

NetworkGraph::Trace traceFromPipeChecked(Project& project, const NetworkGraph& graph, std::int64_t pipeId,
                                         NetworkGraph::Direction direction) {
  if (!graph.edgeOfPipe(pipeId)) {
    throwBadInput(PW_TR("Pipe %1 is not linked to manholes at both ends, so the flow cannot be followed from it"),
                  {codeOf(project, "pipes", pipeId)});
  }
  return graph.traceFromPipe(pipeId, direction);
}

}  // namespace pw
