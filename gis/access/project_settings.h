#pragma once
// The project's settings a city administrator changes (audited). They sit above the rules that read them
// (rules/project_time.h reads the time zone) because changing them needs the acting user's role.
#include <string>

namespace pw {

class Project;

/// Sets the project's time zone (city administrators; audited). Throws BadInput for a zone the tz database lacks.
void setProjectTimeZone(Project& project, const std::string& name, const std::string& user);

}  // namespace pw
