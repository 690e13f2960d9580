#pragma once
#include <string>

namespace pw {

/// The schemas directory (mappings/, catalogues/): $PIPEWARD_SCHEMAS if set, else <exe>/../share/pipeward/schemas
/// when installed, else the source tree's schemas/ this build was configured from.
std::string schemasDir();

/// Where a user's own field profiles are saved: $PIPEWARD_USER_MAPPINGS, else ~/.local/share/pipeward/mappings.
std::string userMappingsDir();

/// Reads a whole file. Throws Error(BadInput) naming it if it cannot be read.
std::string readFile(const std::string& path);

}  // namespace pw
