#include "project_sharing.h"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "access/users.h"
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

DesktopWriter::DesktopWriter(const std::string& project) {
  int fds[2];
  if (::pipe(fds) != 0) {
    ADD_FAILURE() << "no pipe";
    return;
  }
  m_pid = ::fork();
  if (m_pid == 0) {
    ::close(fds[0]);
    int saved = 0;
    try {
      auto desktop = Project::open(project);
      for (;; ++saved) {
        loadSnapshotLikeTheDesktop(project);
        addPlanner(*desktop, "child-" + std::to_string(saved));
        if (::write(fds[1], &saved, sizeof saved) != sizeof saved) ::_exit(3);
        ::usleep(5000);
      }
    } catch (...) {
      const int failed = -1 - saved;  // the save that failed, for the parent's message
      [[maybe_unused]] const auto n = ::write(fds[1], &failed, sizeof failed);
    }
    ::_exit(2);
  }
  ::close(fds[1]);
  m_reports = fds[0];
  if (m_pid < 0) ADD_FAILURE() << "cannot fork";
}

DesktopWriter::~DesktopWriter() {
  if (m_pid > 0) kill();
  if (m_reports >= 0) ::close(m_reports);
}

int DesktopWriter::waitForSaves(int count) {
  while (m_last + 1 < count) {
    int saved = 0;
    if (::read(m_reports, &saved, sizeof saved) != sizeof saved) break;
    if (saved < 0) {
      ADD_FAILURE() << "the desktop's save " << (-1 - saved) << " failed while other programs used the project";
      break;
    }
    m_last = saved;
  }
  return m_last;
}

bool DesktopWriter::kill() {
  if (m_pid <= 0) return false;
  ::kill(m_pid, SIGKILL);
  int status = 0;
  ::waitpid(m_pid, &status, 0);
  m_pid = -1;
  waitForSaves(1 << 30);  // the saves reported before the kill, up to the end of the pipe
  return WIFSIGNALED(status);
}

}  // namespace pw::test
