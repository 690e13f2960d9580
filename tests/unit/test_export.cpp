// Exports of pipes, manholes and districts re-imported into a fresh project give back the same records, attributes
// (Chinese text, long and Chinese field names included) and geometry, in every format; the GBK shapefile really is
// GBK; names cut to the DBF limit are listed in the sidecar and restored on import.
#include <gmock/gmock.h>

#include <cmath>

#include "core/error.h"
#include "export_fixture.h"
#include "geom/spatialite_blob.h"
#include "io/field_sidecar.h"

namespace pw::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct Record {
  std::vector<std::string> values;  ///< every stored column but geometry and attrs, as text
  nlohmann::json attrs;
  std::vector<double> xy;  ///< line or point; polygons: every vertex
  double length = 0;       ///< pipes
};

std::string cell(sql::Statement& st, int i) {
  if (st.isNull(i)) return "NULL";
  const std::string t = st.text(i);
  return t;
}

std::map<std::string, Record> records(Project& p, const std::string& sql, int geometryKind) {
  std::map<std::string, Record> out;
  auto st = p.db().prepare(sql);
  const int n = st.columnCount();
  while (st.step()) {
    Record r;
    for (int i = 1; i < n - 2; ++i) {
      if (st.columnName(i) == "length") {
        r.length = st.real(i);
      } else {
        r.values.push_back(st.columnName(i) + "=" + cell(st, i));
      }
    }
    r.attrs = nlohmann::json::parse(st.isNull(n - 2) ? std::string("{}") : st.text(n - 2));
    const auto blob = st.blob(n - 1);
    if (geometryKind == 0) {
      const auto pt = blob::decodePoint(blob);
      if (pt) r.xy = {pt->x, pt->y};
    } else if (geometryKind == 1) {
      blob::decodeLineString(blob, r.xy);
    } else if (const auto polygons = blob::decodeMultiPolygon(blob)) {
      for (const auto& polygon : *polygons) {
        for (const auto& ring : polygon.rings) {
          for (const auto& v : ring) r.xy.insert(r.xy.end(), {v.x, v.y});
        }
      }
    }
    out.emplace(st.text(0), std::move(r));
  }
  return out;
}

std::map<std::string, Record> pipes(Project& p) {
  return records(
      p,
      "SELECT p.code, p.from_code, p.to_code, p.drainage, p.diameter_mm, p.height_mm, p.material, p.from_invert, "
      "p.to_invert, p.from_depth, p.to_depth, p.build_year, p.road, p.owner, d.code AS district, "
      "p.length_m AS length, p.attrs, p.geom FROM pipes p LEFT JOIN districts d ON d.id = p.district_id",
      1);
}

std::map<std::string, Record> manholes(Project& p) {
  return records(
      p,
      "SELECT m.code, m.drainage, m.kind, m.ground_elev, m.depth, m.road, d.code AS district, m.attrs, m.geom "
      "FROM manholes m LEFT JOIN districts d ON d.id = m.district_id",
      0);
}

std::map<std::string, Record> districts(Project& p) {
  return records(p, "SELECT code, name, attrs, geom FROM districts", 2);
}

/// Every vertex of `got` lies within `tolerance` of a vertex of `want` and the other way round (rings may start
/// elsewhere or turn the other way after a round trip).
void expectSameVertices(const std::vector<double>& want, const std::vector<double>& got, double tolerance,
                        const std::string& what) {
  ASSERT_FALSE(want.empty()) << what;
  auto covered = [&](const std::vector<double>& a, const std::vector<double>& b) {
    for (std::size_t i = 0; i + 1 < a.size(); i += 2) {
      bool near = false;
      for (std::size_t j = 0; j + 1 < b.size() && !near; j += 2)
        near = std::hypot(a[i] - b[j], a[i + 1] - b[j + 1]) <= tolerance;
      if (!near) return false;
    }
    return true;
  };
  EXPECT_TRUE(covered(want, got) && covered(got, want)) << what;
}

void expectSame(const std::map<std::string, Record>& want, const std::map<std::string, Record>& got, double tolerance,
                const std::vector<std::string>& exportAddedAttrs, bool ordered) {
  ASSERT_EQ(want.size(), got.size());
  for (const auto& [code, w] : want) {
    const auto it = got.find(code);
    ASSERT_NE(it, got.end()) << code;
    const Record& g = it->second;
    EXPECT_EQ(w.values, g.values) << code;
    EXPECT_NEAR(w.length, g.length, 2 * tolerance) << code;
    nlohmann::json attrs = g.attrs;
    for (const auto& key : exportAddedAttrs) attrs.erase(key);
    EXPECT_EQ(w.attrs, attrs) << code;
    if (ordered) {
      ASSERT_EQ(w.xy.size(), g.xy.size()) << code;
      for (std::size_t i = 0; i < w.xy.size(); ++i)
        EXPECT_NEAR(w.xy[i], g.xy[i], tolerance) << code << " vertex " << i / 2;
    } else {
      expectSameVertices(w.xy, g.xy, tolerance, code);
    }
  }
}

struct RoundTripCase {
  ExportFormat format;
  ShapefileEncoding encoding;
  const char* extension;
  double tolerance;  ///< metres: GeoJSON keeps 8 decimals of longitude and latitude
};

/// How GoogleTest shows a case; without it, it prints the struct's bytes, uninitialised padding included (valgrind).
void PrintTo(const RoundTripCase& c, std::ostream* os) { *os << c.extension; }

class ExportRoundTrip : public ExportFixture, public ::testing::WithParamInterface<RoundTripCase> {};

}  // namespace

TEST_P(ExportRoundTrip, ReimportGivesBackTheSameRecords) {
  const auto& c = GetParam();
  const std::string ext = c.extension;
  const auto rp = exportTo(ExportLayer::Pipes, c.format, "pipes" + ext, {}, c.encoding);
  const auto rm = exportTo(ExportLayer::Manholes, c.format, "manholes" + ext, {}, c.encoding);
  const auto rd = exportTo(ExportLayer::Districts, c.format, "districts" + ext, {}, c.encoding);
  EXPECT_EQ(rp.count, 4);
  EXPECT_EQ(rm.count, 5);
  EXPECT_EQ(rd.count, 2);
  EXPECT_EQ(rp.crs, c.format == ExportFormat::GeoJson ? "EPSG:4326" : "EPSG:4549");
  EXPECT_TRUE(leftovers().empty());

  auto fresh = Project::create(file("b.sqlite"), 4549);
  const auto report = importInto(*fresh, {rd.path, rm.path, rp.path});
  for (const auto& run : report.runs) {
    EXPECT_EQ(run.profile, "pinyin-survey") << run.path;
    EXPECT_EQ(run.skipped, 0) << run.path;
  }
  expectSame(districts(*project), districts(*fresh), c.tolerance, {}, false);
  expectSame(manholes(*project), manholes(*fresh), c.tolerance, {}, true);
  expectSame(pipes(*project), pipes(*fresh), c.tolerance, {"CD"}, true);
}

INSTANTIATE_TEST_SUITE_P(
    Formats, ExportRoundTrip,
    ::testing::Values(RoundTripCase{ExportFormat::GeoPackage, ShapefileEncoding::Gbk, ".gpkg", 1e-9},
                      RoundTripCase{ExportFormat::Shapefile, ShapefileEncoding::Gbk, ".shp", 1e-9},
                      RoundTripCase{ExportFormat::Shapefile, ShapefileEncoding::Utf8, ".shp", 1e-9},
                      RoundTripCase{ExportFormat::GeoJson, ShapefileEncoding::Gbk, ".geojson", 0.001},
                      RoundTripCase{ExportFormat::Csv, ShapefileEncoding::Gbk, ".csv", 1e-6}),
    [](const auto& testInfo) {
      const auto& c = testInfo.param;
      std::string name = exportFormatKey(c.format);
      if (c.format == ExportFormat::Shapefile) name += c.encoding == ShapefileEncoding::Gbk ? "_gbk" : "_utf8";
      return name;
    });

TEST_F(ExportFixture, PipesCarryTheSurveyFieldNamesAndReadableValues) {
  const auto r = exportTo(ExportLayer::Pipes, ExportFormat::GeoPackage, "pipes.gpkg");
  EXPECT_THAT(std::vector<std::string>(r.fields.begin(), r.fields.begin() + 15),
              ElementsAre("GXBH", "QDBH", "ZDBH", "PSLX", "GJ", "CZ", "QDGC", "ZDGC", "QDMS", "ZDMS", "MSRQ", "SSDL",
                          "QSDW", "SSQX", "CD"));
  const auto rows = readBack(r.path);
  ASSERT_EQ(rows.size(), 4u);
  const auto& e2 = rows[1];  // in code order: e1, e2, w1, w2
  EXPECT_EQ(e2.at("GXBH"), "e2");
  EXPECT_EQ(e2.at("PSLX"), "雨水");
  EXPECT_EQ(e2.at("GJ"), "1200×800");  // a box section anywhere: GJ written as text, as surveys do
  EXPECT_EQ(rows[0].at("GJ"), "400");
  EXPECT_EQ(e2.at("CZ"), "PE");
  EXPECT_EQ(rows[0].at("CZ"), "T");  // material as the project stores it, the CJJ 61 code
  EXPECT_EQ(e2.at("SSQX"), "东区");
  EXPECT_EQ(e2.at("QSDW"), "市排水管理处，二所");
  EXPECT_EQ(e2.at("MSRQ"), "2008");
  EXPECT_EQ(e2.at("REMARK_TEXT_LONG"), "管道老化");
  EXPECT_EQ(rows[3].count("PSLX"), 0u);  // w2's 不明 was not a drainage type: nothing stored, nothing written
  EXPECT_EQ(rows[2].at("CZ"), "木头");
}

TEST_F(ExportFixture, GbkShapefileIsReallyGbkWithCpgAndLanguageByte) {
  const auto r = exportTo(ExportLayer::Pipes, ExportFormat::Shapefile, "pipes.shp");
  EXPECT_EQ(r.encoding, "GBK");
  EXPECT_EQ(readBytes(file("pipes.cpg")), "936");
  const std::string dbf = readBytes(file("pipes.dbf"));
  ASSERT_GT(dbf.size(), 32u);
  EXPECT_EQ(static_cast<unsigned char>(dbf[29]), 0x4D);
  const std::string renMinLuGbk = "\xC8\xCB\xC3\xF1\xC2\xB7";  // 人民路
  const std::string renMinLuUtf8 = "人民路";
  EXPECT_NE(dbf.find(renMinLuGbk), std::string::npos);
  EXPECT_EQ(dbf.find(renMinLuUtf8), std::string::npos);
  EXPECT_NE(readBytes(file("pipes.prj")).find("CGCS2000"), std::string::npos);
  // GDAL reads it back as the same text through the .cpg.
  const auto rows = readBack(r.path);
  EXPECT_EQ(rows[0].at("SSDL"), "人民路");

  const auto u = exportTo(ExportLayer::Pipes, ExportFormat::Shapefile, "pipes-utf8.shp", {}, ShapefileEncoding::Utf8);
  EXPECT_EQ(u.encoding, "UTF-8");
  EXPECT_EQ(readBytes(file("pipes-utf8.cpg")), "UTF-8");
  const std::string dbfUtf8 = readBytes(file("pipes-utf8.dbf"));
  EXPECT_NE(dbfUtf8.find(renMinLuUtf8), std::string::npos);
  EXPECT_EQ(dbfUtf8.find(renMinLuGbk), std::string::npos);
}

TEST_F(ExportFixture, LongFieldNamesAreCutUniquelyAndListedInTheSidecar) {
  const auto r = exportTo(ExportLayer::Pipes, ExportFormat::Shapefile, "pipes.shp");
  const std::vector<std::pair<std::string, std::string>> cut{{"REMARK_TEX", "REMARK_TEXT_LONG"},
                                                             {"REMARK_T_1", "REMARK_TEXT_SHORT"}};
  EXPECT_EQ(r.shortened, cut);
  const auto sidecar = readFieldSidecar(fieldSidecarPath(r.path));
  ASSERT_TRUE(sidecar);
  ASSERT_EQ(sidecar->size(), r.fields.size());  // every field is listed, cut or not, with its meaning
  EXPECT_EQ((*sidecar)[0].field, "GXBH");
  EXPECT_EQ((*sidecar)[0].meaning, "管线编号");
  bool listed = false;
  for (const auto& e : *sidecar) listed = listed || (e.field == "REMARK_T_1" && e.fullName == "REMARK_TEXT_SHORT");
  EXPECT_TRUE(listed);
  // The DBF really holds the short names (read without recoding).
  const auto raw = readBack(r.path, false);
  EXPECT_EQ(raw[0].count("REMARK_TEX"), 1u);
  EXPECT_EQ(raw[0].count("REMARK_T_1"), 1u);
  EXPECT_TRUE(std::filesystem::exists(file("pipes.fields.csv")));

  // Chinese names: 管理单位名称 is 12 bytes in GBK (cut to 5 characters) and 18 in UTF-8 (cut to 3).
  const auto gbk = exportTo(ExportLayer::Districts, ExportFormat::Shapefile, "districts.shp");
  const auto utf8 =
      exportTo(ExportLayer::Districts, ExportFormat::Shapefile, "districts-u.shp", {}, ShapefileEncoding::Utf8);
  EXPECT_THAT(gbk.shortened, ::testing::Contains(std::pair<std::string, std::string>{"管理单位名", "管理单位名称"}));
  EXPECT_THAT(utf8.shortened, ::testing::Contains(std::pair<std::string, std::string>{"管理单", "管理单位名称"}));
  // 井盖材质 fits in GBK (8 bytes) but not in UTF-8 (12 bytes).
  const auto mg = exportTo(ExportLayer::Manholes, ExportFormat::Shapefile, "m.shp");
  const auto mu = exportTo(ExportLayer::Manholes, ExportFormat::Shapefile, "m-u.shp", {}, ShapefileEncoding::Utf8);
  EXPECT_TRUE(mg.shortened.empty());
  EXPECT_THAT(mu.shortened, ElementsAre(std::pair<std::string, std::string>{"井盖材", "井盖材质"}));
}

TEST_F(ExportFixture, GeoJsonIsLongitudeLatitudeAndCsvHasBomWktAndCrs) {
  const auto g = exportTo(ExportLayer::Manholes, ExportFormat::GeoJson, "m.geojson");
  const auto doc = nlohmann::json::parse(readBytes(g.path));
  EXPECT_FALSE(doc.contains("crs"));  // RFC 7946: WGS 84 implied
  const auto& xy = doc["features"][0]["geometry"]["coordinates"];
  const double lon = xy[0].get<double>(), lat = xy[1].get<double>();
  EXPECT_NEAR(lon, 120.001, 0.0005);  // EPSG:4549 is centred on 120°E; x = 500100 is 100 m east of it
  EXPECT_NEAR(lat, 30.27, 0.02);
  EXPECT_NEAR(lon * 1e8, std::round(lon * 1e8), 1e-3);  // 8 decimals: about 1 mm
  EXPECT_EQ(doc["features"][0]["properties"]["FSW"], "污水检查井");

  const auto c = exportTo(ExportLayer::Pipes, ExportFormat::Csv, "p.csv");
  const std::string text = readBytes(c.path);
  EXPECT_EQ(text.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_EQ(text.substr(3, 4), "WKT,");
  EXPECT_NE(text.find("\"LINESTRING (500100 3350100,500200 3350100)\""), std::string::npos);
  EXPECT_NE(text.find(",市排水管理处，二所,"), std::string::npos);
  EXPECT_THAT(c.files, ElementsAre(c.path, file("p.csvt"), file("p.prj")));
  EXPECT_NE(readBytes(file("p.prj")).find("CGCS2000"), std::string::npos);
}

}  // namespace pw::test
