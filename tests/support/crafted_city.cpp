#include "crafted_city.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "core/feedback.h"
#include "importer/import.h"
#include "shapefile_builder.h"

namespace pw::test {
namespace {

constexpr int kEpsg = 4549;

/// A coordinate as WKT writes it: the shortest text that reads back the same (500100, 3350120.5).
std::string number(double value) {
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  return std::string(buffer, end);
}

std::string xy(double x, double y) { return number(x) + " " + number(y); }

void writeDistricts(const std::string& path, const std::vector<CraftedDistrict>& districts) {
  ShapefileBuilder d(path, wkbPolygon, kEpsg, "UTF-8");
  d.field("QXMC", OFTString, 20).field("QXDM", OFTString, 6);
  for (const auto& b : districts) {
    d.add("POLYGON((" + xy(b.x0, b.y0) + "," + xy(b.x1, b.y0) + "," + xy(b.x1, b.y1) + "," + xy(b.x0, b.y1) + "," +
              xy(b.x0, b.y0) + "))",
          {b.name, b.code});
  }
  d.write();
}

void writeManholes(const std::string& path, const std::vector<CraftedManhole>& manholes) {
  const bool typed = std::any_of(manholes.begin(), manholes.end(), [](const auto& m) { return !m.type.empty(); });
  ShapefileBuilder m(path, wkbPoint, kEpsg, "UTF-8");
  m.field("WTDH", OFTString, 8);
  if (typed) m.field("PSLX", OFTString, 8);
  for (const auto& manhole : manholes) {
    std::vector<FieldValue> values{manhole.code};
    if (typed) values.push_back(manhole.type);
    m.add("POINT(" + xy(manhole.x, manhole.y) + ")", values);
  }
  m.write();
}

void writePipes(const std::string& path, const CraftedCity& city) {
  const bool roads = std::any_of(city.pipes.begin(), city.pipes.end(), [](const auto& p) { return !p.road.empty(); });
  auto at = [&](const std::string& code, const std::string& pipe) {
    const auto it =
        std::find_if(city.manholes.begin(), city.manholes.end(), [&](const auto& m) { return m.code == code; });
    if (it == city.manholes.end())
      throw std::invalid_argument("pipe " + pipe + ": no manhole " + code + " in the city");
    return xy(it->x, it->y);
  };
  ShapefileBuilder p(path, wkbLineString, kEpsg, "UTF-8");
  p.field("GXBH", OFTString, 8).field("QDBH", OFTString, 8).field("ZDBH", OFTString, 8).field("PSLX", OFTString, 8);
  p.field("GJ", OFTReal);
  if (roads) p.field("SSDL", OFTString, 20);
  for (const auto& pipe : city.pipes) {
    std::vector<FieldValue> values{pipe.code, pipe.from, pipe.to, pipe.type, pipe.diameter};
    if (roads) values.push_back(pipe.road);
    p.add("LINESTRING(" + at(pipe.from, pipe.code) + "," + at(pipe.to, pipe.code) + ")", values);
  }
  p.write();
}

CraftedUser user(const std::string& name, UserRole role, const std::string& team = {},
                 const std::string& district = {}) {
  User u;
  u.name = name;
  u.role = role;
  u.team = team;
  return {u, district};
}

}  // namespace

ImportedCity importCraftedCity(const std::string& dir, const CraftedCity& city, const std::string& projectFile) {
  std::vector<std::string> files;
  if (!city.districts.empty()) {
    writeDistricts(dir + "/districts.shp", city.districts);
    files.push_back(dir + "/districts.shp");
  }
  writeManholes(dir + "/manholes.shp", city.manholes);
  writePipes(dir + "/pipes.shp", city);
  files.push_back(dir + "/manholes.shp");
  files.push_back(dir + "/pipes.shp");

  ImportedCity imported;
  imported.project = Project::create(dir + "/" + projectFile, kEpsg);
  auto plans = planImports(files, {}, kEpsg);
  Feedback feedback;
  runImport(*imported.project, plans, feedback);
  for (const auto& district : city.districts) {
    imported.districts[district.code] = idOf(*imported.project, "districts", district.code);
  }
  return imported;
}

std::int64_t idOf(Project& project, const std::string& table, const std::string& code) {
  auto st = project.db().prepare("SELECT id FROM " + table + " WHERE code = ?");
  st.bind(1, code);
  return st.step() ? st.int64(0) : 0;
}

CraftedUser districtManager(const std::string& name, const std::string& district) {
  return user(name, UserRole::DistrictManager, {}, district);
}
CraftedUser fieldTeam(const std::string& name, const std::string& team) {
  return user(name, UserRole::FieldTeam, team);
}
CraftedUser planner(const std::string& name) { return user(name, UserRole::Planner); }
CraftedUser cityAdmin(const std::string& name) { return user(name, UserRole::CityAdmin); }

void addUsers(Project& project, const std::vector<CraftedUser>& users) {
  UserStore store(project);
  for (const auto& u : users) store.add(u.user, u.district, "admin");
}

}  // namespace pw::test
