#include "args.h"

#include "core/tr.h"

namespace pw::cli {

std::optional<std::string> ParsedArgs::value(const std::string& name) const {
  const auto it = values.find(name);
  if (it == values.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> ParsedArgs::all(const std::string& name) const {
  const auto it = values.find(name);
  return it == values.end() ? std::vector<std::string>{} : it->second;
}

ParsedArgs parseArgs(const std::vector<std::string>& args, const OptionSpec& spec) {
  ParsedArgs out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 2 && a.rfind("--", 0) == 0) {
      std::string name = a;
      std::optional<std::string> inlineValue;
      if (const auto eq = a.find('='); eq != std::string::npos) {
        name = a.substr(0, eq);
        inlineValue = a.substr(eq + 1);
      }
      if (spec.flags.count(name)) {
        if (inlineValue) throw UsageError{PW_TR("option %1 takes no value"), name};
        out.flags.insert(name);
      } else if (spec.withValue.count(name)) {
        if (inlineValue) {
          out.values[name].push_back(*inlineValue);
        } else if (i + 1 < args.size()) {
          out.values[name].push_back(args[++i]);
        } else {
          throw UsageError{PW_TR("option %1 needs a value"), name};
        }
      } else {
        throw UsageError{PW_TR("unknown option %1"), name};
      }
    } else {
      out.positional.push_back(a);
    }
  }
  return out;
}

}  // namespace pw::cli
