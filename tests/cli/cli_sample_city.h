#pragma once
// The sample city of sampledata/ made into a project through pipeward-cli, for the end-to-end tests (a suite makes it
// once and copies it afresh for each test).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/tempdir.h"

namespace pw::test {

/// The sample city's deliveries in import order: the districts, then delivery-a and delivery-b (manholes, pipes).
std::vector<std::string> sampleCityFiles();

/// `init PROJECT --crs EPSG:4549`, then `import PROJECT` of sampleCityFiles(). A fatal test failure if either fails
/// (call it in ASSERT_NO_FATAL_FAILURE).
void createSampleCity(const std::string& project);

/// `user add PROJECT NAME OPTIONS...` for each user, given as the name followed by the options ("--role", "planner").
/// A fatal test failure at the first that fails.
void addCliUsers(const std::string& project, const std::vector<std::vector<std::string>>& users);

/// A copy of `project` in `dir`, under the same file name; returns the copy's path.
std::string copyProject(const std::string& project, const std::string& dir);

/// A suite on the sample city, made once for the suite (in its own folder), with a fresh folder for each test.
class SampleCitySuite : public ::testing::Test {
protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  static std::string city() { return shared->path() + "/city.sqlite"; }
  /// The suite's folder, beside the city.
  static const std::string& suiteFolder() { return shared->path(); }

  TempDir dir;
  std::string file(const std::string& name) const { return dir.path() + "/" + name; }

private:
  static TempDir* shared;
};

}  // namespace pw::test
