#include "geom.h"

#include <algorithm>

namespace pwgen {

double polylineLength(const std::vector<Pt>& pts) {
  double len = 0;
  for (std::size_t i = 1; i < pts.size(); ++i) len += dist(pts[i - 1], pts[i]);
  return len;
}

bool segmentIntersection(Pt p1, Pt p2, Pt q1, Pt q2, double& t, double& u) {
  const Pt r = p2 - p1;
  const Pt s = q2 - q1;
  const double denom = r.x * s.y - r.y * s.x;
  if (std::abs(denom) < 1e-12) return false;
  const Pt qp = q1 - p1;
  t = (qp.x * s.y - qp.y * s.x) / denom;
  u = (qp.x * r.y - qp.y * r.x) / denom;
  return true;
}

bool insideRing(const std::vector<Pt>& ring, Pt p) {
  bool in = false;
  for (std::size_t a = 0, b = ring.size() - 1; a < ring.size(); b = a++) {
    const Pt pa = ring[a], pb = ring[b];
    if ((pa.y > p.y) != (pb.y > p.y) && p.x < (pb.x - pa.x) * (p.y - pa.y) / (pb.y - pa.y) + pa.x) in = !in;
  }
  return in;
}

double PwLinear::operator()(double at) const {
  // knots are few (a handful per kilometre): binary search
  const auto it = std::upper_bound(s.begin(), s.end(), at);
  std::size_t k = static_cast<std::size_t>(it - s.begin());
  if (k == 0) k = 1;
  if (k >= s.size()) k = s.size() - 1;
  const double t = (at - s[k - 1]) / (s[k] - s[k - 1]);
  return v[k - 1] + t * (v[k] - v[k - 1]);
}

}  // namespace pwgen
