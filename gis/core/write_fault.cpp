#include "core/write_fault.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <mutex>
#include <string>

namespace pw {
namespace {

struct Budget {
  std::mutex mutex;
  bool initialised = false;
  std::optional<std::int64_t> left;  ///< bytes that may still be written; nothing: not armed
};

Budget& budget() {
  static Budget b;
  return b;
}

/// Reads PW_FAIL_WRITE_AFTER_BYTES the first time; a value that is not a whole number >= 0 leaves the fault disarmed.
void initialise(Budget& b) {
  if (b.initialised) return;
  b.initialised = true;
  const char* text = std::getenv("PW_FAIL_WRITE_AFTER_BYTES");
  if (!text || !*text) return;
  char* end = nullptr;
  errno = 0;
  const long long n = std::strtoll(text, &end, 10);
  if (errno == 0 && end && *end == '\0' && n >= 0) b.left = n;
}

}  // namespace

void setWriteFault(std::optional<std::int64_t> bytes) {
  auto& b = budget();
  std::lock_guard lock(b.mutex);
  b.initialised = true;
  b.left = bytes;
}

bool writeFaultArmed() {
  auto& b = budget();
  std::lock_guard lock(b.mutex);
  initialise(b);
  return b.left.has_value();
}

std::size_t takeWriteBudget(std::size_t wanted) {
  auto& b = budget();
  std::lock_guard lock(b.mutex);
  initialise(b);
  if (!b.left) return wanted;
  const auto granted = static_cast<std::size_t>(std::min<std::int64_t>(*b.left, static_cast<std::int64_t>(wanted)));
  *b.left -= static_cast<std::int64_t>(granted);
  if (granted < wanted) errno = ENOSPC;
  return granted;
}

}  // namespace pw
