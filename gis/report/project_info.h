#pragma once
// What `info` shows: the project CRS, counts and lengths per district and drainage type, and the import history.
#include <cstdint>
#include <string>
#include <vector>

namespace pw {

class Project;

struct DistrictTypeTotal {
  std::string districtCode;  ///< empty for pipes outside every district
  std::string districtName;
  std::string drainage;  ///< rain | sewage | combined, or empty when unknown
  std::int64_t pipes = 0;
  double lengthM = 0;
};

struct DistrictCount {
  std::string districtCode;
  std::string districtName;
  std::int64_t pipes = 0;
  std::int64_t manholes = 0;
  double lengthM = 0;
};

struct ImportRunSummary {
  std::int64_t id = 0;
  std::int64_t batchId = 0;
  std::string startedAt;
  std::string user;
  std::string source;
  std::string layer;
  std::string profile;
  std::string encoding;
  std::string crs;
  std::int64_t featuresRead = 0;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t skipped = 0;
  std::int64_t errors = 0;
  std::int64_t warnings = 0;
};

struct ProjectInfo {
  std::string path;
  int crsEpsg = 0;
  std::string crsName;
  int schemaVersion = 0;
  std::int64_t districts = 0;
  std::int64_t pipes = 0;
  std::int64_t manholes = 0;
  double pipeLengthM = 0;
  std::vector<DistrictCount> byDistrict;
  std::vector<DistrictTypeTotal> byDistrictAndType;
  std::vector<ImportRunSummary> runs;
};

ProjectInfo projectInfo(Project& project);

}  // namespace pw
