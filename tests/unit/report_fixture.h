#pragma once
// A crafted city for the report tests, every number worked out by hand (the KPI tests' approach: orders driven through
// the order store with the clock, PIPEWARD_NOW, set to each step's moment).
//
// Districts side by side, 500 m wide: 东区 DQ, 西区 XQ and 中区 ZQ (empty). Every pipe is 100 m, on 人民路 (DQ) or
// 西湖路 (XQ).
//   DQ: e1 sewage, e2 rain, e3 combined; 4 manholes. e1 inspected 2025-10-01 (PL2 at 5 m; not the latest) and
//       2025-12-01 (PL4 at 10 m, CK3 at 20 m); e2 inspected 2025-12-01 (PL3 at 10 m, SL1 at 30 m, CK2 at 40 m).
//       Latest defects by grade 1, 2, 3, 4: 1, 1, 2, 1 on 0.2 km -> 5, 5, 10, 5 per km. Two misconnection points,
//       rain into sewage, COD 150 (moderate) and 250 (severe), at manhole E2 and on pipe e1.
//   XQ: w1 sewage; 2 manholes; inspected 2025-12-10 (CK2 at 20 m); one point at manhole W1, COD 80 (slight).
// Orders (created 07:00, each step at 08:00 of its day, all 2026 unless said):
//   DQ-2026-0001 A  e1 PL4        issued 01-05, deadline 02-15, never accepted
//   DQ-2026-0002 B  e1 CK3        issued 02-01, deadline 03-10, accepted 02-02, in progress 02-03
//   DQ-2026-0003 C  e2 PL3        issued 02-20, deadline 03-20, accepted, started, submitted 03-15, closed 03-18
//   DQ-2026-0004 D  e2 SL1        issued 03-01, deadline 04-30, estimated cost 12000
//   DQ-2026-0005 E  point at E2   issued 03-05, deadline 03-25, accepted, started 03-07, submitted 03-30,
//                                 closed 04-02 (after March: in March's report it is submitted and overdue)
//   DQ-2026-0006 F  e2 CK2        a draft, never issued
//   XQ-2026-0001 X1 w1 CK2        issued 02-01, deadline 03-05, accepted, started, submitted 03-03, closed 03-04
//   XQ-2026-0002 X2 point at W1   issued 03-01, deadline 03-20, accepted, started, submitted 03-24, closed 03-25
// Today is 2026-04-15.
// March 2026 (reference day 03-31):
//   DQ: due B C E = 3; closed of due C = 1 (33.3%); on time C / (C + late open B E) = 1/3; overdue A B E = 3
//       (A 44 days overdue, 85 days old; B 21 and 58; E 6 and 26).
//   XQ: due X1 X2 = 2, both closed (100%); on time X1 / (X1 X2) = 50%; overdue 0.
//   Ranking: XQ 1, DQ 2, ZQ 3 (nothing due).
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "crafted_city_test.h"
#include "crafted_work.h"

namespace pw::test {

class ReportFixture : public CraftedCityTest {
protected:
  std::map<std::string, std::int64_t> order;  // A, B, ... -> id

  void SetUp() override {
    setNow("2025-12-31T08:00:00Z");  // the survey of 2025 is in: no inspection is dated after today
    const CraftedCity city{.districts = {{"东区", "DQ", 500000, 3350000, 500500, 3350500},
                                         {"西区", "XQ", 500500, 3350000, 501000, 3350500},
                                         {"中区", "ZQ", 501000, 3350000, 501500, 3350500}},
                           .manholes = {{"E1", 500100, 3350100},
                                        {"E2", 500200, 3350100},
                                        {"E3", 500300, 3350100},
                                        {"E4", 500400, 3350100},
                                        {"W1", 500600, 3350100},
                                        {"W2", 500700, 3350100}},
                           .pipes = {{"e1", "E1", "E2", "污水", 400, "人民路"},
                                     {"e2", "E2", "E3", "雨水", 600, "人民路"},
                                     {"e3", "E3", "E4", "合流", 400, "人民路"},
                                     {"w1", "W1", "W2", "污水", 300, "西湖路"}}};
    importCity(city, {districtManager("东经理", "DQ"), districtManager("西经理", "XQ")}, "report-city.sqlite");

    const auto e1old = inspect("e1", "2025-10-01");
    defect(e1old, "PL", 2, 5);
    const auto e1 = inspect("e1", "2025-12-01");
    const auto e2 = inspect("e2", "2025-12-01");
    const auto w1 = inspect("w1", "2025-12-10");
    const auto e1PL4 = defect(e1, "PL", 4, 10), e1CK3 = defect(e1, "CK", 3, 20);
    const auto e2PL3 = defect(e2, "PL", 3, 10), e2SL1 = defect(e2, "SL", 1, 30), e2CK2 = defect(e2, "CK", 2, 40);
    const auto w1CK2 = defect(w1, "CK", 2, 20);
    const auto pointE2 = point(manhole("E2"), std::nullopt, 150);
    point(std::nullopt, pipe("e1"), 250);
    const auto pointW1 = point(manhole("W1"), std::nullopt, 80);

    using A = OrderAction;
    const std::string y = "2026-";
    order["A"] = raise("东经理", {"defect", e1PL4}, y + "01-05", y + "02-15", {{y + "01-05", A::Issue}});
    order["B"] = raise("东经理", {"defect", e1CK3}, y + "02-01", y + "03-10",
                       {{y + "02-01", A::Issue}, {y + "02-02", A::Accept}, {y + "02-03", A::Start}});
    order["C"] = raise("东经理", {"defect", e2PL3}, y + "02-20", y + "03-20",
                       {{y + "02-20", A::Issue},
                        {y + "02-21", A::Accept},
                        {y + "02-22", A::Start},
                        {y + "03-15", A::Submit},
                        {y + "03-18", A::Close}});
    order["D"] = raise("东经理", {"defect", e2SL1}, y + "03-01", y + "04-30", {{y + "03-01", A::Issue}}, 12000);
    order["E"] = raise("东经理", {"misconnection", pointE2}, y + "03-05", y + "03-25",
                       {{y + "03-05", A::Issue},
                        {y + "03-06", A::Accept},
                        {y + "03-07", A::Start},
                        {y + "03-30", A::Submit},
                        {y + "04-02", A::Close}});
    order["F"] = raise("东经理", {"defect", e2CK2}, y + "03-10", y + "04-10", {});
    order["X1"] = raise("西经理", {"defect", w1CK2}, y + "02-01", y + "03-05",
                        {{y + "02-01", A::Issue},
                         {y + "02-02", A::Accept},
                         {y + "02-03", A::Start},
                         {y + "03-03", A::Submit},
                         {y + "03-04", A::Close}});
    order["X2"] = raise("西经理", {"misconnection", pointW1}, y + "03-01", y + "03-20",
                        {{y + "03-01", A::Issue},
                         {y + "03-02", A::Accept},
                         {y + "03-03", A::Start},
                         {y + "03-24", A::Submit},
                         {y + "03-25", A::Close}});
    setNow("2026-04-15T09:00:00Z");
  }

  std::int64_t pipe(const std::string& code) { return idOf(*project, "pipes", code); }
  std::int64_t manhole(const std::string& code) { return idOf(*project, "manholes", code); }
  std::int64_t inspect(const std::string& pipeCode, const std::string& date) {
    return recordInspection(*project, *findings, pipeCode, date, "admin", "一队");
  }
  std::int64_t defect(std::int64_t inspection, const std::string& code, int grade, double distance) {
    return recordDefect(*findings, inspection, code, grade, distance, "admin");
  }
  std::int64_t point(std::optional<std::int64_t> manholeId, std::optional<std::int64_t> pipeId, double cod) {
    MisconnectionRecord mc;
    mc.manholeId = manholeId;
    mc.pipeId = pipeId;
    if (pipeId) mc.location = Point{500150, 3350100};
    mc.kind = "rain_into_sewage";
    mc.codMgL = cod;
    return findings->addMisconnection(mc, "admin");
  }
  std::int64_t raise(const std::string& user, OrderItem item, const std::string& created, const std::string& deadline,
                     const std::vector<OrderStep>& steps, std::optional<double> cost = std::nullopt) {
    return raiseOrder(*orders, user, item, created, deadline, steps, cost);
  }
};

}  // namespace pw::test
