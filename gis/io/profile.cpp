#include "io/profile.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <mutex>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/paths.h"
#include "core/staged_output.h"

namespace pw {
namespace {

using nlohmann::json;

json parseJsonFile(const std::string& path) {
  try {
    return json::parse(readFile(path));
  } catch (const json::exception& e) {
    throwBadInput(PW_TR("%1 is not valid JSON: %2"), {path, e.what()}, {.file = path});
  }
}

std::vector<std::string> stringList(const json& value, const std::string& path, const std::string& where) {
  if (!value.is_array()) throwBadInput(PW_TR("%1: %2 must be a list of strings"), {path, where}, {.file = path});
  std::vector<std::string> out;
  for (const auto& v : value) {
    if (!v.is_string()) throwBadInput(PW_TR("%1: %2 must be a list of strings"), {path, where}, {.file = path});
    out.push_back(v.get<std::string>());
  }
  return out;
}

bool isCanonical(Role role, const std::string& field) {
  const auto& known = canonicalFields(role);
  return std::find(known.begin(), known.end(), field) != known.end();
}

}  // namespace

const char* roleKey(Role role) {
  switch (role) {
    case Role::Pipes: return PW_TR("pipes");
    case Role::Manholes: return PW_TR("manholes");
    case Role::Districts: return PW_TR("districts");
  }
  return "";
}

std::optional<Role> roleFromKey(const std::string& key) {
  for (Role r : {Role::Pipes, Role::Manholes, Role::Districts}) {
    if (key == roleKey(r)) return r;
  }
  return std::nullopt;
}

const std::vector<std::string>& canonicalFields(Role role) {
  static const std::vector<std::string> pipes = {"code",       "from_code",   "to_code",   "drainage",   "diameter",
                                                 "material",   "from_invert", "to_invert", "from_depth", "to_depth",
                                                 "build_date", "road",        "owner",     "district"};
  static const std::vector<std::string> manholes = {"code",  "kind", "drainage", "ground_elev",
                                                    "depth", "road", "district"};
  static const std::vector<std::string> districts = {"name", "code"};
  switch (role) {
    case Role::Pipes: return pipes;
    case Role::Manholes: return manholes;
    case Role::Districts: return districts;
  }
  return districts;
}

std::string matchKey(std::string_view text) {
  std::string s(text);
  auto trimSpace = [](std::string& t) {
    const std::string ideographicSpace = "\xE3\x80\x80";
    bool changed = true;
    while (changed) {
      changed = false;
      while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back(), changed = true;
      while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.erase(0, 1), changed = true;
      if (t.size() >= 3 && t.compare(t.size() - 3, 3, ideographicSpace) == 0) t.resize(t.size() - 3), changed = true;
      if (t.size() >= 3 && t.compare(0, 3, ideographicSpace) == 0) t.erase(0, 3), changed = true;
    }
  };
  trimSpace(s);
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

namespace {

Profile readProfile(const json& doc, const std::string& path);

}  // namespace

Profile loadProfile(const std::string& path) {
  const json doc = parseJsonFile(path);
  // Every shape the document may have is checked by readProfile; a JSON type fault it did not foresee is still a
  // fault of the file, never an internal error (found by fuzzing: a number as "title").
  try {
    return readProfile(doc, path);
  } catch (const json::exception& e) {
    throwBadInput(PW_TR("%1 is not a field-mapping profile: %2"), {path, e.what()}, {.file = path});
  }
}

namespace {

Profile readProfile(const json& doc, const std::string& path) {
  if (!doc.is_object() || !doc.contains("name") || !doc["name"].is_string() || !doc.contains("layers") ||
      !doc["layers"].is_object()) {
    throwBadInput(PW_TR("%1 is not a field-mapping profile: it needs \"name\" and \"layers\""), {path}, {.file = path});
  }
  if (doc.contains("title") && !doc["title"].is_string()) {
    throwBadInput(PW_TR("%1: \"title\" must be text"), {path}, {.file = path, .field = "title"});
  }
  Profile p;
  p.name = doc["name"].get<std::string>();
  p.title = doc.value("title", p.name);
  p.file = path;
  for (const auto& [roleName, layer] : doc["layers"].items()) {
    const auto role = roleFromKey(roleName);
    if (!role) {
      throwBadInput(PW_TR("%1: unknown layer role '%2' (use pipes, manholes or districts)"), {path, roleName},
                    {.file = path, .field = roleName});
    }
    LayerMapping m;
    if (!layer.contains("fields") || !layer["fields"].is_object()) {
      throwBadInput(PW_TR("%1: layer '%2' has no \"fields\" object"), {path, roleName}, {.file = path});
    }
    for (const auto& [canonical, names] : layer["fields"].items()) {
      if (!isCanonical(*role, canonical)) {
        throwBadInput(PW_TR("%1: '%2' is not a field PipeWard knows for %3"), {path, canonical, roleName},
                      {.file = path, .field = canonical});
      }
      m.fields[canonical] = stringList(names, path, roleName + ".fields." + canonical);
    }
    if (layer.contains("required")) m.required = stringList(layer["required"], path, roleName + ".required");
    if (layer.contains("code_fallback")) {
      m.codeFallback = stringList(layer["code_fallback"], path, roleName + ".code_fallback");
    }
    for (const auto& f : m.required) {
      if (!m.fields.count(f)) {
        throwBadInput(PW_TR("%1: required field '%2' of %3 has no candidate names"), {path, f, roleName},
                      {.file = path, .field = f});
      }
    }
    if (layer.contains("values")) {
      for (const auto& [canonical, map] : layer["values"].items()) {
        for (const auto& [value, synonyms] : map.items()) {
          m.values[canonical][value] = stringList(synonyms, path, roleName + ".values." + canonical + "." + value);
        }
      }
    }
    p.layers[*role] = std::move(m);
  }
  return p;
}

}  // namespace

std::vector<Profile> loadProfiles(const std::vector<std::string>& dirs) {
  std::vector<Profile> out;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) continue;
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".json" && entry.path().filename() != "vocabulary.json") {
        files.push_back(entry.path().string());
      }
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) out.push_back(loadProfile(f));
  }
  return out;
}

std::vector<Profile> loadAllProfiles() { return loadProfiles({schemasDir() + "/mappings", userMappingsDir()}); }

void saveProfile(const Profile& profile, const std::string& path) {
  json doc;
  doc["name"] = profile.name;
  doc["title"] = profile.title;
  for (const auto& [role, m] : profile.layers) {
    json layer;
    layer["fields"] = m.fields;
    layer["required"] = m.required;
    if (!m.codeFallback.empty()) layer["code_fallback"] = m.codeFallback;
    if (!m.values.empty()) layer["values"] = m.values;
    doc["layers"][roleKey(role)] = layer;
  }
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  writeFileAtomically(path, doc.dump(2) + '\n');
}

ProfileMatch matchProfile(const Profile& profile, Role role, const std::vector<std::string>& sourceFields) {
  ProfileMatch match;
  const auto layer = profile.layers.find(role);
  if (layer == profile.layers.end()) return match;
  std::map<std::string, int> byKey;
  for (std::size_t i = 0; i < sourceFields.size(); ++i) byKey.emplace(matchKey(sourceFields[i]), static_cast<int>(i));
  // DBF field names hold at most 10 characters: "Pipe_Category" arrives as "Pipe_Categ".
  constexpr std::size_t kDbfNameLength = 10;
  for (const auto& [canonical, names] : layer->second.fields) {
    for (const auto& name : names) {
      std::string key = matchKey(name);
      auto it = byKey.find(key);
      if (it == byKey.end() && key.size() > kDbfNameLength) it = byKey.find(key.substr(0, kDbfNameLength));
      if (it != byKey.end()) {
        match.bound[canonical] = it->second;
        break;
      }
    }
  }
  match.score = static_cast<int>(match.bound.size());
  for (const auto& f : layer->second.required) {
    if (!match.bound.count(f)) match.missingRequired.push_back(f);
  }
  return match;
}

Vocabulary loadVocabulary(const std::string& path) {
  const json doc = parseJsonFile(path);
  Vocabulary v;
  try {
    for (const auto& [value, synonyms] : doc.at("drainage").items()) {
      if (value != "rain" && value != "sewage" && value != "combined") {
        throwBadInput(PW_TR("%1: unknown drainage type '%2'"), {path, value}, {.file = path});
      }
      for (const auto& s : synonyms) v.drainage[matchKey(s.get<std::string>())] = value;
    }
    for (const auto& [code, entry] : doc.at("material").items()) {
      v.materialName[code] = entry.at("name").get<std::string>();
      v.material[matchKey(code)] = code;
      for (const auto& s : entry.at("aliases")) v.material[matchKey(s.get<std::string>())] = code;
    }
  } catch (const json::exception& e) {
    throwBadInput(PW_TR("%1 is not a valid vocabulary: %2"), {path, e.what()}, {.file = path});
  }
  return v;
}

const Vocabulary& defaultVocabulary() {
  static std::once_flag once;
  static Vocabulary vocabulary;
  std::call_once(once, [] { vocabulary = loadVocabulary(schemasDir() + "/mappings/vocabulary.json"); });
  return vocabulary;
}

}  // namespace pw
