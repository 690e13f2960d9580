// Every file PipeWard writes goes through core/staged_output.h: written beside the destination, each write checked,
// synced, moved into place only when complete; a failure (here the write fault of core/write_fault.h, as a disk
// that fills up) leaves the destination as it was and nothing beside it, with a message naming the file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "core/staged_output.h"
#include "core/tempdir.h"
#include "core/write_fault.h"
#include "fault_injection.h"
#include "shapefile_builder.h"

namespace pw::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

void expectWriteFailure(const std::function<void()>& fn, const std::string& file) {
  try {
    fn();
    ADD_FAILURE() << "a write past the fault succeeded";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    EXPECT_THAT(e.what(), HasSubstr("Cannot write " + file));
    EXPECT_THAT(e.what(), HasSubstr("No space left on device"));
    EXPECT_EQ(e.context().file, file);
  }
}

}  // namespace

TEST(WriteFault, GrantsTheBudgetThenRefusesWithNoSpace) {
  EXPECT_FALSE(writeFaultArmed());
  EXPECT_EQ(takeWriteBudget(1000), 1000u);  // unarmed: everything
  {
    WriteFaultScope fault(10);
    EXPECT_TRUE(writeFaultArmed());
    EXPECT_EQ(takeWriteBudget(4), 4u);
    errno = 0;
    EXPECT_EQ(takeWriteBudget(8), 6u);
    EXPECT_EQ(errno, ENOSPC);
    EXPECT_EQ(takeWriteBudget(1), 0u);
  }
  EXPECT_FALSE(writeFaultArmed());
}

TEST(StagedOutput, AFileAppearsOnlyWhenCommittedAndComplete) {
  TempDir dir;
  const std::string path = dir.path() + "/notes.txt";
  {
    StagedOutput out({path});
    OutputFile f = out.create(path);
    f.write("first ");
    f.write("second");
    f.close();
    EXPECT_FALSE(std::filesystem::exists(path));  // not before commit
    EXPECT_THAT(out.commit(), ElementsAre(path));
  }
  EXPECT_EQ(fileBytes(path), "first second");
  EXPECT_THAT(folderEntries(dir.path()), ElementsAre("notes.txt"));
  {
    StagedOutput out({path});
    OutputFile f = out.create(path);
    f.write("abandoned");
  }  // an exception half-way: neither the file nor the hidden folder remain
  EXPECT_EQ(fileBytes(path), "first second");
  EXPECT_THAT(folderEntries(dir.path()), ElementsAre("notes.txt"));
}

TEST(StagedOutput, AFailedWriteLeavesTheOldFileAndNothingBeside) {
  TempDir dir;
  const std::string path = dir.path() + "/report.txt";
  std::ofstream(path) << "old";
  const std::string text(100000, 'x');
  for (const std::int64_t budget : {0, 1, 4095, 4096, 99999}) {
    WriteFaultScope fault(budget);
    expectWriteFailure([&] { writeFileAtomically(path, text); }, path);
    EXPECT_EQ(fileBytes(path), "old") << budget;
    EXPECT_THAT(folderEntries(dir.path()), ElementsAre("report.txt")) << budget;
  }
  {
    WriteFaultScope fault(100000);  // exactly enough
    writeFileAtomically(path, text);
  }
  EXPECT_EQ(fileBytes(path), text);
  EXPECT_THAT(folderEntries(dir.path()), ElementsAre("report.txt"));
}

TEST(StagedOutput, APatchPastTheFaultFailsNamingTheDestination) {
  TempDir dir;
  const std::string path = dir.path() + "/a.dbf";
  StagedOutput out({path});
  OutputFile f = out.create(path);
  f.write(std::string(64, '\0'));
  f.close();
  WriteFaultScope fault(0);
  expectWriteFailure([&] { patchFile(out.staged(path), 29, "M", path); }, path);
}

TEST(StagedOutput, CommitMovesTheSetAndRemovesStaleSidecars) {
  TempDir dir;
  const std::string shp = dir.path() + "/p.shp", dbf = dir.path() + "/p.dbf", cpg = dir.path() + "/p.cpg";
  std::ofstream(cpg) << "936";  // a sidecar of an older export that the new one does not write
  StagedOutput out({shp, dbf, cpg});
  for (const auto& p : {shp, dbf}) {
    OutputFile f = out.create(p);
    f.write(p);
    f.close();
  }
  EXPECT_THAT(out.commit(), ElementsAre(shp, dbf));
  EXPECT_THAT(folderEntries(dir.path()), ElementsAre("p.dbf", "p.shp"));
  EXPECT_EQ(fileBytes(dbf), dbf);
}

TEST(StagedOutput, RefusesWhatItMustNotTouch) {
  TempDir dir;
  const std::string path = dir.path() + "/x.csv";
  std::ofstream(path) << "keep";
  auto refused = [](const std::function<void()>& fn, const std::string& what) {
    try {
      fn();
      ADD_FAILURE() << "not refused: " << what;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::BadInput);
      EXPECT_THAT(e.what(), HasSubstr(what));
    }
  };
  refused([&] { StagedOutput out({path}, {.overwrite = false}); }, "exists already");
  refused([&] { StagedOutput out({path}, {.projectPath = path}); }, "the project file itself");
  refused([&] { StagedOutput out({dir.path()}); }, "it is a folder");
  refused([&] { StagedOutput out({dir.path() + "/no/such/x.csv"}); }, "does not exist");
  EXPECT_EQ(fileBytes(path), "keep");
  EXPECT_THAT(folderEntries(dir.path()), ElementsAre("x.csv"));
}

}  // namespace pw::test
