#pragma once
// A crafted city for tests: districts, manholes and pipes stated as data by the test, written as a survey delivery
// (UTF-8 shapefiles in EPSG:4549 with pinyin field names, through ShapefileBuilder) and imported into a new project;
// and the users a test works with.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "access/users.h"
#include "store/project.h"

namespace pw::test {

/// A district (QXMC name, QXDM code): the rectangle x0..x1 by y0..y1, in metres of EPSG:4549.
struct CraftedDistrict {
  std::string name;
  std::string code;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// A manhole (WTDH) at (x, y). `type` (PSLX: 污水, 雨水, 合流) is written only if some manhole of the city has one.
struct CraftedManhole {
  std::string code;
  double x = 0, y = 0;
  std::string type = {};
};

/// A straight pipe (GXBH) from manhole `from` (QDBH) to manhole `to` (ZDBH): the line joins their points. `type` is
/// PSLX (污水, 雨水, 合流), `diameter` GJ in mm; `road` (SSDL) is written only if some pipe of the city has one.
struct CraftedPipe {
  std::string code;
  std::string from;
  std::string to;
  std::string type;
  double diameter = 0;
  std::string road = {};
};

struct CraftedCity {
  std::vector<CraftedDistrict> districts;  ///< none: no districts file is delivered
  std::vector<CraftedManhole> manholes;
  std::vector<CraftedPipe> pipes;
};

struct ImportedCity {
  std::unique_ptr<Project> project;
  std::map<std::string, std::int64_t> districts;  ///< district code -> id
};

/// Writes the city's shapefiles (districts.shp, manholes.shp, pipes.shp) into `dir` and imports them, planned as a
/// delivery is, into a new project `dir/projectFile` in EPSG:4549.
ImportedCity importCraftedCity(const std::string& dir, const CraftedCity& city,
                               const std::string& projectFile = "p.sqlite");

/// The id of the row of `table` (districts, manholes, pipes) with `code`.
std::int64_t idOf(Project& project, const std::string& table, const std::string& code);

/// A user to add, with the district (code or name) a district manager manages.
struct CraftedUser {
  User user;
  std::string district;
};
CraftedUser districtManager(const std::string& name, const std::string& district);
CraftedUser fieldTeam(const std::string& name, const std::string& team);
CraftedUser planner(const std::string& name);
CraftedUser cityAdmin(const std::string& name);

/// Adds the users in order, as the project's administrator (admin).
void addUsers(Project& project, const std::vector<CraftedUser>& users);

}  // namespace pw::test
