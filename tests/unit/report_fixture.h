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

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/feedback.h"
#include "core/tempdir.h"
#include "importer/import.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "orders/users.h"
#include "shapefile_builder.h"
#include "store/project.h"

namespace pw::test {

class ReportFixture : public ::testing::Test {
protected:
  TempDir dir;
  std::unique_ptr<Project> project;
  ProjectCatalogues catalogues{DefectCatalogue::loadById("cjj181-2012"), MisconnectionCatalogue::loadById("tcecs758-2020")};
  std::unique_ptr<FindingsStore> findings;
  std::unique_ptr<OrderStore> orders;
  std::map<std::string, std::int64_t> district;  // code -> id
  std::map<std::string, std::int64_t> order;     // A, B, ... -> id

  static void setNow(const std::string& at) { setenv("PIPEWARD_NOW", at.c_str(), 1); }

  void SetUp() override {
    setNow("2025-09-01T08:00:00Z");
    ShapefileBuilder d(dir.path() + "/districts.shp", wkbPolygon, 4549, "UTF-8");
    d.field("QXMC", OFTString, 20).field("QXDM", OFTString, 6);
    const std::vector<std::pair<std::string, std::string>> names{{"东区", "DQ"}, {"西区", "XQ"}, {"中区", "ZQ"}};
    for (std::size_t i = 0; i < names.size(); ++i) {
      const auto x0 = std::to_string(500000 + 500 * i), x1 = std::to_string(500500 + 500 * i);
      d.add("POLYGON((" + x0 + " 3350000," + x1 + " 3350000," + x1 + " 3350500," + x0 + " 3350500," + x0 + " 3350000))",
            {names[i].first, names[i].second});
    }
    d.write();
    ShapefileBuilder m(dir.path() + "/manholes.shp", wkbPoint, 4549, "UTF-8");
    m.field("WTDH", OFTString, 8);
    for (const auto& [code, xy] : std::vector<std::pair<std::string, std::string>>{
             {"E1", "500100 3350100"}, {"E2", "500200 3350100"}, {"E3", "500300 3350100"}, {"E4", "500400 3350100"},
             {"W1", "500600 3350100"}, {"W2", "500700 3350100"}}) {
      m.add("POINT(" + xy + ")", {code});
    }
    m.write();
    ShapefileBuilder p(dir.path() + "/pipes.shp", wkbLineString, 4549, "UTF-8");
    p.field("GXBH", OFTString, 8).field("QDBH", OFTString, 8).field("ZDBH", OFTString, 8).field("PSLX", OFTString, 8);
    p.field("GJ", OFTReal).field("SSDL", OFTString, 20);
    using V = std::vector<FieldValue>;
    p.add("LINESTRING(500100 3350100,500200 3350100)", V{"e1", "E1", "E2", "污水", 400.0, "人民路"});
    p.add("LINESTRING(500200 3350100,500300 3350100)", V{"e2", "E2", "E3", "雨水", 600.0, "人民路"});
    p.add("LINESTRING(500300 3350100,500400 3350100)", V{"e3", "E3", "E4", "合流", 400.0, "人民路"});
    p.add("LINESTRING(500600 3350100,500700 3350100)", V{"w1", "W1", "W2", "污水", 300.0, "西湖路"});
    p.write();
    project = Project::create(dir.path() + "/report-city.sqlite", 4549);
    auto plans = planImports({dir.path() + "/districts.shp", dir.path() + "/manholes.shp", dir.path() + "/pipes.shp"},
                             {}, 4549);
    Feedback feedback;
    runImport(*project, plans, feedback);
    for (const auto& [name, code] : names) {
      district[code] = project->db().scalarInt("SELECT id FROM districts WHERE code = '" + code + "'");
    }
    UserStore users(*project);
    users.add({.name = "东经理", .role = UserRole::DistrictManager}, "DQ", "admin");
    users.add({.name = "西经理", .role = UserRole::DistrictManager}, "XQ", "admin");
    findings = std::make_unique<FindingsStore>(*project, catalogues.defects, catalogues.misconnections);
    orders = std::make_unique<OrderStore>(*project, catalogues);

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
                       {{y + "02-20", A::Issue}, {y + "02-21", A::Accept}, {y + "02-22", A::Start},
                        {y + "03-15", A::Submit}, {y + "03-18", A::Close}});
    order["D"] = raise("东经理", {"defect", e2SL1}, y + "03-01", y + "04-30", {{y + "03-01", A::Issue}}, 12000);
    order["E"] = raise("东经理", {"misconnection", pointE2}, y + "03-05", y + "03-25",
                       {{y + "03-05", A::Issue}, {y + "03-06", A::Accept}, {y + "03-07", A::Start},
                        {y + "03-30", A::Submit}, {y + "04-02", A::Close}});
    order["F"] = raise("东经理", {"defect", e2CK2}, y + "03-10", y + "04-10", {});
    order["X1"] = raise("西经理", {"defect", w1CK2}, y + "02-01", y + "03-05",
                        {{y + "02-01", A::Issue}, {y + "02-02", A::Accept}, {y + "02-03", A::Start},
                         {y + "03-03", A::Submit}, {y + "03-04", A::Close}});
    order["X2"] = raise("西经理", {"misconnection", pointW1}, y + "03-01", y + "03-20",
                        {{y + "03-01", A::Issue}, {y + "03-02", A::Accept}, {y + "03-03", A::Start},
                         {y + "03-24", A::Submit}, {y + "03-25", A::Close}});
    setNow("2026-04-15T09:00:00Z");
  }
  void TearDown() override { unsetenv("PIPEWARD_NOW"); }

  std::int64_t pipe(const std::string& code) {
    return project->db().scalarInt("SELECT id FROM pipes WHERE code = '" + code + "'");
  }
  std::int64_t manhole(const std::string& code) {
    return project->db().scalarInt("SELECT id FROM manholes WHERE code = '" + code + "'");
  }
  std::int64_t inspect(const std::string& pipeCode, const std::string& date) {
    InspectionRecord r;
    r.pipeId = pipe(pipeCode);
    r.date = date;
    r.method = "cctv";
    r.direction = "with_flow";
    r.team = "一队";
    return findings->addInspection(r, "admin");
  }
  std::int64_t defect(std::int64_t inspection, const std::string& code, int grade, double distance) {
    DefectRecord d;
    d.inspectionId = inspection;
    d.code = code;
    d.grade = grade;
    d.distance = distance;
    return findings->addDefect(d, "admin");
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
  struct Step {
    std::string day;
    OrderAction action;
  };
  std::int64_t raise(const std::string& user, OrderItem item, const std::string& created, const std::string& deadline,
                     const std::vector<Step>& steps, std::optional<double> cost = std::nullopt) {
    setNow(created + "T07:00:00Z");
    OrderDraft draft;
    draft.items = {item};
    draft.assignee = "一队";
    draft.deadline = deadline;
    draft.estimatedCost = cost;
    const auto id = orders->create(draft, user);
    for (const auto& s : steps) {
      setNow(s.day + "T08:00:00Z");
      TransitionRequest r;
      r.action = s.action;
      r.version = orders->order(id)->version;
      if (s.action == OrderAction::Close) {
        r.signedBy = "王工程师";
        r.evidence = {{"record.pdf", "%PDF-1.4 signed re-inspection"}};
      }
      orders->transition(id, r, user);
    }
    return id;
  }
};

}  // namespace pw::test
