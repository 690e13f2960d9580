#pragma once
// The faults injected into the sample deliveries (documented in sampledata/README.md): what an importer must report.
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "network.h"
#include "records.h"

namespace pwgen {

struct SampleFaults {
  std::map<int, PipeOverride> byPipe;           ///< pipe index -> what its record says instead of the truth
  std::vector<nlohmann::ordered_json> records;  ///< for the manifest
  std::vector<int> recordPipe;                  ///< the pipe whose feature each record names
  void add(nlohmann::ordered_json record, int pipe) {
    records.push_back(std::move(record));
    recordPipe.push_back(pipe);
  }
};

/// Picks the faulty pipes at random (from `seed`) among pipes between ordinary manholes, no two sharing a manhole:
/// delivery 0 (A) 3 reversed slopes, a dangling end, a duplicate id, an unknown type; delivery 1 (B) 2 reversed
/// slopes, an end 12 m off its manhole, 2 empty diameters. `pipeOrder` lists each delivery's pipes in file order.
SampleFaults injectSampleFaults(const Network& net, const std::vector<std::vector<int>>& pipeOrder,
                                const std::vector<std::vector<Pt>>& rings,
                                const std::array<int, kKinds>& manholesPerKind,
                                const std::array<std::string, 2>& deliveryNames, int digits, std::uint64_t seed);

}  // namespace pwgen
