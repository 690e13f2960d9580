#pragma once
// Flow directions, pipe sizes, materials and inverts for a band network.
#include <array>
#include <cstdint>
#include <map>

#include "network.h"
#include "plan.h"
#include "rng.h"

namespace pwgen {

/// Sanity figures collected over all bands (printed by the generator).
struct HydraulicsStats {
  long long nodes = 0;
  long long pipes = 0;
  long long fallbackSinks = 0;  ///< outlets added for parts of the network no designated outlet drains
  long long pumpStations = 0;   ///< outlets added where no gravity route stays within 4 m depth
  long long splitNodes = 0;     ///< manholes with pipes in and more than one pipe out (flow divides)
  long long summitNodes = 0;    ///< manholes where two pipes start and none ends (a local high point)
  std::int32_t minDepthMm = 1 << 30;
  std::int32_t maxDepthMm = 0;
  long long deepNodes = 0;  ///< deeper than 4 m
  double minSlope = 1;
  std::map<int, long long> diameters;
  std::array<long long, 5> vertexCounts{};  ///< pipes with 2, 3, 4 vertices (index = count)
  double minLength = 1e9;
  double maxLength = 0;
};

/// Directs every pipe from upstream to downstream (towards the outlets), sizes it by the pipe length it drains,
/// picks its material, and sets the manhole inverts so that every pipe falls at least its minimum slope and every
/// manhole has at least its minimum cover.
void solveHydraulics(Network& net, Rng& rng, HydraulicsStats& stats);

}  // namespace pwgen
