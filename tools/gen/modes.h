#pragma once
// The generator's two modes.
#include <cstdint>
#include <filesystem>

namespace pwgen {

inline constexpr std::uint64_t kSampleSeed = 20240630;
inline constexpr std::uint64_t kBenchSeed = 1;

/// The committed sample data: districts/, delivery-a/, delivery-b/ and manifest.json under `out`.
void runSample(const std::filesystem::path& out, std::uint64_t seed);
/// One benchmark delivery of about `pipes` pipe segments: pipes, manholes, districts and manifest.json in `out`.
void runBench(const std::filesystem::path& out, long long pipes, std::uint64_t seed);

}  // namespace pwgen
