#pragma once
// Writing imported rows into the project: upserts by id (a re-import updates, never duplicates), with the
// SpatiaLite triggers of the touched tables paused so that the spatial index is bulk-loaded once at the end.
// Everything here runs inside the caller's transaction.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "importer/issue.h"
#include "importer/records.h"
#include "io/profile.h"

namespace pw {

namespace sql {
class Database;
}

struct WriteCounts {
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t skipped = 0;  ///< refused as duplicates of another file of the batch
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

/// Writes one table's rows of a batch, chunk by chunk, with one prepared upsert. A code already in the table from
/// an earlier import is updated in place (its id stays); a code this batch already wrote, from the same file or
/// another, is refused as a duplicate: the upsert only updates rows of earlier batches, and a row it leaves alone
/// is a duplicate. No in-memory set of codes is needed, however large the table.
class LayerWriter {
public:
  LayerWriter(sql::Database& db, Role role, int srid, std::int64_t batchId);
  ~LayerWriter();
  LayerWriter(const LayerWriter&) = delete;
  LayerWriter& operator=(const LayerWriter&) = delete;

  /// The run the next rows belong to; `codeField` names the source field of the ids, for messages.
  void startRun(std::int64_t runId, const std::string& sourcePath, const std::string& codeField);
  /// Writes rows; refused rows become error issues in `issues`. `manholeIds` links pipe ends (pipes only).
  void write(std::vector<DistrictRow>& rows, std::vector<Issue>& issues);
  void write(std::vector<ManholeRow>& rows, std::vector<Issue>& issues);
  void write(std::vector<PipeRow>& rows, std::vector<Issue>& issues,
             const std::unordered_map<std::string, std::int64_t>& manholeIds);
  WriteCounts takeCounts() { return std::exchange(m_counts, {}); }

private:
  /// Steps the bound upsert and counts the outcome; false (with an issue) for a duplicate.
  bool store(const std::string& code, std::int64_t featureNo, std::vector<Issue>& issues, std::optional<Point> where);

  struct Impl;
  std::unique_ptr<Impl> m_impl;
  Role m_role;
  WriteCounts m_counts;
};

void writeIssues(sql::Database& db, int srid, std::int64_t runId, const std::vector<Issue>& issues);

/// Manhole code -> id for the whole project.
std::unordered_map<std::string, std::int64_t> loadManholeIds(sql::Database& db);

}  // namespace pw
