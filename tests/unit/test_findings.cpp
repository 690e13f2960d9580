// Findings in a project: inspections, defects and misconnections validated against the catalogues, attributed,
// versioned and audited; photos by content; CCTV CSV import all or nothing; network tracing and catchments.
#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "access/users.h"
#include "core/error.h"
#include "core/tempdir.h"
#include "crafted_city.h"
#include "crafted_work.h"
#include "geom/spatialite_blob.h"
#include "inspect/assessment_query.h"
#include "inspect/csv_import.h"
#include "inspect/findings.h"
#include "network/graph.h"
#include "store/project.h"
#include "test_images.h"

namespace pw {
namespace {

using ::testing::HasSubstr;

/// A real image: photos are decoded before they are kept.
const std::string& png() {
  static const std::string bytes = test::testPng();
  return bytes;
}

/// A small rain network with a branch, a dead end and a loop (flow as recorded):
///   A -p1-> B -p2-> C -p3-> D (outfall)      E -p4-> B      C -p5-> F (dead end)      G -p6-> H -p7-> G (loop)
/// Sewage: S1 -s1-> S2.  All pipes run east or north, 100 m long except where noted.
class FindingsTest : public ::testing::Test {
protected:
  TempDir dir;
  std::unique_ptr<Project> project;
  DefectCatalogue defects = DefectCatalogue::loadById("cjj181-2012");
  MisconnectionCatalogue misconnections = MisconnectionCatalogue::loadById("tcecs758-2020");
  std::unique_ptr<FindingsStore> store;

  void SetUp() override {
    const test::CraftedCity city{.manholes = {{"A", 500000, 3350000},
                                              {"B", 500100, 3350000},
                                              {"C", 500200, 3350000},
                                              {"D", 500300, 3350000},
                                              {"E", 500100, 3349900},
                                              {"F", 500200, 3350100},
                                              {"G", 501000, 3350000},
                                              {"H", 501100, 3350000},
                                              {"S1", 500000, 3350050},
                                              {"S2", 500100, 3350050}},
                                 .pipes = {{"p1", "A", "B", "雨水", 400},
                                           {"p2", "B", "C", "雨水", 500},
                                           {"p3", "C", "D", "雨水", 600},
                                           {"p4", "E", "B", "雨水", 300},
                                           {"p5", "C", "F", "雨水", 300},
                                           {"p6", "G", "H", "雨水", 300},
                                           {"p7", "H", "G", "雨水", 300},
                                           {"s1", "S1", "S2", "污水", 300}}};
    project = test::importCraftedCity(dir.path(), city).project;
    store = std::make_unique<FindingsStore>(*project, defects, misconnections);
    // Two inspectors of team 一队 and a city administrator.
    test::addUsers(*project,
                   {test::fieldTeam("张工", "一队"), test::fieldTeam("李工", "一队"), test::cityAdmin("王工")});
  }

  std::int64_t pipe(const std::string& code) { return test::idOf(*project, "pipes", code); }
  std::int64_t manhole(const std::string& code) { return test::idOf(*project, "manholes", code); }
  std::int64_t inspect(const std::string& pipeCode, const std::string& direction = "with_flow") {
    return test::recordInspection(*project, *store, pipeCode, "2026-11-20", "张工", "一队", direction);
  }
  std::int64_t count(const std::string& table) { return project->db().scalarInt("SELECT count(*) FROM " + table); }

  void expectRefused(const std::function<void()>& action, const std::string& field, const std::string& fragment) {
    const auto before =
        std::make_tuple(count("inspections"), count("defects"), count("misconnections"), count("audit_log"));
    try {
      action();
      ADD_FAILURE() << "accepted; expected a refusal on " << field;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::BadInput) << e.what();
      EXPECT_EQ(e.context().field, field) << e.what();
      EXPECT_THAT(e.what(), HasSubstr(fragment));
    }
    EXPECT_EQ(before,
              std::make_tuple(count("inspections"), count("defects"), count("misconnections"), count("audit_log")));
  }
};

}  // namespace

TEST_F(FindingsTest, DefectsAreValidatedAgainstTheCatalogue) {
  const auto inspection = inspect("p2");
  auto defect = [&](std::string code, int grade, double distance, std::optional<double> length = {},
                    std::optional<int> clock = {}) {
    DefectRecord d;
    d.inspectionId = inspection;
    d.code = std::move(code);
    d.grade = grade;
    d.distance = distance;
    d.length = length;
    d.clockFrom = clock;
    return d;
  };
  expectRefused([&] { store->addDefect(defect("XX", 1, 5), "张工"); }, "code", "Unknown defect code 'XX'");
  expectRefused([&] { store->addDefect(defect("FS", 4, 5), "张工"); }, "grade", "Grade 4 is not defined for FS");
  expectRefused([&] { store->addDefect(defect("PL", 2, 101), "张工"); }, "distance",
                "beyond the pipe's length of 100 m");
  expectRefused([&] { store->addDefect(defect("PL", 2, -1), "张工"); }, "distance", "not a position");
  expectRefused([&] { store->addDefect(defect("PL", 2, 5, {}, 13), "张工"); }, "clock_from",
                "not an hour from 1 to 12");
  expectRefused([&] { store->addDefect(defect("PL", 2, 5, 3.0), "张工"); }, "length", "local defect");
  expectRefused([&] { store->addDefect(defect("CJ", 2, 90, 20.0), "张工"); }, "length", "beyond the pipe's length");
  const auto id = store->addDefect(defect("CJ", 2, 10, 20.0, 4), "张工");
  EXPECT_EQ(store->defect(id)->length, 20.0);
  EXPECT_EQ(store->addDefect(defect("PL", 3, 100.3), "张工") > id, true);  // within the 0.5 m counter tolerance
}

TEST_F(FindingsTest, DefectGeometryFollowsTheInspectionDirection) {
  // p2 runs (500100, 3350000) -> (500200, 3350000). 30 m with the flow is x = 500130; against it x = 500170.
  auto place = [&](const std::string& direction, std::optional<double> length) {
    DefectRecord d;
    d.inspectionId = inspect("p2", direction);
    d.code = "SL";
    d.grade = 1;
    d.distance = 30;
    d.length = length;
    const auto id = store->addDefect(d, "张工");
    auto st = project->db().prepare("SELECT geom, geom_line FROM defects WHERE id = ?");
    st.bind(1, id);
    st.step();
    std::vector<double> line;
    if (!st.isNull(1)) blob::decodeLineString(st.blob(1), line);
    return std::make_pair(*blob::decodePoint(st.blob(0)), line);
  };
  EXPECT_NEAR(place("with_flow", {}).first.x, 500130, 1e-6);
  const auto [point, line] = place("against_flow", 10.0);
  EXPECT_NEAR(point.x, 500170, 1e-6);
  EXPECT_EQ(line, (std::vector<double>{500170, 3350000, 500160, 3350000}));
}

TEST_F(FindingsTest, EveryChangeIsAuditedAndVersioned) {
  const auto id = test::recordDefect(*store, inspect("p1"), "PL", 2, 12, "张工");
  auto current = *store->defect(id);
  current.grade = 3;
  store->updateDefect(current, "李工");
  // A second person edits the old version: refused, nothing lost.
  try {
    store->updateDefect(current, "王工");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Conflict);
  }
  EXPECT_EQ(store->defect(id)->grade, 3);
  EXPECT_EQ(store->defect(id)->version, 2);
  store->deleteDefect(id, 2, "李工");
  const auto log = store->auditOf("defect", id);
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].action, "create");
  EXPECT_EQ(log[0].user, "张工");
  EXPECT_EQ(log[1].action, "update");
  EXPECT_THAT(log[1].before, HasSubstr("\"grade\":2"));
  EXPECT_THAT(log[1].after, HasSubstr("\"grade\":3"));
  EXPECT_EQ(log[2].action, "delete");
  EXPECT_TRUE(log[2].after.empty());
  // The log cannot be rewritten.
  EXPECT_THROW(project->db().exec("DELETE FROM audit_log"), Error);
  EXPECT_THROW(project->db().exec("UPDATE audit_log SET user_name = 'x'"), Error);
  // Undo of a delete restores the record under its id and at the version it had, so an undo of the edit before it
  // still finds it as it left it.
  current.version = 2;
  EXPECT_EQ(store->addDefect(current, "李工"), id);
  EXPECT_EQ(store->defect(id)->version, 2);
  auto before = current;
  before.grade = 2;
  store->updateDefect(before, "李工");
  EXPECT_EQ(store->defect(id)->grade, 2);
  EXPECT_EQ(store->defect(id)->version, 3);
}

TEST_F(FindingsTest, MisconnectionsAreValidatedPlacedAndGraded) {
  MisconnectionRecord m;
  m.manholeId = manhole("C");
  m.kind = "nonsense";
  expectRefused([&] { store->addMisconnection(m, "张工"); }, "kind", "not in the catalogue");
  m.kind = "sewage_into_rain";
  m.status = "done-ish";
  expectRefused([&] { store->addMisconnection(m, "张工"); }, "status", "is not one of");
  m.status = "to_verify";
  m.codMgL = -3;
  expectRefused([&] { store->addMisconnection(m, "张工"); }, "cod_mg_l", "lies outside 0 to 20000");
  m.codMgL = 150;
  MisconnectionRecord nowhere = m;
  nowhere.manholeId.reset();
  expectRefused([&] { store->addMisconnection(nowhere, "张工"); }, "location", "needs a place");
  const auto id = store->addMisconnection(m, "张工");
  const auto stored = store->misconnection(id);
  ASSERT_TRUE(stored->location);
  EXPECT_NEAR(stored->location->x, 500200, 1e-6);  // at its manhole
}

TEST_F(FindingsTest, PhotosAreKeptOnceByContentAndMustBeImages) {
  const auto a = store->addPhoto(png(), "a.png", "张工");
  EXPECT_EQ(store->addPhoto(png(), "copy.png", "张工"), a);
  EXPECT_EQ(count("attachments"), 1);
  EXPECT_EQ(store->photo(a).second, "image/png");
  try {
    store->addPhoto("%PDF-1.4 not a photo", "report.pdf", "张工");
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("report.pdf is not a photo"));
  }
}

TEST_F(FindingsTest, CsvImportIsAllOrNothingWithRowErrors) {
  std::ofstream(dir.path() + "/photo1.png", std::ios::binary) << png();
  std::ofstream(dir.path() + "/fake.jpg") << "text";
  const std::string bad = dir.path() + "/bad.csv";
  std::ofstream(bad) << "管段编号,距离,缺陷代码,等级,时钟,长度,照片\n"
                        "p1,12.5,PL,3,0903,,photo1.png\n"
                        "p9,3,PL,2,,,\n"           // row 3: no such pipe
                        "p2,5,XX,2,,,\n"           // row 4: unknown code
                        "p2,5,FS,4,,,\n"           // row 5: grade not defined
                        "p2,150,PL,1,,,\n"         // row 6: beyond the pipe
                        "p2,5,PL,1,14,,\n"         // row 7: clock
                        "p2,5,PL,1,,,fake.jpg\n";  // row 8: not an image
  CsvImportOptions options;
  options.date = "2026-11-21";
  options.user = "张工";
  try {
    importInspectionCsv(*project, *store, bad, options);
    FAIL();
  } catch (const BatchError& e) {
    std::vector<std::pair<std::int64_t, std::string>> got;
    for (const auto& p : e.problems()) got.emplace_back(p.row, p.field);
    EXPECT_EQ(got, (std::vector<std::pair<std::int64_t, std::string>>{
                       {3, "pipe"}, {4, "code"}, {5, "grade"}, {6, "distance"}, {7, "clock"}, {8, "photo"}}));
    EXPECT_THAT(e.what(), HasSubstr("bad.csv"));
  }
  EXPECT_EQ(count("inspections"), 0);
  EXPECT_EQ(count("defects"), 0);
  EXPECT_EQ(count("attachments"), 0);

  const std::string good = dir.path() + "/good.csv";
  std::ofstream(good) << "pipe,distance,code,grade,clock,length,photo\n"
                         "p1,12.5,PL,3,0903,,photo1.png\n"
                         "p1,30,CJ,2,,20,\n"
                         "p2,\"5.0\",TJ,Ⅲ,9,,\n";
  const auto report = importInspectionCsv(*project, *store, good, options);
  EXPECT_EQ(report.defects, 3);
  EXPECT_EQ(report.inspections, 2);
  EXPECT_EQ(report.photos, 1);
  const auto d = store->defectsOfInspection(store->inspectionsOfPipe(pipe("p1"))[0].id);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].clockFrom, 9);
  EXPECT_EQ(d[0].clockTo, 3);
  EXPECT_EQ(store->photosOf("defect", d[0].id).size(), 1u);
}

TEST_F(FindingsTest, TracingFollowsTheFlowThroughBranchesLoopsAndDeadEnds) {
  const auto graph = NetworkGraph::load(project->db());
  auto codes = [&](const std::vector<std::int64_t>& ids, const char* table) {
    std::vector<std::string> out;
    for (auto id : ids)
      out.push_back(
          project->db().scalarText(std::string("SELECT code FROM ") + table + " WHERE id = " + std::to_string(id)));
    std::sort(out.begin(), out.end());
    return out;
  };
  using ::testing::ElementsAre;
  auto down = graph.traceFromPipe(pipe("p1"), NetworkGraph::Direction::Down);
  EXPECT_THAT(codes(down.pipes, "pipes"), ElementsAre("p1", "p2", "p3", "p5"));
  EXPECT_THAT(codes(down.ends, "manholes"), ElementsAre("D", "F"));  // the outfall and the dead end
  EXPECT_FALSE(down.loop);
  EXPECT_NEAR(down.length, 400, 1e-6);
  auto up = graph.traceFromManhole(manhole("D"), NetworkGraph::Direction::Up);
  EXPECT_THAT(codes(up.pipes, "pipes"), ElementsAre("p1", "p2", "p3", "p4"));
  EXPECT_THAT(codes(up.ends, "manholes"), ElementsAre("A", "E"));
  auto loop = graph.traceFromPipe(pipe("p6"), NetworkGraph::Direction::Down);
  EXPECT_THAT(codes(loop.pipes, "pipes"), ElementsAre("p6", "p7"));
  EXPECT_TRUE(loop.loop);
  EXPECT_THAT(codes(graph.outfalls(0), "manholes"), ElementsAre("D", "F"));
}

TEST_F(FindingsTest, CatchmentAndDistrictDensities) {
  // Two misconnections drain to outfall D (on p2 and at manhole B); none to F's catchment beyond p5's own pipes.
  MisconnectionRecord m;
  m.kind = "sewage_into_rain";
  m.pipeId = pipe("p2");
  m.flowM3d = 250;
  store->addMisconnection(m, "张工");
  m.pipeId.reset();
  m.manholeId = manhole("B");
  store->addMisconnection(m, "张工");
  const auto graph = NetworkGraph::load(project->db());
  const auto catchments = assessRainCatchments(*project, graph, misconnections);
  ASSERT_EQ(catchments.size(), 2u);
  const auto& d = catchments[0].outfallCode == "D" ? catchments[0] : catchments[1];
  EXPECT_EQ(d.pipes, 4);  // p1 p2 p3 p4
  EXPECT_NEAR(d.lengthKm, 0.4, 1e-9);
  EXPECT_EQ(d.misconnections, 2);
  EXPECT_NEAR(d.density.perKm, 5.0, 1e-9);  // 2 / 0.4 km = 5 per km: moderate
  EXPECT_EQ(d.density.level, 2);
}

TEST_F(FindingsTest, ProjectAssessmentUsesTheLatestInspection) {
  test::recordDefect(*store, inspect("p3"), "PL", 4, 10, "张工");
  // A re-inspection after the repair finds nothing: the pipe is grade I again.
  auto results = assessPipes(*project, defects);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].result.structural.grade, "IV");
  test::recordInspection(*project, *store, "p3", "2026-11-27", "张工");
  results = assessPipes(*project, defects);
  EXPECT_EQ(results[0].result.structural.grade, "I");
  EXPECT_EQ(results[0].inspectedOn, "2026-11-27");
}

TEST_F(FindingsTest, RolesDecideWhoMayChangeFindings) {
  UserStore users(*project);
  users.add({.name = "规划员", .role = UserRole::Planner}, "", "admin");
  users.add({.name = "赵工", .role = UserRole::FieldTeam, .team = "二队"}, "", "admin");
  const auto inspection = inspect("p1");
  DefectRecord d;
  d.inspectionId = inspection;
  d.code = "PL";
  d.grade = 2;
  d.distance = 12;
  const auto id = store->addDefect(d, "张工");
  auto refused = [&](const std::function<void()>& action, const std::string& fragment) {
    const auto audit = count("audit_log");
    try {
      action();
      ADD_FAILURE() << "accepted; expected a refusal mentioning " << fragment;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Permission) << e.what();
      EXPECT_THAT(e.what(), HasSubstr(fragment));
    }
    EXPECT_EQ(count("audit_log"), audit);
  };
  auto current = *store->defect(id);
  current.grade = 3;
  // A planner records and edits nothing; another team may not touch 一队's record; an unknown name is refused.
  refused([&] { store->updateDefect(current, "规划员"); }, "may not edit findings");
  refused([&] { store->addDefect(d, "规划员"); }, "may not record findings");
  refused([&] { store->deleteDefect(id, current.version, "赵工"); }, "another team");
  EXPECT_THROW(store->addDefect(d, "nobody"), Error);
  // The same team and the administrator may.
  store->updateDefect(current, "李工");
  EXPECT_EQ(store->defect(id)->grade, 3);
  store->deleteDefect(id, 2, "王工");
  EXPECT_FALSE(store->defect(id));
  // Only an administrator adds users.
  refused([&] { users.add({.name = "x", .role = UserRole::Planner}, "", "张工"); }, "may not add users");
}

}  // namespace pw
