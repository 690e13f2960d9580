#include "plan/area_analysis.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "geom/spatialite_blob.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "network/graph.h"
#include "plan/area_geometry.h"
#include "store/project.h"

namespace pw {
namespace {

/// Rows of `table` whose spatial-index box meets `box` (SpatiaLite's R-tree idx_<table>_geom).
std::string inBox(const std::string& table) {
  return "SELECT pkid FROM idx_" + table + "_geom WHERE xmin <= ?3 AND xmax >= ?1 AND ymin <= ?4 AND ymax >= ?2";
}

void bindBox(sql::Statement& st, const Box& b) { st.bind(1, b.minX).bind(2, b.minY).bind(3, b.maxX).bind(4, b.maxY); }

}  // namespace

int AreaAnalysis::combinedPipes() const {
  return static_cast<int>(
      std::count_if(pipes.begin(), pipes.end(), [](const AreaPipe& p) { return p.drainage == "combined"; }));
}

double AreaAnalysis::combinedLengthM() const {
  double sum = 0;
  for (const auto& p : pipes) sum += p.drainage == "combined" ? p.lengthM : 0;
  return sum;
}

double AreaAnalysis::lengthM() const {
  double sum = 0;
  for (const auto& p : pipes) sum += p.lengthM;
  return sum;
}

int AreaAnalysis::openMisconnections() const {
  return static_cast<int>(std::count_if(misconnections.begin(), misconnections.end(),
                                        [](const AreaMisconnection& m) { return !m.closed; }));
}

double AreaAnalysis::openFlowM3d() const {
  double sum = 0;
  for (const auto& m : misconnections) sum += m.closed ? 0 : m.flowM3d.value_or(0);
  return sum;
}

int AreaAnalysis::highestOpenGrade() const {
  int g = 0;
  for (const auto& m : misconnections) g = m.closed ? g : std::max(g, m.grade);
  return g;
}

bool FindingClosure::closedByOrder(const std::string& entity, std::int64_t id) {
  auto st = m_project.db().prepare(
      "SELECT 1 FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.entity = ? AND i.entity_id = ? AND "
      "o.state = 'closed' LIMIT 1");
  st.bind(1, entity).bind(2, id);
  return st.step();
}

bool FindingClosure::misconnectionClosed(std::int64_t id, const std::string& status) {
  const auto& ok = m_rules.resolvedMisconnectionStatuses;
  if (status == "false_alarm" || std::find(ok.begin(), ok.end(), status) != ok.end()) return true;
  return closedByOrder("misconnection", id);
}

bool FindingClosure::closed(const std::string& entity, std::int64_t id) {
  if (entity == "misconnection") {
    auto st = m_project.db().prepare("SELECT status FROM misconnections WHERE id = ?");
    st.bind(1, id);
    return !st.step() || misconnectionClosed(id, st.text(0));
  }
  auto st = m_project.db().prepare("SELECT 1 FROM defects WHERE id = ?");
  st.bind(1, id);
  return !st.step() || closedByOrder(entity, id);
}

AreaAnalyzer::AreaAnalyzer(Project& project, const ProjectCatalogues& catalogues)
    : m_project(project), m_catalogues(catalogues), m_rules(loadOrderRules(project)) {}

AreaAnalyzer::~AreaAnalyzer() = default;

const NetworkGraph& AreaAnalyzer::graph() {
  if (!m_graph) m_graph = std::make_unique<NetworkGraph>(NetworkGraph::load(m_project.db()));
  return *m_graph;
}

AreaAnalysis AreaAnalyzer::analyse(const Community& community, bool trace) {
  auto& db = m_project.db();
  AreaAnalysis a;
  a.community = community;
  const AreaShape shape(community.polygons);
  const Box& box = shape.box();

  std::unordered_set<std::int64_t> pipeIds;
  {
    auto st =
        db.prepare("SELECT id, code, coalesce(drainage, ''), diameter_mm, length_m, geom FROM pipes WHERE id IN (" +
                   inBox("pipes") + ") ORDER BY code");
    bindBox(st, box);
    std::vector<double> xy;
    while (st.step()) {
      if (st.isNull(5) || !blob::decodeLineString(st.blob(5), xy) || !shape.holdsLine(xy)) continue;
      a.pipes.push_back({st.int64(0), st.text(1), st.text(2), st.optReal(3), st.real(4)});
      pipeIds.insert(st.int64(0));
    }
  }
  std::unordered_set<std::int64_t> manholeIds;
  {
    auto st = db.prepare("SELECT id, code, coalesce(drainage, ''), geom FROM manholes WHERE id IN (" +
                         inBox("manholes") + ") ORDER BY code");
    bindBox(st, box);
    auto touching = db.prepare(
        "SELECT DISTINCT coalesce(drainage, '') FROM pipes WHERE from_manhole_id = ?1 UNION "
        "SELECT DISTINCT coalesce(drainage, '') FROM pipes WHERE to_manhole_id = ?1");
    while (st.step()) {
      const auto p = st.isNull(3) ? std::nullopt : blob::decodePoint(st.blob(3));
      if (!p || !shape.containsPoint(p->x, p->y)) continue;
      manholeIds.insert(st.int64(0));
      std::set<std::string> systems;
      touching.reset();
      touching.bind(1, st.int64(0));
      while (touching.step()) {
        if (!touching.text(0).empty()) systems.insert(touching.text(0));
      }
      if (st.text(2) == "combined" || systems.size() > 1) {
        a.mixedManholes.push_back({st.int64(0), st.text(1), st.text(2), {systems.begin(), systems.end()}});
      }
    }
  }
  {
    FindingClosure closure(m_project, m_rules);
    auto st = db.prepare(
        "SELECT m.id, m.pipe_id, m.manhole_id, coalesce(m.geom, h.geom), m.kind, m.status, m.inflow_diameter_mm, "
        "m.flow_m3d, m.nh3n_mg_l, m.cod_mg_l FROM misconnections m LEFT JOIN manholes h ON h.id = m.manhole_id ORDER "
        "BY m.id");
    while (st.step()) {
      bool inside = (!st.isNull(1) && pipeIds.count(st.int64(1))) || (!st.isNull(2) && manholeIds.count(st.int64(2)));
      if (!inside && !st.isNull(3)) {
        const auto p = blob::decodePoint(st.blob(3));
        inside = p && shape.containsPoint(p->x, p->y);
      }
      if (!inside) continue;
      AreaMisconnection m;
      m.id = st.int64(0);
      m.kind = st.text(4);
      m.status = st.text(5);
      m.grade =
          gradeMisconnection(m_catalogues.misconnections, {st.optReal(6), st.optReal(7), st.optReal(8), st.optReal(9)})
              .level;
      m.flowM3d = st.optReal(7);
      m.closed = closure.misconnectionClosed(m.id, m.status);
      a.misconnections.push_back(std::move(m));
    }
  }
  {
    auto st = db.prepare(
        "SELECT d.id FROM defects d WHERE d.inspection_id = (SELECT id FROM inspections WHERE pipe_id = ? "
        "ORDER BY inspected_on DESC, id DESC LIMIT 1) ORDER BY d.id");
    for (const auto& p : a.pipes) {
      st.reset();
      st.bind(1, p.id);
      while (st.step()) a.defects.push_back(st.int64(0));
    }
  }
  {
    std::set<std::int64_t> seen;
    auto st = db.prepare(
        "SELECT o.id, o.number, o.state, o.kind FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.entity = "
        "? "
        "AND i.entity_id = ? AND o.state NOT IN ('closed', 'cancelled')");
    auto collect = [&](const char* entity, std::int64_t id) {
      st.reset();
      st.bind(1, entity).bind(2, id);
      while (st.step()) {
        if (seen.insert(st.int64(0)).second) a.openOrders.push_back({st.int64(0), st.text(1), st.text(2), st.text(3)});
      }
    };
    for (const auto& m : a.misconnections) collect("misconnection", m.id);
    for (const auto id : a.defects) collect("defect", id);
    std::sort(a.openOrders.begin(), a.openOrders.end(),
              [](const AreaOrder& x, const AreaOrder& y) { return x.number < y.number; });
  }
  if (trace && !a.pipes.empty()) {
    const NetworkGraph& g = graph();
    std::unordered_set<std::int64_t> reached;
    std::set<std::int64_t> ends;
    for (const auto& p : a.pipes) {
      if (reached.count(p.id)) continue;  // downstream of a pipe traced before: its ends are already known
      const auto t = g.traceFromPipe(p.id, NetworkGraph::Direction::Down);
      reached.insert(t.pipes.begin(), t.pipes.end());
      ends.insert(t.ends.begin(), t.ends.end());
    }
    auto end = db.prepare(
        "SELECT h.code, coalesce(h.kind, ''), coalesce(d.name, '') FROM manholes h LEFT JOIN districts d ON d.id = "
        "h.district_id "
        "WHERE h.id = ?");
    auto arriving = db.prepare("SELECT DISTINCT coalesce(drainage, '') FROM pipes WHERE to_manhole_id = ? ORDER BY 1");
    for (const auto id : ends) {
      end.reset();
      end.bind(1, id);
      if (!end.step()) continue;
      NetworkEnd e{id, end.text(0), end.text(1), end.text(2), {}};
      arriving.reset();
      arriving.bind(1, id);
      while (arriving.step()) e.arriving.push_back(arriving.text(0));
      a.ends.push_back(std::move(e));
    }
    std::sort(a.ends.begin(), a.ends.end(), [](const NetworkEnd& x, const NetworkEnd& y) { return x.code < y.code; });
  }
  return a;
}

}  // namespace pw
