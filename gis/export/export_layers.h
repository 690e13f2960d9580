#pragma once
// What each exportable layer writes: its columns (name, type, meaning, SQL), where the rows come from, and the
// expressions the filter uses. Internal to gis/export.
#include <functional>
#include <string>
#include <vector>

#include "export/export.h"
#include "io/vector_writer.h"

namespace pw {

struct ProjectCatalogues;

struct ExportColumn {
  std::string name;
  WriterFieldType type = WriterFieldType::Text;
  std::string sql;      ///< the SELECT expression; empty for a column the layer's derive() fills
  std::string meaning;  ///< Chinese, for the field sidecar
  std::string meaningEn;
  bool hidden = false;  ///< read for derive() but not written
};

using ExportRow = std::vector<WriterValue>;

struct ExportLayerSpec {
  ExportLayer layer = ExportLayer::Pipes;
  const char* noun = "";      ///< PW_TR-marked: "pipe", "manhole" ... for messages naming a record
  std::string table;          ///< the table holding the ids
  std::string from;           ///< FROM clause with joins; the layer's table is aliased t
  std::string districtExpr;   ///< district id of a row, empty when the layer has none
  std::string drainageExpr;   ///< empty when not applicable
  std::string gradeExpr;      ///< empty when not applicable or derived
  bool gradeDerived = false;  ///< misconnections: the degree is computed from the indicators
  bool hasOrderState = false;
  std::string geometryExpr;  ///< SpatiaLite blob; empty for none
  WriterGeometryType geometry = WriterGeometryType::Points;
  std::string attrsExpr;  ///< JSON object of unmapped survey fields, empty when none
  std::string orderBy;
  std::vector<ExportColumn> columns;
  int labelColumn = 0;   ///< the column that names a record in messages (code, number or id)
  int gradeColumn = -1;  ///< derived grade column (misconnections)
  /// Fills the derived columns of a row; may be empty.
  std::function<void(ExportRow&)> derive;
};

/// The columns and queries of a layer. `catalogues` name defect codes and misconnection types and grade points;
/// `formatMessage` writes the import issues' messages; `today` (YYYY-MM-DD) decides which orders are overdue.
ExportLayerSpec exportLayerSpec(ExportLayer layer, const ProjectCatalogues& catalogues,
                                const std::function<std::string(const Message&)>& formatMessage,
                                const std::string& today);

}  // namespace pw
