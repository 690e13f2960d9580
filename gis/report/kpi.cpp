// Rectification KPIs (kpi.h): the period, one pass over the orders that classifies each one into the numbers it counts
// in (the same classification answers the drill-down, so a list always has the length of its number), one pass over
// the submissions and returns of the period, and the network figures per district from indexed aggregates.
#include "report/kpi.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/clock.h"
#include "core/dates.h"
#include "core/error.h"
#include "core/timezone.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "orders/workflow.h"
#include "rules/project_time.h"
#include "store/districts.h"
#include "store/project.h"

namespace pw {
namespace {

// ---------------------------------------------------------------------------------------------------------------
// Orders: what each one counts in

/// The period's days as the queries use them: [from, to], the reference day, and the bounds for timestamps. Days are
/// the project's (its time zone); timestamps are UTC, so the bounds are the UTC instants those days begin.
struct Window {
  std::string from, to;
  std::string ref;       ///< the reference day: `to`, or today while the period runs
  std::string fromUtc;   ///< when the first day began: timestamps at or after it happened within the period
  std::string afterRef;  ///< when the day after the reference day began: timestamps before it happened by then
  std::shared_ptr<const TimeZone> zone;
};

Window windowOf(Project& project, const Period& period) {
  requireValidPeriod(period);
  Window w;
  w.from = period.from;
  w.to = period.to;
  w.ref = std::min(period.to, todayIso(project));
  w.zone = projectTimeZone(project);
  w.fromUtc = isoOfSeconds(w.zone->startOfDay(w.from));
  w.afterRef = isoOfSeconds(w.zone->startOfDay(addDays(w.ref, 1)));
  return w;
}

enum Flag : unsigned {
  kDue = 1u << 0,
  kClosedOfDue = 1u << 1,
  kClosedOnTime = 1u << 2,
  kLateOpen = 1u << 3,
  kOverdue = 1u << 4,
  kClosedInPeriod = 1u << 5,
  kOpen = 1u << 6,
};

struct OrderRow {
  std::int64_t id = 0;
  std::int64_t district = 0;
  std::string state;      ///< on the reference day
  std::string deadline;   ///< empty when none
  std::string closedDay;  ///< the project's date of closed_at, empty when not closed
  std::optional<double> daysToClose;
};

unsigned classify(const OrderRow& o, const Window& w) {
  if (o.state == "draft") return 0;  // not issued by the reference day
  const bool closed = o.state == "closed";
  const bool cancelled = o.state == "cancelled";
  const bool open = !closed && !cancelled;
  const bool late = !o.deadline.empty() && o.deadline < w.ref;
  unsigned f = 0;
  if (!cancelled && !o.deadline.empty() && o.deadline >= w.from && o.deadline <= w.to) {
    f |= kDue;
    if (closed) {
      f |= kClosedOfDue;
      if (!o.closedDay.empty() && o.closedDay <= o.deadline) f |= kClosedOnTime;
    } else if (late) {
      f |= kLateOpen;
    }
  }
  if (open) f |= kOpen;
  if (open && late) f |= kOverdue;
  if (closed && !o.closedDay.empty() && o.closedDay >= w.from && o.closedDay <= w.ref) f |= kClosedInPeriod;
  return f;
}

/// The state each order changed after the reference day was in on that day: the from_state of its first event after
/// it (events chain, each one starting from the state the previous one left). Read from the index on (at, order_id,
/// from_state) alone, in that order: an order's events of the same second are next to each other, and among them the
/// first recorded (lowest id) comes first in time. Empty while the period runs (no event is later than today).
std::unordered_map<std::int64_t, std::string> statesOnRef(sql::Database& db, const Window& w) {
  struct First {
    std::string from;
    std::string at;
    std::int64_t event = 0;
  };
  std::unordered_map<std::int64_t, First> first;
  auto st = db.prepare(
      "SELECT order_id, id, coalesce(from_state, 'draft'), at FROM order_events WHERE at >= ? ORDER BY at, order_id");
  st.bind(1, w.afterRef);
  std::int64_t previous = -1;
  First* current = nullptr;  // the first event of the previous row's order, while it may still be tied
  while (st.step()) {
    const std::int64_t order = st.int64(0);
    if (order == previous && current) {
      // The same order again: a tie when it is the same second, else a later event.
      if (st.int64(1) < current->event && st.text(3) == current->at) {
        current->from = st.text(2);
        current->event = st.int64(1);
      }
      continue;
    }
    previous = order;
    auto [it, added] = first.try_emplace(order);
    current = added ? &it->second : nullptr;
    if (added) it->second = {st.text(2), st.text(3), st.int64(1)};
  }
  std::unordered_map<std::int64_t, std::string> out;
  out.reserve(first.size());
  for (auto& [order, f] : first) out.emplace(order, std::move(f.from));
  return out;
}

/// Every order issued by the reference day (of one district, or all), in its state on that day, classified.
template <class F>
void forEachOrder(sql::Database& db, const Window& w, std::optional<std::int64_t> district, F&& f) {
  const auto changed = statesOnRef(db, w);
  std::string sql =
      "SELECT id, district_id, state, coalesce(deadline, ''), closed_at, issued_at FROM orders "
      "WHERE issued_at < ?1";
  if (district) sql += " AND district_id = ?2";
  sql += " ORDER BY id";
  auto st = db.prepare(sql);
  st.bind(1, w.afterRef);
  if (district) st.bind(2, *district);
  OrderRow row;
  while (st.step()) {
    row.id = st.int64(0);
    row.district = st.int64(1);
    const auto it = changed.find(row.id);
    row.state = it == changed.end() ? st.text(2) : it->second;
    row.deadline = st.text(3);
    row.closedDay.clear();
    row.daysToClose.reset();
    if (!st.isNull(4)) {
      const std::string closedAt = st.text(4);
      const auto closed = secondsOfIso(closedAt);
      const auto issued = secondsOfIso(st.text(5));
      row.closedDay = closed ? w.zone->localDate(*closed) : closedAt.substr(0, 10);
      if (closed && issued) row.daysToClose = static_cast<double>(*closed - *issued) / 86400.0;
    }
    f(row, classify(row, w));
  }
}

/// Submissions and returns of the period up to the reference day (the index on action, at and order_id answers it):
/// f(order, is a return), in the order they happened when `inOrder`.
template <class F>
void forEachReview(sql::Database& db, const Window& w, bool inOrder, F&& f) {
  auto st = db.prepare(std::string("SELECT order_id, action = 'return' FROM order_events WHERE action IN ('submit', "
                                   "'return') AND at >= ? AND at < ?") +
                       (inOrder ? " ORDER BY at, id" : ""));
  st.bind(1, w.fromUtc).bind(2, w.afterRef);
  while (st.step()) f(st.int64(0), st.int64(1) != 0);
}

const std::vector<std::string>& openStateKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> v;
    for (const auto s : allOrderStates()) {
      if (s != OrderState::Draft && isOpenState(s)) v.emplace_back(orderStateKey(s));
    }
    return v;
  }();
  return keys;
}

// ---------------------------------------------------------------------------------------------------------------
// Slots (a district's place in the report) by record id

constexpr std::size_t kNoSlot = static_cast<std::size_t>(-1);

/// A flat array over the dense ids SQLite gives rows (hashing a hundred thousand of them costs as much as a query),
/// with a hash map for any id beyond its reach.
class Slots {
public:
  void set(std::int64_t id, std::size_t slot) {
    m_empty = false;
    if (id < 0 || id >= kDenseLimit) {
      m_sparse[id] = slot;
      return;
    }
    const auto i = static_cast<std::size_t>(id);
    if (i >= m_dense.size()) m_dense.resize(std::max(i + 1, m_dense.size() * 2), kNone);
    m_dense[i] = static_cast<std::uint32_t>(slot);
  }
  std::size_t find(std::int64_t id) const {
    if (id >= 0 && id < kDenseLimit) {
      const auto i = static_cast<std::size_t>(id);
      return i < m_dense.size() && m_dense[i] != kNone ? m_dense[i] : kNoSlot;
    }
    const auto it = m_sparse.find(id);
    return it == m_sparse.end() ? kNoSlot : it->second;
  }
  bool empty() const { return m_empty; }

private:
  static constexpr std::int64_t kDenseLimit = std::int64_t{1} << 22;
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
  std::vector<std::uint32_t> m_dense;
  std::unordered_map<std::int64_t, std::size_t> m_sparse;
  bool m_empty = true;
};

// ---------------------------------------------------------------------------------------------------------------
// Totals, rates and ranking

struct Sums {
  double daysToClose = 0;
  std::int64_t daysCounted = 0;
};

void addOrder(DistrictKpi& k, Sums& s, const OrderRow& o, unsigned f) {
  if (f & kDue) ++k.due;
  if (f & kClosedOfDue) ++k.closedOfDue;
  if (f & kClosedOnTime) ++k.closedOnTime;
  if (f & kLateOpen) ++k.lateOpen;
  if (f & kOverdue) ++k.overdue;
  if (f & kOpen) ++k.openByState[o.state];
  if (f & kClosedInPeriod) {
    ++k.closedInPeriod;
    if (o.daysToClose) {
      s.daysToClose += *o.daysToClose;
      ++s.daysCounted;
    }
  }
}

std::optional<double> ratio(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

void finish(DistrictKpi& k, const Sums& s, const MisconnectionCatalogue& catalogue) {
  k.completionRate = ratio(k.closedOfDue, k.due);
  k.onTimeRate = ratio(k.closedOnTime, k.closedOfDue + k.lateOpen);
  k.returnRate = ratio(k.returns, k.submissions);
  if (s.daysCounted > 0) k.averageDaysToClose = s.daysToClose / static_cast<double>(s.daysCounted);
  for (std::size_t g = 0; g < 4; ++g) {
    k.defectsPerKm[g] = k.inspectedKm > 0 ? static_cast<double>(k.defectsByGrade[g]) / k.inspectedKm : 0;
  }
  if (k.separateKm > 0) {
    const auto density = gradeDensity(catalogue, k.misconnections, k.separateKm);
    k.misconnectionDensity = density.perKm;
    if (const auto* level = catalogue.level(density.level)) k.densityGrade = level->name;
  }
}

void addInto(DistrictKpi& city, const DistrictKpi& d) {
  city.due += d.due;
  city.closedOfDue += d.closedOfDue;
  city.closedOnTime += d.closedOnTime;
  city.lateOpen += d.lateOpen;
  city.overdue += d.overdue;
  city.closedInPeriod += d.closedInPeriod;
  city.submissions += d.submissions;
  city.returns += d.returns;
  for (const auto& [state, n] : d.openByState) city.openByState[state] += n;
  city.inspectedKm += d.inspectedKm;
  for (std::size_t g = 0; g < 4; ++g) city.defectsByGrade[g] += d.defectsByGrade[g];
  city.misconnections += d.misconnections;
  city.separateKm += d.separateKm;
}

/// -1 when a is better than b, 1 when worse, 0 when the ranking cannot tell them apart. A rate beats no rate.
int compareForRank(const DistrictKpi& a, const DistrictKpi& b) {
  auto rate = [](const std::optional<double>& x, const std::optional<double>& y) {
    if (x.has_value() != y.has_value()) return x.has_value() ? -1 : 1;
    if (!x || *x == *y) return 0;
    return *x > *y ? -1 : 1;
  };
  if (const int c = rate(a.completionRate, b.completionRate)) return c;
  if (const int c = rate(a.onTimeRate, b.onTimeRate)) return c;
  if (a.overdue != b.overdue) return a.overdue < b.overdue ? -1 : 1;
  return 0;
}

void rank(std::vector<DistrictKpi>& districts) {
  std::stable_sort(districts.begin(), districts.end(), [](const DistrictKpi& a, const DistrictKpi& b) {
    const int c = compareForRank(a, b);
    return c != 0 ? c < 0 : a.code < b.code;
  });
  for (std::size_t i = 0; i < districts.size(); ++i) {
    const bool tied = i > 0 && compareForRank(districts[i - 1], districts[i]) == 0;
    districts[i].rank = tied ? districts[i - 1].rank : static_cast<int>(i + 1);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The network per district

void addNetwork(sql::Database& db, std::vector<DistrictKpi>& out, const Slots& slots) {
  // The separate system: rain and sewage pipes (from the index on district, drainage and length alone).
  auto separate = db.prepare(
      "SELECT district_id, sum(length_m) FROM pipes WHERE district_id IS NOT NULL AND drainage IN ('rain', 'sewage') "
      "GROUP BY district_id");
  while (separate.step()) {
    const auto slot = slots.find(separate.int64(0));
    if (slot != kNoSlot) out[slot].separateKm = separate.real(1) / 1000;
  }
  // The inspected pipes, their length (as the assessment report counts it: the pipe's) and district, and the latest
  // inspection of each (the last date, then the last recorded; one seek in the index on pipe and date).
  Slots districtOfInspection;
  auto inspected = db.prepare(
      "SELECT p.district_id, p.length_m, (SELECT i.id FROM inspections i WHERE i.pipe_id = p.id "
      "ORDER BY i.inspected_on DESC, i.id DESC LIMIT 1) FROM pipes p WHERE p.id IN (SELECT pipe_id FROM inspections) "
      "AND p.district_id IS NOT NULL");
  while (inspected.step()) {
    if (const auto slot = slots.find(inspected.int64(0)); slot != kNoSlot) {
      out[slot].inspectedKm += inspected.real(1) / 1000;
      districtOfInspection.set(inspected.int64(2), slot);
    }
  }
  if (districtOfInspection.empty()) return;
  // The grades of the defects on the latest inspections.
  auto defects = db.prepare("SELECT inspection_id, grade FROM defects");
  while (defects.step()) {
    const auto grade = defects.int64(1);
    if (grade < 1 || grade > 4) continue;
    if (const auto slot = districtOfInspection.find(defects.int64(0)); slot != kNoSlot) {
      ++out[slot].defectsByGrade[static_cast<std::size_t>(grade - 1)];
    }
  }
}

void addMisconnections(sql::Database& db, std::vector<DistrictKpi>& out, const Slots& slots) {
  auto points =
      db.prepare("SELECT district_id, count(*) FROM misconnections WHERE district_id IS NOT NULL GROUP BY district_id");
  while (points.step()) {
    if (const auto slot = slots.find(points.int64(0)); slot != kNoSlot) out[slot].misconnections = points.int64(1);
  }
}

}  // namespace

KpiReport computeKpis(Project& project, const ProjectCatalogues& catalogues, const Period& period,
                      std::optional<std::int64_t> onlyDistrict) {
  auto& db = project.db();
  const Window w = windowOf(project, period);
  if (onlyDistrict) requireDistrictId(db, *onlyDistrict);
  KpiReport report;
  report.period = period;
  report.referenceDay = w.ref;
  // Every district, even when one is asked for: its rank is among all of them.
  std::vector<DistrictKpi> all;
  Slots slots;
  auto districts = db.prepare("SELECT id, code, name FROM districts ORDER BY code");
  while (districts.step()) {
    DistrictKpi k;
    k.districtId = districts.int64(0);
    k.code = districts.text(1);
    k.name = districts.text(2);
    for (const auto& state : openStateKeys()) k.openByState[state] = 0;
    slots.set(k.districtId, all.size());
    all.push_back(std::move(k));
  }
  std::vector<Sums> sums(all.size());
  // Every order submitted by the reference day was issued by then: the pass over the orders knows its district.
  Slots districtOfOrder;
  forEachOrder(db, w, std::nullopt, [&](const OrderRow& o, unsigned flags) {
    const auto slot = slots.find(o.district);
    if (slot == kNoSlot) return;
    addOrder(all[slot], sums[slot], o, flags);
    districtOfOrder.set(o.id, slot);
  });
  forEachReview(db, w, false, [&](std::int64_t order, bool returned) {
    const auto slot = districtOfOrder.find(order);
    if (slot != kNoSlot) ++(returned ? all[slot].returns : all[slot].submissions);
  });
  addNetwork(db, all, slots);
  addMisconnections(db, all, slots);

  DistrictKpi& city = report.city;
  city.code.clear();
  for (const auto& state : openStateKeys()) city.openByState[state] = 0;
  Sums citySums;
  for (std::size_t i = 0; i < all.size(); ++i) {
    finish(all[i], sums[i], catalogues.misconnections);
    addInto(city, all[i]);
    citySums.daysToClose += sums[i].daysToClose;
    citySums.daysCounted += sums[i].daysCounted;
  }
  finish(city, citySums, catalogues.misconnections);
  rank(all);
  if (onlyDistrict) {
    std::erase_if(all, [&](const DistrictKpi& k) { return k.districtId != *onlyDistrict; });
  }
  report.districts = std::move(all);
  return report;
}

std::vector<std::int64_t> ordersBehind(Project& project, const Period& period, std::optional<std::int64_t> districtId,
                                       const std::string& metric) {
  auto& db = project.db();
  static const std::vector<std::pair<std::string, unsigned>> kMetrics{{"due", kDue},
                                                                      {"closed_of_due", kClosedOfDue},
                                                                      {"closed_on_time", kClosedOnTime},
                                                                      {"late_open", kLateOpen},
                                                                      {"overdue", kOverdue},
                                                                      {"closed_in_period", kClosedInPeriod}};
  unsigned flag = 0;
  std::string openState;
  for (const auto& [key, f] : kMetrics) {
    if (metric == key) flag = f;
  }
  const bool byEvent = metric == "returned" || metric == "submitted";
  if (metric.rfind("open:", 0) == 0) {
    openState = metric.substr(5);
    const auto& keys = openStateKeys();
    if (std::find(keys.begin(), keys.end(), openState) != keys.end()) flag = kOpen;
  }
  if (!flag && !byEvent) {
    throwBadInput(PW_TR("'%1' is not a KPI figure: use due, closed_of_due, closed_on_time, late_open, overdue, "
                        "closed_in_period, submitted, returned, or open: with issued, accepted, in_progress, "
                        "submitted, returned or suspended"),
                  {metric}, {.field = "metric", .value = metric});
  }
  const Window w = windowOf(project, period);
  const std::int64_t district = districtId.value_or(0);  // 0: the city
  if (district) requireDistrictId(db, district);
  std::vector<std::int64_t> ids;
  if (byEvent) {
    const bool wantReturns = metric == "returned";
    std::unordered_set<std::int64_t> ofDistrict;
    if (district) {
      auto st = db.prepare("SELECT id FROM orders WHERE district_id = ?");
      st.bind(1, district);
      while (st.step()) ofDistrict.insert(st.int64(0));
    }
    forEachReview(db, w, true, [&](std::int64_t order, bool returned) {
      if (returned == wantReturns && (!district || ofDistrict.count(order))) ids.push_back(order);
    });
    return ids;
  }
  forEachOrder(db, w, district ? std::optional(district) : std::nullopt, [&](const OrderRow& o, unsigned flags) {
    if ((flags & flag) && (openState.empty() || o.state == openState)) ids.push_back(o.id);
  });
  return ids;
}

}  // namespace pw
