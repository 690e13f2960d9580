#include "manifest.h"

#include <cmath>
#include <fstream>
#include <stdexcept>

namespace pwgen {

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

Manifest::Manifest(std::string mode, std::uint64_t seed, const CityPlan& plan)
    : m_mode(std::move(mode)), m_seed(seed), m_plan(plan), m_districts(plan.districts.size()) {}

void Manifest::addPipe(int district, WrittenType type, double length) {
  Totals& t = m_districts[static_cast<std::size_t>(district)];
  ++t.count[static_cast<std::size_t>(type)];
  t.length[static_cast<std::size_t>(type)] += length;
}

void Manifest::setDistrictsFile(std::string path, int epsg, std::string cpg, int ldid) {
  m_districtsFile = {{"path", std::move(path)},
                     {"epsg", epsg},
                     {"prj", true},
                     {"cpg", std::move(cpg)},
                     {"ldid", ldid},
                     {"features", m_plan.districts.size()},
                     {"fields", {{"QXMC", "district name"}, {"QXDM", "district code"}}}};
}

void Manifest::write(const std::filesystem::path& file) const {
  using json = nlohmann::ordered_json;
  json root;
  root["generator"] = "pipeward-gen";
  root["format"] = 1;
  root["mode"] = m_mode;
  root["seed"] = m_seed;
  root["notes"] = {
      "Counts are features as written, faulty records included.",
      "Lengths are metres, 3 decimals, measured on the written vertices in EPSG:4549 (the zone prefix of "
      "EPSG:4528 deliveries removed).",
      "Pipes are counted by their drainage type as written; 'unknown' holds PSLX values that name no type (不明)."};
  root["districts_file"] = m_districtsFile;

  json deliveries = json::array();
  for (const DeliveryRecord& d : m_deliveries) {
    json names = json::array();
    for (int k : d.districts) names.push_back(m_plan.districts[static_cast<std::size_t>(k)].name);
    deliveries.push_back({{"name", d.name},
                          {"path", d.path},
                          {"epsg", d.epsg},
                          {"prj", d.prj},
                          {"cpg", d.cpg},
                          {"ldid", d.ldid},
                          {"values", d.style},
                          {"districts", names},
                          {"pipes", d.pipes},
                          {"manholes", d.manholes}});
  }
  root["deliveries"] = deliveries;

  static const char* typeKeys[] = {"rain", "sewage", "combined", "unknown"};
  json districts = json::array();
  long long allCount = 0;
  double allLength = 0;
  std::array<long long, 4> typeCount{};
  std::array<double, 4> typeLength{};
  for (std::size_t k = 0; k < m_districts.size(); ++k) {
    const DistrictDef& dd = m_plan.districts[k];
    const Totals& t = m_districts[k];
    json byType;
    long long count = 0;
    double length = 0;
    for (std::size_t q = 0; q < 4; ++q) {
      byType[typeKeys[q]] = {{"count", t.count[q]}, {"length_m", round3(t.length[q])}};
      count += t.count[q];
      length += t.length[q];
      typeCount[q] += t.count[q];
      typeLength[q] += t.length[q];
    }
    std::string delivery;
    for (const DeliveryRecord& d : m_deliveries)
      for (int q : d.districts)
        if (static_cast<std::size_t>(q) == k) delivery = d.name;
    districts.push_back({{"name", dd.name},
                         {"code", dd.code},
                         {"delivery", delivery},
                         {"system", dd.combined ? "combined" : "separate"},
                         {"pipes", byType},
                         {"total", {{"count", count}, {"length_m", round3(length)}}}});
    allCount += count;
    allLength += length;
  }
  root["districts"] = districts;
  json byType;
  for (std::size_t q = 0; q < 4; ++q)
    byType[typeKeys[q]] = {{"count", typeCount[q]}, {"length_m", round3(typeLength[q])}};
  long long manholes = 0;
  for (const DeliveryRecord& d : m_deliveries) manholes += d.manholes;
  root["totals"] = {{"pipes", allCount}, {"manholes", manholes}, {"length_m", round3(allLength)}, {"by_type", byType}};
  json faults = json::array();
  for (const json& f : m_faults) faults.push_back(f);
  root["faults"] = faults;

  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << root.dump(2) << '\n';
  if (!out) throw std::runtime_error(file.string() + ": cannot write");
}

}  // namespace pwgen
