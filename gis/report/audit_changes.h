#pragma once
// What an audit log entry changed, field by field (the log stores whole records before and after as JSON): for the
// history of a record in the desktop and the CLI.
#include <string>
#include <vector>

#include "inspect/findings.h"

namespace pw {

struct FieldChange {
  std::string field;
  std::string before;  ///< the value as JSON text; empty when the field was absent (a creation)
  std::string after;   ///< empty when the field is gone (a deletion)
};

/// The fields whose values differ between before and after, in the order of the record's keys (a creation lists every
/// field with its value, a deletion every field it had). Bookkeeping fields (version, updated_at, updated_by) are
/// left out. Unreadable JSON yields one change named "record" with the raw texts.
std::vector<FieldChange> changedFields(const AuditEntry& entry);

}  // namespace pw
