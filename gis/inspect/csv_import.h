#pragma once
// Importing inspection results from CSV as CCTV software exports them: one row per defect with the pipe id, the
// distance, the code, the grade, the clock position, the length and a photo file. Headers may be English or Chinese
// (simplified or traditional); the file may be UTF-8, GBK or Big5 (recognised from its bytes, or stated). All or
// nothing: every row is checked first, and one bad row means nothing is written (a BatchError lists each row's fault
// with its row number and field). A file is recognised by its content: importing the same bytes again while the
// inspections of the first import exist changes nothing and says so.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "inspect/csv_import_log.h"

namespace pw {

class Project;
class FindingsStore;

struct CsvImportOptions {
  std::string date;  ///< inspection date when the file has no date column
  std::string method = "cctv";
  std::string direction = "with_flow";
  std::string team;
  std::string user;
  std::string encoding;  ///< the file's encoding as the user states it; empty: recognised from the bytes
};

struct CsvImportReport {
  std::int64_t rows = 0;
  std::int64_t inspections = 0;
  std::int64_t defects = 0;
  std::int64_t photos = 0;
  std::string encoding;
  /// Header cells no known column takes: columns PipeWard does not read, or a second column of the same kind.
  std::vector<std::string> ignoredColumns;
  /// Cells whose bytes were invalid in the encoding (shown with U+FFFD in what was stored): row and column name.
  struct Replaced {
    std::int64_t row = 0;
    std::string column;
  };
  std::vector<Replaced> replaced;
  /// Set when the same file was imported before and its inspections are still there: then nothing was written.
  std::optional<CsvImportRecord> alreadyImported;
};

CsvImportReport importInspectionCsv(Project& project, FindingsStore& store, const std::string& csvPath,
                                    const CsvImportOptions& options);
/// The same for the bytes of a file (the fuzz target feeds these); `csvPath` names it in messages and places photos.
CsvImportReport importInspectionCsvBytes(Project& project, FindingsStore& store, const std::string& bytes,
                                         const std::string& csvPath, const CsvImportOptions& options);

/// "0903" -> 9 to 3, "9" -> 9 to 9, "9-3" -> 9 to 3 (hours 1 to 12; full-width digits too). Nothing when the text is
/// not a clock position.
struct ClockRange {
  int from = 0;
  int to = 0;
};
std::optional<ClockRange> parseClock(const std::string& text);
/// parseClock, or Error(BadInput) naming `field` and the text.
ClockRange requireClock(const std::string& text, const std::string& field);
/// The message for a text that is not a clock position (%1 the text).
const char* clockFaultMessage();

}  // namespace pw
