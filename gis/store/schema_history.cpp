#include "store/schema_history.h"

#include <set>

#include "core/error.h"
#include "store/embedded.h"
#include "store/sqlite.h"

namespace pw {
namespace {

/// The schema objects of a database (tables, indexes, views, triggers), without SQLite's own.
std::set<std::string> objectsOf(sql::Database& db) {
  std::set<std::string> objects;
  auto st = db.prepare("SELECT lower(name) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
  while (st.step()) objects.insert(st.text(0));
  return objects;
}

}  // namespace

int migrationNumber(std::string_view name) {
  int n = 0;
  for (char c : name) {
    if (c < '0' || c > '9') break;
    n = n * 10 + (c - '0');
  }
  return n;
}

int lastMigration() { return migrationNumber(embedded::migrations.back().name); }

void applyMigrations(sql::Database& db) {
  const auto version = db.scalarInt("PRAGMA user_version");
  for (const auto& migration : embedded::migrations) {
    const int number = migrationNumber(migration.name);
    if (number <= version) continue;
    db.exec(migration.content);
    db.exec("PRAGMA user_version = " + std::to_string(number));
  }
}

void checkSchemaConsistent(sql::Database& db, const std::string& path, int version) {
  const auto present = objectsOf(db);
  sql::Database scratch(":memory:", sql::Database::Mode::ReadWriteCreate);
  auto before = objectsOf(scratch);
  for (const auto& migration : embedded::migrations) {
    const int number = migrationNumber(migration.name);
    scratch.exec(migration.content);
    auto after = objectsOf(scratch);
    if (number > version) {
      for (const auto& name : after) {
        if (before.count(name) == 0 && present.count(name) != 0) {
          throwBadInput(PW_TR("The project %1 is inconsistent: its schema version is %2, yet it already holds %3, "
                              "which schema version %4 adds. It was not changed; restore it from a backup"),
                        {path, std::to_string(version), name, std::to_string(number)}, {.file = path});
        }
      }
    }
    before = std::move(after);
  }
}

}  // namespace pw
