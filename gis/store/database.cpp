// sql::Database: opening (read-write where possible, else read-only with the reason), closing, and the pw::Error
// each SQLite failure means.
#include <sys/stat.h>

#include <sqlite3.h>
// spatialite.h does not include sqlite3.h itself.
#include <spatialite.h>

#include <filesystem>

#include "core/error.h"
#include "store/sqlite.h"

namespace pw::sql {
namespace {

// Once per process, before the first connection: no global memory statistics (their mutex costs a lock per
// allocation, which shows in bulk imports).
void configureOnce() {
  static const bool done = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)done;
}

/// A file name as an SQLite URI with `query` (the characters URIs reserve escaped).
std::string uriOf(const std::string& path, const char* query) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      static const char hex[] = "0123456789ABCDEF";
      uri += '%';
      uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      uri += hex[static_cast<unsigned char>(c) & 0xF];
    } else {
      uri += c;
    }
  }
  return uri + "?" + query;
}

std::int64_t sizeOf(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<std::int64_t>(st.st_size) : 0;  // stat opens no descriptor
}

bool hasContent(const std::string& path) { return sizeOf(path) > 0; }

[[noreturn]] void throwDamaged(const std::string& path, const std::string& message) {
  throwBadInput(PW_TR("The project file %1 is damaged (%2). Restore it from a backup (pipeward-cli backup makes one) "
                      "and do not go on working with the damaged file"),
                {path, message}, {.file = path});
}

std::string folderOf(const std::string& path) {
  const auto parent = std::filesystem::path(path).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

}  // namespace

Database::Database(const std::string& path, Mode mode) : m_path(path) {
  configureOnce();
  int flags = SQLITE_OPEN_NOMUTEX;
  std::string name = path;
  switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnly:
      flags |= SQLITE_OPEN_READONLY;
      m_readOnly = ReadOnlyReason::Requested;
      break;
    case Mode::Immutable:
      flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
      name = uriOf(path, "immutable=1");
      m_readOnly = ReadOnlyReason::Requested;
      break;
  }
  if (sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
    const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
    sqlite3_close(m_db);
    m_db = nullptr;
    throw Error(ErrorKind::BadInput, PW_TR("Cannot open the project %1: %2"), {path, message}, {.file = path});
  }
  m_mark.emplace(path);
  sqlite3_extended_result_codes(m_db, 1);
  sqlite3_busy_timeout(m_db, 5000);
  // Said rather than assumed: the write-ahead log is not kept once the last connection has merged it.
  int persistWal = 0;
  sqlite3_file_control(m_db, "main", SQLITE_FCNTL_PERSIST_WAL, &persistWal);
  m_spatialiteCache = spatialite_alloc_connection();
  spatialite_init_ex(m_db, m_spatialiteCache, 0);
  try {
    setForeignKeys(true);
  } catch (...) {
    sqlite3_close(m_db);
    spatialite_cleanup_ex(m_spatialiteCache);
    throw;
  }
}

Database::~Database() {
  // Every Statement has been finalised by now (they live inside the Database's users), so this really closes: if
  // this is the file's last connection, SQLite checkpoints the log into the file and removes the -wal and -shm.
  sqlite3_close_v2(m_db);
  spatialite_cleanup_ex(m_spatialiteCache);
}

std::unique_ptr<Database> Database::openExisting(const std::string& path) {
  auto db = std::make_unique<Database>(path, Mode::ReadWrite);
  const int rc = db->tryRead();
  if (rc == SQLITE_OK) {
    // SQLite falls back to reading when the file cannot be written.
    if (sqlite3_db_readonly(db->m_db, "main") == 1) db->m_readOnly = ReadOnlyReason::FileNotWritable;
    db->checkComplete();
    return db;
  }
  if ((rc & 0xff) != SQLITE_CANTOPEN) db->fail("SELECT count(*) FROM sqlite_schema");
  // SQLite read the header but cannot create the -wal and -shm files beside a write-ahead-logged file: the folder
  // cannot be written. Without a log to merge the file is complete, and is read as immutable (no -shm, no locks:
  // nobody can write it here either); a log with content can only be merged where it can be written.
  db.reset();
  if (hasContent(path + "-wal")) {
    throwBadInput(PW_TR("The project %1 cannot be opened here: its folder %2 is not writable and the project has a "
                        "write-ahead log (%3) that must be merged into it first. Open it once where the folder can be "
                        "written, or copy the project together with its -wal file to a folder you can write to"),
                  {path, folderOf(path), path + "-wal"}, {.file = path});
  }
  db = std::make_unique<Database>(path, Mode::Immutable);
  db->m_readOnly = ReadOnlyReason::FolderNotWritable;
  if (db->tryRead() != SQLITE_OK) db->fail("SELECT count(*) FROM sqlite_schema");
  db->checkComplete();
  return db;
}

void Database::checkComplete() {
  // A file cut short (a copy interrupted, a full disk) reads as a database until a missing page is needed. The pages
  // its header counts must all be in the file unless the log holds some: both are looked at inside one read
  // transaction, during which no checkpoint can move pages out of the log this connection reads.
  exec("BEGIN");
  const std::int64_t expected = scalarInt("PRAGMA page_count") * scalarInt("PRAGMA page_size");
  const bool logged = m_readOnly != ReadOnlyReason::FolderNotWritable && hasContent(m_path + "-wal");
  const std::int64_t size = sizeOf(m_path);
  exec("COMMIT");
  if (!logged && size < expected) {
    throwBadInput(
        PW_TR("The project file %1 is damaged: it holds %2 bytes where its header counts %3 (it was cut "
              "short). Restore it from a backup (pipeward-cli backup makes one) and do not go on working with "
              "the damaged file"),
        {m_path, std::to_string(size), std::to_string(expected)}, {.file = m_path});
  }
}

int Database::tryRead() {
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_schema", -1, &st, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) rc = SQLITE_OK;
  }
  sqlite3_finalize(st);
  return rc == SQLITE_OK ? SQLITE_OK : sqlite3_extended_errcode(m_db);
}

void Database::useWal() { exec("PRAGMA journal_mode=WAL"); }

void Database::setForeignKeys(bool on) {
  exec(on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
  if ((scalarInt("PRAGMA foreign_keys") == 1) != on) {
    throw Error(ErrorKind::Internal,
                on ? PW_TR("Foreign-key checks could not be switched on for the project %1")
                   : PW_TR("Foreign-key checks could not be switched off for the project %1"),
                {m_path}, {.file = m_path});
  }
}

void Database::fail(std::string_view what) const {
  const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_NOMEM;
  const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
  const ErrorContext context{.file = m_path};
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw Error(ErrorKind::Conflict, PW_TR("The project is busy (another program is writing to it): %1"), {message});
    case SQLITE_CONSTRAINT:
      throw Error(ErrorKind::BadInput, PW_TR("The change breaks a rule of the project database: %1 (%2)"),
                  {message, std::string(what.substr(0, 200))});
    case SQLITE_CORRUPT: throwDamaged(m_path, message);
    case SQLITE_NOTADB:
      throwBadInput(PW_TR("%1 is not a PipeWard project, or the project file is damaged (%2). If it is a project, "
                          "restore it from a backup"),
                    {m_path, message}, context);
    case SQLITE_FULL:
      throwBadInput(PW_TR("The disk holding the project %1 is full; the change was not saved"), {m_path}, context);
    case SQLITE_READONLY:
      if (code == SQLITE_READONLY_DBMOVED) {
        throwBadInput(PW_TR("The project file %1 was moved, replaced or deleted while it was open; the change was not "
                            "saved. Open the project again"),
                      {m_path}, context);
      }
      refuseWrite();
    default: break;
  }
  throw Error(ErrorKind::Internal, PW_TR("Database error: %1 (%2)"), {message, std::string(what.substr(0, 200))});
}

void Database::refuseWrite() const {
  const ErrorContext context{.file = m_path};
  if (m_readOnly == ReadOnlyReason::FolderNotWritable) {
    throwBadInput(PW_TR("The project %1 can only be read: its folder %2 is not writable. This command changes the "
                        "project, so it was refused; commands that only read work"),
                  {m_path, folderOf(m_path)}, context);
  }
  if (m_readOnly == ReadOnlyReason::FileNotWritable) {
    throwBadInput(PW_TR("The project %1 can only be read: the file is not writable (see its permissions). This "
                        "command changes the project, so it was refused; commands that only read work"),
                  {m_path}, context);
  }
  throwBadInput(PW_TR("The project %1 was opened read-only; this command changes it, so it was refused"), {m_path},
                context);
}

void Database::exec(std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    sqlite3_free(message);
    fail(sql);
  }
}

std::int64_t Database::scalarInt(std::string_view sql, std::int64_t fallback) {
  Statement st(*this, sql);
  if (st.step() && !st.isNull(0)) return st.int64(0);
  return fallback;
}

std::string Database::scalarText(std::string_view sql, const std::string& fallback) {
  Statement st(*this, sql);
  if (st.step() && !st.isNull(0)) return st.text(0);
  return fallback;
}

std::int64_t Database::lastInsertRowid() const { return sqlite3_last_insert_rowid(m_db); }
void Database::setLastInsertRowid(std::int64_t rowid) { sqlite3_set_last_insert_rowid(m_db, rowid); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

std::int64_t copyDatabase(Database& from, Database& to) {
  struct Finish {
    void operator()(sqlite3_backup* backup) const noexcept { sqlite3_backup_finish(backup); }
  };
  std::unique_ptr<sqlite3_backup, Finish> backup(sqlite3_backup_init(to.handle(), "main", from.handle(), "main"));
  if (!backup) to.fail("sqlite3_backup_init");
  int rc = SQLITE_OK;
  // All pages in one step: one read transaction, hence one consistent state, however long the copy takes. A writer
  // holding the file exclusively (rare in WAL mode) is waited for a little, then reported as busy.
  for (int attempt = 0; attempt < 50; ++attempt) {
    rc = sqlite3_backup_step(backup.get(), -1);
    if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
    sqlite3_sleep(100);
  }
  const std::int64_t pages = sqlite3_backup_pagecount(backup.get());
  backup.reset();
  switch (rc & 0xff) {
    case SQLITE_DONE: return pages;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw Error(ErrorKind::Conflict, PW_TR("The project is busy (another program is writing to it): %1"),
                  {sqlite3_errstr(rc)});
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: throwDamaged(from.path(), sqlite3_errstr(rc));
    default: throwBadInput(PW_TR("Cannot write the copy %1: %2"), {to.path(), sqlite3_errstr(rc)}, {.file = to.path()});
  }
}

}  // namespace pw::sql
