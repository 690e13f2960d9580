#pragma once
// Running planned imports: all sources of a batch in one transaction (a failure or a cancel leaves the project as
// it was), the project CRS adopted from the first source when the project has none, districts assigned with GEOS,
// the network checked, every fault stored as an import issue, spatial indexes bulk-loaded.
#include <cstdint>
#include <string>
#include <vector>

#include "importer/issue.h"
#include "importer/plan.h"

namespace pw {

class Feedback;
class Project;

struct RunReport {
  std::int64_t runId = 0;
  Role role = Role::Pipes;
  std::string path;
  Message roleReason;
  std::string profile;
  Message profileReason;
  std::string encoding;
  Message encodingOrigin;
  Message encodingVerdict;
  std::string crs;
  Message crsReason;
  std::int64_t featuresRead = 0;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t skipped = 0;
  std::vector<Message> notes;
};

struct ImportReport {
  std::int64_t batchId = 0;
  std::vector<RunReport> runs;
  std::vector<Issue> issues;  ///< source issues of every run, then the network issues
  int projectEpsg = 0;
  bool crsAdopted = false;  ///< this batch set the project CRS
  Message projectCrsReason;
};

/// Imports the planned sources. Throws Error (BadInput, Cancelled, ...) and changes nothing when it fails.
ImportReport runImport(Project& project, std::vector<ImportPlan>& plans, Feedback& feedback);

}  // namespace pw
