#pragma once
// Plane geometry for the generator: points in metres (EPSG:4549), piecewise-linear street centre lines.
#include <cmath>
#include <cstddef>
#include <vector>

namespace pwgen {

struct Pt {
  double x = 0;
  double y = 0;
};
inline Pt operator+(Pt a, Pt b) { return {a.x + b.x, a.y + b.y}; }
inline Pt operator-(Pt a, Pt b) { return {a.x - b.x, a.y - b.y}; }
inline Pt operator*(Pt a, double k) { return {a.x * k, a.y * k}; }
inline double dist(Pt a, Pt b) { return std::hypot(a.x - b.x, a.y - b.y); }

/// Survey coordinates are given to the millimetre.
inline double roundMm(double v) { return std::round(v * 1000.0) / 1000.0; }
inline Pt roundMm(Pt p) { return {roundMm(p.x), roundMm(p.y)}; }

double polylineLength(const std::vector<Pt>& pts);

/// Intersection of segments p1-p2 and q1-q2: t along p, u along q (both in [0, 1] when they meet).
/// False for parallel segments.
bool segmentIntersection(Pt p1, Pt p2, Pt q1, Pt q2, double& t, double& u);

/// Point in a closed ring (crossing number); points on the ring may go either way.
bool insideRing(const std::vector<Pt>& ring, Pt p);

/// A piecewise-linear function through knots (s[k], v[k]) with increasing s, extended linearly beyond the ends.
struct PwLinear {
  std::vector<double> s;
  std::vector<double> v;
  double operator()(double at) const;
};

}  // namespace pwgen
