// What pipeward-cli reads from its user, end to end on the sample city: numbers in options by the one strict parser
// (exit 2 naming the option), text that is not UTF-8 refused by every command before anything happens, and the CCTV
// CSV import's content recognition, encodings, invalid bytes, ignored columns and permission.
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "cli_sample_city.h"
#include "core/tempdir.h"
#include "io/encoding.h"

namespace pw::test {
namespace {

using ::testing::HasSubstr;

const std::string kTeamGbk = "\xD2\xBB\xB6\xD3";  // 一队 in GBK, as a GBK terminal passes it

class CliInput : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    shared = new TempDir();
    const std::string project = shared->path() + "/city.sqlite";
    ASSERT_NO_FATAL_FAILURE(createSampleCity(project));
    ASSERT_NO_FATAL_FAILURE(
        addCliUsers(project, {{"张工", "--role", "field_team", "--team", "一队"}, {"规划", "--role", "planner"}}));
  }
  static void TearDownTestSuite() { delete shared; }
  static TempDir* shared;

  TempDir dir;
  std::string project;
  void SetUp() override { project = copyProject(shared->path() + "/city.sqlite", dir.path()); }

  std::string inspection() {
    const auto r = runCli({"--json", "inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-11-20"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return std::to_string(r.json()["id"].get<int>());
  }
  CliResult addDefect(const std::string& inspectionId, const std::string& distance) {
    return runCli({"--json", "defect", "add", project, "--inspection", inspectionId, "--code", "PL", "--grade", "2",
                   "--distance", distance});
  }
  std::string csv(const std::string& name, const std::string& bytes) {
    const std::string path = dir.path() + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
};

TempDir* CliInput::shared = nullptr;

}  // namespace

TEST_F(CliInput, NumbersInOptionsAreWholeNumbersOrBadInputNamingTheOption) {
  const std::string id = inspection();
  const std::vector<std::pair<std::string, std::string>> refused = {
      {"3,5", "--distance: '3,5' is not a number: write a decimal point"},
      {"12abc", "--distance: '12abc' is not a number"},
      {"nan", "--distance: 'nan' is not a finite number"},
      {"inf", "--distance: 'inf' is not a finite number"},
      {"", "--distance: a number is missing"},
      {"1e400", "--distance: '1e400' is out of range"}};
  for (const auto& [text, message] : refused) {
    const auto r = addDefect(id, text);
    EXPECT_EQ(r.exitCode, 2) << text << r.err;
    EXPECT_THAT(r.err, HasSubstr(message)) << text;
    EXPECT_EQ(r.json()["field"], "--distance") << text;
  }
  EXPECT_TRUE(runCli({"--json", "defect", "list", project, "--inspection", id}).json().empty());
  const auto r = addDefect(id, "1e1");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["distance"], 10.0);
  // Whole numbers: no decimals, no exponent, within range.
  auto bad = runCli(
      {"defect", "add", project, "--inspection", id, "--code", "PL", "--grade", "4294967298", "--distance", "1"});
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_THAT(bad.err, HasSubstr("--grade: '4294967298' is out of range"));
  bad = runCli({"defect", "add", project, "--inspection", "1e0", "--code", "PL", "--grade", "2", "--distance", "1"});
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_THAT(bad.err, HasSubstr("--inspection: '1e0' is not a whole number"));
  bad = runCli({"misconnection", "add", project, "--at", "nan,nan", "--type", "sewage_into_rain"});
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_THAT(bad.err, HasSubstr("--at X: 'nan' is not a finite number"));
  bad = runCli({"import", project, dir.path() + "/none.shp", "--tolerance", "1,5"});
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_THAT(bad.err, HasSubstr("--tolerance: '1,5'"));
  bad = runCli({"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-02-30"});
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_THAT(bad.err, HasSubstr("2026-02-30"));
}

TEST_F(CliInput, AHugeNumberIsPrintedAsItIs) {
  // The message formatted 1e100 into a fixed 64-byte buffer, ignored the conversion's error and printed the buffer's
  // uninitialised bytes (valgrind: "Conditional jump depends on uninitialised value").
  const auto r = addDefect(inspection(), "1e100");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("The distance 1e+100 m is beyond the pipe's length"));
  EXPECT_TRUE(enc::isValidUtf8(r.err));
}

TEST_F(CliInput, TextThatIsNotUtf8IsRefusedByEveryCommand) {
  const std::vector<std::vector<std::string>> commands = {
      {"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-11-20", "--team", kTeamGbk},
      {"misconnection", "add", project, "--pipe", "YS-0824", "--type", "sewage_into_rain", "--cause", kTeamGbk},
      {"user", "add", project, "王工", "--role", "field_team", "--team", kTeamGbk},
      {"order", "create", project, "--misconnection", "1", "--description=" + kTeamGbk},
      {"area", "add", project, "--name", kTeamGbk, "--wkt", "POLYGON((0 0,1 0,1 1,0 0))"},
      {"import-inspections", project, dir.path() + "/x.csv", "--team", kTeamGbk},
      {"--json", "info", project, "--lang", kTeamGbk},
  };
  for (const auto& args : commands) {
    const auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 2) << args[0] << " " << r.err;
    EXPECT_THAT(r.err, HasSubstr("is not UTF-8 text")) << args[0];
    EXPECT_THAT(r.err, HasSubstr("\\xB6\\xD3")) << args[0];
    EXPECT_TRUE(enc::isValidUtf8(r.err));
  }
  auto r = runCli({"user", "add", project, kTeamGbk, "--role", "planner"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("Argument 4 '\xD2\xBB\\xB6\\xD3' is not UTF-8 text"));
  r = runCli({"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-11-20", "--team", kTeamGbk});
  EXPECT_THAT(r.err, HasSubstr("--team: '"));
  EXPECT_TRUE(runCli({"--json", "inspection", "list", project}).json().empty());
  EXPECT_TRUE(runCli({"--json", "misconnection", "list", project}).json().empty());
  EXPECT_EQ(runCli({"--json", "user", "list", project}).json().size(), 3u);  // admin, 张工, 规划
}

TEST_F(CliInput, TheSameCsvTwiceIsImportedOnce) {
  const auto file = csv("cctv.csv", "pipe,distance,code,grade,operator\nYS-0824,12,PL,3,小王\nWS-0974,8,CJ,2,小王\n");
  auto r = runCli({"import-inspections", project, file, "--date", "2026-11-22"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Imported 2 defects in 2 inspections"));
  EXPECT_THAT(r.out, HasSubstr("Columns ignored (PipeWard does not read them): operator"));
  r = runCli({"import-inspections", project,
              csv("again.csv",
                  "pipe,distance,code,grade,operator\nYS-0824,12,PL,3,小王\n"
                  "WS-0974,8,CJ,2,小王\n"),
              "--date", "2026-11-22"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("was already imported (as cctv.csv, 2 defects"));
  EXPECT_THAT(r.out, HasSubstr("nothing was changed"));
  r = runCli({"--json", "import-inspections", project, file, "--date", "2026-11-22"});
  EXPECT_EQ(r.json()["already_imported"]["file"], "cctv.csv");
  EXPECT_EQ(r.json()["defects"], 0);
  EXPECT_EQ(runCli({"--json", "inspection", "list", project}).json().size(), 2u);
}

TEST_F(CliInput, CsvEncodingsInvalidBytesAndPermission) {
  // Big5 (管段編號,距離,缺陷代碼,等級): recognised by its header, not read as GBK.
  auto r = runCli({"--json", "import-inspections", project,
                   csv("big5.csv",
                       "\xBA\xDE\xACq\xBDs\xB8\xB9,\xB6Z\xC2\xF7,\xAF\xCA\xB3\xB4\xA5N\xBDX,\xB5\xA5\xAF\xC5\n"
                       "YS-0824,12.5,PL,3\n"),
                   "--date", "2026-11-22"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["encoding"], "BIG5");
  // Undecidable bytes are refused asking for --encoding; stated, they are read so.
  const auto either = csv("either.csv", "pipe,distance,code,grade,description\nWS-0974,4,CJ,2,\xB9\xDC\xB6\xCE\n");
  r = runCli({"import-inspections", project, either, "--date", "2026-11-22"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("--encoding GBK or --encoding BIG5"));
  r = runCli({"--json", "import-inspections", project, either, "--date", "2026-11-22", "--encoding", "GBK"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["encoding"], "GBK");
  // A stray byte in a UTF-8 file: imported, and the cell is named.
  r = runCli({"import-inspections", project,
              csv("bom.csv", "\xEF\xBB\xBFpipe,distance,code,grade,description\nWS-0974,6,CJ,2,bad \xFF byte\n"),
              "--date", "2026-11-22"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Warning: row 2, description: bytes that are not valid UTF-8 text"));
  // A planner is not permitted (exit 5), not told about a field.
  r = runCli({"--json", "import-inspections", project, csv("p.csv", "pipe,distance,code,grade\nYS-0824,1,PL,1\n"),
              "--date", "2026-11-22", "--user", "规划"});
  EXPECT_EQ(r.exitCode, 5) << r.err;
  EXPECT_THAT(r.err, HasSubstr("may not record findings"));
  EXPECT_FALSE(r.json().contains("field"));
}

}  // namespace pw::test
