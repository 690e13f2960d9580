#include "plan/plan_access.h"

#include "core/error.h"

namespace pw {

User requirePlanning(Project& project, const std::string& user) {
  User actor = UserStore(project).require(user);
  if (actor.role != UserRole::Planner && actor.role != UserRole::CityAdmin) {
    throw Error(ErrorKind::Permission,
                PW_TR("%1 (%2) may not change separation plans; housing bureau planners and city administrators do"),
                {actor.name, userRoleKey(actor.role)}, {.record = actor.name});
  }
  return actor;
}

}  // namespace pw
