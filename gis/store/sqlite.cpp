#include "store/sqlite.h"

#include <sqlite3.h>
// spatialite.h does not include sqlite3.h itself.
#include <spatialite.h>

#include "core/error.h"

namespace pw::sql {
namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
  const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
  const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
  if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) {
    throw Error(ErrorKind::Conflict, PW_TR("The project is busy (another program is writing to it): %1"),
                {message});
  }
  if ((code & 0xff) == SQLITE_CONSTRAINT) {
    throw Error(ErrorKind::BadInput, PW_TR("The change breaks a rule of the project database: %1 (%2)"),
                {message, std::string(what.substr(0, 200))});
  }
  throw Error(ErrorKind::Internal, PW_TR("Database error: %1 (%2)"), {message, std::string(what.substr(0, 200))});
}

}  // namespace

Statement::Statement(Database& db, std::string_view sql) : m_db(db.handle()) {
  if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
    fail(m_db, sql);
  }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept : m_stmt(other.m_stmt), m_db(other.m_db) { other.m_stmt = nullptr; }

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(m_stmt);
    m_stmt = other.m_stmt;
    m_db = other.m_db;
    other.m_stmt = nullptr;
  }
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) fail(m_db, sqlite3_sql(m_stmt));
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK) fail(m_db, sqlite3_sql(m_stmt));
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  if (sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
    fail(m_db, sqlite3_sql(m_stmt));
  }
  return *this;
}

Statement& Statement::bindBlob(int index, std::span<const unsigned char> blob) {
  if (sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
    fail(m_db, sqlite3_sql(m_stmt));
  }
  return *this;
}

Statement& Statement::bindRef(int index, std::string_view text) {
  if (sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC) != SQLITE_OK) {
    fail(m_db, sqlite3_sql(m_stmt));
  }
  return *this;
}

Statement& Statement::bindRef(int index, const std::optional<std::string>& text) {
  return text ? bindRef(index, std::string_view(*text)) : bindNull(index);
}

Statement& Statement::bindBlobRef(int index, std::span<const unsigned char> blob) {
  if (sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), SQLITE_STATIC) != SQLITE_OK) {
    fail(m_db, sqlite3_sql(m_stmt));
  }
  return *this;
}

Statement& Statement::bindNull(int index) {
  if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK) fail(m_db, sqlite3_sql(m_stmt));
  return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value) {
  return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
  return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
  return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

bool Statement::step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const std::string sqlText = sqlite3_sql(m_stmt);
  sqlite3_reset(m_stmt);
  fail(m_db, sqlText);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::text(int column) const {
  const auto* p = sqlite3_column_text(m_stmt, column);
  if (!p) return {};
  return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::optional<double> Statement::optReal(int column) const {
  if (isNull(column)) return std::nullopt;
  return real(column);
}

std::optional<std::int64_t> Statement::optInt64(int column) const {
  if (isNull(column)) return std::nullopt;
  return int64(column);
}

std::optional<std::string> Statement::optText(int column) const {
  if (isNull(column)) return std::nullopt;
  return text(column);
}

std::span<const unsigned char> Statement::blob(int column) const {
  const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, column));
  return {p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
std::string Statement::columnName(int column) const { return sqlite3_column_name(m_stmt, column); }

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
}  // namespace

Database::Database(const std::string& path, Mode mode) : m_path(path) {
  configureOnce();
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
  }
  if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
    const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
    sqlite3_close(m_db);
    m_db = nullptr;
    throw Error(ErrorKind::BadInput, PW_TR("Cannot open the project %1: %2"), {path, message}, {.file = path});
  }
  sqlite3_extended_result_codes(m_db, 1);
  sqlite3_busy_timeout(m_db, 5000);
  m_spatialiteCache = spatialite_alloc_connection();
  spatialite_init_ex(m_db, m_spatialiteCache, 0);
  try {
    if (mode != Mode::ReadOnly) exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA foreign_keys=ON");
  } catch (...) {
    spatialite_cleanup_ex(m_spatialiteCache);
    sqlite3_close(m_db);
    throw;
  }
}

Database::~Database() {
  sqlite3_close_v2(m_db);
  spatialite_cleanup_ex(m_spatialiteCache);
}

void Database::exec(std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    sqlite3_free(message);
    fail(m_db, sql);
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

Transaction::Transaction(Database& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!m_done) {
    try {
      m_db.exec("ROLLBACK");
    } catch (...) {  // a failed rollback leaves SQLite to roll back when the connection closes
    }
  }
}

void Transaction::commit() {
  m_db.exec("COMMIT");
  m_done = true;
}

TransactionIfNeeded::TransactionIfNeeded(Database& db) {
  if (!db.inTransaction()) m_tx.emplace(db);
}

void TransactionIfNeeded::commit() {
  if (m_tx) m_tx->commit();
}

std::string quoteIdentifier(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

BlobWriter::BlobWriter(Database& db, const char* table, const char* column, std::int64_t rowid) : m_db(db.handle()) {
  if (sqlite3_blob_open(m_db, "main", table, column, rowid, 1, &m_blob) != SQLITE_OK) {
    sqlite3_blob_close(m_blob);  // sqlite3 may hand back a handle even on failure
    m_blob = nullptr;
    fail(m_db, std::string("blob ") + table + "." + column);
  }
}

BlobWriter::~BlobWriter() { sqlite3_blob_close(m_blob); }

void BlobWriter::write(std::string_view bytes, std::int64_t offset) {
  if (sqlite3_blob_write(m_blob, bytes.data(), static_cast<int>(bytes.size()), static_cast<int>(offset)) != SQLITE_OK) {
    fail(m_db, "blob write");
  }
}

}  // namespace pw::sql
