// Report content (report/district_report.h, report/ledgers.h) on the crafted city of report_fixture.h: the district
// report's KPIs against the city, ranking, network, defects per km and overdue orders (with their state on the
// reference day, days overdue and age); the city summary; the registers; and the bad inputs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "core/error.h"
#include "report/district_report.h"
#include "report/kpi.h"
#include "report/ledgers.h"
#include "report_fixture.h"

namespace pw::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class ReportContent : public ReportFixture {
protected:
  DistrictReport march(const std::string& code) {
    return buildDistrictReport(*project, catalogues, parsePeriod("2026-03"), district.at(code));
  }
  static std::vector<std::string> numbers(const std::vector<OverdueOrder>& orders) {
    std::vector<std::string> out;
    for (const auto& o : orders) out.push_back(o.number);
    return out;
  }
  static const KpiLine& line(const std::vector<KpiLine>& lines, const std::string& label) {
    const auto it = std::find_if(lines.begin(), lines.end(), [&](const KpiLine& l) { return l.label == label; });
    if (it == lines.end()) throw std::runtime_error("no KPI line " + label);
    return *it;
  }
};

TEST_F(ReportContent, TheDistrictReportHasTheDistrictsKpisRankAndNetwork) {
  const auto r = march("DQ");
  EXPECT_EQ(r.period.from, "2026-03-01");
  EXPECT_EQ(r.referenceDay, "2026-03-31");
  EXPECT_EQ(r.generatedOn, "2026-04-15");
  EXPECT_EQ(r.projectName, "report-city");
  EXPECT_EQ(r.kpi.name, "东区");
  EXPECT_EQ(r.kpi.due, 3);
  EXPECT_EQ(r.kpi.closedOfDue, 1);
  ASSERT_TRUE(r.kpi.completionRate);
  EXPECT_DOUBLE_EQ(*r.kpi.completionRate, 1.0 / 3);
  EXPECT_DOUBLE_EQ(*r.kpi.onTimeRate, 1.0 / 3);
  EXPECT_EQ(r.kpi.overdue, 3);
  EXPECT_EQ(r.kpi.rank, 2);
  // The ranking is among all districts, the city their sum.
  ASSERT_EQ(r.ranking.size(), 3u);
  EXPECT_EQ(r.ranking[0].code, "XQ");
  EXPECT_EQ(r.ranking[1].code, "DQ");
  EXPECT_EQ(r.ranking[2].code, "ZQ");
  EXPECT_EQ(r.city.due, 5);
  EXPECT_EQ(r.city.closedOfDue, 3);
  EXPECT_DOUBLE_EQ(*r.city.completionRate, 0.6);
  // The network of the district alone.
  EXPECT_EQ(r.network.pipes, 3);
  EXPECT_NEAR(r.network.lengthKm, 0.3, 1e-9);
  EXPECT_NEAR(r.network.lengthKmByDrainage[0], 0.1, 1e-9);  // rain e2
  EXPECT_NEAR(r.network.lengthKmByDrainage[1], 0.1, 1e-9);  // sewage e1
  EXPECT_NEAR(r.network.lengthKmByDrainage[2], 0.1, 1e-9);  // combined e3
  EXPECT_EQ(r.network.manholes, 4);
  // The district's boundary box.
  EXPECT_DOUBLE_EQ(r.extent.minX, 500000);
  EXPECT_DOUBLE_EQ(r.extent.maxX, 500500);
  EXPECT_DOUBLE_EQ(r.extent.maxY, 3350500);
  // Defects per km by grade on the latest inspections (e1's 2025-10-01 PL2 does not count).
  EXPECT_EQ(r.kpi.defectsByGrade, (std::array<std::int64_t, 4>{1, 1, 2, 1}));
  EXPECT_NEAR(r.kpi.defectsPerKm[0], 5, 1e-6);
  EXPECT_NEAR(r.kpi.defectsPerKm[2], 10, 1e-6);
  EXPECT_NEAR(r.kpi.defectsPerKm[3], 5, 1e-6);
}

TEST_F(ReportContent, TheKpiTableSetsTheDistrictAgainstTheCityWithTheFractionsBehindTheRates) {
  const auto lines = march("DQ").kpiLines();
  ASSERT_EQ(lines.size(), 12u);
  const auto& completion = line(lines, "Completion rate");
  EXPECT_EQ(completion.unit, KpiLine::Unit::Rate);
  EXPECT_DOUBLE_EQ(*completion.value, 1.0 / 3);
  EXPECT_EQ(completion.detail, "1/3");
  EXPECT_DOUBLE_EQ(*completion.cityValue, 0.6);
  EXPECT_EQ(completion.cityDetail, "3/5");
  const auto& onTime = line(lines, "On-time rate");
  EXPECT_EQ(onTime.detail, "1/3");      // C on time / (C closed + B and E late and open)
  EXPECT_EQ(onTime.cityDetail, "2/5");  // C, X1 / (C, X1, X2 + B, E)
  EXPECT_DOUBLE_EQ(*line(lines, "Overdue orders (open)").value, 3);
  EXPECT_DOUBLE_EQ(*line(lines, "Overdue orders (open)").cityValue, 3);
  // Open on 03-31: A issued, B in progress, D issued, E submitted.
  EXPECT_DOUBLE_EQ(*line(lines, "Open orders").value, 4);
  const auto& density = line(lines, "Misconnections per km of separate sewer");
  EXPECT_NEAR(*density.value, 10, 1e-6);                           // 2 points on e1 + e2 (0.2 km)
  const auto& returns = line(lines, "Return rate at acceptance");  // C and E submitted in March, none returned
  ASSERT_TRUE(returns.value);
  EXPECT_DOUBLE_EQ(*returns.value, 0);
  EXPECT_EQ(returns.detail, "0/2");
}

TEST_F(ReportContent, OverdueOrdersAreTheKpisOwnMostOverdueFirstInTheirStateOnTheReferenceDay) {
  const auto r = march("DQ");
  ASSERT_THAT(numbers(r.overdue), ElementsAre("DQ-2026-0001", "DQ-2026-0002", "DQ-2026-0005"));
  EXPECT_EQ(r.overdue.size(), static_cast<std::size_t>(r.kpi.overdue));
  const auto& a = r.overdue[0];
  EXPECT_EQ(a.id, order.at("A"));
  EXPECT_EQ(a.district, "东区");
  EXPECT_EQ(a.kind, "repair");
  EXPECT_EQ(a.state, "issued");
  EXPECT_EQ(a.assignee, "一队");
  EXPECT_EQ(a.issuedOn, "2026-01-05");
  EXPECT_EQ(a.deadline, "2026-02-15");
  EXPECT_EQ(a.daysOverdue, 44);  // 02-15 to 03-31
  EXPECT_EQ(a.ageDays, 85);      // 01-05 to 03-31
  EXPECT_EQ(a.findings, "e1 PL4 @ 10 m");
  EXPECT_EQ(a.location, "人民路");
  EXPECT_EQ(r.overdue[1].state, "in_progress");
  EXPECT_EQ(r.overdue[1].daysOverdue, 21);
  EXPECT_EQ(r.overdue[1].ageDays, 58);
  // E is closed today (04-02) but was submitted, and overdue, on 03-31.
  const auto& e = r.overdue[2];
  EXPECT_EQ(e.state, "submitted");
  EXPECT_EQ(e.kind, "separation");
  EXPECT_EQ(e.daysOverdue, 6);
  EXPECT_EQ(e.ageDays, 26);
  EXPECT_THAT(e.findings, HasSubstr("(E2)"));  // the point's manhole
  EXPECT_THAT(e.findings, HasSubstr("#"));
  // Every listed order is what ordersBehind counts as overdue.
  auto behind = ordersBehind(*project, parsePeriod("2026-03"), district.at("DQ"), "overdue");
  std::vector<std::int64_t> listed;
  for (const auto& o : r.overdue) listed.push_back(o.id);
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(listed, behind);
  // XQ has none; in April (reference day today, 04-15) DQ still has A and B, no longer E.
  EXPECT_TRUE(march("XQ").overdue.empty());
  const auto april = buildDistrictReport(*project, catalogues, parsePeriod("2026-04"), district.at("DQ"));
  EXPECT_EQ(april.referenceDay, "2026-04-15");
  EXPECT_THAT(numbers(april.overdue), ElementsAre("DQ-2026-0001", "DQ-2026-0002"));
  EXPECT_EQ(april.overdue[0].daysOverdue, 59);
}

TEST_F(ReportContent, TheCitySummaryComparesEveryDistrictAndListsTheMostOverdue) {
  const auto r = buildCityReport(*project, catalogues, parsePeriod("2026-03"), 2);
  ASSERT_EQ(r.ranking.size(), 3u);
  ASSERT_EQ(r.networks.size(), 3u);
  EXPECT_EQ(r.ranking[0].name, "西区");
  EXPECT_EQ(r.networks[0].pipes, 1);  // networks follow the ranking
  EXPECT_EQ(r.networks[1].pipes, 3);
  EXPECT_EQ(r.networks[2].pipes, 0);
  EXPECT_EQ(r.cityNetwork.pipes, 4);
  EXPECT_NEAR(r.cityNetwork.lengthKm, 0.4, 1e-9);
  EXPECT_EQ(r.cityNetwork.manholes, 6);
  EXPECT_EQ(r.city.overdue, 3);
  EXPECT_EQ(r.overdueTotal, 3);
  EXPECT_THAT(numbers(r.overdue), ElementsAre("DQ-2026-0001", "DQ-2026-0002"));  // the limit: 2 of 3
  EXPECT_EQ(buildCityReport(*project, catalogues, parsePeriod("2026-03")).overdue.size(), 3u);
}

TEST_F(ReportContent, BadPeriodsAndUnknownDistrictsAreRefused) {
  try {
    buildDistrictReport(*project, catalogues, Period{"2026-03-31", "2026-03-01", "backwards"}, district.at("DQ"));
    ADD_FAILURE() << "a reversed period was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_THAT(e.what(), HasSubstr("backwards"));
  }
  try {
    buildDistrictReport(*project, catalogues, parsePeriod("2026-03"), 9999);
    ADD_FAILURE() << "a district that does not exist was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    EXPECT_THAT(e.what(), HasSubstr("9999"));
  }
}

TEST_F(ReportContent, TheOrderLedgerHasEveryIssuedOrderWithTodaysAgeAndOverdueFlag) {
  const auto rows = orderLedger(*project, catalogues, district.at("DQ"));
  std::vector<std::string> listed;
  for (const auto& r : rows) listed.push_back(r.number);
  // F is a draft: not an order yet. Ordered by number.
  EXPECT_THAT(listed, ElementsAre("DQ-2026-0001", "DQ-2026-0002", "DQ-2026-0003", "DQ-2026-0004", "DQ-2026-0005"));
  const auto& a = rows[0];
  EXPECT_EQ(a.state, "issued");
  EXPECT_TRUE(a.overdue);
  EXPECT_EQ(a.daysOverdue, 59);  // 02-15 to 04-15
  EXPECT_EQ(a.days, 100);        // open: 01-05 to today
  EXPECT_EQ(a.findings, "e1 PL4 @ 10 m");
  EXPECT_EQ(a.location, "人民路");
  ASSERT_TRUE(a.at);  // the order's place: its finding
  EXPECT_NEAR(a.at->x, 500110, 1e-6);
  const auto& c = rows[2];
  EXPECT_EQ(c.state, "closed");
  EXPECT_EQ(c.closedOn, "2026-03-18");
  EXPECT_EQ(c.days, 26);  // closed: 02-20 to 03-18
  EXPECT_FALSE(c.overdue);
  ASSERT_TRUE(rows[3].estimatedCost);
  EXPECT_DOUBLE_EQ(*rows[3].estimatedCost, 12000);
  EXPECT_FALSE(rows[3].overdue);  // deadline 04-30
  EXPECT_EQ(rows[4].kind, "separation");
  // The whole project: both districts.
  EXPECT_EQ(orderLedger(*project, catalogues, std::nullopt).size(), 7u);
  EXPECT_TRUE(orderLedger(*project, catalogues, district.at("ZQ")).empty());
}

TEST_F(ReportContent, TheDefectRegisterListsEveryDefectWithItsInspectionAndOrder) {
  const auto rows = defectRegister(*project, catalogues, district.at("DQ"));
  ASSERT_EQ(rows.size(), 6u);  // e1: PL2 (old inspection), PL4, CK3; e2: PL3, SL1, CK2
  const auto& old = rows[0];
  EXPECT_EQ(old.pipe, "e1");
  EXPECT_EQ(old.code, "PL");
  EXPECT_EQ(old.grade, 2);
  EXPECT_EQ(old.inspectedOn, "2025-10-01");
  EXPECT_FALSE(old.latest);
  EXPECT_EQ(old.order, "");
  const auto& pl4 = rows[1];
  EXPECT_EQ(pl4.name, "破裂");
  EXPECT_EQ(pl4.defectClass, "structural");
  EXPECT_EQ(pl4.district, "东区");
  EXPECT_EQ(pl4.road, "人民路");
  EXPECT_EQ(pl4.drainage, "sewage");
  EXPECT_DOUBLE_EQ(*pl4.diameterMm, 400);
  EXPECT_DOUBLE_EQ(pl4.distanceM, 10);
  EXPECT_EQ(pl4.method, "cctv");
  EXPECT_EQ(pl4.team, "一队");
  EXPECT_TRUE(pl4.latest);
  EXPECT_EQ(pl4.order, "DQ-2026-0001");
  EXPECT_EQ(pl4.orderState, "issued");
  const auto ck2 =
      std::find_if(rows.begin(), rows.end(), [](const DefectRegisterRow& r) { return r.code == "CK" && r.grade == 2; });
  ASSERT_NE(ck2, rows.end());
  EXPECT_EQ(ck2->order, "DQ-2026-0006");  // the draft F
  EXPECT_EQ(ck2->orderState, "draft");
  EXPECT_EQ(defectRegister(*project, catalogues, std::nullopt).size(), 7u);
}

TEST_F(ReportContent, TheMisconnectionRegisterGradesEveryPoint) {
  const auto rows = misconnectionRegister(*project, catalogues, std::nullopt);
  ASSERT_EQ(rows.size(), 3u);
  // By district code (DQ before XQ), then id.
  EXPECT_EQ(rows[0].district, "东区");
  EXPECT_EQ(rows[0].place, "E2");
  EXPECT_EQ(rows[0].degree, 2);  // COD 150: moderate
  EXPECT_EQ(rows[0].degreeName, "中度");
  EXPECT_EQ(rows[0].order, "DQ-2026-0005");
  EXPECT_EQ(rows[0].orderState, "closed");
  EXPECT_EQ(rows[0].status, "待核实");
  EXPECT_EQ(rows[0].recordedOn, "2025-12-31");
  EXPECT_EQ(rows[1].place, "e1");
  EXPECT_EQ(rows[1].road, "人民路");
  EXPECT_EQ(rows[1].degree, 3);  // COD 250: severe
  EXPECT_EQ(rows[1].order, "");
  ASSERT_TRUE(rows[1].at);
  EXPECT_NEAR(rows[1].at->x, 500150, 1e-6);
  EXPECT_EQ(rows[2].district, "西区");
  EXPECT_EQ(rows[2].degree, 1);  // COD 80: slight
  EXPECT_EQ(rows[0].type, rows[2].type);
  EXPECT_FALSE(rows[0].type.empty());
  EXPECT_EQ(misconnectionRegister(*project, catalogues, district.at("XQ")).size(), 1u);
}

}  // namespace
}  // namespace pw::test
