#pragma once
// RAII for the sqlite3 C library with SpatiaLite initialised on every connection. The sqlite3 handles stay inside
// these classes; callers see Database, Statement and Transaction only.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/open_databases.h"

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
  Database* m_owner = nullptr;
};

/// Why a connection can only read.
enum class ReadOnlyReason {
  None,               ///< it can write
  Requested,          ///< opened read-only on purpose
  FileNotWritable,    ///< the file's permissions
  FolderNotWritable,  ///< the folder: SQLite cannot create the files of its write-ahead log beside the database
};

/// One connection. SpatiaLite is initialised on it and foreign keys are on. Closing it leaves the checkpoint to SQLite:
/// the last connection to a file (in any process) merges the write-ahead log into it and removes the log, so a
/// project at rest is one file; a crash leaves the log, which the next connection merges.
class Database {
public:
  /// Immutable: a read-only file that nobody can change while it is open (no locks, no -wal or -shm files).
  enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };
  Database(const std::string& path, Mode mode);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// Opens an existing database for writing where its file and folder allow it, else read-only with the reason. A
  /// write-ahead-logged file in a folder that cannot be written is read as immutable when it has no log to merge,
  /// and refused (naming the log) when it has one. Damaged or foreign files are refused with the reason.
  static std::unique_ptr<Database> openExisting(const std::string& path);

  /// Switches the file to write-ahead logging (readers and one writer at once, in any number of processes).
  void useWal();
  /// Switches foreign-key enforcement and reads it back: SQLite ignores the switch silently inside a transaction,
  /// so a switch that did not take throws Error(Internal).
  void setForeignKeys(bool on);

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
  bool isReadOnly() const { return m_readOnly != ReadOnlyReason::None; }
  ReadOnlyReason readOnlyReason() const { return m_readOnly; }
  const std::string& path() const { return m_path; }
  sqlite3* handle() const { return m_db; }  ///< for the store module only (R-tree bulk loader, backup)

  /// Throws the pw::Error that the connection's last failure means (busy, a broken rule, a damaged file, a read-only
  /// project...), naming `what` (the SQL) for the internal ones.
  [[noreturn]] void fail(std::string_view what) const;
  /// Throws Error(BadInput) saying why the connection cannot write (isReadOnly) and that the change was refused.
  [[noreturn]] void refuseWrite() const;

private:
  /// Reads the header and the schema: SQLite's result code, without throwing.
  int tryRead();
  /// Throws Error(BadInput) when the file is shorter than the pages its header counts.
  void checkComplete();

  sqlite3* m_db = nullptr;
  void* m_spatialiteCache = nullptr;
  std::string m_path;
  ReadOnlyReason m_readOnly = ReadOnlyReason::None;
  std::optional<OpenDatabaseMark> m_mark;
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

/// Copies the whole of `from` into `to` with SQLite's online backup, in one read transaction of `from`: a consistent
/// snapshot while other connections (in any process) go on writing. Returns the number of pages copied.
std::int64_t copyDatabase(Database& from, Database& to);
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
  Database* m_owner = nullptr;
};

/// Quotes an identifier for SQL ("name" with doubled quotes).
std::string quoteIdentifier(std::string_view name);

}  // namespace pw::sql
