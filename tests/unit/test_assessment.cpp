// CJJ 181 segment assessment, T/CECS 758 misconnection grading and linear referencing, against cases worked by
// hand. The arithmetic of each case is written next to it; the values come from schemas/catalogues.
#include <cmath>
#include <fstream>

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/paths.h"
#include "core/sha256.h"
#include "core/tempdir.h"
#include "inspect/assessment.h"
#include "inspect/linear_ref.h"
#include "inspect/misconnection_grading.h"

namespace pw {
namespace {

const DefectCatalogue& cjj() {
  static const DefectCatalogue c = DefectCatalogue::loadById("cjj181-2012");
  return c;
}

const MisconnectionCatalogue& cecs() {
  static const MisconnectionCatalogue c = MisconnectionCatalogue::loadById("tcecs758-2020");
  return c;
}

SegmentAssessment assess(std::vector<DefectInput> defects, double length, std::optional<double> diameter,
                         std::optional<double> k = std::nullopt, std::optional<double> t = std::nullopt) {
  return makeScorer(cjj())->assess({std::move(defects), length, diameter, k, t});
}

}  // namespace

TEST(Catalogue, CjjCataloguesLoadWithEveryCode) {
  EXPECT_EQ(cjj().types().size(), 16u);
  const DefectType* pl = cjj().type("PL");
  ASSERT_TRUE(pl);
  EXPECT_EQ(pl->name, "破裂");
  EXPECT_EQ(pl->grade(4)->score, 10.0);
  EXPECT_FALSE(cjj().type("FS")->grade(4));  // corrosion has three grades
  EXPECT_FALSE(cjj().type("FZ")->scored);
  EXPECT_EQ(cjj().eFactor(600.0), 3);  // D = 600 counts 3 (docs/domain.md 1.4a)
  EXPECT_EQ(cjj().eFactor(1500.0), 6);
  EXPECT_EQ(cjj().eFactor(1501.0), 10);
  EXPECT_EQ(cjj().eFactor(std::nullopt), 0);
  EXPECT_EQ(cecs().types().size(), 11u);
}

TEST(Catalogue, MalformedCataloguesAreRefusedNamingTheFault) {
  TempDir dir;
  const std::string good = readFile(schemasDir() + "/catalogues/cjj181-2012.json");
  auto check = [&](const std::string& text, const std::string& fragment) {
    const std::string path = dir.path() + "/bad.json";
    std::ofstream(path, std::ios::trunc) << text;
    try {
      DefectCatalogue::load(path);
      ADD_FAILURE() << "accepted: " << fragment;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("bad.json"), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    }
  };
  check("{", "not valid JSON");
  check(R"({"id": "x", "standard": "x", "scoring": "cjj181", "defects": []})", "defects");
  std::string noScore = good;
  noScore.replace(noScore.find("\"score\": 0.5"), 12, "\"scor\": 0.5");
  check(noScore, "score");
  std::string badClass = good;
  badClass.replace(badClass.find("\"structural\""), 12, "\"structurl\"");
  check(badClass, "structural or functional");
  std::string badGrade = good;
  badGrade.replace(badGrade.find("\"grade\": 4"), 10, "\"grade\": 7");
  check(badGrade, "1 to 4");
}

TEST(Assessment, SinglePointDefect) {
  // PL grade 3 (score 5) at 10 m of a 40 m pipe, D 500: n = 1, alone (n1), S = 5 / 1 = 5, Smax = 5, F = 5 -> III.
  // SM = 5 x 1 m / (5 x 40) = 0.025 -> local. RI = 0.7 x 5 + 0.1 x K(3) + 0.05 x E(0, D < 600) + 0.15 x T(0) = 3.8 ->
  // II.
  const auto a = assess({{"PL", 3, 10, std::nullopt}}, 40, 500);
  EXPECT_EQ(a.structural.count, 1);
  EXPECT_DOUBLE_EQ(a.structural.S, 5);
  EXPECT_DOUBLE_EQ(a.structural.F, 5);
  EXPECT_EQ(a.structural.grade, "III");
  EXPECT_DOUBLE_EQ(a.structural.density, 0.025);
  EXPECT_EQ(a.structural.densityClass, "局部缺陷");
  EXPECT_DOUBLE_EQ(a.RI, 3.8);
  EXPECT_EQ(a.riGrade, "II");
  EXPECT_EQ(a.functional.count, 0);
  EXPECT_EQ(a.functional.grade, "I");
  EXPECT_DOUBLE_EQ(a.MI, 0);
  EXPECT_EQ(a.miGrade, "I");
}

TEST(Assessment, SpacingRuleWeighsNearDefects) {
  // PL g2 (2) at 5.0, TJ g2 (3) at 6.2, CK g1 (0.5) at 20.0 on 50 m, D 800. Gaps 1.2 and 13.8: no merge.
  // PL and TJ are 1.2 m from a neighbour (1.0 < s <= 1.5): n2; CK is n1.
  // S = (0.5 + 1.1 x (2 + 3)) / 3 = 2.0; Smax = 3; F = 3 -> II (3 is the upper limit of II).
  // SM = (0.5 x 1 + 1.1 x (2 x 1 + 3 x 1)) / (2.0 x 50) = 0.06. RI = 0.7 x 3 = 2.1 (F < 4: no K, E) -> II.
  const auto a = assess({{"PL", 2, 5.0, {}}, {"TJ", 2, 6.2, {}}, {"CK", 1, 20.0, {}}}, 50, 800);
  EXPECT_EQ(a.structural.n1, 1);
  EXPECT_EQ(a.structural.n2, 2);
  EXPECT_NEAR(a.structural.S, 2.0, 1e-12);
  EXPECT_DOUBLE_EQ(a.structural.Smax, 3);
  EXPECT_DOUBLE_EQ(a.structural.F, 3);
  EXPECT_EQ(a.structural.grade, "II");
  EXPECT_NEAR(a.structural.density, 0.06, 1e-12);
  EXPECT_NEAR(a.RI, 2.1, 1e-12);
  EXPECT_EQ(a.riGrade, "II");
}

TEST(Assessment, DefectsWithinOneMetreMergeAndCap) {
  // SL g1 (0.5) at 10.0 and SL g2 (2) at 10.8: 0.8 m apart -> one defect of 2.5, 1 m long; L 30.
  // S = F = 2.5 -> II; SM = 2.5 x 1 / (2.5 x 30) = 1/30.
  auto a = assess({{"SL", 1, 10.0, {}}, {"SL", 2, 10.8, {}}}, 30, 400);
  EXPECT_EQ(a.structural.count, 1);
  EXPECT_DOUBLE_EQ(a.structural.F, 2.5);
  EXPECT_EQ(a.structural.grade, "II");
  EXPECT_NEAR(a.structural.density, 1.0 / 30, 1e-12);
  // PL g4 (10) at 3.0 and TJ g3 (5) at 3.5 merge to 15, capped at 10 -> IV. D 1200: E = 6, K = 3.
  // RI = 0.7 x 10 + 0.1 x 3 + 0.05 x 6 + 0.15 x 0 = 7.6 -> IV.
  a = assess({{"PL", 4, 3.0, {}}, {"TJ", 3, 3.5, {}}}, 30, 1200);
  EXPECT_DOUBLE_EQ(a.structural.F, 10);
  EXPECT_EQ(a.structural.grade, "IV");
  EXPECT_NEAR(a.RI, 7.6, 1e-12);
  EXPECT_EQ(a.riGrade, "IV");
  ASSERT_TRUE(a.riBand);
  EXPECT_FALSE(a.riBand->repair.empty());
}

TEST(Assessment, ContinuousDefectsUseTheirLength) {
  // Functional: CJ g3 (5) from 0 m for 20 m, JG g1 (0.5) at 30 m, L 40, D 1600.
  // Y = (5 + 0.5) / 2 = 2.75, Ymax = 5, G = 5 -> III; YM = (5 x 20 + 0.5 x 1) / (2.75 x 40) = 100.5 / 110 -> whole.
  // MI = 0.8 x 5 + 0.15 x K(3) + 0.05 x E(10) = 4.95 -> III (G >= 4, so K and E count).
  const auto a = assess({{"CJ", 3, 0, 20.0}, {"JG", 1, 30, std::nullopt}}, 40, 1600);
  EXPECT_DOUBLE_EQ(a.functional.S, 2.75);
  EXPECT_DOUBLE_EQ(a.functional.F, 5);
  EXPECT_EQ(a.functional.grade, "III");
  EXPECT_NEAR(a.functional.density, 100.5 / 110, 1e-12);
  EXPECT_EQ(a.functional.densityClass, "整体缺陷");
  EXPECT_NEAR(a.MI, 4.95, 1e-12);
  EXPECT_EQ(a.miGrade, "III");
  EXPECT_EQ(a.structural.count, 0);
}

TEST(Assessment, FactorsKEAndTAsTheStandardGatesThem) {
  // PL g2 (2), K 6, T 10, D 1100 (E 6), F = 2 < 4: K and E do not count, T does. RI = 1.4 + 1.5 = 2.9 -> II.
  auto a = assess({{"PL", 2, 5, {}}}, 40, 1100, 6.0, 10.0);
  EXPECT_NEAR(a.RI, 2.9, 1e-12);
  // PL g3 (5): F = 5 >= 4: RI = 3.5 + 0.1 x 6 + 0.05 x 6 + 0.15 x 10 = 5.9 -> III.
  a = assess({{"PL", 3, 5, {}}}, 40, 1100, 6.0, 10.0);
  EXPECT_NEAR(a.RI, 5.9, 1e-12);
  EXPECT_EQ(a.riGrade, "III");
  // No defect: F = 0, and T does not count either.
  a = assess({}, 40, 1100, 6.0, 10.0);
  EXPECT_DOUBLE_EQ(a.RI, 0);
  EXPECT_EQ(a.riGrade, "I");
  // MI gate: CJ g2 (2), G = 2 < 4: MI = 0.8 x 2 = 1.6 -> II.
  a = assess({{"CJ", 2, 5, {}}}, 40, 1100, 6.0);
  EXPECT_NEAR(a.MI, 1.6, 1e-12);
  EXPECT_EQ(a.miGrade, "II");
}

TEST(Assessment, ScumIsRecordedButNotScored) {
  const auto a = assess({{"FZ", 2, 5, {}}}, 40, 500);
  EXPECT_EQ(a.functional.count, 0);
  EXPECT_DOUBLE_EQ(a.functional.F, 0);
}

TEST(Assessment, GradeLimitsAreUpperInclusive) {
  // TJ g1 scores 1: F = 1 is still grade I; CK g2 (2) + nothing: II.
  EXPECT_EQ(assess({{"TJ", 1, 5, {}}}, 40, 500).structural.grade, "I");
  EXPECT_EQ(assess({{"CK", 2, 5, {}}}, 40, 500).structural.grade, "II");
}

TEST(Misconnection, HighestIndicatorWins) {
  const auto g = gradeMisconnection(cecs(), {250.0, std::nullopt, 35.0, 150.0});
  EXPECT_EQ(g.level, 3);
  EXPECT_EQ(g.decidedBy, "nh3n_mg_l");
  EXPECT_EQ(g.levels.at("inflow_diameter_mm"), 1);
  EXPECT_EQ(g.levels.at("cod_mg_l"), 2);
  EXPECT_EQ(gradeMisconnection(cecs(), {}).level, 0);
}

TEST(Misconnection, EveryBoundary) {
  auto level = [](MisconnectionIndicators in) { return gradeMisconnection(cecs(), in).level; };
  EXPECT_EQ(level({299.0, {}, {}, {}}), 1);
  EXPECT_EQ(level({300.0, {}, {}, {}}), 2);
  EXPECT_EQ(level({599.0, {}, {}, {}}), 2);
  EXPECT_EQ(level({600.0, {}, {}, {}}), 3);
  EXPECT_EQ(level({{}, 200.0, {}, {}}), 1);
  EXPECT_EQ(level({{}, 200.5, {}, {}}), 2);
  EXPECT_EQ(level({{}, 600.0, {}, {}}), 2);
  EXPECT_EQ(level({{}, 600.5, {}, {}}), 3);
  EXPECT_EQ(level({{}, {}, 6.0, {}}), 1);
  EXPECT_EQ(level({{}, {}, 6.01, {}}), 2);
  EXPECT_EQ(level({{}, {}, 30.0, {}}), 2);
  EXPECT_EQ(level({{}, {}, 30.01, {}}), 3);
  EXPECT_EQ(level({{}, {}, {}, 100.0}), 1);
  EXPECT_EQ(level({{}, {}, {}, 100.5}), 2);
  EXPECT_EQ(level({{}, {}, {}, 200.0}), 2);
  EXPECT_EQ(level({{}, {}, {}, 201.0}), 3);
}

TEST(Misconnection, DensityOfARegion) {
  EXPECT_EQ(gradeDensity(cecs(), 499, 100).level, 1);   // 4.99 per km
  EXPECT_EQ(gradeDensity(cecs(), 500, 100).level, 2);   // 5
  EXPECT_EQ(gradeDensity(cecs(), 10, 1).level, 2);      // 10
  EXPECT_EQ(gradeDensity(cecs(), 1001, 100).level, 3);  // 10.01
  EXPECT_DOUBLE_EQ(gradeDensity(cecs(), 3, 2).perKm, 1.5);
  EXPECT_EQ(gradeDensity(cecs(), 3, 0).level, 0);
}

TEST(LinearReferencing, BothDirections) {
  // An L-shaped pipe: (0,0) -> (30,0) -> (30,40), 70 m, drawn upstream to downstream.
  const std::vector<double> pipe{0, 0, 30, 0, 30, 40};
  Point p = pointAlong(pipe, 50, InspectionDirection::WithFlow);
  EXPECT_NEAR(p.x, 30, 1e-9);
  EXPECT_NEAR(p.y, 20, 1e-9);
  p = pointAlong(pipe, 50, InspectionDirection::AgainstFlow);  // 50 m from the downstream end = 20 m from the start
  EXPECT_NEAR(p.x, 20, 1e-9);
  EXPECT_NEAR(p.y, 0, 1e-9);
  p = pointAlong(pipe, 95, InspectionDirection::WithFlow);  // clamped to the end
  EXPECT_NEAR(p.y, 40, 1e-9);
  auto piece = pieceAlong(pipe, 20, 20, InspectionDirection::WithFlow);
  EXPECT_EQ(piece, (std::vector<double>{20, 0, 30, 0, 30, 10}));
  piece = pieceAlong(pipe, 0, 10, InspectionDirection::AgainstFlow);  // from the downstream manhole back 10 m
  EXPECT_EQ(piece, (std::vector<double>{30, 40, 30, 30}));
  EXPECT_NEAR(distanceAlong(pipe, 31, 20, InspectionDirection::WithFlow), 50, 1e-9);
  EXPECT_NEAR(distanceAlong(pipe, 31, 20, InspectionDirection::AgainstFlow), 20, 1e-9);
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

}  // namespace pw
