#pragma once
// Field names for a DBF: at most 10 bytes in the file's encoding, unique regardless of case.
#include <string>
#include <vector>

namespace pw {

namespace enc {
class Encoder;
}

struct DbfName {
  std::string utf8;     ///< the name chosen, in UTF-8 (for the sidecar and messages)
  std::string encoded;  ///< the same in the DBF's encoding, as written
};

constexpr std::size_t kDbfNameBytes = 10;

/// Chooses a DBF name for each full name (UTF-8), in order: a name that fits is kept, a longer one is cut at a
/// character boundary, and a clash is resolved with a suffix _1, _2 ... Names that fit are kept before any cut
/// name is chosen, so that a cut name never takes a real one. Throws Error(BadInput) naming the field when the
/// encoding cannot hold a name.
std::vector<DbfName> chooseDbfNames(const std::vector<std::string>& fullNames, const enc::Encoder& encoder);

}  // namespace pw
