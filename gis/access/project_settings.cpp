#include "access/project_settings.h"

#include <nlohmann/json.hpp>

#include "access/users.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/timezone.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw {

void setProjectTimeZone(Project& project, const std::string& name, const std::string& user) {
  auto& db = project.db();
  sql::TransactionIfNeeded scope(db);
  const User actor = UserStore(project).require(user);
  if (actor.role != UserRole::CityAdmin) {
    throw Error(ErrorKind::Permission,
                PW_TR("%1 (%2) may not change the project's settings; a city administrator does that"),
                {actor.name, userRoleKey(actor.role)}, {.record = actor.name, .field = "time_zone"});
  }
  TimeZone::load(name);  // refuses a zone the tz database does not have before anything is stored
  const std::string before = projectTimeZoneName(project);
  project.setMeta("time_zone", name);
  auto st = db.prepare(
      "INSERT INTO audit_log (at, user_name, entity, entity_id, action, before, after) VALUES (?, ?, 'project', 0, "
      "'update', ?, ?)");
  st.bind(1, nowIso()).bind(2, actor.name);
  st.bind(3, nlohmann::json{{"time_zone", before}}.dump()).bind(4, nlohmann::json{{"time_zone", name}}.dump()).run();
  scope.commit();
}

}  // namespace pw
