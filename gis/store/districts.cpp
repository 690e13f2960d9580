#include "store/districts.h"

#include "core/error.h"
#include "store/project.h"

namespace pw {
namespace {

District districtOf(const sql::Statement& st) {
  return {st.int64(0), st.optText(1).value_or(""), st.optText(2).value_or("")};
}

}  // namespace

District requireDistrict(sql::Database& db, const std::string& codeOrName) {
  auto st = db.prepare("SELECT id, code, name FROM districts WHERE code = ?1 OR name = ?1 ORDER BY id LIMIT 1");
  st.bind(1, codeOrName);
  if (!st.step()) {
    throw Error(ErrorKind::NotFound, PW_TR("There is no district %1"), {codeOrName},
                {.field = "district", .value = codeOrName});
  }
  return districtOf(st);
}

District requireDistrict(Project& project, const std::string& codeOrName) {
  return requireDistrict(project.db(), codeOrName);
}

std::optional<District> districtById(sql::Database& db, std::int64_t id) {
  auto st = db.prepare("SELECT id, code, name FROM districts WHERE id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return districtOf(st);
}

std::optional<District> districtById(Project& project, std::int64_t id) { return districtById(project.db(), id); }

District requireDistrictId(sql::Database& db, std::int64_t id) {
  if (auto district = districtById(db, id)) return *district;
  const std::string text = std::to_string(id);
  throw Error(ErrorKind::NotFound, PW_TR("There is no district %1"), {text}, {.field = "district", .value = text});
}

std::vector<District> listDistricts(Project& project) {
  std::vector<District> out;
  auto st = project.db().prepare("SELECT id, code, name FROM districts ORDER BY code, name");
  while (st.step()) out.push_back(districtOf(st));
  return out;
}

}  // namespace pw
