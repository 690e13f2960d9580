#pragma once
// A PipeWard project: one SpatiaLite database file. Opening applies the embedded migrations in order
// (PRAGMA user_version), creating the geometry columns listed in pw_layers once the project CRS is known.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "store/sqlite.h"

namespace pw {

class Project {
public:
  /// Creates a new project file whose first user is `administrator`, a city administrator (also the default user).
  /// Throws Error(BadInput) if the file exists or the CRS is not projected in metres.
  static std::unique_ptr<Project> create(const std::string& path, std::optional<int> crsEpsg,
                                         const std::string& administrator = "admin");
  /// Opens an existing project, upgrading its schema: for writing where the file and its folder allow it, else
  /// read-only (isReadOnly; writes are then refused with the reason). Throws Error(NotFound) if it is missing and
  /// Error(BadInput) if it is not a project, is damaged, is inconsistent, or needs an upgrade it cannot be given.
  static std::unique_ptr<Project> open(const std::string& path);
  /// Opens a project as it is, without upgrading its schema (to copy it): read-only unless it can be written.
  static std::unique_ptr<Project> openAsIs(const std::string& path);

  sql::Database& db() { return *m_db; }
  const std::string& path() const { return m_path; }
  /// Whether the project can only be read here, and why (its file's or its folder's permissions).
  bool isReadOnly() const { return m_db->isReadOnly(); }
  sql::ReadOnlyReason readOnlyReason() const { return m_db->readOnlyReason(); }
  /// The schema version of the file (PRAGMA user_version).
  int schemaVersion();

  /// The project CRS as an EPSG code, 0 while none is set (before the first import).
  int crsEpsg() const { return m_crsEpsg; }
  /// Sets the CRS of a project that has none and creates the geometry columns. Joins the caller's transaction.
  void setCrs(int epsg);

  /// Runs `work` as one transaction: all of it is kept, or none of it when it
  /// throws (the exception goes on). The application's multi-step changes go through here.
  void inTransaction(const std::function<void()>& work);

  std::optional<std::string> meta(const std::string& key);
  void setMeta(const std::string& key, const std::string& value);

  /// The schema version this build writes (the number of the last migration).
  static int currentSchemaVersion();

private:
  Project(std::string path, std::unique_ptr<sql::Database> db);
  /// Opens the file and checks that it is a project this build can read; returns the connection and its version.
  static std::pair<std::unique_ptr<sql::Database>, int> openChecked(const std::string& path);
  void upgrade(int version);
  void ensureGeometryColumns();

  std::string m_path;
  std::unique_ptr<sql::Database> m_db;
  int m_crsEpsg = 0;
};

}  // namespace pw
