#include "core/clock.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "core/timezone.h"

namespace pw {
namespace {

bool digits(const std::string& t, std::size_t from, std::size_t count) {
  for (std::size_t i = from; i < from + count; ++i) {
    if (i >= t.size() || t[i] < '0' || t[i] > '9') return false;
  }
  return true;
}

int number(const std::string& t, std::size_t from, std::size_t count) {
  int n = 0;
  for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (t[i] - '0');
  return n;
}

}  // namespace

std::string nowIso() {
  if (const char* fixed = std::getenv("PIPEWARD_NOW"); fixed && *fixed) return fixed;
  return isoOfSeconds(static_cast<std::int64_t>(std::time(nullptr)));
}

std::int64_t nowSeconds() {
  if (const char* fixed = std::getenv("PIPEWARD_NOW"); fixed && *fixed) {
    if (const auto s = secondsOfIso(fixed)) return *s;
  }
  return static_cast<std::int64_t>(std::time(nullptr));
}

std::optional<std::int64_t> secondsOfIso(const std::string& t) {
  if (!digits(t, 0, 4) || t.size() < 10 || t[4] != '-' || t[7] != '-' || !digits(t, 5, 2) || !digits(t, 8, 2)) {
    return std::nullopt;
  }
  using namespace std::chrono;
  const year_month_day ymd{year{number(t, 0, 4)}, month{static_cast<unsigned>(number(t, 5, 2))},
                           day{static_cast<unsigned>(number(t, 8, 2))}};
  if (!ymd.ok()) return std::nullopt;
  std::int64_t s = std::int64_t{sys_days(ymd).time_since_epoch().count()} * 86400;
  if (t.size() == 10) return s;
  if (t.size() < 19 || t[10] != 'T' || !digits(t, 11, 2) || !digits(t, 14, 2) || !digits(t, 17, 2)) return std::nullopt;
  return s + number(t, 11, 2) * 3600 + number(t, 14, 2) * 60 + number(t, 17, 2);
}

std::string isoOfSeconds(std::int64_t seconds) {
  const std::int64_t days = seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0);
  const std::int64_t rest = seconds - days * 86400;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", isoDateFromDays(days).c_str(),
                static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return buffer;
}

}  // namespace pw
