// Any number of programs on one project: the desktop's core (a Project with its loader connections, here in the test
// process or in a child process) and pipeward-cli on the same file, reading and writing; a writer killed in the
// middle; and the project one file again once the last program has closed it.
#include <algorithm>
#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "core/tempdir.h"
#include "project_sharing.h"
#include "store/project.h"

namespace pw::test {
namespace {

using ::testing::HasSubstr;

class Sharing : public ::testing::Test {
protected:
  TempDir dir;
  std::string project = dir.path() + "/p.sqlite";
  std::string wal = project + "-wal";
  std::string shm = project + "-shm";

  void SetUp() override {
    const auto r = runCli({"init", project, "--crs", "EPSG:4549"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
  }

  void expectOneFileAtRest() {
    EXPECT_EQ(sizeOf(wal), 0u) << "a write-ahead log with content is left beside the project";
    EXPECT_FALSE(std::filesystem::exists(shm));
    auto reopened = Project::open(project);
    EXPECT_EQ(reopened->db().scalarText("PRAGMA integrity_check"), "ok");
  }
};

TEST_F(Sharing, TheCliAloneLeavesOneFile) {
  EXPECT_FALSE(std::filesystem::exists(wal));
  ASSERT_EQ(runCli({"user", "add", project, "规划", "--role", "planner"}).exitCode, 0);
  EXPECT_FALSE(std::filesystem::exists(wal));
  EXPECT_FALSE(std::filesystem::exists(shm));
  ASSERT_EQ(runCli({"info", project}).exitCode, 0);
  EXPECT_FALSE(std::filesystem::exists(wal));
  expectOneFileAtRest();
}

TEST_F(Sharing, TheDesktopCoreAndTheCliInTurnLoseNothing) {
  auto desktop = Project::open(project);
  addPlanner(*desktop, "desk-1");
  ASSERT_GT(sizeOf(wal), 0u) << "the saved change waits in the log";
  const auto walInode = inodeOf(wal);
  loadSnapshotLikeTheDesktop(project);  // a second connection in the same process, opened and closed

  const auto info = runCli({"--json", "info", project});
  ASSERT_EQ(info.exitCode, 0) << info.err;
  EXPECT_EQ(inodeOf(wal), walInode) << "pipeward-cli info removed the log the desktop is writing to";
  const auto added = runCli({"user", "add", project, "cli-1", "--role", "planner"});
  ASSERT_EQ(added.exitCode, 0) << added.err;
  EXPECT_EQ(inodeOf(wal), walInode);
  EXPECT_TRUE(std::filesystem::exists(shm));

  loadSnapshotLikeTheDesktop(project);
  addPlanner(*desktop, "desk-2");  // "disk I/O error" here when the log was removed under the desktop
  EXPECT_TRUE(hasUser(*desktop, "cli-1"));
  EXPECT_TRUE(hasUser(*desktop, "desk-2"));
  const auto list = runCli({"--json", "user", "list", project});
  ASSERT_EQ(list.exitCode, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr("desk-2"));

  desktop.reset();  // the last connection: the log is merged and removed
  expectOneFileAtRest();
  auto reopened = Project::open(project);
  for (const char* name : {"desk-1", "cli-1", "desk-2"}) EXPECT_TRUE(hasUser(*reopened, name)) << name;
}

TEST_F(Sharing, AWriterKilledInTheMiddleLosesNothingAndTheOthersGoOn) {
  DesktopWriter desktop(project);
  desktop.waitForSaves(10);
  for (int round = 0; round < 3; ++round) {
    const auto info = runCli({"info", project});
    EXPECT_EQ(info.exitCode, 0) << info.err;
    const auto added = runCli({"user", "add", project, "cli-" + std::to_string(round), "--role", "planner"});
    EXPECT_EQ(added.exitCode, 0) << added.err;
    desktop.waitForSaves(desktop.lastSave() + 7);
  }
  ASSERT_TRUE(desktop.kill()) << "the desktop stopped by itself";  // it crashes between two saves, or in one
  const int last = desktop.lastSave();
  ASSERT_GE(last, 27);
  EXPECT_GT(sizeOf(wal), 0u) << "the killed writer's log is still there to be merged";

  const auto info = runCli({"--json", "info", project});  // the next program merges the log of the killed one
  ASSERT_EQ(info.exitCode, 0) << info.err;
  auto after = Project::open(project);
  for (int i = 0; i <= last; ++i) EXPECT_TRUE(hasUser(*after, "child-" + std::to_string(i))) << i;
  for (int round = 0; round < 3; ++round) EXPECT_TRUE(hasUser(*after, "cli-" + std::to_string(round))) << round;
  addPlanner(*after, "after-the-crash");
  after.reset();
  expectOneFileAtRest();
}

TEST_F(Sharing, ABackupWhileTheDesktopSavesIsAConsistentCheckedCopy) {
  DesktopWriter desktop(project);
  desktop.waitForSaves(5);
  const std::string copy = dir.path() + "/backup.sqlite";
  const auto backup = runCli({"--json", "backup", project, copy});
  desktop.waitForSaves(desktop.lastSave() + 6);  // the desktop went on saving
  desktop.kill();
  ASSERT_EQ(backup.exitCode, 0) << backup.err;
  const auto report = backup.json();
  EXPECT_EQ(report["integrity_check"], "ok");
  EXPECT_EQ(report["output"], copy);
  EXPECT_EQ(report["bytes"].get<std::int64_t>(), static_cast<std::int64_t>(sizeOf(copy)));
  EXPECT_FALSE(std::filesystem::exists(copy + "-wal"));
  // One state of the project: the saves up to some point, every one of them, none after.
  auto restored = Project::open(copy);
  int saves = 0;
  while (hasUser(*restored, "child-" + std::to_string(saves))) ++saves;
  EXPECT_GE(saves, 5);
  for (int i = saves; i < saves + 200; ++i) EXPECT_FALSE(hasUser(*restored, "child-" + std::to_string(i))) << i;
  EXPECT_EQ(restored->db().scalarText("PRAGMA integrity_check"), "ok");
}

TEST_F(Sharing, ABackupRefusesToOverwriteOrToReplaceTheProject) {
  const std::string copy = dir.path() + "/backup.sqlite";
  ASSERT_EQ(runCli({"backup", project, copy}).exitCode, 0);
  const auto again = runCli({"backup", project, copy});
  EXPECT_EQ(again.exitCode, 2);
  EXPECT_THAT(again.err, HasSubstr("exists already"));
  EXPECT_EQ(runCli({"backup", project, copy, "--overwrite"}).exitCode, 0);
  for (const auto& target : {project, project + "-wal", project + "-shm"}) {
    const auto r = runCli({"backup", project, target, "--overwrite"});
    EXPECT_EQ(r.exitCode, 2) << target;
    EXPECT_THAT(r.err, HasSubstr("it is the project itself")) << target;
  }
  const std::string damaged = dir.path() + "/damaged.sqlite";
  std::filesystem::copy_file(project, damaged);
  std::filesystem::resize_file(damaged, std::filesystem::file_size(damaged) / 2);
  const auto r = runCli({"backup", damaged, dir.path() + "/never.sqlite"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("is damaged"));
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"backup.sqlite", "damaged.sqlite", "p.sqlite"}));
}

}  // namespace
}  // namespace pw::test
