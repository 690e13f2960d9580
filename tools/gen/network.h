#pragma once
// The pipe network of one band of street rows: manholes (nodes) and pipe segments between consecutive manholes
// of the same pipe line. Pipe lines run along the streets at their offsets, meet at junction manholes where two
// lines of the same kind cross, and get a manhole exactly on every district boundary they cross.
#include <cstdint>
#include <map>
#include <vector>

#include "geom.h"
#include "plan.h"
#include "rng.h"

namespace pwgen {

enum class Material : std::uint8_t { Concrete, PE, PVC, GRP, DuctileIron };

struct Node {
  Pt p;
  std::int32_t groundMm = 0;
  std::int32_t invertMm = 0;  ///< lowest invert of the pipes at this manhole
  std::int32_t district = 0;
  std::int32_t road = 0;
  std::int32_t number = 0;  ///< code number within its kind (Y0001 ...), set when written
  Kind kind = Kind::Rain;
  bool junction = false;
  bool boundary = false;  ///< on a district boundary
  bool sink = false;      ///< outfall or pump station: the network's downstream end
};

struct Pipe {
  std::int32_t from = 0;  ///< upstream manhole once the flow is solved (construction order before)
  std::int32_t to = 0;
  Pt mid[2];  ///< interior vertices where the street bends, in from -> to order
  std::uint8_t nmid = 0;
  Kind kind = Kind::Rain;
  bool trunk = false;
  Material material = Material::Concrete;
  std::int32_t district = 0;
  std::int32_t road = 0;
  std::int32_t diameter = 0;  ///< mm
  std::int32_t number = 0;    ///< id number within its kind (YS-0001 ...), set when written
  std::int16_t year = 0;
  std::int8_t month = 0;
  float materialDraw = 0;  ///< random draws fixed at construction, used once the diameter is known
  float slopeDraw = 0;
  double length = 0;
  double upstream = 0;  ///< pipe length drained through this pipe (m), sizes the diameter
};

struct Network {
  std::vector<Node> nodes;
  std::vector<Pipe> pipes;
};

/// Points where pipe lines cross district boundaries, per dual edge, inserted into the district polygons so that
/// those manholes lie exactly on the boundary.
struct Crossings {
  std::map<std::int64_t, std::vector<Pt>> byEdge;
  /// The boundary between cells (a-1, j) and (a, j): corner (a, j) to corner (a, j+1).
  static std::int64_t vertical(int a, int j) {
    return (static_cast<std::int64_t>(a) << 32 | static_cast<std::uint32_t>(j)) * 2;
  }
  /// The boundary between cells (i, b-1) and (i, b): corner (i, b) to corner (i+1, b).
  static std::int64_t horizontal(int i, int b) {
    return (static_cast<std::int64_t>(i) << 32 | static_cast<std::uint32_t>(b)) * 2 + 1;
  }
};

/// Builds the network of rows [j0, j1]. Random draws come from `rng` in a fixed order.
Network buildBand(const CityPlan& plan, int j0, int j1, Rng& rng, Crossings& crossings);

}  // namespace pwgen
