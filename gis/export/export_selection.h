#pragma once
// Which records an export takes and in what order (internal to gis/export): the filter turned into a parameterised
// WHERE clause, read in one snapshot, row by row with the layer's derived columns filled. export.cpp writes them.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "export/export_layers.h"
#include "store/sqlite.h"

namespace pw {

/// Reads inside one transaction (a consistent snapshot while others write), unless the caller already holds one.
class ReadSnapshot {
public:
  explicit ReadSnapshot(sql::Database& db) : m_db(db) {
    if (!db.inTransaction()) {
      db.exec("BEGIN");
      m_own = true;
    }
  }
  ~ReadSnapshot() {
    if (!m_own) return;
    try {
      m_db.exec("COMMIT");
    } catch (...) {  // a read-only transaction: nothing to lose
    }
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
  sql::Database& m_db;
  bool m_own = false;
};

using Param = std::variant<std::int64_t, std::string>;

struct Selection {
  std::string where = "1 = 1";
  std::vector<Param> params;
  std::optional<int> exactGrade, minGrade;  ///< applied after derive() for derived grades

  void add(const std::string& clause, Param value) {
    params.push_back(std::move(value));
    where += " AND " + clause + " ?" + std::to_string(params.size());
  }
  void bind(sql::Statement& st) const {
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i + 1);
      if (const auto* n = std::get_if<std::int64_t>(&params[i])) {
        st.bind(index, *n);
      } else {
        st.bind(index, std::get<std::string>(params[i]));
      }
    }
  }
};

/// The WHERE clause and parameters of `filter` on `spec`'s layer (BadInput for a filter the layer has not, NotFound
/// for selected ids that do not exist). `today` (YYYY-MM-DD) decides which orders are overdue.
Selection select(sql::Database& db, const ExportLayerSpec& spec, const ExportFilter& filter, const std::string& today);

/// Reads the selected rows in export order: values of the layer's columns (derived ones filled), the geometry and
/// the attrs JSON. `fn` returns nothing; rows a derived grade filter rejects are skipped.
template <typename Fn>
void scanRows(sql::Database& db, const ExportLayerSpec& spec, const Selection& sel, bool withAttrs, Fn fn) {
  std::string sql = "SELECT t.id";
  for (const auto& c : spec.columns) sql += ", " + (c.sql.empty() ? std::string("NULL") : c.sql);
  sql += ", " + (spec.geometryExpr.empty() ? std::string("NULL") : spec.geometryExpr);
  sql += ", " + (withAttrs && !spec.attrsExpr.empty() ? spec.attrsExpr : std::string("NULL"));
  sql += " FROM " + spec.from + " WHERE " + sel.where + " ORDER BY " + spec.orderBy;
  auto st = db.prepare(sql);
  sel.bind(st);
  const int n = static_cast<int>(spec.columns.size());
  ExportRow row(spec.columns.size());
  while (st.step()) {
    for (int i = 0; i < n; ++i) {
      const auto& c = spec.columns[static_cast<std::size_t>(i)];
      auto& v = row[static_cast<std::size_t>(i)];
      v = std::monostate{};
      if (c.sql.empty() || st.isNull(i + 1)) continue;
      switch (c.type) {
        case WriterFieldType::Text: v = st.text(i + 1); break;
        case WriterFieldType::Integer: v = st.int64(i + 1); break;
        case WriterFieldType::Real: v = st.real(i + 1); break;
      }
    }
    if (spec.derive) spec.derive(row);
    if (spec.gradeColumn >= 0 && (sel.exactGrade || sel.minGrade)) {
      const auto* g = std::get_if<std::int64_t>(&row[static_cast<std::size_t>(spec.gradeColumn)]);
      if (!g || (sel.exactGrade && *g != *sel.exactGrade) || (sel.minGrade && *g < *sel.minGrade)) continue;
    }
    fn(st.int64(0), row, st.isNull(n + 1) ? std::span<const unsigned char>() : st.blob(n + 1),
       st.isNull(n + 2) ? std::string() : st.text(n + 2));
  }
}

}  // namespace pw
