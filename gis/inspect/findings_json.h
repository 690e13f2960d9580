#pragma once
// Findings as JSON, for the audit log and the CLI's --json output.
#include <nlohmann/json.hpp>

#include "inspect/findings.h"

namespace pw {

nlohmann::json toJson(const InspectionRecord& r);
nlohmann::json toJson(const DefectRecord& r);
nlohmann::json toJson(const MisconnectionRecord& r);

}  // namespace pw
