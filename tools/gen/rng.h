#pragma once
// Deterministic random numbers. std::mt19937_64 is fully specified by the standard; the conversion to doubles and
// integers is done here because the std::uniform_*_distribution algorithms are implementation-defined.
#include <cstdint>
#include <random>

namespace pwgen {

class Rng {
public:
  explicit Rng(std::uint64_t seed) : m_engine(seed) {}

  std::uint64_t bits() { return m_engine(); }
  /// Uniform in [0, 1) from the top 53 bits of one draw.
  double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
  /// Uniform integer in [lo, hi], both inclusive.
  int range(int lo, int hi) {
    const int v = lo + static_cast<int>(unit() * static_cast<double>(hi - lo + 1));
    return v > hi ? hi : v;
  }
  bool chance(double p) { return unit() < p; }
  /// An independent stream for a sub-task, so that draws added in one place do not shift another.
  Rng fork(std::uint64_t salt) { return Rng(m_engine() ^ (salt * 0x9E3779B97F4A7C15ULL)); }

private:
  std::mt19937_64 m_engine;
};

}  // namespace pwgen
