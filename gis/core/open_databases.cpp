#include "core/open_databases.h"

#include <sys/stat.h>

#include <algorithm>
#include <mutex>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"

namespace pw {
namespace {

using FileId = std::pair<unsigned long long, unsigned long long>;  // device, inode

struct Registry {
  std::mutex mutex;
  std::vector<FileId> open;  // one entry per connection: a file may be open several times
};

Registry& registry() {
  static Registry r;
  return r;
}

bool identify(const std::string& path, FileId& id) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  id = {static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino)};
  return true;
}

bool isOpen(const std::string& path) {
  FileId id;
  if (!identify(path, id)) return false;
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  return std::find(r.open.begin(), r.open.end(), id) != r.open.end();
}

}  // namespace

OpenDatabaseMark::OpenDatabaseMark(const std::string& path) {
  FileId id;
  if (!identify(path, id)) return;  // an in-memory or temporary database has no file
  m_device = id.first;
  m_inode = id.second;
  m_marked = true;
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.open.push_back(id);
}

OpenDatabaseMark::~OpenDatabaseMark() {
  if (!m_marked) return;
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  const auto it = std::find(r.open.begin(), r.open.end(), FileId{m_device, m_inode});
  if (it != r.open.end()) r.open.erase(it);
}

bool isOpenDatabase(const std::string& path) {
  if (isOpen(path)) return true;
  // The files SQLite keeps beside a database are named after it.
  for (std::string_view suffix : {"-wal", "-shm", "-journal"}) {
    if (path.size() > suffix.size() && std::string_view(path).substr(path.size() - suffix.size()) == suffix &&
        isOpen(path.substr(0, path.size() - suffix.size()))) {
      return true;
    }
  }
  return false;
}

void refuseOpenDatabase(const std::string& path) {
  if (isOpenDatabase(path)) {
    throwBadInput(PW_TR("%1 is a project (or a file of one) that PipeWard has open; it cannot be used as an ordinary "
                        "file here. Choose another file"),
                  {path}, {.file = path});
  }
}

}  // namespace pw
