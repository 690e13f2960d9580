// No success on a failed write, end to end: pipeward-cli run under `ulimit -f` (a file may not grow past the limit,
// as on a disk that fills up) or with the write fault armed (PW_FAIL_WRITE_AFTER_BYTES), for every export format,
// the Excel register and the PDF reports: exit 2, a message naming the file, no file at the destination and nothing
// beside it, an existing file (--overwrite asked) left as it was; without the fault the same command succeeds.
#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "cli_sample_city.h"
#include "core/tempdir.h"
#include "fault_injection.h"
#include "shapefile_builder.h"
#include "store/project.h"
#include "store/sqlite.h"

namespace pw::test {
namespace {

using ::testing::HasSubstr;

// Above SQLite's 32 KiB of shared memory for the project's write-ahead log (a file too), below every output here.
constexpr std::uint64_t kLimitKib = 48;

class CliWriteFailures : public SampleCitySuite {
protected:
  static void SetUpTestSuite() {
    ASSERT_NO_FATAL_FAILURE(SampleCitySuite::SetUpTestSuite());
    // Enough defects for a register larger than the limit: four on each of 800 pipes.
    std::string csv = "PIPE,DISTANCE,CODE,GRADE\n";
    {
      auto project = Project::open(city());
      auto st = project->db().prepare("SELECT code FROM pipes ORDER BY code LIMIT 800");
      while (st.step()) {
        for (const char* row : {",1,PL,2\n", ",2,CK,3\n", ",3,SL,1\n", ",4,PL,4\n"}) csv += st.text(0) + row;
      }
    }
    const std::string path = suiteFolder() + "/cctv.csv";
    std::ofstream(path) << csv;
    const auto r = runCli({"import-inspections", city(), path, "--date", "2025-06-01", "--team", "一队"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
  }

  static CliEnvironment limited() { return {.fileSizeLimitKib = kLimitKib}; }
  static CliEnvironment faulted(std::int64_t bytes) {
    return {.variables = {"PW_FAIL_WRITE_AFTER_BYTES=" + std::to_string(bytes)}};
  }

  /// A failure as it must be: exit 2 and a message naming the file.
  static void expectFailed(const CliResult& r, const std::string& path) {
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_THAT(r.err, HasSubstr("Cannot write " + path));
    EXPECT_THAT(r.err, ::testing::Not(HasSubstr(".partial-")));
  }

  std::map<std::string, std::string> contents() const {
    std::map<std::string, std::string> out;
    for (const auto& name : folderEntries(dir.path())) out[name] = fileBytes(file(name));
    return out;
  }
};

}  // namespace

TEST_F(CliWriteFailures, EveryExportFormatFailsCleanlyPastTheLimit) {
  for (const std::string name : {"pipes.gpkg", "pipes.shp", "pipes.geojson", "pipes.csv"}) {
    SCOPED_TRACE(name);
    const std::vector<std::string> args{"export", city(), "pipes", file(name)};
    expectFailed(runCli(args, limited()), file(name));
    EXPECT_TRUE(folderEntries(dir.path()).empty());

    ASSERT_EQ(runCli(args).exitCode, 0);  // the same without a limit
    const auto written = contents();
    ASSERT_FALSE(written.empty());
    auto overwrite = args;
    overwrite.push_back("--overwrite");
    expectFailed(runCli(overwrite, limited()), file(name));
    EXPECT_EQ(contents(), written) << "a failed overwrite leaves the old files";
    for (const auto& [entry, bytes] : written) std::filesystem::remove(file(entry));
  }
}

TEST_F(CliWriteFailures, TheWriteFaultReachesGdalsGeoJsonWriter) {
  // PW_FAIL_WRITE_AFTER_BYTES fails the writes at a chosen byte, here inside GDAL's GeoJSON writer, which does not
  // report a failed write itself: the file read back is found short.
  const std::string geojson = file("pipes.geojson");
  expectFailed(runCli({"export", city(), "pipes", geojson}, faulted(100000)), geojson);
  EXPECT_TRUE(folderEntries(dir.path()).empty());
}

TEST_F(CliWriteFailures, TheExcelRegisterFailsCleanlyPastTheLimit) {
  const std::string xlsx = file("defects.xlsx");
  std::ofstream(xlsx) << "old";
  expectFailed(runCli({"report", "defects", city(), "--out", xlsx}, limited()), xlsx);
  EXPECT_EQ(fileBytes(xlsx), "old");
  EXPECT_EQ(folderEntries(dir.path()), std::vector<std::string>{"defects.xlsx"});
  const auto r = runCli({"--json", "report", "defects", city(), "--out", xlsx});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.json()["rows"], 3200);
  EXPECT_GT(std::filesystem::file_size(xlsx), kLimitKib * 1024);
}

TEST_F(CliWriteFailures, ThePdfReportsFailCleanlyPastTheLimitOrAtTheFault) {
  const std::string pdf = file("city.pdf");
  std::ofstream(pdf) << "old";
  const std::vector<std::string> args{"report", "city", city(), "--period", "2025-06", "--out", pdf};
  expectFailed(runCli(args, limited()), pdf);
  EXPECT_EQ(fileBytes(pdf), "old");
  expectFailed(runCli(args, faulted(20000)), pdf);
  EXPECT_EQ(fileBytes(pdf), "old");
  EXPECT_EQ(folderEntries(dir.path()), std::vector<std::string>{"city.pdf"});
  ASSERT_EQ(runCli(args).exitCode, 0);
  EXPECT_EQ(fileBytes(pdf).rfind("%PDF-", 0), 0u);
  EXPECT_GT(std::filesystem::file_size(pdf), kLimitKib * 1024);
}

}  // namespace pw::test
