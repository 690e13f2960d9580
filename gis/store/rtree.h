#pragma once
// Bulk loading of a SpatiaLite spatial index. SQLite's R-tree inserts row by row, which dominates bulk loads
// (about half of ogr2ogr's time on a 1,000,000-pipe load); here the tree is packed with Sort-Tile-Recursive in memory
// and written straight into the R-tree's shadow tables (%_node, %_rowid, %_parent) in the node layout of SQLite's
// rtree.c. The result passes rtreecheck().
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geom/types.h"

namespace pw::sql {
class Database;
}

namespace pw {

struct IndexEntry {
  std::int64_t rowid;
  Box box;
};

/// Replaces the content of the R-tree `indexTable` (e.g. "idx_pipes_geom") with the given entries. Runs inside the
/// caller's transaction.
void bulkLoadRtree(sql::Database& db, const std::string& indexTable, std::vector<IndexEntry> entries);

/// The extent of everything the R-tree `indexTable` holds, read from its root node alone (so a million entries cost no
/// more than ten); nothing when it is empty. Never smaller than the true extent (float32 boxes, rounded outwards).
std::optional<Box> rtreeExtent(sql::Database& db, const std::string& indexTable);

/// Rebuilds the SpatiaLite index of table.column from the MBRs stored in the geometry blobs.
void rebuildSpatialIndex(sql::Database& db, const std::string& table, const std::string& column);

}  // namespace pw
