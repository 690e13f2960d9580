// The importer end to end on a small crafted network: mapping, normalisation, checks, district assignment,
// re-import, and all-or-nothing behaviour on bad input.
#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/feedback.h"
#include "core/tempdir.h"
#include "importer/import.h"
#include "shapefile_builder.h"
#include "store/project.h"

namespace pw {
namespace {

using test::ShapefileBuilder;

struct Counts {
  std::int64_t pipes, manholes, districts, runs, issues;
  bool operator==(const Counts&) const = default;
};

Counts counts(Project& p) {
  auto& db = p.db();
  return {db.scalarInt("SELECT count(*) FROM pipes"), db.scalarInt("SELECT count(*) FROM manholes"),
          db.scalarInt("SELECT count(*) FROM districts"), db.scalarInt("SELECT count(*) FROM import_runs"),
          db.scalarInt("SELECT count(*) FROM import_issues")};
}

/// The connection's settings the bulk write changes, as they must be after an import ended either way.
void expectSettingsRestored(Project& p) {
  EXPECT_EQ(p.db().scalarInt("PRAGMA foreign_keys"), 1);
  EXPECT_EQ(p.db().scalarText("PRAGMA journal_mode"), "wal");
}

class ImportTest : public ::testing::Test {
protected:
  TempDir dir;
  std::string file(const std::string& name) const { return dir.path() + "/" + name; }

  void writeDistricts(const std::string& name = "districts.shp", int epsg = 4549) const {
    ShapefileBuilder(file(name), wkbPolygon, epsg)
        .field("QXMC", OFTString, 20)
        .field("QXDM", OFTString, 10)
        .add("POLYGON((500000 3350000,501000 3350000,501000 3351000,500000 3351000,500000 3350000))",
             {"东区", "330101"})
        .add("POLYGON((499000 3350000,500000 3350000,500000 3351000,499000 3351000,499000 3350000))",
             {"西区", "330102"})
        .write("936");
  }

  void writeManholes(const std::string& name = "manholes.shp") const {
    ShapefileBuilder b(file(name), wkbPoint, 4549);
    b.field("WTDH", OFTString, 10).field("FSW", OFTString, 20).field("DMGC", OFTReal).field("JS", OFTReal);
    b.add("POINT(500100 3350500)", {"Y1", "雨水检查井", 8.0, 3.0});
    b.add("POINT(500200 3350500)", {"Y2", "雨水检查井", 8.0, 3.1});
    b.add("POINT(500300 3350500)", {"Y3", "雨水检查井", 8.0, 3.2});
    b.add("POINT(499500 3350500)", {"W1", "污水检查井", 8.5, 2.5});
    b.add("POINT(499600 3350500)", {"W2", "污水检查井", 8.4, 2.6});
    b.write("936");
  }

  // Ten pipe features with the faults real deliveries have (see the expectations in CraftedNetwork).
  void writePipes(const std::string& name = "pipes.shp", double diameterScale = 1.0) const {
    ShapefileBuilder b(file(name), wkbLineString, 4549);
    b.field("GXBH", OFTString, 12).field("QDBH", OFTString, 10).field("ZDBH", OFTString, 10);
    b.field("GJ", OFTReal).field("CZ", OFTString, 10).field("PSLX", OFTString, 10);
    b.field("QDGC", OFTReal).field("ZDGC", OFTReal).field("MSRQ", OFTString, 10).field("SSDL", OFTString, 20);
    b.field("BZ", OFTString, 20);
    const double d = diameterScale;
    using V = std::vector<test::FieldValue>;
    b.add("LINESTRING(500100 3350500,500200 3350500)",
          V{"YS-1", "Y1", "Y2", 300 * d, "砼", "雨水", 5.0, 4.9, "2008-05", "人民路", "备注一"});
    b.add("LINESTRING(500200 3350500,500300 3350500)",
          V{"YS-2", "Y2", "Y3", 400 * d, "PE", "YS", 4.8, 4.9, "2010", "人民路", {}});
    b.add("LINESTRING(499500 3350500,499600 3350500)",
          V{"WS-1", "W1", "W2", {}, "PVC", "污水", 6.0, 5.9, "1999", "解放路", {}});
    b.add("LINESTRING(499600 3350500,500100 3350500)",
          V{"WS-2", "W2", "Y1", 500 * d, "砼", "污水", 5.9, 5.0, "1999", "解放路", {}});
    b.add("LINESTRING(500300 3350500,500400 3350500)",
          V{"HS-1", "Y3", "Y9", 600 * d, "砖", "合流", 4.9, 4.8, "1985", "中山路", {}});
    b.add("LINESTRING(500100 3350600,500200 3350600)",
          V{"YS-1", "Y1", "Y2", 300 * d, "砼", "雨水", 5.0, 4.9, "2008", "人民路", {}});
    b.add("", V{"YS-3", "Y1", "Y2", 300 * d, "砼", "雨水", 5.0, 4.9, "2008", "人民路", {}});
    b.add("LINESTRING(500100 3350500,500100 3350500)",
          V{"YS-4", "Y1", "Y1", 300 * d, "砼", "雨水", 5.0, 4.9, "2008", "人民路", {}});
    b.add("LINESTRING(500105 3350500,500300 3350500)",
          V{"YS-5", "Y1", "Y3", 300 * d, "木头", "雨水", 5.0, 4.9, "2008", "人民路", {}});
    b.add("LINESTRING(500100 3350500,500200 3350500)",
          V{"YS-6", "Y1", "Y2", 300 * d, "砼", "不明", 5.0, 4.9, "2008", "人民路", {}});
    b.write("936");
  }

  ImportReport import(Project& p, const std::vector<std::string>& names, ImportOptions options = {}) {
    std::vector<std::string> paths;
    for (const auto& n : names) paths.push_back(file(n));
    auto plans = planImports(paths, options, p.crsEpsg());
    Feedback feedback;
    return runImport(p, plans, feedback);
  }

  std::vector<std::string> checksOf(const ImportReport& r, const std::string& code = {}) const {
    std::vector<std::string> out;
    for (const auto& i : r.issues) {
      if (code.empty() || i.recordCode == code) out.push_back(i.check);
    }
    return out;
  }
};

}  // namespace

TEST_F(ImportTest, CraftedNetwork) {
  writeDistricts();
  writeManholes();
  writePipes();
  auto project = Project::create(file("p.sqlite"), std::nullopt);
  const auto report = import(*project, {"pipes.shp", "manholes.shp", "districts.shp"});
  EXPECT_TRUE(report.crsAdopted);
  EXPECT_EQ(report.projectEpsg, 4549);
  ASSERT_EQ(report.runs.size(), 3u);
  EXPECT_EQ(report.runs[0].role, Role::Districts);  // districts first, then manholes, then pipes
  const auto& pipesRun = report.runs[2];
  EXPECT_EQ(pipesRun.profile, "pinyin-survey");
  EXPECT_EQ(pipesRun.encoding, "GBK");
  EXPECT_EQ(pipesRun.crs, "EPSG:4549");
  EXPECT_EQ(pipesRun.featuresRead, 10);
  EXPECT_EQ(pipesRun.inserted, 7);
  EXPECT_EQ(pipesRun.skipped, 3);
  EXPECT_EQ(counts(*project), (Counts{7, 5, 2, 3, static_cast<std::int64_t>(report.issues.size())}));

  using ::testing::ElementsAre;
  using ::testing::UnorderedElementsAre;
  EXPECT_THAT(checksOf(report, "YS-1"), ElementsAre("duplicate_id"));
  EXPECT_THAT(checksOf(report, "YS-2"), ElementsAre("reversed_slope"));
  EXPECT_THAT(checksOf(report, "WS-1"), ElementsAre("missing_diameter"));
  EXPECT_THAT(checksOf(report, "HS-1"), ElementsAre("missing_manhole"));
  EXPECT_THAT(checksOf(report, "YS-3"), ElementsAre("geometry_empty"));
  EXPECT_THAT(checksOf(report, "YS-4"), ElementsAre("zero_length"));
  EXPECT_THAT(checksOf(report, "YS-5"), UnorderedElementsAre("unknown_material", "end_far_from_manhole"));
  EXPECT_THAT(checksOf(report, "YS-6"), ElementsAre("unknown_drainage"));
  EXPECT_EQ(report.issues.size(), 9u);
  for (const auto& i : report.issues) {
    if (i.recordCode == "YS-1") {
      EXPECT_EQ(i.featureNo, 6);
      EXPECT_EQ(i.severity, Severity::Error);
      EXPECT_EQ(i.field, "GXBH");
      EXPECT_EQ(issueMessage(i), "Feature 6: the pipe id YS-1 is already used by feature 1; this one was not imported");
    }
    if (i.check == "end_far_from_manhole") {
      EXPECT_THAT(issueMessage(i), ::testing::HasSubstr("5 m from its upstream manhole Y1"));
    }
    if (i.check == "reversed_slope") {
      EXPECT_EQ(i.featureNo, 2);
    }
  }

  auto& db = project->db();
  // Values normalised: drainage from 雨水/YS, material codes, years, Chinese text decoded from GBK.
  auto st = db.prepare(
      "SELECT p.drainage, p.material, p.diameter_mm, p.build_year, p.road, d.name, p.attrs, p.length_m, "
      "fm.code, tm.code FROM pipes p LEFT JOIN districts d ON d.id = p.district_id "
      "LEFT JOIN manholes fm ON fm.id = p.from_manhole_id LEFT JOIN manholes tm ON tm.id = p.to_manhole_id "
      "WHERE p.code = ?");
  st.bind(1, "YS-1");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), "rain");
  EXPECT_EQ(st.text(1), "T");
  EXPECT_EQ(st.real(2), 300.0);
  EXPECT_EQ(st.int64(3), 2008);
  EXPECT_EQ(st.text(4), "人民路");
  EXPECT_EQ(st.text(5), "东区");
  EXPECT_EQ(st.text(6), R"({"BZ":"备注一"})");
  EXPECT_DOUBLE_EQ(st.real(7), 100.0);
  EXPECT_EQ(st.text(8), "Y1");
  EXPECT_EQ(st.text(9), "Y2");
  // WS-2 crosses the boundary: 400 m in 西区, 100 m in 东区, so it belongs to 西区.
  EXPECT_EQ(db.scalarText("SELECT d.name FROM pipes p JOIN districts d ON d.id = p.district_id WHERE p.code = 'WS-2'"),
            "西区");
  EXPECT_EQ(db.scalarText("SELECT drainage FROM pipes WHERE code = 'YS-2'"), "rain");
  EXPECT_EQ(db.scalarText("SELECT drainage FROM manholes WHERE code = 'W1'"), "sewage");
  EXPECT_EQ(db.scalarInt("SELECT count(*) FROM manholes WHERE district_id IS NULL"), 0);
  // The spatial indexes were bulk-loaded and are consistent.
  for (const char* idx : {"idx_pipes_geom", "idx_manholes_geom", "idx_districts_geom", "idx_import_issues_geom"}) {
    EXPECT_EQ(db.scalarText(std::string("SELECT rtreecheck('") + idx + "')"), "ok") << idx;
  }
  EXPECT_EQ(db.scalarInt("SELECT count(*) FROM idx_pipes_geom"), 7);
  EXPECT_EQ(db.scalarInt("SELECT count(*) FROM SpatialIndex WHERE f_table_name = 'pipes' AND search_frame = "
                         "BuildMbr(500150, 3350400, 500160, 3350600, 4549)"),
            3);  // YS-1, YS-5 and YS-6 cross x = 500150..500160
  // SpatiaLite's triggers are back: a later edit keeps the index right.
  db.exec("UPDATE pipes SET geom = GeomFromText('LINESTRING(0 0, 1 1)', 4549) WHERE code = 'YS-6'");
  EXPECT_EQ(db.scalarText("SELECT rtreecheck('idx_pipes_geom')"), "ok");
  EXPECT_EQ(db.scalarInt("SELECT count(*) FROM idx_pipes_geom WHERE xmax < 10"), 1);
}

TEST_F(ImportTest, ReimportUpdatesByIdInsteadOfDuplicating) {
  writeDistricts();
  writeManholes();
  writePipes();
  auto project = Project::create(file("p.sqlite"), 4549);
  import(*project, {"districts.shp", "manholes.shp", "pipes.shp"});
  const auto idBefore = project->db().scalarInt("SELECT id FROM pipes WHERE code = 'YS-2'");
  writePipes("pipes.shp", 2.0);  // the same source, diameters changed
  const auto report = import(*project, {"pipes.shp"});
  EXPECT_EQ(report.runs[0].inserted, 0);
  EXPECT_EQ(report.runs[0].updated, 7);
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM pipes"), 7);
  EXPECT_EQ(project->db().scalarInt("SELECT id FROM pipes WHERE code = 'YS-2'"), idBefore);
  EXPECT_EQ(project->db().scalarInt("SELECT diameter_mm FROM pipes WHERE code = 'YS-2'"), 800);
  EXPECT_EQ(project->db().scalarText("SELECT rtreecheck('idx_pipes_geom')"), "ok");
  expectSettingsRestored(*project);
}

TEST_F(ImportTest, LayersImportedInAnyOrderAreLinkedLater) {
  writeDistricts();
  writeManholes();
  writePipes();
  auto project = Project::create(file("p.sqlite"), 4549);
  auto first = import(*project, {"pipes.shp"});
  EXPECT_THAT(checksOf(first), ::testing::Not(::testing::Contains("missing_manhole")));  // no manholes yet
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM pipes WHERE district_id IS NOT NULL"), 0);
  auto second = import(*project, {"manholes.shp"});
  EXPECT_THAT(checksOf(second, "HS-1"), ::testing::ElementsAre("missing_manhole"));
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM pipes WHERE from_manhole_id IS NOT NULL"), 7);
  auto third = import(*project, {"districts.shp"});
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM pipes WHERE district_id IS NULL"), 0);
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM manholes WHERE district_id IS NULL"), 0);
}

TEST_F(ImportTest, DiametersInMetresBecomeMillimetres) {
  writePipes("pipes.shp", 0.001);
  auto project = Project::create(file("p.sqlite"), 4549);
  const auto report = import(*project, {"pipes.shp"});
  EXPECT_EQ(project->db().scalarInt("SELECT round(diameter_mm) FROM pipes WHERE code = 'HS-1'"), 600);
  ASSERT_FALSE(report.runs[0].notes.empty());
  EXPECT_THAT(report.runs[0].notes.back().english(), ::testing::HasSubstr("metres"));
}

TEST_F(ImportTest, GbkWithoutCpgUnderTheAnsiByteIsReadAsGbk) {
  writeManholes();
  std::filesystem::remove(file("manholes.cpg"));
  {  // LDID 87 ("ANSI") on GBK text: the classic mojibake trap
    std::fstream dbf(file("manholes.dbf"), std::ios::in | std::ios::out | std::ios::binary);
    dbf.seekp(29);
    dbf.put(static_cast<char>(0x57));
  }
  auto project = Project::create(file("p.sqlite"), 4549);
  const auto report = import(*project, {"manholes.shp"});
  EXPECT_EQ(report.runs[0].encoding, "GBK");
  EXPECT_FALSE(report.runs[0].encodingVerdict.empty());
  EXPECT_EQ(project->db().scalarText("SELECT kind FROM manholes WHERE code = 'Y1'"), "雨水检查井");
}

TEST_F(ImportTest, ExplicitEncodingIsHonoured) {
  writeManholes();
  auto project = Project::create(file("p.sqlite"), 4549);
  ImportOptions options;
  options.encoding = "GB18030";
  const auto report = import(*project, {"manholes.shp"}, options);
  EXPECT_EQ(report.runs[0].encoding, "GB18030");
  EXPECT_EQ(project->db().scalarText("SELECT kind FROM manholes WHERE code = 'W2'"), "污水检查井");
  options.encoding = "KLINGON";
  EXPECT_THROW(import(*project, {"manholes.shp"}, options), Error);
}

TEST_F(ImportTest, GaussKrugerWithoutPrjIsRecognised) {
  // Zone-prefixed coordinates, no .prj: recognised as EPSG:4528 and transformed into the project CRS (4549).
  ShapefileBuilder(file("prefixed.shp"), wkbPoint, 0)
      .field("WTDH", OFTString, 10)
      .add("POINT(40500100 3350500)", {"P1"})
      .write("936");
  // Unprefixed, no .prj: recognised from the project CRS's central meridian.
  ShapefileBuilder(file("plain.shp"), wkbPoint, 0)
      .field("WTDH", OFTString, 10)
      .add("POINT(500200 3350500)", {"P2"})
      .write();
  auto project = Project::create(file("p.sqlite"), 4549);
  const auto report = import(*project, {"prefixed.shp", "plain.shp"});
  EXPECT_EQ(report.runs[0].crs, "EPSG:4528");
  EXPECT_EQ(report.runs[1].crs, "EPSG:4549");
  EXPECT_NEAR(project->db().scalarInt("SELECT round(X(geom)) FROM manholes WHERE code = 'P1'"), 500100, 1);
}

TEST_F(ImportTest, UnknownCrsIsRefusedUnlessStated) {
  ShapefileBuilder(file("local.shp"), wkbPoint, 0).field("WTDH", OFTString, 10).add("POINT(1234 5678)", {"L1"}).write();
  auto project = Project::create(file("p.sqlite"), std::nullopt);
  try {
    import(*project, {"local.shp"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_THAT(e.what(), ::testing::HasSubstr("local.shp"));
    EXPECT_THAT(e.what(), ::testing::HasSubstr("--assume-crs"));
  }
  EXPECT_EQ(project->crsEpsg(), 0);
  EXPECT_EQ(counts(*project), (Counts{0, 0, 0, 0, 0}));
}

TEST_F(ImportTest, WrongCrsForTheCoordinatesIsRefused) {
  // A .prj that says zone-prefixed GK, coordinates without the prefix.
  ShapefileBuilder(file("wrong.shp"), wkbPoint, 4528)
      .field("WTDH", OFTString, 10)
      .add("POINT(500100 3350500)", {"X"})
      .write();
  auto project = Project::create(file("p.sqlite"), 4549);
  try {
    import(*project, {"wrong.shp"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("wrong.shp"));
    EXPECT_THAT(e.what(), ::testing::HasSubstr("does not fit"));
  }
}

TEST_F(ImportTest, RefusalsChangeNothing) {
  writeDistricts();
  writeManholes();
  writePipes();
  auto project = Project::create(file("p.sqlite"), 4549);
  import(*project, {"districts.shp", "manholes.shp", "pipes.shp"});
  const Counts before = counts(*project);

  ImportOptions asManholes;
  asManholes.role = Role::Manholes;
  EXPECT_THROW(import(*project, {"pipes.shp"}, asManholes), Error);  // lines are not manholes

  ShapefileBuilder(file("unknown.shp"), wkbLineString, 4549)
      .field("FOO")
      .add("LINESTRING(500000 3350000,500010 3350000)", {"x"})
      .write();
  try {
    import(*project, {"unknown.shp"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("FOO"));  // lists the fields found
  }

  // A truncated .shp fails half-way through reading.
  const std::string truncated = test::copyShapefile(file("pipes.shp"), file("cut"));
  std::filesystem::resize_file(truncated, std::filesystem::file_size(truncated) - 40);
  try {
    import(*project, {"cut/pipes.shp"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("cut/pipes.shp"));
  }

  // Missing .dbf: no attributes, refused.
  test::copyShapefile(file("pipes.shp"), file("nodbf"));
  std::filesystem::remove(file("nodbf/pipes.dbf"));
  EXPECT_THROW(import(*project, {"nodbf/pipes.shp"}), Error);

  // Cancelled while writing: everything rolled back.
  std::vector<std::string> paths{file("pipes.shp"), file("manholes.shp")};
  auto plans = planImports(paths, {}, project->crsEpsg());
  Feedback cancelling([&](const std::string& stage, std::int64_t, std::int64_t) {
    if (stage.rfind("write", 0) == 0) throw Error(ErrorKind::Cancelled, "cancelled in the test");
  });
  EXPECT_THROW(runImport(*project, plans, cancelling), Error);
  expectSettingsRestored(*project);
  EXPECT_EQ(counts(*project), before);
  EXPECT_EQ(project->db().scalarText("SELECT rtreecheck('idx_pipes_geom')"), "ok");
  EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'pipes'"),
            8);
}

TEST_F(ImportTest, RefusedInsideTheCallersTransactionWithForeignKeysKept) {
  // SQLite ignores PRAGMA foreign_keys inside a transaction: the import says so instead of writing on regardless.
  writeManholes();
  auto project = Project::create(file("p.sqlite"), 4549);
  project->db().exec("BEGIN");
  try {
    import(*project, {"manholes.shp"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Internal);
    EXPECT_THAT(e.what(), ::testing::HasSubstr("Foreign-key checks could not be switched off"));
    EXPECT_THAT(e.what(), ::testing::HasSubstr("p.sqlite"));
  }
  project->db().exec("ROLLBACK");
  EXPECT_EQ(project->db().scalarInt("PRAGMA foreign_keys"), 1);
  EXPECT_EQ(counts(*project).manholes, 0);
}

TEST_F(ImportTest, MissingShxIsRebuiltInACopy) {
  writeManholes();
  std::filesystem::remove(file("manholes.shx"));
  auto project = Project::create(file("p.sqlite"), 4549);
  const auto report = import(*project, {"manholes.shp"});
  EXPECT_EQ(report.runs[0].inserted, 5);
  EXPECT_FALSE(std::filesystem::exists(file("manholes.shx")));  // nothing written beside the user's files
  ASSERT_FALSE(report.runs[0].notes.empty());
  EXPECT_THAT(report.runs[0].notes[0].english(), ::testing::HasSubstr(".shx"));
}

TEST_F(ImportTest, CensusProfileIsDetected) {
  ShapefileBuilder b(file("census.shp"), wkbLineString, 4549, "UTF-8");
  b.field("PipeID", OFTString, 10).field("In_JuncID", OFTString, 10).field("Out_JuncID", OFTString, 10);
  b.field("Pipe_Category", OFTString, 4)
      .field("Material", OFTString, 10)
      .field("In_Elev", OFTReal)
      .field("Out_Elev", OFTReal);
  b.add("LINESTRING(500000 3350000,500050 3350000)", {"P1", "J1", "J2", "2", "PVC", 4.0, 3.9});
  b.write();
  auto project = Project::create(file("p.sqlite"), 4549);
  const auto report = import(*project, {"census.shp"});
  EXPECT_EQ(report.runs[0].profile, "drainage-census");
  EXPECT_EQ(project->db().scalarText("SELECT drainage FROM pipes WHERE code = 'P1'"), "sewage");
  EXPECT_EQ(project->db().scalarText("SELECT encoding FROM import_runs"), "UTF-8");
}

}  // namespace pw
