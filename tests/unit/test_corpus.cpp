// Every awkward shapefile of tests/data/oddshp (copied from other readers' test suites, see SOURCES.md there)
// either imports correctly or is refused with a clear message naming the file, and a refusal leaves the project
// file byte for byte as it was.
#include <filesystem>
#include <map>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/feedback.h"
#include "core/tempdir.h"
#include "importer/import.h"
#include "io/encoding.h"
#include "shapefile_builder.h"
#include "store/project.h"

namespace pw {
namespace {

namespace fs = std::filesystem;

struct Expectation {
  std::string entry;   ///< path below the corpus root
  int assumeEpsg = 0;  ///< --assume-crs for sources without a usable CRS
  bool imports = false;
  std::string layer;  ///< when imported
  int inserted = 0;
  int skipped = 0;
  std::string detail;  ///< when imported: the encoding; when refused: a fragment of the message
};

/// How GoogleTest shows a case; without it, it prints the struct's bytes, uninitialised padding included (valgrind).
void PrintTo(const Expectation& e, std::ostream* os) { *os << e.entry; }

// Reviewed one by one: see SOURCES.md in the corpus for what is odd about each.
const std::vector<Expectation>& expectations() {
  static const std::vector<Expectation> list = {
      {"mbostock_shapefile/boolean-property/boolean-property.shp", 0, true, "manholes", 9, 0, "ISO-8859-1"},
      {"mbostock_shapefile/date-property/date-property.shp", 0, true, "manholes", 3, 0, "ISO-8859-1"},
      {"mbostock_shapefile/empty/empty.shp", 0, false, "", 0, 0, "needs the fields code"},
      {"mbostock_shapefile/ignore-properties/ignore-properties.shp", 0, false, "", 0, 0, "no .dbf"},
      {"mbostock_shapefile/latin1-property/latin1-property.shp", 0, true, "manholes", 1, 0, "ISO-8859-1"},
      {"mbostock_shapefile/mixed-properties/mixed-properties.shp", 0, true, "manholes", 1, 2, "ISO-8859-1"},
      {"mbostock_shapefile/multipointm/multipointm.shp", 0, false, "", 0, 0, "no .dbf"},
      {"mbostock_shapefile/multipoints/multipoints.shp", 0, true, "manholes", 0, 2, "ISO-8859-1"},
      {"mbostock_shapefile/null/null.shp", 0, true, "manholes", 5, 4, "ISO-8859-1"},
      {"mbostock_shapefile/number-null-property/number-null-property.shp", 0, false, "", 0, 0, "--assume-crs"},
      {"mbostock_shapefile/number-property/number-property.shp", 0, true, "manholes", 2, 1, "ISO-8859-1"},
      {"mbostock_shapefile/pointm/pointm.shp", 0, false, "", 0, 0, "no .dbf"},
      {"mbostock_shapefile/points/points.shp", 0, true, "manholes", 9, 0, "ISO-8859-1"},
      {"mbostock_shapefile/polygonm/polygonm.shp", 0, false, "", 0, 0, "no .dbf"},
      {"mbostock_shapefile/polygons/polygons.shp", 0, true, "districts", 3, 0, "ISO-8859-1"},
      {"mbostock_shapefile/polylinem/polylinem.shp", 0, false, "", 0, 0, "no .dbf"},
      {"mbostock_shapefile/polylines/polylines.shp", 0, true, "pipes", 1, 1, "ISO-8859-1"},
      {"mbostock_shapefile/singleton/singleton.shp", 4326, true, "manholes", 1, 0, "ISO-8859-1"},
      {"mbostock_shapefile/string-property/string-property.shp", 0, true, "manholes", 2, 1, "ISO-8859-1"},
      {"mbostock_shapefile/utf8-property/utf8-property.shp", 0, false, "", 0, 0, "its fields: \xE2\x98\x83"},
      {"pyshp/REL_zip/REL.zip", 0, true, "districts", 1, 0, "UTF-8"},
      {"pyshp/corrupt_too_long/corrupt_too_long.shp", 4326, true, "pipes", 1, 9, "UTF-8"},  // one id for all
      {"pyshp/empty_zipfile/empty_zipfile.zip", 0, false, "", 0, 0, "contains no shapefile"},
      {"pyshp/latin1_no_shx/latin1.shp", 4326, true, "districts", 1, 0, "ISO-8859-1"},
      {"shapefile_js/LGA_2013_AUST/LGA_2013_AUST.shp", 0, true, "districts", 1, 12, "UTF-8"},
      {"shapefile_js/SHP_Exclude/SHP_Exclude.zip", 0, false, "", 0, 0, "needs the fields name"},
      {"shapefile_js/T8Th4_6n/T8Th4_6n.zip", 0, false, "", 0, 0, "needs the fields code"},
      {"shapefile_js/bad/bad.shp", 0, false, "", 0, 0, "cannot be read as a shapefile"},
      {"shapefile_js/badzip/badzip.zip", 0, false, "", 0, 0, "not a readable zip"},
      {"shapefile_js/codepage/codepage.shp", 0, true, "manholes", 2, 0, "CP1250"},
      {"shapefile_js/codepage/codepage.zip", 0, true, "manholes", 2, 0, "CP1250"},
      {"shapefile_js/empty-shp/empty-shp.zip", 0, false, "", 0, 0, "needs the fields name"},
      {"shapefile_js/export_multipointz/export_multipointz.shp", 0, true, "manholes", 0, 1, "UTF-8"},
      {"shapefile_js/export_polylinez/export_polylinez.shp", 0, true, "pipes", 0, 1, "UTF-8"},
      {"shapefile_js/htmlcpg/htmlcpg.shp", 0, true, "manholes", 2, 0, "UTF-8"},
      {"shapefile_js/htmlprj/htmlprj.shp", 0, false, "", 0, 0, "htmlprj.prj is not a coordinate system"},
      {"shapefile_js/ipra_dresden_polygon/ipra_dresden_polygon.shp", 0, true, "districts", 1, 0, "ISO-8859-1"},
      {"shapefile_js/mixedcase/mixedcase.zip", 0, false, "", 0, 0, "needs the fields name"},
      {"shapefile_js/no-dbf/no-dbf.shp", 0, false, "", 0, 0, "no .dbf"},
      {"shapefile_js/no-dbf/no-dbf.zip", 0, false, "", 0, 0, "no .dbf"},
      {"shapefile_js/noshp/noshp.zip", 0, false, "", 0, 0, "contains no shapefile"},
      {"shapefile_js/pandr/pandr.shp", 0, true, "manholes", 80, 0, "ISO-8859-1"},
      {"shapefile_js/pandr/pandr.zip", 0, true, "manholes", 80, 0, "ISO-8859-1"},
      {"shapefile_js/qgis/qgis.zip", 0, true, "districts", 2, 0, "UTF-8"},
      {"shapefile_js/utf/utf.shp", 0, true, "manholes", 2, 0, "UTF-8"},
      {"shapefile_js/utf/utf.zip", 0, true, "manholes", 2, 0, "UTF-8"},
      {"shapefile_js/zero-len-line/zero-len-line.zip", 0, false, "", 0, 0, "needs the fields code"},
      {"shapefile_rs/file_cp936_cpg_936/file_cp936.shp", 4326, true, "pipes", 0, 1, "GBK"},  // multi-part line
      {"shapefile_rs/linem_shp_only/linem.shp", 0, false, "", 0, 0, "no .dbf"},
      {"shapefile_rs/linez_shp_only/linez.shp", 0, false, "", 0, 0, "no .dbf"},
      {"shapefile_rs/multipatch_no_shx/multipatch.shp", 0, false, "", 0, 0, "has no geometry"},
      {"shapefile_rs/multipointz_shp_only/multipointz.shp", 0, false, "", 0, 0, "no .dbf"},
      {"shapefile_rs/pointm_shp_only/pointm.shp", 0, false, "", 0, 0, "no .dbf"},
      {"shapefile_rs/polygon_hole_no_dbf/polygon_hole.shp", 0, false, "", 0, 0, "no .dbf"},
      {"shapefile_rs/polygonz_shp_only/polygonz.shp", 0, false, "", 0, 0, "no .dbf"},
  };
  return list;
}

std::string corpusRoot() { return PW_TEST_CORPUS; }
std::string profilePath() { return std::string(PW_TEST_DATA) + "/corpus-profile.json"; }

}  // namespace

TEST(Corpus, EveryEntryHasAnExpectation) {
  ASSERT_TRUE(fs::is_directory(corpusRoot())) << "the corpus is missing: " << corpusRoot();
  std::set<std::string> listed;
  for (const auto& e : expectations()) listed.insert(e.entry);
  std::size_t found = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpusRoot())) {
    const auto ext = entry.path().extension();
    if (ext != ".shp" && ext != ".zip") continue;
    ++found;
    EXPECT_TRUE(listed.count(fs::relative(entry.path(), corpusRoot()).string())) << entry.path();
  }
  EXPECT_EQ(found, listed.size());
}

class CorpusEntry : public ::testing::TestWithParam<Expectation> {};

TEST_P(CorpusEntry, ImportsOrIsRefusedCleanly) {
  const Expectation& e = GetParam();
  TempDir dir;
  // Work on a copy: GDAL must never write beside the corpus (and PipeWard must not either).
  const fs::path source = fs::path(corpusRoot()) / e.entry;
  for (const auto& f : fs::directory_iterator(source.parent_path()))
    fs::copy_file(f.path(), dir.path() / f.path().filename());
  const std::string projectPath = dir.path() + "/p.sqlite";
  Project::create(projectPath, 3857);
  const std::string before = test::fileBytes(projectPath);
  const auto filesBefore = std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator());
  ImportOptions options;
  options.profile = profilePath();
  if (e.assumeEpsg) options.assumeEpsg = e.assumeEpsg;
  const std::string path = dir.path() + "/" + source.filename().string();
  try {
    auto project = Project::open(projectPath);
    auto plans = planImports({path}, options, project->crsEpsg());
    Feedback feedback;
    const auto report = runImport(*project, plans, feedback);
    ASSERT_TRUE(e.imports) << "imported, but a refusal was expected: " << e.detail;
    EXPECT_EQ(roleKey(report.runs[0].role), e.layer);
    EXPECT_EQ(report.runs[0].inserted, e.inserted);
    EXPECT_EQ(report.runs[0].skipped, e.skipped);
    EXPECT_EQ(report.runs[0].encoding, e.detail);
    EXPECT_EQ(project->db().scalarText(std::string("SELECT rtreecheck('idx_") + e.layer + "_geom')"), "ok");
  } catch (const Error& error) {
    ASSERT_FALSE(e.imports) << "refused: " << error.what();
    EXPECT_TRUE(error.kind() == ErrorKind::BadInput || error.kind() == ErrorKind::NotFound);
    EXPECT_THAT(error.what(), ::testing::HasSubstr(source.filename().stem().string())) << "the message names the file";
    EXPECT_THAT(error.what(), ::testing::HasSubstr(e.detail));
    EXPECT_EQ(test::fileBytes(projectPath), before) << "a refusal must leave the project as it was";
  }
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), filesBefore)
      << "nothing may be written beside the source";
}

INSTANTIATE_TEST_SUITE_P(OddShapefiles, CorpusEntry, ::testing::ValuesIn(expectations()),
                         [](const ::testing::TestParamInfo<Expectation>& param) {
                           std::string name = param.param.entry;
                           for (auto& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(Corpus, ChineseAndLatinTextIsDecoded) {
  TempDir dir;
  Project::create(dir.path() + "/p.sqlite", 3857);
  auto project = Project::open(dir.path() + "/p.sqlite");
  ImportOptions options;
  options.profile = profilePath();
  options.assumeEpsg = 4326;
  for (const char* entry :
       {"shapefile_rs/file_cp936_cpg_936/file_cp936.shp", "mbostock_shapefile/latin1-property/latin1-property.shp"}) {
    auto plans = planImports({corpusRoot() + "/" + entry}, options, project->crsEpsg());
    Feedback feedback;
    runImport(*project, plans, feedback);
  }
  // The cp936 file's one feature (a multi-part line, refused) has the id 测试中文 in its TEST field.
  EXPECT_EQ(project->db().scalarText("SELECT record_code FROM import_issues WHERE layer = 'pipes'"), "测试中文");
  const std::string latin = project->db().scalarText("SELECT code FROM manholes");
  EXPECT_TRUE(enc::isValidUtf8(latin));
  EXPECT_NE(latin.find("\xC3"), std::string::npos) << latin;  // an accented Latin letter
}

}  // namespace pw
