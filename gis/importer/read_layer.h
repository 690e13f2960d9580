#pragma once
// Reading one planned source into normalised rows in project coordinates, with the per-feature checks
// (geometry, ids, values, slope). Nothing is written to the project here.
#include <cstdint>
#include <functional>
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
  std::vector<Message> notes;  ///< for the report (e.g. unit conversions)
  std::int64_t featuresRead = 0;
  std::int64_t skipped = 0;  ///< features not imported (error issues)
  /// Every diameter of the source was at most 5: they are metres and the writer multiplies them by 1000.
  bool diametersInMetres = false;

  std::size_t rowCount() const { return pipes.size() + manholes.size() + districts.size(); }
};

/// Receives rows (and their issues) while reading goes on; it takes them out of the chunk.
using ChunkFn = std::function<void(LayerRead& chunk)>;
constexpr std::size_t kChunkRows = 20000;

/// Reads the plan's source. `toProject` transforms source coordinates into the project CRS. With `onChunk`, rows are
/// handed over every kChunkRows rows; the result holds the rest and the totals.
LayerRead readLayer(ImportPlan& plan, const proj::Transformer& toProject, const Vocabulary& vocabulary,
                    Feedback* feedback, const ChunkFn& onChunk = {});

}  // namespace pw
