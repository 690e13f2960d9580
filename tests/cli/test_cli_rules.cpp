// The domain rules from the command line, on the sample city: findings of an open order stay, stale versions are
// conflicts, points lie in the project, the project's day is China's, users and separation of duties, absurd values
// and incomplete photos refused with the field named, and an unknown --lang.
#include <cstdlib>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "cli_sample_city.h"
#include "core/tempdir.h"
#include "test_images.h"

namespace pw::test {
namespace {

using ::testing::HasSubstr;

/// The sample city with users: admin; 滨经理 manager of 滨江区 (330108); 张工 of field team 一队; 规划 a planner; an
/// inspection of YS-0824 (滨江区, 37 m) on 2026-03-01 with a PL grade 3 defect. The clock stands at 2026-03-10.
class CliRules : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    setenv("PIPEWARD_NOW", "2026-03-10T08:00:00Z", 1);
    shared = new TempDir();
    const std::string project = shared->path() + "/city.sqlite";
    ASSERT_NO_FATAL_FAILURE(createSampleCity(project));
    ASSERT_NO_FATAL_FAILURE(addCliUsers(project, {{"滨经理", "--role", "district_manager", "--district", "330108"},
                                                  {"张工", "--role", "field_team", "--team", "一队"},
                                                  {"规划", "--role", "planner"}}));
    runCliOk({"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-03-01"}, "张工");
    runCliOk({"defect", "add", project, "--inspection", "1", "--code", "PL", "--grade", "3", "--distance", "12.5"},
             "张工");
  }
  static void TearDownTestSuite() {
    delete shared;
    unsetenv("PIPEWARD_NOW");
  }
  static TempDir* shared;

  TempDir dir;
  std::string project;
  void SetUp() override {
    setenv("PIPEWARD_NOW", "2026-03-10T08:00:00Z", 1);
    project = copyProject(shared->path() + "/city.sqlite", dir.path());
  }

  /// Runs the command with --json, expecting `code`; returns the error document.
  nlohmann::json refused(std::vector<std::string> args, int code, const std::string& fragment) {
    args.insert(args.begin(), "--json");
    const auto r = runCli(args);
    EXPECT_EQ(r.exitCode, code) << r.out << r.err;
    EXPECT_THAT(r.err, HasSubstr(fragment));
    return r.exitCode == 0 || r.out.empty() ? nlohmann::json::object() : r.json();
  }
};

TempDir* CliRules::shared = nullptr;

}  // namespace

TEST_F(CliRules, TheDefectOfAnOpenOrderCannotBeDeleted) {
  auto r = runCliOk({"--json", "order", "create", project, "--defect", "1", "--assignee", "一队"}, "滨经理");
  const std::string number = r.json()["number"];
  runCliOk({"order", "issue", project, number}, "滨经理");
  for (const std::string step : {"accept", "start", "submit"}) runCliOk({"order", step, project, number}, "张工");
  EXPECT_EQ(refused({"defect", "delete", project, "1", "--user", "张工"}, 2, number)["field"], "order");
  refused({"inspection", "delete", project, "1", "--user", "张工"}, 2, number);
  r = runCliOk({"--json", "defect", "list", project, "--inspection", "1"}, "张工");
  EXPECT_EQ(r.json().size(), 1u);
  refused({"order", "close", project, number, "--user", "滨经理"}, 2, "cannot be closed until");
}

TEST_F(CliRules, AStaleVersionIsAConflict) {
  refused({"defect", "edit", project, "1", "--grade", "2", "--version", "99"}, 6, "changed by someone else");
  refused({"defect", "delete", project, "1", "--version", "99"}, 6, "changed by someone else");
  refused({"inspection", "edit", project, "1", "--notes", "x", "--version", "99"}, 6, "was changed by");
  refused({"inspection", "delete", project, "1", "--version", "2"}, 6, "changed by someone else");
  runCliOk({"defect", "edit", project, "1", "--grade", "2", "--version", "1"}, "张工");
  refused({"defect", "edit", project, "1", "--grade", "4", "--version", "1"}, 6, "changed by someone else");
  auto r =
      runCliOk({"--json", "misconnection", "add", project, "--pipe", "YS-0824", "--type", "sewage_into_rain"}, "张工");
  const std::string point = std::to_string(r.json()["id"].get<int>());
  refused({"misconnection", "edit", project, point, "--status", "confirmed", "--version", "42"}, 6,
          "changed by someone else");
  r = runCliOk({"--json", "defect", "list", project, "--inspection", "1"}, "张工");
  EXPECT_EQ(r.json()[0]["grade"], 2);
}

TEST_F(CliRules, APointOutsideTheProjectIsRefusedAndTheLayerStillExports) {
  // "nan" is not a number: the option parser refuses it before any placement check.
  EXPECT_EQ(refused({"misconnection", "add", project, "--at", "nan,nan", "--type", "sewage_into_rain"}, 2, "")["field"],
            "--at X");
  refused({"misconnection", "add", project, "--at", "3352473,520274", "--type", "sewage_into_rain"}, 2,
          "outside the project's network and districts");
  EXPECT_EQ(refused({"misconnection", "add", project, "--manhole", "Y0777", "--pipe", "YS-0824", "--type",
                     "sewage_into_rain"},
                    2, "not both")["field"],
            "place");
  runCliOk({"misconnection", "add", project, "--at", "520274,3352473", "--type", "sewage_into_rain"}, "张工");
  runCliOk({"export", project, "misconnections", dir.path() + "/m.geojson"}, "张工");
  std::ifstream exported(dir.path() + "/m.geojson");
  const auto doc = nlohmann::json::parse(exported);
  EXPECT_EQ(doc["features"].size(), 1u);
}

TEST_F(CliRules, TodayIsTheProjectsDayInChina) {
  auto r = runCliOk({"--json", "project", "show", project}, "admin");
  EXPECT_EQ(r.json()["time_zone"], "Asia/Shanghai");
  EXPECT_EQ(r.json()["time_zone_default"], true);
  setenv("PIPEWARD_NOW", "2026-12-04T17:30:00Z", 1);  // 01:30 on 5 December in Beijing
  EXPECT_EQ(runCliOk({"--json", "project", "show", project}, "admin").json()["today"], "2026-12-05");
  runCliOk({"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-12-05"}, "张工");
  EXPECT_EQ(refused({"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-12-06", "--user", "张工"}, 2,
                    "2026-12-06 is in the future (today is 2026-12-05)")["field"],
            "date");
  refused({"project", "set", project, "--time-zone", "UTC", "--user", "张工"}, 5,
          "may not change the project's settings");
  refused({"project", "set", project, "--time-zone", "Mars/Olympus", "--user", "admin"}, 2,
          "no time zone 'Mars/Olympus'");
  r = runCliOk({"--json", "project", "set", project, "--time-zone", "UTC"}, "admin");
  EXPECT_EQ(r.json()["today"], "2026-12-04");
  refused({"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-12-05", "--user", "张工"}, 2,
          "today is 2026-12-04");
}

TEST_F(CliRules, UsersComeBackAreNamedInAnyCaseAndTheLastAdministratorStays) {
  refused({"user", "deactivate", project, "admin", "--user", "admin"}, 2, "the last active city administrator");
  runCliOk({"user", "add", project, "Zhang.Wei", "--role", "planner"}, "admin");
  refused({"user", "add", project, "ZHANG.WEI", "--role", "planner", "--user", "admin"}, 2,
          "There is already a user Zhang.Wei");
  runCliOk({"user", "deactivate", project, "zhang.wei"}, "ADMIN");
  refused({"kpi", project, "--user", "Zhang.Wei"}, 2, "no longer active");
  auto r = runCliOk({"--json", "user", "reactivate", project, "ZHANG.wei"}, "admin");
  EXPECT_EQ(r.json()["name"], "Zhang.Wei");
  EXPECT_EQ(r.json()["active"], true);
  refused({"user", "add", project, std::string(64, 'x'), "--role", "planner", "--user", "admin"}, 2,
          "at most 63 bytes");
}

TEST_F(CliRules, TheDistrictManagerLeavesTheTeamsStepsToTheTeam) {
  auto r = runCliOk({"--json", "order", "create", project, "--defect", "1", "--assignee", "一队"}, "滨经理");
  const std::string number = r.json()["number"];
  runCliOk({"order", "issue", project, number}, "滨经理");
  refused({"order", "accept", project, number, "--user", "滨经理"}, 5, "that step is the assigned team's");
  runCliOk({"order", "accept", project, number}, "admin");  // an administrator overrides, audited
  r = runCliOk({"--json", "audit", project, "order", std::to_string(r.json()["id"].get<int>())}, "admin");
  EXPECT_EQ(r.json().back()["after"]["override"], "team_step");
}

TEST_F(CliRules, AbsurdValuesAreRefusedNamingTheField) {
  EXPECT_EQ(
      refused({"misconnection", "add", project, "--pipe", "YS-0824", "--type", "sewage_into_rain", "--cod", "25000"}, 2,
              "cod_mg_l cannot be 25000")["field"],
      "cod_mg_l");
  EXPECT_EQ(refused({"order", "create", project, "--defect", "1", "--cost", "-5", "--user", "滨经理"}, 2,
                    "a cost is a number of zero or more")["field"],
            "estimated_cost");
  EXPECT_EQ(refused({"order", "create", project, "--defect", "1", "--deadline", "2026-02-30", "--user", "滨经理"}, 2,
                    "not a date")["field"],
            "deadline");
  refused({"order", "create", project, "--defect", "1", "--deadline", "2099-01-01", "--user", "滨经理"}, 2,
          "more than 1095 days ahead");
  EXPECT_EQ(refused({"order", "bulk", project, "--district", "330108", "--findings", "structural", "--min-grade", "7",
                     "--user", "滨经理"},
                    2, "Grade 7 is not in the catalogue")["field"],
            "min_grade");
  EXPECT_EQ(refused({"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-03-02", "--length", "1000"}, 2,
                    "far beyond the pipe's length")["field"],
            "inspected_length");
  refused({"--lang", "fr", "info", project}, 1, "--lang takes zh_CN or en, not fr");
}

TEST_F(CliRules, AnIncompletePhotoIsRefused) {
  const std::string png = testPng();  // whole, and cut short as a failed copy leaves it
  std::ofstream(dir.path() + "/whole.png", std::ios::binary) << png;
  std::ofstream(dir.path() + "/cut.png", std::ios::binary) << png.substr(0, png.size() / 2);
  EXPECT_EQ(refused({"defect", "add", project, "--inspection", "1", "--code", "CK", "--grade", "2", "--distance", "5",
                     "--photo", dir.path() + "/cut.png"},
                    2, "is not a complete image")["field"],
            "photo");
  auto r = runCliOk({"--json", "defect", "list", project, "--inspection", "1"}, "张工");
  EXPECT_EQ(r.json().size(), 1u);  // the defect went with its photo
  runCliOk({"defect", "add", project, "--inspection", "1", "--code", "CK", "--grade", "2", "--distance", "5", "--photo",
            dir.path() + "/whole.png"},
           "张工");
}

}  // namespace pw::test
