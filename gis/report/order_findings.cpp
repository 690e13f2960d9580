#include "report/order_findings.h"

#include "core/error.h"
#include "inspect/project_catalogues.h"
#include "store/project.h"

namespace pw {
namespace {

// The linked findings with what labels them; `filter` restricts the orders (bound to ?1 when it has one).
constexpr const char* kDefects =
    "SELECT oi.order_id, oi.entity_id, d.id IS NOT NULL, coalesce(p.code, ''), coalesce(d.code, ''), "
    "coalesce(d.grade, 0), coalesce(d.distance_m, 0), coalesce(p.road, '') FROM order_items oi "
    "JOIN orders o ON o.id = oi.order_id LEFT JOIN defects d ON d.id = oi.entity_id "
    "LEFT JOIN inspections i ON i.id = d.inspection_id LEFT JOIN pipes p ON p.id = i.pipe_id "
    "WHERE oi.entity = 'defect'";
constexpr const char* kPoints =
    "SELECT oi.order_id, oi.entity_id, m.id IS NOT NULL, coalesce(m.kind, ''), coalesce(mh.code, p.code, ''), "
    "coalesce(mh.road, p.road, '') FROM order_items oi JOIN orders o ON o.id = oi.order_id "
    "LEFT JOIN misconnections m ON m.id = oi.entity_id LEFT JOIN manholes mh ON mh.id = m.manhole_id "
    "LEFT JOIN pipes p ON p.id = m.pipe_id WHERE oi.entity = 'misconnection'";
constexpr const char* kOrder = " ORDER BY oi.order_id, oi.entity_id";

void add(OrderFindingsText& t, const std::string& label, const std::string& road) {
  if (!t.findings.empty()) t.findings += "; ";
  t.findings += label;
  if (t.road.empty()) t.road = road;
  ++t.count;
}

class Collector {
public:
  Collector(Project& project, const ProjectCatalogues& catalogues, const Translate& tr, const std::string& filter)
      : m_catalogues(catalogues),
        m_tr(tr),
        m_defects(project.db().prepare(kDefects + filter + kOrder)),
        m_points(project.db().prepare(kPoints + filter + kOrder)) {}

  /// Runs both queries with ?1 bound to `value` (when given) and adds what they find.
  void run(std::optional<std::int64_t> value, std::unordered_map<std::int64_t, OrderFindingsText>& out) {
    m_defects.reset();
    if (value) m_defects.bind(1, *value);
    while (m_defects.step()) {
      auto& t = out[m_defects.int64(0)];
      if (m_defects.int64(2) == 0) {
        add(t, reportText(m_tr, PW_TR("defect %1 (deleted)"), {std::to_string(m_defects.int64(1))}), {});
        continue;
      }
      add(t,
          m_defects.text(3) + " " + m_defects.text(4) + std::to_string(m_defects.int64(5)) + " @ " +
              formatNumber(m_defects.real(6), 1) + " m",
          m_defects.text(7));
    }
    m_points.reset();
    if (value) m_points.bind(1, *value);
    while (m_points.step()) {
      auto& t = out[m_points.int64(0)];
      const std::string id = std::to_string(m_points.int64(1));
      if (m_points.int64(2) == 0) {
        add(t, reportText(m_tr, PW_TR("misconnection %1 (deleted)"), {id}), {});
        continue;
      }
      const auto* type = MisconnectionCatalogue::find(m_catalogues.misconnections.types(), m_points.text(3));
      std::string label = "#" + id + " " + (type ? type->name : m_points.text(3));
      if (!m_points.text(4).empty()) label += " (" + m_points.text(4) + ")";
      add(t, label, m_points.text(5));
    }
  }

private:
  const ProjectCatalogues& m_catalogues;
  const Translate& m_tr;
  sql::Statement m_defects;
  sql::Statement m_points;
};

}  // namespace

std::unordered_map<std::int64_t, OrderFindingsText> orderFindingsText(Project& project,
                                                                      const ProjectCatalogues& catalogues,
                                                                      std::optional<std::int64_t> districtId,
                                                                      const Translate& tr) {
  std::unordered_map<std::int64_t, OrderFindingsText> out;
  Collector c(project, catalogues, tr, districtId ? " AND o.district_id = ?1" : "");
  c.run(districtId, out);
  return out;
}

std::unordered_map<std::int64_t, OrderFindingsText> orderFindingsText(Project& project,
                                                                      const ProjectCatalogues& catalogues,
                                                                      const std::vector<std::int64_t>& orderIds,
                                                                      const Translate& tr) {
  std::unordered_map<std::int64_t, OrderFindingsText> out;
  Collector c(project, catalogues, tr, " AND oi.order_id = ?1");
  for (const auto id : orderIds) c.run(id, out);
  return out;
}

}  // namespace pw
