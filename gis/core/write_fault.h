#pragma once
// Fault injection for the tests of every file PipeWard writes: armed, the core's writers (OutputFile, and GDAL's
// writers through gdal/gdal_fault.h) fail with "no space left on device" once the process has written that many
// bytes, as on a disk that fills up. Armed by the environment variable PW_FAIL_WRITE_AFTER_BYTES=N (read once, at the
// first write) or by setWriteFault(); inert otherwise.
#include <cstddef>
#include <cstdint>
#include <optional>

namespace pw {

/// Arms the fault after `bytes` more bytes, or disarms it (nullopt). Overrides the environment variable.
void setWriteFault(std::optional<std::int64_t> bytes);

/// Whether a fault is armed (and writes are counted).
bool writeFaultArmed();

/// How many of the `wanted` bytes may be written now, taking them from the budget: all of them when no fault is armed.
/// When it returns fewer, errno is ENOSPC.
std::size_t takeWriteBudget(std::size_t wanted);

}  // namespace pw
