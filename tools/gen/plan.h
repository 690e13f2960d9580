#pragma once
// The city plan: a jittered street grid (E-W streets y = f(x), N-S streets x = g(y)), the district of every
// street intersection, waterways that no pipe crosses, and the ground surface. The network (network.h) is built
// from it one band of rows at a time.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "geom.h"

namespace pwgen {

enum class Kind : std::uint8_t { Rain = 0, Sewage = 1, Combined = 2 };
inline constexpr int kKinds = 3;
inline int kindIndex(Kind k) { return static_cast<int>(k); }

struct DistrictDef {
  std::string name;
  std::string code;
  bool combined = false;  ///< old town: one combined pipe down each street instead of rain + sewage
  int delivery = 0;
  int yearFrom = 1990;
  int yearTo = 2020;
  std::string localOwner;  ///< QSDW for the district's own side-street pipes
};

struct Street {
  bool eastWest = true;
  PwLinear line;                      ///< E-W: y = line(x); N-S: x = line(y)
  double offset[kKinds] = {0, 0, 0};  ///< signed offset of each pipe line (+ = north / east)
  bool trunk = false;                 ///< a main road: flow prefers it
  std::vector<int> road;              ///< road-name id at each intersection index along the street
};

/// A designated outlet: the junction of `kind` at intersection (i, j) (river outfall, pump station).
struct Sink {
  int i = 0;
  int j = 0;
  Kind kind = Kind::Rain;
};

enum class GroundModel {
  RiverSouth,  ///< rises from the river along the south edge to the north edge
  Banded       ///< rises from each E-W canal to the middle of the band and falls to the next canal
};

struct CityPlan {
  int nx = 0;  ///< N-S streets (columns i)
  int ny = 0;  ///< E-W streets (rows j)
  std::vector<Street> ew;
  std::vector<Street> ns;
  std::vector<int> cell;            ///< district of intersection (i, j) at j * nx + i
  std::vector<char> canalAfterCol;  ///< nx - 1: no pipes on E-W street edges between column i and i + 1
  std::vector<char> canalAfterRow;  ///< ny - 1: no pipes on N-S street edges between row j and j + 1
  std::vector<DistrictDef> districts;
  std::vector<std::string> roads;
  std::vector<Sink> sinks;    ///< explicit outlets
  bool genericSinks = false;  ///< outlets on every band's first and last row at regular columns
  GroundModel groundModel = GroundModel::RiverSouth;
  double ySouth = 0;               ///< river bank (RiverSouth)
  double yNorth = 0;               ///< north edge of the city (RiverSouth)
  double xCanal = -1e18;           ///< a N-S canal (ground dips towards it), or far away
  std::vector<double> bandEdgesY;  ///< Banded: y of each canal line, first = south edge, last = north edge

  int district(int i, int j) const {
    return cell[static_cast<std::size_t>(j) * static_cast<std::size_t>(nx) + static_cast<std::size_t>(i)];
  }
  bool combinedAt(int i, int j) const { return districts[static_cast<std::size_t>(district(i, j))].combined; }
  bool hasKind(int i, int j, Kind k) const { return combinedAt(i, j) == (k == Kind::Combined); }

  /// Where the pipe lines of kind k of E-W street j and N-S street i cross (the junction manhole), unrounded.
  Pt junction(int i, int j, Kind k) const;
  /// The centre-line crossing of streets i and j; outside the grid, extrapolated half a block outwards.
  Pt centre(int i, int j) const;
  /// Corner (a, b) of the cells, 0 <= a <= nx, 0 <= b <= ny: the middle of the block between N-S streets a-1, a
  /// and E-W streets b-1, b (rounded to mm). District boundaries run from corner to corner.
  Pt corner(int a, int b) const;
  /// Ground elevation (1985 height datum, metres) at a point.
  double ground(Pt p) const;
  /// Row ranges [first, last] that no pipe connects (split at canalAfterRow).
  std::vector<std::pair<int, int>> bands() const;
  int roadOfEW(int i, int j) const { return ew[static_cast<std::size_t>(j)].road[static_cast<std::size_t>(i)]; }
  int roadOfNS(int i, int j) const { return ns[static_cast<std::size_t>(i)].road[static_cast<std::size_t>(j)]; }
};

/// The sample city: 14 x 11 streets, five districts, a N-S canal between the two survey deliveries.
CityPlan samplePlan(std::uint64_t seed);
/// A benchmark city of about `pipes` pipe segments: one delivery, N/200000 + 5 districts, E-W canals every 12
/// rows.
CityPlan benchPlan(std::uint64_t seed, long long pipes);

}  // namespace pwgen
