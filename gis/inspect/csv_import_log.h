#pragma once
// The CCTV result files a project has imported (table inspection_imports, migration 0006), recognised by the SHA-256
// of their bytes. Used by the CSV import only.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pw::sql {
class Database;
}

namespace pw {

struct CsvImportRecord {
  std::string sha256;
  std::string fileName;
  std::string encoding;
  std::int64_t rows = 0;
  std::int64_t defects = 0;
  std::string importedBy;
  std::string importedAt;
};

/// The earlier import of the same bytes whose inspections (some of them) are still in the project, if any.
std::optional<CsvImportRecord> liveImportOf(sql::Database& db, const std::string& sha256);

/// Records an import and the inspections it wrote (inside the import's transaction).
void recordCsvImport(sql::Database& db, const CsvImportRecord& record, const std::vector<std::int64_t>& inspections);

}  // namespace pw
