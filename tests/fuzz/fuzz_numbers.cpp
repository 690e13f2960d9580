// Fuzz target: the strict number and date parsers (core/numbers.h, core/dates.h), the survey-value reader built on
// them (io/normalize.h), the clock positions of the CSV import, and the message formatting of numbers. Beyond "no
// crash", it checks what the parsers promise: a number is finite, a whole number is also a decimal number of the
// same value, what formatNumber writes is a number again, a date round-trips to the same text.
#include <cmath>

#include "core/dates.h"
#include "core/numbers.h"
#include "fuzz_support.h"
#include "inspect/csv_import.h"
#include "io/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pw;
  const std::string_view input = fuzz::text(data, size);
  fuzz::refusalsOnly([&] {
    if (const auto d = parseDecimal(input)) {
      fuzz::require(std::isfinite(*d), "parseDecimal gave a value that is not finite");
      for (int decimals : {0, 3, 17}) {
        fuzz::require(parseDecimal(formatNumber(*d, decimals)).value.has_value(), "formatNumber wrote no number");
      }
    } else {
      fuzz::require(d.fault != NumberFault::None, "parseDecimal refused without a fault");
    }
    if (const auto w = parseWhole(input)) {
      const auto d = parseDecimal(input);
      fuzz::require(d.value.has_value(), "a whole number is not a decimal number");
      fuzz::require(std::fabs(*w) > 9e15 || *d == static_cast<double>(*w), "a whole number differs as a decimal");
    }
    if (const auto date = parseIsoDate(input)) {
      fuzz::require(isoText(*date) == input, "a date does not round-trip");
      fuzz::require(addDays(addDays(input, 400), -400) == input, "adding and removing days moved the date");
    }
    if (const auto n = parseNumber(input)) fuzz::require(std::isfinite(*n), "parseNumber gave a non-finite value");
    if (const auto s = parseSection(input))
      fuzz::require(std::isfinite(s->width), "parseSection gave a non-finite width");
    if (const auto c = parseClock(std::string(input))) {
      fuzz::require(c->from >= 1 && c->from <= 12 && c->to >= 1 && c->to <= 12, "parseClock gave an hour beyond 1-12");
    }
    (void)parseYear(input);
    // The refusals themselves name the field and keep the text.
    try {
      (void)requireDecimal(input, "--distance");
    } catch (const Error& e) {
      fuzz::require(e.kind() == ErrorKind::BadInput && e.context().field == "--distance" && e.context().value == input,
                    "a refused number does not name its field and text");
    }
  });
  return 0;
}
