#include "core/tempdir.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "core/error.h"

namespace pw {

TempDir::TempDir() {
  const auto base = std::filesystem::temp_directory_path() / "pipeward-XXXXXX";
  std::string pattern = base.string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (!mkdtemp(buffer.data()))
    throwInternal(PW_TR("Cannot create a temporary directory in %1"), {base.parent_path().string()});
  m_path = buffer.data();
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(m_path, ec);
}

}  // namespace pw
