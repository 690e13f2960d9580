// pipeward-cli export on the sample city: the network exported as a GBK shapefile and imported into a new project
// gives back the same counts and lengths per district and drainage type; filters; findings; every refusal with its
// exit code.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli_runner.h"
#include "cli_sample_city.h"
#include "core/tempdir.h"

namespace pw::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

class CliExport : public SampleCitySuite {
protected:
  static json info(const std::string& project) {
    const auto r = runCli({"--json", "info", project});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.json();
  }
  static json exported(const std::vector<std::string>& args) {
    std::vector<std::string> all{"--json", "export", city()};
    all.insert(all.end(), args.begin(), args.end());
    const auto r = runCli(all);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.exitCode == 0 ? r.json() : json();
  }
};

}  // namespace

TEST_F(CliExport, TheCityComesBackFromItsShapefiles) {
  const json before = info(city());
  const json p = exported({"pipes", file("pipes.shp")});
  const json m = exported({"manholes", file("manholes.shp")});
  const json d = exported({"districts", file("districts.shp")});
  EXPECT_EQ(p["count"], before["pipes"]);
  EXPECT_EQ(m["count"], before["manholes"]);
  EXPECT_EQ(d["count"], before["districts"]);
  EXPECT_EQ(p["encoding"], "GBK");
  EXPECT_EQ(p["crs"], "EPSG:4549");
  EXPECT_TRUE(std::filesystem::exists(file("pipes.cpg")));
  EXPECT_TRUE(std::filesystem::exists(file("pipes.fields.csv")));

  const std::string copy = file("copy.sqlite");
  ASSERT_EQ(runCli({"init", copy, "--crs", "EPSG:4549"}).exitCode, 0);
  const auto r = runCli({"--json", "import", copy, file("districts.shp"), file("manholes.shp"), file("pipes.shp")});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto doc = r.json();  // the loop must not range over a part of a temporary
  for (const auto& run : doc["runs"]) {
    EXPECT_EQ(run["profile"], "pinyin-survey");
    EXPECT_EQ(run["encoding"], "GBK");
    EXPECT_EQ(run["skipped"], 0);
  }
  const json after = info(copy);
  EXPECT_EQ(after["pipes"], before["pipes"]);
  EXPECT_EQ(after["manholes"], before["manholes"]);
  EXPECT_NEAR(after["pipe_length_m"].get<double>(), before["pipe_length_m"].get<double>(), 0.01);
  ASSERT_EQ(after["by_district_and_type"].size(), before["by_district_and_type"].size());
  for (std::size_t i = 0; i < before["by_district_and_type"].size(); ++i) {
    const auto& b = before["by_district_and_type"][i];
    const auto& a = after["by_district_and_type"][i];
    EXPECT_EQ(a["name"], b["name"]);
    EXPECT_EQ(a["drainage"], b["drainage"]);
    EXPECT_EQ(a["pipes"], b["pipes"]);
    EXPECT_NEAR(a["length_m"].get<double>(), b["length_m"].get<double>(), 0.01);
  }
}

TEST_F(CliExport, FiltersAndFormats) {
  const json before = info(city());
  std::int64_t sewage = 0;
  for (const auto& t : before["by_district_and_type"]) {
    if (t["name"] == "高新区" && t["drainage"] == "sewage") sewage = t["pipes"];
  }
  ASSERT_GT(sewage, 0);
  const json g = exported({"pipes", file("gx.geojson"), "--district", "高新区", "--type", "sewage"});
  EXPECT_EQ(g["count"], sewage);
  EXPECT_EQ(g["crs"], "EPSG:4326");
  std::ifstream in(file("gx.geojson"));
  const json doc = json::parse(in);
  ASSERT_EQ(doc["features"].size(), static_cast<std::size_t>(sewage));
  for (const auto& f : doc["features"]) {
    EXPECT_EQ(f["properties"]["SSQX"], "高新区");
    EXPECT_EQ(f["properties"]["PSLX"], "污水");
  }
  const json c = exported({"manholes", file("m"), "--format", "csv", "--ids", "1,2,3"});
  EXPECT_EQ(c["count"], 3);
  EXPECT_EQ(c["path"], file("m.csv"));  // the extension is added
  const json o = exported({"orders", file("orders.gpkg"), "--overdue"});
  EXPECT_EQ(o["count"], 0);
  ASSERT_EQ(o["notes"].size(), 1u);
  EXPECT_THAT(o["notes"][0].get<std::string>(), HasSubstr("nothing matched"));
  const json u = exported({"districts", file("d8.shp"), "--encoding", "UTF-8"});
  EXPECT_EQ(u["encoding"], "UTF-8");
  std::ifstream cpg(file("d8.cpg"));
  std::string cpgText;
  std::getline(cpg, cpgText);
  EXPECT_EQ(cpgText, "UTF-8");
}

TEST_F(CliExport, RefusalsHaveTheirExitCodes) {
  EXPECT_EQ(runCli({"export", city(), "valves", file("v.gpkg")}).exitCode, 1);
  EXPECT_EQ(runCli({"export", city(), "pipes", file("p.gpkg"), "--format", "dxf"}).exitCode, 1);
  EXPECT_EQ(runCli({"export", city(), "pipes", file("p.kml")}).exitCode, 1);
  EXPECT_EQ(runCli({"export", city(), "pipes", file("p.gpkg"), "--encoding", "GBK"}).exitCode, 1);
  EXPECT_EQ(runCli({"export", city(), "pipes", file("p.gpkg"), "--ids", "1,x"}).exitCode, 2);
  const auto state = runCli({"export", city(), "pipes", file("p.gpkg"), "--state", "issued"}, "C.UTF-8");
  EXPECT_EQ(state.exitCode, 2);
  EXPECT_THAT(state.err, HasSubstr("does not apply"));
  EXPECT_EQ(runCli({"export", city(), "pipes", file("p.gpkg"), "--district", "火星区"}).exitCode, 2);
  EXPECT_EQ(runCli({"export", city(), "pipes", file("nowhere/p.gpkg")}).exitCode, 2);
  EXPECT_FALSE(std::filesystem::exists(file("p.gpkg")));

  ASSERT_EQ(runCli({"export", city(), "districts", file("d.gpkg")}).exitCode, 0);
  const auto again = runCli({"--json", "export", city(), "districts", file("d.gpkg")});
  EXPECT_EQ(again.exitCode, 2);
  EXPECT_THAT(again.json()["error"].get<std::string>(), HasSubstr("exists already"));
  EXPECT_EQ(runCli({"export", city(), "districts", file("d.gpkg"), "--overwrite"}).exitCode, 0);
}

}  // namespace pw::test
