#pragma once
// The one calendar-date parser of the project. A date is written YYYY-MM-DD (ISO 8601, four-digit year, two-digit
// month and day) and is a real day of the proleptic Gregorian calendar: 2026-02-30 and 2025-02-29 are refused,
// 2024-02-29 is a date. Nothing else is read as a date: no "2026/3/1", no "2026-3-1", no trailing time.
// Timestamps (YYYY-MM-DDTHH:MM:SSZ) are read through their first ten characters where a day is wanted.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace pw {

struct CivilDate {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
};

/// The date, or nothing when the text is not a real date written YYYY-MM-DD.
std::optional<CivilDate> parseIsoDate(std::string_view text);
/// Whether the text is a real date written YYYY-MM-DD.
bool isIsoDate(std::string_view text);
/// The date, or Error(BadInput) naming `field` and the text (with the context given, e.g. the row).
CivilDate requireIsoDate(std::string_view text, const std::string& field, ErrorContext context = {});

/// The message for a text that is not a date, %1 the text: for reports that name the row and field beside it.
const char* dateFaultMessage();

/// Days since 1970-01-01 (negative before).
std::int64_t dayNumber(const CivilDate& date);
/// The date written YYYY-MM-DD.
std::string isoText(const CivilDate& date);
/// The last day of a month (28 to 31) of the proleptic Gregorian calendar.
unsigned lastDayOfMonth(int year, unsigned month);
/// `date` plus `days` days; `date` must be a date (Error(Internal) otherwise: callers check what users give), and
/// so must the result (Error(BadInput) beyond the year 9999).
std::string addDays(std::string_view date, int days);
/// Whole days from `from` to `to` (dates, or timestamps whose date part is used); negative when `to` is earlier,
/// 0 when either is not a date.
int daysFrom(std::string_view from, std::string_view to);

}  // namespace pw
