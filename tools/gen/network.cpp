#include "network.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace pwgen {

namespace {

constexpr Kind kAllKinds[] = {Kind::Rain, Kind::Sewage, Kind::Combined};

class BandBuilder {
public:
  BandBuilder(const CityPlan& plan, int j0, int j1, Rng& rng, Crossings& crossings)
      : m_plan(plan),
        m_j0(j0),
        m_j1(j1),
        m_rng(rng),
        m_crossings(crossings),
        m_junction(static_cast<std::size_t>((j1 - j0 + 1) * plan.nx * kKinds), -1) {}

  Network build() {
    for (int j = m_j0; j <= m_j1; ++j) {
      for (int i = 0; i + 1 < m_plan.nx; ++i)
        if (!m_plan.canalAfterCol[static_cast<std::size_t>(i)]) edge(i, j, i + 1, j);
      if (j < m_j1)
        for (int i = 0; i < m_plan.nx; ++i) edge(i, j, i, j + 1);
    }
    markSinks();
    return std::move(m_net);
  }

private:
  int junctionNode(int i, int j, Kind k) {
    int& slot = m_junction[static_cast<std::size_t>(((j - m_j0) * m_plan.nx + i) * kKinds + kindIndex(k))];
    if (slot < 0) {
      slot = newNode(roundMm(m_plan.junction(i, j, k)), k, m_plan.district(i, j), m_plan.roadOfEW(i, j));
      m_net.nodes[static_cast<std::size_t>(slot)].junction = true;
    }
    return slot;
  }

  int newNode(Pt p, Kind k, int district, int road) {
    Node n;
    n.p = p;
    n.kind = k;
    n.district = district;
    n.road = road;
    n.groundMm = static_cast<std::int32_t>(std::lround(m_plan.ground(p) * 1000.0));
    m_net.nodes.push_back(n);
    return static_cast<int>(m_net.nodes.size() - 1);
  }

  /// The pipe line of kind k along street `st` from junction a to junction b (a west / south of b), with a vertex
  /// at every bend of the street in between.
  static std::vector<Pt> streetLine(const Street& st, Kind k, Pt a, Pt b) {
    std::vector<Pt> pts{a};
    const double off = st.offset[kindIndex(k)];
    const double sa = st.eastWest ? a.x : a.y, sb = st.eastWest ? b.x : b.y;
    for (std::size_t q = 0; q < st.line.s.size(); ++q) {
      const double s = st.line.s[q];
      if (s <= sa + 1.0 || s >= sb - 1.0) continue;
      const double v = st.line.v[q] + off;
      pts.push_back(roundMm(st.eastWest ? Pt{s, v} : Pt{v, s}));
    }
    pts.push_back(b);
    return pts;
  }

  void edge(int ia, int ja, int ib, int jb) {
    const bool eastWest = (ja == jb);
    const Street& st = eastWest ? m_plan.ew[static_cast<std::size_t>(ja)] : m_plan.ns[static_cast<std::size_t>(ia)];
    const int da = m_plan.district(ia, ja), db = m_plan.district(ib, jb);
    const int road = eastWest ? m_plan.roadOfEW(ia, ja) : m_plan.roadOfNS(ia, ja);
    for (Kind k : kAllKinds) {
      const bool onA = m_plan.hasKind(ia, ja, k), onB = m_plan.hasKind(ib, jb, k);
      if (!onA && !onB) continue;
      const Pt a = roundMm(m_plan.junction(ia, ja, k)), b = roundMm(m_plan.junction(ib, jb, k));
      std::vector<Pt> line = streetLine(st, k, a, b);
      if (da == db) {
        run(line, junctionNode(ia, ja, k), junctionNode(ib, jb, k), k, da, road, st.trunk);
        continue;
      }
      // the district boundary crosses this street in the middle of the block
      std::int64_t key = 0;
      Pt c1, c2;
      if (eastWest) {
        key = Crossings::vertical(ib, ja);
        c1 = m_plan.corner(ib, ja);
        c2 = m_plan.corner(ib, ja + 1);
      } else {
        key = Crossings::horizontal(ia, jb);
        c1 = m_plan.corner(ia, jb);
        c2 = m_plan.corner(ia + 1, jb);
      }
      std::size_t seg = line.size();
      Pt x;
      for (std::size_t q = 0; q + 1 < line.size(); ++q) {
        double t = 0, u = 0;
        if (segmentIntersection(line[q], line[q + 1], c1, c2, t, u) && t >= 0 && t <= 1 && u >= 0 && u <= 1) {
          seg = q;
          x = roundMm(line[q] + (line[q + 1] - line[q]) * t);
          break;
        }
      }
      if (seg == line.size())
        throw std::logic_error("pipe line misses the district boundary at street edge (" + std::to_string(ia) + "," +
                               std::to_string(ja) + ")-(" + std::to_string(ib) + "," + std::to_string(jb) + ")");
      m_crossings.byEdge[key].push_back(x);
      std::vector<Pt> left(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(seg) + 1);
      std::vector<Pt> right(line.begin() + static_cast<std::ptrdiff_t>(seg) + 1, line.end());
      while (left.size() > 1 && dist(left.back(), x) < 1.0) left.pop_back();
      while (right.size() > 1 && dist(right.front(), x) < 1.0) right.erase(right.begin());
      left.push_back(x);
      right.insert(right.begin(), x);
      const int nodeX = newNode(x, k, onA ? da : db, road);
      m_net.nodes[static_cast<std::size_t>(nodeX)].boundary = true;
      if (onA) run(left, junctionNode(ia, ja, k), nodeX, k, da, road, st.trunk);
      if (onB) run(right, nodeX, junctionNode(ib, jb, k), k, db, road, st.trunk);
    }
  }

  /// Splits a pipe line between two manholes into segments of 30-50 m with a manhole at each end.
  void run(const std::vector<Pt>& line, int nodeA, int nodeB, Kind k, int district, int road, bool trunk) {
    const DistrictDef& dd = m_plan.districts[static_cast<std::size_t>(district)];
    const auto year = static_cast<std::int16_t>(m_rng.range(dd.yearFrom, dd.yearTo));
    const auto month = static_cast<std::int8_t>(m_rng.range(1, 12));
    const auto materialDraw = static_cast<float>(m_rng.unit());

    const double total = polylineLength(line);
    int n = 1;
    if (total >= 30) {
      const int nmin = std::max(1, static_cast<int>(std::ceil(total / 50.0)));
      const int nmax = std::max(1, static_cast<int>(std::floor(total / 30.0)));
      n = static_cast<int>(std::lround(total / m_rng.uniform(34.0, 42.0)));
      n = nmin <= nmax ? std::clamp(n, nmin, nmax) : std::max(1, static_cast<int>(std::lround(total / 40.0)));
    }
    std::vector<double> pieces(static_cast<std::size_t>(n));
    double sum = 0;
    for (double& p : pieces) sum += (p = m_rng.uniform(0.8, 1.2));
    bool ok = true;
    for (double& p : pieces) {
      p *= total / sum;
      if (p < 30 || p > 50) ok = false;
    }
    if (!ok)
      for (double& p : pieces) p = total / n;

    // walk the line: a manhole at each cumulative piece length, bends kept as interior vertices
    int from = nodeA;
    std::vector<Pt> mids;
    double along = 0, target = pieces[0];
    int done = 0;
    for (std::size_t q = 0; q + 1 < line.size(); ++q) {
      const double segLen = dist(line[q], line[q + 1]);
      if (q > 0) mids.push_back(line[q]);
      while (done + 1 < n && target <= along + segLen) {
        const Pt p = roundMm(line[q] + (line[q + 1] - line[q]) * ((target - along) / segLen));
        const int to = newNode(p, k, district, road);
        addPipe(from, to, mids, k, district, road, trunk, year, month, materialDraw);
        from = to;
        mids.clear();
        ++done;
        target += pieces[static_cast<std::size_t>(done)];
      }
      along += segLen;
    }
    addPipe(from, nodeB, mids, k, district, road, trunk, year, month, materialDraw);
  }

  void addPipe(int from, int to, const std::vector<Pt>& mids, Kind k, int district, int road, bool trunk,
               std::int16_t year, std::int8_t month, float materialDraw) {
    Pipe p;
    p.from = from;
    p.to = to;
    p.kind = k;
    p.district = district;
    p.road = road;
    p.trunk = trunk;
    p.year = year;
    p.month = month;
    p.materialDraw = materialDraw;
    p.slopeDraw = static_cast<float>(m_rng.unit());
    const Pt a = m_net.nodes[static_cast<std::size_t>(from)].p, b = m_net.nodes[static_cast<std::size_t>(to)].p;
    for (const Pt& m : mids) {
      if (dist(m, a) < 0.5 || dist(m, b) < 0.5) continue;
      if (p.nmid == 2) throw std::logic_error("more than two bends in one pipe segment");
      p.mid[p.nmid++] = m;
    }
    Pt prev = a;
    for (int q = 0; q < p.nmid; ++q) {
      p.length += dist(prev, p.mid[q]);
      prev = p.mid[q];
    }
    p.length += dist(prev, b);
    m_net.pipes.push_back(p);
  }

  void markSinks() {
    auto mark = [&](int i, int j, Kind k) {
      if (j < m_j0 || j > m_j1) return;
      const int slot = m_junction[static_cast<std::size_t>(((j - m_j0) * m_plan.nx + i) * kKinds + kindIndex(k))];
      if (slot >= 0) m_net.nodes[static_cast<std::size_t>(slot)].sink = true;
    };
    for (const Sink& s : m_plan.sinks) mark(s.i, s.j, s.kind);
    if (m_plan.genericSinks) {
      for (int j : {m_j0, m_j1}) {
        for (int i = 0; i < m_plan.nx; ++i) {
          if (i % 3 == 1) mark(i, j, Kind::Rain);
          if (i % 6 == 3) mark(i, j, Kind::Sewage);
          if (i % 3 == 1) mark(i, j, Kind::Combined);
        }
      }
    }
  }

  const CityPlan& m_plan;
  int m_j0, m_j1;
  Rng& m_rng;
  Crossings& m_crossings;
  std::vector<int> m_junction;
  Network m_net;
};

}  // namespace

Network buildBand(const CityPlan& plan, int j0, int j1, Rng& rng, Crossings& crossings) {
  return BandBuilder(plan, j0, j1, rng, crossings).build();
}

}  // namespace pwgen
