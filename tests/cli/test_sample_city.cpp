// The sample city end to end through pipeward-cli: counts and lengths per district and drainage type, and exactly
// the planted faults, checked against sampledata/manifest.json (written by the generator from its own model).
#include <cmath>
#include <fstream>
#include <map>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "cli_sample_city.h"
#include "core/tempdir.h"

namespace pw::test {
namespace {

using nlohmann::json;

json manifest() {
  std::ifstream in(std::string(PW_SAMPLEDATA) + "/manifest.json");
  return json::parse(in);
}

// The generator's fault kinds and the importer's check codes.
const std::map<std::string, std::string> kCheckOf = {
    {"reversed_slope", "reversed_slope"},        {"dangling_pipe", "missing_manhole"},
    {"duplicate_pipe_id", "duplicate_id"},       {"unknown_type", "unknown_drainage"},
    {"end_off_manhole", "end_far_from_manhole"}, {"empty_diameter", "missing_diameter"}};

class SampleCity : public ::testing::Test {
protected:
  TempDir dir;
  std::string project = dir.path() + "/city.sqlite";
  json imported;

  void SetUp() override {
    ASSERT_EQ(runCli({"init", project, "--crs", "EPSG:4549"}).exitCode, 0);
    std::vector<std::string> args{"--json", "import", project};
    for (const auto& f : sampleCityFiles()) args.push_back(f);
    const auto r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    imported = r.json();
  }
};

}  // namespace

TEST_F(SampleCity, ImportReportsWhatWasDetected) {
  ASSERT_EQ(imported["runs"].size(), 5u);
  for (const auto& run : imported["runs"]) {
    EXPECT_EQ(run["encoding"], "GBK") << run["source"];
    EXPECT_EQ(run["profile"], "pinyin-survey");
    const std::string source = run["source"];
    if (source.find("delivery-a") != std::string::npos) {
      EXPECT_EQ(run["crs"], "EPSG:4528");
    } else {
      EXPECT_EQ(run["crs"], "EPSG:4549");
    }
    if (source.find("delivery-b") != std::string::npos) {  // no .prj: recognised from the coordinates
      EXPECT_THAT(run["crs_reason"].get<std::string>(), ::testing::HasSubstr("recognised from the coordinates"));
    }
  }
}

TEST_F(SampleCity, ExactlyThePlantedFaultsAreFound) {
  const json m = manifest();
  const auto& issues = imported["issues"];
  EXPECT_EQ(issues.size(), m["faults"].size()) << issues.dump(1);
  for (const auto& fault : m["faults"]) {
    const std::string check = kCheckOf.at(fault["kind"]);
    bool found = false;
    for (const auto& is : issues) {
      found = found || (is["check"] == check && is["id"] == fault["pipe_id"] && is["feature"] == fault["feature"]);
    }
    EXPECT_TRUE(found) << fault.dump();
  }
  // The stored issues are the same ones.
  const auto stored = runCli({"--json", "check", project}).json();
  EXPECT_EQ(stored["issues"].size(), issues.size());
  EXPECT_EQ(stored["errors"], 1);  // the duplicate id: that feature was not imported
}

TEST_F(SampleCity, CountsAndLengthsPerDistrictAndType) {
  const json m = manifest();
  // Expected: the manifest's written features, minus the one the importer refuses (the duplicate id).
  std::map<std::pair<std::string, std::string>, std::pair<std::int64_t, double>> expected;
  std::int64_t expectedPipes = 0;
  for (const auto& d : m["districts"]) {
    for (const auto& [type, value] : d["pipes"].items()) {
      if (value["count"] == 0) continue;
      expected[{d["name"], type == "unknown" ? "" : type}] = {value["count"], value["length_m"]};
      expectedPipes += value["count"].get<std::int64_t>();
    }
  }
  for (const auto& fault : m["faults"]) {
    if (fault["kind"] != "duplicate_pipe_id") continue;
    auto& e = expected[{fault["district"], fault["type"]}];
    e.first -= 1;
    e.second -= fault["length_m"].get<double>();
    expectedPipes -= 1;
  }
  const auto info = runCli({"--json", "info", project}).json();
  EXPECT_EQ(info["pipes"], expectedPipes);
  EXPECT_EQ(info["districts"], 5);
  EXPECT_EQ(info["manholes"], m["deliveries"][0]["manholes"].get<int>() + m["deliveries"][1]["manholes"].get<int>());
  std::size_t rows = 0;
  for (const auto& row : info["by_district_and_type"]) {
    ASSERT_FALSE(row["name"].get<std::string>().empty()) << "a pipe outside every district: " << row.dump();
    const std::string type = row["drainage"].is_null() ? "" : row["drainage"].get<std::string>();
    const auto it = expected.find({row["name"], type});
    ASSERT_NE(it, expected.end()) << row.dump();
    EXPECT_EQ(row["pipes"], it->second.first) << row.dump();
    EXPECT_NEAR(row["length_m"].get<double>(), it->second.second, 0.01) << row.dump();
    ++rows;
  }
  EXPECT_EQ(rows, expected.size());
}

TEST_F(SampleCity, ReimportingADeliveryUpdatesInsteadOfDuplicating) {
  const auto before = runCli({"--json", "info", project}).json();
  const auto r = runCli({"--json", "import", project, std::string(PW_SAMPLEDATA) + "/delivery-b/pipes.shp"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto run = r.json()["runs"][0];
  EXPECT_EQ(run["inserted"], 0);
  EXPECT_EQ(run["updated"], 1101);
  const auto after = runCli({"--json", "info", project}).json();
  EXPECT_EQ(after["pipes"], before["pipes"]);
  EXPECT_NEAR(after["pipe_length_m"].get<double>(), before["pipe_length_m"].get<double>(), 1e-6);
}

}  // namespace pw::test
