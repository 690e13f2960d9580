// Export selections (district, drainage type, grade, order state and overdue, explicit ids), the findings, orders
// and import-issue layers read back with OGR, and every refusal: nothing is left at the output path when an export
// is refused, fails half-way or is cancelled.
#include <gmock/gmock.h>

#include <filesystem>

#include "core/error.h"
#include "export_fixture.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"

namespace pw::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

std::vector<std::string> column(const std::vector<std::map<std::string, std::string>>& rows, const std::string& name) {
  std::vector<std::string> out;
  for (const auto& r : rows) out.push_back(r.count(name) ? r.at(name) : "");
  return out;
}

class ExportFindings : public ExportFixture {
protected:
  ProjectCatalogues catalogues{DefectCatalogue::loadById("cjj181-2012"),
                               MisconnectionCatalogue::loadById("tcecs758-2020")};
  std::int64_t defect4 = 0, defect2 = 0, point = 0, order = 0;

  void SetUp() override {
    setenv("PIPEWARD_NOW", "2026-03-10T08:00:00Z", 1);
    ExportFixture::SetUp();
    FindingsStore findings(*project, catalogues.defects, catalogues.misconnections);
    InspectionRecord inspection;
    inspection.pipeId = project->db().scalarInt("SELECT id FROM pipes WHERE code = 'e1'");
    inspection.date = "2026-03-01";
    inspection.method = "cctv";
    inspection.direction = "with_flow";
    inspection.team = "一队";
    const auto inspectionId = findings.addInspection(inspection, "admin");
    DefectRecord d;
    d.inspectionId = inspectionId;
    d.code = "PL";
    d.grade = 4;
    d.distance = 30;
    d.description = "管顶纵向破裂，长约0.5米";
    defect4 = findings.addDefect(d, "admin");
    d.code = "CJ";
    d.grade = 2;
    d.distance = 60;
    d.description.reset();
    defect2 = findings.addDefect(d, "admin");
    MisconnectionRecord m;
    m.location = Point{500650, 3350120};
    m.kind = "rain_into_sewage";
    m.codMgL = 150;
    m.description = "小区阳台废水接入";
    point = findings.addMisconnection(m, "admin");
    OrderStore orders(*project, catalogues);
    OrderDraft draft;
    draft.items = {{"defect", defect4}};
    draft.assignee = "一队";
    draft.deadline = "2026-03-05";
    draft.description = "破裂修复";
    order = orders.create(draft, "admin");
  }
  void TearDown() override { unsetenv("PIPEWARD_NOW"); }

  void issue(std::int64_t id) {
    OrderStore orders(*project, catalogues);
    TransitionRequest r;
    r.action = OrderAction::Issue;
    r.version = orders.order(id)->version;
    orders.transition(id, r, "admin");
  }
};

}  // namespace

TEST_F(ExportFixture, FiltersSelectByDistrictDrainageAndIds) {
  ExportFilter east;
  east.district = "东区";
  EXPECT_EQ(column(readBack(exportTo(ExportLayer::Pipes, ExportFormat::GeoPackage, "east.gpkg", east).path), "GXBH"),
            (std::vector<std::string>{"e1", "e2"}));
  ExportFilter westCode;
  westCode.district = "XQ";  // by code too
  EXPECT_EQ(exportTo(ExportLayer::Manholes, ExportFormat::GeoPackage, "west.gpkg", westCode).count, 2);
  EXPECT_EQ(exportTo(ExportLayer::Districts, ExportFormat::GeoPackage, "d.gpkg", westCode).count, 1);

  ExportFilter sewage;
  sewage.drainage = "sewage";
  EXPECT_EQ(column(readBack(exportTo(ExportLayer::Pipes, ExportFormat::GeoJson, "s.geojson", sewage).path), "GXBH"),
            (std::vector<std::string>{"e1"}));

  const auto w1 = project->db().scalarInt("SELECT id FROM pipes WHERE code = 'w1'");
  const auto e2 = project->db().scalarInt("SELECT id FROM pipes WHERE code = 'e2'");
  ExportFilter selection;
  selection.ids = {w1, e2};
  EXPECT_EQ(column(readBack(exportTo(ExportLayer::Pipes, ExportFormat::Csv, "sel.csv", selection).path), "GXBH"),
            (std::vector<std::string>{"e2", "w1"}));
  EXPECT_THAT(selectForExport(*project, ExportLayer::Pipes, selection), UnorderedElementsAre(w1, e2));
  selection.district = "东区";  // every criterion holds
  EXPECT_THAT(selectForExport(*project, ExportLayer::Pipes, selection), ElementsAre(e2));
}

TEST_F(ExportFixture, AnEmptySelectionWritesAnEmptyFileAndSaysSo) {
  ExportFilter none;
  none.district = "西区";
  none.drainage = "rain";
  const auto r = exportTo(ExportLayer::Pipes, ExportFormat::Shapefile, "none.shp", none);
  EXPECT_EQ(r.count, 0);
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_THAT(r.notes[0].english(), HasSubstr("nothing matched"));
  EXPECT_TRUE(readBack(r.path).empty());
  EXPECT_TRUE(std::filesystem::exists(file("none.dbf")));
}

TEST_F(ExportFindings, DefectsMisconnectionsAndOrdersAreReadableElsewhere) {
  const auto d = readBack(exportTo(ExportLayer::Defects, ExportFormat::GeoPackage, "defects.gpkg").path);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].at("id"), std::to_string(defect4));
  EXPECT_EQ(d[0].at("pipe"), "e1");
  EXPECT_EQ(d[0].at("code"), "PL");
  EXPECT_EQ(d[0].at("code_name"), "破裂");
  EXPECT_EQ(d[0].at("class"), "structural");
  EXPECT_EQ(d[0].at("grade"), "4");
  EXPECT_EQ(d[0].at("team"), "一队");
  EXPECT_EQ(d[0].at("district"), "东区");
  EXPECT_EQ(d[0].at("description"), "管顶纵向破裂，长约0.5米");
  EXPECT_EQ(d[0].at("WKT"), "POINT (500130 3350100)");

  ExportFilter severe;
  severe.minGrade = 3;
  EXPECT_THAT(column(readBack(exportTo(ExportLayer::Defects, ExportFormat::Csv, "severe.csv", severe).path), "id"),
              ElementsAre(std::to_string(defect4)));
  ExportFilter grade2;
  grade2.grade = 2;
  EXPECT_EQ(exportTo(ExportLayer::Defects, ExportFormat::GeoJson, "g2.geojson", grade2).count, 1);

  const auto m = readBack(exportTo(ExportLayer::Misconnections, ExportFormat::GeoJson, "mc.geojson").path);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].at("kind"), "rain_into_sewage");
  EXPECT_FALSE(m[0].at("kind_name").empty());
  EXPECT_EQ(m[0].at("degree"), "2");  // COD 150 mg/L: moderate
  EXPECT_EQ(m[0].at("district"), "西区");
  ExportFilter severePoints;
  severePoints.grade = 3;
  EXPECT_EQ(exportTo(ExportLayer::Misconnections, ExportFormat::GeoPackage, "mc3.gpkg", severePoints).count, 0);
  severePoints.grade.reset();
  severePoints.minGrade = 2;
  EXPECT_EQ(exportTo(ExportLayer::Misconnections, ExportFormat::GeoPackage, "mc2.gpkg", severePoints).count, 1);

  const auto o = readBack(exportTo(ExportLayer::Orders, ExportFormat::Shapefile, "orders.shp").path);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].at("state"), "draft");
  EXPECT_EQ(o[0].at("overdue"), "0");            // a draft is never overdue
  EXPECT_EQ(o[0].at("descriptio"), "破裂修复");  // cut to 10 bytes for the DBF
  EXPECT_EQ(o[0].at("findings"), "defect:" + std::to_string(defect4));
  ExportFilter overdue;
  overdue.overdueOnly = true;
  EXPECT_EQ(exportTo(ExportLayer::Orders, ExportFormat::GeoPackage, "late0.gpkg", overdue).count, 0);
  issue(order);  // issued with a deadline of 2026-03-05, today is 2026-03-10
  EXPECT_EQ(exportTo(ExportLayer::Orders, ExportFormat::GeoPackage, "late.gpkg", overdue).count, 1);
  ExportFilter issued;
  issued.state = "issued";
  const auto late = readBack(exportTo(ExportLayer::Orders, ExportFormat::Csv, "issued.csv", issued).path);
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(late[0].at("overdue"), "1");
  issued.state = "closed";
  EXPECT_EQ(exportTo(ExportLayer::Orders, ExportFormat::Csv, "closed.csv", issued).count, 0);
}

TEST_F(ExportFixture, ImportIssuesAreWrittenWithTheirMessages) {
  const auto expected = project->db().scalarInt("SELECT count(*) FROM import_issues");
  ASSERT_GT(expected, 0);  // w2's unknown drainage, w1's unknown material ...
  ExportRequest r;
  r.layer = ExportLayer::ImportIssues;
  r.format = ExportFormat::GeoPackage;
  r.output = file("issues.gpkg");
  r.formatMessage = [](const Message& m) { return "[zh] " + m.english(); };
  Feedback feedback;
  const auto result = exportLayer(*project, r, feedback);
  const auto rows = readBack(result.path);
  ASSERT_EQ(static_cast<std::int64_t>(rows.size()), expected);
  bool material = false;
  for (const auto& row : rows) {
    EXPECT_EQ(row.at("message").rfind("[zh] ", 0), 0u);
    if (row.at("check_code") == "unknown_material") {
      material = true;
      EXPECT_EQ(row.at("record"), "w1");
      EXPECT_THAT(row.at("message"), HasSubstr("木头"));
    }
  }
  EXPECT_TRUE(material);
}

TEST_F(ExportFixture, RefusalsNameTheProblemAndLeaveNothingBehind) {
  auto refused = [&](ExportRequest r, ErrorKind kind, const std::string& text) {
    Feedback feedback;
    try {
      exportLayer(*project, r, feedback);
      ADD_FAILURE() << "not refused: " << text;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), kind) << e.what();
      EXPECT_THAT(e.what(), HasSubstr(text));
    }
  };
  ExportRequest base;
  base.layer = ExportLayer::Pipes;
  base.format = ExportFormat::GeoPackage;
  base.output = file("out.gpkg");

  ExportRequest r = base;
  r.filter.state = "issued";
  refused(r, ErrorKind::BadInput, "does not apply to the pipes layer");
  r = base;
  r.filter.drainage = "storm";
  refused(r, ErrorKind::BadInput, "not a drainage type");
  r = base;
  r.filter.district = "北区";
  refused(r, ErrorKind::NotFound, "no district 北区");
  r = base;
  r.filter.ids = {1, 9999};
  refused(r, ErrorKind::NotFound, "9999");
  r = base;
  r.layer = ExportLayer::Defects;
  r.filter.grade = 5;
  refused(r, ErrorKind::BadInput, "Grade 5");
  r = base;
  r.layer = ExportLayer::ImportIssues;
  r.filter.district = "东区";
  refused(r, ErrorKind::BadInput, "does not apply to the import_issues layer");
  r = base;
  r.output = file("out.shp");
  refused(r, ErrorKind::BadInput, "does not fit the format gpkg");
  r = base;
  r.output = file("no-such-folder/out.gpkg");
  refused(r, ErrorKind::BadInput, "does not exist");
  writeFile(file("plain-file"), "x");
  r.output = file("plain-file/out.gpkg");
  refused(r, ErrorKind::BadInput, "does not exist");
  r = base;
  r.output = project->path();  // a.sqlite
  refused(r, ErrorKind::BadInput, "does not fit the format");
  EXPECT_FALSE(std::filesystem::exists(file("out.gpkg")));

  // An existing file stays as it was unless overwriting is allowed; an export over the project is refused always.
  writeFile(file("out.gpkg"), "keep me");
  refused(base, ErrorKind::BadInput, "exists already");
  EXPECT_EQ(readBytes(file("out.gpkg")), "keep me");
  std::filesystem::create_symlink(project->path(), file("p.gpkg"));
  r = base;
  r.output = file("p.gpkg");
  r.overwrite = true;
  refused(r, ErrorKind::BadInput, "the project file itself");
  r = base;
  r.overwrite = true;
  Feedback feedback;
  EXPECT_EQ(exportLayer(*project, r, feedback).count, 4);
  EXPECT_NE(readBytes(file("out.gpkg")), "keep me");

  // A shapefile set counts as existing when any of its files does (a CSV's .prj would replace a shapefile's).
  writeFile(file("set.prj"), "PROJCS[]");
  r = base;
  r.format = ExportFormat::Csv;
  r.output = file("set.csv");
  refused(r, ErrorKind::BadInput, "set.prj exists already");
  EXPECT_TRUE(leftovers().empty());
}

TEST_F(ExportFixture, TextGbkCannotHoldIsRefusedNamingRecordAndField) {
  project->db().exec("UPDATE pipes SET road = '人民路𠮷' WHERE code = 'w1'");  // U+20BB7 is outside GBK
  ExportRequest r;
  r.layer = ExportLayer::Pipes;
  r.format = ExportFormat::Shapefile;
  r.output = file("gbk.shp");
  Feedback feedback;
  try {
    exportLayer(*project, r, feedback);
    FAIL() << "not refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_EQ(e.context().record, "w1");
    EXPECT_EQ(e.context().field, "SSDL");
    EXPECT_THAT(e.what(), HasSubstr("𠮷"));
    EXPECT_THAT(e.what(), HasSubstr("GBK"));
  }
  // e1 and e2 had been written when w1 failed: nothing of it is left.
  for (const auto* ext : {".shp", ".shx", ".dbf", ".cpg", ".prj", ".fields.csv"}) {
    EXPECT_FALSE(std::filesystem::exists(file(std::string("gbk") + ext))) << ext;
  }
  EXPECT_TRUE(leftovers().empty());
  r.encoding = ShapefileEncoding::Utf8;
  EXPECT_EQ(exportLayer(*project, r, feedback).count, 4);
  EXPECT_EQ(readBack(file("gbk.shp"))[2].at("SSDL"), "人民路𠮷");

  // Longer than a DBF field can hold.
  std::string owner;
  for (int i = 0; i < 130; ++i) owner += "长";  // 260 bytes in GBK
  project->db().exec("UPDATE pipes SET owner = '" + owner + "' WHERE code = 'e2'");
  r.output = file("long.shp");
  r.encoding = ShapefileEncoding::Gbk;
  project->db().exec("UPDATE pipes SET road = '人民路' WHERE code = 'w1'");
  try {
    exportLayer(*project, r, feedback);
    FAIL() << "not refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.context().record, "e2");
    EXPECT_EQ(e.context().field, "QSDW");
    EXPECT_THAT(e.what(), HasSubstr("254"));
  }
  EXPECT_FALSE(std::filesystem::exists(file("long.shp")));
  r.format = ExportFormat::GeoPackage;
  r.output = file("long.gpkg");
  EXPECT_EQ(exportLayer(*project, r, feedback).count, 4);  // no such limit there
}

TEST_F(ExportFixture, ACancelledExportLeavesNothing) {
  ExportRequest r;
  r.layer = ExportLayer::Manholes;
  r.format = ExportFormat::GeoPackage;
  r.output = file("m.gpkg");
  Feedback feedback;
  feedback.cancel();
  try {
    exportLayer(*project, r, feedback);
    FAIL() << "not cancelled";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Cancelled);
  }
  EXPECT_FALSE(std::filesystem::exists(file("m.gpkg")));
  EXPECT_TRUE(leftovers().empty());
}

}  // namespace pw::test
