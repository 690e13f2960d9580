// Reporting periods (period.h): a month, a quarter, a year or two dates, as the user writes them.
#include "report/period.h"

#include "core/dates.h"
#include "core/error.h"

namespace pw {
namespace {

[[noreturn]] void notAPeriod(const std::string& text) {
  throwBadInput(PW_TR("'%1' is not a period: write a month (2026-03), a quarter (2026-Q1), a year (2026) or two dates "
                      "(2026-01-01..2026-02-15)"),
                {text}, {.field = "period", .value = text});
}

bool allDigits(const std::string& s, std::size_t from, std::size_t count) {
  if (from + count > s.size()) return false;
  for (std::size_t i = from; i < from + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

/// The number written by `count` digits at `from` (the caller checked they are digits).
int digitsAt(const std::string& s, std::size_t from, std::size_t count) {
  int n = 0;
  for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (s[i] - '0');
  return n;
}

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::string isoDate(int year, unsigned month, unsigned day) { return isoText({year, month, day}); }

}  // namespace

Period parsePeriod(const std::string& text) {
  const std::string t = trimmed(text);
  Period p;
  p.label = t;
  auto year = [&]() {
    const int y = digitsAt(t, 0, 4);
    if (y < 1000) notAPeriod(text);
    return y;
  };
  if (t.size() == 4 && allDigits(t, 0, 4)) {
    const int y = year();
    p.from = isoDate(y, 1, 1);
    p.to = isoDate(y, 12, 31);
  } else if (t.size() == 7 && allDigits(t, 0, 4) && t[4] == '-' && allDigits(t, 5, 2)) {
    const int y = year();
    const auto m = static_cast<unsigned>(digitsAt(t, 5, 2));
    if (m < 1 || m > 12) notAPeriod(text);
    p.from = isoDate(y, m, 1);
    p.to = isoDate(y, m, lastDayOfMonth(y, m));
  } else if (t.size() == 7 && allDigits(t, 0, 4) && t[4] == '-' && (t[5] == 'Q' || t[5] == 'q') && t[6] >= '1' &&
             t[6] <= '4') {
    const int y = year();
    const auto q = static_cast<unsigned>(t[6] - '0');
    p.from = isoDate(y, 3 * q - 2, 1);
    p.to = isoDate(y, 3 * q, lastDayOfMonth(y, 3 * q));
  } else if (const auto dots = t.find(".."); dots != std::string::npos) {
    p.from = trimmed(t.substr(0, dots));
    p.to = trimmed(t.substr(dots + 2));
    if (!isIsoDate(p.from) || !isIsoDate(p.to) || p.from < "1000") notAPeriod(text);
    if (p.to < p.from) {
      throwBadInput(PW_TR("The period %1 ends before it starts"), {t}, {.field = "period", .value = t});
    }
  } else {
    notAPeriod(text);
  }
  return p;
}

void requireValidPeriod(const Period& period) {
  if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.to < period.from) notAPeriod(period.label);
}

}  // namespace pw
