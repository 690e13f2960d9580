#pragma once
// The project's days: "today", periods and deadlines are dates in the project's time zone (project_meta time_zone, else
// the default of schemas/catalogues/limits.json, Asia/Shanghai), never the UTC date, which in China is yesterday until
// 08:00. Timestamps stay UTC (…Z) in the records; these functions turn them into the project's dates and back.
#include <cstdint>
#include <memory>
#include <string>

namespace pw {

class Project;
class TimeZone;

/// The name of the project's time zone.
std::string projectTimeZoneName(Project& project);
/// The project's time zone (loaded once per process and name).
std::shared_ptr<const TimeZone> projectTimeZone(Project& project);

/// Today in the project's time zone, YYYY-MM-DD (PIPEWARD_NOW honoured).
std::string todayIso(Project& project);
/// Today in the default time zone of limits.json, for when no project is open.
std::string defaultTodayIso();
/// The project's date of a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ), or the text's first ten characters when it is not one.
std::string localDateOf(Project& project, const std::string& utcTimestamp);
/// The UTC timestamp at which the project's day `date` begins: stored timestamps at or after it happened on that day
/// or later.
std::string dayStartUtc(Project& project, const std::string& date);

}  // namespace pw
