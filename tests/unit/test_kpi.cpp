// Rectification KPIs (report/kpi.h) on a crafted city whose every number is worked out by hand in the comments: four
// districts, seventeen orders driven through the order store with the clock (PIPEWARD_NOW) set to each step's moment,
// so that issue, return, submission, closure and cancellation times are known. Also: periods, the reference day,
// states rebuilt for a finished period, the ranking with its ties, the drill-down lists against every number, and the
// network figures against the assessment report.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "core/error.h"
#include "crafted_city_test.h"
#include "crafted_work.h"
#include "inspect/assessment_query.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "report/kpi.h"
#include "store/project.h"

namespace pw {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

using test::setNow;

/// Four districts side by side, each 500 m wide: 东区 DQ, 西区 XQ, 南区 NQ and 中区 ZQ (empty). Every pipe is 100 m.
///   DQ: e1 sewage, e2 rain, e3 combined -> separate system 0.2 km; e1 and e2 inspected (0.2 km); 3 misconnection
///       points. e1 was inspected twice: the 2025-10-01 inspection (PL2, CK3) is not the latest.
///       Latest defects: e1 PL4 CK3 SL1 TJ2, e2 PL3 PL3 CK2 SL1 FS1 -> grade 1: 3, grade 2: 2, grade 3: 3, grade 4: 1.
///   XQ: w1 sewage, w2 rain -> 0.2 km separate; w1 inspected (0.1 km) twice on the same day: the second one recorded
///       is the latest (CK2 PL1 SL3 -> one each of grades 1, 2, 3; the first one's PL4 does not count); 1 point.
///   NQ: n1 combined -> no separate system; n1 inspected (0.1 km): PL2 PL2 CK4; 1 point (no density without length).
///   ZQ: nothing.
/// Orders (created at 07:00 and issued at 08:00 on the day given unless said otherwise; all steps at 08:00):
///   DQ D1 deadline 02-15: issued 01-05, submitted 02-09, closed 02-10 20:00 (36.5 days, on time)
///      D2 deadline 03-01: issued 01-10, submitted 02-20, returned 02-22, submitted 03-03, closed 03-05 (54 days, late)
///      D3 deadline 03-15: issued 02-01, in progress since 02-03
///      D4 deadline 04-30: issued 02-20, accepted 02-21
///      D5 deadline 03-20: issued 03-01, submitted 03-18, returned 03-19, submitted 03-25, closed 04-02
///      D6 deadline 02-28: issued 01-15, cancelled 02-01
///      D7 deadline 03-10: a draft, never issued
///      D8 deadline 2025-12-15: issued 2025-11-01, submitted 01-08, closed 01-10 (70 days)
///      D9 deadline 2025-12-31: issued 2025-12-01, never accepted
///   XQ X1 deadline 02-28: issued 01-10, submitted 02-18, closed 02-20 (41 days)
///      X2 deadline 03-10: issued 01-20, submitted 03-06, closed 03-08 (47 days)
///      X3 deadline 03-25: issued 02-10, cancelled 04-05
///      X4 deadline 03-31: issued 03-01, in progress since 03-03
///      X5 deadline 02-25: issued 02-01, suspended 02-20 with the new deadline 04-20
///   NQ N1 deadline 02-01: issued 01-05, submitted 01-24, closed 01-25 (20 days)
///      N2 deadline 03-01: issued 01-06, submitted 02-26, closed 02-27 (52 days)
///      N3 deadline 03-30: issued 02-01, never accepted
/// Dates without a year are in 2026. The KPIs are computed on 2026-04-15.
class KpiTest : public test::CraftedCityTest {
protected:
  std::map<std::string, std::int64_t> id;  // order name (D1...) -> id

  void SetUp() override {
    setNow("2025-12-31T08:00:00Z");  // the survey of 2025 is in: no inspection is dated after today
    const test::CraftedCity city{.districts = {{"东区", "DQ", 500000, 3350000, 500500, 3350500},
                                               {"西区", "XQ", 500500, 3350000, 501000, 3350500},
                                               {"南区", "NQ", 501000, 3350000, 501500, 3350500},
                                               {"中区", "ZQ", 501500, 3350000, 502000, 3350500}},
                                 .manholes = {{"E1", 500100, 3350100},
                                              {"E2", 500200, 3350100},
                                              {"E3", 500300, 3350100},
                                              {"E4", 500400, 3350100},
                                              {"W1", 500600, 3350100},
                                              {"W2", 500700, 3350100},
                                              {"W3", 500800, 3350100},
                                              {"N1", 501100, 3350100},
                                              {"N2", 501200, 3350100}},
                                 .pipes = {{"e1", "E1", "E2", "污水", 400},
                                           {"e2", "E2", "E3", "雨水", 400},
                                           {"e3", "E3", "E4", "合流", 400},
                                           {"w1", "W1", "W2", "污水", 400},
                                           {"w2", "W2", "W3", "雨水", 400},
                                           {"n1", "N1", "N2", "合流", 400}}};
    importCity(city, {test::districtManager("东经理", "DQ"), test::districtManager("西经理", "XQ")});

    // Findings.
    const auto e1old = inspect("e1", "2025-10-01");
    const auto e1 = inspect("e1", "2025-12-01");
    const auto e2 = inspect("e2", "2025-12-01");
    const auto w1first = inspect("w1", "2025-12-10");
    const auto w1 = inspect("w1", "2025-12-10");  // same day, recorded later: the latest
    const auto n1 = inspect("n1", "2025-12-20");
    const auto e1oldPL2 = defect(e1old, "PL", 2, 10), e1oldCK3 = defect(e1old, "CK", 3, 20);
    const auto e1PL4 = defect(e1, "PL", 4, 10), e1CK3 = defect(e1, "CK", 3, 20), e1SL1 = defect(e1, "SL", 1, 30);
    const auto e1TJ2 = defect(e1, "TJ", 2, 40);
    const auto e2PL3a = defect(e2, "PL", 3, 10), e2PL3b = defect(e2, "PL", 3, 50), e2CK2 = defect(e2, "CK", 2, 20);
    const auto e2SL1 = defect(e2, "SL", 1, 30), e2FS1 = defect(e2, "FS", 1, 40);
    const auto w1firstPL4 = defect(w1first, "PL", 4, 10);
    const auto w1CK2 = defect(w1, "CK", 2, 20), w1PL1 = defect(w1, "PL", 1, 30), w1SL3 = defect(w1, "SL", 3, 40);
    const auto n1PL2a = defect(n1, "PL", 2, 10), n1PL2b = defect(n1, "PL", 2, 20), n1CK4 = defect(n1, "CK", 4, 30);
    for (const double x : {500110.0, 500150.0, 500250.0}) point(x);
    const auto westPoint = point(500650);
    point(501150);
    (void)e1oldPL2;
    (void)e1oldCK3;

    // Orders.
    using A = OrderAction;
    const std::string y = "2026-";
    id["D1"] = order("东经理", {"defect", e1PL4}, y + "01-05", y + "02-15",
                     {{y + "01-05", A::Issue},
                      {y + "01-06", A::Accept},
                      {y + "01-07", A::Start},
                      {y + "02-09", A::Submit},
                      {y + "02-10T20:00:00Z", A::Close}});
    id["D2"] = order("东经理", {"defect", e1CK3}, y + "01-10", y + "03-01",
                     {{y + "01-10", A::Issue},
                      {y + "01-11", A::Accept},
                      {y + "01-12", A::Start},
                      {y + "02-20", A::Submit},
                      {y + "02-22", A::Return},
                      {y + "02-23", A::Start},
                      {y + "03-03", A::Submit},
                      {y + "03-05", A::Close}});
    id["D3"] = order("东经理", {"defect", e1SL1}, y + "02-01", y + "03-15",
                     {{y + "02-01", A::Issue}, {y + "02-02", A::Accept}, {y + "02-03", A::Start}});
    id["D4"] = order("东经理", {"defect", e1TJ2}, y + "02-20", y + "04-30",
                     {{y + "02-20", A::Issue}, {y + "02-21", A::Accept}});
    id["D5"] = order("东经理", {"defect", e2PL3a}, y + "03-01", y + "03-20",
                     {{y + "03-01", A::Issue},
                      {y + "03-02", A::Accept},
                      {y + "03-03", A::Start},
                      {y + "03-18", A::Submit},
                      {y + "03-19", A::Return},
                      {y + "03-20", A::Start},
                      {y + "03-25", A::Submit},
                      {y + "04-02", A::Close}});
    id["D6"] = order("东经理", {"defect", e2PL3b}, y + "01-15", y + "02-28",
                     {{y + "01-15", A::Issue}, {y + "02-01", A::Cancel}});
    id["D7"] = order("东经理", {"defect", e2CK2}, y + "01-20", y + "03-10", {});
    id["D8"] = order("东经理", {"defect", e2SL1}, "2025-11-01", "2025-12-15",
                     {{"2025-11-01", A::Issue},
                      {"2025-11-02", A::Accept},
                      {"2025-11-03", A::Start},
                      {y + "01-08", A::Submit},
                      {y + "01-10", A::Close}});
    id["D9"] = order("东经理", {"defect", e2FS1}, "2025-12-01", "2025-12-31", {{"2025-12-01", A::Issue}});
    id["X1"] = order("西经理", {"defect", w1CK2}, y + "01-10", y + "02-28",
                     {{y + "01-10", A::Issue},
                      {y + "01-11", A::Accept},
                      {y + "01-12", A::Start},
                      {y + "02-18", A::Submit},
                      {y + "02-20", A::Close}});
    id["X2"] = order("西经理", {"defect", w1PL1}, y + "01-20", y + "03-10",
                     {{y + "01-20", A::Issue},
                      {y + "01-21", A::Accept},
                      {y + "01-22", A::Start},
                      {y + "03-06", A::Submit},
                      {y + "03-08", A::Close}});
    id["X3"] = order("西经理", {"defect", w1SL3}, y + "02-10", y + "03-25",
                     {{y + "02-10", A::Issue}, {y + "04-05", A::Cancel}});
    id["X4"] = order("西经理", {"defect", w1firstPL4}, y + "03-01", y + "03-31",
                     {{y + "03-01", A::Issue}, {y + "03-02", A::Accept}, {y + "03-03", A::Start}});
    id["X5"] = order("西经理", {"misconnection", westPoint}, y + "02-01", y + "02-25",
                     {{y + "02-01", A::Issue}, {y + "02-02", A::Accept}, {y + "02-20", A::Suspend, y + "04-20"}});
    id["N1"] = order("admin", {"defect", n1PL2a}, y + "01-05", y + "02-01",
                     {{y + "01-05", A::Issue},
                      {y + "01-06", A::Accept},
                      {y + "01-07", A::Start},
                      {y + "01-24", A::Submit},
                      {y + "01-25", A::Close}});
    id["N2"] = order("admin", {"defect", n1PL2b}, y + "01-06", y + "03-01",
                     {{y + "01-06", A::Issue},
                      {y + "01-07", A::Accept},
                      {y + "01-08", A::Start},
                      {y + "02-26", A::Submit},
                      {y + "02-27", A::Close}});
    id["N3"] = order("admin", {"defect", n1CK4}, y + "02-01", y + "03-30", {{y + "02-01", A::Issue}});
    setNow("2026-04-15T09:00:00Z");  // today
  }

  std::int64_t inspect(const std::string& pipeCode, const std::string& date) {
    return test::recordInspection(*project, *findings, pipeCode, date, "admin");
  }
  std::int64_t defect(std::int64_t inspection, const std::string& code, int grade, double distance) {
    return test::recordDefect(*findings, inspection, code, grade, distance, "admin");
  }
  std::int64_t point(double x) {
    MisconnectionRecord mc;
    mc.location = Point{x, 3350120};
    mc.kind = "rain_into_sewage";
    mc.codMgL = 150;
    return findings->addMisconnection(mc, "admin");
  }
  /// An order created at 07:00 of `created`, then taken through `steps`, each at its time.
  std::int64_t order(const std::string& user, OrderItem item, const std::string& created, const std::string& deadline,
                     const std::vector<test::OrderStep>& steps) {
    return test::raiseOrder(*orders, user, item, created, deadline, steps);
  }

  KpiReport kpis(const std::string& period) { return computeKpis(*project, catalogues, parsePeriod(period)); }
  static const DistrictKpi& of(const KpiReport& r, const std::string& code) {
    const auto it =
        std::find_if(r.districts.begin(), r.districts.end(), [&](const DistrictKpi& k) { return k.code == code; });
    if (it == r.districts.end()) throw std::runtime_error("no district " + code + " in the report");
    return *it;
  }
  std::vector<std::int64_t> behind(const std::string& period, const std::string& code, const std::string& metric) {
    const std::optional<std::int64_t> d = code.empty() ? std::nullopt : std::optional(district.at(code));
    return ordersBehind(*project, parsePeriod(period), d, metric);
  }
  std::vector<std::int64_t> ids(std::initializer_list<const char*> names) {
    std::vector<std::int64_t> out;
    for (const char* n : names) out.push_back(id.at(n));
    return out;
  }
  /// Every number of a row against the length of its drill-down list.
  void expectListsMatch(const std::string& period, const std::string& code, const DistrictKpi& k) {
    SCOPED_TRACE(period + " " + (code.empty() ? "city" : code));
    EXPECT_EQ(behind(period, code, "due").size(), static_cast<std::size_t>(k.due));
    EXPECT_EQ(behind(period, code, "closed_of_due").size(), static_cast<std::size_t>(k.closedOfDue));
    EXPECT_EQ(behind(period, code, "closed_on_time").size(), static_cast<std::size_t>(k.closedOnTime));
    EXPECT_EQ(behind(period, code, "late_open").size(), static_cast<std::size_t>(k.lateOpen));
    EXPECT_EQ(behind(period, code, "overdue").size(), static_cast<std::size_t>(k.overdue));
    EXPECT_EQ(behind(period, code, "closed_in_period").size(), static_cast<std::size_t>(k.closedInPeriod));
    EXPECT_EQ(behind(period, code, "submitted").size(), static_cast<std::size_t>(k.submissions));
    EXPECT_EQ(behind(period, code, "returned").size(), static_cast<std::size_t>(k.returns));
    for (const auto& [state, n] : k.openByState) {
      EXPECT_EQ(behind(period, code, "open:" + state).size(), static_cast<std::size_t>(n)) << state;
    }
  }
};

TEST(KpiPeriod, MonthsQuartersYearsAndRangesAreParsed) {
  auto p = parsePeriod("2026-03");
  EXPECT_EQ(p.from, "2026-03-01");
  EXPECT_EQ(p.to, "2026-03-31");
  EXPECT_EQ(p.label, "2026-03");
  EXPECT_EQ(parsePeriod("2024-02").to, "2024-02-29");  // a leap year
  EXPECT_EQ(parsePeriod("2026-02").to, "2026-02-28");
  p = parsePeriod("2026-Q1");
  EXPECT_EQ(p.from, "2026-01-01");
  EXPECT_EQ(p.to, "2026-03-31");
  EXPECT_EQ(p.label, "2026-Q1");
  p = parsePeriod("2026-q4");
  EXPECT_EQ(p.from, "2026-10-01");
  EXPECT_EQ(p.to, "2026-12-31");
  EXPECT_EQ(parsePeriod("2026-Q2").to, "2026-06-30");
  EXPECT_EQ(parsePeriod("2026-Q3").from, "2026-07-01");
  p = parsePeriod("2026");
  EXPECT_EQ(p.from, "2026-01-01");
  EXPECT_EQ(p.to, "2026-12-31");
  p = parsePeriod(" 2026-01-01..2026-02-15 ");  // surrounding blanks are ignored
  EXPECT_EQ(p.from, "2026-01-01");
  EXPECT_EQ(p.to, "2026-02-15");
  EXPECT_EQ(p.label, "2026-01-01..2026-02-15");
  p = parsePeriod("2026-03-10..2026-03-10");  // one day
  EXPECT_EQ(p.from, "2026-03-10");
  EXPECT_EQ(p.to, "2026-03-10");
}

TEST(KpiPeriod, AnythingElseIsRefusedNamingTheText) {
  for (const std::string bad : {"", "  ", "26", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026Q1", "2026-3",
                                "March 2026", "2026-02-30..2026-03-01", "2026-01-01..", "..2026-01-01", "2026-01-01",
                                "2026-01-01...2026-02-01", "0999", "2026/03", "2026-03-01..2026-3-5"}) {
    try {
      parsePeriod(bad);
      ADD_FAILURE() << "accepted '" << bad << "'";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::BadInput) << bad;
      EXPECT_THAT(e.what(), HasSubstr("'" + bad + "' is not a period")) << bad;
      EXPECT_THAT(e.what(), HasSubstr("2026-Q1"));  // says what would do
      EXPECT_EQ(e.context().field, "period");
    }
  }
  try {
    parsePeriod("2026-03-01..2026-02-01");
    ADD_FAILURE() << "accepted a reversed range";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_THAT(e.what(), HasSubstr("2026-03-01..2026-02-01 ends before it starts"));
  }
}

TEST_F(KpiTest, AFinishedQuarterCountsEachDistrictAsWorkedOutByHand) {
  const auto r = kpis("2026-Q1");
  EXPECT_EQ(r.period.from, "2026-01-01");
  EXPECT_EQ(r.referenceDay, "2026-03-31");  // the quarter is over on 2026-04-15: its last day
  ASSERT_EQ(r.districts.size(), 4u);

  const auto& dq = of(r, "DQ");
  EXPECT_EQ(dq.name, "东区");
  EXPECT_EQ(dq.districtId, district["DQ"]);
  // Due (deadline in Q1, issued, not cancelled by 03-31): D1 02-15, D2 03-01, D3 03-15, D5 03-20. Not D4 (04-30),
  // D6 (cancelled), D7 (a draft), D8 and D9 (deadlines in 2025).
  EXPECT_EQ(dq.due, 4);
  EXPECT_EQ(dq.closedOfDue, 2);  // D1, D2; D5 was closed on 04-02, after the reference day
  ASSERT_TRUE(dq.completionRate);
  EXPECT_DOUBLE_EQ(*dq.completionRate, 0.5);  // 2 closed of 4 due
  EXPECT_EQ(dq.closedOnTime, 1);              // D1 on 02-10 (deadline 02-15); D2 on 03-05 after its 03-01
  EXPECT_EQ(dq.lateOpen, 2);                  // D3 (03-15) and D5 (03-20) open on 03-31
  ASSERT_TRUE(dq.onTimeRate);
  EXPECT_DOUBLE_EQ(*dq.onTimeRate, 0.25);  // 1 on time / (2 closed + 2 late open)
  EXPECT_EQ(dq.overdue, 3);                // D3, D5 and D9 (2025-12-31) open past their deadline on 03-31
  EXPECT_EQ(dq.closedInPeriod, 3);         // D1 02-10, D2 03-05, D8 01-10
  ASSERT_TRUE(dq.averageDaysToClose);
  EXPECT_DOUBLE_EQ(*dq.averageDaysToClose, 53.5);  // (36.5 + 54 + 70) / 3
  EXPECT_EQ(dq.submissions, 6);                    // D1 02-09; D2 02-20, 03-03; D5 03-18, 03-25; D8 01-08
  EXPECT_EQ(dq.returns, 2);                        // D2 02-22, D5 03-19
  ASSERT_TRUE(dq.returnRate);
  EXPECT_DOUBLE_EQ(*dq.returnRate, 2.0 / 6);
  // Open on 03-31, in the state of that day: D5 was submitted then (closed since), D9 issued, D4 accepted, D3 working.
  EXPECT_EQ(
      dq.openByState,
      (std::map<std::string, std::int64_t>{
          {"issued", 1}, {"accepted", 1}, {"in_progress", 1}, {"submitted", 1}, {"returned", 0}, {"suspended", 0}}));
  // The network: 0.2 km inspected (e1, e2); latest defects by grade 3, 2, 3, 1 -> 15, 10, 15, 5 per km.
  EXPECT_NEAR(dq.inspectedKm, 0.2, 1e-9);
  EXPECT_EQ(dq.defectsByGrade, (std::array<std::int64_t, 4>{3, 2, 3, 1}));
  EXPECT_NEAR(dq.defectsPerKm[0], 15, 1e-6);
  EXPECT_NEAR(dq.defectsPerKm[1], 10, 1e-6);
  EXPECT_NEAR(dq.defectsPerKm[2], 15, 1e-6);
  EXPECT_NEAR(dq.defectsPerKm[3], 5, 1e-6);
  // 3 points on 0.2 km of separate sewer (e1 sewage, e2 rain; e3 is combined): 15 per km, over 10: severe.
  EXPECT_EQ(dq.misconnections, 3);
  EXPECT_NEAR(dq.separateKm, 0.2, 1e-9);
  ASSERT_TRUE(dq.misconnectionDensity);
  EXPECT_NEAR(*dq.misconnectionDensity, 15, 1e-6);
  EXPECT_EQ(dq.densityGrade, "重度");

  const auto& xq = of(r, "XQ");
  // Due: X1 02-28, X2 03-10, X3 03-25 (cancelled only on 04-05), X4 03-31. X5's deadline moved to 04-20.
  EXPECT_EQ(xq.due, 4);
  EXPECT_EQ(xq.closedOfDue, 2);               // X1, X2
  EXPECT_DOUBLE_EQ(*xq.completionRate, 0.5);  // 2 of 4
  EXPECT_EQ(xq.closedOnTime, 2);              // X1 02-20 <= 02-28, X2 03-08 <= 03-10
  EXPECT_EQ(xq.lateOpen, 1);                  // X3; X4's deadline is the reference day itself: not yet past
  EXPECT_DOUBLE_EQ(*xq.onTimeRate, 2.0 / 3);  // 2 / (2 + 1)
  EXPECT_EQ(xq.overdue, 1);                   // X3
  EXPECT_EQ(xq.closedInPeriod, 2);
  EXPECT_DOUBLE_EQ(*xq.averageDaysToClose, 44);  // (41 + 47) / 2
  EXPECT_EQ(xq.submissions, 2);
  EXPECT_EQ(xq.returns, 0);
  ASSERT_TRUE(xq.returnRate);
  EXPECT_DOUBLE_EQ(*xq.returnRate, 0);
  EXPECT_EQ(xq.openByState.at("issued"), 1);       // X3 on 03-31
  EXPECT_EQ(xq.openByState.at("in_progress"), 1);  // X4
  EXPECT_EQ(xq.openByState.at("suspended"), 1);    // X5
  // w1 was inspected twice on 2025-12-10: the second record counts (CK2, PL1, SL3), not the first one's PL4.
  EXPECT_NEAR(xq.inspectedKm, 0.1, 1e-9);
  EXPECT_EQ(xq.defectsByGrade, (std::array<std::int64_t, 4>{1, 1, 1, 0}));
  EXPECT_NEAR(xq.defectsPerKm[0], 10, 1e-6);
  EXPECT_NEAR(*xq.misconnectionDensity, 5, 1e-6);  // 1 point on 0.2 km: 5 per km, moderate (5-10)
  EXPECT_EQ(xq.densityGrade, "中度");

  const auto& nq = of(r, "NQ");
  EXPECT_EQ(nq.due, 3);  // N1 02-01, N2 03-01, N3 03-30
  EXPECT_EQ(nq.closedOfDue, 2);
  EXPECT_DOUBLE_EQ(*nq.completionRate, 2.0 / 3);
  EXPECT_EQ(nq.closedOnTime, 2);  // 01-25 <= 02-01, 02-27 <= 03-01
  EXPECT_EQ(nq.lateOpen, 1);      // N3, 03-30 < 03-31
  EXPECT_DOUBLE_EQ(*nq.onTimeRate, 2.0 / 3);
  EXPECT_EQ(nq.overdue, 1);
  EXPECT_DOUBLE_EQ(*nq.averageDaysToClose, 36);  // (20 + 52) / 2
  EXPECT_EQ(nq.defectsByGrade, (std::array<std::int64_t, 4>{0, 2, 0, 1}));
  EXPECT_NEAR(nq.defectsPerKm[1], 20, 1e-6);  // 2 on 0.1 km
  // Only a combined pipe: a point but no separate system, so no density and no degree.
  EXPECT_EQ(nq.misconnections, 1);
  EXPECT_EQ(nq.separateKm, 0);
  EXPECT_FALSE(nq.misconnectionDensity);
  EXPECT_EQ(nq.densityGrade, "");

  const auto& zq = of(r, "ZQ");  // nothing at all: counts are zero, rates empty
  EXPECT_EQ(zq.due, 0);
  EXPECT_FALSE(zq.completionRate);
  EXPECT_FALSE(zq.onTimeRate);
  EXPECT_FALSE(zq.averageDaysToClose);
  EXPECT_FALSE(zq.returnRate);
  EXPECT_EQ(zq.inspectedKm, 0);
  EXPECT_EQ(zq.defectsPerKm, (std::array<double, 4>{0, 0, 0, 0}));
  EXPECT_FALSE(zq.misconnectionDensity);
  EXPECT_EQ(zq.openByState.size(), 6u);  // every open state, at zero
}

TEST_F(KpiTest, TheCityRatesComeFromTheCityTotalsNotFromTheDistrictRates) {
  const auto c = kpis("2026-Q1").city;
  EXPECT_EQ(c.districtId, 0);
  EXPECT_EQ(c.rank, 0);
  EXPECT_EQ(c.due, 11);                           // 4 + 4 + 3 + 0
  EXPECT_EQ(c.closedOfDue, 6);                    // 2 + 2 + 2
  EXPECT_DOUBLE_EQ(*c.completionRate, 6.0 / 11);  // 0.545..., not the mean of 0.5, 0.5 and 0.667 (0.556)
  EXPECT_EQ(c.closedOnTime, 5);                   // 1 + 2 + 2
  EXPECT_EQ(c.lateOpen, 4);                       // 2 + 1 + 1
  EXPECT_DOUBLE_EQ(*c.onTimeRate, 0.5);           // 5 / (6 + 4)
  EXPECT_EQ(c.overdue, 5);                        // 3 + 1 + 1
  EXPECT_EQ(c.closedInPeriod, 7);
  EXPECT_DOUBLE_EQ(*c.averageDaysToClose, 320.5 / 7);  // (36.5 + 54 + 70 + 41 + 47 + 20 + 52) / 7 = 45.79
  EXPECT_EQ(c.submissions, 10);                        // 6 + 2 + 2
  EXPECT_EQ(c.returns, 2);
  EXPECT_DOUBLE_EQ(*c.returnRate, 0.2);
  EXPECT_EQ(
      c.openByState,
      (std::map<std::string, std::int64_t>{
          {"issued", 3}, {"accepted", 1}, {"in_progress", 2}, {"submitted", 1}, {"returned", 0}, {"suspended", 1}}));
  EXPECT_NEAR(c.inspectedKm, 0.4, 1e-9);  // 0.2 + 0.1 + 0.1
  EXPECT_EQ(c.defectsByGrade, (std::array<std::int64_t, 4>{4, 5, 4, 2}));
  EXPECT_NEAR(c.defectsPerKm[1], 12.5, 1e-6);  // 5 / 0.4
  EXPECT_EQ(c.misconnections, 5);
  EXPECT_NEAR(c.separateKm, 0.4, 1e-9);
  EXPECT_NEAR(*c.misconnectionDensity, 12.5, 1e-6);  // 5 / 0.4: severe
  EXPECT_EQ(c.densityGrade, "重度");
}

TEST_F(KpiTest, DistrictsAreRankedByCompletionThenOnTimeThenFewerOverdue) {
  // Q1: NQ completes 2/3; XQ and DQ 1/2 each, XQ on time 2/3 against DQ's 1/4; ZQ has nothing due: last.
  auto r = kpis("2026-Q1");
  std::vector<std::pair<std::string, int>> ranking;
  for (const auto& k : r.districts) ranking.emplace_back(k.code, k.rank);
  EXPECT_THAT(ranking, ElementsAre(std::pair<std::string, int>{"NQ", 1}, std::pair<std::string, int>{"XQ", 2},
                                   std::pair<std::string, int>{"DQ", 3}, std::pair<std::string, int>{"ZQ", 4}));
  // April (running, reference day 04-15): DQ (D4) and XQ (X5) each complete 0 of 1, no on-time rate; XQ has fewer
  // overdue (X4) than DQ (D3, D9). NQ and ZQ have nothing due; ZQ has no overdue order, NQ one (N3).
  r = kpis("2026-04");
  EXPECT_EQ(r.referenceDay, "2026-04-15");
  ranking.clear();
  for (const auto& k : r.districts) ranking.emplace_back(k.code, k.rank);
  EXPECT_THAT(ranking, ElementsAre(std::pair<std::string, int>{"XQ", 1}, std::pair<std::string, int>{"DQ", 2},
                                   std::pair<std::string, int>{"ZQ", 3}, std::pair<std::string, int>{"NQ", 4}));
  EXPECT_DOUBLE_EQ(*of(r, "DQ").completionRate, 0);
  EXPECT_FALSE(of(r, "DQ").onTimeRate);
  // May has not begun: nothing is due anywhere, so only the overdue orders of today separate them. NQ and XQ have one
  // each: they share rank 2 (listed by code) and the next is 4.
  r = kpis("2026-05");
  EXPECT_EQ(r.referenceDay, "2026-04-15");
  ranking.clear();
  for (const auto& k : r.districts) ranking.emplace_back(k.code, k.rank);
  EXPECT_THAT(ranking, ElementsAre(std::pair<std::string, int>{"ZQ", 1}, std::pair<std::string, int>{"NQ", 2},
                                   std::pair<std::string, int>{"XQ", 2}, std::pair<std::string, int>{"DQ", 4}));
}

TEST_F(KpiTest, ARunningPeriodCountsUpToToday) {
  const auto r = kpis("2026-04");
  EXPECT_EQ(r.referenceDay, "2026-04-15");
  const auto& dq = of(r, "DQ");
  EXPECT_EQ(dq.due, 1);                          // D4, deadline 04-30
  EXPECT_EQ(dq.lateOpen, 0);                     // not yet past
  EXPECT_EQ(dq.overdue, 2);                      // D3 (03-15) and D9 (2025-12-31), whatever the period
  EXPECT_EQ(dq.closedInPeriod, 1);               // D5 on 04-02
  EXPECT_DOUBLE_EQ(*dq.averageDaysToClose, 32);  // issued 03-01 08:00, closed 04-02 08:00
  EXPECT_EQ(dq.submissions, 0);
  EXPECT_FALSE(dq.returnRate);                   // no submission in April
  EXPECT_EQ(dq.openByState.at("submitted"), 0);  // D5 is closed now
  const auto& xq = of(r, "XQ");
  EXPECT_EQ(xq.due, 1);      // X5, whose approved new deadline is 04-20
  EXPECT_EQ(xq.overdue, 1);  // X4 (03-31); X3 is cancelled
  EXPECT_EQ(xq.openByState.at("issued"), 0);
  EXPECT_EQ(r.city.overdue, 4);                 // D3, D9, X4, N3
  EXPECT_DOUBLE_EQ(*r.city.completionRate, 0);  // 0 of 2
}

TEST_F(KpiTest, TheDrillDownListsExactlyTheOrdersCounted) {
  const std::string q1 = "2026-Q1";
  EXPECT_EQ(behind(q1, "DQ", "due"), ids({"D1", "D2", "D3", "D5"}));
  EXPECT_EQ(behind(q1, "DQ", "closed_of_due"), ids({"D1", "D2"}));
  EXPECT_EQ(behind(q1, "DQ", "closed_on_time"), ids({"D1"}));
  EXPECT_EQ(behind(q1, "DQ", "late_open"), ids({"D3", "D5"}));
  EXPECT_EQ(behind(q1, "DQ", "overdue"), ids({"D3", "D5", "D9"}));
  EXPECT_EQ(behind(q1, "DQ", "closed_in_period"), ids({"D1", "D2", "D8"}));
  EXPECT_EQ(behind(q1, "DQ", "returned"), ids({"D2", "D5"}));                           // in the order they happened
  EXPECT_EQ(behind(q1, "DQ", "submitted"), ids({"D8", "D1", "D2", "D2", "D5", "D5"}));  // one entry per submission
  EXPECT_EQ(behind(q1, "DQ", "open:submitted"), ids({"D5"}));
  EXPECT_EQ(behind(q1, "XQ", "open:issued"), ids({"X3"}));
  EXPECT_EQ(behind(q1, "XQ", "open:suspended"), ids({"X5"}));
  EXPECT_EQ(behind(q1, "", "overdue"), ids({"D3", "D5", "D9", "X3", "N3"}));                    // the city
  EXPECT_EQ(ordersBehind(*project, parsePeriod(q1), 0, "overdue"), behind(q1, "", "overdue"));  // 0 is the city too
  EXPECT_TRUE(behind(q1, "ZQ", "due").empty());
  // Every number of every row, for a finished and a running period.
  for (const std::string period : {"2026-Q1", "2026-04", "2026", "2025-11-01..2026-01-31"}) {
    const auto r = kpis(period);
    for (const auto& k : r.districts) expectListsMatch(period, k.code, k);
    expectListsMatch(period, "", r.city);
  }
}

TEST_F(KpiTest, UnknownFiguresAndDistrictsAreRefused) {
  const auto q1 = parsePeriod("2026-Q1");
  for (const std::string bad :
       {"", "closed", "open:", "open:closed", "open:draft", "open:cancelled", "Due", "returns"}) {
    try {
      ordersBehind(*project, q1, std::nullopt, bad);
      ADD_FAILURE() << "accepted " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::BadInput) << bad;
      EXPECT_THAT(e.what(), HasSubstr("'" + bad + "' is not a KPI figure")) << bad;
    }
  }
  try {
    ordersBehind(*project, q1, 999, "due");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    EXPECT_THAT(e.what(), HasSubstr("no district 999"));
  }
  EXPECT_THROW(computeKpis(*project, catalogues, q1, 999), Error);
  // A period built by hand is checked too.
  EXPECT_THROW(computeKpis(*project, catalogues, Period{"2026-03-01", "2026-02-01", "x"}), Error);
}

TEST_F(KpiTest, OneDistrictKeepsItsRankAmongAllAndTheCityTotals) {
  const auto all = kpis("2026-Q1");
  const auto one = computeKpis(*project, catalogues, parsePeriod("2026-Q1"), district["XQ"]);
  ASSERT_EQ(one.districts.size(), 1u);
  EXPECT_EQ(one.districts[0].code, "XQ");
  EXPECT_EQ(one.districts[0].rank, 2);
  EXPECT_EQ(one.districts[0].due, of(all, "XQ").due);
  EXPECT_EQ(one.city.due, all.city.due);
}

TEST_F(KpiTest, TheNetworkFiguresAgreeWithTheAssessmentReport) {
  const auto r = kpis("2026-Q1");
  const auto assessed = assessDistricts(*project, assessPipes(*project, catalogues.defects), catalogues.misconnections);
  ASSERT_EQ(assessed.size(), r.districts.size());
  for (const auto& a : assessed) {
    SCOPED_TRACE(a.code);
    const auto& k = of(r, a.code);
    EXPECT_NEAR(k.inspectedKm, a.inspectedKm, 1e-9);
    EXPECT_EQ(k.defectsByGrade, a.defectsByGrade);
    EXPECT_NEAR(k.separateKm, a.separateKm, 1e-9);
    EXPECT_EQ(k.misconnections, a.misconnections);
    if (k.misconnectionDensity) {
      EXPECT_NEAR(*k.misconnectionDensity, a.density.perKm, 1e-9);
    }
  }
}

TEST_F(KpiTest, AFinishedPeriodStaysAsItWasOnItsLastDay) {
  // N3 is accepted, started and cancelled today, all in the same second: the first quarter (reference day 03-31)
  // still sees it issued, due, late and open; its first event after that day is the accept, the first recorded.
  const auto before = kpis("2026-Q1");
  for (const auto action : {OrderAction::Accept, OrderAction::Start, OrderAction::Cancel}) {
    TransitionRequest r{action, orders->order(id["N3"])->version, "no longer needed", {}, {}, {}, {}};
    orders->transition(id["N3"], r, "admin");
  }
  const auto after = kpis("2026-Q1");
  EXPECT_EQ(of(after, "NQ").due, of(before, "NQ").due);
  EXPECT_EQ(of(after, "NQ").lateOpen, 1);
  EXPECT_EQ(of(after, "NQ").openByState, of(before, "NQ").openByState);
  EXPECT_EQ(of(after, "NQ").openByState.at("issued"), 1);
  EXPECT_EQ(behind("2026-Q1", "NQ", "open:issued"), ids({"N3"}));
  // April runs to today: N3 is cancelled, no longer overdue.
  EXPECT_EQ(of(kpis("2026-04"), "NQ").overdue, 0);
}

}  // namespace
}  // namespace pw
