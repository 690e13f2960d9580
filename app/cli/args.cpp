#include "args.h"

#include "core/error.h"
#include "io/encoding.h"

namespace pw::cli {
namespace {

/// Every argument is text the project may store, print or write as JSON: bytes that are not UTF-8 (a GBK name typed
/// in a GBK terminal, a file name from an old archive) are refused here, once for every command, naming the option.
/// `field` names the option ("--team"), or the argument by its position ("argument 3").
void requireUtf8(const std::string& text, const std::string& field, std::size_t position) {
  if (enc::isValidUtf8(text)) return;
  const std::string shown = enc::escapeInvalidUtf8(text);
  if (field.empty()) {
    throwBadInput(PW_TR("Argument %1 '%2' is not UTF-8 text (set the terminal to UTF-8, or rename the file)"),
                  {std::to_string(position), shown}, {.field = "argument " + std::to_string(position), .value = shown});
  }
  throwBadInput(PW_TR("%1: '%2' is not UTF-8 text (set the terminal to UTF-8, or rename the file)"), {field, shown},
                {.field = field, .value = shown});
}

}  // namespace

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
      requireUtf8(a.substr(0, a.find('=')), {}, i + 1);
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
        if (!inlineValue && i + 1 >= args.size()) throw UsageError{PW_TR("option %1 needs a value"), name};
        const std::string& value = inlineValue ? *inlineValue : args[++i];
        requireUtf8(value, name, i + 1);
        out.values[name].push_back(value);
      } else {
        throw UsageError{PW_TR("unknown option %1"), name};
      }
    } else {
      requireUtf8(a, {}, i + 1);
      out.positional.push_back(a);
    }
  }
  return out;
}

}  // namespace pw::cli
