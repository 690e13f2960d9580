// Fuzz target: the field-mapping profile loader (gis/io/profile.cpp) and the vocabulary loader on any bytes as a
// JSON file. Checked beyond "no crash": a profile that loads is matched against source fields without fault, and
// saving and loading it again gives the same mapping.
#include <fstream>

#include "fuzz_support.h"
#include "io/profile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pw;
  const std::string path = fuzz::workDir() + "/profile.json";
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  fuzz::refusalsOnly([&] {
    const Profile profile = loadProfile(path);
    const std::vector<std::string> fields{"GXBH", "QDBH", "ZDBH", "PSLX", "GJ", "Pipe_Categ", "管径", "", " gj "};
    for (Role role : {Role::Pipes, Role::Manholes, Role::Districts}) {
      const auto match = matchProfile(profile, role, fields);
      for (const auto& [canonical, index] : match.bound) {
        fuzz::require(index >= 0 && static_cast<std::size_t>(index) < fields.size(),
                      "a field bound outside the source");
      }
    }
    const std::string copy = fuzz::workDir() + "/saved/profile.json";
    saveProfile(profile, copy);
    const Profile again = loadProfile(copy);
    for (const auto& [role, layer] : profile.layers) {
      fuzz::require(again.layers.count(role) && again.layers.at(role).fields == layer.fields &&
                        again.layers.at(role).required == layer.required &&
                        again.layers.at(role).values == layer.values,
                    "a saved profile loads as another mapping");
    }
  });
  fuzz::refusalsOnly([&] { (void)loadVocabulary(path); });
  return 0;
}
