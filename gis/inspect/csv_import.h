#pragma once
// Importing inspection results from CSV as CCTV software exports them: one row per defect with the pipe id, the
// distance, the code, the grade, the clock position, the length and a photo file. Headers may be English or Chinese;
// the file may be UTF-8 or GBK. All or nothing: every row is checked first, and one bad row means nothing is written
// (a BatchError lists each row's fault with its row number and field).
#include <cstdint>
#include <optional>
#include <string>

namespace pw {

class Project;
class FindingsStore;

struct CsvImportOptions {
  std::string date;                 ///< inspection date when the file has no date column
  std::string method = "cctv";
  std::string direction = "with_flow";
  std::string team;
  std::string user;
};

struct CsvImportReport {
  std::int64_t rows = 0;
  std::int64_t inspections = 0;
  std::int64_t defects = 0;
  std::int64_t photos = 0;
  std::string encoding;
};

CsvImportReport importInspectionCsv(Project& project, FindingsStore& store, const std::string& csvPath,
                                    const CsvImportOptions& options);

/// "0903" -> 9 to 3, "9" -> 9 to 9, "9-3" -> 9 to 3. Nothing when the text is not a clock position.
struct ClockRange {
  int from = 0;
  int to = 0;
};
std::optional<ClockRange> parseClock(const std::string& text);

}  // namespace pw
