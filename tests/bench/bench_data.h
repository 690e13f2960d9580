#pragma once
// Generated cities for the benchmarks, cached in the build tree: pipeward-gen writes the delivery once per size, and
// the imported project is kept for the rendering benchmarks.
#include <chrono>
#include <cstdint>
#include <string>

namespace pw::bench {

/// The number of pipes to benchmark: $PW_BENCH_PIPES, else `fallback` (the test suite runs a small size).
std::int64_t benchPipes(std::int64_t fallback);
/// Directory with pipes.shp, manholes.shp, districts.shp for about `pipes` pipes (generated if missing).
std::string deliveryFor(std::int64_t pipes);
/// A project with that delivery imported (imported if missing).
std::string projectFor(std::int64_t pipes);
/// Where to build a cache entry before renaming it to `path`: unique to this process.
std::string partialPath(const std::string& path);
/// Peak resident memory of this process so far, in MiB.
double peakRssMiB();
/// Milliseconds from `start` to now; `start` moves to now, so consecutive calls time consecutive steps.
double msSince(std::chrono::steady_clock::time_point& start);
/// Wall seconds of a shell command (-1 if it failed).
double timeCommand(const std::string& command);

}  // namespace pw::bench
