#include "cli_runner.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "core/tempdir.h"
#include "shapefile_builder.h"

extern char** environ;

namespace pw::test {

nlohmann::json CliResult::json() const {
  try {
    return nlohmann::json::parse(out);
  } catch (const nlohmann::json::exception& e) {
    ADD_FAILURE() << "not JSON: " << e.what() << "\n" << out << "\nstderr: " << err;
    return {};
  }
}

CliResult runCli(const std::vector<std::string>& args, const std::string& lang) {
  return runCli(args, CliEnvironment{.lang = lang});
}

CliResult runCli(const std::vector<std::string>& args, const CliEnvironment& environment) {
  TempDir dir;
  const std::string outPath = dir.path() + "/out";
  const std::string errPath = dir.path() + "/err";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> argStrings{PW_CLI};
  if (environment.fileSizeLimitKib > 0) {
    // The CLI itself ignores SIGXFSZ: a write past the limit must fail with EFBIG, not kill it.
    argStrings = {"/bin/bash", "-c",
                  "ulimit -f " + std::to_string(environment.fileSizeLimitKib) + R"( && exec "$0" "$@")", PW_CLI};
  }
  argStrings.insert(argStrings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argStrings) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> envStrings;
  for (char** e = environ; *e; ++e) {
    const std::string entry = *e;
    if (entry.rfind("LANG=", 0) == 0 || entry.rfind("LC_ALL=", 0) == 0 || entry.rfind("LANGUAGE=", 0) == 0) continue;
    envStrings.push_back(entry);
  }
  envStrings.push_back("LANG=" + environment.lang);
  envStrings.push_back("LC_ALL=" + environment.lang);
  envStrings.insert(envStrings.end(), environment.variables.begin(), environment.variables.end());
  std::vector<char*> envp;
  for (auto& e : envStrings) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = 0;
  CliResult result;
  if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data()) == 0) {
    int status = 0;
    waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  posix_spawn_file_actions_destroy(&actions);
  result.out = fileBytes(outPath);
  result.err = fileBytes(errPath);
  return result;
}

CliResult runCliOk(std::vector<std::string> args, const std::string& user) {
  args.push_back("--user");
  args.push_back(user);
  auto r = runCli(args);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  return r;
}

}  // namespace pw::test
