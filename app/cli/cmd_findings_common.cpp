#include "cmd_findings_common.h"

#include <filesystem>

#include "cli.h"
#include "cli_support.h"
#include "core/error.h"
#include "inspect/findings.h"
#include "output.h"

namespace pw::cli {

int FindingsContext::done(const QString& text, const nlohmann::json& doc) const {
  if (json) {
    printJson(doc);
  } else {
    printLine(text);
  }
  return Ok;
}

std::optional<std::string> opt(const ParsedArgs& a, const char* name) { return a.value(name); }

std::int64_t versionSeen(const ParsedArgs& a, std::int64_t stored) {
  return optionInteger(a, "--version").value_or(stored);
}

std::int64_t recordId(const ParsedArgs& a) {
  const std::string text = a.positional.size() > 3 ? a.positional[3] : std::string();
  if (text.empty()) throw UsageError{PW_TR("missing argument %1"), "ID"};
  return recordNumber(text, "ID");
}

void attachPhotos(FindingsStore& store, const ParsedArgs& a, const std::string& entity, std::int64_t id,
                  const std::string& user) {
  for (const auto& path : a.all("--photo")) {
    if (!std::filesystem::is_regular_file(path)) {
      throw Error(ErrorKind::NotFound, PW_TR("The photo file %1 does not exist"), {path}, {.file = path});
    }
    store.linkPhoto(entity, id, store.addPhotoFile(path, path, user), user);
  }
}

}  // namespace pw::cli
