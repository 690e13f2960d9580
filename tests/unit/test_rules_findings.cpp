// The rules findings obey: what an open order holds cannot be deleted (nor a defect's identity changed), a stale
// version is a conflict, a point lies where the project is, values and dates are plausible, and a field team works on
// its own team's inspections.
#include <cmath>
#include <limits>

#include "access/project_settings.h"
#include "rules/placement.h"
#include "rules/project_time.h"
#include "rules_fixture.h"

namespace pw {
namespace {

using test::RulesTest;

class FindingsRules : public RulesTest {
protected:
  /// An order of 东区 on `item`, issued and submitted by the team: open, waiting for its closure.
  std::int64_t submittedOrder(const OrderItem& item) {
    const auto id = order(item);
    step(id, OrderAction::Issue, "东经理");
    for (const auto a : {OrderAction::Accept, OrderAction::Start, OrderAction::Submit}) step(id, a, "甲");
    return id;
  }
};

}  // namespace

TEST_F(FindingsRules, AFindingOfAnOpenOrderCannotBeDeletedSoClosureStaysVerified) {
  const auto inspection = inspect("e1");
  const auto d = defect(inspection);
  const auto id = submittedOrder({"defect", d});
  const std::string number = orders->order(id)->number;
  const auto version = findings->defect(d)->version;
  // The team that recorded it may not delete it now, nor its inspection; nor may an administrator.
  for (const std::string user : {"甲", "admin"}) {
    EXPECT_EQ(refused([&] { findings->deleteDefect(d, version, user); }, ErrorKind::BadInput, number), "order");
    refused([&] { findings->deleteInspection(inspection, findings->inspection(inspection)->version, user); },
            ErrorKind::BadInput, "holds defect " + std::to_string(d) + " of the open order " + number);
  }
  // What the re-inspection is compared with stays; a description may still be corrected.
  auto changed = *findings->defect(d);
  changed.code = "CK";
  changed.grade = 3;
  refused([&] { findings->updateDefect(changed, "甲"); }, ErrorKind::BadInput, "cannot change");
  changed = *findings->defect(d);
  changed.distance = 31;
  refused([&] { findings->updateDefect(changed, "甲"); }, ErrorKind::BadInput, number);
  changed = *findings->defect(d);
  changed.description = "crack at the joint";
  findings->updateDefect(changed, "甲");
  // So the order still waits for a re-inspection and cannot be closed without one.
  EXPECT_FALSE(orders->unresolved(*orders->order(id)).empty());
  refused([&] { step(id, OrderAction::Close, "东经理"); }, ErrorKind::BadInput, "cannot be closed until");
  // A misconnection point likewise.
  const auto p = point({500150, 3350120});
  const auto pointOrder = submittedOrder({"misconnection", p});
  refused([&] { findings->deleteMisconnection(p, findings->misconnection(p)->version, "甲"); }, ErrorKind::BadInput,
          orders->order(pointOrder)->number);
  // Once the order is cancelled the records are free again.
  step(id, OrderAction::Cancel, "东经理", "raised twice");
  findings->deleteInspection(inspection, findings->inspection(inspection)->version, "甲");
  EXPECT_FALSE(findings->defect(d));
}

TEST_F(FindingsRules, AStaleVersionIsAConflictForEveryVersionedFinding) {
  const auto inspection = inspect("e1");
  const auto d = defect(inspection);
  const auto p = point({500150, 3350120});
  auto i = *findings->inspection(inspection);
  i.version = 99;
  refused([&] { findings->updateInspection(i, "甲"); }, ErrorKind::Conflict, "changed by");
  auto r = *findings->defect(d);
  r.version = 99;
  r.grade = 2;
  refused([&] { findings->updateDefect(r, "甲"); }, ErrorKind::Conflict, "changed by someone else");
  EXPECT_EQ(findings->defect(d)->grade, 4);
  auto m = *findings->misconnection(p);
  m.version = 99;
  refused([&] { findings->updateMisconnection(m, "甲"); }, ErrorKind::Conflict, "changed by someone else");
  refused([&] { findings->deleteDefect(d, 99, "甲"); }, ErrorKind::Conflict, "changed by someone else");
  refused([&] { findings->deleteMisconnection(p, 99, "甲"); }, ErrorKind::Conflict, "changed by someone else");
  refused([&] { findings->deleteInspection(inspection, 99, "甲"); }, ErrorKind::Conflict, "changed by someone else");
  EXPECT_EQ(count("defects"), 1);
  EXPECT_EQ(count("misconnections"), 1);
}

TEST_F(FindingsRules, APointLiesWithinTheProjectOrIsRefusedWithTheReason) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(refused([&] { point({nan, nan}); }, ErrorKind::BadInput, "not a pair of numbers"), "location");
  refused(
      [&] {
        point({500150, std::numeric_limits<double>::infinity()});
      },
      ErrorKind::BadInput, "not a pair of numbers");
  // The network and districts span x 500000-501000, y 3350000-3350500; the margin is 2 km.
  refused([&] { point({550000, 3350100}); }, ErrorKind::BadInput, "lies 49000 m outside the project's network");
  refused([&] { point({3350100, 500150}); }, ErrorKind::BadInput, "X and Y swapped?");
  EXPECT_EQ(count("misconnections"), 0);
  point({501900, 3350100});  // 900 m beyond the last district: within the margin
  EXPECT_EQ(count("misconnections"), 1);
  // A moved point is checked as a new one.
  auto m = *findings->misconnection(1);
  m.location = Point{nan, 0};
  refused([&] { findings->updateMisconnection(m, "甲"); }, ErrorKind::BadInput, "not a pair of numbers");
}

TEST(Placement, AnEmptyProjectHasOnlyItsCrsAreaOfUse) {
  TempDir dir;
  auto project = Project::create(dir.path() + "/empty.sqlite", 4549);  // CGCS2000 GK CM 120E: 118.5-121.5 E in China
  const Placement placement(*project);
  EXPECT_FALSE(placement.fault(Point{500000, 3350000}));  // 120 E, 30.3 N
  const auto north = placement.fault(Point{500000, 9500000});
  ASSERT_TRUE(north);
  EXPECT_THAT(north->english(), ::testing::HasSubstr("outside the area of use of the project CRS EPSG:4549"));
  EXPECT_TRUE(placement.fault(Point{900000, 3350000}));   // about 124 E: beyond the zone and the margin
  EXPECT_FALSE(placement.fault(Point{640000, 3350000}));  // 121.45 E: inside
  MultiPolygon area{{{{{500000, 3350000}, {500100, 3350000}, {500100, 9500000}, {500000, 3350000}}}}};
  EXPECT_TRUE(placement.fault(area));
}

TEST_F(FindingsRules, AMisconnectionPointIsAtAManholeOrOnAPipeNotBoth) {
  MisconnectionRecord m;
  m.manholeId = test::idOf(*project, "manholes", "E1");
  m.pipeId = test::idOf(*project, "pipes", "e1");
  m.kind = "rain_into_sewage";
  EXPECT_EQ(refused([&] { findings->addMisconnection(m, "甲"); }, ErrorKind::BadInput, "not both"), "place");
  m.pipeId.reset();
  findings->addMisconnection(m, "甲");
}

TEST_F(FindingsRules, WaterQualityAndSamplingDatesArePlausible) {
  auto refusedPoint = [&](auto change, const std::string& fragment) {
    MisconnectionRecord m;
    m.location = Point{500150, 3350120};
    m.kind = "rain_into_sewage";
    change(m);
    return refused([&] { findings->addMisconnection(m, "甲"); }, ErrorKind::BadInput, fragment);
  };
  EXPECT_EQ(refusedPoint([](auto& m) { m.codMgL = 25000; }, "cod_mg_l cannot be 25000: it lies outside 0 to 20000"),
            "cod_mg_l");
  EXPECT_EQ(refusedPoint([](auto& m) { m.nh3nMgL = std::nan(""); }, "nh3n_mg_l cannot be"), "nh3n_mg_l");
  EXPECT_EQ(refusedPoint([](auto& m) { m.flowM3d = -3; }, "flow_m3d cannot be -3"), "flow_m3d");
  EXPECT_EQ(refusedPoint([](auto& m) { m.inflowDiameterMm = 9000; }, "inflow_diameter_mm"), "inflow_diameter_mm");
  EXPECT_EQ(refusedPoint([](auto& m) { m.sampledOn = "2026-02-30"; }, "'2026-02-30' is not a date"), "sampled_on");
  refusedPoint([](auto& m) { m.sampledOn = "2026-03-11"; },
               "sampled_on 2026-03-11 is in the future (today is 2026-03-10)");
  refusedPoint([](auto& m) { m.sampledOn = "1026-03-01"; }, "before 1950-01-01");
  EXPECT_EQ(count("misconnections"), 0);
}

TEST_F(FindingsRules, AnInspectionDatedAfterTodayIsRefusedTodayBeingTheProjectsDay) {
  // 17:30 UTC on 4 December is 01:30 on 5 December in China: the 5th is today, the 6th is not yet.
  test::setNow("2026-12-04T17:30:00Z");
  EXPECT_EQ(todayIso(*project), "2026-12-05");
  inspect("e1", "2026-12-05");
  EXPECT_EQ(refused([&] { inspect("e1", "2026-12-06"); }, ErrorKind::BadInput,
                    "date 2026-12-06 is in the future (today is 2026-12-05)"),
            "date");
  refused([&] { inspect("e1", "2026-13-01"); }, ErrorKind::BadInput, "'2026-13-01' is not a date");
  // In a project that keeps UTC the 5th has not begun.
  setProjectTimeZone(*project, "UTC", "admin");
  refused([&] { inspect("e1", "2026-12-05"); }, ErrorKind::BadInput, "today is 2026-12-04");
}

TEST_F(FindingsRules, TheInspectedLengthIsAFiniteNumberNotFarBeyondThePipe) {
  InspectionRecord r;
  r.pipeId = test::idOf(*project, "pipes", "e1");  // 100 m
  r.date = "2026-03-01";
  r.method = "cctv";
  r.direction = "with_flow";
  r.inspectedLength = 155;  // at most 1.5 x 100 + 5 m
  findings->addInspection(r, "甲");
  for (const double bad : {160.0, -1.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
    r.inspectedLength = bad;
    EXPECT_EQ(refused([&] { findings->addInspection(r, "甲"); }, ErrorKind::BadInput, "inspected length"),
              "inspected_length");
  }
}

TEST_F(FindingsRules, AFieldTeamWorksOnItsOwnTeamsInspections) {
  const auto own = inspect("e1");  // by 甲 without a team: it becomes 一队's
  EXPECT_EQ(findings->inspection(own)->team.value_or(""), "一队");
  // 乙 of 二队 adds nothing to it, and records no inspection in 一队's name.
  EXPECT_EQ(refused([&] { defect(own, "乙"); }, ErrorKind::Permission, "may not add findings to inspection"),
            "inspection");
  InspectionRecord r = *findings->inspection(own);
  r.id = 0;
  EXPECT_EQ(refused([&] { findings->addInspection(r, "乙"); }, ErrorKind::Permission,
                    "may not record an inspection for team 一队"),
            "team");
  // Nor moves a defect of its own onto it.
  const auto theirs = inspect("e2", "2026-03-01", "乙");
  auto moved = *findings->defect(defect(theirs, "乙"));
  moved.inspectionId = own;
  refused([&] { findings->updateDefect(moved, "乙"); }, ErrorKind::Permission, "of team 一队");
  // The district's manager and an administrator add to any inspection of their district.
  defect(own, "东经理");
  defect(own, "admin");
  defect(own, "甲");
  EXPECT_EQ(findings->defectsOfInspection(own).size(), 3u);
}

}  // namespace pw
