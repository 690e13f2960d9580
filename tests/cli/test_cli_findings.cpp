// Findings from the command line on the sample city: inspections, defects, misconnections, CSV import, assessment,
// tracing and the audit trail, with the refusals a field team meets.
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "cli_sample_city.h"
#include "core/tempdir.h"

namespace pw::test {
namespace {

using ::testing::HasSubstr;

class CliFindings : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    shared = new TempDir();
    const std::string project = shared->path() + "/city.sqlite";
    ASSERT_NO_FATAL_FAILURE(createSampleCity(project));
    ASSERT_NO_FATAL_FAILURE(addCliUsers(project, {{"张工", "--role", "field_team", "--team", "一队"},
                                                  {"李工", "--role", "field_team", "--team", "一队"}}));
  }
  static void TearDownTestSuite() { delete shared; }
  static TempDir* shared;

  TempDir dir;
  std::string project;
  void SetUp() override { project = copyProject(shared->path() + "/city.sqlite", dir.path()); }
};

TempDir* CliFindings::shared = nullptr;

}  // namespace

TEST_F(CliFindings, RecordAssessAndAudit) {
  auto r = runCli({"--json", "inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-11-20", "--team",
                   "一队", "--user", "张工"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const int inspection = r.json()["id"];
  r = runCli({"--json", "defect", "add", project, "--inspection", std::to_string(inspection), "--code", "PL", "--grade",
              "3", "--distance", "12.5", "--clock", "0903", "--user", "张工"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const int defect = r.json()["id"];
  EXPECT_EQ(r.json()["clock_from"], 9);
  r = runCli({"--json", "assess", project, "--pipe", "YS-0824"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto pipe = r.json()["pipes"][0];
  EXPECT_EQ(pipe["structural"]["grade"], "III");  // PL grade 3 scores 5
  EXPECT_DOUBLE_EQ(pipe["structural"]["F"].get<double>(), 5.0);
  r = runCli({"defect", "edit", project, std::to_string(defect), "--grade", "1", "--user", "李工"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  r = runCli({"--json", "audit", project, "defect", std::to_string(defect)});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  ASSERT_EQ(r.json().size(), 2u);
  EXPECT_EQ(r.json()[0]["user"], "张工");
  EXPECT_EQ(r.json()[1]["user"], "李工");
  EXPECT_EQ(r.json()[1]["before"]["grade"], 3);
  EXPECT_EQ(r.json()[1]["after"]["grade"], 1);
}

TEST_F(CliFindings, BadInputIsRefusedNamingTheField) {
  auto r = runCli({"--json", "inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-11-20"});
  const std::string inspection = std::to_string(r.json()["id"].get<int>());
  struct Case {
    std::vector<std::string> args;
    std::string fragment;
  };
  const std::vector<Case> cases = {
      {{"--code", "XX", "--grade", "1", "--distance", "5"}, "Unknown defect code 'XX'"},
      {{"--code", "FS", "--grade", "4", "--distance", "5"}, "Grade 4 is not defined for FS"},
      {{"--code", "PL", "--grade", "2", "--distance", "999"}, "beyond the pipe's length"},
      {{"--code", "PL", "--grade", "2", "--distance", "5", "--clock", "1415"},
       "--clock: the clock position '1415' is not hours from 1 to 12"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args{"defect", "add", project, "--inspection", inspection};
    args.insert(args.end(), c.args.begin(), c.args.end());
    r = runCli(args);
    EXPECT_EQ(r.exitCode, 2) << c.fragment;
    EXPECT_THAT(r.err, HasSubstr(c.fragment));
  }
  std::ofstream(dir.path() + "/notes.txt") << "not a photo";
  r = runCli({"defect", "add", project, "--inspection", inspection, "--code", "PL", "--grade", "2", "--distance", "5",
              "--photo", dir.path() + "/notes.txt"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("notes.txt is not a photo"));
  // The refused photo took its defect with it: nothing was written.
  r = runCli({"--json", "defect", "list", project, "--inspection", inspection});
  EXPECT_TRUE(r.json().empty()) << r.out;
  r = runCli({"misconnection", "add", project, "--manhole", "NO-SUCH", "--type", "sewage_into_rain"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("no manhole NO-SUCH"));
}

TEST_F(CliFindings, CsvImportNamesEveryBadRowAndWritesNothing) {
  const std::string csv = dir.path() + "/cctv.csv";
  std::ofstream(csv) << "管段编号,距离,缺陷代码,等级,时钟,长度\n"
                        "YS-0824,12,PL,3,0903,\n"
                        "NO-PIPE,3,PL,2,,\n"
                        "YS-0824,5,FS,4,,\n";
  auto r = runCli({"--json", "import-inspections", project, csv, "--date", "2026-11-22"});
  EXPECT_EQ(r.exitCode, 2);
  const auto doc = r.json();
  ASSERT_EQ(doc["problems"].size(), 2u);
  EXPECT_EQ(doc["problems"][0]["row"], 3);
  EXPECT_EQ(doc["problems"][0]["field"], "pipe");
  EXPECT_THAT(doc["problems"][0]["message"].get<std::string>(), HasSubstr("NO-PIPE"));
  EXPECT_EQ(doc["problems"][1]["row"], 4);
  EXPECT_EQ(doc["problems"][1]["field"], "grade");
  EXPECT_THAT(r.err, HasSubstr("row 3, pipe"));
  EXPECT_TRUE(runCli({"--json", "inspection", "list", project}).json().empty());
  std::ofstream(csv, std::ios::trunc) << "pipe,distance,code,grade\nYS-0824,12,PL,3\nWS-0974,8,CJ,2\n";
  r = runCli({"--json", "import-inspections", project, csv, "--date", "2026-11-22"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["defects"], 2);
  EXPECT_EQ(r.json()["inspections"], 2);
}

TEST_F(CliFindings, TraceWalksBackFromAPollutedOutfall) {
  // A misconnection recorded at a manhole upstream of an outfall is found by tracing up from the outfall.
  auto r = runCli({"--json", "trace", "down", project, "--pipe", "YS-0824"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto down = r.json();
  ASSERT_FALSE(down["ends"].empty());
  const std::string outfall = down["ends"][0];
  ASSERT_EQ(runCli({"misconnection", "add", project, "--pipe", "YS-0824", "--type", "sewage_into_rain", "--cod", "250"})
                .exitCode,
            0);
  r = runCli({"--json", "trace", "up", project, "--manhole", outfall});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto up = r.json();
  EXPECT_THAT(up["pipes"].get<std::vector<std::string>>(), ::testing::Contains("YS-0824"));
  ASSERT_EQ(up["misconnections"].size(), 1u);
  EXPECT_EQ(up["misconnections"][0]["type"], "sewage_into_rain");
  r = runCli({"--json", "misconnection", "list", project});
  EXPECT_EQ(r.json()[0]["grade"], 3);  // COD 250 > 200: severe
  EXPECT_EQ(r.json()[0]["grade_decided_by"], "cod_mg_l");
}

}  // namespace pw::test
