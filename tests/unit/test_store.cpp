// The project file: creation, opening, schema, geometry blobs SpatiaLite agrees with, and the packed R-tree.
#include <filesystem>
#include <fstream>
#include <random>

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/tempdir.h"
#include "geom/spatialite_blob.h"
#include "store/project.h"
#include "store/rtree.h"
#include "store/sqlite.h"

namespace pw {

class ProjectTest : public ::testing::Test {
protected:
  TempDir dir;
  std::string path(const std::string& name = "p.sqlite") const { return dir.path() + "/" + name; }
};

TEST_F(ProjectTest, CreateRegistersLayersWithSpatialIndexes) {
  auto project = Project::create(path(), 4549);
  EXPECT_EQ(project->crsEpsg(), 4549);
  auto& db = project->db();
  EXPECT_EQ(db.scalarInt("PRAGMA user_version"), Project::currentSchemaVersion());
  EXPECT_EQ(db.scalarText("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(db.scalarInt("PRAGMA foreign_keys"), 1);
  for (const char* table : {"pipes", "manholes", "districts", "import_issues"}) {
    auto st = db.prepare("SELECT srid, spatial_index_enabled FROM geometry_columns WHERE f_table_name = ?");
    st.bind(1, table);
    ASSERT_TRUE(st.step()) << table;
    EXPECT_EQ(st.int64(0), 4549) << table;
    EXPECT_EQ(st.int64(1), 1) << table;
  }
}

TEST_F(ProjectTest, CrsCanComeLaterAndOnlyOnce) {
  {
    auto project = Project::create(path(), std::nullopt);
    EXPECT_EQ(project->crsEpsg(), 0);
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM geometry_columns"), 0);
    project->setCrs(4528);
    EXPECT_THROW(project->setCrs(4549), Error);
  }
  auto reopened = Project::open(path());
  EXPECT_EQ(reopened->crsEpsg(), 4528);
  EXPECT_EQ(reopened->db().scalarInt("SELECT count(*) FROM geometry_columns"),
            reopened->db().scalarInt("SELECT count(*) FROM pw_layers"));
}

TEST_F(ProjectTest, RefusesWhatIsNotAProject) {
  Project::create(path(), 4549);
  EXPECT_THROW(Project::create(path(), 4549), Error);  // exists
  try {
    Project::open(path("missing.sqlite"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
  std::ofstream(path("text.sqlite")) << "not a database";
  EXPECT_THROW(Project::open(path("text.sqlite")), Error);
  {
    sql::Database other(path("other.sqlite"), sql::Database::Mode::ReadWriteCreate);
    other.exec("CREATE TABLE t(x)");
  }
  try {
    Project::open(path("other.sqlite"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("not a PipeWard project"), std::string::npos);
  }
  try {
    Project::create(path("geo.sqlite"), 4490);  // geographic: refused
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::BadInput);
  }
  EXPECT_FALSE(std::filesystem::exists(path("geo.sqlite")));
}

TEST_F(ProjectTest, ForeignKeySwitchIsReadBack) {
  auto project = Project::create(path(), 4549);
  auto& db = project->db();
  EXPECT_EQ(db.scalarInt("PRAGMA foreign_keys"), 1);  // on from the open
  db.setForeignKeys(false);
  EXPECT_EQ(db.scalarInt("PRAGMA foreign_keys"), 0);
  db.setForeignKeys(true);
  EXPECT_EQ(db.scalarInt("PRAGMA foreign_keys"), 1);
  // Inside a transaction SQLite ignores the switch without an error: read back, it is refused.
  sql::Transaction tx(db);
  try {
    db.setForeignKeys(false);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Internal);
    EXPECT_EQ(e.context().file, path());
  }
  EXPECT_EQ(db.scalarInt("PRAGMA foreign_keys"), 1);
}

TEST_F(ProjectTest, TransactionRollsBackUnlessCommitted) {
  auto project = Project::create(path(), 4549);
  auto& db = project->db();
  {
    sql::Transaction tx(db);
    db.exec("INSERT INTO districts (code, name) VALUES ('1', 'a')");
  }
  EXPECT_EQ(db.scalarInt("SELECT count(*) FROM districts"), 0);
  {
    sql::Transaction tx(db);
    db.exec("INSERT INTO districts (code, name) VALUES ('1', 'a')");
    tx.commit();
  }
  EXPECT_EQ(db.scalarInt("SELECT count(*) FROM districts"), 1);
}

TEST_F(ProjectTest, BlobsAreWhatSpatiaLiteWrites) {
  auto project = Project::create(path(), 4549);
  auto& db = project->db();
  std::vector<std::uint8_t> blob;
  const std::vector<double> line{500000, 3350000, 500030, 3350040, 500030, 3350100};
  blob::encodeLineString(blob, 4549, line);
  auto st = db.prepare("SELECT ST_Length(?), ST_SRID(?), AsText(?) = AsText(GeomFromText(?, 4549)), IsValid(?)");
  st.bindBlob(1, blob).bindBlob(2, blob).bindBlob(3, blob);
  st.bind(4, "LINESTRING(500000 3350000, 500030 3350040, 500030 3350100)").bindBlob(5, blob);
  ASSERT_TRUE(st.step());
  EXPECT_DOUBLE_EQ(st.real(0), 110.0);
  EXPECT_EQ(st.int64(1), 4549);
  EXPECT_EQ(st.int64(2), 1);
  EXPECT_EQ(st.int64(3), 1);

  // SpatiaLite's own blob decodes with ours.
  auto fromSql = db.prepare(
      "SELECT GeomFromText('LINESTRING(1 2, 3 4)', 4549), MakePoint(5, 6, 4549), "
      "CastToMultiPolygon(GeomFromText('POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), "
      "(2 2, 3 2, 3 3, 2 2))', 4549))");
  ASSERT_TRUE(fromSql.step());
  std::vector<double> xy;
  ASSERT_TRUE(blob::decodeLineString(fromSql.blob(0), xy));
  EXPECT_EQ(xy, (std::vector<double>{1, 2, 3, 4}));
  const auto p = blob::decodePoint(fromSql.blob(1));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->x, 5);
  const auto mp = blob::decodeMultiPolygon(fromSql.blob(2));
  ASSERT_TRUE(mp);
  ASSERT_EQ(mp->size(), 1u);
  EXPECT_EQ((*mp)[0].rings.size(), 2u);
  std::vector<std::uint8_t> again;
  blob::encodeMultiPolygon(again, 4549, *mp);
  const auto roundTrip = blob::decodeMultiPolygon(again);
  ASSERT_TRUE(roundTrip);
  EXPECT_EQ((*roundTrip)[0].rings[1].size(), 4u);
  EXPECT_FALSE(blob::decodePoint(std::vector<std::uint8_t>{1, 2, 3}));
}

TEST_F(ProjectTest, PackedRtreePassesRtreecheckAndAnswersQueries) {
  auto project = Project::create(path(), 4549);
  auto& db = project->db();
  std::mt19937 random(7);
  auto coord = [&](double lo, double hi) { return lo + (hi - lo) * (random() / 4294967296.0); };
  std::vector<IndexEntry> entries;
  for (int n : {0, 1, 50, 51, 52, 3000, 5000}) {
    entries.clear();
    for (int i = 1; i <= n; ++i) {
      Box b;
      const double x = coord(500000, 510000);
      const double y = coord(3350000, 3360000);
      b.add(x, y);
      b.add(x + coord(0, 60), y + coord(0, 60));
      entries.push_back({i, b});
    }
    sql::Transaction tx(db);
    bulkLoadRtree(db, "idx_pipes_geom", entries);
    tx.commit();
    EXPECT_EQ(db.scalarText("SELECT rtreecheck('idx_pipes_geom')"), "ok") << n;
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM idx_pipes_geom"), n);
    // A window query through the index finds exactly the boxes that overlap it.
    const Box window{503000, 3353000, 504000, 3354500};
    std::int64_t expected = 0;
    for (const auto& e : entries) expected += e.box.intersects(window) ? 1 : 0;
    auto st =
        db.prepare("SELECT count(*) FROM idx_pipes_geom WHERE xmax >= ? AND xmin <= ? AND ymax >= ? AND ymin <= ?");
    st.bind(1, window.minX).bind(2, window.maxX).bind(3, window.minY).bind(4, window.maxY);
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.int64(0), expected) << n;
    // The extent read from the root node alone is the extent of every entry (float32 boxes: within a metre).
    const auto extent = rtreeExtent(db, "idx_pipes_geom");
    ASSERT_EQ(extent.has_value(), n > 0) << n;
    if (!extent) continue;
    auto whole = db.prepare("SELECT min(xmin), min(ymin), max(xmax), max(ymax) FROM idx_pipes_geom");
    ASSERT_TRUE(whole.step());
    EXPECT_DOUBLE_EQ(extent->minX, whole.real(0)) << n;
    EXPECT_DOUBLE_EQ(extent->minY, whole.real(1)) << n;
    EXPECT_DOUBLE_EQ(extent->maxX, whole.real(2)) << n;
    EXPECT_DOUBLE_EQ(extent->maxY, whole.real(3)) << n;
  }
  // SQLite keeps maintaining the packed tree: a row inserted afterwards is found and the tree stays consistent.
  db.exec("INSERT INTO idx_pipes_geom VALUES (999999, 1, 2, 3, 4)");
  EXPECT_EQ(db.scalarText("SELECT rtreecheck('idx_pipes_geom')"), "ok");
  EXPECT_EQ(db.scalarInt("SELECT count(*) FROM idx_pipes_geom WHERE pkid = 999999"), 1);
  EXPECT_DOUBLE_EQ(rtreeExtent(db, "idx_pipes_geom")->minX, 1);
}

}  // namespace pw
