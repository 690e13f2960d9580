#include "core/output_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/error.h"
#include "core/write_fault.h"

namespace pw {
namespace {

/// Writes all of `bytes` at the descriptor's position (or at `offset` when it is given); false with errno set when
/// a write fails or the fault budget is spent.
bool writeAll(int fd, std::string_view bytes, std::int64_t offset = -1) {
  while (!bytes.empty()) {
    const std::size_t allowed = takeWriteBudget(bytes.size());
    if (allowed == 0) return false;  // errno: ENOSPC
    const ssize_t n = offset < 0 ? ::write(fd, bytes.data(), allowed)
                                 : ::pwrite(fd, bytes.data(), allowed, static_cast<off_t>(offset));
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) {
      errno = EIO;  // nothing written and no error: do not spin
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
    if (offset >= 0) offset += n;
  }
  return true;
}

/// fsync, then close; both checked. The descriptor is closed whatever happens.
void syncAndClose(int fd, const std::string& reportAs) {
  int error = 0;
  if (::fsync(fd) != 0 && errno != EINVAL) error = errno;  // EINVAL: a file that cannot be synced (a pipe)
  if (::close(fd) != 0 && error == 0 && errno != EINTR) error = errno;
  if (error != 0) throwWriteFailed(reportAs, error);
}

int openOrThrow(const std::string& path, int flags, const std::string& reportAs) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC, 0666);
  if (fd < 0) throwWriteFailed(reportAs, errno);
  return fd;
}

}  // namespace

void throwWriteFailed(const std::string& reportAs, int error) { throwWriteFailed(reportAs, std::strerror(error)); }

void throwWriteFailed(const std::string& reportAs, const std::string& reason) {
  throwBadInput(PW_TR("Cannot write %1: %2"), {reportAs, reason}, {.file = reportAs});
}

OutputFile::OutputFile(std::string path, std::string reportAs)
    : m_path(std::move(path)), m_reportAs(reportAs.empty() ? m_path : std::move(reportAs)) {
  m_fd = openOrThrow(m_path, O_WRONLY | O_CREAT | O_TRUNC, m_reportAs);
}

OutputFile::~OutputFile() {
  if (m_fd >= 0) ::close(m_fd);
}

OutputFile::OutputFile(OutputFile&& other) noexcept
    : m_fd(other.m_fd), m_path(std::move(other.m_path)), m_reportAs(std::move(other.m_reportAs)) {
  other.m_fd = -1;
}

void OutputFile::write(std::string_view bytes) {
  if (m_fd < 0) throwInternal(PW_TR("%1 was written after it was closed"), {m_reportAs});
  if (!writeAll(m_fd, bytes)) throwWriteFailed(m_reportAs, errno);
}

void OutputFile::close() {
  if (m_fd < 0) return;
  const int fd = m_fd;
  m_fd = -1;
  syncAndClose(fd, m_reportAs);
}

void patchFile(const std::string& path, std::uint64_t offset, std::string_view bytes, const std::string& reportAs) {
  const int fd = openOrThrow(path, O_WRONLY, reportAs);
  if (!writeAll(fd, bytes, static_cast<std::int64_t>(offset))) {
    const int error = errno;
    ::close(fd);
    throwWriteFailed(reportAs, error);
  }
  syncAndClose(fd, reportAs);
}

void syncFile(const std::string& path, const std::string& reportAs) {
  syncAndClose(openOrThrow(path, O_RDONLY, reportAs), reportAs);
}

}  // namespace pw
