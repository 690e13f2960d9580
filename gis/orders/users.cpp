#include "orders/users.h"

#include <array>

#include "core/clock.h"
#include "core/error.h"
#include "store/project.h"

namespace pw {
namespace {

constexpr std::array<std::pair<UserRole, const char*>, 4> kRoles{{{UserRole::FieldTeam, "field_team"},
                                                               {UserRole::DistrictManager, "district_manager"},
                                                               {UserRole::Planner, "planner"},
                                                               {UserRole::CityAdmin, "city_admin"}}};

User readUser(sql::Statement& st) {
  User u;
  u.id = st.int64(0);
  u.name = st.text(1);
  u.displayName = st.text(2);
  u.role = userRoleFromKey(st.text(3)).value_or(UserRole::FieldTeam);
  u.team = st.text(4);
  if (!st.isNull(5)) u.districtId = st.int64(5);
  u.districtName = st.text(6);
  u.active = st.int64(7) != 0;
  return u;
}

constexpr const char* kSelectUsers =
    "SELECT u.id, u.name, coalesce(u.display_name, ''), u.role, coalesce(u.team, ''), u.district_id, "
    "coalesce(d.name, ''), u.active FROM users u LEFT JOIN districts d ON d.id = u.district_id";

[[noreturn]] void refuse(const User& user, const char* what, std::vector<std::string> args = {}) {
  std::vector<std::string> all{user.name, userRoleKey(user.role)};
  for (auto& a : args) all.push_back(std::move(a));
  throw Error(ErrorKind::Permission, what, std::move(all), {.record = user.name});
}

}  // namespace

const char* userRoleKey(UserRole r) {
  for (const auto& [role, key] : kRoles) {
    if (role == r) return key;
  }
  return "field_team";
}

std::optional<UserRole> userRoleFromKey(const std::string& key) {
  for (const auto& [role, k] : kRoles) {
    if (key == k) return role;
  }
  return std::nullopt;
}

std::int64_t UserStore::add(const User& user, const std::string& district, const std::string& actingUser) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  if (db.scalarInt("SELECT count(*) FROM users") > 0) {
    const User actor = require(actingUser);
    if (actor.role != UserRole::CityAdmin) refuse(actor, PW_TR("%1 (%2) may not add users; a city administrator does that"));
  }
  if (user.name.empty() || user.name.find_first_of(" \t\n") != std::string::npos) {
    throwBadInput(PW_TR("A user name must not be empty or contain spaces: '%1'"), {user.name}, {.field = "name", .value = user.name});
  }
  if (find(user.name)) throwBadInput(PW_TR("There is already a user %1"), {user.name}, {.field = "name", .value = user.name});
  std::optional<std::int64_t> districtId;
  if (user.role == UserRole::DistrictManager) {
    if (district.empty()) throwBadInput(PW_TR("A district manager needs a district (--district)"), {}, {.field = "district"});
    auto st = db.prepare("SELECT id FROM districts WHERE code = ?1 OR name = ?1");
    st.bind(1, district);
    if (!st.step()) throwBadInput(PW_TR("There is no district %1"), {district}, {.field = "district", .value = district});
    districtId = st.int64(0);
  }
  if (user.role == UserRole::FieldTeam && user.team.empty()) {
    throwBadInput(PW_TR("A field team user needs a team (--team)"), {}, {.field = "team"});
  }
  auto st = db.prepare(
      "INSERT INTO users (name, display_name, role, team, district_id, created_at) VALUES (?, ?, ?, ?, ?, ?)");
  st.bind(1, user.name);
  st.bind(2, user.displayName.empty() ? std::optional<std::string>{} : std::optional(user.displayName));
  st.bind(3, userRoleKey(user.role));
  st.bind(4, user.team.empty() ? std::optional<std::string>{} : std::optional(user.team));
  st.bind(5, districtId).bind(6, nowIso()).run();
  const auto id = db.lastInsertRowid();
  scope.commit();
  return id;
}

void UserStore::deactivate(const std::string& name, const std::string& actingUser) {
  const User actor = require(actingUser);
  if (actor.role != UserRole::CityAdmin) refuse(actor, PW_TR("%1 (%2) may not change users; a city administrator does that"));
  if (!find(name)) throwBadInput(PW_TR("There is no user %1"), {name}, {.field = "name", .value = name});
  auto st = m_project.db().prepare("UPDATE users SET active = 0 WHERE name = ?");
  st.bind(1, name).run();
}

std::vector<User> UserStore::list() {
  std::vector<User> users;
  auto st = m_project.db().prepare(std::string(kSelectUsers) + " ORDER BY u.role, u.name");
  while (st.step()) users.push_back(readUser(st));
  return users;
}

std::optional<User> UserStore::find(const std::string& name) {
  auto st = m_project.db().prepare(std::string(kSelectUsers) + " WHERE u.name = ?");
  st.bind(1, name);
  if (!st.step()) return std::nullopt;
  return readUser(st);
}

User UserStore::require(const std::string& name) {
  if (auto u = find(name)) {
    if (!u->active) throwBadInput(PW_TR("User %1 is no longer active"), {name}, {.field = "user", .value = name});
    return *u;
  }
  std::string known;
  for (const auto& u : list()) {
    if (u.active) known += (known.empty() ? "" : ", ") + u.name;
  }
  throwBadInput(PW_TR("Unknown user '%1'; the project's users are: %2"), {name, known}, {.field = "user", .value = name});
}

std::string defaultUserName(Project& project) { return project.meta("default_user").value_or("admin"); }

void requireFindingsCreate(const User& user, std::optional<std::int64_t> districtId) {
  switch (user.role) {
    case UserRole::Planner: refuse(user, PW_TR("%1 (%2) may not record findings"));
    case UserRole::DistrictManager:
      if (districtId && user.districtId != districtId) {
        refuse(user, PW_TR("%1 (%2 of %3) may not record findings in another district"), {user.districtName});
      }
      return;
    case UserRole::FieldTeam:
    case UserRole::CityAdmin: return;
  }
}

void requireFindingsEdit(Project& project, const User& user, std::optional<std::int64_t> districtId,
                         const std::string& createdBy) {
  switch (user.role) {
    case UserRole::Planner: refuse(user, PW_TR("%1 (%2) may not edit findings"));
    case UserRole::CityAdmin: return;
    case UserRole::DistrictManager:
      if (districtId && user.districtId != districtId) {
        refuse(user, PW_TR("%1 (%2 of %3) may not change findings of another district"), {user.districtName});
      }
      return;
    case UserRole::FieldTeam: {
      if (createdBy == user.name) return;
      const auto author = UserStore(project).find(createdBy);
      if (!author || author->team != user.team) {
        refuse(user, PW_TR("%1 (%2) may not change a record of another team (recorded by %3)"), {createdBy});
      }
      return;
    }
  }
}

}  // namespace pw
