#pragma once
// Importing community areas from a polygon source (a shapefile as the housing bureau or a surveyor delivers it, or any
// OGR dataset): the importer's own source reading detects the encoding (.cpg, DBF language byte, the bytes) and the
// CRS (.prj, Gauss-Kruger coordinates), fields are mapped through an area profile (schemas/mappings/areas/*.json:
// XQMC 小区名称, DZ 地址, JCNF 建成年份, HS 户数 or Name, Address, BuildYear, Households). All or nothing: every
// row is checked first, and one bad row (no name, no polygon, an invalid polygon, a year or household count that is
// not one, an unknown kind, a name twice) refuses the whole file with each fault's feature number and field.
// An area whose name is already in the project is updated.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/message.h"

namespace pw {

class Project;

struct AreaProfile {
  std::string name;
  std::string title;
  std::string file;
  std::map<std::string, std::vector<std::string>> fields;  ///< canonical -> candidate source names
  std::vector<std::string> required;
  std::string defaultKind = "old_residential";
  std::map<std::string, std::string> kindValues;  ///< matchKey(synonym) -> kind key
};

/// name, address, build_year, households, kind.
const std::vector<std::string>& areaFields();
/// Loads an area profile (BadInput naming the file and the fault).
AreaProfile loadAreaProfile(const std::string& path);
/// The built-in profiles (schemas/mappings/areas) and the user's (<user mappings>/areas), by name.
std::vector<AreaProfile> loadAreaProfiles();

struct CommunityImportOptions {
  std::string profile;            ///< a profile name or .json path; detected from the field names when empty
  std::string encoding;           ///< --encoding
  std::optional<int> assumeEpsg;  ///< --assume-crs
};

struct CommunityImportReport {
  std::int64_t importId = 0;
  std::string path;
  std::string profile;
  std::map<std::string, std::string> bound;  ///< canonical field -> source field name
  std::string encoding;
  std::string encodingReason;  ///< English, as stored
  Message encodingOrigin;
  Message encodingVerdict;
  std::string crs;
  Message crsReason;
  std::int64_t featuresRead = 0;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::vector<RowProblem> warnings;  ///< areas outside every district (imported)
};

/// Imports the areas of `path` (planners and city administrators). Throws BatchError listing the faulty rows, Error
/// for an unreadable source, and changes nothing when it throws.
CommunityImportReport importCommunities(Project& project, const std::string& path,
                                        const CommunityImportOptions& options, const std::string& user);

}  // namespace pw
