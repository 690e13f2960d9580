#include "cli_sample_city.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "cli_runner.h"

namespace pw::test {

std::vector<std::string> sampleCityFiles() {
  const std::string s = PW_SAMPLEDATA;
  return {s + "/districts/districts.shp", s + "/delivery-a/manholes.shp", s + "/delivery-a/pipes.shp",
          s + "/delivery-b/manholes.shp", s + "/delivery-b/pipes.shp"};
}

void createSampleCity(const std::string& project) {
  const auto init = runCli({"init", project, "--crs", "EPSG:4549"});
  ASSERT_EQ(init.exitCode, 0) << init.err;
  std::vector<std::string> args{"import", project};
  for (const auto& f : sampleCityFiles()) args.push_back(f);
  const auto imported = runCli(args);
  ASSERT_EQ(imported.exitCode, 0) << imported.err;
}

void addCliUsers(const std::string& project, const std::vector<std::vector<std::string>>& users) {
  for (const auto& u : users) {
    std::vector<std::string> args{"user", "add", project};
    args.insert(args.end(), u.begin(), u.end());
    const auto r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.err;
  }
}

std::string copyProject(const std::string& project, const std::string& dir) {
  const std::string copy = dir + "/" + std::filesystem::path(project).filename().string();
  std::filesystem::copy_file(project, copy);
  return copy;
}

TempDir* SampleCitySuite::shared = nullptr;

void SampleCitySuite::SetUpTestSuite() {
  shared = new TempDir();
  ASSERT_NO_FATAL_FAILURE(createSampleCity(city()));
}

void SampleCitySuite::TearDownTestSuite() {
  delete shared;
  shared = nullptr;
}

}  // namespace pw::test
