#pragma once
// A consistent copy of a project while it is open elsewhere (pipeward-cli backup).
#include <cstdint>
#include <string>

namespace pw {

struct BackupResult {
  std::string output;
  std::int64_t bytes = 0;
  std::int64_t pages = 0;
  int schemaVersion = 0;
  std::string integrity;  ///< what PRAGMA integrity_check said of the copy: "ok"
};

/// Copies the project with SQLite's online backup (one consistent state, while other programs go on working with
/// it) into a file beside `output`, checks the copy (PRAGMA integrity_check) and only then renames it into place.
/// Throws Error(BadInput) naming the file when `output` is the project or one of its files, is open in PipeWard,
/// exists (unless `overwrite`), has a write-ahead log beside it, or its folder is missing; when the project is not
/// one or is damaged; or when the copy fails its check. Nothing is left at `output` or beside it on failure.
BackupResult backupProject(const std::string& projectPath, const std::string& output, bool overwrite);

}  // namespace pw
