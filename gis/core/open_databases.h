#pragma once
// The database files this process has open through SQLite. POSIX locks belong to the process, not to the descriptor:
// closing any other descriptor of a database file (a file stream, GDAL probing it, a copy) silently drops SQLite's
// locks on it, and another program then believes it is alone, checkpoints and removes the write-ahead log under our
// feet. So within a process nothing but SQLite opens a project file; readers and writers of user-named files ask here
// first. Identity is by device and inode (stat opens no descriptor), so another name of the same file is caught too.
#include <string>

namespace pw {

/// Marks a database file open in this process for as long as it lives (held by each SQLite connection).
class OpenDatabaseMark {
public:
  explicit OpenDatabaseMark(const std::string& path);
  ~OpenDatabaseMark();
  OpenDatabaseMark(const OpenDatabaseMark&) = delete;
  OpenDatabaseMark& operator=(const OpenDatabaseMark&) = delete;

private:
  unsigned long long m_device = 0;
  unsigned long long m_inode = 0;
  bool m_marked = false;
};

/// Whether the path is a database file open in this process, or its -wal, -shm or -journal file.
bool isOpenDatabase(const std::string& path);
/// Throws Error(BadInput) naming the file when isOpenDatabase(path): used before any non-SQLite open of a user-named
/// file, whether to read or to write it.
void refuseOpenDatabase(const std::string& path);

}  // namespace pw
