#include "store/project.h"

#include <array>
#include <filesystem>

#include "core/clock.h"
#include "core/error.h"
#include "crs/crs.h"
#include "store/schema_history.h"

namespace pw {
namespace {

constexpr std::int64_t kApplicationId = 0x50574431;  // "PWD1"

/// The project's CRS as its metadata records it; a damaged value is refused naming the file, never read as 0.
int epsgOfMeta(const std::string& text, const std::string& path) {
  const auto epsg = crs::epsgNumber(text);
  if (!epsg) {
    throwBadInput(PW_TR("%1: the project's CRS (project_meta crs_epsg) is '%2', not an EPSG code"), {path, text},
                  {.file = path, .field = "crs_epsg", .value = text});
  }
  return *epsg;
}

}  // namespace

Project::Project(std::string path, std::unique_ptr<sql::Database> db) : m_path(std::move(path)), m_db(std::move(db)) {}

int Project::currentSchemaVersion() { return lastMigration(); }

int Project::schemaVersion() { return static_cast<int>(m_db->scalarInt("PRAGMA user_version")); }

std::unique_ptr<Project> Project::create(const std::string& path, std::optional<int> crsEpsg,
                                         const std::string& administrator) {
  if (std::filesystem::exists(path)) {
    throwBadInput(PW_TR("%1 already exists; open it, or choose another file name for the new project"), {path},
                  {.file = path});
  }
  if (crsEpsg && !crs::isProjectedMetres(*crsEpsg)) {
    throwBadInput(PW_TR("EPSG:%1 is not a projected CRS in metres; a project needs one (for example EPSG:4549, "
                        "CGCS2000 3-degree Gauss-Kruger CM 120E)"),
                  {std::to_string(*crsEpsg)});
  }
  std::unique_ptr<Project> project;
  try {
    auto db = std::make_unique<sql::Database>(path, sql::Database::Mode::ReadWriteCreate);
    project.reset(new Project(path, std::move(db)));
    auto& d = project->db();
    d.useWal();
    d.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    d.exec("SELECT InitSpatialMetadata(1, 'NONE')");  // runs its own transaction
    sql::Transaction tx(d);
    applyMigrations(d);
    project->setMeta("application", "PipeWard");
    project->setMeta("created_at", nowIso());
    project->setMeta("defect_catalogue", "cjj181-2012");  // the standards the project assesses by
    project->setMeta("misconnection_catalogue", "tcecs758-2020");
    // The first user, a city administrator: the migration names it 'admin'; the creator may choose the name.
    if (!administrator.empty() && administrator != "admin") {
      auto rename = d.prepare("UPDATE users SET name = ?, display_name = NULL WHERE name = 'admin'");
      rename.bind(1, administrator).run();
    }
    project->setMeta("default_user", administrator.empty() ? "admin" : administrator);
    if (crsEpsg) project->setCrs(*crsEpsg);
    tx.commit();
  } catch (...) {
    project.reset();
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ec);
    throw;
  }
  return project;
}

std::pair<std::unique_ptr<sql::Database>, int> Project::openChecked(const std::string& path) {
  if (!std::filesystem::exists(path)) {
    throw Error(ErrorKind::NotFound, PW_TR("The project %1 does not exist; create it with init"), {path},
                {.file = path});
  }
  // Only SQLite opens the file (any other descriptor of it closed in this process would drop SQLite's locks): it
  // reads the header before anything is written, and says when the file is not a database or is damaged.
  auto db = sql::Database::openExisting(path);
  if (db->scalarInt("PRAGMA application_id") != kApplicationId) {
    throwBadInput(PW_TR("%1 is an SQLite database but not a PipeWard project"), {path}, {.file = path});
  }
  const auto version = static_cast<int>(db->scalarInt("PRAGMA user_version"));
  if (version > currentSchemaVersion()) {
    throwBadInput(PW_TR("%1 was written by a newer PipeWard (schema %2, this one knows %3); update PipeWard"),
                  {path, std::to_string(version), std::to_string(currentSchemaVersion())}, {.file = path});
  }
  return {std::move(db), version};
}

std::unique_ptr<Project> Project::open(const std::string& path) {
  auto [db, version] = openChecked(path);
  std::unique_ptr<Project> project(new Project(path, std::move(db)));
  if (!project->isReadOnly()) project->db().useWal();
  if (version < currentSchemaVersion()) project->upgrade(version);
  if (auto epsg = project->meta("crs_epsg")) project->m_crsEpsg = epsgOfMeta(*epsg, path);
  return project;
}

std::unique_ptr<Project> Project::openAsIs(const std::string& path) {
  auto [db, version] = openChecked(path);
  (void)version;
  return std::unique_ptr<Project>(new Project(path, std::move(db)));
}

void Project::upgrade(int version) {
  checkSchemaConsistent(*m_db, m_path, version);
  if (isReadOnly()) {
    const bool folder = readOnlyReason() == sql::ReadOnlyReason::FolderNotWritable;
    throwBadInput(folder ? PW_TR("The project %1 has schema %2 and needs upgrading to %3 before this PipeWard can use "
                                 "it, but its folder is not writable. Open it where it can be written")
                         : PW_TR("The project %1 has schema %2 and needs upgrading to %3 before this PipeWard can use "
                                 "it, but the file is not writable (see its permissions)"),
                  {m_path, std::to_string(version), std::to_string(currentSchemaVersion())}, {.file = m_path});
  }
  sql::Transaction tx(*m_db);
  applyMigrations(*m_db);
  ensureGeometryColumns();
  tx.commit();
}

void Project::setCrs(int epsg) {
  if (m_crsEpsg != 0) {
    throwBadInput(PW_TR("The project already has the CRS EPSG:%1"), {std::to_string(m_crsEpsg)});
  }
  auto insert = m_db->prepare("SELECT InsertEpsgSrid(?)");
  insert.bind(1, epsg).run();
  setMeta("crs_epsg", std::to_string(epsg));
  m_crsEpsg = epsg;
  ensureGeometryColumns();
}

void Project::ensureGeometryColumns() {
  if (m_crsEpsg == 0) {
    if (auto epsg = meta("crs_epsg")) m_crsEpsg = epsgOfMeta(*epsg, m_path);
    if (m_crsEpsg == 0) return;
  }
  auto layers = m_db->prepare(
      "SELECT l.table_name, l.geometry_column, l.geometry_type FROM pw_layers l WHERE NOT EXISTS "
      "(SELECT 1 FROM geometry_columns g WHERE g.f_table_name = lower(l.table_name) AND "
      "g.f_geometry_column = lower(l.geometry_column))");
  std::vector<std::array<std::string, 3>> missing;
  while (layers.step()) missing.push_back({layers.text(0), layers.text(1), layers.text(2)});
  for (const auto& [table, column, type] : missing) {
    auto add = m_db->prepare("SELECT AddGeometryColumn(?, ?, ?, ?, 'XY')");
    add.bind(1, table).bind(2, column).bind(3, m_crsEpsg).bind(4, type);
    if (!add.step() || add.int64(0) != 1) {
      throwInternal(PW_TR("Could not add the geometry column %1.%2"), {table, column});
    }
    auto index = m_db->prepare("SELECT CreateSpatialIndex(?, ?)");
    index.bind(1, table).bind(2, column).run();
  }
}

void Project::inTransaction(const std::function<void()>& work) {
  sql::Transaction tx(*m_db);
  work();
  tx.commit();
}

std::optional<std::string> Project::meta(const std::string& key) {
  auto st = m_db->prepare("SELECT value FROM project_meta WHERE key = ?");
  st.bind(1, key);
  if (st.step()) return st.text(0);
  return std::nullopt;
}

void Project::setMeta(const std::string& key, const std::string& value) {
  auto st = m_db->prepare(
      "INSERT INTO project_meta (key, value) VALUES (?, ?) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  st.bind(1, key).bind(2, value).run();
}

}  // namespace pw
