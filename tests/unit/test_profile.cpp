// Field-mapping profiles: loading, validation of malformed files, and matching survey field names.
#include <fstream>

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/paths.h"
#include "core/tempdir.h"
#include "io/profile.h"

namespace pw {
namespace {

std::string write(const TempDir& dir, const std::string& name, const std::string& text) {
  const std::string path = dir.path() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

void expectRefused(const std::string& path, const std::string& fragment) {
  try {
    loadProfile(path);
    FAIL() << "accepted " << path;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

}  // namespace

TEST(Profiles, BuiltInProfilesLoad) {
  const auto profiles = loadProfiles({schemasDir() + "/mappings"});
  ASSERT_GE(profiles.size(), 2u);
  bool pinyin = false;
  bool census = false;
  for (const auto& p : profiles) {
    pinyin |= p.name == "pinyin-survey";
    census |= p.name == "drainage-census";
    EXPECT_EQ(p.layers.size(), 3u) << p.name;
  }
  EXPECT_TRUE(pinyin);
  EXPECT_TRUE(census);
}

TEST(Profiles, MatchesPinyinFieldsCaseInsensitively) {
  const Profile p = loadProfile(schemasDir() + "/mappings/pinyin-survey.json");
  const auto m = matchProfile(p, Role::Pipes, {"qdbh", "ZDDH", " GJ ", "CZ", "PSLX", "QDGC", "ZDGC", "OTHER"});
  EXPECT_TRUE(m.usable());
  EXPECT_EQ(m.bound.at("from_code"), 0);
  EXPECT_EQ(m.bound.at("to_code"), 1);
  EXPECT_EQ(m.bound.at("diameter"), 2);
  EXPECT_EQ(m.score, 7);
  const auto chinese = matchProfile(p, Role::Pipes, {"起点点号", "终点点号", "管径"});
  EXPECT_TRUE(chinese.usable());
  const auto missing = matchProfile(p, Role::Pipes, {"QDBH", "GJ"});
  EXPECT_FALSE(missing.usable());
  EXPECT_EQ(missing.missingRequired, std::vector<std::string>{"to_code"});
}

TEST(Profiles, MatchesCensusFields) {
  const Profile p = loadProfile(schemasDir() + "/mappings/drainage-census.json");
  const auto m = matchProfile(p, Role::Pipes, {"PipeID", "In_JuncID", "Out_JuncID", "In_Elev", "Out_Elev", "Material"});
  EXPECT_TRUE(m.usable());
  EXPECT_EQ(m.bound.size(), 6u);
}

TEST(Profiles, MalformedProfilesAreRefusedWithTheFileNamed) {
  TempDir dir;
  expectRefused(write(dir, "broken.json", "{ not json"), "not valid JSON");
  expectRefused(write(dir, "noname.json", R"({"layers": {}})"), "needs");
  expectRefused(write(dir, "role.json", R"({"name": "x", "layers": {"valves": {"fields": {}}}})"), "valves");
  expectRefused(write(dir, "field.json", R"({"name": "x", "layers": {"pipes": {"fields": {"colour": ["YS"]}}}})"),
                "colour");
  expectRefused(write(dir, "list.json", R"({"name": "x", "layers": {"pipes": {"fields": {"code": "GXBH"}}}})"),
                "list of strings");
  expectRefused(write(dir, "req.json",
                      R"({"name": "x", "layers": {"pipes": {"fields": {"code": ["A"]}, "required": ["to_code"]}}})"),
                "to_code");
}

TEST(Profiles, SavedProfilesLoadBack) {
  TempDir dir;
  Profile p;
  p.name = "my-city";
  p.title = "My city";
  p.layers[Role::Pipes].fields = {{"code", {"BIANHAO"}}, {"from_code", {"QIDIAN"}}, {"to_code", {"ZHONGDIAN"}}};
  p.layers[Role::Pipes].required = {"from_code", "to_code"};
  const std::string path = dir.path() + "/sub/my-city.json";
  saveProfile(p, path);
  const Profile back = loadProfile(path);
  EXPECT_EQ(back.name, "my-city");
  EXPECT_EQ(back.layers.at(Role::Pipes).fields.at("from_code"), std::vector<std::string>{"QIDIAN"});
  EXPECT_TRUE(matchProfile(back, Role::Pipes, {"QIDIAN", "ZHONGDIAN"}).usable());
}

}  // namespace pw
