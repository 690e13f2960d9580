#include "store/backup.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.h"
#include "core/open_databases.h"
#include "store/project.h"
#include "store/sqlite.h"

namespace fs = std::filesystem;

namespace pw {
namespace {

/// Whether `output` is the project or one of the files SQLite keeps beside it (all compared as files, by stat).
bool isFileOfProject(const std::string& output, const std::string& project) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    const std::string own = project + suffix;
    if (output == own || (fs::exists(output, ec) && fs::exists(own, ec) && fs::equivalent(output, own, ec)))
      return true;
    const std::string_view tail(suffix);
    if (!tail.empty() && output.size() > tail.size() && output.ends_with(tail)) {
      const std::string base = output.substr(0, output.size() - tail.size());
      if (fs::exists(base, ec) && fs::equivalent(base, project, ec)) return true;
    }
  }
  return false;
}

void checkOutput(const std::string& project, const std::string& output, bool overwrite, const std::string& folder) {
  std::error_code ec;
  if (isFileOfProject(output, project)) {
    throwBadInput(PW_TR("Cannot back up to %1: it is the project itself (or a file of it); choose another file"),
                  {output}, {.file = output});
  }
  refuseOpenDatabase(output);
  if (!fs::is_directory(folder, ec)) {
    throwBadInput(PW_TR("Cannot write %1: the folder %2 does not exist"), {output, folder}, {.file = output});
  }
  if (fs::is_directory(output, ec)) throwBadInput(PW_TR("Cannot write %1: it is a folder"), {output}, {.file = output});
  if (!overwrite && fs::exists(output, ec)) {
    throwBadInput(PW_TR("%1 exists already; choose another name or allow overwriting (--overwrite)"), {output},
                  {.file = output});
  }
  // A log left beside the output would be merged into the new copy by the next program that opens it.
  for (const char* suffix : {"-wal", "-shm", "-journal"}) {
    if (fs::exists(output + suffix, ec)) {
      throwBadInput(PW_TR("Cannot back up to %1: %2 lies beside it (the file may be open in another program, or "
                          "hold changes not yet merged); choose another file"),
                    {output, output + suffix}, {.file = output});
    }
  }
}

/// The temporary file the copy is written to, removed (with SQLite's journal) unless it was renamed into place.
class PartialFile {
public:
  PartialFile(const std::string& folder, const std::string& output) {
    const std::string stem =
        folder + "/." + fs::path(output).filename().string() + ".backup-" + std::to_string(::getpid());
    // Reserves a unique name with the permissions a new file gets here (the umask's, unlike mkstemp's 0600); SQLite
    // then opens it afresh.
    for (int attempt = 0; m_path.empty(); ++attempt) {
      const std::string candidate = stem + "-" + std::to_string(attempt);
      const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd >= 0) {
        ::close(fd);
        m_path = candidate;
      } else if (errno != EEXIST || attempt > 1000) {
        const int error = errno;
        throwBadInput(PW_TR("Cannot write in the folder %1: %2"), {folder, std::strerror(error)}, {.file = output});
      }
    }
  }
  ~PartialFile() {
    if (m_path.empty()) return;
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(m_path + suffix, ec);
  }
  PartialFile(const PartialFile&) = delete;
  PartialFile& operator=(const PartialFile&) = delete;
  const std::string& path() const { return m_path; }
  void renameTo(const std::string& output) {
    std::error_code ec;
    fs::rename(m_path, output, ec);
    if (ec) throwBadInput(PW_TR("Cannot move the copy into place as %1: %2"), {output, ec.message()}, {.file = output});
    m_path.clear();
  }

private:
  std::string m_path;
};

/// Makes the rename itself durable: the folder's entry is flushed like the file's content was.
void syncFolder(const std::string& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

std::string integrityOf(const std::string& path) {
  sql::Database copy(path, sql::Database::Mode::Immutable);  // nobody else knows the file: no locks, no -shm
  auto st = copy.prepare("PRAGMA integrity_check");
  std::string result;
  while (st.step()) {
    if (!result.empty()) result += "; ";
    result += st.text(0);
  }
  return result;
}

}  // namespace

BackupResult backupProject(const std::string& projectPath, const std::string& output, bool overwrite) {
  const fs::path parent = fs::path(output).parent_path();
  const std::string folder = parent.empty() ? "." : parent.string();
  checkOutput(projectPath, output, overwrite, folder);
  auto project = Project::openAsIs(projectPath);  // a copy keeps the schema it has
  BackupResult result;
  result.output = output;
  result.schemaVersion = project->schemaVersion();
  PartialFile partial(folder, output);
  {
    sql::Database copy(partial.path(), sql::Database::Mode::ReadWrite);
    result.pages = sql::copyDatabase(project->db(), copy);
  }  // closed: SQLite has synced the copy (synchronous=FULL) and removed its journal
  project.reset();
  result.integrity = integrityOf(partial.path());
  if (result.integrity != "ok") {
    throwBadInput(PW_TR("The copy of %1 failed its integrity check (%2), so the project itself is damaged; nothing was "
                        "written to %3. Restore the project from an earlier backup"),
                  {projectPath, result.integrity.substr(0, 500), output}, {.file = projectPath});
  }
  std::error_code ec;
  result.bytes = static_cast<std::int64_t>(fs::file_size(partial.path(), ec));
  partial.renameTo(output);
  syncFolder(folder);
  return result;
}

}  // namespace pw
