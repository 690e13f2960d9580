#pragma once
// Writing imported rows into the project: upserts by id (a re-import updates, never duplicates), with the
// SpatiaLite triggers of the touched tables paused so that the spatial index is bulk-loaded once at the end.
// Everything here runs inside the caller's transaction.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "importer/issue.h"
#include "importer/records.h"

namespace pw {

namespace sql {
class Database;
}

struct WriteCounts {
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
};

/// Drops SpatiaLite's geometry triggers (gg*, gi*, tm*) on a table and recreates them on restore(); a rollback
/// restores them as well, since SQLite DDL is transactional.
class SpatialTriggerPause {
public:
  SpatialTriggerPause(sql::Database& db, const std::string& table);
  /// Recreates the triggers and rebuilds the table's spatial index from the stored geometries.
  void restore();

private:
  sql::Database& m_db;
  std::string m_table;
  std::vector<std::string> m_triggers;
  bool m_restored = false;
};

/// Drops a table's secondary indexes (not the unique ones an upsert needs) and recreates them on restore(): building
/// an index once from sorted rows is much faster than updating it row by row in a bulk load.
class IndexPause {
public:
  IndexPause(sql::Database& db, const std::string& table);
  void restore();

private:
  sql::Database& m_db;
  std::vector<std::string> m_indexes;
  bool m_restored = false;
};

WriteCounts writeDistricts(sql::Database& db, int srid, std::int64_t runId, const std::vector<DistrictRow>& rows);
WriteCounts writeManholes(sql::Database& db, int srid, std::int64_t runId, const std::vector<ManholeRow>& rows);
/// `manholeIds` maps manhole codes to ids, to link pipe ends.
WriteCounts writePipes(sql::Database& db, int srid, std::int64_t runId, const std::vector<PipeRow>& rows,
                       const std::unordered_map<std::string, std::int64_t>& manholeIds);
void writeIssues(sql::Database& db, int srid, std::int64_t runId, const std::vector<Issue>& issues);

/// Manhole code -> id for the whole project.
std::unordered_map<std::string, std::int64_t> loadManholeIds(sql::Database& db);

}  // namespace pw
