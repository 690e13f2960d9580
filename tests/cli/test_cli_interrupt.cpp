// An import interrupted half-way (Ctrl-C, or the process killed outright) leaves the project exactly as it was.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <gtest/gtest.h>

#include "cli_runner.h"
#include "core/tempdir.h"
#include "shapefile_builder.h"

extern char** environ;

namespace pw::test {
namespace {

class Interrupt : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    data = new TempDir();
    const std::string command = std::string(PW_GEN) + " bench --out " + data->path() + " --pipes 60000 > /dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0);
  }
  static void TearDownTestSuite() { delete data; }
  static TempDir* data;

  TempDir dir;
  std::string project = dir.path() + "/p.sqlite";

  /// Starts an import of the generated city and sends `signal` once it is writing. Returns the exit status.
  int importAndInterrupt(int signal) {
    const std::string errPath = dir.path() + "/err";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<std::string> args{PW_CLI,
                                  "import",
                                  project,
                                  data->path() + "/districts.shp",
                                  data->path() + "/manholes.shp",
                                  data->path() + "/pipes.shp"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    EXPECT_EQ(posix_spawn(&pid, PW_CLI, &actions, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    bool sent = false;
    for (int i = 0; i < 20000 && !sent; ++i) {  // up to 40 s
      if (fileBytes(errPath).find("write") != std::string::npos) {
        kill(pid, signal);
        sent = true;
      } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
    }
    EXPECT_TRUE(sent) << "the import never reached its writing stage";
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
  }
};

TempDir* Interrupt::data = nullptr;

}  // namespace

TEST_F(Interrupt, CtrlCRollsBack) {
  ASSERT_EQ(runCli({"init", project, "--crs", "EPSG:4549"}).exitCode, 0);
  const int status = importAndInterrupt(SIGINT);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 4) << fileBytes(dir.path() + "/err");
  const auto info = runCli({"--json", "info", project}).json();
  EXPECT_EQ(info["pipes"], 0);
  EXPECT_EQ(info["manholes"], 0);
  EXPECT_EQ(info["districts"], 0);
  EXPECT_TRUE(info["imports"].empty());
}

TEST_F(Interrupt, KilledProcessLeavesTheProjectAsItWas) {
  ASSERT_EQ(runCli({"init", project, "--crs", "EPSG:4549"}).exitCode, 0);
  const int status = importAndInterrupt(SIGKILL);
  ASSERT_TRUE(WIFSIGNALED(status));
  const auto info = runCli({"--json", "info", project}).json();  // opening recovers from the journal
  EXPECT_EQ(info["pipes"], 0);
  EXPECT_TRUE(info["imports"].empty());
  // And the project is healthy: the same import now succeeds.
  const auto r = runCli({"--json", "import", project, data->path() + "/districts.shp", data->path() + "/manholes.shp",
                         data->path() + "/pipes.shp"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_GT(r.json()["runs"][2]["inserted"].get<int>(), 50000);
}

}  // namespace pw::test
