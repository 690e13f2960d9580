#include "core/numbers.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace pw {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// Advances over digits; returns how many.
std::size_t digits(std::string_view t, std::size_t& i) {
  const std::size_t start = i;
  while (i < t.size() && isDigit(t[i])) ++i;
  return i - start;
}

bool equalsIgnoringCase(std::string_view a, std::string_view lowerB) {
  if (a.size() != lowerB.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char c = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (c != lowerB[i]) return false;
  }
  return true;
}

/// The fault of a text that does not follow the grammar: a comma says "decimal comma", a spelled-out infinity or
/// NaN says "not finite", anything else is malformed.
NumberFault faultOf(std::string_view t) {
  if (t.find(',') != std::string_view::npos) return NumberFault::DecimalComma;
  std::string_view word = t;
  if (!word.empty() && (word.front() == '+' || word.front() == '-')) word.remove_prefix(1);
  for (std::string_view w : {"nan", "inf", "infinity"}) {
    if (equalsIgnoringCase(word, w)) return NumberFault::NotFinite;
  }
  return NumberFault::Malformed;
}

/// Whether the mantissa of a well-formed number has a digit other than zero (a value that reads as 0 without
/// one is an underflow).
bool hasNonZeroMantissa(std::string_view t) {
  for (char c : t) {
    if (c == 'e' || c == 'E') break;
    if (c >= '1' && c <= '9') return true;
  }
  return false;
}

}  // namespace

Parsed<double> parseDecimal(std::string_view text) {
  const std::string_view t = trimmed(text);
  if (t.empty()) return {std::nullopt, NumberFault::Empty};
  std::size_t i = 0;
  if (t[i] == '+' || t[i] == '-') ++i;
  std::size_t mantissaDigits = digits(t, i);
  if (i < t.size() && t[i] == '.') {
    ++i;
    mantissaDigits += digits(t, i);
  }
  if (mantissaDigits == 0) return {std::nullopt, faultOf(t)};
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (digits(t, i) == 0) return {std::nullopt, faultOf(t)};
  }
  if (i != t.size()) return {std::nullopt, faultOf(t)};
  // The grammar is checked; from_chars converts (it takes no '+').
  const std::string_view number = t.front() == '+' ? t.substr(1) : t;
  double value = 0;
  const auto result = std::from_chars(number.data(), number.data() + number.size(), value);
  if (result.ec == std::errc::result_out_of_range || !std::isfinite(value) || (value == 0 && hasNonZeroMantissa(t))) {
    return {std::nullopt, NumberFault::OutOfRange};
  }
  if (result.ec != std::errc() || result.ptr != number.data() + number.size())
    return {std::nullopt, NumberFault::Malformed};
  return {value, NumberFault::None};
}

Parsed<std::int64_t> parseWhole(std::string_view text) {
  const std::string_view t = trimmed(text);
  if (t.empty()) return {std::nullopt, NumberFault::Empty};
  std::size_t i = 0;
  if (t[i] == '+' || t[i] == '-') ++i;
  if (digits(t, i) == 0 || i != t.size()) {
    const auto decimal = parseDecimal(t);
    return {std::nullopt, decimal ? NumberFault::NotWhole : decimal.fault};
  }
  const std::string_view number = t.front() == '+' ? t.substr(1) : t;
  std::int64_t value = 0;
  const auto result = std::from_chars(number.data(), number.data() + number.size(), value);
  if (result.ec == std::errc::result_out_of_range) return {std::nullopt, NumberFault::OutOfRange};
  if (result.ec != std::errc()) return {std::nullopt, NumberFault::Malformed};
  return {value, NumberFault::None};
}

const char* numberFaultMessage(NumberFault fault) {
  switch (fault) {
    case NumberFault::None:
    case NumberFault::Malformed: break;
    case NumberFault::Empty: return PW_TR("a number is missing");
    case NumberFault::DecimalComma:
      return PW_TR("'%1' is not a number: write a decimal point, not a comma, and no thousands separators");
    case NumberFault::NotFinite: return PW_TR("'%1' is not a finite number");
    case NumberFault::OutOfRange: return PW_TR("'%1' is out of range");
    case NumberFault::NotWhole: return PW_TR("'%1' is not a whole number");
  }
  return PW_TR("'%1' is not a number (write digits with a decimal point, such as 12.5 or 1e2)");
}

const char* numberFaultMessageOf(NumberFault fault) {
  switch (fault) {
    case NumberFault::None:
    case NumberFault::Malformed: break;
    case NumberFault::Empty: return PW_TR("%1: a number is missing");
    case NumberFault::DecimalComma:
      return PW_TR("%1: '%2' is not a number: write a decimal point, not a comma, and no thousands separators");
    case NumberFault::NotFinite: return PW_TR("%1: '%2' is not a finite number");
    case NumberFault::OutOfRange: return PW_TR("%1: '%2' is out of range");
    case NumberFault::NotWhole: return PW_TR("%1: '%2' is not a whole number");
  }
  return PW_TR("%1: '%2' is not a number (write digits with a decimal point, such as 12.5 or 1e2)");
}

namespace {
[[noreturn]] void refuse(NumberFault fault, std::string_view text, const std::string& field, ErrorContext context) {
  context.field = field;
  context.value = std::string(text);
  throwBadInput(numberFaultMessageOf(fault), {field, std::string(text)}, std::move(context));
}
}  // namespace

double requireDecimal(std::string_view text, const std::string& field, ErrorContext context) {
  const auto parsed = parseDecimal(text);
  if (!parsed) refuse(parsed.fault, text, field, std::move(context));
  return *parsed;
}

std::int64_t requireWhole(std::string_view text, const std::string& field, ErrorContext context) {
  const auto parsed = parseWhole(text);
  if (!parsed) refuse(parsed.fault, text, field, std::move(context));
  return *parsed;
}

int requireInt(std::string_view text, const std::string& field, ErrorContext context) {
  const std::int64_t value = requireWhole(text, field, context);
  if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
    refuse(NumberFault::OutOfRange, text, field, std::move(context));
  }
  return static_cast<int>(value);
}

}  // namespace pw
