#pragma once
// Import issues as stored in the project, for `check` and the desktop's issue list.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pw {

class Project;

struct StoredIssue {
  std::int64_t id = 0;
  std::int64_t runId = 0;
  std::string source;  ///< the file of the run
  std::string layer;   ///< pipes | manholes | districts
  std::int64_t featureNo = -1;
  std::string recordCode;
  std::string check;
  std::string severity;  ///< error | warning
  std::string scope;     ///< source | network
  std::string field;
  std::string value;
  std::string messageTemplate;  ///< English, translatable
  std::vector<std::string> args;
  std::optional<double> x, y;

  std::string message() const;  ///< English text
};

/// The issues that describe the project as it stands: the source issues of the latest run of each source file, and the
/// network issues of the latest import batch.
std::vector<StoredIssue> currentIssues(Project& project);
/// Every issue of one run.
std::vector<StoredIssue> issuesOfRun(Project& project, std::int64_t runId);
/// Error(NotFound) naming the run and the project when the project has no import run `runId`.
void requireImportRun(Project& project, std::int64_t runId);

}  // namespace pw
