#pragma once
// A small command-line parser for "pipeward-cli [global options] COMMAND [args] [options]": options may come
// anywhere, as --name value or --name=value; flags take no value.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pw::cli {

struct OptionSpec {
  std::set<std::string> withValue;  ///< e.g. "--crs"
  std::set<std::string> flags;      ///< e.g. "--json"
};

struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> values;  ///< an option given several times keeps every value
  std::set<std::string> flags;

  bool flag(const std::string& name) const { return flags.count(name) > 0; }
  /// The last value given for the option.
  std::optional<std::string> value(const std::string& name) const;
  std::vector<std::string> all(const std::string& name) const;
};

/// Throws UsageError for unknown options or a missing value.
ParsedArgs parseArgs(const std::vector<std::string>& args, const OptionSpec& spec);

struct UsageError {
  std::string message;  ///< English; the CLI translates it through Cli::tr at the edge
  std::string detail;
};

}  // namespace pw::cli
