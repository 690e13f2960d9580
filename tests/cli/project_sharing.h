#pragma once
// What the tests of programs sharing a project use: the desktop core's work (a save, a snapshot load) done through
// the core as the desktop does it, in this process or in a child process, and facts about the files beside a project.
#include <sys/types.h>

#include <cstdint>
#include <string>

namespace pw {
class Project;
}

namespace pw::test {

/// The inode of a file, 0 when it does not exist (stat opens no descriptor, so SQLite's locks are safe).
ino_t inodeOf(const std::string& path);
/// A file's size, 0 when it does not exist.
std::uintmax_t sizeOf(const std::string& path);

/// Saves a new planner named `name` (a small committed change), as the first administrator.
void addPlanner(Project& project, const std::string& name);
bool hasUser(Project& project, const std::string& name);
/// What the desktop does between two saves: its snapshot loader reads the project on a connection of its own.
void loadSnapshotLikeTheDesktop(const std::string& path);

/// The desktop's core in a child process: its document's connection saves planners child-0, child-1, ... (reading
/// the project on a loader connection in between, as the desktop does) and reports each save once committed, until
/// it is killed (at the latest when this object goes).
class DesktopWriter {
public:
  explicit DesktopWriter(const std::string& project);
  ~DesktopWriter();
  DesktopWriter(const DesktopWriter&) = delete;
  DesktopWriter& operator=(const DesktopWriter&) = delete;

  /// Waits until save `count - 1` is committed (a failed save is a test failure); returns the last one reported.
  int waitForSaves(int count);
  /// Kills the child outright (SIGKILL), between two saves or in the middle of one; returns whether the signal ended
  /// it (rather than a failure of its own), after reading the saves it reported before.
  bool kill();
  int lastSave() const { return m_last; }

private:
  pid_t m_pid = -1;
  int m_reports = -1;
  int m_last = -1;
};

}  // namespace pw::test
