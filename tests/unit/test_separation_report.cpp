// Separation programme report content (report/separation_report.h) on the crafted programme of separation_fixture.h:
// the projects of a year with their areas, scope, combined length, budget lines, progress and orders; the totals and
// the projects by status; the district filter; the shortlist of candidate areas with their totals; and bad requests.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "report/separation_report.h"
#include "separation_fixture.h"

namespace pw::test {
namespace {

using ::testing::ElementsAre;

class SeparationReportTest : public SeparationFixture {
protected:
  SeparationReport report(std::optional<int> year, std::optional<std::int64_t> district = std::nullopt,
                          std::size_t candidates = 10) {
    return buildSeparationReport(*project, catalogues, {year, district, candidates});
  }
  static std::vector<std::string> names(const SeparationReport& r) {
    std::vector<std::string> out;
    for (const auto& p : r.projects) out.push_back(p.name);
    return out;
  }
  static std::vector<std::string> candidates(const SeparationReport& r) {
    std::vector<std::string> out;
    for (const auto& c : r.candidates) out.push_back(c.area.community.name);
    return out;
  }
};

TEST_F(SeparationReportTest, TheYearsProjectsWithAreasScopeBudgetProgressAndOrders) {
  const auto r = report(2027);
  EXPECT_EQ(r.plannedYear, 2027);
  EXPECT_TRUE(r.districtName.empty());
  EXPECT_EQ(r.generatedOn, "2026-05-10");
  EXPECT_EQ(r.projectName, "programme");
  EXPECT_EQ(r.currency, "CNY");
  EXPECT_TRUE(r.ownCosts);
  EXPECT_DOUBLE_EQ(r.weightGrade, 20);
  ASSERT_THAT(names(r), ElementsAre("幸福小区改造", "西湖小区改造"));  // 和平小区改造 is for 2028

  const auto& first = r.projects[0];
  EXPECT_EQ(first.id, p1);
  EXPECT_EQ(first.plannedYear, 2027);
  EXPECT_EQ(first.status, SeparationStatus::Design);
  ASSERT_EQ(first.areas.size(), 1u);
  EXPECT_EQ(first.areas[0].name, "幸福小区");
  EXPECT_EQ(first.areas[0].district, "东区");
  EXPECT_EQ(first.areas[0].households, 100);
  EXPECT_EQ(first.households, 100);
  // Scope: m1, m2, h1, H1, H2.
  EXPECT_EQ(first.misconnections, 2);
  EXPECT_EQ(first.defects, 0);
  EXPECT_EQ(first.pipes, 1);
  EXPECT_EQ(first.manholes, 2);
  EXPECT_EQ(first.combinedPipes, 1);
  EXPECT_DOUBLE_EQ(first.combinedLengthM, 100);
  // 100 m x 1000 + 100 x 500 + 2 x 3000 + 2 x 2000.
  EXPECT_DOUBLE_EQ(first.budget.total, 160000);
  ASSERT_EQ(first.budget.lines.size(), 4u);
  EXPECT_EQ(first.budget.lines[0].item, "new_pipe");
  EXPECT_EQ(first.budget.lines[0].system, "sewage");
  EXPECT_DOUBLE_EQ(first.budget.lines[0].quantity, 100);
  EXPECT_DOUBLE_EQ(first.budget.lines[0].amount, 100000);
  EXPECT_EQ(first.budget.lines[1].item, "household");
  EXPECT_DOUBLE_EQ(first.budget.lines[1].amount, 50000);
  EXPECT_DOUBLE_EQ(first.budget.lines[3].amount, 4000);
  // m2 resolved, m1 carried by an order that is only issued.
  EXPECT_EQ(first.progress.findings, 2);
  EXPECT_EQ(first.progress.closed, 1);
  ASSERT_EQ(first.orders.size(), 1u);
  EXPECT_EQ(first.orders[0].id, order);
  EXPECT_EQ(first.orders[0].number, "DQ-2026-0001");
  EXPECT_EQ(first.orders[0].state, "issued");

  const auto& second = r.projects[1];
  EXPECT_EQ(second.status, SeparationStatus::Planning);
  EXPECT_EQ(second.areas[0].district, "西区");
  EXPECT_EQ(second.defects, 1);
  EXPECT_EQ(second.misconnections, 0);
  EXPECT_DOUBLE_EQ(second.combinedLengthM, 100);
  EXPECT_DOUBLE_EQ(second.budget.total, 146000);  // 100 m x 1000 + 80 x 500 + 2 x 3000
  EXPECT_EQ(second.progress.findings, 1);         // the defect added to the scope
  EXPECT_EQ(second.progress.closed, 0);
  EXPECT_TRUE(second.orders.empty());
}

TEST_F(SeparationReportTest, TotalsAndProjectsByStatus) {
  const auto r = report(2027);
  const auto& t = r.totals;
  EXPECT_EQ(t.projects, 2);
  EXPECT_EQ(t.areas, 2);
  EXPECT_DOUBLE_EQ(t.budget, 306000);
  EXPECT_EQ(t.households, 180);
  EXPECT_EQ(t.combinedPipes, 2);
  EXPECT_DOUBLE_EQ(t.combinedLengthM, 200);
  EXPECT_EQ(t.progress.findings, 3);
  EXPECT_EQ(t.progress.closed, 1);
  EXPECT_EQ(t.orders, 1);
  ASSERT_EQ(r.byStatus.size(), 5u);  // every status, in workflow order
  EXPECT_EQ(r.byStatus[0].status, SeparationStatus::Planning);
  EXPECT_EQ(r.byStatus[0].projects, 1);
  EXPECT_DOUBLE_EQ(r.byStatus[0].budget, 146000);
  EXPECT_EQ(r.byStatus[1].status, SeparationStatus::Design);
  EXPECT_EQ(r.byStatus[1].projects, 1);
  EXPECT_DOUBLE_EQ(r.byStatus[1].budget, 160000);
  EXPECT_EQ(r.byStatus[4].projects, 0);
  // The map's areas and their box: A and C.
  EXPECT_THAT(r.areaIds, ElementsAre(areaA, areaC));
  EXPECT_DOUBLE_EQ(r.extent.minX, 500050);
  EXPECT_DOUBLE_EQ(r.extent.maxX, 500750);
  EXPECT_DOUBLE_EQ(r.extent.maxY, 3350150);

  // Every year: the three projects, ordered by year then name.
  const auto all = report(std::nullopt);
  EXPECT_THAT(names(all), ElementsAre("幸福小区改造", "西湖小区改造", "和平小区改造"));
  EXPECT_DOUBLE_EQ(all.totals.budget, 306000 + 28000);
  EXPECT_EQ(all.totals.households, 230);
  EXPECT_EQ(all.byStatus[0].projects, 2);
}

TEST_F(SeparationReportTest, ADistrictsProgrammeHasTheProjectsWithAnAreaInIt) {
  const auto west = report(std::nullopt, districtXQ);
  EXPECT_EQ(west.districtName, "西区");
  EXPECT_THAT(names(west), ElementsAre("西湖小区改造"));
  EXPECT_DOUBLE_EQ(west.totals.budget, 146000);
  EXPECT_THAT(candidates(west), ElementsAre("师范校园"));  // 工业街区 is in 东区
  const auto east = report(2027, districtDQ);
  EXPECT_THAT(names(east), ElementsAre("幸福小区改造"));
  EXPECT_THAT(candidates(east), ElementsAre("工业街区"));
}

TEST_F(SeparationReportTest, TheShortlistIsTheBestRankedAreasNoProjectCovers) {
  const auto r = report(2027);
  // 和平小区 is in the 2028 project, so not a candidate of any year; 绿地小区 has nothing to separate.
  ASSERT_THAT(candidates(r), ElementsAre("工业街区", "师范校园"));
  const auto& e = r.candidates[0];
  EXPECT_EQ(e.area.rank, 1);
  EXPECT_DOUBLE_EQ(e.area.score, 85);  // 10 x 1 + 0.1 x 150 + 20 x 3
  EXPECT_EQ(e.area.openMisconnections, 1);
  EXPECT_EQ(e.area.combinedPipes, 1);
  EXPECT_DOUBLE_EQ(e.area.combinedLengthM, 100);
  EXPECT_EQ(e.area.mixedManholes, 2);
  EXPECT_EQ(e.degreeName, "重度");
  const auto& d = r.candidates[1];
  EXPECT_EQ(d.area.rank, 2);
  EXPECT_DOUBLE_EQ(d.area.score, 80);  // 10 + 0.1 x 100 + 20 x 3
  EXPECT_EQ(d.area.community.kind, "campus");
  // As one project: h2 100 m x 2000 + 10 households x 500 + H2, H3 2 x 3000 + m1, m3 2 x 2000.
  const auto& t = r.candidateTotals;
  EXPECT_EQ(t.areas, (std::vector<std::int64_t>{areaE, areaD}));
  EXPECT_EQ(t.households, 10);
  EXPECT_EQ(t.openMisconnections, 2);
  EXPECT_DOUBLE_EQ(t.combinedLengthM, 100);
  EXPECT_DOUBLE_EQ(t.budget.total, 215000);
  EXPECT_EQ(t.budget.areasWithoutHouseholds, 1);
  // Top 1, and the shortlist shrinks as areas get projects.
  EXPECT_THAT(candidates(report(2027, std::nullopt, 1)), ElementsAre("工业街区"));
  SeparationStore(*project, catalogues).create({"工业街区改造", 2029, {areaE}, std::nullopt, true, {}}, "规划");
  const auto after = report(2027);
  ASSERT_THAT(candidates(after), ElementsAre("师范校园"));
  EXPECT_EQ(after.candidates[0].area.rank, 1);
  EXPECT_DOUBLE_EQ(after.candidateTotals.budget.total, 2000);  // m3 alone; the campus has no household count
}

TEST_F(SeparationReportTest, AYearWithoutProjectsStillHasItsShortlist) {
  const auto r = report(2030);
  EXPECT_TRUE(r.projects.empty());
  EXPECT_EQ(r.totals.projects, 0);
  EXPECT_DOUBLE_EQ(r.totals.budget, 0);
  EXPECT_TRUE(r.extent.empty());
  ASSERT_EQ(r.byStatus.size(), 5u);
  EXPECT_EQ(r.candidates.size(), 2u);
}

TEST_F(SeparationReportTest, BudgetLinesAndProgrammeWordsInTheReadersLanguage) {
  const auto r = report(2027);
  const auto& line = r.projects[0].budget.lines[0];
  EXPECT_EQ(budgetItemName({}, line), "new sewer, DN (-inf, 400] mm");
  EXPECT_EQ(budgetUnitName({}, line), "m");
  EXPECT_EQ(budgetItemName({}, r.projects[0].budget.lines[1]), "household connections");
  EXPECT_EQ(budgetUnitName({}, r.projects[0].budget.lines[1]), "");
  EXPECT_EQ(programmeYearText({}, r), "2027");
  EXPECT_EQ(programmeYearText({}, report(std::nullopt)), "all years");
  EXPECT_EQ(programmeDistrictText({}, r), "the whole city");
  EXPECT_EQ(programmeDistrictText({}, report(2027, districtXQ)), "西区");
  EXPECT_EQ(programmeCostsText({}, r), "the project's own unit costs");
  const Translate upper = [](const char* english) { return std::string("[") + english + "]"; };
  EXPECT_EQ(separationStatusName(upper, "design"), "[design stage]");
  EXPECT_EQ(areaKindName(upper, "campus"), "[campus]");
  // Without its own costs the report says the shipped placeholders are used.
  project->db().exec("DELETE FROM project_meta WHERE key = 'separation_costs'");
  const auto shipped = report(2027);
  EXPECT_FALSE(shipped.ownCosts);
  EXPECT_THAT(programmeCostsText({}, shipped), ::testing::HasSubstr("not confirmed"));
}

TEST_F(SeparationReportTest, BadRequestsAreRefused) {
  try {
    report(1999);
    FAIL() << "a year before 2000";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_EQ(e.context().field, "year");
  }
  try {
    report(2027, 999);
    FAIL() << "a district that does not exist";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
}

}  // namespace
}  // namespace pw::test
