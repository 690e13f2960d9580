#pragma once
// Time zones of the tz database (/usr/share/zoneinfo, Debian's tzdata; $TZDIR overrides), read from their TZif files
// (RFC 8536) by PipeWard itself: the C library's TZ handling (setenv + localtime_r) is one setting for the whole
// process and not thread-safe, and g++ 12's libstdc++ has no std::chrono time zones. A loaded zone is immutable and
// shared, so any thread may use it.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pw {

class TimeZone {
public:
  /// The zone named like "Asia/Shanghai" or "UTC", loaded once per process. Throws Error(BadInput) naming the zone
  /// when the tz database has none of that name (or is not installed: Debian package tzdata).
  static std::shared_ptr<const TimeZone> load(const std::string& name);

  const std::string& name() const { return m_name; }
  /// Seconds east of UTC at the instant `utc` (seconds since 1970-01-01T00:00:00Z): 28800 in China.
  std::int64_t offsetAt(std::int64_t utc) const;
  /// The local calendar date (YYYY-MM-DD) at the instant.
  std::string localDate(std::int64_t utc) const;
  /// The instant the local day `date` (YYYY-MM-DD, a real date) begins: its midnight, or the end of a clock change
  /// that skips midnight.
  std::int64_t startOfDay(const std::string& date) const;

  /// A POSIX TZ rule such as "CST-8" or "CET-1CEST,M3.5.0,M10.5.0/3" (the footer of a TZif file).
  struct PosixRule;

  explicit TimeZone(std::string name);  ///< use load()
  ~TimeZone();

private:
  std::string m_name;
  std::vector<std::int64_t> m_transitions;  ///< instants, ascending
  std::vector<std::int64_t> m_offsetAfter;  ///< the offset from each transition on
  std::int64_t m_initialOffset = 0;         ///< before the first transition
  std::unique_ptr<PosixRule> m_rule;        ///< after the last transition (may be null)

  friend struct TzifReader;
};

/// Days since 1970-01-01 of a real date written YYYY-MM-DD (the caller checked it), and back.
std::int64_t daysFromIsoDate(const std::string& date);
std::string isoDateFromDays(std::int64_t days);

}  // namespace pw
