#include "plan/communities.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/error.h"
#include "core/numbers.h"
#include "geom/spatialite_blob.h"
#include "plan/area_geometry.h"
#include "plan/plan_access.h"
#include "rules/placement.h"
#include "store/project.h"

namespace pw {
namespace {

constexpr const char* kSelect =
    "SELECT c.id, c.name, c.address, c.build_year, c.households, c.kind, c.district_id, coalesce(d.name, ''), "
    "c.area_m2, c.geom, c.import_id, c.feature_no, coalesce(c.attrs, ''), c.created_by, c.created_at, c.version "
    "FROM communities c LEFT JOIN districts d ON d.id = c.district_id";

Community read(sql::Statement& st) {
  Community c;
  c.id = st.int64(0);
  c.name = st.text(1);
  c.address = st.optText(2);
  c.buildYear = st.optInt64(3);
  c.households = st.optInt64(4);
  c.kind = st.text(5);
  c.districtId = st.optInt64(6);
  c.districtName = st.text(7);
  c.areaM2 = st.real(8);
  if (!st.isNull(9)) c.polygons = blob::decodeMultiPolygon(st.blob(9)).value_or(MultiPolygon{});
  c.importId = st.optInt64(10);
  c.featureNo = st.optInt64(11);
  c.attrs = st.text(12);
  c.createdBy = st.text(13);
  c.createdAt = st.text(14);
  c.version = st.int64(15);
  return c;
}

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

void bindFields(sql::Statement& st, const Community& c, std::int64_t districtId, double area, int srid,
                std::vector<std::uint8_t>& geom) {
  st.bind(1, c.name).bind(2, c.address).bind(3, c.buildYear).bind(4, c.households).bind(5, c.kind);
  if (districtId) {
    st.bind(6, districtId);
  } else {
    st.bindNull(6);
  }
  st.bind(7, area);
  blob::encodeMultiPolygon(geom, srid, c.polygons);
  st.bindBlobRef(8, std::span<const unsigned char>(geom.data(), geom.size()));
  st.bind(9, c.attrs.empty() ? std::optional<std::string>{} : std::optional(c.attrs));
}

}  // namespace

const std::vector<std::string>& communityKinds() {
  static const std::vector<std::string> kinds{"old_residential", "campus", "block"};
  return kinds;
}

bool isCommunityKind(const std::string& kind) {
  const auto& k = communityKinds();
  return std::find(k.begin(), k.end(), kind) != k.end();
}

std::string communityJson(const Community& c) {
  nlohmann::json j{{"id", c.id},
                   {"name", c.name},
                   {"address", c.address ? nlohmann::json(*c.address) : nlohmann::json()},
                   {"build_year", c.buildYear ? nlohmann::json(*c.buildYear) : nlohmann::json()},
                   {"households", c.households ? nlohmann::json(*c.households) : nlohmann::json()},
                   {"kind", c.kind},
                   {"district", c.districtName},
                   {"area_m2", c.areaM2}};
  return j.dump();
}

void CommunityStore::validate(const Community& c) {
  if (blank(c.name)) throwBadInput(PW_TR("An area needs a name"), {}, {.field = "name"});
  if (!isCommunityKind(c.kind)) {
    throwBadInput(PW_TR("'%1' is not a kind of area (old_residential 老旧小区, campus 校园, block 街区)"), {c.kind},
                  {.record = c.name, .field = "kind", .value = c.kind});
  }
  if (c.buildYear && (*c.buildYear < 1800 || *c.buildYear > 2100)) {
    throwBadInput(PW_TR("The build year %1 of %2 is not a year between 1800 and 2100"),
                  {std::to_string(*c.buildYear), c.name},
                  {.record = c.name, .field = "build_year", .value = std::to_string(*c.buildYear)});
  }
  if (c.households && *c.households < 0) {
    throwBadInput(PW_TR("The number of households of %1 cannot be negative (%2)"),
                  {c.name, std::to_string(*c.households)},
                  {.record = c.name, .field = "households", .value = std::to_string(*c.households)});
  }
  if (const auto fault = polygonFault(c.polygons); !fault.empty()) {
    throwBadInput(PW_TR("The polygon of %1 is not valid: %2"), {c.name, fault},
                  {.record = c.name, .field = "geometry"});
  }
}

std::int64_t insertCommunity(Project& project, const Community& c, const std::string& user) {
  auto& db = project.db();
  std::vector<std::uint8_t> geom;
  auto st = db.prepare(
      "INSERT INTO communities (name, address, build_year, households, kind, district_id, area_m2, geom, attrs, "
      "import_id, "
      "feature_no, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  bindFields(st, c, districtOfArea(db, c.polygons), polygonArea(c.polygons), project.crsEpsg(), geom);
  st.bind(10, c.importId).bind(11, c.featureNo).bind(12, user).bind(13, nowIso()).run();
  return db.lastInsertRowid();
}

std::int64_t updateCommunityByName(Project& project, const Community& c, const std::string& user) {
  auto& db = project.db();
  std::vector<std::uint8_t> geom;
  auto st = db.prepare(
      "UPDATE communities SET name = ?, address = ?, build_year = ?, households = ?, kind = ?, district_id = ?, "
      "area_m2 = ?, geom = ?, attrs = ?, import_id = ?, feature_no = ?, updated_by = ?, updated_at = ?, "
      "version = version + 1 WHERE name = ?14");
  bindFields(st, c, districtOfArea(db, c.polygons), polygonArea(c.polygons), project.crsEpsg(), geom);
  st.bind(10, c.importId).bind(11, c.featureNo).bind(12, user).bind(13, nowIso()).bind(14, c.name).run();
  auto id = db.prepare("SELECT id FROM communities WHERE name = ?");
  id.bind(1, c.name);
  return id.step() ? id.int64(0) : 0;
}

void auditCommunity(Project& project, const std::string& user, std::int64_t id, const std::string& action,
                    const std::string& before, const std::string& after) {
  auto st = project.db().prepare(
      "INSERT INTO audit_log (at, user_name, entity, entity_id, action, before, after) VALUES (?, ?, 'community', ?, "
      "?, ?, ?)");
  st.bind(1, nowIso()).bind(2, user).bind(3, id).bind(4, action);
  st.bind(5, before.empty() ? std::optional<std::string>{} : std::optional(before));
  st.bind(6, after.empty() ? std::optional<std::string>{} : std::optional(after)).run();
}

std::int64_t CommunityStore::add(const Community& community, const std::string& user) {
  auto& db = m_project.db();
  sql::TransactionIfNeeded scope(db);
  requirePlanning(m_project, user);
  if (m_project.crsEpsg() == 0) {
    throwBadInput(PW_TR("The project has no CRS yet; import the network (or init --crs) before adding areas"));
  }
  validate(community);
  Placement(m_project).require(community.polygons, "geometry", community.name);
  if (byName(community.name)) {
    throwBadInput(PW_TR("There is already an area named %1"), {community.name},
                  {.record = community.name, .field = "name", .value = community.name});
  }
  Community c = community;
  c.importId.reset();
  c.featureNo.reset();
  const auto id = insertCommunity(m_project, c, user);
  auditCommunity(m_project, user, id, "create", {}, communityJson(*find(id)));
  scope.commit();
  return id;
}

std::optional<Community> CommunityStore::find(std::int64_t id) {
  auto st = m_project.db().prepare(std::string(kSelect) + " WHERE c.id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return read(st);
}

std::optional<Community> CommunityStore::byName(const std::string& name) {
  auto st = m_project.db().prepare(std::string(kSelect) + " WHERE c.name = ?");
  st.bind(1, name);
  if (!st.step()) return std::nullopt;
  return read(st);
}

Community CommunityStore::require(const std::string& idOrName) {
  if (auto c = byName(idOrName)) return *c;
  if (const auto id = parseWhole(idOrName)) {
    if (auto c = find(*id)) return *c;
  }
  throw Error(ErrorKind::NotFound, PW_TR("There is no area %1"), {idOrName}, {.record = idOrName});
}

std::vector<Community> CommunityStore::list(std::optional<std::int64_t> districtId) {
  std::string sql = kSelect;
  if (districtId) sql += " WHERE c.district_id = " + std::to_string(*districtId);
  sql += " ORDER BY c.name";
  auto st = m_project.db().prepare(sql);
  std::vector<Community> out;
  while (st.step()) out.push_back(read(st));
  return out;
}

}  // namespace pw
