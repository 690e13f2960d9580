#include "core/clock.h"

#include <cstdlib>
#include <ctime>

namespace pw {

std::string nowIso() {
  if (const char* fixed = std::getenv("PIPEWARD_NOW"); fixed && *fixed) return fixed;
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

}  // namespace pw
