// The registers (ledgers.h), each one query over the records with the district, pipe and order joined in.
#include "report/ledgers.h"

#include <cstdio>

#include "geom/spatialite_blob.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "orders/workflow.h"
#include "report/district_report.h"
#include "report/order_findings.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw {
namespace {

std::optional<double> optReal(sql::Statement& st, int i) {
  return st.isNull(i) ? std::nullopt : std::optional(st.real(i));
}

std::optional<Point> optPoint(sql::Statement& st, int i) {
  return st.isNull(i) ? std::nullopt : blob::decodePoint(st.blob(i));
}

std::string clockText(sql::Statement& st, int from, int to) {
  if (st.isNull(from)) return {};
  char buffer[8];
  if (st.isNull(to)) {
    std::snprintf(buffer, sizeof buffer, "%02d", static_cast<int>(st.int64(from)));
  } else {
    std::snprintf(buffer, sizeof buffer, "%02d%02d", static_cast<int>(st.int64(from)), static_cast<int>(st.int64(to)));
  }
  return buffer;
}

/// The number and state of the last order raised from a finding, as two columns.
std::string lastOrderColumns(const char* entity, const char* idColumn) {
  const std::string from = std::string(" FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE oi.entity = '") +
                           entity + "' AND oi.entity_id = " + idColumn + " ORDER BY o.id DESC LIMIT 1)";
  return "(SELECT o.number" + from + ", (SELECT o.state" + from;
}

std::string districtFilter(const char* column, std::optional<std::int64_t> districtId) {
  return districtId ? std::string(" WHERE ") + column + " = ?1" : std::string();
}

}  // namespace

std::vector<OrderLedgerRow> orderLedger(Project& project, const ProjectCatalogues& catalogues,
                                        std::optional<std::int64_t> districtId, const Translate& tr) {
  const std::string today = todayIso(project);
  const auto findings = orderFindingsText(project, catalogues, districtId, tr);
  auto st = project.db().prepare(
      "SELECT o.id, o.number, coalesce(d.name, ''), o.kind, o.priority, coalesce(o.assignee, ''), "
      "coalesce(o.issued_at, ''), coalesce(o.deadline, ''), o.state, coalesce(o.closed_at, ''), o.estimated_cost, "
      "o.actual_cost, coalesce(o.description, ''), o.geom FROM orders o LEFT JOIN districts d ON d.id = o.district_id "
      "WHERE o.state <> 'draft'" +
      std::string(districtId ? " AND o.district_id = ?1" : "") + " ORDER BY o.number");
  if (districtId) st.bind(1, *districtId);
  std::vector<OrderLedgerRow> out;
  while (st.step()) {
    OrderLedgerRow r;
    r.id = st.int64(0);
    r.number = st.text(1);
    r.district = st.text(2);
    r.kind = st.text(3);
    r.priority = st.text(4);
    r.assignee = st.text(5);
    r.issuedOn = localDateOf(project, st.text(6));
    r.deadline = st.text(7);
    r.state = st.text(8);
    r.closedOn = localDateOf(project, st.text(9));
    r.estimatedCost = optReal(st, 10);
    r.actualCost = optReal(st, 11);
    r.description = st.text(12);
    r.at = optPoint(st, 13);
    const auto state = orderStateFromKey(r.state);
    r.days = daysFrom(r.issuedOn, r.closedOn.empty() ? today : r.closedOn);
    r.overdue = state && isOverdue(*state, r.deadline, today);
    r.daysOverdue = r.overdue ? daysFrom(r.deadline, today) : 0;
    if (const auto f = findings.find(r.id); f != findings.end()) {
      r.findings = f->second.findings;
      r.location = f->second.road;
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<DefectRegisterRow> defectRegister(Project& project, const ProjectCatalogues& catalogues,
                                              std::optional<std::int64_t> districtId) {
  auto st = project.db().prepare(
      "SELECT d.id, coalesce(ds.name, ''), p.code, coalesce(p.road, ''), coalesce(p.drainage, ''), p.diameter_mm, "
      "d.code, d.grade, d.distance_m, d.length_m, d.clock_from, d.clock_to, i.inspected_on, i.method, "
      "coalesce(i.team, ''), coalesce(d.description, ''), "
      "i.id = (SELECT l.id FROM inspections l WHERE l.pipe_id = p.id ORDER BY l.inspected_on DESC, l.id DESC LIMIT "
      "1), " +
      lastOrderColumns("defect", "d.id") +
      " FROM defects d JOIN inspections i ON i.id = d.inspection_id JOIN pipes p ON p.id = i.pipe_id "
      "LEFT JOIN districts ds ON ds.id = p.district_id" +
      districtFilter("p.district_id", districtId) + " ORDER BY ds.code, p.code, i.inspected_on, d.distance_m, d.id");
  if (districtId) st.bind(1, *districtId);
  std::vector<DefectRegisterRow> out;
  while (st.step()) {
    DefectRegisterRow r;
    r.id = st.int64(0);
    r.district = st.text(1);
    r.pipe = st.text(2);
    r.road = st.text(3);
    r.drainage = st.text(4);
    r.diameterMm = optReal(st, 5);
    r.code = st.text(6);
    r.grade = static_cast<int>(st.int64(7));
    r.distanceM = st.real(8);
    r.lengthM = optReal(st, 9);
    r.clock = clockText(st, 10, 11);
    r.inspectedOn = st.text(12);
    r.method = st.text(13);
    r.team = st.text(14);
    r.description = st.text(15);
    r.latest = st.int64(16) != 0;
    r.order = st.isNull(17) ? std::string() : st.text(17);
    r.orderState = st.isNull(18) ? std::string() : st.text(18);
    if (const auto* type = catalogues.defects.type(r.code)) {
      r.name = type->name;
      r.defectClass = defectClassKey(type->cls);
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<MisconnectionRegisterRow> misconnectionRegister(Project& project, const ProjectCatalogues& catalogues,
                                                            std::optional<std::int64_t> districtId) {
  const auto& mc = catalogues.misconnections;
  auto st = project.db().prepare(
      "SELECT m.id, coalesce(ds.name, ''), coalesce(mh.code, p.code, ''), coalesce(mh.road, p.road, ''), m.geom, "
      "m.kind, coalesce(m.source_kind, ''), m.inflow_diameter_mm, m.flow_m3d, m.nh3n_mg_l, m.cod_mg_l, m.status, "
      "coalesce(m.sampled_on, ''), m.created_at, coalesce(m.description, ''), " +
      lastOrderColumns("misconnection", "m.id") +
      " FROM misconnections m LEFT JOIN districts ds ON ds.id = m.district_id "
      "LEFT JOIN manholes mh ON mh.id = m.manhole_id LEFT JOIN pipes p ON p.id = m.pipe_id" +
      districtFilter("m.district_id", districtId) + " ORDER BY ds.code, m.id");
  if (districtId) st.bind(1, *districtId);
  auto nameOf = [](const std::vector<KeyName>& list, const std::string& key) {
    const auto* k = MisconnectionCatalogue::find(list, key);
    return k ? k->name : key;
  };
  std::vector<MisconnectionRegisterRow> out;
  while (st.step()) {
    MisconnectionRegisterRow r;
    r.id = st.int64(0);
    r.district = st.text(1);
    r.place = st.text(2);
    r.road = st.text(3);
    r.at = optPoint(st, 4);
    r.type = nameOf(mc.types(), st.text(5));
    r.source = st.text(6).empty() ? std::string() : nameOf(mc.sourceKinds(), st.text(6));
    r.inflowDiameterMm = optReal(st, 7);
    r.flowM3d = optReal(st, 8);
    r.nh3nMgL = optReal(st, 9);
    r.codMgL = optReal(st, 10);
    r.status = nameOf(mc.statuses(), st.text(11));
    r.sampledOn = st.text(12);
    r.recordedOn = localDateOf(project, st.text(13));
    r.description = st.text(14);
    r.order = st.isNull(15) ? std::string() : st.text(15);
    r.orderState = st.isNull(16) ? std::string() : st.text(16);
    r.degree = gradeMisconnection(mc, {r.inflowDiameterMm, r.flowM3d, r.nh3nMgL, r.codMgL}).level;
    if (const auto* level = mc.level(r.degree)) r.degreeName = level->name;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace pw
