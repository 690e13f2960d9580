#include "faults.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "manifest.h"

namespace pwgen {

namespace {

using json = nlohmann::ordered_json;

const char* kindKey(Kind k) { return k == Kind::Rain ? "rain" : k == Kind::Sewage ? "sewage" : "combined"; }

class FaultPicker {
public:
  FaultPicker(const Network& net, const std::vector<std::vector<int>>& pipeOrder, Rng rng)
      : m_net(net), m_order(pipeOrder), m_rng(rng) {
    for (std::size_t d = 0; d < pipeOrder.size(); ++d)
      for (std::size_t k = 0; k < pipeOrder[d].size(); ++k) m_feature[pipeOrder[d][k]] = static_cast<long long>(k) + 1;
  }

  /// A random pipe of the delivery whose manholes are ordinary (no junction, boundary or outlet) and touch no
  /// other fault.
  int pick(int delivery, bool straight = false) {
    const auto& pipes = m_order[static_cast<std::size_t>(delivery)];
    for (int tries = 0; tries < 100000; ++tries) {
      const int p = pipes[static_cast<std::size_t>(m_rng.range(0, static_cast<int>(pipes.size()) - 1))];
      const Pipe& pp = m_net.pipes[static_cast<std::size_t>(p)];
      if (straight && pp.nmid) continue;
      if (!ordinary(pp.from) || !ordinary(pp.to)) continue;
      m_used.insert(pp.from);
      m_used.insert(pp.to);
      return p;
    }
    throw std::logic_error("no pipe left for a fault");
  }
  bool ordinary(int v) const {
    const Node& n = m_net.nodes[static_cast<std::size_t>(v)];
    return !n.junction && !n.boundary && !n.sink && !m_used.count(v);
  }
  void use(int v) { m_used.insert(v); }
  long long feature(int p) const { return m_feature.at(p); }
  Rng& rng() { return m_rng; }

private:
  const Network& m_net;
  const std::vector<std::vector<int>>& m_order;
  Rng m_rng;
  std::map<int, long long> m_feature;
  std::set<int> m_used;
};

}  // namespace

SampleFaults injectSampleFaults(const Network& net, const std::vector<std::vector<int>>& pipeOrder,
                                const std::vector<std::vector<Pt>>& rings,
                                const std::array<int, kKinds>& manholesPerKind,
                                const std::array<std::string, 2>& deliveryNames, int digits, std::uint64_t seed) {
  SampleFaults faults;
  FaultPicker picker(net, pipeOrder, Rng(seed ^ 0xFA0175ULL));
  auto base = [&](const char* kind, int delivery, int p) {
    const Pipe& pp = net.pipes[static_cast<std::size_t>(p)];
    return json{{"kind", kind},
                {"delivery", deliveryNames[static_cast<std::size_t>(delivery)]},
                {"pipe_id", pipeCode(pp.kind, pp.number, digits)},
                {"feature", picker.feature(p)}};
  };
  auto code = [&](std::int32_t v) {
    const Node& n = net.nodes[static_cast<std::size_t>(v)];
    return manholeCode(n.kind, n.number, digits);
  };
  auto reversedSlope = [&](int delivery) {
    const int p = picker.pick(delivery);
    const Pipe& pp = net.pipes[static_cast<std::size_t>(p)];
    const Node& a = net.nodes[static_cast<std::size_t>(pp.from)];
    const std::int32_t zdgc = a.invertMm + picker.rng().range(40, 180);
    faults.byPipe[p].toInvertMm = zdgc;
    json f = base("reversed_slope", delivery, p);
    f["qdbh"] = code(pp.from);
    f["zdbh"] = code(pp.to);
    f["qdgc"] = a.invertMm / 1000.0;
    f["zdgc"] = zdgc / 1000.0;
    f["report"] = "ZDGC is higher than QDGC: reversed (adverse) slope";
    faults.add(f, p);
  };
  // delivery A
  for (int k = 0; k < 3; ++k) reversedSlope(0);
  {
    const int p = picker.pick(0);
    const Pipe& pp = net.pipes[static_cast<std::size_t>(p)];
    const std::string missing =
        manholeCode(pp.kind, manholesPerKind[static_cast<std::size_t>(kindIndex(pp.kind))] + 1, digits);
    faults.byPipe[p].zdbh = missing;
    json f = base("dangling_pipe", 0, p);
    f["zdbh"] = missing;
    f["end_manhole"] = code(pp.to);
    f["report"] =
        "ZDBH " + missing + " names no manhole in manholes.shp (the pipe ends on manhole " + code(pp.to) + ")";
    faults.add(f, p);
  }
  {
    // the next pipe of the same kind gets this pipe's id
    const int p1 = picker.pick(0);
    const Pipe& a = net.pipes[static_cast<std::size_t>(p1)];
    int p2 = -1;
    for (int step = 2; step < 100 && p2 < 0; ++step)
      for (int q : pipeOrder[0]) {
        const Pipe& b = net.pipes[static_cast<std::size_t>(q)];
        if (b.kind == a.kind && b.number == a.number + step && picker.ordinary(b.from) && picker.ordinary(b.to)) p2 = q;
      }
    if (p2 < 0) throw std::logic_error("no pipe to duplicate an id on");
    const Pipe& b = net.pipes[static_cast<std::size_t>(p2)];
    picker.use(b.from);
    picker.use(b.to);
    faults.byPipe[p2].gxbh = pipeCode(a.kind, a.number, digits);
    json f = base("duplicate_pipe_id", 0, p1);
    f["feature"] = picker.feature(p2);
    f["features"] = {picker.feature(p1), picker.feature(p2)};
    f["replaced_id"] = pipeCode(b.kind, b.number, digits);
    f["report"] = "GXBH " + pipeCode(a.kind, a.number, digits) + " is used by two different pipes (features " +
                  std::to_string(picker.feature(p1)) + " and " + std::to_string(picker.feature(p2)) + ")";
    faults.add(f, p2);
  }
  {
    const int p = picker.pick(0);
    const Pipe& pp = net.pipes[static_cast<std::size_t>(p)];
    faults.byPipe[p].pslx = "不明";
    json f = base("unknown_type", 0, p);
    f["pslx"] = "不明";
    f["actual_type"] = kindKey(pp.kind);
    f["report"] = "PSLX 不明 names no drainage type";
    faults.add(f, p);
  }
  // delivery B
  for (int k = 0; k < 2; ++k) reversedSlope(1);
  {
    int p = -1;
    Pt moved;
    double gap = 0;
    for (int tries = 0; tries < 1000 && p < 0; ++tries) {
      const int c = picker.pick(1, true);
      const Pipe& pp = net.pipes[static_cast<std::size_t>(c)];
      const Pt a = net.nodes[static_cast<std::size_t>(pp.from)].p, b = net.nodes[static_cast<std::size_t>(pp.to)].p;
      const Pt dir = (b - a) * (1.0 / dist(a, b));
      const Pt normal{-dir.y, dir.x};
      for (double side : {1.0, -1.0}) {
        const Pt cand = roundMm(b + normal * (12.0 * side));
        if (!insideRing(rings[static_cast<std::size_t>(pp.district)], cand)) continue;
        double nearest = 1e18;
        for (const Node& n : net.nodes) nearest = std::min(nearest, dist(n.p, cand));
        if (nearest > gap) {
          gap = nearest;
          moved = cand;
        }
      }
      if (gap >= 8.0)
        p = c;
      else
        gap = 0;
    }
    if (p < 0) throw std::logic_error("no place for the 12 m end fault");
    const Pipe& pp = net.pipes[static_cast<std::size_t>(p)];
    faults.byPipe[p].endPoint = moved;
    const double d = round3(dist(moved, net.nodes[static_cast<std::size_t>(pp.to)].p));
    json f = base("end_off_manhole", 1, p);
    f["end"] = "ZDBH";
    f["manhole"] = code(pp.to);
    f["distance_m"] = d;
    f["report"] = "the pipe's end lies " + std::to_string(d).substr(0, 6) + " m from its manhole " + code(pp.to);
    faults.add(f, p);
  }
  for (int k = 0; k < 2; ++k) {
    const int p = picker.pick(1);
    faults.byPipe[p].emptyDiameter = true;
    json f = base("empty_diameter", 1, p);
    f["field"] = "GJ";
    f["report"] = "GJ is empty: diameter unknown";
    faults.add(f, p);
  }

  return faults;
}

}  // namespace pwgen
