// No success on a failed write: an export in every format, made while the disk "fills up" after N bytes (the write
// fault of core/write_fault.h, reaching GDAL's writers through gdal/gdal_fault.h), fails with a message naming the
// file, whatever N, and leaves nothing new in the folder and an existing file (overwrite asked) as it was; once N is
// enough, the export is exactly the one made without a fault. GDAL's GeoJSON and CSV writers do not report a failed
// write themselves: the read-back count catches those.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "export_fixture.h"
#include "fault_injection.h"
#include "io/field_sidecar.h"
#include "shapefile_builder.h"

namespace pw::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct Case {
  ExportFormat format;
  const char* name;
  std::vector<const char*> files;  ///< every file of the set
};

const std::vector<Case>& cases() {
  static const std::vector<Case> all{
      {ExportFormat::GeoPackage, "pg.gpkg", {"pg.gpkg"}},
      {ExportFormat::Shapefile, "ps.shp", {"ps.shp", "ps.shx", "ps.dbf", "ps.prj", "ps.cpg", "ps.fields.csv"}},
      {ExportFormat::GeoJson, "pj.geojson", {"pj.geojson"}},
      {ExportFormat::Csv, "pc.csv", {"pc.csv", "pc.csvt", "pc.prj"}},
  };
  return all;
}

class ExportFailures : public ExportFixture {
protected:
  /// Exports the pipes with the fault armed after `budget` bytes; true when it succeeded, false when it failed as it
  /// must (checked here).
  bool exportWithFault(const Case& c, std::int64_t budget, bool overwrite) {
    const std::string output = file(c.name);
    ExportRequest r;
    r.layer = ExportLayer::Pipes;
    r.format = c.format;
    r.output = output;
    r.overwrite = overwrite;
    Feedback feedback;
    WriteFaultScope fault(budget);
    try {
      exportLayer(*project, r, feedback);
      return true;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::BadInput) << budget << ": " << e.what();
      EXPECT_THAT(e.what(), HasSubstr("Cannot write " + file(""))) << budget;
      EXPECT_THAT(e.what(), Not(HasSubstr(".partial-"))) << "the message names the user's files: " << e.what();
      EXPECT_THAT(e.what(), Not(HasSubstr("/vsi"))) << e.what();
      return false;
    }
  }

  std::map<std::string, std::string> bytesOf(const Case& c) const {
    std::map<std::string, std::string> out;
    for (const auto* f : c.files) out[f] = fileBytes(file(f));
    return out;
  }

  /// Raises the budget from 0 until the export succeeds; every failure on the way leaves the folder as `before`.
  int failUntilItFits(const Case& c, bool overwrite, const std::function<void()>& unchanged) {
    const auto before = folderEntries(dir.path());
    int failures = 0;
    for (std::int64_t budget = 0;; budget = budget * 5 / 4 + 7) {
      if (exportWithFault(c, budget, overwrite)) break;
      ++failures;
      EXPECT_EQ(folderEntries(dir.path()), before) << c.name << " after a failure at " << budget << " bytes";
      unchanged();
      if (failures > 200) {
        ADD_FAILURE() << c.name << " never fits";
        break;
      }
    }
    return failures;
  }
};

}  // namespace

TEST_F(ExportFailures, EveryFormatFailsCleanlyAtAnyByteAndSucceedsWhenItFits) {
  for (const auto& c : cases()) {
    SCOPED_TRACE(c.name);
    const auto reference = exportTo(ExportLayer::Pipes, c.format, std::string("ref-") + c.name);
    const int failures = failUntilItFits(c, false, [&] {
      for (const auto* f : c.files) EXPECT_FALSE(std::filesystem::exists(file(f))) << f;
    });
    EXPECT_GT(failures, 10) << "the fault hit the export at many points";
    EXPECT_EQ(readBack(file(c.name)), readBack(reference.path));
    if (c.format == ExportFormat::Shapefile) {
      EXPECT_EQ(fileBytes(file("ps.fields.csv")), fileBytes(file("ref-ps.fields.csv")));
      EXPECT_EQ(fileBytes(file("ps.cpg")), "936");
    }
    EXPECT_TRUE(leftovers().empty());
  }
}

TEST_F(ExportFailures, AFailedOverwriteLeavesTheOldFilesAsTheyWere) {
  for (const auto& c : cases()) {
    SCOPED_TRACE(c.name);
    ExportFilter east;
    east.district = "东区";
    exportTo(ExportLayer::Pipes, c.format, c.name, east);  // the file a failed overwrite must not touch
    const auto old = bytesOf(c);
    failUntilItFits(c, true, [&] { EXPECT_EQ(bytesOf(c), old); });
    EXPECT_EQ(readBack(file(c.name)).size(), 4u);  // replaced at last by the whole layer
    EXPECT_TRUE(leftovers().empty());
  }
}

TEST_F(ExportFailures, OneByteShortTheLastSidecarFailsAndIsNamed) {
  // The shapefile's own files come last, after GDAL's: the smallest budget that fits, less one byte, fails in the
  // field-name sidecar, the last file written.
  const Case& shp = cases()[1];
  std::int64_t fails = 0, fits = 1;
  while (!exportWithFault(shp, fits, false)) {
    fails = fits;
    fits *= 2;
  }
  for (const auto* f : shp.files) std::filesystem::remove(file(f));
  while (fits - fails > 1) {
    const std::int64_t middle = (fails + fits) / 2;
    if (exportWithFault(shp, middle, false)) {
      fits = middle;
      for (const auto* f : shp.files) std::filesystem::remove(file(f));
    } else {
      fails = middle;
    }
  }
  ExportRequest r;
  r.layer = ExportLayer::Pipes;
  r.format = ExportFormat::Shapefile;
  r.output = file(shp.name);
  Feedback feedback;
  WriteFaultScope fault(fails);
  try {
    exportLayer(*project, r, feedback);
    ADD_FAILURE() << "one byte short, the export succeeded";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("Cannot write " + file("ps.fields.csv") + ": No space left on device"));
  }
  EXPECT_TRUE(leftovers().empty());
  EXPECT_FALSE(std::filesystem::exists(file(shp.name)));
}

TEST_F(ExportFailures, ATruncatedGeoJsonIsNotReportedAsWritten) {
  // GDAL's GeoJSON writer ignores a failed write and closes without an error: only reading the result back shows it.
  const std::string output = file("pipes.geojson");
  ExportRequest r;
  r.layer = ExportLayer::Pipes;
  r.format = ExportFormat::GeoJson;
  r.output = output;
  Feedback feedback;
  WriteFaultScope fault(600);
  try {
    exportLayer(*project, r, feedback);
    ADD_FAILURE() << "a truncated GeoJSON was reported as written";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("Cannot write " + output));
    EXPECT_THAT(e.what(), HasSubstr("read back"));
  }
  EXPECT_FALSE(std::filesystem::exists(output));
}

}  // namespace pw::test
