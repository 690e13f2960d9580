// OrderStore: raising orders from findings, editing them, reading them back.
#include "orders/orders.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "core/clock.h"
#include "core/error.h"
#include "core/numbers.h"
#include "geom/spatialite_blob.h"
#include "inspect/assessment_query.h"
#include "inspect/finding_holds.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "orders/order_json.h"
#include "rules/project_time.h"
#include "rules/value_rules.h"
#include "store/districts.h"
#include "store/project.h"

namespace pw {

struct OrderStore::FindingFacts {
  std::int64_t districtId = 0;
  std::optional<Point> location;
  std::string findingClass;  ///< structural | functional | misconnection
  std::string priority;
  std::string label;
  std::int64_t pipeId = 0;
};

namespace {

constexpr const char* kSelectOrders =
    "SELECT o.id, o.number, o.district_id, coalesce(d.name, ''), o.kind, o.state, o.resume_state, o.priority, "
    "coalesce(o.assignee, ''), o.deadline, o.description, o.estimated_cost, o.actual_cost, o.issued_at, o.closed_at, "
    "o.created_by, o.created_at, o.version, o.geom FROM orders o LEFT JOIN districts d ON d.id = o.district_id";

std::optional<std::string> optText(sql::Statement& st, int i) {
  return st.isNull(i) ? std::nullopt : std::optional(st.text(i));
}
std::optional<double> optReal(sql::Statement& st, int i) {
  return st.isNull(i) ? std::nullopt : std::optional(st.real(i));
}

OrderRecord readOrder(sql::Statement& st) {
  OrderRecord o;
  o.id = st.int64(0);
  o.number = st.text(1);
  o.districtId = st.int64(2);
  o.districtName = st.text(3);
  o.kind = st.text(4);
  o.state = orderStateFromKey(st.text(5)).value_or(OrderState::Draft);
  if (!st.isNull(6)) o.resumeState = orderStateFromKey(st.text(6));
  o.priority = st.text(7);
  o.assignee = st.text(8);
  o.deadline = optText(st, 9);
  o.description = optText(st, 10);
  o.estimatedCost = optReal(st, 11);
  o.actualCost = optReal(st, 12);
  o.issuedAt = optText(st, 13);
  o.closedAt = optText(st, 14);
  o.createdBy = st.text(15);
  o.createdAt = st.text(16);
  o.version = st.int64(17);
  if (!st.isNull(18)) o.location = blob::decodePoint(st.blob(18));
  return o;
}

void loadItems(sql::Database& db, OrderRecord& o) {
  auto st = db.prepare("SELECT entity, entity_id FROM order_items WHERE order_id = ? ORDER BY entity, entity_id");
  st.bind(1, o.id);
  while (st.step()) o.items.push_back({st.text(0), st.int64(1)});
}

std::string itemText(const OrderItem& item) { return item.entity + " " + std::to_string(item.id); }

}  // namespace

bool OrderRecord::overdue(const std::string& today) const { return deadline && isOverdue(state, *deadline, today); }

OrderStore::OrderStore(Project& project, const ProjectCatalogues& catalogues)
    : m_project(project), m_catalogues(catalogues), m_rules(loadOrderRules(project)) {}

OrderStore::FindingFacts OrderStore::facts(const OrderItem& item) {
  auto& db = m_project.db();
  FindingFacts f;
  if (item.entity == "defect") {
    auto st = db.prepare(
        "SELECT p.district_id, d.geom, d.code, d.grade, p.id, p.code, d.distance_m FROM defects d "
        "JOIN inspections i ON i.id = d.inspection_id JOIN pipes p ON p.id = i.pipe_id WHERE d.id = ?");
    st.bind(1, item.id);
    if (!st.step())
      throwBadInput(PW_TR("There is no defect %1"), {std::to_string(item.id)}, {.record = itemText(item)});
    f.districtId = st.isNull(0) ? 0 : st.int64(0);
    if (!st.isNull(1)) f.location = blob::decodePoint(st.blob(1));
    const auto* type = m_catalogues.defects.type(st.text(2));
    const bool functional = type && type->cls == DefectClass::Functional;
    f.findingClass = functional ? "functional" : "structural";
    f.pipeId = st.int64(4);
    // Urgency: the pipe's repair (or maintenance) grade when assessed, else the defect's grade.
    const auto assessed = assessPipes(m_project, m_catalogues.defects, f.pipeId);
    const std::string index = assessed.empty() ? std::string()
                              : functional     ? assessed.front().result.miGrade
                                               : assessed.front().result.riGrade;
    if (const auto it = m_rules.priorityByIndexGrade.find(index); it != m_rules.priorityByIndexGrade.end()) {
      f.priority = it->second;
    } else if (const auto g = m_rules.priorityByDefectGrade.find(std::to_string(st.int64(3)));
               g != m_rules.priorityByDefectGrade.end()) {
      f.priority = g->second;
    }
  } else if (item.entity == "misconnection") {
    auto st = db.prepare(
        "SELECT district_id, geom, kind, inflow_diameter_mm, flow_m3d, nh3n_mg_l, cod_mg_l FROM misconnections "
        "WHERE id = ?");
    st.bind(1, item.id);
    if (!st.step()) {
      throwBadInput(PW_TR("There is no misconnection point %1"), {std::to_string(item.id)}, {.record = itemText(item)});
    }
    f.districtId = st.isNull(0) ? 0 : st.int64(0);
    if (!st.isNull(1)) f.location = blob::decodePoint(st.blob(1));
    f.findingClass = "misconnection";
    const auto g = gradeMisconnection(m_catalogues.misconnections,
                                      {optReal(st, 3), optReal(st, 4), optReal(st, 5), optReal(st, 6)});
    if (const auto it = m_rules.priorityByMisconnectionLevel.find(std::to_string(g.level));
        it != m_rules.priorityByMisconnectionLevel.end()) {
      f.priority = it->second;
    }
  } else {
    throwBadInput(PW_TR("An order is raised from defects or misconnection points, not from '%1'"), {item.entity},
                  {.field = "entity", .value = item.entity});
  }
  if (f.priority.empty()) f.priority = "normal";
  f.label = findingLabel(m_project, m_catalogues, item).value_or(itemText(item));
  return f;
}

OrderStore::FindingSummary OrderStore::describe(const OrderItem& item) {
  auto f = facts(item);
  return {f.label, f.location, f.findingClass};
}

std::optional<std::string> OrderStore::openOrderOf(const OrderItem& item) {
  return openOrderHolding(m_project, item.entity, item.id);
}

std::string OrderStore::nextNumber(std::int64_t districtId, const std::string& year) {
  auto& db = m_project.db();
  auto code = db.prepare("SELECT coalesce(nullif(code, ''), 'D' || id) FROM districts WHERE id = ?");
  code.bind(1, districtId);
  code.step();
  const std::string prefix = code.text(0) + "-" + year + "-";
  auto st = db.prepare(
      "SELECT coalesce(max(CAST(substr(number, length(?1) + 1) AS INTEGER)), 0) FROM orders WHERE number LIKE ?1 || "
      "'%'");
  st.bind(1, prefix);
  st.step();
  char sequence[32];
  std::snprintf(sequence, sizeof sequence, "%04lld", static_cast<long long>(st.int64(0) + 1));
  return prefix + sequence;
}

std::int64_t OrderStore::create(const OrderDraft& draft, const std::string& user) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const User actor = UserStore(m_project).require(user);
  if (draft.items.empty())
    throwBadInput(PW_TR("An order needs at least one defect or misconnection point"), {}, {.field = "items"});
  std::int64_t district = 0;
  std::string priority;
  std::set<std::string> classes;
  double sx = 0, sy = 0;
  int located = 0;
  for (const auto& item : draft.items) {
    const auto f = facts(item);
    if (f.districtId == 0) {
      throwBadInput(PW_TR("%1 lies outside every district, so no district can own an order for it"), {f.label},
                    {.record = itemText(item)});
    }
    if (district && f.districtId != district) {
      throwBadInput(PW_TR("The findings lie in several districts (%1 is in another one); raise one order per district"),
                    {f.label}, {.record = itemText(item)});
    }
    district = f.districtId;
    if (auto open = openOrderOf(item)) {
      throwBadInput(PW_TR("%1 is already in the open order %2"), {f.label, *open}, {.record = itemText(item)});
    }
    if (priority.empty() || priorityRank(f.priority) < priorityRank(priority)) priority = f.priority;
    classes.insert(f.findingClass);
    if (f.location) {
      sx += f.location->x;
      sy += f.location->y;
      ++located;
    }
  }
  requireOrderManagement(actor, district, "orders");
  OrderRecord o;
  o.kind = draft.kind;
  if (o.kind.empty()) {
    const std::string cls = classes.count("structural")   ? "structural"
                            : classes.count("functional") ? "functional"
                                                          : "misconnection";
    const auto it = m_rules.kindByFinding.find(cls);
    o.kind = it == m_rules.kindByFinding.end() ? "repair" : it->second;
  }
  if (!isOrderKind(o.kind)) {
    throwBadInput(PW_TR("'%1' is not an order kind (repair, maintenance, separation, reinspection)"), {o.kind},
                  {.field = "kind", .value = o.kind});
  }
  o.priority = draft.priority.empty() ? priority : draft.priority;
  if (!isPriority(o.priority)) {
    throwBadInput(PW_TR("'%1' is not a priority (urgent, high, normal, low)"), {o.priority},
                  {.field = "priority", .value = o.priority});
  }
  const std::string today = todayIso(m_project);
  o.deadline = draft.deadline ? draft.deadline : std::optional(addDays(today, m_rules.daysFor(o.priority)));
  requireDeadline(m_project, *o.deadline, {});
  requireCost(draft.estimatedCost, "estimated_cost", {});
  o.number = nextNumber(district, today.substr(0, 4));
  o.districtId = district;
  o.assignee = draft.assignee;
  o.description = draft.description;
  o.estimatedCost = draft.estimatedCost;
  if (located) o.location = Point{sx / located, sy / located};
  std::vector<std::uint8_t> geom;
  auto st = db.prepare(
      "INSERT INTO orders (number, district_id, kind, state, priority, assignee, deadline, description, "
      "estimated_cost, "
      "created_by, created_at, geom) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, o.number).bind(2, district).bind(3, o.kind).bind(4, o.priority);
  st.bind(5, o.assignee.empty() ? std::optional<std::string>{} : std::optional(o.assignee));
  st.bind(6, o.deadline).bind(7, o.description).bind(8, o.estimatedCost).bind(9, user).bind(10, nowIso());
  if (o.location) {
    blob::encodePoint(geom, m_project.crsEpsg(), o.location->x, o.location->y);
    st.bindBlobRef(11, std::span<const unsigned char>(geom.data(), geom.size()));
  } else {
    st.bindNull(11);
  }
  st.run();
  o.id = db.lastInsertRowid();
  auto link = db.prepare("INSERT OR IGNORE INTO order_items (order_id, entity, entity_id) VALUES (?, ?, ?)");
  for (const auto& item : draft.items) {
    link.reset();
    link.bind(1, o.id).bind(2, item.entity).bind(3, item.id).run();
  }
  auto created = order(o.id);
  audit(user, o.id, "create", {}, orderJson(*created).dump());
  auto event = db.prepare(
      "INSERT INTO order_events (order_id, at, user_name, action, to_state) VALUES (?, ?, ?, 'create', 'draft')");
  event.bind(1, o.id).bind(2, nowIso()).bind(3, user).run();
  scope.commit();
  return o.id;
}

void OrderStore::requireCatalogueGrade(const BulkCriteria& criteria) const {
  const auto& kind = criteria.findings;
  if (kind != "structural" && kind != "functional" && kind != "misconnection") return;  // refused below, naming it
  std::vector<int> grades;
  if (criteria.findings == "misconnection") {
    for (int level = 0; level <= 9; ++level) {
      if (m_catalogues.misconnections.level(level)) grades.push_back(level);
    }
  } else {
    for (const auto& t : m_catalogues.defects.types()) {
      for (const auto& g : t.grades) {
        if (std::find(grades.begin(), grades.end(), g.grade) == grades.end()) grades.push_back(g.grade);
      }
    }
  }
  if (std::find(grades.begin(), grades.end(), criteria.minGrade) != grades.end()) return;
  std::sort(grades.begin(), grades.end());
  std::string known;
  for (const int g : grades) known += (known.empty() ? "" : ", ") + std::to_string(g);
  throwBadInput(PW_TR("Grade %1 is not in the catalogue for %2 findings; its grades are %3"),
                {std::to_string(criteria.minGrade), criteria.findings, known},
                {.field = "min_grade", .value = std::to_string(criteria.minGrade)});
}

std::vector<std::int64_t> OrderStore::createBulk(const BulkCriteria& criteria, const OrderDraft& common,
                                                 const std::string& user) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const auto districtId = requireDistrict(db, criteria.district).id;
  requireOrderManagement(UserStore(m_project).require(user), districtId, "orders");
  requireCatalogueGrade(criteria);
  // Group the matching findings: a pipe's defects go into one order, each misconnection point into its own.
  std::map<std::int64_t, std::vector<OrderItem>> groups;
  if (criteria.findings == "structural" || criteria.findings == "functional") {
    std::vector<std::string> codes;
    for (const auto& t : m_catalogues.defects.types()) {
      const bool functional = t.cls == DefectClass::Functional;
      if (functional == (criteria.findings == "functional")) codes.push_back(t.code);
    }
    // Defects of each pipe's latest inspection.
    auto st = db.prepare(
        "WITH latest AS (SELECT id, pipe_id, ROW_NUMBER() OVER (PARTITION BY pipe_id ORDER BY inspected_on DESC, id "
        "DESC) "
        "AS rn FROM inspections) SELECT d.id, d.code, l.pipe_id FROM defects d JOIN latest l ON l.id = d.inspection_id "
        "JOIN pipes p ON p.id = l.pipe_id WHERE l.rn = 1 AND p.district_id = ? AND d.grade >= ? ORDER BY l.pipe_id, "
        "d.id");
    st.bind(1, districtId).bind(2, static_cast<std::int64_t>(criteria.minGrade));
    while (st.step()) {
      if (std::find(codes.begin(), codes.end(), st.text(1)) == codes.end()) continue;
      const OrderItem item{"defect", st.int64(0)};
      if (!openOrderOf(item)) groups[st.int64(2)].push_back(item);
    }
  } else if (criteria.findings == "misconnection") {
    auto st = db.prepare(
        "SELECT id, inflow_diameter_mm, flow_m3d, nh3n_mg_l, cod_mg_l FROM misconnections WHERE district_id = ? "
        "ORDER BY id");
    st.bind(1, districtId);
    while (st.step()) {
      const auto g = gradeMisconnection(m_catalogues.misconnections,
                                        {optReal(st, 1), optReal(st, 2), optReal(st, 3), optReal(st, 4)});
      const OrderItem item{"misconnection", st.int64(0)};
      if (g.level >= criteria.minGrade && !openOrderOf(item)) groups[-st.int64(0)].push_back(item);
    }
  } else {
    throwBadInput(PW_TR("Bulk orders are raised for structural, functional or misconnection findings, not '%1'"),
                  {criteria.findings}, {.field = "findings", .value = criteria.findings});
  }
  std::vector<std::int64_t> ids;
  for (const auto& [key, items] : groups) {
    OrderDraft d = common;
    d.items = items;
    ids.push_back(create(d, user));
  }
  scope.commit();
  return ids;
}

void OrderStore::update(const OrderRecord& changed, const std::string& user) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const auto before = order(changed.id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no order %1"), {std::to_string(changed.id)});
  requireOrderManagement(UserStore(m_project).require(user), before->districtId, before->number);
  if (!isOpenState(before->state)) {
    throwBadInput(PW_TR("Order %1 is %2 and can no longer be changed"), {before->number, orderStateKey(before->state)},
                  {.record = before->number, .field = "state"});
  }
  if (!isPriority(changed.priority)) {
    throwBadInput(PW_TR("'%1' is not a priority (urgent, high, normal, low)"), {changed.priority},
                  {.record = before->number, .field = "priority", .value = changed.priority});
  }
  if (changed.deadline && changed.deadline != before->deadline) {
    requireDeadline(m_project, *changed.deadline, before->number);
  }
  requireCost(changed.estimatedCost, "estimated_cost", before->number);
  requireCost(changed.actualCost, "actual_cost", before->number);
  auto st = db.prepare(
      "UPDATE orders SET priority = ?, assignee = ?, deadline = ?, description = ?, estimated_cost = ?, actual_cost = "
      "?, "
      "updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?");
  st.bind(1, changed.priority);
  st.bind(2, changed.assignee.empty() ? std::optional<std::string>{} : std::optional(changed.assignee));
  st.bind(3, changed.deadline).bind(4, changed.description).bind(5, changed.estimatedCost).bind(6, changed.actualCost);
  st.bind(7, user).bind(8, nowIso()).bind(9, changed.id).bind(10, changed.version).run();
  if (db.changes() == 0) {
    throw Error(ErrorKind::Conflict, PW_TR("Order %1 was changed by someone else since you read it; reload it first"),
                {before->number}, {.record = before->number});
  }
  audit(user, changed.id, "update", orderJson(*before).dump(), orderJson(*order(changed.id)).dump());
  scope.commit();
}

std::optional<OrderRecord> OrderStore::order(std::int64_t id) {
  auto st = m_project.db().prepare(std::string(kSelectOrders) + " WHERE o.id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  auto o = readOrder(st);
  loadItems(m_project.db(), o);
  return o;
}

std::optional<OrderRecord> OrderStore::byNumber(const std::string& number) {
  auto st = m_project.db().prepare("SELECT id FROM orders WHERE number = ?");
  st.bind(1, number);
  if (!st.step()) return std::nullopt;
  return order(st.int64(0));
}

OrderRecord OrderStore::require(const std::string& numberOrId) {
  if (auto o = byNumber(numberOrId)) return *o;
  if (const auto id = parseWhole(numberOrId)) {
    if (auto o = order(*id)) return *o;
  }
  throw Error(ErrorKind::NotFound, PW_TR("There is no order %1"), {numberOrId}, {.record = numberOrId});
}

std::vector<OrderRecord> OrderStore::list(const OrderFilter& filter) {
  std::string sql = std::string(kSelectOrders) + " WHERE 1 = 1";
  std::vector<std::string> args;
  auto add = [&](const std::string& clause, const std::string& value) {
    args.push_back(value);
    sql += " AND " + clause + " ?" + std::to_string(args.size());
  };
  if (filter.districtId) add("o.district_id =", std::to_string(*filter.districtId));
  if (filter.state) add("o.state =", orderStateKey(*filter.state));
  if (filter.openOnly) sql += " AND o.state NOT IN ('closed', 'cancelled')";
  if (filter.overdueOnly) {
    add("o.deadline <", todayIso(m_project));
    sql += " AND o.state NOT IN ('draft', 'closed', 'cancelled')";
  }
  if (filter.assignee) add("o.assignee =", *filter.assignee);
  if (filter.priority) add("o.priority =", *filter.priority);
  if (filter.kind) add("o.kind =", *filter.kind);
  // Days are the project's: an order issued at 2026-03-09T17:00:00Z was issued on 2026-03-10 in China.
  if (filter.issuedFrom) add("o.issued_at >=", dayStartUtc(m_project, *filter.issuedFrom));
  if (filter.issuedTo) add("o.issued_at <", dayStartUtc(m_project, addDays(*filter.issuedTo, 1)));
  sql += " ORDER BY o.deadline IS NULL, o.deadline, o.number";
  if (filter.limit) sql += " LIMIT " + std::to_string(filter.limit);
  auto st = m_project.db().prepare(sql);
  for (std::size_t i = 0; i < args.size(); ++i) st.bind(static_cast<int>(i + 1), args[i]);
  std::vector<OrderRecord> out;
  while (st.step()) out.push_back(readOrder(st));
  for (auto& o : out) loadItems(m_project.db(), o);
  return out;
}

std::vector<OrderEvent> OrderStore::events(std::int64_t orderId) {
  auto& db = m_project.db();
  std::vector<OrderEvent> out;
  auto st = db.prepare(
      "SELECT id, at, user_name, action, coalesce(from_state, ''), to_state, coalesce(note, ''), deadline_before, "
      "deadline_after, signed_by FROM order_events WHERE order_id = ? ORDER BY at, id");
  st.bind(1, orderId);
  while (st.step()) {
    out.push_back({st.int64(0),
                   st.text(1),
                   st.text(2),
                   st.text(3),
                   st.text(4),
                   st.text(5),
                   st.text(6),
                   optText(st, 7),
                   optText(st, 8),
                   optText(st, 9),
                   {}});
  }
  auto evidence = db.prepare("SELECT attachment_id FROM order_evidence WHERE event_id = ? ORDER BY attachment_id");
  for (auto& e : out) {
    evidence.reset();
    evidence.bind(1, e.id);
    while (evidence.step()) e.evidence.push_back(evidence.int64(0));
  }
  return out;
}

void OrderStore::audit(const std::string& user, std::int64_t id, const std::string& action, const std::string& before,
                       const std::string& after) {
  auto st = m_project.db().prepare(
      "INSERT INTO audit_log (at, user_name, entity, entity_id, action, before, after) VALUES (?, ?, 'order', ?, ?, ?, "
      "?)");
  st.bind(1, nowIso()).bind(2, user).bind(3, id).bind(4, action);
  st.bind(5, before.empty() ? std::optional<std::string>{} : std::optional(before));
  st.bind(6, after.empty() ? std::optional<std::string>{} : std::optional(after)).run();
}

}  // namespace pw
