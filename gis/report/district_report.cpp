// District report and city summary content (district_report.h): the KPIs of all districts once, the overdue orders
// from the KPI's own drill-down with their state on the reference day, and the network facts per district from the
// covering index on pipes (district, drainage, length).
#include "report/district_report.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include "core/error.h"
#include "geom/spatialite_blob.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "orders/workflow.h"
#include "report/order_findings.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw {
namespace {

constexpr std::size_t kAll = static_cast<std::size_t>(-1);

std::string projectNameOf(const Project& project) { return std::filesystem::path(project.path()).stem().string(); }

std::size_t drainageSlot(const std::string& key) {
  if (key == "rain") return 0;
  if (key == "sewage") return 1;
  if (key == "combined") return 2;
  return 3;
}

/// Network facts by district id (one district, or all).
std::unordered_map<std::int64_t, NetworkFacts> networkFacts(sql::Database& db, std::optional<std::int64_t> district) {
  std::unordered_map<std::int64_t, NetworkFacts> out;
  const std::string where = district ? "district_id = ?1" : "district_id IS NOT NULL";
  auto pipes = db.prepare("SELECT district_id, coalesce(drainage, ''), count(*), total(length_m) FROM pipes WHERE " +
                          where + " GROUP BY district_id, drainage");
  if (district) pipes.bind(1, *district);
  while (pipes.step()) {
    auto& n = out[pipes.int64(0)];
    const double km = pipes.real(3) / 1000;
    n.pipes += pipes.int64(2);
    n.lengthKm += km;
    n.lengthKmByDrainage[drainageSlot(pipes.text(1))] += km;
  }
  auto manholes = db.prepare("SELECT district_id, count(*) FROM manholes WHERE " + where + " GROUP BY district_id");
  if (district) manholes.bind(1, *district);
  while (manholes.step()) out[manholes.int64(0)].manholes = manholes.int64(1);
  return out;
}

/// The open states, the keys ordersBehind takes after "open:".
std::vector<std::string> openStates() {
  std::vector<std::string> out;
  for (const auto s : allOrderStates()) {
    if (s != OrderState::Draft && isOpenState(s)) out.emplace_back(orderStateKey(s));
  }
  return out;
}

/// The orders overdue on the reference day (of a district or the city), with their state that day, most overdue first.
std::vector<OverdueOrder> overdueOrders(Project& project, const ProjectCatalogues& catalogues, const Period& period,
                                        const std::string& referenceDay, std::optional<std::int64_t> district,
                                        std::size_t limit, const Translate& tr) {
  const auto ids = ordersBehind(project, period, district, "overdue");
  if (ids.empty()) return {};
  const std::unordered_set<std::int64_t> wanted(ids.begin(), ids.end());
  std::unordered_map<std::int64_t, std::string> stateOnRef;
  for (const auto& state : openStates()) {
    for (const auto id : ordersBehind(project, period, district, "open:" + state)) {
      if (wanted.count(id)) stateOnRef[id] = state;
    }
  }
  auto& db = project.db();
  auto st = db.prepare(
      "SELECT o.id, o.number, coalesce(d.name, ''), o.kind, o.priority, coalesce(o.assignee, ''), "
      "coalesce(o.issued_at, ''), coalesce(o.deadline, '') FROM orders o LEFT JOIN districts d ON d.id = "
      "o.district_id" +
      std::string(district ? " WHERE o.district_id = ?1" : ""));
  if (district) st.bind(1, *district);
  std::vector<OverdueOrder> out;
  out.reserve(ids.size());
  while (st.step()) {
    const auto id = st.int64(0);
    if (!wanted.count(id)) continue;
    OverdueOrder o;
    o.id = id;
    o.number = st.text(1);
    o.district = st.text(2);
    o.kind = st.text(3);
    o.priority = st.text(4);
    o.assignee = st.text(5);
    o.issuedOn = localDateOf(project, st.text(6));
    o.deadline = st.text(7);
    o.state = stateOnRef.count(id) ? stateOnRef[id] : std::string();
    o.daysOverdue = daysFrom(o.deadline, referenceDay);
    o.ageDays = daysFrom(o.issuedOn, referenceDay);
    out.push_back(std::move(o));
  }
  std::sort(out.begin(), out.end(), [](const OverdueOrder& a, const OverdueOrder& b) {
    return a.daysOverdue != b.daysOverdue ? a.daysOverdue > b.daysOverdue : a.number < b.number;
  });
  if (out.size() > limit) out.resize(limit);
  std::vector<std::int64_t> listed;
  for (const auto& o : out) listed.push_back(o.id);
  const auto findings = orderFindingsText(project, catalogues, listed, tr);
  for (auto& o : out) {
    if (const auto f = findings.find(o.id); f != findings.end()) {
      o.findings = f->second.findings;
      o.location = f->second.road;
    }
  }
  return out;
}

std::optional<double> count(std::int64_t n) { return static_cast<double>(n); }

std::string fraction(std::int64_t part, std::int64_t whole) {
  return whole > 0 ? std::to_string(part) + "/" + std::to_string(whole) : std::string();
}

std::int64_t openTotal(const DistrictKpi& k) {
  std::int64_t n = 0;
  for (const auto& [state, c] : k.openByState) n += c;
  return n;
}

}  // namespace

std::vector<KpiLine> DistrictReport::kpiLines() const { return pw::kpiLines(kpi, city); }

std::vector<KpiLine> kpiLines(const DistrictKpi& d, const DistrictKpi& c) {
  using U = KpiLine::Unit;
  auto line = [](const char* label, U unit, std::optional<double> v, std::string detail, std::optional<double> cv,
                 std::string cityDetail) {
    return KpiLine{label, unit, v, std::move(detail), cv, std::move(cityDetail)};
  };
  const std::int64_t dueOnTimeBase = d.closedOfDue + d.lateOpen, cityOnTimeBase = c.closedOfDue + c.lateOpen;
  return {
      line(PW_TR("Orders due in the period"), U::Count, count(d.due), {}, count(c.due), {}),
      line(PW_TR("Due and closed"), U::Count, count(d.closedOfDue), {}, count(c.closedOfDue), {}),
      line(PW_TR("Completion rate"), U::Rate, d.completionRate, fraction(d.closedOfDue, d.due), c.completionRate,
           fraction(c.closedOfDue, c.due)),
      line(PW_TR("On-time rate"), U::Rate, d.onTimeRate, fraction(d.closedOnTime, dueOnTimeBase), c.onTimeRate,
           fraction(c.closedOnTime, cityOnTimeBase)),
      line(PW_TR("Overdue orders (open)"), U::Count, count(d.overdue), {}, count(c.overdue), {}),
      line(PW_TR("Closed in the period"), U::Count, count(d.closedInPeriod), {}, count(c.closedInPeriod), {}),
      line(PW_TR("Average days to close"), U::Days, d.averageDaysToClose, {}, c.averageDaysToClose, {}),
      line(PW_TR("Return rate at acceptance"), U::Rate, d.returnRate, fraction(d.returns, d.submissions), c.returnRate,
           fraction(c.returns, c.submissions)),
      line(PW_TR("Open orders"), U::Count, count(openTotal(d)), {}, count(openTotal(c)), {}),
      line(PW_TR("Inspected length (km)"), U::Km, d.inspectedKm, {}, c.inspectedKm, {}),
      line(PW_TR("Misconnection points"), U::Count, count(d.misconnections), {}, count(c.misconnections), {}),
      line(PW_TR("Misconnections per km of separate sewer"), U::PerKm, d.misconnectionDensity, d.densityGrade,
           c.misconnectionDensity, c.densityGrade),
  };
}

DistrictReport buildDistrictReport(Project& project, const ProjectCatalogues& catalogues, const Period& period,
                                   std::int64_t districtId, const Translate& tr) {
  auto kpis = computeKpis(project, catalogues, period);  // all districts: the ranking is among them
  const auto it = std::find_if(kpis.districts.begin(), kpis.districts.end(),
                               [&](const DistrictKpi& k) { return k.districtId == districtId; });
  if (it == kpis.districts.end()) {
    throw Error(ErrorKind::NotFound, PW_TR("There is no district %1"), {std::to_string(districtId)},
                {.field = "district", .value = std::to_string(districtId)});
  }
  DistrictReport r;
  r.period = kpis.period;
  r.referenceDay = kpis.referenceDay;
  r.generatedOn = todayIso(project);
  r.projectName = projectNameOf(project);
  r.kpi = *it;
  r.city = kpis.city;
  r.ranking = std::move(kpis.districts);
  auto facts = networkFacts(project.db(), districtId);
  r.network = facts[districtId];
  r.overdue = overdueOrders(project, catalogues, period, r.referenceDay, districtId, kAll, tr);
  auto shape = project.db().prepare("SELECT geom FROM districts WHERE id = ? AND geom IS NOT NULL");
  shape.bind(1, districtId);
  if (shape.step()) {
    if (const auto box = blob::mbr(shape.blob(0))) r.extent = *box;
  }
  return r;
}

CityReport buildCityReport(Project& project, const ProjectCatalogues& catalogues, const Period& period,
                           std::size_t overdueLimit, const Translate& tr) {
  auto kpis = computeKpis(project, catalogues, period);
  CityReport r;
  r.period = kpis.period;
  r.referenceDay = kpis.referenceDay;
  r.generatedOn = todayIso(project);
  r.projectName = projectNameOf(project);
  r.city = kpis.city;
  r.ranking = std::move(kpis.districts);
  auto facts = networkFacts(project.db(), std::nullopt);
  for (const auto& k : r.ranking) {
    r.networks.push_back(facts[k.districtId]);
    const auto& n = r.networks.back();
    r.cityNetwork.pipes += n.pipes;
    r.cityNetwork.lengthKm += n.lengthKm;
    r.cityNetwork.manholes += n.manholes;
    for (std::size_t i = 0; i < 4; ++i) r.cityNetwork.lengthKmByDrainage[i] += n.lengthKmByDrainage[i];
  }
  r.overdueTotal = r.city.overdue;
  r.overdue = overdueOrders(project, catalogues, period, r.referenceDay, std::nullopt, overdueLimit, tr);
  return r;
}

}  // namespace pw
