#pragma once
// Failing writes on purpose: the core's write fault (core/write_fault.h) armed for a scope, and code run in a child
// process under a file size limit (RLIMIT_FSIZE, as `ulimit -f` sets), for writers the fault does not reach
// (libxlsxwriter writes with its own stdio calls).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace pw::test {

/// Arms the write fault after `bytes` bytes while it lives.
class WriteFaultScope {
public:
  explicit WriteFaultScope(std::int64_t bytes);
  ~WriteFaultScope();
  WriteFaultScope(const WriteFaultScope&) = delete;
  WriteFaultScope& operator=(const WriteFaultScope&) = delete;
};

struct ChildOutcome {
  bool completed = false;   ///< `fn` returned
  bool threwError = false;  ///< `fn` threw pw::Error (its kind BadInput when `badInput`)
  bool badInput = false;
  std::string message;  ///< the error's English text
};

/// Runs `fn` in a child process whose files may not grow past `bytes` (SIGXFSZ ignored, so that a write past the
/// limit fails with EFBIG as on a full disk) and reports how it ended.
ChildOutcome runWithFileSizeLimit(std::uint64_t bytes, const std::function<void()>& fn);

/// The names in a folder, sorted (to show that a failure left nothing behind).
std::vector<std::string> folderEntries(const std::string& folder);

}  // namespace pw::test
