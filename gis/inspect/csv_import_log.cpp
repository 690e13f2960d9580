#include "inspect/csv_import_log.h"

#include "store/sqlite.h"

namespace pw {

std::optional<CsvImportRecord> liveImportOf(sql::Database& db, const std::string& sha256) {
  auto st = db.prepare(
      "SELECT sha256, file_name, encoding, rows, defects, imported_by, imported_at FROM inspection_imports m "
      "WHERE sha256 = ? AND EXISTS (SELECT 1 FROM inspection_import_items t JOIN inspections i ON i.id = "
      "t.inspection_id "
      "WHERE t.import_id = m.id) ORDER BY id DESC LIMIT 1");
  st.bind(1, sha256);
  if (!st.step()) return std::nullopt;
  return CsvImportRecord{st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4), st.text(5), st.text(6)};
}

void recordCsvImport(sql::Database& db, const CsvImportRecord& r, const std::vector<std::int64_t>& inspections) {
  auto st = db.prepare(
      "INSERT INTO inspection_imports (sha256, file_name, encoding, rows, defects, imported_by, imported_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, r.sha256).bind(2, r.fileName).bind(3, r.encoding).bind(4, r.rows).bind(5, r.defects);
  st.bind(6, r.importedBy).bind(7, r.importedAt);
  st.run();
  const std::int64_t importId = db.lastInsertRowid();
  auto item = db.prepare("INSERT INTO inspection_import_items (import_id, inspection_id) VALUES (?, ?)");
  for (const std::int64_t inspection : inspections) {
    item.bind(1, importId).bind(2, inspection);
    item.run();
  }
}

}  // namespace pw
