#pragma once
// A fault an import found. The message is an English template (PW_TR) plus arguments so each interface shows it
// in the user's language; `check` is a stable code scripts can rely on.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geom/types.h"
#include "io/profile.h"

namespace pw {

enum class Severity {
  Error,    ///< the feature was not imported
  Warning,  ///< the feature was imported with the fault
};
const char* severityKey(Severity s);  ///< "error", "warning"

struct Issue {
  Role layer = Role::Pipes;
  std::int64_t featureNo = -1;  ///< 1-based in the source; -1 when not tied to one feature
  std::string recordCode;       ///< pipe or manhole id
  std::string check;            ///< e.g. "reversed_slope"
  Severity severity = Severity::Warning;
  std::string field;  ///< source field name
  std::string value;
  const char* messageTemplate = "";
  std::vector<std::string> args;
  std::optional<Point> where;  ///< location in project coordinates
  bool network = false;        ///< a check over the whole project network rather than one source
};

/// The English message of an issue.
std::string issueMessage(const Issue& issue);

}  // namespace pw
