#pragma once
// Who may plan: housing bureau planners and city administrators create and change community areas, separation
// projects and their costs; every other role reads only.
#include <string>

#include "access/users.h"

namespace pw {

class Project;

/// The acting user, if their role may change planning records; ErrorKind::Permission naming user and role otherwise
/// (BadInput for an unknown or inactive user).
User requirePlanning(Project& project, const std::string& user);

}  // namespace pw
