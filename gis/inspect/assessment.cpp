#include "inspect/assessment.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/error.h"

namespace pw {
namespace {

class Cjj181Scorer : public SegmentScorer {
public:
  explicit Cjj181Scorer(const DefectCatalogue& c) : m_catalogue(c) {}

  SegmentAssessment assess(const SegmentInput& input) const override {
    const auto& rules = m_catalogue.rules();
    SegmentAssessment a;
    a.structural = side(input, DefectClass::Structural, rules.alpha);
    a.functional = side(input, DefectClass::Functional, rules.beta);
    a.K = input.k.value_or(rules.defaultK);
    a.E = m_catalogue.eFactor(input.diameterMm);
    a.T = input.t.value_or(m_catalogue.tFactor(rules.defaultT).value_or(0));
    // RI = 0.7 F + 0.1 K + 0.05 E + 0.15 T; K and E count only from F = 4 on, T not at all when F = 0.
    const double F = a.structural.F;
    const bool riGate = F >= rules.repairGateBelow;
    const auto& rw = rules.repairWeights;
    a.RI = rw.at("F") * F + (riGate ? rw.at("K") * a.K + rw.at("E") * a.E : 0) + (F > 0 ? rw.at("T") * a.T : 0);
    // MI = 0.8 G + 0.15 K + 0.05 E, K and E gated on G in the same way.
    const double G = a.functional.F;
    const bool miGate = G >= rules.maintenanceGateBelow;
    const auto& mw = rules.maintenanceWeights;
    a.MI = mw.at("G") * G + (miGate ? mw.at("K") * a.K + mw.at("E") * a.E : 0);
    a.riBand = DefectCatalogue::bandOf(rules.indexGrades, a.RI);
    a.miBand = DefectCatalogue::bandOf(rules.indexGrades, a.MI);
    a.riGrade = a.riBand ? a.riBand->grade : "";
    a.miGrade = a.miBand ? a.miBand->grade : "";
    return a;
  }

private:
  SideAssessment side(const SegmentInput& input, DefectClass cls, double weightNear) const {
    const auto& rules = m_catalogue.rules();
    SideAssessment s;
    // Each scored defect of this class as an interval along the pipe.
    std::vector<MergedDefect> items;
    for (const auto& d : input.defects) {
      const DefectType* type = m_catalogue.type(d.code);
      if (!type || type->cls != cls || !type->scored) continue;
      const DefectGrade* grade = type->grade(d.grade);
      if (!grade || !grade->score) continue;
      MergedDefect m;
      const bool continuous = d.length && *d.length > 0;
      m.start = d.distance;
      m.end = d.distance + (continuous ? *d.length : 0);
      m.score = *grade->score;
      m.length = continuous ? *d.length : rules.pointDefectLengthM;
      m.codes.push_back(d.code);
      items.push_back(std::move(m));
    }
    std::sort(items.begin(), items.end(),
              [](const MergedDefect& x, const MergedDefect& y) { return x.start < y.start; });
    // Defects whose clear spacing is at most the merge distance are one defect: scores add (capped), extents join.
    for (auto& m : items) {
      if (!s.defects.empty() && m.start - s.defects.back().end <= rules.mergeWithinLeM) {
        auto& last = s.defects.back();
        last.score = std::min(rules.mergeScoreCap, last.score + m.score);
        last.end = std::max(last.end, m.end);
        last.length = std::max(rules.pointDefectLengthM, last.end - last.start);
        last.codes.insert(last.codes.end(), m.codes.begin(), m.codes.end());
      } else {
        s.defects.push_back(std::move(m));
      }
    }
    // Spacing class: n1 when the nearest neighbour is more than 1.5 m away, n2 when 1.0-1.5 m.
    const double inf = std::numeric_limits<double>::infinity();
    double weighted = 0;
    double weightedLength = 0;
    for (std::size_t i = 0; i < s.defects.size(); ++i) {
      auto& m = s.defects[i];
      const double before = i > 0 ? m.start - s.defects[i - 1].end : inf;
      const double after = i + 1 < s.defects.size() ? s.defects[i + 1].start - m.end : inf;
      m.spacing = std::min(before, after);
      m.near = m.spacing > rules.nearGtM && m.spacing <= rules.separateGtM;
      const double w = m.near ? weightNear : 1.0;
      weighted += w * m.score;
      weightedLength += w * m.score * m.length;
      (m.near ? s.n2 : s.n1)++;
      s.Smax = std::max(s.Smax, m.score);
    }
    s.count = static_cast<int>(s.defects.size());
    if (s.count > 0) {
      s.S = weighted / s.count;
      s.F = std::max(s.Smax, s.S);
      if (input.length > 0 && s.S > 0) s.density = weightedLength / (s.S * input.length);
    }
    if (const auto* g = DefectCatalogue::bandOf(rules.segmentGrades, s.F)) s.grade = g->grade;
    if (s.count > 0) {
      if (const auto* c = DefectCatalogue::bandOf(rules.densityClasses, s.density)) s.densityClass = c->grade;
    }
    return s;
  }

  const DefectCatalogue& m_catalogue;
};

}  // namespace

std::unique_ptr<SegmentScorer> makeScorer(const DefectCatalogue& catalogue) {
  if (catalogue.scoring() == "cjj181") return std::make_unique<Cjj181Scorer>(catalogue);
  throwBadInput(PW_TR("The catalogue %1 names the scoring module '%2', which PipeWard does not have"),
                {catalogue.id(), catalogue.scoring()});
}

}  // namespace pw
