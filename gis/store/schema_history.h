#pragma once
// The schema migrations of a project (schemas/migrations, embedded), and the check that a project's schema version
// agrees with the tables it holds before a migration runs on it.
#include <string>
#include <string_view>

namespace pw {

namespace sql {
class Database;
}

/// The number a migration's file name starts with (0003_orders.sql: 3).
int migrationNumber(std::string_view name);
/// The number of the last migration.
int lastMigration();
/// Applies the migrations after the database's PRAGMA user_version, each recording its number there.
void applyMigrations(sql::Database& db);

/// Throws Error(BadInput) naming the project when it already holds a table (index, view, trigger) that a migration
/// after `version` adds: its schema version is older than its tables, so it is inconsistent (a copy of part of a
/// file, a version number set by hand) and must not be migrated. Runs the migrations in a scratch database to know
/// what each one adds.
void checkSchemaConsistent(sql::Database& db, const std::string& path, int version);

}  // namespace pw
