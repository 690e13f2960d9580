#pragma once
// Segment assessment (CJJ 181-2012 section 8, docs/domain.md 1.4): from one pipe's defects to S, Smax, F, SM and the
// structural grade, Y, Ymax, G, YM and the functional grade, then the repair index RI and the maintenance index MI
// with their grades and recommended actions. The formulas come from the catalogue's scoring module; the values
// (weights, spacings, thresholds) from the catalogue file.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "inspect/catalogue.h"

namespace pw {

/// A recorded defect as the assessment sees it: positions along the pipe in the inspection direction.
struct DefectInput {
  std::string code;
  int grade = 0;
  double distance = 0;           ///< metres from the start manhole of the inspection
  std::optional<double> length;  ///< longitudinal length of a continuous defect
};

/// Defects after merging those closer than the merge distance (their scores add up, capped).
struct MergedDefect {
  double start = 0;
  double end = 0;
  double score = 0;
  double length = 0;   ///< Li for the density: real length, or the point-defect length
  double spacing = 0;  ///< clear distance to the nearest neighbour (infinity when alone)
  bool near = false;   ///< counted in n2 (weighted by alpha/beta) rather than n1
  std::vector<std::string> codes;
};

struct SideAssessment {
  int count = 0;  ///< n = n1 + n2 after merging
  int n1 = 0;
  int n2 = 0;
  double S = 0;        ///< mean score (S or Y)
  double Smax = 0;     ///< largest score (Smax or Ymax)
  double F = 0;        ///< segment parameter (F or G)
  double density = 0;  ///< SM or YM
  std::string grade;   ///< I..IV
  std::string densityClass;
  std::vector<MergedDefect> defects;
};

struct SegmentInput {
  std::vector<DefectInput> defects;
  double length = 0;                 ///< segment length L in metres
  std::optional<double> diameterMm;  ///< for E
  std::optional<double> k;           ///< area importance; the catalogue default when empty
  std::optional<double> t;           ///< soil factor; the catalogue's default soil when empty
};

struct SegmentAssessment {
  SideAssessment structural;
  SideAssessment functional;
  double K = 0, E = 0, T = 0;  ///< the factors as given
  double RI = 0;
  std::string riGrade;
  double MI = 0;
  std::string miGrade;
  const GradeBand* riBand = nullptr;  ///< its recommended repair action
  const GradeBand* miBand = nullptr;
};

/// The formulas of one standard. CJJ 181 is built in; a local standard adds its own module.
class SegmentScorer {
public:
  virtual ~SegmentScorer() = default;
  virtual SegmentAssessment assess(const SegmentInput& input) const = 0;
};

/// The scorer the catalogue names in "scoring". Throws Error(BadInput) for a module PipeWard does not have.
std::unique_ptr<SegmentScorer> makeScorer(const DefectCatalogue& catalogue);

}  // namespace pw
