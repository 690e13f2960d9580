#include "read_only_path.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pw::test {
namespace {

bool setImmutable(const std::string& path, bool on) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK);
  if (fd < 0) return false;
  int flags = 0;
  bool done = false;
  if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) {
    flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
    done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
  }
  ::close(fd);
  return done;
}

}  // namespace

ReadOnlyPath::ReadOnlyPath(std::string path) : m_path(std::move(path)) {
  struct stat st {};
  if (::stat(m_path.c_str(), &st) != 0) return;
  m_mode = st.st_mode & 07777;
  ::chmod(m_path.c_str(), m_mode & ~static_cast<unsigned>(S_IWUSR | S_IWGRP | S_IWOTH));
  if (::geteuid() == 0) m_immutable = setImmutable(m_path, true);
}

ReadOnlyPath::~ReadOnlyPath() {
  if (m_immutable) setImmutable(m_path, false);
  if (m_mode != 0) ::chmod(m_path.c_str(), m_mode);
}

bool ReadOnlyPath::effective() const { return ::access(m_path.c_str(), W_OK) != 0; }

}  // namespace pw::test
