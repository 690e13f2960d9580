#pragma once
// Field-mapping profiles (schemas/mappings/*.json): which source field names feed each canonical PipeWard field,
// per layer role, plus value vocabularies (drainage type, material).
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pw {

enum class Role { Pipes, Manholes, Districts };
const char* roleKey(Role role);  ///< "pipes", "manholes", "districts"
std::optional<Role> roleFromKey(const std::string& key);

/// The canonical fields each role knows (a profile naming any other is refused).
const std::vector<std::string>& canonicalFields(Role role);

struct LayerMapping {
  std::map<std::string, std::vector<std::string>> fields;  ///< canonical -> candidate source names, in order
  std::vector<std::string> required;
  std::vector<std::string> codeFallback;  ///< canonical fields joined with '-' when no code field exists
  /// canonical field -> value -> synonyms (profile-specific codes, such as census category numbers)
  std::map<std::string, std::map<std::string, std::vector<std::string>>> values;
};

struct Profile {
  std::string name;
  std::string title;
  std::string file;
  std::map<Role, LayerMapping> layers;
};

/// Loads one profile file. Throws Error(BadInput) naming the file and the fault for malformed JSON, unknown roles
/// or canonical fields.
Profile loadProfile(const std::string& path);
/// Loads every *.json profile in the given directories (vocabulary.json excluded), in name order.
std::vector<Profile> loadProfiles(const std::vector<std::string>& dirs);
/// The built-in and user profiles.
std::vector<Profile> loadAllProfiles();
/// Writes a profile as JSON (the import wizard's "save mapping").
void saveProfile(const Profile& profile, const std::string& path);

/// How a profile fits a source's field names for a role.
struct ProfileMatch {
  std::map<std::string, int> bound;  ///< canonical field -> source field index
  std::vector<std::string> missingRequired;
  int score = 0;  ///< number of canonical fields bound
  bool usable() const { return missingRequired.empty() && score > 0; }
};
/// Field names match case-insensitively, ignoring surrounding spaces; a name cut to the DBF limit of 10
/// characters matches the longer name it was cut from.
ProfileMatch matchProfile(const Profile& profile, Role role, const std::vector<std::string>& sourceFields);

/// Value vocabularies (schemas/mappings/vocabulary.json).
struct Vocabulary {
  std::map<std::string, std::string> drainage;      ///< upper-cased synonym -> rain|sewage|combined
  std::map<std::string, std::string> material;      ///< upper-cased synonym -> CJJ 61 code
  std::map<std::string, std::string> materialName;  ///< code -> Chinese name
};
Vocabulary loadVocabulary(const std::string& path);
const Vocabulary& defaultVocabulary();

/// Upper-cases ASCII and trims spaces (including the ideographic space) for matching.
std::string matchKey(std::string_view text);

}  // namespace pw
