// Time zones read from the tz database by PipeWard itself: offsets from the transitions and from the POSIX rule at the
// end of a TZif file, local dates and the start of a local day (also when the clocks jump over midnight), refusals of
// unknown zones and damaged files, and use from several threads at once.
#include <filesystem>
#include <fstream>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/clock.h"
#include "core/error.h"
#include "core/tempdir.h"
#include "core/timezone.h"

namespace pw {
namespace {

using ::testing::HasSubstr;

std::int64_t at(const std::string& iso) { return *secondsOfIso(iso); }

/// A TZif version 2 file with no transitions: one local time type and the POSIX rule as its footer.
std::string tzifWithRule(const std::string& rule, std::int32_t offset) {
  auto be32 = [](std::uint32_t v) {
    return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                       static_cast<char>(v)};
  };
  // Counts: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
  const std::string header =
      std::string("TZif2") + std::string(15, '\0') + be32(0) + be32(0) + be32(0) + be32(0) + be32(1) + be32(4);
  const std::string block =
      be32(static_cast<std::uint32_t>(offset)) + std::string{'\0', '\0'} + std::string("XYZ\0", 4);
  return header + block + header + block + "\n" + rule + "\n";
}

class TzDir : public ::testing::Test {
protected:
  TempDir dir;
  void SetUp() override { setenv("TZDIR", dir.path().c_str(), 1); }
  void TearDown() override { unsetenv("TZDIR"); }
  std::shared_ptr<const TimeZone> zone(const std::string& name, const std::string& bytes) {
    std::filesystem::create_directories(std::filesystem::path(dir.path() + "/" + name).parent_path());
    std::ofstream(dir.path() + "/" + name, std::ios::binary) << bytes;
    return TimeZone::load(name);
  }
};

}  // namespace

TEST(TimeZone, ChinaIsEightHoursAheadAndHadSummerTimeFrom1986To1991) {
  const auto shanghai = TimeZone::load("Asia/Shanghai");
  EXPECT_EQ(shanghai->offsetAt(at("2026-12-04T17:30:00Z")), 8 * 3600);
  EXPECT_EQ(shanghai->localDate(at("2026-12-04T17:30:00Z")), "2026-12-05");  // 01:30 in Beijing
  EXPECT_EQ(shanghai->localDate(at("2026-12-04T15:59:59Z")), "2026-12-04");
  EXPECT_EQ(shanghai->offsetAt(at("1988-07-01T00:00:00Z")), 9 * 3600);  // 夏令时
  EXPECT_EQ(isoOfSeconds(shanghai->startOfDay("2026-12-05")), "2026-12-04T16:00:00Z");
  EXPECT_EQ(shanghai->offsetAt(at("2150-01-01T00:00:00Z")), 8 * 3600);  // beyond every transition: the rule "CST-8"
}

TEST(TimeZone, DaylightSavingTimeChangesAtTheStatedInstants) {
  const auto berlin = TimeZone::load("Europe/Berlin");
  EXPECT_EQ(berlin->offsetAt(at("2026-03-29T00:59:59Z")), 3600);
  EXPECT_EQ(berlin->offsetAt(at("2026-03-29T01:00:00Z")), 7200);
  EXPECT_EQ(berlin->offsetAt(at("2026-10-25T00:59:59Z")), 7200);
  EXPECT_EQ(berlin->offsetAt(at("2026-10-25T01:00:00Z")), 3600);
  // Far beyond the listed transitions the footer's rule CET-1CEST,M3.5.0,M10.5.0/3 decides.
  EXPECT_EQ(berlin->offsetAt(at("2100-07-01T12:00:00Z")), 7200);
  EXPECT_EQ(berlin->offsetAt(at("2100-01-15T12:00:00Z")), 3600);
  // The southern hemisphere's summer spans the new year.
  const auto sydney = TimeZone::load("Australia/Sydney");
  EXPECT_EQ(sydney->offsetAt(at("2026-01-15T00:00:00Z")), 11 * 3600);
  EXPECT_EQ(sydney->offsetAt(at("2026-07-15T00:00:00Z")), 10 * 3600);
  EXPECT_EQ(sydney->offsetAt(at("2100-01-15T00:00:00Z")), 11 * 3600);
}

TEST(TimeZone, ADayBeginsWhenTheClocksJumpOverItsMidnight) {
  // São Paulo began summer time at 00:00 on 2018-11-04: the day began at 01:00 local, 03:00 UTC.
  const auto saoPaulo = TimeZone::load("America/Sao_Paulo");
  EXPECT_EQ(isoOfSeconds(saoPaulo->startOfDay("2018-11-04")), "2018-11-04T03:00:00Z");
  EXPECT_EQ(isoOfSeconds(saoPaulo->startOfDay("2018-11-05")), "2018-11-05T02:00:00Z");
  EXPECT_EQ(saoPaulo->localDate(at("2018-11-04T02:59:59Z")), "2018-11-03");
  EXPECT_EQ(saoPaulo->localDate(at("2018-11-04T03:00:00Z")), "2018-11-04");
}

TEST(TimeZone, UnknownZonesAreRefusedNamingThem) {
  for (const std::string name : {"Mars/Olympus", "../../etc/passwd", "", "Asia/Shanghai/.."}) {
    try {
      TimeZone::load(name);
      ADD_FAILURE() << "accepted " << name;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::BadInput);
      EXPECT_THAT(e.what(), HasSubstr("no time zone '" + name + "'"));
      EXPECT_EQ(e.context().field, "time_zone");
    }
  }
}

TEST_F(TzDir, PosixRulesOfEveryFormAreRead) {
  // The US rule, with hours of the transitions by default (02:00).
  const auto ny = zone("Test/NY", tzifWithRule("EST5EDT,M3.2.0,M11.1.0", -5 * 3600));
  EXPECT_EQ(ny->offsetAt(at("2030-03-10T06:59:59Z")), -5 * 3600);  // 2030-03-10 is the second Sunday of March
  EXPECT_EQ(ny->offsetAt(at("2030-03-10T07:00:00Z")), -4 * 3600);
  EXPECT_EQ(ny->offsetAt(at("2030-11-03T05:59:59Z")), -4 * 3600);  // the end is written in summer time
  EXPECT_EQ(ny->offsetAt(at("2030-11-03T06:00:00Z")), -5 * 3600);
  // Names in angle brackets, minutes, negative transition times (Greenland's rule).
  const auto nuuk = zone("Test/Nuuk", tzifWithRule("<-02>2<-01>,M3.5.0/-1,M10.5.0/0", -2 * 3600));
  // 2030-03-31 is the last Sunday; "-1" is 23:00 of the day before in local standard time, 01:00 UTC.
  EXPECT_EQ(nuuk->offsetAt(at("2030-03-31T00:59:59Z")), -2 * 3600);
  EXPECT_EQ(nuuk->offsetAt(at("2030-03-31T01:00:00Z")), -1 * 3600);
  const auto india = zone("Test/India", tzifWithRule("<+0530>-5:30", 19800));
  EXPECT_EQ(india->localDate(at("2030-01-01T18:29:59Z")), "2030-01-01");
  EXPECT_EQ(india->localDate(at("2030-01-01T18:30:00Z")), "2030-01-02");
  // Julian days: J60 is 1 March whether or not the year is a leap year.
  const auto julian = zone("Test/Julian", tzifWithRule("AAA-1BBB,J60/0,J305/0", 3600));
  EXPECT_EQ(julian->offsetAt(at("2028-02-29T22:59:59Z")), 3600);
  EXPECT_EQ(julian->offsetAt(at("2028-02-29T23:00:00Z")), 7200);
}

TEST_F(TzDir, DamagedZoneFilesAreRefusedNamingTheFile) {
  for (const std::string& bytes :
       {std::string("TZif2"), std::string("not a zone file at all, just text......................"),
        tzifWithRule("CST-8", 8 * 3600).substr(0, 70), tzifWithRule("CST", 8 * 3600)}) {
    static int n = 0;
    const std::string name = "Test/Damaged" + std::to_string(n++);
    try {
      zone(name, bytes);
      ADD_FAILURE() << "accepted " << name;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::BadInput);
      EXPECT_THAT(e.what(), HasSubstr(name));
      EXPECT_THAT(e.what(), HasSubstr("damaged"));
    }
  }
}

TEST(TimeZone, ManyThreadsUseZonesAtOnce) {
  std::vector<std::thread> threads;
  std::vector<std::string> dates(8);
  for (std::size_t i = 0; i < dates.size(); ++i) {
    threads.emplace_back([&dates, i] {
      const auto zone = TimeZone::load(i % 2 ? "Asia/Shanghai" : "Europe/Berlin");
      for (int k = 0; k < 20000; ++k) dates[i] = zone->localDate(at("2026-12-04T23:30:00Z") + k);
    });
  }
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < dates.size(); ++i) EXPECT_EQ(dates[i], "2026-12-05") << i;
}

TEST(Clock, TimestampsAndSecondsConvertBothWays) {
  EXPECT_EQ(isoOfSeconds(at("2026-12-04T17:30:00Z")), "2026-12-04T17:30:00Z");
  EXPECT_EQ(isoOfSeconds(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(secondsOfIso("2026-02-30T00:00:00Z"), std::nullopt);
  EXPECT_EQ(secondsOfIso("2026-12-04 17:30"), std::nullopt);
  EXPECT_EQ(at("2026-12-05"), at("2026-12-05T00:00:00Z"));
  setenv("PIPEWARD_NOW", "2026-12-04T17:30:00Z", 1);
  EXPECT_EQ(nowSeconds(), at("2026-12-04T17:30:00Z"));
  unsetenv("PIPEWARD_NOW");
}

}  // namespace pw
