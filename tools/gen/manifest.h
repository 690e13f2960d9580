#pragma once
// manifest.json: the truth end-to-end tests compare an import against, computed from the generator's own model.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "plan.h"

namespace pwgen {

/// Drainage type as written: rain, sewage, combined, or unknown (PSLX 不明).
enum class WrittenType { Rain = 0, Sewage = 1, Combined = 2, Unknown = 3 };

struct DeliveryRecord {
  std::string name;  ///< delivery-a
  std::string path;  ///< relative to the manifest
  int epsg = 0;
  bool prj = true;
  std::string cpg;
  int ldid = 0;
  std::string style;  ///< "names" or "codes"
  std::vector<int> districts;
  long long pipes = 0;
  long long manholes = 0;
};

class Manifest {
public:
  Manifest(std::string mode, std::uint64_t seed, const CityPlan& plan);
  void addDelivery(DeliveryRecord d) { m_deliveries.push_back(std::move(d)); }
  DeliveryRecord& delivery(std::size_t k) { return m_deliveries[k]; }
  /// One written pipe feature.
  void addPipe(int district, WrittenType type, double length);
  void setDistrictsFile(std::string path, int epsg, std::string cpg, int ldid);
  void addFault(nlohmann::ordered_json fault) { m_faults.push_back(std::move(fault)); }
  void write(const std::filesystem::path& file) const;

private:
  struct Totals {
    std::array<long long, 4> count{};
    std::array<double, 4> length{};
  };
  std::string m_mode;
  std::uint64_t m_seed;
  const CityPlan& m_plan;
  std::vector<DeliveryRecord> m_deliveries;
  std::vector<Totals> m_districts;
  nlohmann::ordered_json m_districtsFile;
  std::vector<nlohmann::ordered_json> m_faults;
};

/// Rounds to 3 decimals (millimetres) for the manifest.
double round3(double v);

}  // namespace pwgen
