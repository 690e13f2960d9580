#pragma once
// The one strict number parser of the project: every number PipeWard reads from a user (CSV cells, command-line
// options, dialogs' text fields, numbers written as text in profiles, catalogues and the project's own metadata)
// goes through here. Either the whole text is one valid number, or it is refused naming what was wrong; a number is
// never taken from the front of a text ("12abc"), never read with a decimal comma ("3,5") and never rounded to
// infinity ("1e400").
//
// A decimal number is, after optional surrounding spaces or tabs (spreadsheets pad cells):
//   [+|-] digits [. digits] [(e|E) [+|-] digits]   with at least one digit before or after the point
// so "12", "-0.5", ".5", "5.", "1e2", "2.5E-3" are numbers, and "", "3,5", "1,000", "12abc", "0x10", "nan", "inf",
// "1e400", "1 000", "１２" (full-width) are not. The result is finite; a value too large or too small for a double
// is refused as out of range.
// A whole number (an id, a count, a grade, a year) is [+|-] digits within the 64-bit range: "3.0" and "1e2" are not
// whole numbers.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace pw {

/// Why a text is not a number.
enum class NumberFault {
  None,
  Empty,         ///< nothing but spaces
  Malformed,     ///< not the grammar above
  DecimalComma,  ///< a comma where a decimal point or nothing belongs ("3,5", "1,000")
  NotFinite,     ///< "nan", "inf", "infinity"
  OutOfRange,    ///< beyond the range of a double ("1e400", "1e-400") or of a 64-bit integer
  NotWhole,      ///< a decimal number where a whole number belongs ("3.0", "1e2")
};

template <class T>
struct Parsed {
  std::optional<T> value;
  NumberFault fault = NumberFault::None;
  explicit operator bool() const { return value.has_value(); }
  const T& operator*() const { return *value; }
};

Parsed<double> parseDecimal(std::string_view text);
Parsed<std::int64_t> parseWhole(std::string_view text);

/// The message template for a fault, with %1 the text: for reports that name the row and field beside it.
const char* numberFaultMessage(NumberFault fault);
/// The same naming the field: %1 the field (an option, a column, a JSON path), %2 the text.
const char* numberFaultMessageOf(NumberFault fault);

/// The number in `text`, or Error(BadInput) naming `field` and the text (with the context given, e.g. the row as
/// `feature` and the file). The message says which rule the text broke.
double requireDecimal(std::string_view text, const std::string& field, ErrorContext context = {});
std::int64_t requireWhole(std::string_view text, const std::string& field, ErrorContext context = {});
/// requireWhole for an int: beyond its range is "out of range".
int requireInt(std::string_view text, const std::string& field, ErrorContext context = {});

}  // namespace pw
