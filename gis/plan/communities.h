#pragma once
// Community areas (老旧小区, campuses, street blocks) the housing bureau plans separation works in: imported from a
// polygon file (community_import.h) or drawn on the map. Each keeps its name, address, build year, households and
// kind; its district (the one holding most of its area) and its area are computed from the polygon. Adding one is
// for planners and city administrators, attributed, and written to the audit log.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geom/types.h"

namespace pw {

class Project;

/// old_residential (老旧小区), campus (校园), block (街区).
const std::vector<std::string>& communityKinds();
bool isCommunityKind(const std::string& kind);

struct Community {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> address;
  std::optional<std::int64_t> buildYear;
  std::optional<std::int64_t> households;
  std::string kind = "old_residential";
  std::optional<std::int64_t> districtId;
  std::string districtName;
  double areaM2 = 0;
  MultiPolygon polygons;  ///< project CRS
  std::optional<std::int64_t> importId;
  std::optional<std::int64_t> featureNo;
  std::string attrs;  ///< unmapped source fields (JSON), empty when drawn
  std::string createdBy;
  std::string createdAt;
  std::int64_t version = 0;
};

class CommunityStore {
public:
  explicit CommunityStore(Project& project) : m_project(project) {}

  /// Adds an area (planners and city administrators). Checks every field and the polygon (BadInput naming the
  /// field), computes district and area. Joins the caller's transaction, if any.
  std::int64_t add(const Community& community, const std::string& user);
  /// Checks the fields and polygon of an area as add() does, without writing: BadInput naming the field (the
  /// importer checks every row this way before writing any).
  static void validate(const Community& community);

  std::optional<Community> find(std::int64_t id);
  std::optional<Community> byName(const std::string& name);
  /// By id or name; NotFound naming it otherwise.
  Community require(const std::string& idOrName);
  /// All areas, or those of one district, by name.
  std::vector<Community> list(std::optional<std::int64_t> districtId = std::nullopt);

private:
  Project& m_project;
};

/// Writes an area row (no permission check, no audit): shared by add() and the importer. Returns its id.
std::int64_t insertCommunity(Project& project, const Community& community, const std::string& user);
/// Replaces the fields and polygon of the area named like `community` (a re-import). Returns its id.
std::int64_t updateCommunityByName(Project& project, const Community& community, const std::string& user);
void auditCommunity(Project& project, const std::string& user, std::int64_t id, const std::string& action,
                    const std::string& before, const std::string& after);
/// The area as JSON (the audit log, the CLI).
std::string communityJson(const Community& community);

}  // namespace pw
