#include "fault_injection.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>

#include "core/error.h"
#include "core/write_fault.h"

namespace pw::test {

WriteFaultScope::WriteFaultScope(std::int64_t bytes) { setWriteFault(bytes); }

WriteFaultScope::~WriteFaultScope() { setWriteFault(std::nullopt); }

ChildOutcome runWithFileSizeLimit(std::uint64_t bytes, const std::function<void()>& fn) {
  int channel[2];
  if (::pipe(channel) != 0) return {};
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(channel[0]);
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{bytes, bytes};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    char status = 'C';
    std::string message;
    try {
      fn();
    } catch (const Error& e) {
      status = e.kind() == ErrorKind::BadInput ? 'B' : 'E';
      message = e.what();
    } catch (const std::exception& e) {
      status = 'X';
      message = e.what();
    }
    [[maybe_unused]] auto written = ::write(channel[1], &status, 1);
    written = ::write(channel[1], message.data(), message.size());
    ::_exit(0);  // no destructors or atexit handlers of the parent's objects in the child
  }
  ::close(channel[1]);
  std::string report;
  char buffer[4096];
  ssize_t n = 0;
  while ((n = ::read(channel[0], buffer, sizeof buffer)) > 0) report.append(buffer, static_cast<std::size_t>(n));
  ::close(channel[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ChildOutcome outcome;
  if (report.empty()) return outcome;
  outcome.completed = report[0] == 'C';
  outcome.threwError = report[0] == 'B' || report[0] == 'E';
  outcome.badInput = report[0] == 'B';
  outcome.message = report.substr(1);
  return outcome;
}

std::vector<std::string> folderEntries(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(folder)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace pw::test
