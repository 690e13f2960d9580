// user add|list|deactivate|reactivate
#include "access/users.h"
#include "cli.h"
#include "cli_support.h"
#include "core/error.h"
#include "i18n.h"
#include "output.h"
#include "store/project.h"

namespace pw::cli {

int Cli::cmdUser(const ParsedArgs& a) {
  const std::string action = a.positional.size() > 1 ? a.positional[1] : std::string();
  if (action != "add" && action != "list" && action != "deactivate" && action != "reactivate") {
    throw UsageError{PW_TR("user takes add, list, deactivate or reactivate, not %1"), action};
  }
  const std::string path = positional(a, 1, "PROJECT");
  auto project = Project::open(path);
  UserStore users(*project);
  if (action == "list") {
    const auto list = users.list();
    if (m_json) {
      nlohmann::json doc = nlohmann::json::array();
      for (const auto& u : list) {
        doc.push_back({{"name", u.name},
                       {"display_name", u.displayName},
                       {"role", userRoleKey(u.role)},
                       {"team", u.team},
                       {"district", u.districtName},
                       {"active", u.active}});
      }
      printJson(doc);
      return Ok;
    }
    printLine(tr("name          role              team / district   active"));
    for (const auto& u : list) {
      printLine(QStringLiteral("%1 %2 %3 %4")
                    .arg(i18n::qs(u.name), -13)
                    .arg(QString::fromLatin1(userRoleKey(u.role)), -17)
                    .arg(i18n::qs(u.role == UserRole::DistrictManager ? u.districtName : u.team), -17)
                    .arg(u.active ? tr("yes") : tr("no")));
    }
    return Ok;
  }
  const std::string name = positional(a, 2, "NAME");
  const std::string actor = actingUser(a, *project);
  if (action == "deactivate" || action == "reactivate") {
    const bool active = action == "reactivate";
    active ? users.reactivate(name, actor) : users.deactivate(name, actor);
    const std::string stored = users.find(name)->name;
    if (m_json) {
      printJson({{"name", stored}, {"active", active}});
    } else {
      printLine((active ? tr("User %1 reactivated") : tr("User %1 deactivated")).arg(i18n::qs(stored)));
    }
    return Ok;
  }
  const std::string roleText = requiredOption(a, "--role");
  const auto role = userRoleFromKey(roleText);
  if (!role)
    throw UsageError{PW_TR("--role takes field_team, district_manager, planner or city_admin, not %1"), roleText};
  User u;
  u.name = name;
  u.role = *role;
  u.team = a.value("--team").value_or("");
  u.displayName = a.value("--display-name").value_or("");
  const auto id = users.add(u, a.value("--district").value_or(""), actor);
  if (m_json) {
    printJson({{"id", id}, {"name", name}, {"role", roleText}});
  } else {
    printLine(tr("Added user %1 (%2)").arg(i18n::qs(name), QString::fromStdString(roleText)));
  }
  return Ok;
}

}  // namespace pw::cli
