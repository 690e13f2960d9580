#pragma once
// What every workbook of the reports shares (internal to gis/report): a table sheet with its translated header row,
// widths, frozen header and filter, and the facts sheet that opens a report.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "io/xlsx.h"
#include "report/report_text.h"

namespace pw::xlsxreport {

struct Column {
  const char* heading;  ///< PW_TR-marked
  double width;         ///< characters (a Chinese character counts two)
};

/// A sheet with its translated header row, widths, frozen header and filter over `rows` data rows.
xlsx::Sheet tableSheet(xlsx::Workbook& book, const char* name, const std::vector<Column>& columns, std::size_t rows,
                       const Translate& tr);
/// The report's facts, one label (PW_TR-marked) and value per row.
void factsSheet(xlsx::Workbook& book, const std::vector<std::pair<const char*, std::string>>& facts,
                const Translate& tr);

}  // namespace pw::xlsxreport
