#pragma once
// Checks over the whole project network after an import: pipe ends against their manholes (links them, reports
// missing manholes, ends too far away, lines drawn against their from/to direction) and features outside every
// district. They look at the project as it stands, so a later import of manholes re-checks earlier pipes.
#include <vector>

#include "importer/issue.h"

namespace pw {

class Feedback;
namespace sql {
class Database;
}

std::vector<Issue> checkNetwork(sql::Database& db, double tolerance, Feedback* feedback);

}  // namespace pw
