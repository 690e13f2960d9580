#pragma once
// A crafted separation programme for the report tests, every number worked out by hand.
//
// Unit costs (project_meta): new sewer <= 400 mm 1000/m, (400, 800] 2000/m; 500 per household, 3000 per manhole,
// 2000 per point; ranking weights 10, 0.1, 20.
// Districts 东区 DQ (x 500000..500500) and 西区 XQ (x 500500..501000), y 3350000..3350500. Pipes, 100 m each on
// y = 3350100: h1 H1 -> H2 combined DN400, h2 H2 -> H3 combined DN600 (东区); c1 C1 -> C2 combined DN300, s1 S1 -> S2
// sewage DN300 (西区). Manholes H*, C* combined, S* sewage.
// Areas (x ranges, y 3350050..3350150 unless said):
//   A 幸福小区 东区 500050..500240, 100 households: h1 (h2 is 40% inside); H1, H2 mixed; m1 (at H2), m2 (inside)
//   B 和平小区 东区 500260..500450, 50 households: no pipe (h2 is 40% inside); H3 mixed
//   C 西湖小区 西区 500550..500750, 80 households: c1; C1, C2 mixed
//   D 师范校园 西区 500760..500950, campus, households not recorded: s1 (sewage); point m3 inside
//   E 工业街区 东区 500190..500310 x 3350080..3350120, block, 10 households: h2; H2, H3 mixed; m1 (at H2)
//   F 绿地小区 东区 500050..500150 x 3350300..3350400: nothing at all
// Points: m1 at H2, 150 m3/d, COD 250 (severe), open: order DQ-2026-0001 carries it, issued, not closed;
//         m2 at (500120, 3350130), 50 m3/d (slight), resolved after P1 was created; m3 at (500850, 3350130),
//         100 m3/d, COD 250 (severe).
// A defect d1 (PL3) on c1.
// Projects:
//   P1 幸福小区改造 2027 [A], design: scope m1, m2, h1, H1, H2; order DQ-2026-0001 linked.
//       100 m x 1000 + 100 x 500 + 2 x 3000 + 2 x 2000 = 160,000. Findings 2, closed 1 (m2).
//   P2 西湖小区改造 2027 [C], planning: scope c1, C1, C2 and d1 added.
//       100 m x 1000 + 80 x 500 + 2 x 3000 = 146,000. Findings 1 (d1), closed 0.
//   P3 和平小区改造 2028 [B], planning: scope H3. 50 x 500 + 3000 = 28,000. No findings.
// Candidates (in no project, something to separate), by score: E 10 x 1 + 0.1 x 150 + 20 x 3 = 85, D 10 + 10 + 60 =
// 80; F has nothing. Both as one project: h2 100 m x 2000 + 10 x 500 + H2, H3 2 x 3000 + m1, m3 2 x 2000 = 215,000.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "access/users.h"
#include "core/feedback.h"
#include "core/tempdir.h"
#include "importer/import.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "plan/area_geometry.h"
#include "plan/communities.h"
#include "plan/separation.h"
#include "shapefile_builder.h"
#include "store/project.h"

namespace pw::test {

class SeparationFixture : public ::testing::Test {
protected:
  static constexpr const char* kCosts = R"({
    "currency": "CNY", "combined_pipe_becomes": "rain", "diameter_when_unknown_mm": 300,
    "new_pipe_per_m": {
      "sewage": [{"le": 400, "cost": 1000}, {"gt": 400, "le": 800, "cost": 2000}, {"gt": 800, "cost": 3000}],
      "rain": [{"le": 400, "cost": 800}, {"gt": 400, "cost": 1600}]
    },
    "per_household_connection": 500, "per_manhole_rebuild": 3000, "per_misconnection_point": 2000,
    "ranking": {"weight_misconnection": 10, "weight_flow": 0.1, "weight_grade": 20}
  })";

  TempDir dir;
  std::unique_ptr<Project> project;
  ProjectCatalogues catalogues{DefectCatalogue::loadById("cjj181-2012"),
                               MisconnectionCatalogue::loadById("tcecs758-2020")};
  std::int64_t areaA = 0, areaB = 0, areaC = 0, areaD = 0, areaE = 0, areaF = 0;
  std::int64_t m1 = 0, m2 = 0, m3 = 0, d1 = 0, order = 0;
  std::int64_t p1 = 0, p2 = 0, p3 = 0;
  std::int64_t districtDQ = 0, districtXQ = 0;

  void SetUp() override {
    setenv("PIPEWARD_NOW", "2026-05-10T08:00:00Z", 1);
    using V = std::vector<FieldValue>;
    ShapefileBuilder d(dir.path() + "/districts.shp", wkbPolygon, 4549, "UTF-8");
    d.field("QXMC", OFTString, 20).field("QXDM", OFTString, 6);
    d.add("POLYGON((500000 3350000,500500 3350000,500500 3350500,500000 3350500,500000 3350000))", {"东区", "DQ"});
    d.add("POLYGON((500500 3350000,501000 3350000,501000 3350500,500500 3350500,500500 3350000))", {"西区", "XQ"});
    d.write();
    ShapefileBuilder m(dir.path() + "/manholes.shp", wkbPoint, 4549, "UTF-8");
    m.field("WTDH", OFTString, 8).field("PSLX", OFTString, 8);
    for (const auto& [code, x, type] : std::vector<std::tuple<std::string, int, std::string>>{{"H1", 500100, "合流"},
                                                                                              {"H2", 500200, "合流"},
                                                                                              {"H3", 500300, "合流"},
                                                                                              {"C1", 500600, "合流"},
                                                                                              {"C2", 500700, "合流"},
                                                                                              {"S1", 500800, "污水"},
                                                                                              {"S2", 500900, "污水"}}) {
      m.add("POINT(" + std::to_string(x) + " 3350100)", V{code, type});
    }
    m.write();
    ShapefileBuilder p(dir.path() + "/pipes.shp", wkbLineString, 4549, "UTF-8");
    p.field("GXBH", OFTString, 8).field("QDBH", OFTString, 8).field("ZDBH", OFTString, 8).field("PSLX", OFTString, 8);
    p.field("GJ", OFTReal);
    p.add("LINESTRING(500100 3350100,500200 3350100)", V{"h1", "H1", "H2", "合流", 400.0});
    p.add("LINESTRING(500200 3350100,500300 3350100)", V{"h2", "H2", "H3", "合流", 600.0});
    p.add("LINESTRING(500600 3350100,500700 3350100)", V{"c1", "C1", "C2", "合流", 300.0});
    p.add("LINESTRING(500800 3350100,500900 3350100)", V{"s1", "S1", "S2", "污水", 300.0});
    p.write();
    project = Project::create(dir.path() + "/programme.sqlite", 4549);
    auto plans =
        planImports({dir.path() + "/districts.shp", dir.path() + "/manholes.shp", dir.path() + "/pipes.shp"}, {}, 4549);
    Feedback feedback;
    runImport(*project, plans, feedback);
    districtDQ = project->db().scalarInt("SELECT id FROM districts WHERE code = 'DQ'");
    districtXQ = project->db().scalarInt("SELECT id FROM districts WHERE code = 'XQ'");
    UserStore users(*project);
    users.add({.name = "规划", .role = UserRole::Planner}, "", "admin");
    users.add({.name = "东经理", .role = UserRole::DistrictManager}, "DQ", "admin");
    project->setMeta("separation_costs", kCosts);

    areaA = area("幸福小区", box(500050, 500240), 100);
    areaB = area("和平小区", box(500260, 500450), 50);
    areaC = area("西湖小区", box(500550, 500750), 80);
    areaD = area("师范校园", box(500760, 500950), std::nullopt, "campus");
    areaE = area("工业街区", box(500190, 500310, 3350080, 3350120), 10, "block");
    areaF = area("绿地小区", box(500050, 500150, 3350300, 3350400), 30);

    FindingsStore findings(*project, catalogues.defects, catalogues.misconnections);
    MisconnectionRecord r;
    r.manholeId = idOf("manholes", "H2");
    r.kind = "sewage_into_rain";
    r.flowM3d = 150;
    r.codMgL = 250;
    m1 = findings.addMisconnection(r, "admin");
    r = {};
    r.location = Point{500120, 3350130};
    r.kind = "sewage_into_rain";
    r.flowM3d = 50;
    m2 = findings.addMisconnection(r, "admin");
    r.location = Point{500850, 3350130};
    r.flowM3d = 100;
    r.codMgL = 250;
    m3 = findings.addMisconnection(r, "admin");
    InspectionRecord inspection;
    inspection.pipeId = idOf("pipes", "c1");
    inspection.date = "2026-04-01";
    inspection.method = "cctv";
    inspection.direction = "with_flow";
    DefectRecord defect;
    defect.inspectionId = findings.addInspection(inspection, "admin");
    defect.code = "PL";
    defect.grade = 3;
    defect.distance = 20;
    d1 = findings.addDefect(defect, "admin");

    OrderStore orders(*project, catalogues);
    OrderDraft draft;
    draft.items = {{"misconnection", m1}};
    draft.kind = "separation";
    draft.assignee = "一队";
    order = orders.create(draft, "东经理");
    orders.transition(order, {OrderAction::Issue, orders.order(order)->version, "", {}, {}, {}, {}}, "东经理");

    SeparationStore store(*project, catalogues);
    p1 = store.create({"幸福小区改造", 2027, {areaA}, std::nullopt, true, {}}, "规划");
    store.linkOrder(p1, orders.order(order)->number, "规划");
    store.setStatus(p1, store.project(p1)->version, SeparationStatus::Design, "", "规划");
    auto resolved = *findings.misconnection(m2);
    resolved.status = "resolved";
    findings.updateMisconnection(resolved, "admin");
    p2 = store.create({"西湖小区改造", 2027, {areaC}, std::nullopt, true, {{"defect", d1}}}, "规划");
    p3 = store.create({"和平小区改造", 2028, {areaB}, std::nullopt, true, {}}, "规划");
  }
  void TearDown() override { unsetenv("PIPEWARD_NOW"); }

  static std::string box(int x0, int x1, int y0 = 3350050, int y1 = 3350150) {
    const auto a = std::to_string(x0), b = std::to_string(x1), c = std::to_string(y0), d = std::to_string(y1);
    return "POLYGON((" + a + " " + c + "," + b + " " + c + "," + b + " " + d + "," + a + " " + d + "," + a + " " + c +
           "))";
  }
  std::int64_t idOf(const std::string& table, const std::string& code) {
    return project->db().scalarInt("SELECT id FROM " + table + " WHERE code = '" + code + "'");
  }
  std::int64_t area(const std::string& name, const std::string& wkt, std::optional<std::int64_t> households,
                    const std::string& kind = "old_residential") {
    Community c;
    c.name = name;
    c.polygons = polygonFromWkt(wkt);
    c.households = households;
    c.kind = kind;
    return CommunityStore(*project).add(c, "规划");
  }
};

}  // namespace pw::test
