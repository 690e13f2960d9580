#pragma once
// A CSV file as a table of UTF-8 cells: the encoding stated or recognised from the bytes, the delimiter (comma,
// tab or semicolon) from the header line, quoted cells as RFC 4180 writes them. The bytes are split into cells
// before decoding (the delimiters, quotes and line ends are ASCII, and no GBK, Big5 or UTF-8 character contains an
// ASCII byte below 0x40), so a cell whose bytes are invalid in the encoding is known and reported.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pw {

struct CsvTable {
  std::vector<std::vector<std::string>> rows;  ///< the header first; UTF-8
  std::string encoding;                        ///< "UTF-8", "GBK", "BIG5" or what --encoding named
  /// The cells (row index, column index) whose bytes were invalid in the encoding: those bytes became U+FFFD.
  std::vector<std::pair<std::size_t, std::size_t>> replaced;
};

/// How many header cells a reader recognises: breaks the tie when the bytes decode as more than one encoding.
using HeaderScore = std::function<int(const std::vector<std::string>& header)>;

/// Reads `bytes` (the file `path`). `encoding` is what the user stated (any name normaliseEncodingName knows), or
/// empty to recognise it: a UTF-8 byte-order mark or valid UTF-8 is UTF-8; else GBK or Big5 when the bytes decode in
/// only one of them, or one of them gives a recognised header, or only one of them looks like ordinary Chinese text.
/// Anything else is refused (Error BadInput naming the file) asking for --encoding: a file is never read in a guessed
/// encoding it may not be in.
CsvTable readCsvTable(std::string_view bytes, const std::string& path, const std::string& encoding,
                      const HeaderScore& headerScore);

}  // namespace pw
