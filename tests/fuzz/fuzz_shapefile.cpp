// Fuzz target: the shapefile/DBF import path, from planning (role, profile, encoding, CRS) to the import into a
// project. The input is a .shp and a .dbf (and optionally a .cpg) in one file:
//   4 bytes: the length of the .shp part (little-endian), 4 bytes: the length of the .dbf part, the .shp bytes,
//   the .dbf bytes, and whatever follows as the .cpg.
// Lengths beyond the input are cut to what is there. There is no .shx (the importer rebuilds it in a temporary copy)
// and no .prj (the CRS is recognised from the coordinates, as for a delivery without one). Every input is imported
// into a fresh copy of an empty project without a CRS. Checked beyond "no crash": a refused import leaves the project
// unchanged.
#include <cstring>
#include <filesystem>
#include <fstream>

#include "access/users.h"
#include "core/feedback.h"
#include "fuzz_support.h"
#include "importer/import.h"
#include "store/project.h"

namespace {

const std::string& emptyProject() {
  static const std::string path = [] {
    const std::string p = pw::fuzz::workDir() + "/empty.sqlite";
    pw::Project::create(p, std::nullopt);
    return p;
  }();
  return path;
}

std::string_view part(std::string_view& rest, std::size_t length) {
  const std::string_view out = rest.substr(0, std::min(length, rest.size()));
  rest.remove_prefix(out.size());
  return out;
}

std::size_t lengthAt(std::string_view& rest) {
  std::uint32_t n = 0;
  const std::string_view bytes = part(rest, 4);
  std::memcpy(&n, bytes.data(), bytes.size());
  return n;
}

void write(const std::string& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pw;
  std::string_view rest = fuzz::text(data, size);
  const std::size_t shpLength = lengthAt(rest);
  const std::size_t dbfLength = lengthAt(rest);
  const std::string dir = fuzz::workDir() + "/delivery";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  write(dir + "/layer.shp", part(rest, shpLength));
  write(dir + "/layer.dbf", part(rest, dbfLength));
  if (!rest.empty()) write(dir + "/layer.cpg", rest);
  const std::string projectPath = fuzz::workDir() + "/run.sqlite";
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(projectPath + suffix);
  std::filesystem::copy_file(emptyProject(), projectPath);
  auto project = Project::open(projectPath);
  const auto pipesBefore = project->db().scalarInt("SELECT count(*) FROM pipes");
  ImportOptions options;
  options.user = defaultUserName(*project);
  fuzz::refusalsOnly([&] {
    try {
      auto plans = planImports({dir + "/layer.shp"}, options, project->crsEpsg());
      Feedback feedback;
      runImport(*project, plans, feedback);
    } catch (const Error&) {
      fuzz::require(project->db().scalarInt("SELECT count(*) FROM pipes") == pipesBefore,
                    "a refused import wrote pipes");
      throw;
    }
  });
  return 0;
}
