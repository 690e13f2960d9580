#pragma once
// Runs pipeward-cli as a user does and captures what it prints.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pw::test {

struct CliResult {
  int exitCode = -1;
  std::string out;
  std::string err;
  nlohmann::json json() const;  ///< stdout parsed as JSON (fails the test if it is not)
};

/// Runs the CLI with the arguments (no shell involved), in the C locale unless `lang` is given.
CliResult runCli(const std::vector<std::string>& args, const std::string& lang = "C.UTF-8");

/// How to run the CLI beyond its arguments.
struct CliEnvironment {
  std::string lang = "C.UTF-8";
  std::vector<std::string> variables;  ///< NAME=VALUE entries added to the environment
  std::uint64_t fileSizeLimitKib = 0;  ///< > 0: run under `ulimit -f` (bash), files may not grow past this
};
CliResult runCli(const std::vector<std::string>& args, const CliEnvironment& environment);

/// Runs the CLI with the arguments and `--user USER`, expecting exit code 0 (a test failure showing stderr otherwise).
CliResult runCliOk(std::vector<std::string> args, const std::string& user);

}  // namespace pw::test
