#include "core/staged_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "core/error.h"
#include "core/open_databases.h"

namespace fs = std::filesystem;

namespace pw {
namespace {

std::string fileName(const std::string& path) { return fs::path(path).filename().string(); }

bool sameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

/// Makes the renames durable: a folder's entries reach the disk only when the folder itself is synced.
void syncFolder(const std::string& folder, const std::string& reportAs) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throwWriteFailed(reportAs, errno);
  const int error = ::fsync(fd) != 0 && errno != EINVAL ? errno : 0;  // EINVAL: a file system without folder sync
  ::close(fd);
  if (error != 0) throwWriteFailed(reportAs, error);
}

}  // namespace

StagedOutput::StagedOutput(std::vector<std::string> setPaths, StagedOutputOptions options)
    : m_set(std::move(setPaths)) {
  if (m_set.empty()) throwInternal(PW_TR("No output file was given"));
  const std::string& main = m_set.front();
  const fs::path parent = fs::path(main).parent_path();
  m_folder = parent.empty() ? "." : parent.string();
  std::error_code ec;
  if (!fs::is_directory(m_folder, ec)) {
    throwBadInput(PW_TR("Cannot write %1: the folder %2 does not exist"), {main, m_folder}, {.file = main});
  }
  if (fs::is_directory(main, ec)) throwBadInput(PW_TR("Cannot write %1: it is a folder"), {main}, {.file = main});
  for (const auto& path : m_set) {
    if (!options.projectPath.empty() && sameFile(path, options.projectPath)) {
      throwBadInput(PW_TR("Cannot write %1: it is the project file itself"), {path}, {.file = path});
    }
    // Renamed over an open project (or its log), the output would replace it under SQLite's feet.
    refuseOpenDatabase(path);
    if (!options.overwrite && fs::exists(path, ec)) {
      throwBadInput(PW_TR("%1 exists already; choose another name or allow overwriting (--overwrite)"), {path},
                    {.file = path});
    }
  }
  std::string pattern = m_folder + "/." + fileName(main) + ".partial-XXXXXX";
  if (!mkdtemp(pattern.data())) {
    const int error = errno;
    throwBadInput(PW_TR("Cannot write in the folder %1: %2"), {m_folder, std::strerror(error)}, {.file = main});
  }
  m_temp = pattern;
}

StagedOutput::~StagedOutput() {
  std::error_code ec;
  fs::remove_all(m_temp, ec);
}

std::string StagedOutput::staged(const std::string& finalPath) const { return m_temp + "/" + fileName(finalPath); }

OutputFile StagedOutput::create(const std::string& finalPath) const { return OutputFile(staged(finalPath), finalPath); }

std::vector<std::string> StagedOutput::commit() {
  std::error_code ec;
  for (const auto& target : m_set) {
    if (fs::exists(staged(target), ec)) syncFile(staged(target), target);
  }
  std::vector<std::string> written;
  // Sidecars first and the main file last: until the main file is in place nothing looks complete.
  for (std::size_t i = m_set.size(); i-- > 0;) {
    const std::string& target = m_set[i];
    const std::string from = staged(target);
    if (!fs::exists(from, ec)) {
      fs::remove(target, ec);  // a stale sidecar of an overwritten output
      continue;
    }
    fs::rename(from, target, ec);
    if (ec) throwWriteFailed(target, ec.message());
    written.insert(written.begin(), target);
  }
  fs::remove_all(m_temp, ec);  // empty now
  syncFolder(m_folder, path());
  return written;
}

void writeFileAtomically(const std::string& path, std::string_view bytes) {
  StagedOutput out({path});
  OutputFile file = out.create(path);
  file.write(bytes);
  file.close();
  out.commit();
}

}  // namespace pw
