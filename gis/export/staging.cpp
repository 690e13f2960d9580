#include "export/staging.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "core/error.h"

namespace fs = std::filesystem;

namespace pw {
namespace {

std::string fileName(const std::string& path) { return fs::path(path).filename().string(); }

bool sameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

}  // namespace

ExportStaging::ExportStaging(std::vector<std::string> setPaths, bool overwrite, const std::string& projectPath)
    : m_set(std::move(setPaths)) {
  const std::string& main = m_set.front();
  const fs::path parent = fs::path(main).parent_path();
  m_folder = parent.empty() ? "." : parent.string();
  std::error_code ec;
  if (!fs::is_directory(m_folder, ec)) {
    throwBadInput(PW_TR("Cannot write %1: the folder %2 does not exist"), {main, m_folder}, {.file = main});
  }
  if (fs::is_directory(main, ec)) throwBadInput(PW_TR("Cannot write %1: it is a folder"), {main}, {.file = main});
  for (const auto& path : m_set) {
    if (!projectPath.empty() && sameFile(path, projectPath)) {
      throwBadInput(PW_TR("Cannot write %1: it is the project file itself"), {path}, {.file = path});
    }
    if (!overwrite && fs::exists(path, ec)) {
      throwBadInput(PW_TR("%1 exists already; choose another name or allow overwriting (--overwrite)"), {path},
                    {.file = path});
    }
  }
  std::string pattern = m_folder + "/." + fileName(main) + ".export-XXXXXX";
  if (!mkdtemp(pattern.data())) {
    const int error = errno;
    throwBadInput(PW_TR("Cannot write in the folder %1: %2"), {m_folder, std::strerror(error)}, {.file = main});
  }
  m_temp = pattern;
}

ExportStaging::~ExportStaging() {
  std::error_code ec;
  fs::remove_all(m_temp, ec);
}

std::string ExportStaging::staged(const std::string& finalPath) const { return m_temp + "/" + fileName(finalPath); }

std::vector<std::string> ExportStaging::commit() {
  std::vector<std::string> written;
  std::error_code ec;
  // Sidecars first and the main file last: until the main file is in place nothing looks complete.
  for (std::size_t i = m_set.size(); i-- > 0;) {
    const std::string& target = m_set[i];
    const std::string from = staged(target);
    if (!fs::exists(from, ec)) {
      fs::remove(target, ec);  // a stale sidecar of an overwritten export
      continue;
    }
    fs::rename(from, target, ec);
    if (ec) {
      throwBadInput(PW_TR("Cannot move the export into place as %1: %2"), {target, ec.message()}, {.file = target});
    }
    written.insert(written.begin(), target);
  }
  return written;
}

}  // namespace pw
