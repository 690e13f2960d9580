// The project file's safety in one process: nothing but SQLite opens a project that is open (readers and writers of
// user-named files refuse it), the last connection leaves one file, read-only places, damaged files, a schema older
// than its tables, and the online backup.
#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/open_databases.h"
#include "core/paths.h"
#include "core/tempdir.h"
#include "gdal/gdal.h"
#include "io/raster_source.h"
#include "io/source.h"
#include "io/xlsx.h"
#include "read_only_path.h"
#include "store/backup.h"
#include "store/embedded.h"
#include "store/project.h"
#include "store/schema_history.h"
#include "store/sqlite.h"

namespace pw {
namespace {

namespace fs = std::filesystem;
using test::ReadOnlyPath;
using ::testing::HasSubstr;

std::string messageOf(const std::function<void()>& fn, ErrorKind want = ErrorKind::BadInput) {
  try {
    fn();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), want) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "no error";
  return {};
}

std::uintmax_t sizeOf(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0 : size;
}

class StoreSafety : public ::testing::Test {
protected:
  TempDir dir;
  std::string project = dir.path() + "/p.sqlite";
  void SetUp() override { Project::create(project, 4549); }
  void write(Project& p, const std::string& key) { p.setMeta(key, "1"); }
};

TEST_F(StoreSafety, AnOpenProjectIsNeverOpenedAsAnOrdinaryFile) {
  const std::string link = dir.path() + "/link.sqlite";
  fs::create_symlink(project, link);
  EXPECT_FALSE(isOpenDatabase(project));
  {
    auto open = Project::open(project);
    write(*open, "a");
    for (const auto& name : {project, link, project + "-wal", project + "-shm", project + "-journal"}) {
      EXPECT_TRUE(isOpenDatabase(name)) << name;
    }
    EXPECT_FALSE(isOpenDatabase(dir.path() + "/other.sqlite"));
    EXPECT_FALSE(isOpenDatabase(project + "-walrus"));
    const auto refused = [&](const std::function<void()>& fn) {
      EXPECT_THAT(messageOf(fn), HasSubstr("that PipeWard has open"));
    };
    refused([&] { readFile(project); });  // photos, evidence, rules, CSV files
    refused([&] { readFile(project + "-wal"); });
    refused([&] { gdal::openVector(link); });              // backgrounds, community areas
    refused([&] { VectorSource source(project, {}); });    // imports
    refused([&] { RasterSource raster(project, 4549); });  // raster backgrounds
    refused([&] { xlsx::Workbook book(project); });        // Excel reports written over it
    write(*open, "b");                                     // and the project goes on
  }
  EXPECT_FALSE(isOpenDatabase(project));
  EXPECT_EQ(readFile(project).substr(0, 15), "SQLite format 3");  // closed, it is a file like any other
}

TEST_F(StoreSafety, TheLastConnectionMergesTheLogAndOnlyTheLast) {
  auto first = Project::open(project);
  write(*first, "a");
  {
    auto second = Project::open(project);
    write(*second, "b");
  }
  EXPECT_GT(sizeOf(project + "-wal"), 0u) << "the second connection removed the log of the first";
  write(*first, "c");
  first.reset();
  EXPECT_FALSE(fs::exists(project + "-wal"));
  EXPECT_FALSE(fs::exists(project + "-shm"));
  auto reopened = Project::open(project);
  for (const char* key : {"a", "b", "c"}) EXPECT_EQ(reopened->meta(key), "1") << key;
}

TEST_F(StoreSafety, AReadOnlyFolderOpensReadOnlyAndRefusesWritesWithTheReason) {
  ReadOnlyPath readOnly(dir.path());
  if (!readOnly.effective()) GTEST_SKIP() << "cannot make a folder read-only here";
  auto p = Project::open(project);
  EXPECT_TRUE(p->isReadOnly());
  EXPECT_EQ(p->readOnlyReason(), sql::ReadOnlyReason::FolderNotWritable);
  EXPECT_EQ(p->meta("application"), "PipeWard");
  EXPECT_EQ(p->crsEpsg(), 4549);
  EXPECT_THAT(messageOf([&] { write(*p, "a"); }), HasSubstr("its folder " + dir.path() + " is not writable"));
  EXPECT_THAT(messageOf([&] { sql::Transaction tx(p->db()); }), HasSubstr("can only be read"));
  EXPECT_FALSE(fs::exists(project + "-wal"));
  EXPECT_FALSE(fs::exists(project + "-shm"));
}

TEST_F(StoreSafety, AReadOnlyFileOpensReadOnly) {
  ReadOnlyPath readOnly(project);
  if (!readOnly.effective()) GTEST_SKIP() << "cannot make a file read-only here";
  auto p = Project::open(project);
  EXPECT_EQ(p->readOnlyReason(), sql::ReadOnlyReason::FileNotWritable);
  EXPECT_THAT(messageOf([&] { write(*p, "a"); }), HasSubstr("the file is not writable"));
}

TEST_F(StoreSafety, AnOlderSchemaOnAReadOnlyProjectIsRefusedNotHalfUpgraded) {
  {
    sql::Database db(project, sql::Database::Mode::ReadWrite);
    // As a project of schema 4 would be: the tables of migrations 5 and 6 are not there yet.
    db.exec("PRAGMA foreign_keys = OFF");
    auto st = db.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'separation%' OR "
        "name IN ('communities', 'community_imports', 'inspection_imports', 'inspection_import_items')");
    std::vector<std::string> tables;
    while (st.step()) tables.push_back(st.text(0));
    ASSERT_FALSE(tables.empty());
    for (const auto& t : tables) db.exec("DROP TABLE IF EXISTS " + sql::quoteIdentifier(t));
    db.exec("DELETE FROM pw_layers WHERE table_name = 'communities'");
    db.exec("DELETE FROM geometry_columns WHERE f_table_name = 'communities'");
    db.exec("DROP TABLE IF EXISTS idx_communities_geom");
    db.exec("PRAGMA user_version = 4");
  }
  {
    ReadOnlyPath readOnly(project);
    if (!readOnly.effective()) GTEST_SKIP() << "cannot make a file read-only here";
    EXPECT_THAT(messageOf([&] { Project::open(project); }), HasSubstr("needs upgrading to"));
  }
  auto upgraded = Project::open(project);  // writable: upgraded as usual
  EXPECT_EQ(upgraded->schemaVersion(), Project::currentSchemaVersion());
  EXPECT_EQ(upgraded->db().scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'communities'"), 1);
}

TEST_F(StoreSafety, ASchemaVersionOlderThanTheTablesIsInconsistent) {
  sql::Database scratch(":memory:", sql::Database::Mode::ReadWriteCreate);
  for (const auto& m : embedded::migrations) {
    if (migrationNumber(m.name) <= 3) scratch.exec(m.content);
  }
  EXPECT_NO_THROW(checkSchemaConsistent(scratch, "old.sqlite", 3));
  scratch.exec(embedded::migrations[3].content);  // migration 4 ran, its number was not recorded
  const auto message = messageOf([&] { checkSchemaConsistent(scratch, "old.sqlite", 3); });
  EXPECT_THAT(message, HasSubstr("old.sqlite is inconsistent: its schema version is 3"));
  EXPECT_THAT(message, HasSubstr("which schema version 4 adds"));

  {
    sql::Database db(project, sql::Database::Mode::ReadWrite);
    db.exec("PRAGMA user_version = 1");
  }
  EXPECT_THAT(messageOf([&] { Project::open(project); }), HasSubstr("which schema version 2 adds"));
}

TEST_F(StoreSafety, DamagedFilesAreNamed) {
  fs::resize_file(project, sizeOf(project) - 1000);
  EXPECT_THAT(messageOf([&] { Project::open(project); }), HasSubstr("The project file " + project + " is damaged"));
  fs::resize_file(project, 50);  // not even the header
  EXPECT_THAT(messageOf([&] { Project::open(project); }), HasSubstr("is damaged"));
  fs::resize_file(project, 0);  // an empty file is an empty database, and opening it writes nothing
  EXPECT_THAT(messageOf([&] { Project::open(project); }),
              HasSubstr("is an SQLite database but not a PipeWard project"));
  EXPECT_EQ(sizeOf(project), 0u);
}

TEST_F(StoreSafety, ABackupIsAConsistentCheckedCopyWhileTheProjectIsOpenAndWritten) {
  auto open = Project::open(project);
  write(*open, "in-the-log");  // committed, still only in the write-ahead log
  const std::string out = dir.path() + "/copy.sqlite";
  const auto result = backupProject(project, out, false);
  EXPECT_EQ(result.integrity, "ok");
  EXPECT_EQ(result.schemaVersion, Project::currentSchemaVersion());
  EXPECT_GT(result.pages, 0);
  EXPECT_EQ(result.bytes, static_cast<std::int64_t>(sizeOf(out)));
  write(*open, "after");  // the project goes on
  {
    auto copy = Project::open(out);
    EXPECT_EQ(copy->meta("in-the-log"), "1");
    EXPECT_FALSE(copy->meta("after"));
    EXPECT_EQ(copy->db().scalarText("PRAGMA integrity_check"), "ok");
  }
  for (const auto& e : fs::directory_iterator(dir.path())) {
    EXPECT_EQ(e.path().filename().string().find(".copy.sqlite.backup-"), std::string::npos) << "partial file left";
  }
  EXPECT_THAT(messageOf([&] { backupProject(project, out, false); }), HasSubstr("exists already"));
  EXPECT_NO_THROW(backupProject(project, out, true));
  EXPECT_THAT(messageOf([&] { backupProject(project, project, true); }), HasSubstr("it is the project itself"));
  EXPECT_THAT(messageOf([&] { backupProject(project, project + "-wal", true); }), HasSubstr("the project itself"));
  EXPECT_THAT(messageOf([&] { backupProject(project, dir.path() + "/none/c.sqlite", false); }),
              HasSubstr("does not exist"));
}

}  // namespace
}  // namespace pw
