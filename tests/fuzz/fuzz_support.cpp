#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>

#include "core/tempdir.h"

namespace pw::fuzz {

void finding(const char* kind, const char* what) {
  std::fprintf(stderr, "fuzz finding: %s: %s\n", kind, what);
  std::abort();
}

const std::string& workDir() {
  static const TempDir dir;
  return dir.path();
}

}  // namespace pw::fuzz
