#pragma once
// A PipeWard project: one SpatiaLite database file. Opening applies the embedded migrations in order
// (PRAGMA user_version), creating the geometry columns listed in pw_layers once the project CRS is known.
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
  /// Opens an existing project, upgrading its schema. Throws Error(BadInput) if it is missing or not a project.
  static std::unique_ptr<Project> open(const std::string& path);

  sql::Database& db() { return *m_db; }
  const std::string& path() const { return m_path; }

  /// The project CRS as an EPSG code, 0 while none is set (before the first import).
  int crsEpsg() const { return m_crsEpsg; }
  /// Sets the CRS of a project that has none and creates the geometry columns. Joins the caller's transaction.
  void setCrs(int epsg);

  std::optional<std::string> meta(const std::string& key);
  void setMeta(const std::string& key, const std::string& value);

  /// The schema version this build writes (the number of the last migration).
  static int currentSchemaVersion();

private:
  Project(std::string path, std::unique_ptr<sql::Database> db);
  void migrate();
  void ensureGeometryColumns();

  std::string m_path;
  std::unique_ptr<sql::Database> m_db;
  int m_crsEpsg = 0;
};

}  // namespace pw
