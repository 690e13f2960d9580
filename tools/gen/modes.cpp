#include "modes.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <iostream>
#include <stdexcept>

#include "communities.h"
#include "districts.h"
#include "faults.h"
#include "hydraulics.h"
#include "manifest.h"
#include "network.h"
#include "plan.h"
#include "records.h"

namespace pwgen {

namespace {

using json = nlohmann::ordered_json;

void printStats(const HydraulicsStats& s, std::ostream& out) {
  out << "  nodes " << s.nodes << ", pipes " << s.pipes << ", summits " << s.summitNodes << ", flow divides "
      << s.splitNodes << ", outlets added " << s.fallbackSinks << ", pump stations added " << s.pumpStations << '\n'
      << "  depth " << s.minDepthMm / 1000.0 << " - " << s.maxDepthMm / 1000.0 << " m (" << s.deepNodes
      << " deeper than 4 m), min slope " << s.minSlope << ", length " << s.minLength << " - " << s.maxLength
      << " m\n  vertices: 2: " << s.vertexCounts[2] << ", 3: " << s.vertexCounts[3] << ", 4: " << s.vertexCounts[4]
      << "\n  diameters:";
  for (const auto& [d, n] : s.diameters) out << ' ' << d << ':' << n;
  out << '\n';
}

bool onRing(const std::vector<Pt>& ring, Pt p) {
  return std::any_of(ring.begin(), ring.end(), [&](Pt q) { return q.x == p.x && q.y == p.y; });
}

/// Every pipe vertex inside its district; manholes on boundaries exactly on a vertex of the district's ring.
void checkDistricts(const Network& net, const std::vector<std::vector<Pt>>& rings) {
  long long bad = 0;
  for (const Pipe& p : net.pipes) {
    const auto& ring = rings[static_cast<std::size_t>(p.district)];
    for (std::int32_t v : {p.from, p.to}) {
      const Node& n = net.nodes[static_cast<std::size_t>(v)];
      if (n.boundary ? !onRing(ring, n.p) : !insideRing(ring, n.p)) ++bad;
    }
    for (int q = 0; q < p.nmid; ++q)
      if (!insideRing(ring, p.mid[q])) ++bad;
  }
  if (bad) throw std::logic_error(std::to_string(bad) + " pipe vertices outside their district");
}

}  // namespace

void runSample(const std::filesystem::path& out, std::uint64_t seed) {
  const auto started = std::chrono::steady_clock::now();
  const CityPlan plan = samplePlan(seed);
  Rng rng(seed * 7919 + 1);
  Crossings crossings;
  Network net = buildBand(plan, 0, plan.ny - 1, rng, crossings);
  HydraulicsStats stats;
  solveHydraulics(net, rng, stats);
  const std::vector<std::vector<Pt>> rings = districtRings(plan, crossings);
  checkDistricts(net, rings);

  // numbering: delivery A first, then B; within a delivery by district, kind and position along the streets
  constexpr int kDeliveries = 2;
  const char* deliveryNames[kDeliveries] = {"delivery-a", "delivery-b"};
  auto deliveryOf = [&](int district) { return plan.districts[static_cast<std::size_t>(district)].delivery; };
  std::vector<std::vector<int>> nodeOrder(kDeliveries), pipeOrder(kDeliveries);
  for (int v = 0; v < static_cast<int>(net.nodes.size()); ++v)
    nodeOrder[static_cast<std::size_t>(deliveryOf(net.nodes[static_cast<std::size_t>(v)].district))].push_back(v);
  for (int p = 0; p < static_cast<int>(net.pipes.size()); ++p)
    pipeOrder[static_cast<std::size_t>(deliveryOf(net.pipes[static_cast<std::size_t>(p)].district))].push_back(p);
  for (auto& order : nodeOrder)
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      const Node& na = net.nodes[static_cast<std::size_t>(a)];
      const Node& nb = net.nodes[static_cast<std::size_t>(b)];
      return std::pair(na.district, kindIndex(na.kind)) < std::pair(nb.district, kindIndex(nb.kind));
    });
  for (auto& order : pipeOrder)
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      const Pipe& pa = net.pipes[static_cast<std::size_t>(a)];
      const Pipe& pb = net.pipes[static_cast<std::size_t>(b)];
      return std::pair(pa.district, kindIndex(pa.kind)) < std::pair(pb.district, kindIndex(pb.kind));
    });
  std::array<int, kKinds> nodeCount{}, pipeCount{};
  for (const auto& order : nodeOrder)
    for (int v : order) {
      Node& n = net.nodes[static_cast<std::size_t>(v)];
      n.number = ++nodeCount[static_cast<std::size_t>(kindIndex(n.kind))];
    }
  for (const auto& order : pipeOrder)
    for (int p : order) {
      Pipe& pp = net.pipes[static_cast<std::size_t>(p)];
      pp.number = ++pipeCount[static_cast<std::size_t>(kindIndex(pp.kind))];
      for (std::int32_t v : {pp.from, pp.to})
        if (deliveryOf(net.nodes[static_cast<std::size_t>(v)].district) != deliveryOf(pp.district))
          throw std::logic_error("a pipe references a manhole of the other delivery");
    }

  // faults (documented in sampledata/README.md)
  constexpr int kDigits = 4;
  SampleFaults faults =
      injectSampleFaults(net, pipeOrder, rings, nodeCount, {deliveryNames[0], deliveryNames[1]}, kDigits, seed);

  // write
  Manifest manifest("sample", seed, plan);
  {
    ShapefileWriter w(out / "districts" / "districts.shp", wkbMultiPolygon, 4549, 0.0,
                      {{"QXMC", OFTString, 20}, {"QXDM", OFTString, 6}}, {"936", 0x4D});
    for (std::size_t d = 0; d < plan.districts.size(); ++d) {
      w.setString(0, plan.districts[d].name);
      w.setString(1, plan.districts[d].code);
      w.setPolygon(rings[d]);
      w.write();
    }
    w.finish();
    manifest.setDistrictsFile("districts/districts.shp", 4549, "936", 0x4D);
  }
  const DeliveryFormat formats[kDeliveries] = {{ValueStyle::Names, 4528, true, {"936", 0x4D}, kDigits},
                                               {ValueStyle::Codes, 4549, false, {"GBK", 0}, kDigits}};
  for (int d = 0; d < kDeliveries; ++d) {
    std::filesystem::create_directories(out / deliveryNames[d]);
    DeliveryWriter w(out / deliveryNames[d], formats[d], plan);
    DeliveryRecord rec;
    rec.name = deliveryNames[d];
    rec.path = deliveryNames[d];
    rec.epsg = formats[d].epsg;
    rec.prj = formats[d].prj;
    rec.cpg = formats[d].encoding.cpg;
    rec.ldid = formats[d].encoding.ldid;
    rec.style = formats[d].style == ValueStyle::Names ? "names" : "codes";
    for (int k = 0; k < static_cast<int>(plan.districts.size()); ++k)
      if (plan.districts[static_cast<std::size_t>(k)].delivery == d) rec.districts.push_back(k);
    for (int v : nodeOrder[static_cast<std::size_t>(d)]) {
      w.writeManhole(net.nodes[static_cast<std::size_t>(v)]);
      ++rec.manholes;
    }
    for (int p : pipeOrder[static_cast<std::size_t>(d)]) {
      const Pipe& pp = net.pipes[static_cast<std::size_t>(p)];
      auto it = faults.byPipe.find(p);
      const PipeOverride* fault = it == faults.byPipe.end() ? nullptr : &it->second;
      double length = 0;
      w.writePipe(net, pp, fault, length);
      const WrittenType type =
          (fault && fault->pslx == "不明") ? WrittenType::Unknown : static_cast<WrittenType>(kindIndex(pp.kind));
      manifest.addPipe(pp.district, type, length);
      for (std::size_t r = 0; r < faults.records.size(); ++r) {
        if (faults.recordPipe[r] != p) continue;
        static const char* typeKeys[] = {"rain", "sewage", "combined", "unknown"};
        faults.records[r]["district"] = plan.districts[static_cast<std::size_t>(pp.district)].name;
        faults.records[r]["type"] = typeKeys[static_cast<int>(type)];
        faults.records[r]["length_m"] = round3(length);
      }
      ++rec.pipes;
    }
    w.finish();
    manifest.addDelivery(rec);
  }
  for (const json& f : faults.records) manifest.addFault(f);
  manifest.write(out / "manifest.json");
  writeCommunities(plan, out);  // after everything else, and without random numbers: the files above stay as they were

  std::cout << "sample city written to " << out.string() << '\n';
  printStats(stats, std::cout);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "  " << net.pipes.size() << " pipes, " << net.nodes.size() << " manholes in " << secs << " s\n";
}

void runBench(const std::filesystem::path& out, long long pipes, std::uint64_t seed) {
  const auto started = std::chrono::steady_clock::now();
  const CityPlan plan = benchPlan(seed, pipes);
  int digits = 4;
  for (long long n = pipes; n >= 10000; n /= 10) ++digits;
  const DeliveryFormat format{ValueStyle::Names, 4528, true, {"936", 0x4D}, digits};
  std::filesystem::create_directories(out);
  Manifest manifest("bench", seed, plan);
  DeliveryRecord rec;
  rec.name = "bench";
  rec.path = ".";
  rec.epsg = format.epsg;
  rec.prj = true;
  rec.cpg = format.encoding.cpg;
  rec.ldid = format.encoding.ldid;
  rec.style = "names";
  for (int k = 0; k < static_cast<int>(plan.districts.size()); ++k) rec.districts.push_back(k);

  Rng rng(seed * 7919 + 1);
  Crossings crossings;
  HydraulicsStats stats;
  std::array<int, kKinds> nodeCount{}, pipeCount{};
  {
    DeliveryWriter w(out, format, plan);
    for (const auto& [j0, j1] : plan.bands()) {
      Network net = buildBand(plan, j0, j1, rng, crossings);
      solveHydraulics(net, rng, stats);
      for (Node& n : net.nodes) {
        n.number = ++nodeCount[static_cast<std::size_t>(kindIndex(n.kind))];
        w.writeManhole(n);
        ++rec.manholes;
      }
      for (Pipe& p : net.pipes) {
        p.number = ++pipeCount[static_cast<std::size_t>(kindIndex(p.kind))];
        double length = 0;
        w.writePipe(net, p, nullptr, length);
        manifest.addPipe(p.district, static_cast<WrittenType>(kindIndex(p.kind)), length);
        ++rec.pipes;
      }
    }
    w.finish();
  }
  {
    const std::vector<std::vector<Pt>> rings = districtRings(plan, crossings);
    ShapefileWriter w(out / "districts.shp", wkbMultiPolygon, 4528, 40000000.0,
                      {{"QXMC", OFTString, 20}, {"QXDM", OFTString, 6}}, {"936", 0x4D});
    for (std::size_t d = 0; d < plan.districts.size(); ++d) {
      w.setString(0, plan.districts[d].name);
      w.setString(1, plan.districts[d].code);
      w.setPolygon(rings[d]);
      w.write();
    }
    w.finish();
    manifest.setDistrictsFile("districts.shp", 4528, "936", 0x4D);
  }
  manifest.addDelivery(rec);
  manifest.write(out / "manifest.json");
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "bench delivery written to " << out.string() << ": " << plan.nx << " x " << plan.ny << " streets, "
            << plan.districts.size() << " districts\n";
  printStats(stats, std::cout);
  std::cout << "  " << rec.pipes << " pipes, " << rec.manholes << " manholes in " << secs << " s\n";
}

}  // namespace pwgen
