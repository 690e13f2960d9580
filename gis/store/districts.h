#pragma once
// The districts of a project (片区): found by code or name the way users type them, by id, or all of them. The one
// place the application and the core look districts up.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pw {

class Project;
namespace sql {
class Database;
}

struct District {
  std::int64_t id = 0;
  std::string code;  ///< may be empty
  std::string name;
};

/// The district whose code or name is `codeOrName`; Error(NotFound) naming what was looked for (field "district").
District requireDistrict(sql::Database& db, const std::string& codeOrName);
District requireDistrict(Project& project, const std::string& codeOrName);
/// The district with `id`, if there is one.
std::optional<District> districtById(sql::Database& db, std::int64_t id);
std::optional<District> districtById(Project& project, std::int64_t id);
/// The district with `id`; Error(NotFound) naming the id (field "district") when there is none.
District requireDistrictId(sql::Database& db, std::int64_t id);
/// Every district, by code then name.
std::vector<District> listDistricts(Project& project);

}  // namespace pw
