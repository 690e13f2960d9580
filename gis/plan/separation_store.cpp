// SeparationStore: creating, changing and reading separation projects.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/error.h"
#include "core/numbers.h"
#include "inspect/project_catalogues.h"
#include "plan/communities.h"
#include "plan/plan_access.h"
#include "plan/separation.h"
#include "store/project.h"

namespace pw {
namespace {

constexpr std::array<std::pair<SeparationStatus, const char*>, 5> kStatuses{
    {{SeparationStatus::Planning, "planning"},
     {SeparationStatus::Design, "design"},
     {SeparationStatus::Construction, "construction"},
     {SeparationStatus::Completed, "completed"},
     {SeparationStatus::Accepted, "accepted"}}};

constexpr const char* kSelect =
    "SELECT id, name, planned_year, status, notes, created_by, created_at, updated_by, updated_at, version "
    "FROM separation_projects";

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

void checkYear(int year, const std::string& name) {
  if (year < 2000 || year > 2100) {
    throwBadInput(PW_TR("The planned year %1 is not a year between 2000 and 2100"), {std::to_string(year)},
                  {.record = name, .field = "planned_year", .value = std::to_string(year)});
  }
}

}  // namespace

const char* separationStatusKey(SeparationStatus s) { return kStatuses[static_cast<std::size_t>(s)].second; }

std::optional<SeparationStatus> separationStatusFromKey(const std::string& key) {
  for (const auto& [status, k] : kStatuses) {
    if (key == k) return status;
  }
  return std::nullopt;
}

const std::vector<SeparationStatus>& allSeparationStatuses() {
  static const std::vector<SeparationStatus> all{SeparationStatus::Planning, SeparationStatus::Design,
                                                 SeparationStatus::Construction, SeparationStatus::Completed,
                                                 SeparationStatus::Accepted};
  return all;
}

std::string separationJson(const SeparationProject& p) {
  nlohmann::json scope = nlohmann::json::array();
  for (const auto& s : p.scope) scope.push_back({{"entity", s.entity}, {"id", s.id}});
  return nlohmann::json{{"id", p.id},
                        {"name", p.name},
                        {"planned_year", p.plannedYear},
                        {"status", separationStatusKey(p.status)},
                        {"notes", p.notes ? nlohmann::json(*p.notes) : nlohmann::json()},
                        {"areas", p.areas},
                        {"scope", scope},
                        {"orders", p.orders},
                        {"version", p.version}}
      .dump();
}

SeparationStore::SeparationStore(Project& project, const ProjectCatalogues& catalogues)
    : m_project(project),
      m_catalogues(catalogues),
      m_costs(loadSeparationCosts(project)),
      m_rules(loadOrderRules(project)) {}

void SeparationStore::checkArea(std::int64_t id) {
  if (!CommunityStore(m_project).find(id)) {
    throwBadInput(PW_TR("There is no area %1"), {std::to_string(id)}, {.field = "areas", .value = std::to_string(id)});
  }
}

void SeparationStore::checkScopeItem(const ScopeItem& item) {
  static const std::map<std::string, std::string> tables{
      {"misconnection", "misconnections"}, {"defect", "defects"}, {"pipe", "pipes"}, {"manhole", "manholes"}};
  const auto it = tables.find(item.entity);
  if (it == tables.end()) {
    throwBadInput(PW_TR("A project's scope holds misconnection points, defects, pipes and manholes, not '%1'"),
                  {item.entity}, {.field = "scope", .value = item.entity});
  }
  auto st = m_project.db().prepare("SELECT 1 FROM " + it->second + " WHERE id = ?");
  st.bind(1, item.id);
  if (!st.step()) {
    throwBadInput(PW_TR("There is no %1 %2"), {item.entity, std::to_string(item.id)},
                  {.field = "scope", .value = item.entity + ":" + std::to_string(item.id)});
  }
}

std::int64_t SeparationStore::create(const SeparationDraft& draft, const std::string& user) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  requirePlanning(m_project, user);
  if (blank(draft.name)) throwBadInput(PW_TR("A separation project needs a name"), {}, {.field = "name"});
  checkYear(draft.plannedYear, draft.name);
  auto taken = db.prepare("SELECT 1 FROM separation_projects WHERE name = ?");
  taken.bind(1, draft.name);
  if (taken.step()) {
    throwBadInput(PW_TR("There is already a separation project named %1"), {draft.name},
                  {.record = draft.name, .field = "name", .value = draft.name});
  }
  if (draft.areas.empty()) throwBadInput(PW_TR("A separation project needs at least one area"), {}, {.field = "areas"});
  for (const auto id : draft.areas) checkArea(id);
  std::set<ScopeItem> items(draft.scope.begin(), draft.scope.end());
  for (const auto& item : draft.scope) checkScopeItem(item);
  if (draft.autoScope) {
    for (const auto& item : autoScope(draft.areas)) items.insert(item);
  }
  auto st = db.prepare(
      "INSERT INTO separation_projects (name, planned_year, status, notes, created_by, created_at) VALUES (?, ?, "
      "'planning', ?, ?, ?)");
  st.bind(1, draft.name).bind(2, draft.plannedYear).bind(3, draft.notes).bind(4, user).bind(5, nowIso()).run();
  const auto id = db.lastInsertRowid();
  auto area = db.prepare("INSERT OR IGNORE INTO separation_project_areas (project_id, community_id) VALUES (?, ?)");
  for (const auto a : draft.areas) {
    area.reset();
    area.bind(1, id).bind(2, a).run();
  }
  auto item = db.prepare("INSERT INTO separation_project_scope (project_id, entity, entity_id) VALUES (?, ?, ?)");
  for (const auto& i : items) {
    item.reset();
    item.bind(1, id).bind(2, i.entity).bind(3, i.id).run();
  }
  logEvent(id, user, "", "planning", "");
  audit(user, id, "create", {}, separationJson(*project(id)));
  scope.commit();
  return id;
}

void SeparationStore::update(const SeparationProject& changed, const std::string& user) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  requirePlanning(m_project, user);
  const auto before = project(changed.id);
  if (!before)
    throw Error(ErrorKind::NotFound, PW_TR("There is no separation project %1"), {std::to_string(changed.id)});
  if (blank(changed.name))
    throwBadInput(PW_TR("A separation project needs a name"), {}, {.record = before->name, .field = "name"});
  checkYear(changed.plannedYear, before->name);
  auto taken = db.prepare("SELECT 1 FROM separation_projects WHERE name = ? AND id <> ?");
  taken.bind(1, changed.name).bind(2, changed.id);
  if (taken.step()) {
    throwBadInput(PW_TR("There is already a separation project named %1"), {changed.name},
                  {.record = before->name, .field = "name", .value = changed.name});
  }
  auto st = db.prepare(
      "UPDATE separation_projects SET name = ?, planned_year = ?, notes = ?, updated_by = ?, updated_at = ?, "
      "version = version + 1 WHERE id = ? AND version = ?");
  st.bind(1, changed.name).bind(2, changed.plannedYear).bind(3, changed.notes).bind(4, user).bind(5, nowIso());
  st.bind(6, changed.id).bind(7, changed.version).run();
  if (db.changes() == 0) {
    throw Error(ErrorKind::Conflict,
                PW_TR("Separation project %1 was changed by someone else since you read it; reload it first"),
                {before->name}, {.record = before->name});
  }
  audit(user, changed.id, "update", separationJson(*before), separationJson(*project(changed.id)));
  scope.commit();
}

void SeparationStore::bumpVersion(std::int64_t id, std::int64_t version, const std::string& user) {
  auto& db = m_project.db();
  auto bump = db.prepare(
      "UPDATE separation_projects SET updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = "
      "?");
  bump.bind(1, user).bind(2, nowIso()).bind(3, id).bind(4, version).run();
  if (db.changes() == 0) {
    const std::string name = db.scalarText("SELECT name FROM separation_projects WHERE id = " + std::to_string(id));
    throw Error(ErrorKind::Conflict,
                PW_TR("Separation project %1 was changed by someone else since you read it; reload it first"), {name},
                {.record = name});
  }
}

void SeparationStore::changeScope(std::int64_t id, std::int64_t version, const std::vector<ScopeItem>& add,
                                  const std::vector<ScopeItem>& remove, const std::string& user) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  requirePlanning(m_project, user);
  const auto before = project(id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no separation project %1"), {std::to_string(id)});
  bumpVersion(id, version, user);
  auto areaAdd = db.prepare("INSERT OR IGNORE INTO separation_project_areas (project_id, community_id) VALUES (?, ?)");
  auto areaRemove = db.prepare("DELETE FROM separation_project_areas WHERE project_id = ? AND community_id = ?");
  auto itemAdd =
      db.prepare("INSERT OR IGNORE INTO separation_project_scope (project_id, entity, entity_id) VALUES (?, ?, ?)");
  auto itemRemove =
      db.prepare("DELETE FROM separation_project_scope WHERE project_id = ? AND entity = ? AND entity_id = ?");
  for (const auto& i : add) {
    if (i.entity == "area") {
      checkArea(i.id);
      areaAdd.reset();
      areaAdd.bind(1, id).bind(2, i.id).run();
    } else {
      checkScopeItem(i);
      itemAdd.reset();
      itemAdd.bind(1, id).bind(2, i.entity).bind(3, i.id).run();
    }
  }
  for (const auto& i : remove) {
    auto& st = i.entity == "area" ? areaRemove : itemRemove;
    st.reset();
    st.bind(1, id);
    if (i.entity == "area") {
      st.bind(2, i.id);
    } else {
      st.bind(2, i.entity).bind(3, i.id);
    }
    st.run();
    if (db.changes() == 0) {
      throwBadInput(PW_TR("%1 %2 is not in the project %3"), {i.entity, std::to_string(i.id), before->name},
                    {.record = before->name, .field = "scope", .value = i.entity + ":" + std::to_string(i.id)});
    }
  }
  if (db.scalarInt("SELECT count(*) FROM separation_project_areas WHERE project_id = " + std::to_string(id)) == 0) {
    throwBadInput(PW_TR("A separation project needs at least one area"), {},
                  {.record = before->name, .field = "areas"});
  }
  audit(user, id, "update", separationJson(*before), separationJson(*project(id)));
  scope.commit();
}

void SeparationStore::setStatus(std::int64_t id, std::int64_t version, SeparationStatus to, const std::string& note,
                                const std::string& user) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  requirePlanning(m_project, user);
  const auto before = project(id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no separation project %1"), {std::to_string(id)});
  const int from = static_cast<int>(before->status);
  const int target = static_cast<int>(to);
  const ErrorContext context{.record = before->name, .field = "status", .value = separationStatusKey(to)};
  if (target == from + 1) {
    // forward one step
  } else if (target == from - 1) {
    if (blank(note)) {
      throwBadInput(PW_TR("To take project %1 back from %2 to %3, say why (a note)"),
                    {before->name, separationStatusKey(before->status), separationStatusKey(to)}, context);
    }
  } else {
    throwBadInput(PW_TR("Project %1 is %2: it can go forward one step or back one step, not to %3"),
                  {before->name, separationStatusKey(before->status), separationStatusKey(to)}, context);
  }
  auto st = db.prepare(
      "UPDATE separation_projects SET status = ?, updated_by = ?, updated_at = ?, version = version + 1 "
      "WHERE id = ? AND version = ?");
  st.bind(1, separationStatusKey(to)).bind(2, user).bind(3, nowIso()).bind(4, id).bind(5, version).run();
  if (db.changes() == 0) {
    throw Error(ErrorKind::Conflict,
                PW_TR("Separation project %1 was changed by someone else since you read it; reload it first"),
                {before->name}, {.record = before->name});
  }
  logEvent(id, user, separationStatusKey(before->status), separationStatusKey(to), note);
  audit(user, id, "update", separationJson(*before), separationJson(*project(id)));
  scope.commit();
}

void SeparationStore::linkOrder(std::int64_t id, const std::string& order, const std::string& user,
                                std::optional<std::int64_t> version) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  requirePlanning(m_project, user);
  const auto before = project(id);
  if (!before) throw Error(ErrorKind::NotFound, PW_TR("There is no separation project %1"), {std::to_string(id)});
  auto find =
      db.prepare("SELECT id FROM orders WHERE number = ?1 OR CAST(id AS TEXT) = ?1 ORDER BY number = ?1 DESC LIMIT 1");
  find.bind(1, order);
  if (!find.step()) throw Error(ErrorKind::NotFound, PW_TR("There is no order %1"), {order}, {.record = order});
  const auto orderId = find.int64(0);
  if (std::find(before->orders.begin(), before->orders.end(), orderId) != before->orders.end()) {
    throwBadInput(PW_TR("Order %1 is already linked to project %2"), {order, before->name},
                  {.record = before->name, .value = order});
  }
  auto st = db.prepare(
      "INSERT INTO separation_project_orders (project_id, order_id, linked_by, linked_at) VALUES (?, ?, ?, ?)");
  st.bind(1, id).bind(2, orderId).bind(3, user).bind(4, nowIso()).run();
  bumpVersion(id, version.value_or(before->version), user);
  audit(user, id, "update", separationJson(*before), separationJson(*project(id)));
  scope.commit();
}

std::optional<SeparationProject> SeparationStore::project(std::int64_t id) {
  auto& db = m_project.db();
  auto st = db.prepare(std::string(kSelect) + " WHERE id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  SeparationProject p;
  p.id = st.int64(0);
  p.name = st.text(1);
  p.plannedYear = static_cast<int>(st.int64(2));
  p.status = separationStatusFromKey(st.text(3)).value_or(SeparationStatus::Planning);
  p.notes = st.optText(4);
  p.createdBy = st.text(5);
  p.createdAt = st.text(6);
  p.updatedBy = st.optText(7);
  p.updatedAt = st.optText(8);
  p.version = st.int64(9);
  auto areas =
      db.prepare("SELECT community_id FROM separation_project_areas WHERE project_id = ? ORDER BY community_id");
  areas.bind(1, id);
  while (areas.step()) p.areas.push_back(areas.int64(0));
  auto scope = db.prepare(
      "SELECT entity, entity_id FROM separation_project_scope WHERE project_id = ? ORDER BY entity, entity_id");
  scope.bind(1, id);
  while (scope.step()) p.scope.push_back({scope.text(0), scope.int64(1)});
  auto orders = db.prepare("SELECT order_id FROM separation_project_orders WHERE project_id = ? ORDER BY order_id");
  orders.bind(1, id);
  while (orders.step()) p.orders.push_back(orders.int64(0));
  return p;
}

SeparationProject SeparationStore::require(const std::string& idOrName) {
  auto st = m_project.db().prepare("SELECT id FROM separation_projects WHERE name = ?");
  st.bind(1, idOrName);
  if (st.step()) return *project(st.int64(0));
  if (const auto id = parseWhole(idOrName)) {
    if (auto p = project(*id)) return *p;
  }
  throw Error(ErrorKind::NotFound, PW_TR("There is no separation project %1"), {idOrName}, {.record = idOrName});
}

std::vector<SeparationProject> SeparationStore::list(const SeparationFilter& filter) {
  std::string sql = "SELECT id FROM separation_projects WHERE 1 = 1";
  if (filter.plannedYear) sql += " AND planned_year = " + std::to_string(*filter.plannedYear);
  if (filter.status) sql += std::string(" AND status = '") + separationStatusKey(*filter.status) + "'";
  sql += " ORDER BY planned_year, name";
  auto st = m_project.db().prepare(sql);
  std::vector<std::int64_t> ids;
  while (st.step()) ids.push_back(st.int64(0));
  std::vector<SeparationProject> out;
  for (const auto id : ids) out.push_back(*project(id));
  return out;
}

std::vector<SeparationEvent> SeparationStore::events(std::int64_t id) {
  auto st = m_project.db().prepare(
      "SELECT id, at, user_name, coalesce(from_status, ''), to_status, coalesce(note, '') FROM "
      "separation_project_events "
      "WHERE project_id = ? ORDER BY at, id");
  st.bind(1, id);
  std::vector<SeparationEvent> out;
  while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
  return out;
}

void SeparationStore::audit(const std::string& user, std::int64_t id, const std::string& action,
                            const std::string& before, const std::string& after) {
  auto st = m_project.db().prepare(
      "INSERT INTO audit_log (at, user_name, entity, entity_id, action, before, after) VALUES (?, ?, "
      "'separation_project', ?, ?, ?, ?)");
  st.bind(1, nowIso()).bind(2, user).bind(3, id).bind(4, action);
  st.bind(5, before.empty() ? std::optional<std::string>{} : std::optional(before));
  st.bind(6, after.empty() ? std::optional<std::string>{} : std::optional(after)).run();
}

void SeparationStore::logEvent(std::int64_t id, const std::string& user, const std::string& from, const std::string& to,
                               const std::string& note) {
  auto st = m_project.db().prepare(
      "INSERT INTO separation_project_events (project_id, at, user_name, from_status, to_status, note) VALUES (?, ?, "
      "?, ?, ?, ?)");
  st.bind(1, id).bind(2, nowIso()).bind(3, user);
  st.bind(4, from.empty() ? std::optional<std::string>{} : std::optional(from)).bind(5, to);
  st.bind(6, note.empty() ? std::optional<std::string>{} : std::optional(note)).run();
}

}  // namespace pw
