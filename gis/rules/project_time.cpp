#include "rules/project_time.h"

#include "core/clock.h"
#include "core/error.h"
#include "core/timezone.h"
#include "rules/limits.h"
#include "store/project.h"

namespace pw {

std::string projectTimeZoneName(Project& project) {
  return project.meta("time_zone").value_or(limits().defaultTimeZone);
}

std::shared_ptr<const TimeZone> projectTimeZone(Project& project) {
  return TimeZone::load(projectTimeZoneName(project));
}

std::string todayIso(Project& project) { return projectTimeZone(project)->localDate(nowSeconds()); }

std::string defaultTodayIso() { return TimeZone::load(limits().defaultTimeZone)->localDate(nowSeconds()); }

std::string localDateOf(Project& project, const std::string& utcTimestamp) {
  const auto seconds = secondsOfIso(utcTimestamp);
  if (!seconds || utcTimestamp.size() == 10) return utcTimestamp.substr(0, 10);
  return projectTimeZone(project)->localDate(*seconds);
}

std::string dayStartUtc(Project& project, const std::string& date) {
  return isoOfSeconds(projectTimeZone(project)->startOfDay(date));
}

}  // namespace pw
