// Separation planning from the command line on the sample city: the communities shapefile of sampledata/ imported
// (GBK, pinyin fields), an area's analysis, the ranking and the totals of a selection, a project from creation through
// its statuses with a linked order, and the refusals with their exit codes.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "cli_sample_city.h"
#include "core/tempdir.h"
#include "shapefile_builder.h"

namespace pw::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

/// The sample city with its 15 community areas. Users: admin, 规划 (a planner), 张工 (field team 一队). Two
/// misconnection points: one on the first pipe of 红星新村 (300 m3/d, COD 250: severe), one on the first pipe of
/// 滨江新村 (50 m3/d: slight).
class CliPlan : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    setenv("PIPEWARD_NOW", "2026-03-01T08:00:00Z", 1);
    shared = new TempDir();
    const std::string project = shared->path() + "/city.sqlite";
    ASSERT_NO_FATAL_FAILURE(createSampleCity(project));
    auto r = runCli({"--json", "area", "import", project, std::string(PW_SAMPLEDATA) + "/communities/communities.shp"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    imported = r.json();
    ASSERT_NO_FATAL_FAILURE(
        addCliUsers(project, {{"规划", "--role", "planner"}, {"张工", "--role", "field_team", "--team", "一队"}}));
    auto firstPipe = [&](const std::string& area) {
      const auto shown = runCli({"--json", "area", "show", project, area});
      EXPECT_EQ(shown.exitCode, 0) << shown.err;
      return shown.json()["pipes"][0]["code"].get<std::string>();
    };
    r = runCli({"--json", "misconnection", "add", project, "--pipe", firstPipe("红星新村"), "--type",
                "sewage_into_rain", "--flow", "300", "--cod", "250"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    severePoint = std::to_string(r.json()["id"].get<int>());
    r = runCli({"--json", "misconnection", "add", project, "--pipe", firstPipe("滨江新村"), "--type",
                "sewage_into_rain", "--flow", "50"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete shared;
    unsetenv("PIPEWARD_NOW");
  }
  static TempDir* shared;
  static json imported;
  static std::string severePoint;

  TempDir dir;
  std::string project;
  void SetUp() override { project = copyProject(shared->path() + "/city.sqlite", dir.path()); }
  CliResult ok(std::vector<std::string> args, const std::string& user = "规划") {
    return runCliOk(std::move(args), user);
  }
  std::int64_t areaId(const std::string& name) {
    for (const auto& a : ok({"--json", "area", "list", project}).json()) {
      if (a["name"] == name) return a["id"].get<std::int64_t>();
    }
    ADD_FAILURE() << name;
    return 0;
  }
};

TempDir* CliPlan::shared = nullptr;
json CliPlan::imported;
std::string CliPlan::severePoint;

}  // namespace

TEST_F(CliPlan, TheSampleCommunitiesImport) {
  EXPECT_EQ(imported["inserted"], 15);
  EXPECT_EQ(imported["encoding"], "GBK");
  EXPECT_EQ(imported["crs"], "EPSG:4549");
  EXPECT_EQ(imported["fields"]["name"], "XQMC");
  EXPECT_EQ(imported["fields"]["households"], "HS");
  EXPECT_TRUE(imported["warnings"].empty());
  const auto areas = ok({"--json", "area", "list", project, "--district", "老城区"}).json();
  std::set<std::string> names;
  for (const auto& a : areas) names.insert(a["name"]);
  EXPECT_EQ(names, (std::set<std::string>{"红星新村", "东风小区", "人民新村", "纺织厂宿舍", "和平里"}));
  const auto shown = ok({"--json", "area", "show", project, "红星新村"}).json();
  EXPECT_EQ(shown["area"]["households"], 640);
  EXPECT_EQ(shown["area"]["build_year"], 1982);
  EXPECT_EQ(shown["area"]["district"], "老城区");
  // The old town is a combined system: every pipe of the area is combined, every manhole combined (mixed flow).
  EXPECT_GT(shown["summary"]["pipes"].get<int>(), 10);
  EXPECT_EQ(shown["summary"]["combined_pipes"], shown["summary"]["pipes"]);
  EXPECT_GT(shown["summary"]["mixed_manholes"].get<int>(), 0);
  EXPECT_EQ(shown["summary"]["open_misconnections"], 1);
  ASSERT_FALSE(shown["ends"].empty());
  for (const auto& e : shown["ends"]) EXPECT_EQ(e["arriving"], json::array({"combined"}));
  // A separate system: no combined pipe.
  EXPECT_EQ(ok({"--json", "area", "show", project, "滨江新村"}).json()["summary"]["combined_pipes"], 0);
}

TEST_F(CliPlan, RankingAndTotalsOfASelection) {
  const auto hongxing = areaId("红星新村");
  const auto binjiang = areaId("滨江新村");
  const auto doc =
      ok({"--json", "plan", "rank", project, "--select", std::to_string(hongxing) + "," + std::to_string(binjiang)})
          .json();
  ASSERT_EQ(doc["areas"].size(), 15u);
  // 红星新村: 10 x 1 + 0.1 x 300 + 20 x 3 = 100; 滨江新村: 10 + 5 + 20 = 35; the rest 0.
  EXPECT_EQ(doc["areas"][0]["name"], "红星新村");
  EXPECT_DOUBLE_EQ(doc["areas"][0]["score"].get<double>(), 100);
  EXPECT_EQ(doc["areas"][1]["name"], "滨江新村");
  EXPECT_DOUBLE_EQ(doc["areas"][1]["score"].get<double>(), 35);
  // Among the areas without points, the longest combined length comes first (an old-town area).
  EXPECT_GT(doc["areas"][2]["combined_length_m"].get<double>(), 0);
  const auto& sel = doc["selection"];
  EXPECT_EQ(sel["households"], 640 + 610);
  const auto& budget = sel["budget"];
  double sum = 0;
  double sewerMetres = 0;
  for (const auto& l : budget["lines"]) {
    sum += l["amount"].get<double>();
    EXPECT_NEAR(l["amount"].get<double>(), l["quantity"].get<double>() * l["unit_cost"].get<double>(), 1e-6);
    if (l["item"] == "new_pipe") sewerMetres += l["quantity"].get<double>();
    if (l["item"] == "household") {
      EXPECT_DOUBLE_EQ(l["amount"].get<double>(), 1250 * 1800.0);
    }
    if (l["item"] == "misconnection") {
      EXPECT_DOUBLE_EQ(l["quantity"].get<double>(), 2);
    }
  }
  EXPECT_NEAR(budget["total"].get<double>(), sum, 1e-6);
  EXPECT_NEAR(sewerMetres, sel["combined_length_m"].get<double>(), 1e-6);  // one new sewer beside each combined pipe
  EXPECT_EQ(ok({"--json", "plan", "rank", project, "--district", "滨江区", "--top", "1"}).json()["areas"].size(), 1u);
  const auto text = ok({"plan", "rank", project, "--top", "3", "--select", std::to_string(hongxing)});
  EXPECT_THAT(text.out, HasSubstr("红星新村"));
  EXPECT_THAT(text.out, HasSubstr("CNY"));
  EXPECT_EQ(runCli({"plan", "rank", project, "--select", "1,x"}).exitCode, 2);  // bad input naming --select
  EXPECT_EQ(runCli({"plan", "rank", project, "--select", "999"}).exitCode, 2);
}

TEST_F(CliPlan, AProjectFromPlanningToAcceptance) {
  const auto hongxing = std::to_string(areaId("红星新村"));
  auto p = ok({"--json", "separation", "create", project, "--name", "红星新村雨污分流", "--year", "2027", "--areas",
               hongxing, "--notes", "一期"})
               .json();
  const std::string id = std::to_string(p["id"].get<int>());
  EXPECT_EQ(p["status"], "planning");
  EXPECT_EQ(p["progress"]["findings"], 1);
  EXPECT_EQ(p["progress"]["closed"], 0);
  EXPECT_GT(p["budget"]["total"].get<double>(), 640 * 1800.0);
  EXPECT_EQ(runCli({"--json", "separation", "create", project, "--name", "x", "--year", "2027", "--areas", hongxing,
                    "--user", "张工"})
                .exitCode,
            5);
  // Status: forward one step, no skipping, back only with a reason.
  EXPECT_EQ(ok({"--json", "separation", "advance", project, id}).json()["status"], "design");
  EXPECT_EQ(runCli({"separation", "advance", project, id, "--to", "accepted", "--user", "规划"}).exitCode, 2);
  EXPECT_EQ(runCli({"separation", "advance", project, id, "--to", "planning", "--user", "规划"}).exitCode, 2);
  EXPECT_EQ(runCli({"separation", "advance", project, id, "--to", "done", "--user", "规划"}).exitCode, 2);
  ok({"separation", "advance", project, id, "--to", "planning", "--note", "设计方案退回"});
  EXPECT_EQ(runCli({"separation", "advance", project, id, "--version", "1", "--user", "规划"}).exitCode, 6);
  // The order that rectifies the point carries the project out.
  const auto order =
      ok({"--json", "order", "create", project, "--misconnection", severePoint, "--assignee", "一队"}, "admin").json();
  const std::string number = order["number"];
  const auto linked = ok({"--json", "separation", "link-order", project, "红星新村雨污分流", "--order", number}).json();
  EXPECT_EQ(linked["orders"][0]["number"], number);
  EXPECT_EQ(runCli({"separation", "link-order", project, id, "--order", "NOPE-1", "--user", "规划"}).exitCode, 2);
  // Edits: a scope item by code, the planned year.
  const auto shown = ok({"--json", "area", "show", project, "红星新村"}).json();
  const std::string pipe = shown["pipes"][0]["code"];
  const auto edited =
      ok({"--json", "separation", "edit", project, id, "--year", "2028", "--scope-remove", "pipe:" + pipe}).json();
  EXPECT_EQ(edited["planned_year"], 2028);
  EXPECT_LT(edited["budget"]["total"].get<double>(), p["budget"]["total"].get<double>());
  EXPECT_EQ(runCli({"separation", "edit", project, id, "--scope-add", "pipe:NO-SUCH", "--user", "规划"}).exitCode, 2);
  const auto list = ok({"--json", "separation", "list", project, "--year", "2028"}).json();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["name"], "红星新村雨污分流");
  const auto full = ok({"--json", "separation", "show", project, id}).json();
  ASSERT_EQ(full["events"].size(), 3u);
  EXPECT_EQ(full["events"][2]["note"], "设计方案退回");
  EXPECT_THAT(ok({"separation", "show", project, id}).out, HasSubstr("红星新村"));
}

TEST_F(CliPlan, BadInputsAreRefused) {
  EXPECT_EQ(
      runCli({"area", "add", project, "--name", "x", "--wkt", "POLYGON((0 0,10 10,10 0,0 10,0 0))", "--user", "规划"})
          .exitCode,
      2);
  EXPECT_EQ(runCli({"area", "add", project, "--name", "x", "--wkt", "POINT(1 2)", "--user", "规划"}).exitCode, 2);
  EXPECT_EQ(runCli({"area", "add", project, "--name", "x", "--wkt", "POLYGON((0 0,10 0,10 10,0 0))", "--user", "张工"})
                .exitCode,
            5);
  const auto added =
      ok({"--json", "area", "add", project, "--name", "新画小区", "--wkt",
          "POLYGON((519000 3353000,519100 3353000,519100 3353100,519000 3353000))", "--households", "12"});
  EXPECT_EQ(added.json()["households"], 12);
  EXPECT_EQ(runCli({"area", "show", project, "没有这个小区"}).exitCode, 2);
  EXPECT_EQ(runCli({"separation", "show", project, "999"}).exitCode, 2);
  EXPECT_EQ(
      runCli({"separation", "create", project, "--name", "x", "--year", "2027", "--areas", "999", "--user", "规划"})
          .exitCode,
      2);
  EXPECT_EQ(runCli({"separation", "create", project, "--name", "x", "--areas", "1", "--user", "规划"}).exitCode, 1);
  EXPECT_EQ(runCli({"area", "frobnicate", project}).exitCode, 1);
  // A file with one bad row is refused whole, each fault named.
  const std::string bad = dir.path() + "/bad.shp";
  ShapefileBuilder b(bad, wkbPolygon, 4549, "CP936");
  b.field("XQMC", OFTString, 20).field("HS", OFTString, 8);
  b.add("POLYGON((519000 3353000,519100 3353000,519100 3353100,519000 3353000))", {"甲小区", "100"});
  b.add("POLYGON((519100 3353000,519200 3353000,519200 3353100,519100 3353000))", {"乙小区", "一百"});
  b.write(std::string("GBK"));
  const auto r = runCli({"--json", "area", "import", project, bad, "--user", "规划"});
  EXPECT_EQ(r.exitCode, 2);
  const auto doc = r.json();
  ASSERT_EQ(doc["problems"].size(), 1u);
  EXPECT_EQ(doc["problems"][0]["row"], 2);
  EXPECT_EQ(doc["problems"][0]["field"], "HS");
  EXPECT_EQ(ok({"--json", "area", "list", project}).json().size(), 16u);  // 15 + the one drawn above, none of the file
  // Costs: a project may use its own; a broken file is refused.
  const std::string costs = dir.path() + "/costs.json";
  std::filesystem::copy_file(std::string(PW_SAMPLEDATA) + "/../schemas/catalogues/separation-costs.json", costs);
  EXPECT_EQ(ok({"--json", "plan", "costs", "set", project, costs}).json()["set"], true);
  const std::string broken = dir.path() + "/broken.json";
  std::ofstream(broken) << R"({"per_household_connection": -5})";
  EXPECT_EQ(runCli({"plan", "costs", "set", project, broken, "--user", "规划"}).exitCode, 2);
  EXPECT_EQ(runCli({"plan", "costs", "set", project, costs, "--user", "张工"}).exitCode, 5);
}

}  // namespace pw::test
