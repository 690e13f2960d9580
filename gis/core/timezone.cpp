#include "core/timezone.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "core/error.h"

namespace pw {

namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

std::int64_t daysFromCivil(int year, unsigned month, unsigned day) {
  using namespace std::chrono;
  return sys_days(year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}})
      .time_since_epoch()
      .count();
}

bool isLeap(int year) { return std::chrono::year{year}.is_leap(); }

std::string zoneDirectory() {
  const char* dir = std::getenv("TZDIR");
  return dir && *dir ? dir : "/usr/share/zoneinfo";
}

/// IANA names are ASCII words joined by '/': nothing that could leave the zone directory.
bool plausibleZoneName(const std::string& name) {
  if (name.empty() || name.front() == '/' || name.find("..") != std::string::npos) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '_' ||
           c == '-' || c == '+';
  });
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// POSIX TZ rules (the footer of a TZif file, for instants after its last transition)

struct TimeZone::PosixRule {
  struct Boundary {
    char kind = 'M';  ///< 'J' (1-365, no leap day), 'D' (0-365), 'M' (month, week, weekday)
    int day = 0, week = 0, weekday = 0, month = 0;
    std::int64_t time = 7200;  ///< seconds after local midnight, may be negative or beyond a day
  };
  std::int64_t stdOffset = 0;  ///< seconds east of UTC
  bool hasDst = false;
  std::int64_t dstOffset = 0;
  Boundary start, end;

  /// Parses the rule; false when it is not one.
  bool parse(const std::string& text);
  std::int64_t offsetAt(std::int64_t utc) const;

private:
  std::int64_t localInstant(const Boundary& b, int year) const;
};

namespace {

struct Cursor {
  const std::string& s;
  std::size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  bool number(int& out, int maxDigits) {
    int n = 0, digits = 0;
    while (!done() && s[i] >= '0' && s[i] <= '9' && digits < maxDigits) {
      n = n * 10 + (s[i++] - '0');
      ++digits;
    }
    out = n;
    return digits > 0;
  }
  /// A zone abbreviation: letters, or anything between < and >.
  bool name() {
    if (eat('<')) {
      while (!done() && s[i] != '>') ++i;
      return eat('>');
    }
    const std::size_t from = i;
    while (!done() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
    return i - from >= 3;
  }
  /// [+|-]hh[:mm[:ss]] in seconds; hours up to 167 (RFC 8536's extension for transition times).
  bool duration(std::int64_t& out) {
    const bool negative = eat('-');
    if (!negative) eat('+');
    int h = 0, m = 0, sec = 0;
    if (!number(h, 3) || h > 167) return false;
    if (eat(':') && (!number(m, 2) || m > 59)) return false;
    if (eat(':') && (!number(sec, 2) || sec > 59)) return false;
    out = (negative ? -1 : 1) * (h * 3600LL + m * 60LL + sec);
    return true;
  }
};

bool parseBoundary(Cursor& c, TimeZone::PosixRule::Boundary& b) {
  if (c.eat('M')) {
    b.kind = 'M';
    if (!c.number(b.month, 2) || !c.eat('.') || !c.number(b.week, 1) || !c.eat('.') || !c.number(b.weekday, 1)) {
      return false;
    }
    if (b.month < 1 || b.month > 12 || b.week < 1 || b.week > 5 || b.weekday > 6) return false;
  } else if (c.eat('J')) {
    b.kind = 'J';
    if (!c.number(b.day, 3) || b.day < 1 || b.day > 365) return false;
  } else {
    b.kind = 'D';
    if (!c.number(b.day, 3) || b.day > 365) return false;
  }
  b.time = 7200;
  return !c.eat('/') || c.duration(b.time);
}

}  // namespace

bool TimeZone::PosixRule::parse(const std::string& text) {
  Cursor c{text};
  std::int64_t west = 0;
  if (!c.name() || !c.duration(west)) return false;
  stdOffset = -west;  // POSIX counts hours west of Greenwich
  if (c.done()) return true;
  if (!c.name()) return false;
  hasDst = true;
  dstOffset = stdOffset + 3600;
  if (c.peek() != ',' && !c.done()) {
    if (!c.duration(west)) return false;
    dstOffset = -west;
  }
  if (c.done()) {  // no rule given: POSIX leaves it to the implementation; glibc takes the US rule
    start = {'M', 0, 2, 0, 3, 7200};
    end = {'M', 0, 1, 0, 11, 7200};
    return true;
  }
  return c.eat(',') && parseBoundary(c, start) && c.eat(',') && parseBoundary(c, end) && c.done();
}

std::int64_t TimeZone::PosixRule::localInstant(const Boundary& b, int year) const {
  std::int64_t day = daysFromCivil(year, 1, 1);
  if (b.kind == 'J') {
    day += b.day - 1 + ((isLeap(year) && b.day >= 60) ? 1 : 0);  // Jn never counts February 29
  } else if (b.kind == 'D') {
    day += b.day;
  } else {
    const std::int64_t first = daysFromCivil(year, static_cast<unsigned>(b.month), 1);
    const std::int64_t weekdayOfFirst = ((first + 4) % 7 + 7) % 7;  // 0 Sunday; 1970-01-01 was a Thursday
    std::int64_t d = first + ((b.weekday - weekdayOfFirst) % 7 + 7) % 7 + 7 * (b.week - 1);
    const std::int64_t nextMonth =
        b.month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, static_cast<unsigned>(b.month + 1), 1);
    while (d >= nextMonth) d -= 7;  // week 5 is the last such weekday of the month
    day = d;
  }
  return day * kDay + b.time;
}

std::int64_t TimeZone::PosixRule::offsetAt(std::int64_t utc) const {
  if (!hasDst) return stdOffset;
  using namespace std::chrono;
  const year_month_day ymd{sys_days{days{floorDiv(utc + stdOffset, kDay)}}};
  const int year = static_cast<int>(ymd.year());
  const std::int64_t begins = localInstant(start, year) - stdOffset;  // the start is written in standard time
  const std::int64_t ends = localInstant(end, year) - dstOffset;      // the end in daylight-saving time
  const bool dst = begins < ends ? (utc >= begins && utc < ends) : !(utc >= ends && utc < begins);
  return dst ? dstOffset : stdOffset;
}

// ---------------------------------------------------------------------------------------------------------------
// TZif files (RFC 8536)

struct TzifReader {
  const std::string& bytes;
  const std::string& path;

  [[noreturn]] void damaged() const {
    throwBadInput(PW_TR("The time zone file %1 is damaged or not a TZif file; reinstall the tz database (tzdata)"),
                  {path}, {.file = path});
  }
  std::uint64_t unsignedAt(std::size_t at, std::size_t size) const {
    if (at + size > bytes.size()) damaged();
    std::uint64_t v = 0;
    for (std::size_t k = 0; k < size; ++k) v = (v << 8) | static_cast<unsigned char>(bytes[at + k]);
    return v;
  }
  std::int64_t signedAt(std::size_t at, std::size_t size) const {
    const std::uint64_t v = unsignedAt(at, size);
    if (size == 8) return static_cast<std::int64_t>(v);
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(v));
  }

  void read(TimeZone& zone) const {
    if (bytes.size() < 44 || bytes.compare(0, 4, "TZif") != 0) damaged();
    const char version = bytes[4];
    std::size_t header = 0;
    std::size_t timeSize = 4;
    auto blockLength = [&](std::size_t at, std::size_t tsize) {
      const std::size_t isut = unsignedAt(at + 20, 4), isstd = unsignedAt(at + 24, 4), leap = unsignedAt(at + 28, 4);
      const std::size_t times = unsignedAt(at + 32, 4), types = unsignedAt(at + 36, 4), chars = unsignedAt(at + 40, 4);
      return times * tsize + times + types * 6 + chars + leap * (tsize + 4) + isstd + isut;
    };
    if (version >= '2') {  // skip the 32-bit block: the 64-bit one follows with its own header
      header = 44 + blockLength(0, 4);
      if (bytes.compare(header, 4, "TZif") != 0) damaged();
      timeSize = 8;
    }
    const std::size_t times = unsignedAt(header + 32, 4), types = unsignedAt(header + 36, 4);
    if (types == 0) damaged();
    const std::size_t timesAt = header + 44, indexAt = timesAt + times * timeSize, typesAt = indexAt + times;
    auto offsetOfType = [&](std::size_t type) {
      if (type >= types) damaged();
      return signedAt(typesAt + type * 6, 4);
    };
    zone.m_initialOffset = offsetOfType(0);
    for (std::size_t k = 0; k < times; ++k) {
      zone.m_transitions.push_back(signedAt(timesAt + k * timeSize, timeSize));
      zone.m_offsetAfter.push_back(offsetOfType(unsignedAt(indexAt + k, 1)));
      if (k > 0 && zone.m_transitions[k] <= zone.m_transitions[k - 1]) damaged();
    }
    if (version < '2') return;
    const std::size_t footer = header + 44 + blockLength(header, 8);
    if (footer >= bytes.size() || bytes[footer] != '\n') damaged();
    const std::size_t close = bytes.find('\n', footer + 1);
    if (close == std::string::npos) damaged();
    const std::string text = bytes.substr(footer + 1, close - footer - 1);
    if (text.empty()) return;
    auto rule = std::make_unique<TimeZone::PosixRule>();
    if (!rule->parse(text)) damaged();
    zone.m_rule = std::move(rule);
  }
};

TimeZone::TimeZone(std::string name) : m_name(std::move(name)) {}
TimeZone::~TimeZone() = default;

std::shared_ptr<const TimeZone> TimeZone::load(const std::string& name) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const TimeZone>> cache;
  const std::string path = zoneDirectory() + "/" + name;  // the key: $TZDIR may name another database
  const std::lock_guard lock(mutex);
  if (const auto it = cache.find(path); it != cache.end()) return it->second;
  std::ifstream in(path, std::ios::binary);
  if (!plausibleZoneName(name) || !in) {
    throwBadInput(
        PW_TR("There is no time zone '%1' in the tz database (%2); write it as a region and city, for example "
              "Asia/Shanghai"),
        {name, zoneDirectory()}, {.field = "time_zone", .value = name});
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  auto zone = std::make_shared<TimeZone>(name);
  TzifReader{bytes.str(), path}.read(*zone);
  cache.emplace(path, zone);
  return zone;
}

std::int64_t TimeZone::offsetAt(std::int64_t utc) const {
  if (m_transitions.empty() || utc < m_transitions.front()) {
    return m_transitions.empty() && m_rule ? m_rule->offsetAt(utc) : m_initialOffset;
  }
  if (utc >= m_transitions.back() && m_rule) return m_rule->offsetAt(utc);
  const auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), utc);
  return m_offsetAfter[static_cast<std::size_t>(it - m_transitions.begin()) - 1];
}

std::string TimeZone::localDate(std::int64_t utc) const { return isoDateFromDays(floorDiv(utc + offsetAt(utc), kDay)); }

std::int64_t TimeZone::startOfDay(const std::string& date) const {
  const std::int64_t local = daysFromIsoDate(date) * kDay;
  // The offsets around that midnight (zones change their offset at most once within a day).
  const std::int64_t before = local - offsetAt(local - kDay), after = local - offsetAt(local + kDay);
  const bool beforeHolds = before + offsetAt(before) == local, afterHolds = after + offsetAt(after) == local;
  if (beforeHolds && afterHolds) return std::min(before, after);  // midnight came twice: the day begins at the first
  if (beforeHolds) return before;
  if (afterHolds) return after;
  return std::max(before, after);  // the clocks jumped over midnight: the day begins when they jumped
}

std::int64_t daysFromIsoDate(const std::string& date) {
  return daysFromCivil(std::atoi(date.substr(0, 4).c_str()),
                       static_cast<unsigned>(std::atoi(date.substr(5, 2).c_str())),
                       static_cast<unsigned>(std::atoi(date.substr(8, 2).c_str())));
}

std::string isoDateFromDays(std::int64_t days) {
  using namespace std::chrono;
  const year_month_day ymd{sys_days{std::chrono::days{days}}};
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

}  // namespace pw
