#pragma once
// Text files compiled into the library (the schema migrations), so that a project can always be opened and
// upgraded without the source tree.
#include <string_view>
#include <vector>

namespace pw::embedded {

struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

/// schemas/migrations/NNNN_*.sql in order.
extern const std::vector<EmbeddedFile> migrations;

}  // namespace pw::embedded
