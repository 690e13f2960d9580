#pragma once
// RAII for the sqlite3 C library with SpatiaLite initialised on every connection. The sqlite3 handles stay inside
// these classes; callers see Database, Statement and Transaction only.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_blob;

namespace pw::sql {

class Database;

/// A prepared statement. Bind indexes are 1-based, column indexes 0-based, as in sqlite3.
class Statement {
public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bindBlob(int index, std::span<const unsigned char> blob);
  Statement& bindNull(int index);
  Statement& bind(int index, const std::optional<double>& value);
  Statement& bind(int index, const std::optional<std::int64_t>& value);
  Statement& bind(int index, const std::optional<std::string>& value);
  /// Binds without copying: the bytes must stay valid until the statement is stepped and reset (bulk writes).
  Statement& bindRef(int index, std::string_view text);
  Statement& bindRef(int index, const std::string& text) { return bindRef(index, std::string_view(text)); }
  Statement& bindRef(int index, const std::optional<std::string>& text);
  Statement& bindBlobRef(int index, std::span<const unsigned char> blob);

  /// Steps once: true while a row is available, false when done. Throws with the SQL and message on error.
  bool step();
  /// Steps to completion, for statements that return no rows.
  void run();
  void reset();

  bool isNull(int column) const;
  std::int64_t int64(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  std::optional<double> optReal(int column) const;
  std::optional<std::int64_t> optInt64(int column) const;
  std::optional<std::string> optText(int column) const;
  std::span<const unsigned char> blob(int column) const;
  int columnCount() const;
  std::string columnName(int column) const;

private:
  sqlite3_stmt* m_stmt = nullptr;
  sqlite3* m_db = nullptr;
};

/// One connection. SpatiaLite is initialised on it, foreign keys are on, the journal is WAL.
class Database {
public:
  enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
  Database(const std::string& path, Mode mode);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// Runs one or more statements that return nothing.
  void exec(std::string_view sql);
  Statement prepare(std::string_view sql) { return Statement(*this, sql); }
  /// Runs a query returning one integer (or the fallback when there is no row or it is NULL).
  std::int64_t scalarInt(std::string_view sql, std::int64_t fallback = 0);
  std::string scalarText(std::string_view sql, const std::string& fallback = {});
  std::int64_t lastInsertRowid() const;
  void setLastInsertRowid(std::int64_t rowid);
  int changes() const;
  bool inTransaction() const;
  const std::string& path() const { return m_path; }
  sqlite3* handle() const { return m_db; }  ///< for the store module only (R-tree bulk loader)

private:
  sqlite3* m_db = nullptr;
  void* m_spatialiteCache = nullptr;
  std::string m_path;
};

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called.
class Transaction {
public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

private:
  Database& m_db;
  bool m_done = false;
};

/// A transaction only when the caller holds none: writes that may run alone or inside a larger change.
class TransactionIfNeeded {
public:
  explicit TransactionIfNeeded(Database& db);
  void commit();

private:
  std::optional<Transaction> m_tx;
};

/// Writes into a blob in place, piece by piece (a row inserted with zeroblob(size)), so that large content never has to
/// sit in memory whole. Joins the caller's transaction.
class BlobWriter {
public:
  BlobWriter(Database& db, const char* table, const char* column, std::int64_t rowid);
  ~BlobWriter();
  BlobWriter(const BlobWriter&) = delete;
  BlobWriter& operator=(const BlobWriter&) = delete;
  /// Writes the bytes at `offset` (within the blob's size).
  void write(std::string_view bytes, std::int64_t offset);

private:
  sqlite3_blob* m_blob = nullptr;
  sqlite3* m_db = nullptr;
};

/// Quotes an identifier for SQL ("name" with doubled quotes).
std::string quoteIdentifier(std::string_view name);

}  // namespace pw::sql
