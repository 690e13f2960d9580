#include "access/users.h"

#include <array>

#include "core/clock.h"
#include "core/error.h"
#include "io/encoding.h"
#include "rules/limits.h"
#include "store/districts.h"
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

/// The code point's lower-case letter, for the scripts user names are written in (Chinese has no case).
char32_t lowerLetter(char32_t c) {
  if ((c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3AB && c != 0x3A2) ||
      (c >= 0x410 && c <= 0x42F) || (c >= 0xFF21 && c <= 0xFF3A)) {
    return c + 32;
  }
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c == 0x178) return 0xFF;
  const bool evenUpper = (c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177);
  const bool oddUpper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
  if ((evenUpper && c % 2 == 0) || (oddUpper && c % 2 == 1)) return c + 1;
  return c;
}

/// The name with every letter in lower case (UTF-8 in, UTF-8 out; other bytes kept as they are).
std::string folded(const std::string& name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    const auto lead = static_cast<unsigned char>(name[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (i + length > name.size()) {
      out.append(name, i, std::string::npos);
      break;
    }
    char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(name[i + k]) & 0x3F);
    const char32_t lower = lowerLetter(c);
    if (lower == c) {
      out.append(name, i, length);
    } else if (lower < 0x80) {
      out += static_cast<char>(lower);
    } else if (lower < 0x800) {
      out += static_cast<char>(0xC0 | (lower >> 6));
      out += static_cast<char>(0x80 | (lower & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (lower >> 12));
      out += static_cast<char>(0x80 | ((lower >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (lower & 0x3F));
    }
    i += length;
  }
  return out;
}

}  // namespace

bool sameUserName(const std::string& a, const std::string& b) { return a == b || folded(a) == folded(b); }

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
    if (actor.role != UserRole::CityAdmin)
      refuse(actor, PW_TR("%1 (%2) may not add users; a city administrator does that"));
  }
  if (user.name.empty() || user.name.find_first_of(" \t\n") != std::string::npos) {
    throwBadInput(PW_TR("A user name must not be empty or contain spaces: '%1'"), {user.name},
                  {.field = "name", .value = user.name});
  }
  if (!enc::isValidUtf8(user.name)) throwBadInput(PW_TR("A user name must be UTF-8 text"), {}, {.field = "name"});
  if (user.name.size() > limits().userNameMaxBytes) {
    throwBadInput(PW_TR("The user name '%1' is %2 bytes long; a name may have at most %3 bytes (it becomes a database "
                        "role name on a server; a Chinese character takes 3)"),
                  {user.name, std::to_string(user.name.size()), std::to_string(limits().userNameMaxBytes)},
                  {.field = "name", .value = user.name});
  }
  if (const auto taken = find(user.name)) {
    throwBadInput(PW_TR("There is already a user %1"), {taken->name}, {.field = "name", .value = user.name});
  }
  std::optional<std::int64_t> districtId;
  if (user.role == UserRole::DistrictManager) {
    if (district.empty())
      throwBadInput(PW_TR("A district manager needs a district (--district)"), {}, {.field = "district"});
    districtId = requireDistrict(db, district).id;
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
  setActive(name, actingUser, false);
}

void UserStore::reactivate(const std::string& name, const std::string& actingUser) {
  setActive(name, actingUser, true);
}

void UserStore::setActive(const std::string& name, const std::string& actingUser, bool active) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  const User actor = require(actingUser);
  if (actor.role != UserRole::CityAdmin)
    refuse(actor, PW_TR("%1 (%2) may not change users; a city administrator does that"));
  const auto target = find(name);
  if (!target) throwBadInput(PW_TR("There is no user %1"), {name}, {.field = "name", .value = name});
  if (!active && target->active && target->role == UserRole::CityAdmin &&
      db.scalarInt("SELECT count(*) FROM users WHERE role = 'city_admin' AND active = 1") <= 1) {
    throwBadInput(PW_TR("%1 is the last active city administrator and cannot be deactivated: make another user a city "
                        "administrator first"),
                  {target->name}, {.record = target->name, .field = "active"});
  }
  auto st = db.prepare("UPDATE users SET active = ? WHERE id = ?");
  st.bind(1, active ? 1 : 0).bind(2, target->id).run();
  scope.commit();
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
  if (st.step()) return readUser(st);
  for (auto& u : list()) {  // a project has tens of users, not thousands
    if (sameUserName(u.name, name)) return std::move(u);
  }
  return std::nullopt;
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
  throwBadInput(PW_TR("Unknown user '%1'; the project's users are: %2"), {name, known},
                {.field = "user", .value = name});
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
      if (sameUserName(createdBy, user.name)) return;
      const auto author = UserStore(project).find(createdBy);
      if (!author || author->team != user.team) {
        refuse(user, PW_TR("%1 (%2) may not change a record of another team (recorded by %3)"), {createdBy});
      }
      return;
    }
  }
}

}  // namespace pw
