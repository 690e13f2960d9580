#include "project_sharing.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "orders/users.h"
#include "store/project.h"

namespace pw::test {

ino_t inodeOf(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? st.st_ino : 0;
}

std::uintmax_t sizeOf(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : size;
}

void addPlanner(Project& project, const std::string& name) {
  User user;
  user.name = name;
  user.role = UserRole::Planner;
  UserStore(project).add(user, "", "admin");
}

bool hasUser(Project& project, const std::string& name) { return UserStore(project).find(name).has_value(); }

void loadSnapshotLikeTheDesktop(const std::string& path) {
  auto reader = Project::open(path);
  reader->db().scalarInt("SELECT count(*) FROM pipes");
}

pid_t startDesktopWriter(const std::string& project, int reportFd) {
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  int saved = 0;
  try {
    auto desktop = Project::open(project);
    for (;; ++saved) {
      loadSnapshotLikeTheDesktop(project);
      addPlanner(*desktop, "child-" + std::to_string(saved));
      if (::write(reportFd, &saved, sizeof saved) != sizeof saved) ::_exit(3);
      ::usleep(5000);
    }
  } catch (...) {
    const int failed = -1 - saved;  // the save that failed, for the parent's message
    [[maybe_unused]] const auto n = ::write(reportFd, &failed, sizeof failed);
  }
  ::_exit(2);
}

int waitForSaves(int reportFd, int count, int last) {
  while (last + 1 < count) {
    int saved = 0;
    if (::read(reportFd, &saved, sizeof saved) != sizeof saved) return last;
    if (saved < 0) {
      ADD_FAILURE() << "the desktop's save " << (-1 - saved) << " failed while pipeward-cli used the project";
      return last;
    }
    last = saved;
  }
  return last;
}

}  // namespace pw::test
