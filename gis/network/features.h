#pragma once
// Pipes and manholes by code and by id: what the application shows of a network feature (its code, length and
// ends, its line) without reading the tables itself.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pw {

class Project;

/// The id of the pipe (manhole) with `code`; Error(NotFound) naming the code and the project otherwise.
std::int64_t pipeIdOf(Project& project, const std::string& code);
std::int64_t manholeIdOf(Project& project, const std::string& code);
/// The code of a pipe (manhole) by id; empty when there is none.
std::string pipeCodeOf(Project& project, std::int64_t id);
std::string manholeCodeOf(Project& project, std::int64_t id);

/// A pipe's code, length and the codes of its ends (the linked manholes', else the codes the survey gave).
struct PipeFacts {
  std::string code;
  double lengthM = 0;
  std::string fromCode;
  std::string toCode;
};
std::optional<PipeFacts> pipeFacts(Project& project, std::int64_t id);
/// The pipe's line as interleaved x,y from its upstream end; empty when it has none (or no pipe has `id`).
std::vector<double> pipeVertices(Project& project, std::int64_t id);

}  // namespace pw
