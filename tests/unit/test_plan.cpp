// Separation planning: what an area holds (pipes by the greater part of their length, combined length, mixed-flow
// manholes, misconnections inside or linked, where the flow ends, open orders), the budget worked out by hand, the
// ranking on a crafted case, project status steps, progress, permissions, bad inputs, and the import of community
// areas from a shapefile (all rows or none).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/paths.h"
#include "core/tempdir.h"
#include "crafted_city_test.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "plan/area_analysis.h"
#include "plan/area_geometry.h"
#include "plan/community_import.h"
#include "plan/planning.h"
#include "plan/separation.h"
#include "shapefile_builder.h"
#include "store/project.h"

namespace pw {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using V = std::vector<test::FieldValue>;

/// Unit costs simple enough to add up by hand.
constexpr const char* kCosts = R"({
  "currency": "CNY", "combined_pipe_becomes": "rain", "diameter_when_unknown_mm": 300,
  "new_pipe_per_m": {
    "sewage": [{"le": 400, "cost": 1000}, {"gt": 400, "le": 800, "cost": 2000}, {"gt": 800, "cost": 3000}],
    "rain": [{"le": 400, "cost": 800}, {"gt": 400, "cost": 1600}]
  },
  "per_household_connection": 500, "per_manhole_rebuild": 3000, "per_misconnection_point": 2000,
  "ranking": {"weight_misconnection": 10, "weight_flow": 0.1, "weight_grade": 20}
})";

/// One district 东区 (500000..501000 x 3350000..3350500). A combined street H1 -> H2 -> H3 -> H4 (h1 DN400, h2 DN600,
/// h3 DN800, 100 m each; H4 is its outfall), a rain line Y1 -> Y2 -> Y3 (y1 DN300, y2 DN500; Y3 the rain outfall), a
/// sewer w1 from W1 into the combined manhole H2 and a misconnected sewer w2 from W2 into the rain manhole Y2.
/// Areas: 幸福小区 A (x 500050..500240: h1, y1, w1, w2; H1, H2, Y2 mixed), 和平小区 B (x 500260..500450: h3; H3, H4
/// mixed), 工业街区 D (a strip around h2 only) and 师范校园 C (far from every pipe).
/// Misconnection points: m1 at Y2 (150 m3/d, COD 250: severe), m2 inside A (50 m3/d: slight), m4 inside A already
/// resolved (400 m3/d), m3 inside B (700 m3/d: severe).
class PlanTest : public test::CraftedCityTest {
protected:
  std::int64_t areaA = 0, areaB = 0, areaC = 0, areaD = 0;
  std::int64_t m1 = 0, m2 = 0, m3 = 0, m4 = 0;

  void SetUp() override {
    setenv("PIPEWARD_NOW", "2026-03-10T08:00:00Z", 1);
    const test::CraftedCity city{.districts = {{"东区", "DQ", 500000, 3350000, 501000, 3350500}},
                                 .manholes = {{"H1", 500100, 3350100, "合流"},
                                              {"H2", 500200, 3350100, "合流"},
                                              {"H3", 500300, 3350100, "合流"},
                                              {"H4", 500400, 3350100, "合流"},
                                              {"Y1", 500100, 3350300, "雨水"},
                                              {"Y2", 500200, 3350300, "雨水"},
                                              {"Y3", 500300, 3350300, "雨水"},
                                              {"W1", 500150, 3350200, "污水"},
                                              {"W2", 500150, 3350250, "污水"}},
                                 .pipes = {{"h1", "H1", "H2", "合流", 400},
                                           {"h2", "H2", "H3", "合流", 600},
                                           {"h3", "H3", "H4", "合流", 800},
                                           {"y1", "Y1", "Y2", "雨水", 300},
                                           {"y2", "Y2", "Y3", "雨水", 500},
                                           {"w1", "W1", "H2", "污水", 300},
                                           {"w2", "W2", "Y2", "污水", 300}}};
    importCity(city, {test::planner("规划"), test::districtManager("东经理", "DQ"), test::fieldTeam("甲", "一队")});
    project->setMeta("separation_costs", kCosts);

    CommunityStore areas(*project);
    areaA = addArea("幸福小区", "POLYGON((500050 3350050,500240 3350050,500240 3350350,500050 3350350,500050 3350050))",
                    120);
    areaB = addArea("和平小区", "POLYGON((500260 3350050,500450 3350050,500450 3350350,500260 3350350,500260 3350050))",
                    80);
    areaC = addArea("师范校园", "POLYGON((500700 3350300,500800 3350300,500800 3350400,500700 3350400,500700 3350300))",
                    std::nullopt, "campus");
    areaD = addArea("工业街区", "POLYGON((500190 3350080,500310 3350080,500310 3350120,500190 3350120,500190 3350080))",
                    10, "block");

    MisconnectionRecord r;
    r.manholeId = idOf("manholes", "Y2");
    r.kind = "sewage_into_rain";
    r.flowM3d = 150;
    r.codMgL = 250;
    m1 = findings->addMisconnection(r, "甲");
    m2 = point(500100, 3350250, 50);
    m3 = point(500400, 3350300, 700);
    m4 = point(500120, 3350200, 400, "resolved");
  }

  std::int64_t idOf(const std::string& table, const std::string& code) { return test::idOf(*project, table, code); }
  std::int64_t addArea(const std::string& name, const std::string& wkt, std::optional<std::int64_t> households,
                       const std::string& kind = "old_residential") {
    Community c;
    c.name = name;
    c.polygons = polygonFromWkt(wkt);
    c.households = households;
    c.kind = kind;
    return CommunityStore(*project).add(c, "规划");
  }
  std::int64_t point(double x, double y, double flow, const std::string& status = "to_verify") {
    MisconnectionRecord r;
    r.location = Point{x, y};
    r.kind = "sewage_into_rain";
    r.flowM3d = flow;
    r.status = status;
    return findings->addMisconnection(r, "甲");
  }
  AreaAnalysis analyse(std::int64_t area, bool trace = true) {
    AreaAnalyzer analyzer(*project, catalogues);
    return analyzer.analyse(*CommunityStore(*project).find(area), trace);
  }
  template <typename T, typename F>
  static std::vector<std::string> codes(const std::vector<T>& items, F field) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(field(i));
    return out;
  }
};

TEST_F(PlanTest, AreaGetsDistrictAndArea) {
  const auto a = *CommunityStore(*project).find(areaA);
  EXPECT_EQ(a.districtName, "东区");
  EXPECT_NEAR(a.areaM2, 190.0 * 300.0, 1e-6);
  EXPECT_EQ(a.createdBy, "规划");
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM audit_log WHERE entity = 'community'"), 4);
}

TEST_F(PlanTest, AnalysisCountsPipesManholesAndMisconnections) {
  const auto a = analyse(areaA);
  EXPECT_THAT(codes(a.pipes, [](const AreaPipe& p) { return p.code; }), ElementsAre("h1", "w1", "w2", "y1"));
  EXPECT_EQ(a.combinedPipes(), 1);
  EXPECT_NEAR(a.combinedLengthM(), 100.0, 1e-9);
  EXPECT_NEAR(a.lengthM(), 100 + 100 + std::hypot(50.0, 100.0) + std::hypot(50.0, 50.0), 1e-6);
  // H1, H2 are combined manholes; Y2 is a rain manhole a sewer runs into.
  EXPECT_THAT(codes(a.mixedManholes, [](const MixedManhole& h) { return h.code; }), ElementsAre("H1", "H2", "Y2"));
  std::vector<std::int64_t> ids;
  for (const auto& m : a.misconnections) ids.push_back(m.id);
  EXPECT_THAT(ids, ElementsAre(m1, m2, m4));
  EXPECT_EQ(a.openMisconnections(), 2);
  EXPECT_NEAR(a.openFlowM3d(), 200.0, 1e-9);  // m4 is resolved
  EXPECT_EQ(a.highestOpenGrade(), 3);
  // h2 lies 40% inside A and 60% inside... no area but the strip D: it belongs to D alone.
  const auto d = analyse(areaD);
  EXPECT_THAT(codes(d.pipes, [](const AreaPipe& p) { return p.code; }), ElementsAre("h2"));
  EXPECT_TRUE(analyse(areaC).pipes.empty());
}

TEST_F(PlanTest, TraceFindsWhereTheFlowEnds) {
  const auto a = analyse(areaA);
  ASSERT_EQ(a.ends.size(), 2u);
  EXPECT_EQ(a.ends[0].code, "H4");
  EXPECT_THAT(a.ends[0].arriving, ElementsAre("combined"));
  EXPECT_EQ(a.ends[1].code, "Y3");
  EXPECT_THAT(a.ends[1].arriving, ElementsAre("rain"));
  EXPECT_EQ(a.ends[1].districtName, "东区");
  EXPECT_TRUE(analyse(areaA, false).ends.empty());
}

TEST_F(PlanTest, BudgetArithmeticByHand) {
  const auto costs = SeparationCosts::parse(kCosts, "test");
  BudgetInputs in;
  in.pipes = {{"combined", 400.0, 100},        // new sewer <= 400: 100 m x 1000 = 100,000
              {"combined", 800.0, 50},         // new sewer (400, 800]: 50 m x 2000 = 100,000
              {"combined", std::nullopt, 20},  // assumed 300 mm: 20 m x 1000 = 20,000
              {"rain", 500.0, 10},             // relaid rain pipe > 400: 10 m x 1600 = 16,000
              {"sewage", 900.0, 5}};           // relaid sewer > 800: 5 m x 3000 = 15,000
  in.households = 120;                         // x 500 = 60,000
  in.manholes = 3;                             // x 3000 = 9,000
  in.misconnections = 2;                       // x 2000 = 4,000
  const auto b = estimateBudget(costs, in);
  EXPECT_DOUBLE_EQ(b.total, 100000 + 100000 + 20000 + 16000 + 15000 + 60000 + 9000 + 4000);
  EXPECT_EQ(b.pipesWithoutDiameter, 1);
  ASSERT_EQ(b.lines.size(), 7u);
  EXPECT_EQ(b.lines[0].item, "new_pipe");
  EXPECT_EQ(b.lines[0].system, "rain");
  EXPECT_EQ(b.lines[0].diameter, "(400, inf)");
  EXPECT_EQ(b.lines[1].system, "sewage");
  EXPECT_EQ(b.lines[1].diameter, "(-inf, 400]");
  EXPECT_DOUBLE_EQ(b.lines[1].quantity, 120);  // 100 m + the 20 m of unknown diameter
  EXPECT_DOUBLE_EQ(b.lines[1].amount, 120000);
  EXPECT_EQ(b.lines[4].item, "household");
  EXPECT_DOUBLE_EQ(b.lines[4].amount, 60000);

  // When the combined pipe is to become the sewer, the new pipe is a rain pipe.
  auto swapped = costs;
  swapped.combinedBecomes = "sewage";
  EXPECT_DOUBLE_EQ(estimateBudget(swapped, {{{"combined", 400.0, 100}}, 0, 0, 0, 0}).total, 100 * 800.0);
}

TEST_F(PlanTest, ProjectBudgetFromItsScope) {
  SeparationStore store(*project, catalogues);
  const auto id = store.create({"幸福小区改造", 2027, {areaA}, std::nullopt, true, {}}, "规划");
  auto p = *store.project(id);
  // Automatic scope: the open points m1 and m2, the combined pipe h1, the mixed manholes H1, H2, Y2.
  EXPECT_THAT(p.scope,
              ElementsAre(ScopeItem{"manhole", idOf("manholes", "H1")}, ScopeItem{"manhole", idOf("manholes", "H2")},
                          ScopeItem{"manhole", idOf("manholes", "Y2")}, ScopeItem{"misconnection", m1},
                          ScopeItem{"misconnection", m2}, ScopeItem{"pipe", idOf("pipes", "h1")}));
  // h1 100 m DN400 -> 100,000; 120 households -> 60,000; 3 manholes -> 9,000; 2 points -> 4,000.
  EXPECT_DOUBLE_EQ(store.budget(p).total, 173000);
  // y1 (rain, 100 m, DN300) relaid: + 80,000.
  store.changeScope(id, p.version, {{"pipe", idOf("pipes", "y1")}}, {}, "规划");
  p = *store.project(id);
  EXPECT_DOUBLE_EQ(store.budget(p).total, 253000);
  // A selection of A and B: h1 100,000 + h3 (DN800) 200,000; 5 manholes 15,000; 3 points 6,000; 200 households 100,000.
  const auto t = selectionTotals(*project, catalogues, {areaA, areaB});
  EXPECT_EQ(t.combinedPipes, 2);
  EXPECT_DOUBLE_EQ(t.combinedLengthM, 200);
  EXPECT_EQ(t.households, 200);
  EXPECT_DOUBLE_EQ(t.budget.total, 421000);
  EXPECT_THROW(selectionTotals(*project, catalogues, {areaA, 999}), Error);
}

TEST_F(PlanTest, RankingOnACraftedCase) {
  const auto costs = SeparationCosts::parse(kCosts, "test");
  const auto ranked = rankAreas(*project, catalogues, costs, {});
  ASSERT_EQ(ranked.size(), 4u);
  // B: 1 point, 700 m3/d, severe: 10 + 70 + 60 = 140. A: 2 open points, 200 m3/d, severe: 20 + 20 + 60 = 100.
  // D and C score 0; D first for its 100 m of combined pipe.
  EXPECT_EQ(ranked[0].community.name, "和平小区");
  EXPECT_DOUBLE_EQ(ranked[0].score, 140);
  EXPECT_EQ(ranked[1].community.name, "幸福小区");
  EXPECT_DOUBLE_EQ(ranked[1].score, 100);
  EXPECT_EQ(ranked[1].openMisconnections, 2);
  EXPECT_EQ(ranked[2].community.name, "工业街区");
  EXPECT_EQ(ranked[3].community.name, "师范校园");
  EXPECT_EQ(ranked[3].rank, 4);
  EXPECT_EQ(rankAreas(*project, catalogues, costs, {.top = 2}).size(), 2u);
  // Resolving m3 drops B below A.
  auto r = *findings->misconnection(m3);
  r.status = "resolved";
  findings->updateMisconnection(r, "甲");
  EXPECT_EQ(rankAreas(*project, catalogues, costs, {}).front().community.name, "幸福小区");
  // An area already in a project says so.
  SeparationStore(*project, catalogues).create({"一期", 2027, {areaA}, std::nullopt, false, {}}, "规划");
  EXPECT_THAT(rankAreas(*project, catalogues, costs, {}).front().projects, ElementsAre("一期"));
}

TEST_F(PlanTest, StatusStepsForwardOrBackWithAReason) {
  SeparationStore store(*project, catalogues);
  const auto id = store.create({"和平小区改造", 2027, {areaB}, std::string("先行"), true, {}}, "规划");
  auto version = [&] { return store.project(id)->version; };
  store.setStatus(id, version(), SeparationStatus::Design, "", "规划");
  try {
    store.setStatus(id, version(), SeparationStatus::Completed, "", "规划");
    FAIL() << "skipped a status";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_THAT(e.what(), HasSubstr("forward one step"));
  }
  EXPECT_THROW(store.setStatus(id, version(), SeparationStatus::Planning, " ", "规划"), Error);  // back needs a note
  store.setStatus(id, version(), SeparationStatus::Planning, "设计单位更换", "admin");
  EXPECT_EQ(store.project(id)->status, SeparationStatus::Planning);
  try {
    store.setStatus(id, version() - 1, SeparationStatus::Design, "", "规划");
    FAIL() << "stale version accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Conflict);
  }
  const auto events = store.events(id);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[2].fromStatus, "design");
  EXPECT_EQ(events[2].toStatus, "planning");
  EXPECT_EQ(events[2].note, "设计单位更换");
  EXPECT_EQ(events[2].user, "admin");
  EXPECT_THROW(project->db().exec("DELETE FROM separation_project_events"), std::exception);
}

TEST_F(PlanTest, ProgressCountsClosedFindings) {
  SeparationStore store(*project, catalogues);
  const auto id = store.create({"幸福小区改造", 2027, {areaA}, std::nullopt, true, {}}, "规划");
  EXPECT_EQ(store.progress(*store.project(id)).findings, 2);
  EXPECT_EQ(store.progress(*store.project(id)).closed, 0);
  // m2 resolved on the record; m1 through an order that is closed.
  auto r = *findings->misconnection(m2);
  r.status = "resolved";
  findings->updateMisconnection(r, "甲");
  EXPECT_EQ(store.progress(*store.project(id)).closed, 1);
  const auto order = orders->create({{{"misconnection", m1}}, "separation", "", "一队", {}, {}, {}}, "东经理");
  EXPECT_THAT(codes(analyse(areaA, false).openOrders, [](const AreaOrder& o) { return o.number; }),
              ElementsAre(orders->order(order)->number));
  const auto version = store.project(id)->version;
  try {
    store.linkOrder(id, orders->order(order)->number, "规划", version + 1);  // someone changed it since
    ADD_FAILURE() << "a stale version was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Conflict);
  }
  EXPECT_TRUE(store.project(id)->orders.empty());
  store.linkOrder(id, orders->order(order)->number, "规划", version);
  EXPECT_THAT(store.project(id)->orders, ElementsAre(order));
  EXPECT_THROW(store.linkOrder(id, std::to_string(order), "规划"), Error);  // already linked
  for (auto action : {OrderAction::Issue, OrderAction::Accept, OrderAction::Start, OrderAction::Submit}) {
    orders->transition(order, {action, orders->order(order)->version, "", {}, {}, {}, {}},
                       action == OrderAction::Issue ? "东经理" : "甲");
  }
  EXPECT_EQ(store.progress(*store.project(id)).closed, 1);  // submitted is not closed
  const std::vector<Evidence> record{{"r.pdf", "%PDF-1.4 signed\n%%EOF\n"}};
  orders->transition(order, {OrderAction::Close, orders->order(order)->version, "", {}, record, "王工", {}}, "东经理");
  const auto progress = store.progress(*store.project(id));
  EXPECT_EQ(progress.closed, 2);
  EXPECT_DOUBLE_EQ(progress.share(), 1.0);
  EXPECT_TRUE(analyse(areaA, false).openOrders.empty());
}

TEST_F(PlanTest, OnlyPlannersAndAdministratorsPlan) {
  SeparationStore store(*project, catalogues);
  for (const std::string user : {"甲", "东经理"}) {
    try {
      store.create({"x", 2027, {areaA}, std::nullopt, true, {}}, user);
      FAIL() << user;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Permission) << user;
    }
    Community c;
    c.name = "x";
    c.polygons = polygonFromWkt("POLYGON((500600 3350000,500650 3350000,500650 3350050,500600 3350000))");
    EXPECT_THROW(CommunityStore(*project).add(c, user), Error);
    EXPECT_THROW(setSeparationCosts(*project, kCosts, "x.json", user), Error);
  }
  const auto id = store.create({"x", 2027, {areaA}, std::nullopt, true, {}}, "admin");
  EXPECT_THROW(store.setStatus(id, store.project(id)->version, SeparationStatus::Design, "", "甲"), Error);
  EXPECT_EQ(store.project(id)->status, SeparationStatus::Planning);
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM separation_projects"), 1);
}

TEST_F(PlanTest, BadInputsAreRefused) {
  SeparationStore store(*project, catalogues);
  auto refused = [&](const SeparationDraft& d, const std::string& field) {
    try {
      store.create(d, "规划");
      ADD_FAILURE() << field;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::BadInput) << e.what();
      EXPECT_EQ(e.context().field, field) << e.what();
    }
  };
  refused({"", 2027, {areaA}, std::nullopt, true, {}}, "name");
  refused({"y", 1999, {areaA}, std::nullopt, true, {}}, "planned_year");
  refused({"y", 2027, {}, std::nullopt, true, {}}, "areas");
  refused({"y", 2027, {areaA, 999}, std::nullopt, true, {}}, "areas");
  refused({"y", 2027, {areaA}, std::nullopt, true, {{"pipe", 99999}}}, "scope");
  refused({"y", 2027, {areaA}, std::nullopt, true, {{"order", 1}}}, "scope");
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM separation_projects"), 0);
  EXPECT_THROW(store.require("没有的项目"), Error);
  try {
    CommunityStore(*project).require("没有的小区");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
  // Polygons: a bow tie, a line, not WKT, an open ring.
  for (const std::string wkt : {"POLYGON((0 0,10 10,10 0,0 10,0 0))", "LINESTRING(0 0,1 1)", "polygon please",
                                "POLYGON((0 0,10 0,10 10,0 10))"}) {
    try {
      polygonFromWkt(wkt);
      ADD_FAILURE() << wkt;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::BadInput) << wkt;
      EXPECT_EQ(e.context().field, "wkt") << wkt;
    }
  }
  EXPECT_THAT(polygonFault(polygonFromWkt("POLYGON((0 0,10 0,10 10,0 0))")), ::testing::IsEmpty());
  Community c;
  c.name = "幸福小区";  // taken
  c.polygons = polygonFromWkt("POLYGON((500600 3350000,500650 3350000,500650 3350050,500600 3350000))");
  EXPECT_THROW(CommunityStore(*project).add(c, "规划"), Error);
  c.name = "新村";
  c.buildYear = 1700;
  EXPECT_THROW(CommunityStore(*project).add(c, "规划"), Error);
  c.buildYear = 1985;
  c.kind = "factory";
  EXPECT_THROW(CommunityStore(*project).add(c, "规划"), Error);
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM communities"), 4);
  // Costs: a gap between diameter classes, a negative cost.
  std::string gap = kCosts;
  gap.replace(gap.find(R"({"gt": 400, "le": 800, "cost": 2000})"), 36, R"({"gt": 500, "le": 800, "cost": 2000})");
  EXPECT_THROW(SeparationCosts::parse(gap, "gap.json"), Error);
  std::string negative = kCosts;
  negative.replace(negative.find("\"per_manhole_rebuild\": 3000"), 27, "\"per_manhole_rebuild\": -1");
  EXPECT_THROW(SeparationCosts::parse(negative, "negative.json"), Error);
  EXPECT_NO_THROW(SeparationCosts::parse(readFile(schemasDir() + "/catalogues/separation-costs.json"), "shipped"));
}

/// A communities shapefile in GBK with pinyin field names, as a housing bureau delivers it.
void writeCommunities(const std::string& path, const std::vector<std::pair<std::string, V>>& rows) {
  test::ShapefileBuilder b(path, wkbPolygon, 4549, "CP936");
  b.field("XQMC", OFTString, 30).field("DZ", OFTString, 40).field("JCNF", OFTString, 10).field("HS", OFTString, 8);
  b.field("BZ", OFTString, 20);
  for (const auto& [wkt, values] : rows) b.add(wkt, values);
  b.write(std::string("GBK"));
}

TEST_F(PlanTest, ImportIsAllOrNothing) {
  const std::string bad = dir.path() + "/bad.shp";
  writeCommunities(bad, {{"POLYGON((500500 3350000,500600 3350000,500600 3350100,500500 3350000))",
                          V{"红星新村", "解放路1号", "1985", "240", "甲"}},
                         {"POLYGON((500600 3350000,500700 3350000,500700 3350100,500600 3350000))",
                          V{"东风小区", "解放路9号", "1990", "很多", ""}},
                         {"POLYGON((500700 3350000,500800 3350100,500800 3350000,500700 3350100,500700 3350000))",
                          V{"光明里", "", "1978", "60", ""}},
                         {"POLYGON((500800 3350000,500900 3350000,500900 3350100,500800 3350000))",
                          V{"红星新村", "", "公元前", "", ""}}});
  try {
    importCommunities(*project, bad, {}, "规划");
    FAIL() << "bad rows imported";
  } catch (const BatchError& e) {
    std::vector<std::pair<std::int64_t, std::string>> rows;
    for (const auto& p : e.problems()) rows.emplace_back(p.row, p.field);
    EXPECT_THAT(
        rows,
        ElementsAre(std::pair<std::int64_t, std::string>{2, "HS"}, std::pair<std::int64_t, std::string>{3, ""},
                    std::pair<std::int64_t, std::string>{4, "XQMC"}, std::pair<std::int64_t, std::string>{4, "JCNF"}));
    EXPECT_THAT(e.what(), HasSubstr("bad.shp"));
  }
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM communities"), 4);
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM community_imports"), 0);
  EXPECT_THROW(importCommunities(*project, bad, {}, "甲"), Error);  // a field team may not import

  const std::string good = dir.path() + "/good.shp";
  writeCommunities(good, {{"POLYGON((500500 3350000,500600 3350000,500600 3350100,500500 3350000))",
                           V{"红星新村", "解放路1号", "1985年", "240", "甲"}},
                          {"POLYGON((500600 3350000,500700 3350000,500700 3350100,500600 3350000))",
                           V{"东风小区", "", "", "", ""}}});
  const auto r = importCommunities(*project, good, {}, "规划");
  EXPECT_EQ(r.inserted, 2);
  EXPECT_EQ(r.profile, "communities");
  EXPECT_EQ(r.encoding, "GBK");
  EXPECT_EQ(r.bound.at("name"), "XQMC");
  const auto c = CommunityStore(*project).require("红星新村");
  EXPECT_EQ(c.address, "解放路1号");
  EXPECT_EQ(c.buildYear, 1985);
  EXPECT_EQ(c.households, 240);
  EXPECT_EQ(c.districtName, "东区");
  EXPECT_EQ(c.importId, r.importId);
  EXPECT_EQ(c.featureNo, 1);
  EXPECT_THAT(c.attrs, HasSubstr("\"BZ\":\"甲\""));
  EXPECT_FALSE(CommunityStore(*project).require("东风小区").households.has_value());
  const auto again = importCommunities(*project, good, {}, "规划");
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.updated, 2);
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM communities"), 6);
}

TEST_F(PlanTest, ImportReadsEnglishFieldNames) {
  const std::string path = dir.path() + "/areas.shp";
  test::ShapefileBuilder b(path, wkbPolygon, 4549, "UTF-8");
  b.field("Name", OFTString, 30)
      .field("Address", OFTString, 40)
      .field("BuildYear", OFTInteger)
      .field("Households", OFTInteger);
  b.field("Kind", OFTString, 10);
  b.add("POLYGON((500500 3350200,500600 3350200,500600 3350300,500500 3350200))",
        V{"North Campus", "1 College Rd", 1960, 0, "campus"});
  b.write();
  const auto r = importCommunities(*project, path, {}, "admin");
  EXPECT_EQ(r.inserted, 1);
  const auto c = CommunityStore(*project).require("North Campus");
  EXPECT_EQ(c.kind, "campus");
  EXPECT_EQ(c.buildYear, 1960);
  EXPECT_EQ(c.households, 0);
  // A profile that is not there, a file that is not polygons.
  EXPECT_THROW(importCommunities(*project, path, {.profile = "nonesuch"}, "admin"), Error);
  EXPECT_THROW(importCommunities(*project, dir.path() + "/pipes.shp", {}, "admin"), Error);
}

}  // namespace
}  // namespace pw
