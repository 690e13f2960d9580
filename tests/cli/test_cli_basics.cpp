// pipeward-cli as a script or a person uses it: commands, exit codes, messages, JSON.
#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "core/tempdir.h"
#include "shapefile_builder.h"

namespace pw::test {
namespace {

using ::testing::HasSubstr;

struct UsageCase {
  std::vector<std::string> args;
  int exitCode;
  std::string inErr;  ///< a fragment of stderr ("" to skip)
  std::string inOut;  ///< a fragment of stdout
};

/// How GoogleTest names a case. Without it, it prints the struct's bytes, padding included: uninitialised memory
/// that valgrind reports (found by the valgrind run of this suite).
void PrintTo(const UsageCase& c, std::ostream* os) {
  *os << "pipeward-cli";
  for (const auto& a : c.args) *os << ' ' << a;
}

class CliUsage : public ::testing::TestWithParam<UsageCase> {};

TEST_P(CliUsage, ExitCodeAndMessage) {
  const auto& c = GetParam();
  const auto r = runCli(c.args);
  EXPECT_EQ(r.exitCode, c.exitCode) << r.out << r.err;
  EXPECT_THAT(r.err, HasSubstr(c.inErr));
  EXPECT_THAT(r.out, HasSubstr(c.inOut));
}

INSTANTIATE_TEST_SUITE_P(
    Table, CliUsage,
    ::testing::Values(UsageCase{{}, 1, "", "Usage: pipeward-cli"}, UsageCase{{"--help"}, 0, "", "Exit codes"},
                      UsageCase{{"frobnicate"}, 1, "unknown command frobnicate", ""},
                      UsageCase{{"info"}, 1, "missing argument PROJECT", ""},
                      UsageCase{{"info", "x.sqlite", "--colour"}, 1, "unknown option --colour", ""},
                      UsageCase{{"init", "x.sqlite", "--crs"}, 1, "option --crs needs a value", ""},
                      UsageCase{{"info", "/nonexistent/p.sqlite"}, 2, "does not exist", ""},
                      UsageCase{{"check", "/nonexistent/p.sqlite"}, 2, "/nonexistent/p.sqlite", ""},
                      UsageCase{{"import", "/nonexistent/p.sqlite"}, 1, "missing argument SOURCE", ""},
                      UsageCase{{"profiles"}, 0, "", "pinyin-survey"}),
    [](const ::testing::TestParamInfo<UsageCase>& param) {
      std::string name = "args";
      for (const auto& a : param.param.args) {
        name += "_";
        for (char c : a) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      }
      return name + "_" + std::to_string(param.index);
    });

class CliProject : public ::testing::Test {
protected:
  TempDir dir;
  std::string path(const std::string& name) const { return dir.path() + "/" + name; }
};

TEST_F(CliProject, InitRefusesBadCrsAndExistingFiles) {
  auto r = runCli({"init", path("p.sqlite"), "--crs", "EPSG:4490"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("EPSG:4490 is not a projected CRS"));
  EXPECT_FALSE(std::filesystem::exists(path("p.sqlite")));
  r = runCli({"init", path("p.sqlite"), "--crs", "CGCS2000"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("'CGCS2000' is not an EPSG code"));
  r = runCli({"--json", "init", path("p.sqlite"), "--crs", "EPSG:4549"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["crs_epsg"], 4549);
  r = runCli({"init", path("p.sqlite")});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("already exists"));
  r = runCli({"--json", "info", path("p.sqlite")});
  ASSERT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.json()["pipes"], 0);
  EXPECT_EQ(r.json()["crs_epsg"], 4549);
}

TEST_F(CliProject, ImportErrorsNameTheFileAndChangeNothing) {
  ASSERT_EQ(runCli({"init", path("p.sqlite"), "--crs", "EPSG:4549"}).exitCode, 0);
  const std::string before = fileBytes(path("p.sqlite"));
  auto r = runCli({"import", path("p.sqlite"), path("missing.shp")});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("missing.shp does not exist"));
  ShapefileBuilder(path("points.shp"), wkbPoint, 4549)
      .field("WTDH", OFTString, 8)
      .add("POINT(500000 3350000)", {"J1"})
      .write();
  r = runCli({"--json", "import", path("p.sqlite"), path("points.shp"), "--as", "pipes"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("points.shp holds points, but pipes must be lines"));
  EXPECT_EQ(r.json()["file"], path("points.shp"));
  r = runCli({"import", path("p.sqlite"), path("points.shp"), "--as", "valves"});
  EXPECT_EQ(r.exitCode, 1);
  r = runCli({"import", path("p.sqlite"), path("points.shp"), "--encoding", "EBCDIC-XX"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("EBCDIC-XX"));
  EXPECT_EQ(fileBytes(path("p.sqlite")), before);
  // An import is attributed to a user of the project, like every change: an unknown name is refused.
  r = runCli({"import", path("p.sqlite"), path("points.shp"), "--user", "张工"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("张工"));
  ASSERT_EQ(runCli({"user", "add", path("p.sqlite"), "张工", "--role", "field_team", "--team", "一队"}).exitCode, 0);
  r = runCli({"--json", "import", path("p.sqlite"), path("points.shp"), "--user", "张工"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["runs"][0]["inserted"], 1);
  r = runCli({"--json", "info", path("p.sqlite")});
  EXPECT_EQ(r.json()["imports"][0]["user"], "张工");
  r = runCli({"check", path("p.sqlite"), "--run", "99"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("no import run 99"));
}

}  // namespace
}  // namespace pw::test

namespace pw::test {

TEST(CliLanguage, ChineseFollowsTheLocaleAndTheOption) {
  auto r = runCli({"frobnicate"}, "zh_CN.UTF-8");
  EXPECT_THAT(r.err, ::testing::HasSubstr("未知命令 frobnicate"));
  r = runCli({"--lang", "zh_CN", "--help"});
  EXPECT_THAT(r.out, ::testing::HasSubstr("退出码"));
  r = runCli({"--lang", "en", "frobnicate"}, "zh_CN.UTF-8");
  EXPECT_THAT(r.err, ::testing::HasSubstr("unknown command frobnicate"));
}

}  // namespace pw::test
