#include "store/sqlite.h"

#include <sqlite3.h>

#include "core/error.h"

namespace pw::sql {

Statement::Statement(Database& db, std::string_view sql) : m_owner(&db) {
  if (sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
    db.fail(sql);
  }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept : m_stmt(other.m_stmt), m_owner(other.m_owner) {
  other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(m_stmt);
    m_stmt = other.m_stmt;
    m_owner = other.m_owner;
    other.m_stmt = nullptr;
  }
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) m_owner->fail(sqlite3_sql(m_stmt));
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK) m_owner->fail(sqlite3_sql(m_stmt));
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  if (sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
    m_owner->fail(sqlite3_sql(m_stmt));
  }
  return *this;
}

Statement& Statement::bindBlob(int index, std::span<const unsigned char> blob) {
  if (sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
    m_owner->fail(sqlite3_sql(m_stmt));
  }
  return *this;
}

Statement& Statement::bindRef(int index, std::string_view text) {
  if (sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC) != SQLITE_OK) {
    m_owner->fail(sqlite3_sql(m_stmt));
  }
  return *this;
}

Statement& Statement::bindRef(int index, const std::optional<std::string>& text) {
  return text ? bindRef(index, std::string_view(*text)) : bindNull(index);
}

Statement& Statement::bindBlobRef(int index, std::span<const unsigned char> blob) {
  if (sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), SQLITE_STATIC) != SQLITE_OK) {
    m_owner->fail(sqlite3_sql(m_stmt));
  }
  return *this;
}

Statement& Statement::bindNull(int index) {
  if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK) m_owner->fail(sqlite3_sql(m_stmt));
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
  m_owner->fail(sqlText);
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

Transaction::Transaction(Database& db) : m_db(db) {
  // Refused at once on a read-only project, before the work whose result could not be saved (an immutable
  // connection would even begin the transaction and fail only at the first write).
  if (m_db.isReadOnly()) m_db.refuseWrite();
  m_db.exec("BEGIN IMMEDIATE");
}

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

BlobWriter::BlobWriter(Database& db, const char* table, const char* column, std::int64_t rowid) : m_owner(&db) {
  if (sqlite3_blob_open(db.handle(), "main", table, column, rowid, 1, &m_blob) != SQLITE_OK) {
    sqlite3_blob_close(m_blob);  // sqlite3 may hand back a handle even on failure
    m_blob = nullptr;
    db.fail(std::string("blob ") + table + "." + column);
  }
}

BlobWriter::~BlobWriter() { sqlite3_blob_close(m_blob); }

void BlobWriter::write(std::string_view bytes, std::int64_t offset) {
  if (sqlite3_blob_write(m_blob, bytes.data(), static_cast<int>(bytes.size()), static_cast<int>(offset)) != SQLITE_OK) {
    m_owner->fail("blob write");
  }
}

}  // namespace pw::sql
