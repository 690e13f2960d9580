#pragma once
// RAII for libxlsxwriter: a workbook written beside its destination (core/staged_output.h) and moved into place only
// by close() once libxlsxwriter reported the file complete, its sheets read back whole and it is synced to disk, so a
// failure half-way (or an exception that destroys the workbook) leaves no partial .xlsx behind and an existing file
// untouched. Cells are written by row and column (0-based) with a few house styles: a bold header row with borders, ISO
// dates as real date cells, numbers with fixed decimals, percentages. Library errors become pw::Error naming the file.
// The C handles stay inside xlsx.cpp.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pw {
class StagedOutput;
}

namespace pw::xlsx {

enum class Style {
  Text,      ///< plain, top-aligned
  Header,    ///< bold, grey fill, borders, centred and wrapped
  Title,     ///< bold, larger
  Date,      ///< yyyy-mm-dd
  Integer,   ///< 0
  Decimal1,  ///< 0.0
  Decimal2,  ///< 0.00
  Percent,   ///< 0.0%
  Alert,     ///< text in red, bold (an overdue flag)
};

class Workbook;

/// A worksheet of a Workbook; valid while the workbook lives. Rows and columns are 0-based.
class Sheet {
public:
  void text(std::uint32_t row, std::uint16_t col, const std::string& value, Style style = Style::Text);
  void number(std::uint32_t row, std::uint16_t col, double value, Style style = Style::Decimal2);
  /// A date cell from YYYY-MM-DD (or the date part of a timestamp); an empty or invalid text leaves the cell blank.
  void date(std::uint32_t row, std::uint16_t col, const std::string& isoDate);
  /// The number, or a blank cell when there is none.
  void optionalNumber(std::uint32_t row, std::uint16_t col, const std::optional<double>& value,
                      Style style = Style::Decimal2);
  /// A header row: one Header cell per heading from column 0.
  void header(std::uint32_t row, const std::vector<std::string>& headings);
  /// Column widths in characters, from column 0.
  void widths(const std::vector<double>& characters);
  /// Keeps the first `rows` rows in view when scrolling.
  void freezeRows(std::uint32_t rows);
  /// An autofilter over the header row `row` and the data below it up to `lastRow`, columns [0, columns).
  void filter(std::uint32_t row, std::uint32_t lastRow, std::uint16_t columns);

private:
  friend class Workbook;
  Sheet(Workbook& book, void* sheet) : m_book(&book), m_sheet(sheet) {}
  void check(int error, std::uint32_t row, std::uint16_t col);
  Workbook* m_book;
  void* m_sheet;  // lxw_worksheet*, owned by the workbook
};

class Workbook {
public:
  /// Starts a workbook that close() writes to `path`. Throws Error(BadInput) when the folder does not exist or cannot
  /// be written.
  explicit Workbook(std::string path);
  /// Without close(), discards everything: neither `path` nor a temporary file remains.
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  /// A new sheet. The name is cut to Excel's 31 characters; characters Excel refuses ([]:*?/\) become spaces.
  Sheet addSheet(const std::string& name);
  /// Writes the file (workbook_close's result checked), reads every sheet back, syncs the file and moves it into
  /// place. Throws Error(BadInput) naming the file when any of it fails; nothing is left then.
  void close();
  const std::string& path() const { return m_path; }

private:
  friend class Sheet;
  struct Impl;
  void* format(Style style) const;
  std::string m_path;
  std::unique_ptr<StagedOutput> m_staging;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace pw::xlsx
