#include "core/paths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/open_databases.h"

namespace pw {

std::string schemasDir() {
  if (const char* env = std::getenv("PIPEWARD_SCHEMAS"); env && *env) return env;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = exe.parent_path().parent_path() / "share" / "pipeward" / "schemas";
    if (std::filesystem::is_directory(installed, ec)) return installed.string();
  }
  return PW_SCHEMAS_DIR;
}

std::string userMappingsDir() {
  if (const char* env = std::getenv("PIPEWARD_USER_MAPPINGS"); env && *env) return env;
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.local/share/pipeward/mappings";
}

std::string readFile(const std::string& path) {
  refuseOpenDatabase(path);  // a stream closed on a project file would drop SQLite's locks on it
  std::ifstream in(path, std::ios::binary);
  if (!in) throwBadInput(PW_TR("Cannot read %1"), {path}, {.file = path});
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace pw
