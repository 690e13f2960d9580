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
/// the project on a loader connection in between, as the desktop does) and writes each number to `reportFd` once
/// committed, until killed; a failed save is reported as -1 - its number.
pid_t startDesktopWriter(const std::string& project, int reportFd);
/// Reads the child's reports until save `count - 1` is committed (or it failed: a test failure); returns the last
/// committed save (`last` when none came).
int waitForSaves(int reportFd, int count, int last);

}  // namespace pw::test
