// project show|set: the project's settings (its time zone).
#include "access/project_settings.h"
#include "cli.h"
#include "cli_support.h"
#include "i18n.h"
#include "output.h"
#include "rules/limits.h"
#include "rules/project_time.h"
#include "store/project.h"

namespace pw::cli {

int Cli::cmdProject(const ParsedArgs& a) {
  const std::string action = a.positional.size() > 1 ? a.positional[1] : std::string();
  if (action != "show" && action != "set") throw UsageError{PW_TR("project takes show or set, not %1"), action};
  const std::string path = positional(a, 1, "PROJECT");
  auto project = Project::open(path);
  if (action == "set") {
    const auto zone = a.value("--time-zone");
    if (!zone) throw UsageError{PW_TR("project set needs %1"), "--time-zone"};
    setProjectTimeZone(*project, *zone, actingUser(a, *project));
  }
  const std::string zone = projectTimeZoneName(*project);
  const bool own = project->meta("time_zone").has_value();
  const std::string today = todayIso(*project);
  if (m_json) {
    printJson({{"time_zone", zone}, {"time_zone_default", !own}, {"today", today}});
    return Ok;
  }
  printLine(tr("Time zone: %1%2").arg(i18n::qs(zone), own ? QString() : tr(" (the default)")));
  printLine(tr("Today:     %1").arg(i18n::qs(today)));
  return Ok;
}

}  // namespace pw::cli
