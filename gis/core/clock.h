#pragma once
#include <string>

namespace pw {

/// Now as ISO 8601 UTC with seconds, e.g. "2026-11-28T13:42:46Z". Tests may fix it with PIPEWARD_NOW.
std::string nowIso();

}  // namespace pw
