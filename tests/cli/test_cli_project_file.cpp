// The project file in hard places: a read-only folder or file (reading works, writing is refused with the reason and
// leaves nothing behind), a damaged or truncated file, a schema version older than the tables.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "cli_sample_city.h"
#include "core/tempdir.h"
#include "project_sharing.h"
#include "read_only_path.h"
#include "store/project.h"
#include "store/sqlite.h"

namespace pw::test {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> listing(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(folder)) {
    names.push_back(e.path().filename().string() + ":" + std::to_string(e.is_regular_file() ? e.file_size() : 0));
  }
  std::sort(names.begin(), names.end());
  return names;
}

/// The sample city with one inspection and its defect on YS-0824 (made once, copied for each test).
class ProjectFile : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    setenv("PIPEWARD_NOW", "2026-03-02T08:00:00Z", 1);
    shared = new TempDir();
    const std::string city = shared->path() + "/city.sqlite";
    ASSERT_NO_FATAL_FAILURE(createSampleCity(city));
    auto r = runCli({"--json", "inspection", "add", city, "--pipe", "YS-0824", "--date", "2026-03-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runCli({"--json", "defect", "add", city, "--inspection", std::to_string(r.json()["id"].get<int>()), "--code",
                "PL", "--grade", "3", "--distance", "12.5"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    defectId = std::to_string(r.json()["id"].get<int>());
  }
  static void TearDownTestSuite() {
    delete shared;
    unsetenv("PIPEWARD_NOW");
  }
  static TempDir* shared;
  static std::string defectId;

  TempDir dir;
  std::string place = dir.path() + "/place";
  std::string output = dir.path() + "/out";
  std::string project;
  void SetUp() override {
    std::filesystem::create_directory(place);
    std::filesystem::create_directory(output);
    project = copyProject(shared->path() + "/city.sqlite", place);
  }

  /// Every command that only reads works; every one that writes is refused (exit 2) with `reason`.
  void readsWorkAndWritesAreRefused(const std::string& reason) {
    const std::vector<std::vector<std::string>> reads{
        {"info", project},
        {"check", project},
        {"assess", project},
        {"trace", "down", project, "--pipe", "YS-0824"},
        {"defect", "list", project, "--pipe", "YS-0824"},
        {"audit", project, "defect", defectId},
        {"user", "list", project},
        {"order", "list", project},
        {"kpi", project, "--period", "2026-03"},
        {"export", project, "pipes", output + "/pipes.gpkg"},
        {"report", "district", project, "--district", "330108", "--period", "2026-03", "--out", output + "/d.pdf"},
        {"backup", project, output + "/copy.sqlite"}};
    for (const auto& args : reads) {
      const auto r = runCli(args);
      EXPECT_EQ(r.exitCode, 0) << args[0] << " " << args[1] << ": " << r.err;
    }
    const std::vector<std::vector<std::string>> writes{
        {"user", "add", project, "规划", "--role", "planner"},
        {"inspection", "add", project, "--pipe", "YS-0824", "--date", "2026-03-02"},
        {"defect", "delete", project, defectId},
        {"import", project, sampleCityFiles()[2]}};
    for (const auto& args : writes) {
      const auto r = runCli(args);
      EXPECT_EQ(r.exitCode, 2) << args[0] << " " << args[1] << ": " << r.err;
      EXPECT_THAT(r.err, HasSubstr("can only be read")) << args[0] << " " << args[1];
      EXPECT_THAT(r.err, HasSubstr(reason)) << args[0] << " " << args[1];
    }
  }
};

TempDir* ProjectFile::shared = nullptr;
std::string ProjectFile::defectId;

TEST_F(ProjectFile, AReadOnlyFolderIsReadAsItIsAndNothingIsWrittenThere) {
  const auto before = listing(place);
  ReadOnlyPath readOnly(place);
  if (!readOnly.effective()) GTEST_SKIP() << "cannot make a folder read-only here";
  const auto info = runCli({"--json", "info", project});
  ASSERT_EQ(info.exitCode, 0) << info.err;
  EXPECT_TRUE(info.json()["read_only"].get<bool>());
  EXPECT_EQ(info.json()["read_only_reason"], "folder");
  EXPECT_THAT(runCli({"info", project}).out, HasSubstr("Read-only: its folder is not writable"));
  readsWorkAndWritesAreRefused("its folder " + place + " is not writable");
  EXPECT_EQ(listing(place), before) << "something was written in the read-only folder";
}

TEST_F(ProjectFile, AReadOnlyFileIsReadAndWritesAreRefused) {
  {
    ReadOnlyPath readOnly(project);
    if (!readOnly.effective()) GTEST_SKIP() << "cannot make a file read-only here";
    const auto info = runCli({"--json", "info", project});
    ASSERT_EQ(info.exitCode, 0) << info.err;
    EXPECT_EQ(info.json()["read_only_reason"], "file");
    readsWorkAndWritesAreRefused("the file is not writable");
    EXPECT_EQ(sizeOf(project + "-wal"), 0u);
  }
  // Writable again, the project is as it was and takes changes.
  const auto added = runCli({"user", "add", project, "规划", "--role", "planner"});
  EXPECT_EQ(added.exitCode, 0) << added.err;
}

TEST_F(ProjectFile, AReadOnlyFolderWithALogToMergeIsRefusedNamingTheLog) {
  // A program killed after saving leaves its log; the -shm is not copied along (a copy onto a read-only share).
  {
    DesktopWriter desktop(project);
    desktop.waitForSaves(3);
  }  // killed
  ASSERT_GT(sizeOf(project + "-wal"), 0u);
  std::filesystem::remove(project + "-shm");
  {
    ReadOnlyPath readOnly(place);
    if (!readOnly.effective()) GTEST_SKIP() << "cannot make a folder read-only here";
    const auto r = runCli({"info", project});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_THAT(r.err, HasSubstr(project + "-wal"));
    EXPECT_THAT(r.err, HasSubstr("must be merged"));
  }
  const auto r = runCli({"--json", "user", "list", project});  // writable again: the log is merged, nothing lost
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("child-1"));
}

TEST_F(ProjectFile, ADamagedFileIsNamedAndTheBackupSuggested) {
  std::filesystem::resize_file(project, std::filesystem::file_size(project) / 2);  // truncate(2): no descriptor
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"info", project}, {"user", "add", project, "规划", "--role", "planner"}, {"assess", project}}) {
    const auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 2) << args[0] << ": " << r.err;
    EXPECT_THAT(r.err, HasSubstr("The project file " + project + " is damaged")) << args[0];
    EXPECT_THAT(r.err, HasSubstr("backup")) << args[0];
  }
  const auto json = runCli({"--json", "info", project});
  EXPECT_EQ(json.json()["file"], project);
  EXPECT_THAT(runCli({"--lang", "zh_CN", "info", project}).err, HasSubstr("已损坏"));
}

TEST_F(ProjectFile, AFileThatIsNoDatabaseOrHasALostHeaderIsRefused) {
  std::filesystem::resize_file(project, 0);
  auto r = runCli({"info", project});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("is an SQLite database but not a PipeWard project"));
  EXPECT_EQ(std::filesystem::file_size(project), 0u) << "opening wrote into a file that is no project";
  const std::string text = place + "/notes.sqlite";
  std::ofstream(text) << std::string(4096, 'x');
  r = runCli({"info", text});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr(text + " is not a PipeWard project, or the project file is damaged"));
}

TEST_F(ProjectFile, ASchemaVersionOlderThanTheTablesIsInconsistentAndLeftAlone) {
  {
    sql::Database db(project, sql::Database::Mode::ReadWrite);
    db.exec("PRAGMA user_version = 3");
  }
  const auto r = runCli({"info", project});
  EXPECT_EQ(r.exitCode, 2) << r.err;
  EXPECT_THAT(r.err, HasSubstr("is inconsistent: its schema version is 3"));
  EXPECT_THAT(r.err, HasSubstr("which schema version 4 adds"));
  EXPECT_THAT(r.err, ::testing::Not(HasSubstr("Database error")));
  sql::Database db(project, sql::Database::Mode::ReadOnly);
  EXPECT_EQ(db.scalarInt("PRAGMA user_version"), 3);
}

}  // namespace
}  // namespace pw::test
