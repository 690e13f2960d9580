#pragma once
// A reporting period as the user writes it: a month, a quarter, a year or two dates. Its dates are real dates with
// from <= to (BadInput otherwise); blanks around the text are ignored and the quarter's Q may be either case.
#include <string>

namespace pw {

struct Period {
  std::string from;   ///< YYYY-MM-DD, inclusive
  std::string to;     ///< YYYY-MM-DD, inclusive
  std::string label;  ///< as written: 2026-03, 2026-Q1, 2026, 2026-01-01..2026-02-15
};

/// "2026-03" (a month), "2026-Q1" (a quarter), "2026" (a year) or "2026-01-01..2026-02-15". BadInput otherwise.
Period parsePeriod(const std::string& text);
/// Checks a period made in code (not parsed): real dates with from <= to. BadInput naming the period otherwise.
void requireValidPeriod(const Period& period);

}  // namespace pw
