#include "core/dates.h"

#include <chrono>

namespace pw {
namespace {

bool digitsAt(std::string_view t, std::size_t from, std::size_t count, unsigned& value) {
  value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (t[i] < '0' || t[i] > '9') return false;
    value = value * 10 + static_cast<unsigned>(t[i] - '0');
  }
  return true;
}

std::chrono::year_month_day ymd(const CivilDate& d) {
  return std::chrono::year_month_day{std::chrono::year{d.year}, std::chrono::month{d.month}, std::chrono::day{d.day}};
}

}  // namespace

std::optional<CivilDate> parseIsoDate(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  unsigned year = 0, month = 0, day = 0;
  if (!digitsAt(t, 0, 4, year) || !digitsAt(t, 5, 2, month) || !digitsAt(t, 8, 2, day)) return std::nullopt;
  const CivilDate date{static_cast<int>(year), month, day};
  if (!ymd(date).ok()) return std::nullopt;
  return date;
}

bool isIsoDate(std::string_view text) { return parseIsoDate(text).has_value(); }

CivilDate requireIsoDate(std::string_view text, const std::string& field, ErrorContext context) {
  if (const auto date = parseIsoDate(text)) return *date;
  context.field = field;
  context.value = std::string(text);
  throwBadInput(PW_TR("%1: '%2' is not a date (write YYYY-MM-DD, a day the calendar has)"), {field, std::string(text)},
                std::move(context));
}

const char* dateFaultMessage() { return PW_TR("'%1' is not a date (write YYYY-MM-DD, a day the calendar has)"); }

std::int64_t dayNumber(const CivilDate& date) { return std::chrono::sys_days(ymd(date)).time_since_epoch().count(); }

unsigned lastDayOfMonth(int year, unsigned month) {
  using namespace std::chrono;
  return static_cast<unsigned>(
      year_month_day_last{std::chrono::year{year}, month_day_last{std::chrono::month{month}}}.day());
}

std::string isoText(const CivilDate& date) {
  std::string out(10, '0');
  auto put = [&](std::size_t at, std::size_t width, unsigned value) {
    for (std::size_t i = 0; i < width; ++i, value /= 10) out[at + width - 1 - i] = static_cast<char>('0' + value % 10);
  };
  put(0, 4, static_cast<unsigned>(date.year));
  out[4] = '-';
  put(5, 2, date.month);
  out[7] = '-';
  put(8, 2, date.day);
  return out;
}

std::string addDays(std::string_view date, int days) {
  const auto d = parseIsoDate(date);
  if (!d) throwInternal(PW_TR("'%1' is not a date"), {std::string(date)});
  const std::chrono::year_month_day out{std::chrono::sys_days(ymd(*d)) + std::chrono::days(days)};
  if (static_cast<int>(out.year()) < 0 || static_cast<int>(out.year()) > 9999) {
    throwBadInput(PW_TR("%1 plus %2 days is not a date of the years 0 to 9999"),
                  {std::string(date), std::to_string(days)});
  }
  return isoText({static_cast<int>(out.year()), static_cast<unsigned>(out.month()), static_cast<unsigned>(out.day())});
}

int daysFrom(std::string_view from, std::string_view to) {
  const auto a = parseIsoDate(from.substr(0, 10));
  const auto b = parseIsoDate(to.substr(0, 10));
  if (!a || !b) return 0;
  return static_cast<int>(dayNumber(*b) - dayNumber(*a));
}

}  // namespace pw
