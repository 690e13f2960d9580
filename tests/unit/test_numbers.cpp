// The one strict number parser and the one date parser (core/numbers.h, core/dates.h), the JSON numbers read
// through them, the survey values and EPSG codes built on them, and the formatting of numbers in messages.
#include <cmath>
#include <limits>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/dates.h"
#include "core/json_numbers.h"
#include "core/numbers.h"
#include "crs/crs.h"
#include "io/encoding.h"
#include "io/normalize.h"

namespace pw {
namespace {

using ::testing::HasSubstr;

NumberFault decimalFault(std::string_view text) { return parseDecimal(text).fault; }

}  // namespace

TEST(Numbers, WholeValidDecimalNumbers) {
  EXPECT_EQ(*parseDecimal("12"), 12.0);
  EXPECT_EQ(*parseDecimal("-0.5"), -0.5);
  EXPECT_EQ(*parseDecimal("+7"), 7.0);
  EXPECT_EQ(*parseDecimal(".5"), 0.5);
  EXPECT_EQ(*parseDecimal("5."), 5.0);
  EXPECT_EQ(*parseDecimal("1e2"), 100.0);  // the CSV import stored 1 for this
  EXPECT_EQ(*parseDecimal("2.5E-3"), 0.0025);
  EXPECT_EQ(*parseDecimal(" 12.5\t"), 12.5);  // spreadsheets pad cells
  EXPECT_EQ(*parseDecimal("1e308"), 1e308);
}

TEST(Numbers, EverythingElseIsRefusedWithItsReason) {
  EXPECT_EQ(decimalFault(""), NumberFault::Empty);
  EXPECT_EQ(decimalFault("   "), NumberFault::Empty);
  EXPECT_EQ(decimalFault("3,5"), NumberFault::DecimalComma);  // the CSV import stored 3
  EXPECT_EQ(decimalFault("1,000"), NumberFault::DecimalComma);
  EXPECT_EQ(decimalFault("12abc"), NumberFault::Malformed);  // the CSV import stored 12
  EXPECT_EQ(decimalFault("nan"), NumberFault::NotFinite);
  EXPECT_EQ(decimalFault("-Inf"), NumberFault::NotFinite);
  EXPECT_EQ(decimalFault("infinity"), NumberFault::NotFinite);
  EXPECT_EQ(decimalFault("1e400"), NumberFault::OutOfRange);
  EXPECT_EQ(decimalFault("-1e400"), NumberFault::OutOfRange);
  EXPECT_EQ(decimalFault("1e-400"), NumberFault::OutOfRange);  // not silently 0
  for (const char* text : {"0x10", "1 000", "1e", "e5", ".", "-", "+-1", "1.2.3", "1e2.5", "１２", "12 m", "--5"}) {
    EXPECT_EQ(decimalFault(text), NumberFault::Malformed) << text;
  }
  EXPECT_TRUE(parseDecimal("0").value.has_value());
  EXPECT_EQ(*parseDecimal("0e400"), 0.0);  // zero is zero whatever its exponent
}

TEST(Numbers, WholeNumbersAreDigitsOnly) {
  EXPECT_EQ(*parseWhole("42"), 42);
  EXPECT_EQ(*parseWhole("-7"), -7);
  EXPECT_EQ(*parseWhole("9223372036854775807"), INT64_MAX);
  EXPECT_EQ(parseWhole("9223372036854775808").fault, NumberFault::OutOfRange);
  EXPECT_EQ(parseWhole("3.0").fault, NumberFault::NotWhole);
  EXPECT_EQ(parseWhole("1e2").fault, NumberFault::NotWhole);
  EXPECT_EQ(parseWhole("3,5").fault, NumberFault::DecimalComma);
  EXPECT_EQ(parseWhole("12abc").fault, NumberFault::Malformed);
  EXPECT_EQ(parseWhole("").fault, NumberFault::Empty);
}

TEST(Numbers, RefusalsNameTheFieldAndKeepTheText) {
  try {
    requireDecimal("3,5", "distance", {.file = "cctv.csv", .feature = 4});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_EQ(e.context().field, "distance");
    EXPECT_EQ(e.context().value, "3,5");
    EXPECT_EQ(e.context().feature, 4);
    EXPECT_EQ(e.context().file, "cctv.csv");
    EXPECT_THAT(e.what(), HasSubstr("distance: '3,5' is not a number: write a decimal point"));
  }
  EXPECT_THROW(requireWhole("1e2", "--grade"), Error);
  EXPECT_EQ(requireInt("-12", "--year"), -12);
  try {
    requireInt("4294967298", "--grade");
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("--grade: '4294967298' is out of range"));  // not read as 2
  }
}

TEST(Numbers, MessagesFormatAnyFiniteNumberWithinTheirBuffer) {
  // 1e100 in fixed notation needs more than the 64-byte buffer: the error was ignored and the message printed
  // uninitialised memory (found by valgrind on `defect add --distance 1e100`).
  EXPECT_EQ(formatNumber(1e100), "1e+100");
  EXPECT_EQ(formatNumber(-1.5e300, 3), "-1.5e+300");
  EXPECT_EQ(formatNumber(1e308, 17), "1e+308");
  EXPECT_EQ(formatNumber(123456789012345.0, 3), "123456789012345");
  EXPECT_EQ(formatNumber(12.5, 40), "12.5");
  EXPECT_EQ(formatNumber(std::nan("")), "NaN");
  for (double v : {1e15, 9.99e14, 1e-300, -0.0, 4.9e-324}) EXPECT_TRUE(parseDecimal(formatNumber(v))) << v;
}

TEST(Numbers, JsonNumbersAreNumbersOrStringsHoldingOne) {
  using nlohmann::json;
  EXPECT_EQ(*jsonDecimal(json(2.5)), 2.5);
  EXPECT_EQ(*jsonDecimal(json("2.5")), 2.5);
  EXPECT_EQ(*jsonDecimal(json("1e2")), 100.0);
  EXPECT_EQ(jsonDecimal(json("3,5")).fault, NumberFault::DecimalComma);
  EXPECT_FALSE(jsonDecimal(json(nullptr)));
  EXPECT_FALSE(jsonDecimal(json::array()));
  EXPECT_THROW(json j = json::parse("1e400"), json::exception);  // refused by the JSON parser already
  EXPECT_EQ(jsonDecimal(json(std::numeric_limits<double>::infinity())).fault, NumberFault::OutOfRange);
  EXPECT_EQ(*jsonWhole(json(7)), 7);
  EXPECT_EQ(*jsonWhole(json("7")), 7);
  EXPECT_EQ(jsonWhole(json(7.0)).fault, NumberFault::NotWhole);
  EXPECT_EQ(jsonWhole(json(18446744073709551615u)).fault, NumberFault::OutOfRange);
}

TEST(Numbers, SurveyValuesAreOneNumberWithTheirDecorations) {
  EXPECT_EQ(parseNumber("DN300"), 300.0);
  EXPECT_EQ(parseNumber("DN 300 mm"), 300.0);
  EXPECT_EQ(parseNumber("1e2"), 100.0);
  EXPECT_EQ(parseNumber("300毫米"), 300.0);
  EXPECT_FALSE(parseNumber("12abc"));
  EXPECT_FALSE(parseNumber("3,5"));
  EXPECT_FALSE(parseNumber("约300"));
  EXPECT_FALSE(parseNumber("300(管)"));
  EXPECT_FALSE(parseNumber("nan"));
  EXPECT_FALSE(parseSection("300x"));
  EXPECT_FALSE(parseSection("300xabc"));
  ASSERT_TRUE(parseSection("DN1000×800"));
  EXPECT_EQ(parseSection("DN1000×800")->height, 800.0);
}

TEST(Numbers, DrainageCodesCompareAsNumbers) {
  LayerMapping census;
  census.values["drainage"] = {{"rain", {"1"}}, {"sewage", {"2"}}};
  const Vocabulary none;
  EXPECT_EQ(normaliseDrainage("2.000", &census, none), "sewage");  // a DBF number field of width 10, 3 decimals
  EXPECT_EQ(normaliseDrainage("1", &census, none), "rain");
  EXPECT_FALSE(normaliseDrainage("3", &census, none));
}

TEST(Numbers, EpsgCodes) {
  EXPECT_EQ(crs::parseEpsg("EPSG:4549"), 4549);
  EXPECT_EQ(crs::epsgNumber("4490"), 4490);
  EXPECT_FALSE(crs::epsgNumber("4490abc"));
  EXPECT_FALSE(crs::epsgNumber("0"));
  EXPECT_FALSE(crs::epsgNumber("99999999999"));
  EXPECT_THROW(crs::parseEpsg("EPSG:45 49"), Error);
  EXPECT_THROW(crs::parseEpsg("EPSG:1e3"), Error);
}

TEST(Dates, RealCalendarDaysWrittenIso) {
  EXPECT_TRUE(isIsoDate("2026-02-28"));
  EXPECT_TRUE(isIsoDate("2024-02-29"));
  EXPECT_FALSE(isIsoDate("2026-02-30"));
  EXPECT_FALSE(isIsoDate("2025-02-29"));
  EXPECT_FALSE(isIsoDate("1900-02-29"));
  EXPECT_TRUE(isIsoDate("2000-02-29"));
  for (const char* text : {"2026-13-01", "2026-00-10", "2026-1-05", "2026/01/05", "2026-01-05T00:00:00Z", "",
                           " 2026-01-05", "２０２６-01-05", "2026-01-5 "}) {
    EXPECT_FALSE(isIsoDate(text)) << text;
  }
  try {
    requireIsoDate("2026-02-30", "--date");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.context().field, "--date");
    EXPECT_THAT(e.what(), HasSubstr("'2026-02-30' is not a date"));
  }
}

TEST(Dates, DayArithmetic) {
  EXPECT_EQ(addDays("2026-02-28", 1), "2026-03-01");
  EXPECT_EQ(addDays("2024-02-28", 1), "2024-02-29");
  EXPECT_EQ(addDays("2026-01-01", -1), "2025-12-31");
  EXPECT_EQ(daysFrom("2026-01-01", "2026-03-01"), 59);
  EXPECT_EQ(daysFrom("2026-03-01T10:00:00Z", "2026-01-01"), -59);
  EXPECT_EQ(daysFrom("2026-02-30", "2026-03-01"), 0);
  EXPECT_EQ(isoText({987, 7, 4}), "0987-07-04");
  EXPECT_THROW(addDays("9999-12-31", 1), Error);
  EXPECT_THROW(addDays("not a date", 1), Error);
  EXPECT_EQ(lastDayOfMonth(2024, 2), 29u);
  EXPECT_EQ(lastDayOfMonth(2026, 2), 28u);
  EXPECT_EQ(lastDayOfMonth(1900, 2), 28u);
  EXPECT_EQ(lastDayOfMonth(2000, 2), 29u);
  EXPECT_EQ(lastDayOfMonth(2026, 4), 30u);
  EXPECT_EQ(lastDayOfMonth(2026, 12), 31u);
}

TEST(Utf8, InvalidBytesAreFoundAndShown) {
  EXPECT_FALSE(enc::firstInvalidUtf8("管段 ok"));
  EXPECT_EQ(enc::firstInvalidUtf8("ab\xFF"), 2u);
  EXPECT_EQ(enc::firstInvalidUtf8("\xE7\xAE"), 0u);  // cut in the middle of 管
  EXPECT_EQ(enc::escapeInvalidUtf8("一队\xB6\xD3"), "一队\\xB6\\xD3");
  EXPECT_EQ(enc::escapeInvalidUtf8("\xD2\xBB\xB6\xD3"), "\xD2\xBB\\xB6\\xD3");  // 一队 in GBK: D2 BB is UTF-8 (һ)
}

}  // namespace pw
