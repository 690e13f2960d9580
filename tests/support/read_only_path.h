#pragma once
// A file or folder this process cannot write, for the tests of read-only projects.
#include <string>

namespace pw::test {

/// Makes `path` unwritable for its lifetime: its permissions lose every write bit, and, since permissions do not stop
/// root, it is also marked immutable (the file system's attribute; needs CAP_LINUX_IMMUTABLE). effective() says
/// whether writing is really refused here, as access(W_OK) sees it; tests skip with the reason when it is not.
/// Sets the attribute through a descriptor of its own: only use it while no database connection has the file open.
class ReadOnlyPath {
public:
  explicit ReadOnlyPath(std::string path);
  ~ReadOnlyPath();
  ReadOnlyPath(const ReadOnlyPath&) = delete;
  ReadOnlyPath& operator=(const ReadOnlyPath&) = delete;
  bool effective() const;

private:
  std::string m_path;
  unsigned m_mode = 0;
  bool m_immutable = false;
};

}  // namespace pw::test
