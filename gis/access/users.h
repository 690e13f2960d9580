#pragma once
// The people who work with a project and what their role lets them do. Every write in the core names its user;
// the core looks the user up here and refuses (ErrorKind::Permission, naming user, role and record) what the role
// does not allow: a district manager acts only in their district, a field team only on its own orders and findings,
// a planner does not edit findings, a city administrator may do everything.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pw {

class Project;

enum class UserRole { FieldTeam, DistrictManager, Planner, CityAdmin };
const char* userRoleKey(UserRole r);  ///< field_team, district_manager, planner, city_admin
std::optional<UserRole> userRoleFromKey(const std::string& key);

struct User {
  std::int64_t id = 0;
  std::string name;
  std::string displayName;
  UserRole role = UserRole::FieldTeam;
  std::string team;                        ///< field team
  std::optional<std::int64_t> districtId;  ///< district manager
  std::string districtName;
  bool active = true;
};

class UserStore {
public:
  explicit UserStore(Project& project) : m_project(project) {}

  /// Adds a user. `district` is a district code or name (district managers). Only a city administrator may add
  /// users, except the very first one of a project. A name is UTF-8 without spaces, at most
  /// limits().userNameMaxBytes bytes (it becomes a database role on a server) and not taken by another user in any
  /// case. Throws BadInput naming the field.
  std::int64_t add(const User& user, const std::string& district, const std::string& actingUser);
  /// Deactivates a user (their history stays); city administrators only, and never the last active one.
  void deactivate(const std::string& name, const std::string& actingUser);
  /// Makes a deactivated user active again; city administrators only.
  void reactivate(const std::string& name, const std::string& actingUser);
  std::vector<User> list();
  /// By name, compared without regard to case (an exact match first).
  std::optional<User> find(const std::string& name);
  /// The user, or BadInput "Unknown user" listing who exists; an inactive user is refused too.
  User require(const std::string& name);

private:
  void setActive(const std::string& name, const std::string& actingUser, bool active);

  Project& m_project;
};

/// Whether two user names are the same name, compared without regard to case (ASCII, Latin, Greek, Cyrillic and
/// full-width letters).
bool sameUserName(const std::string& a, const std::string& b);

/// The user a project's work is attributed to when none is named (project_meta default_user), set at creation.
std::string defaultUserName(Project& project);

// Permission checks; each throws ErrorKind::Permission with a message naming the user and what was refused.
/// May edit or delete a finding created by `createdBy` in district `districtId`.
void requireFindingsEdit(Project& project, const User& user, std::optional<std::int64_t> districtId,
                         const std::string& createdBy);
/// May record a new finding in district `districtId`.
void requireFindingsCreate(const User& user, std::optional<std::int64_t> districtId);

}  // namespace pw
