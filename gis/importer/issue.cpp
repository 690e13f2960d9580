#include "importer/issue.h"

#include "core/error.h"

namespace pw {

const char* severityKey(Severity s) { return s == Severity::Error ? "error" : "warning"; }

std::string issueMessage(const Issue& issue) { return formatMessage(issue.messageTemplate, issue.args); }

}  // namespace pw
