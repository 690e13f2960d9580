#include "plan.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "names.h"
#include "rng.h"

namespace pwgen {

namespace {

double round1(double v) { return std::round(v * 10.0) / 10.0; }

/// A street centre line: the base position, a slight tilt, and knots every few hundred metres jittered by up to
/// 5 m; some knots get a second one 22 m on (a gentle curve drawn as two bends).
PwLinear makeLine(Rng& rng, double base, double from, double to, double tilt) {
  PwLinear f;
  const double mid = (from + to) / 2;
  auto straight = [&](double s) { return base + tilt * (s - mid); };
  f.s.push_back(from - 2000);
  f.v.push_back(straight(from - 2000));
  double s = from + rng.uniform(80, 500);
  while (s < to - 50) {
    const double v = straight(s) + rng.uniform(-5.0, 5.0);
    f.s.push_back(round1(s));
    f.v.push_back(v);
    if (rng.chance(0.35)) {
      f.s.push_back(round1(s) + 22.0);
      f.v.push_back(v + tilt * 22.0 + rng.uniform(-0.9, 0.9));
    }
    s += rng.uniform(260, 900);
  }
  f.s.push_back(to + 2000);
  f.v.push_back(straight(to + 2000));
  return f;
}

void setOffsets(Street& st, Rng& rng) {
  st.offset[kindIndex(Kind::Rain)] = round1(rng.uniform(3.0, 5.0));
  st.offset[kindIndex(Kind::Sewage)] = -round1(rng.uniform(3.0, 5.0));
  st.offset[kindIndex(Kind::Combined)] = 0.0;
}

/// Streets at the given base positions (N-S at xs, E-W at ys).
void makeStreets(CityPlan& plan, Rng& rng, const std::vector<double>& xs, const std::vector<double>& ys) {
  const double xmin = xs.front() - 150, xmax = xs.back() + 150;
  const double ymin = ys.front() - 150, ymax = ys.back() + 150;
  const double tiltEW = 12.0 / std::max(500.0, (xmax - xmin) / 2);
  const double tiltNS = 12.0 / std::max(500.0, (ymax - ymin) / 2);
  plan.ew.clear();
  plan.ns.clear();
  for (double y : ys) {
    Street st;
    st.eastWest = true;
    st.line = makeLine(rng, y, xmin, xmax, rng.uniform(-tiltEW, tiltEW));
    setOffsets(st, rng);
    plan.ew.push_back(std::move(st));
  }
  for (double x : xs) {
    Street st;
    st.eastWest = false;
    st.line = makeLine(rng, x, ymin, ymax, rng.uniform(-tiltNS, tiltNS));
    setOffsets(st, rng);
    plan.ns.push_back(std::move(st));
  }
}

std::vector<double> positions(Rng& rng, double start, int n, double lo, double hi) {
  std::vector<double> out(static_cast<std::size_t>(n));
  double p = start;
  for (int k = 0; k < n; ++k) {
    if (k > 0) p += round1(rng.uniform(lo, hi));
    out[static_cast<std::size_t>(k)] = p;
  }
  return out;
}

/// Resolves pinch points (a district meeting itself only diagonally), which would make its polygon invalid.
void removePinches(CityPlan& plan) {
  for (int pass = 0; pass < 100; ++pass) {
    bool changed = false;
    for (int j = 0; j + 1 < plan.ny; ++j) {
      for (int i = 0; i + 1 < plan.nx; ++i) {
        const auto at = [&](int a, int b) -> int& {
          return plan
              .cell[static_cast<std::size_t>(b) * static_cast<std::size_t>(plan.nx) + static_cast<std::size_t>(a)];
        };
        const int a = at(i, j), b = at(i + 1, j), c = at(i, j + 1), d = at(i + 1, j + 1);
        if (a == d && b != a && c != a) {
          at(i + 1, j) = a;
          changed = true;
        } else if (b == c && a != b && d != b) {
          at(i, j) = b;
          changed = true;
        }
      }
    }
    if (!changed) return;
  }
  throw std::runtime_error("district layout: pinch points remain");
}

}  // namespace

Pt CityPlan::junction(int i, int j, Kind k) const {
  const Street& e = ew[static_cast<std::size_t>(j)];
  const Street& n = ns[static_cast<std::size_t>(i)];
  const double oe = e.offset[kindIndex(k)], on = n.offset[kindIndex(k)];
  // y = e(x) + oe and x = n(y) + on: a contraction (both slopes are a few per cent), so fixed-point iteration
  double x = n.line(e.line.v[e.line.v.size() / 2]) + on;
  for (int it = 0; it < 100; ++it) {
    const double next = n.line(e.line(x) + oe) + on;
    const bool done = std::abs(next - x) < 1e-10;
    x = next;
    if (done) break;
  }
  return {x, e.line(x) + oe};
}

Pt CityPlan::centre(int i, int j) const {
  const int ci = std::clamp(i, 0, nx - 1), cj = std::clamp(j, 0, ny - 1);
  Pt p = junction(ci, cj, Kind::Combined);  // the combined line runs on the centre line
  if (i < 0) p = p + (junction(0, cj, Kind::Combined) - junction(1, cj, Kind::Combined)) * 0.5;
  if (i >= nx) p = p + (junction(nx - 1, cj, Kind::Combined) - junction(nx - 2, cj, Kind::Combined)) * 0.5;
  if (j < 0) p = p + (junction(ci, 0, Kind::Combined) - junction(ci, 1, Kind::Combined)) * 0.5;
  if (j >= ny) p = p + (junction(ci, ny - 1, Kind::Combined) - junction(ci, ny - 2, Kind::Combined)) * 0.5;
  return p;
}

Pt CityPlan::corner(int a, int b) const {
  const Pt s = centre(a - 1, b - 1) + centre(a, b - 1) + centre(a - 1, b) + centre(a, b);
  return roundMm(s * 0.25);
}

double CityPlan::ground(Pt p) const {
  double t = 0;
  if (groundModel == GroundModel::RiverSouth) {
    t = std::clamp((p.y - ySouth) / (yNorth - ySouth), 0.0, 1.0);
  } else {
    auto it = std::upper_bound(bandEdgesY.begin(), bandEdgesY.end(), p.y);
    std::size_t k = static_cast<std::size_t>(it - bandEdgesY.begin());
    k = std::clamp<std::size_t>(k, 1, bandEdgesY.size() - 1);
    const double lo = bandEdgesY[k - 1], hi = bandEdgesY[k];
    const double u = std::clamp((p.y - lo) / (hi - lo), 0.0, 1.0);
    t = 1.0 - std::abs(2.0 * u - 1.0);
  }
  double g = 5.35 + 6.2 * t + 0.25 * std::sin(p.x / 260.0 + 0.7) * std::sin(p.y / 210.0 + 1.3);
  const double dc = (p.x - xCanal) / 230.0;
  g -= 0.45 * std::exp(-dc * dc);
  return std::clamp(g, 5.0, 12.0);
}

std::vector<std::pair<int, int>> CityPlan::bands() const {
  std::vector<std::pair<int, int>> out;
  int start = 0;
  for (int j = 0; j + 1 < ny; ++j) {
    if (canalAfterRow[static_cast<std::size_t>(j)]) {
      out.emplace_back(start, j);
      start = j + 1;
    }
  }
  out.emplace_back(start, ny - 1);
  return out;
}

CityPlan samplePlan(std::uint64_t seed) {
  Rng rng(seed);
  CityPlan plan;
  plan.nx = 14;
  plan.ny = 11;
  // district, delivery (0 = A, 1 = B), combined, build years
  struct Def {
    bool combined;
    int delivery, from, to;
  };
  const Def defs[] = {{true, 0, 1985, 2002},    // 老城区
                      {false, 0, 2003, 2023},   // 高新区
                      {false, 0, 1995, 2012},   // 城北区
                      {false, 1, 2008, 2023},   // 滨江区
                      {false, 1, 2006, 2021}};  // 开发区
  for (int d = 0; d < 5; ++d) {
    DistrictDef dd;
    dd.name = districtName(d);
    dd.code = districtCode(d);
    dd.combined = defs[d].combined;
    dd.delivery = defs[d].delivery;
    dd.yearFrom = defs[d].from;
    dd.yearTo = defs[d].to;
    dd.localOwner = dd.name + "城建局";
    plan.districts.push_back(dd);
  }
  // The district of each intersection, north row first. O 老城区, G 高新区, N 城北区, B 滨江区, K 开发区.
  // The canal runs between columns 8 and 9: west of it delivery A, east of it delivery B.
  const char* map[] = {"GGGNNNNNNKKKKK",   // row 10
                       "GGGNNNNNNKKKKK",   //
                       "GGGGNNNNNKKKKK",   //
                       "GGGGNNNNNKKKKK",   //
                       "GGGGGNNNNKKKKK",   // row 6
                       "GGGGOOONNKKKKK",   //
                       "GGGGOOOONKKKBB",   // row 4
                       "GGGOOOOOOBKKBB",   //
                       "GGGOOOOOOBBBBB",   //
                       "GGGGOOOOOBBBBB",   //
                       "GGGGOOOOOBBBBB"};  // row 0
  const std::map<char, int> letter = {{'O', 0}, {'G', 1}, {'N', 2}, {'B', 3}, {'K', 4}};
  plan.cell.resize(static_cast<std::size_t>(plan.nx * plan.ny));
  for (int j = 0; j < plan.ny; ++j)
    for (int i = 0; i < plan.nx; ++i)
      plan.cell[static_cast<std::size_t>(j * plan.nx + i)] = letter.at(map[plan.ny - 1 - j][i]);
  plan.canalAfterCol.assign(static_cast<std::size_t>(plan.nx - 1), 0);
  plan.canalAfterCol[8] = 1;
  plan.canalAfterRow.assign(static_cast<std::size_t>(plan.ny - 1), 0);

  // streets: the city centre near 120.21E 30.30N (EPSG:4549 easting 519 200, northing 3 353 400)
  std::vector<double> xs = positions(rng, 517600.0, plan.nx, 215, 265);
  const double canalWiden = 60.0;  // the block with the canal is wider
  for (int i = 9; i < plan.nx; ++i) xs[static_cast<std::size_t>(i)] += canalWiden;
  const std::vector<double> ys = positions(rng, 3352250.0, plan.ny, 195, 240);
  makeStreets(plan, rng, xs, ys);
  plan.ySouth = ys.front() - 70;
  plan.yNorth = ys.back() + 70;
  plan.xCanal = (xs[8] + xs[9]) / 2;
  plan.groundModel = GroundModel::RiverSouth;

  // road names: E-W streets have 西/东 sections either side of the canal; two long N-S streets 南/北 sections
  const auto& stems = roadStems();
  auto stem = [&](const char* s) -> RoadStem {
    for (const auto& r : stems)
      if (std::string(r.stem) == s) return r;
    throw std::logic_error(std::string("unknown road stem ") + s);
  };
  auto roadId = [&](const std::string& name) {
    auto it = std::find(plan.roads.begin(), plan.roads.end(), name);
    if (it != plan.roads.end()) return static_cast<int>(it - plan.roads.begin());
    plan.roads.push_back(name);
    return static_cast<int>(plan.roads.size() - 1);
  };
  const char* ewStems[] = {"滨江", "解放", "人民", "新华", "和平", "胜利", "东风", "朝阳", "青年", "长江", "黄河"};
  for (int j = 0; j < plan.ny; ++j) {
    Street& st = plan.ew[static_cast<std::size_t>(j)];
    const RoadStem rs = stem(ewStems[j]);
    for (int i = 0; i < plan.nx; ++i) st.road.push_back(roadId(roadName(rs, i <= 8 ? "西" : "东")));
    st.trunk = (j == 0);
  }
  const RoadStem nsStems[] = {{"环城西", "路"}, stem("学府"), stem("科技"), stem("文化"),     stem("建设"),
                              stem("中山"),     stem("延安"), stem("光明"), {"运河西", "路"}, {"运河东", "路"},
                              stem("工业"),     stem("创业"), stem("振兴"), stem("迎宾")};
  for (int i = 0; i < plan.nx; ++i) {
    Street& st = plan.ns[static_cast<std::size_t>(i)];
    const bool sections = (i == 4 || i == 5);
    for (int j = 0; j < plan.ny; ++j)
      st.road.push_back(roadId(sections ? roadName(nsStems[i], j <= 5 ? "南" : "北") : roadName(nsStems[i])));
    st.trunk = (i == 2 || i == 5 || i == 10 || i == 13);
  }

  // outlets: rain outfalls on the river (row 0) and the canal banks (columns 8, 9); sewage pump stations;
  // the old town's combined sewers reach the riverside interceptor at two points
  const Sink sinks[] = {{1, 0, Kind::Rain},   {3, 0, Kind::Rain},     {10, 0, Kind::Rain},   {12, 0, Kind::Rain},
                        {8, 5, Kind::Rain},   {8, 8, Kind::Rain},     {9, 1, Kind::Rain},    {9, 5, Kind::Rain},
                        {9, 8, Kind::Rain},   {2, 0, Kind::Sewage},   {8, 4, Kind::Sewage},  {11, 0, Kind::Sewage},
                        {9, 6, Kind::Sewage}, {5, 0, Kind::Combined}, {7, 0, Kind::Combined}};
  plan.sinks.assign(std::begin(sinks), std::end(sinks));
  removePinches(plan);
  return plan;
}

CityPlan benchPlan(std::uint64_t seed, long long pipes) {
  Rng rng(seed);
  CityPlan plan;
  // pipes ~ 21.3 n^2 - 31.4 n on an n x n grid (fitted on generated networks: the edge rows carry fewer pipes)
  const double side = (31.4 + std::sqrt(31.4 * 31.4 + 4 * 21.3 * static_cast<double>(pipes))) / (2 * 21.3);
  plan.nx = std::max(8, static_cast<int>(std::lround(side)));
  plan.ny = plan.nx;
  const int nd = static_cast<int>(pipes / 200000 + 5);

  for (int d = 0; d < nd; ++d) {
    DistrictDef dd;
    dd.name = districtName(d);
    dd.code = districtCode(d);
    dd.combined = (d == 0);
    dd.delivery = 0;
    if (dd.combined) {
      dd.yearFrom = 1985;
      dd.yearTo = 2002;
    } else {
      dd.yearFrom = 1985 + rng.range(0, 20);
      dd.yearTo = std::min(2023, dd.yearFrom + rng.range(10, 25));
    }
    dd.localOwner = dd.name + "城建局";
    plan.districts.push_back(dd);
  }

  // districts: rows of rectangles with jagged edges, the old town (district 0) in the south-west
  const int rowsD = std::max(1, static_cast<int>(std::lround(std::sqrt(nd * static_cast<double>(plan.ny) / plan.nx))));
  auto jagWalk = [&](int n) {
    std::vector<int> jag(static_cast<std::size_t>(n));
    int v = 0;
    for (int k = 0; k < n; ++k) {
      if (rng.chance(0.3)) v = std::clamp(v + (rng.chance(0.5) ? 1 : -1), -2, 2);
      jag[static_cast<std::size_t>(k)] = v;
    }
    return jag;
  };
  std::vector<std::vector<int>> rowJag;  // per horizontal boundary r (1..rowsD-1), per column
  for (int r = 0; r < rowsD; ++r) rowJag.push_back(jagWalk(plan.nx));
  std::vector<int> firstOfRow(static_cast<std::size_t>(rowsD) + 1, 0), countOfRow(static_cast<std::size_t>(rowsD));
  for (int r = 0; r < rowsD; ++r) {
    countOfRow[static_cast<std::size_t>(r)] = nd / rowsD + (r < nd % rowsD ? 1 : 0);
    firstOfRow[static_cast<std::size_t>(r) + 1] =
        firstOfRow[static_cast<std::size_t>(r)] + countOfRow[static_cast<std::size_t>(r)];
  }
  std::vector<std::vector<std::vector<int>>> colJag(static_cast<std::size_t>(rowsD));
  for (int r = 0; r < rowsD; ++r)
    for (int c = 0; c < countOfRow[static_cast<std::size_t>(r)]; ++c)
      colJag[static_cast<std::size_t>(r)].push_back(jagWalk(plan.ny));
  plan.cell.resize(static_cast<std::size_t>(plan.nx) * static_cast<std::size_t>(plan.ny));
  for (int j = 0; j < plan.ny; ++j) {
    for (int i = 0; i < plan.nx; ++i) {
      int r = 0;
      for (int k = 1; k < rowsD; ++k)
        if (j >= plan.ny * k / rowsD + rowJag[static_cast<std::size_t>(k)][static_cast<std::size_t>(i)]) r = k;
      const int cnt = countOfRow[static_cast<std::size_t>(r)];
      int c = 0;
      for (int k = 1; k < cnt; ++k)
        if (i >= plan.nx * k / cnt +
                     colJag[static_cast<std::size_t>(r)][static_cast<std::size_t>(k)][static_cast<std::size_t>(j)])
          c = k;
      plan.cell[static_cast<std::size_t>(j) * static_cast<std::size_t>(plan.nx) + static_cast<std::size_t>(i)] =
          firstOfRow[static_cast<std::size_t>(r)] + c;
    }
  }
  removePinches(plan);

  plan.canalAfterCol.assign(static_cast<std::size_t>(plan.nx - 1), 0);
  plan.canalAfterRow.assign(static_cast<std::size_t>(plan.ny - 1), 0);
  constexpr int kBandRows = 12;
  for (int j = kBandRows - 1; j + 1 < plan.ny; j += kBandRows) plan.canalAfterRow[static_cast<std::size_t>(j)] = 1;

  const std::vector<double> xs = positions(rng, 517650.0, plan.nx, 205, 255);
  const std::vector<double> ys = positions(rng, 3352300.0, plan.ny, 185, 230);
  makeStreets(plan, rng, xs, ys);
  plan.groundModel = GroundModel::Banded;
  plan.bandEdgesY.push_back(ys.front() - 70);
  for (int j = 0; j + 1 < plan.ny; ++j)
    if (plan.canalAfterRow[static_cast<std::size_t>(j)])
      plan.bandEdgesY.push_back((ys[static_cast<std::size_t>(j)] + ys[static_cast<std::size_t>(j) + 1]) / 2);
  plan.bandEdgesY.push_back(ys.back() + 70);
  plan.genericSinks = true;

  // road names: stretches of 12 blocks, stems in turn, then ordinals (人民二路 ...)
  const auto& stems = roadStems();
  constexpr int kStretch = 12;
  int next = 0;
  auto name = [&]() {
    const auto& st = stems[static_cast<std::size_t>(next % static_cast<int>(stems.size()))];
    const int ordinal = next / static_cast<int>(stems.size()) + 1;
    ++next;
    plan.roads.push_back(roadName(st, {}, ordinal));
    return static_cast<int>(plan.roads.size() - 1);
  };
  for (int j = 0; j < plan.ny; ++j) {
    Street& st = plan.ew[static_cast<std::size_t>(j)];
    int id = 0;
    for (int i = 0; i < plan.nx; ++i) {
      if (i % kStretch == 0) id = name();
      st.road.push_back(id);
    }
    st.trunk = (j % kBandRows == 0);
  }
  for (int i = 0; i < plan.nx; ++i) {
    Street& st = plan.ns[static_cast<std::size_t>(i)];
    int id = 0;
    for (int j = 0; j < plan.ny; ++j) {
      if (j % kStretch == 0) id = name();
      st.road.push_back(id);
    }
    st.trunk = (i % 4 == 1);
  }
  return plan;
}

}  // namespace pwgen
