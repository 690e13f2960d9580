#pragma once
// Reading one planned source into normalised rows in project coordinates, with the per-feature checks
// (geometry, ids, values, slope). Nothing is written to the project here.
#include <cstdint>
#include <string>
#include <vector>

#include "importer/issue.h"
#include "importer/plan.h"
#include "importer/records.h"

namespace pw {

class Feedback;
namespace proj {
class Transformer;
}

struct LayerRead {
  std::vector<PipeRow> pipes;
  std::vector<ManholeRow> manholes;
  std::vector<DistrictRow> districts;
  std::vector<Issue> issues;
  std::vector<Message> notes;      ///< for the report (e.g. unit conversions)
  std::int64_t featuresRead = 0;
  std::int64_t skipped = 0;        ///< features not imported (error issues)
};

/// Reads the plan's source. `toProject` transforms source coordinates into the project CRS.
LayerRead readLayer(ImportPlan& plan, const proj::Transformer& toProject, const Vocabulary& vocabulary,
                    Feedback* feedback);

}  // namespace pw
