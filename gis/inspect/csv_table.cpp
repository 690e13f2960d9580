#include "inspect/csv_table.h"

#include <algorithm>

#include "core/error.h"
#include "io/encoding.h"

namespace pw {
namespace {

using RawRows = std::vector<std::vector<std::string_view>>;

/// Splits the bytes into rows of cells. A quoted cell keeps its quotes here (its bytes are one view of the input);
/// unquote() removes them after the split.
RawRows splitCsv(std::string_view text, char delimiter) {
  RawRows rows;
  std::vector<std::string_view> row;
  std::size_t start = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (quoted) {
      continue;
    } else if (c == delimiter) {
      row.push_back(text.substr(start, i - start));
      start = i + 1;
    } else if (c == '\n' || c == '\r') {
      row.push_back(text.substr(start, i - start));
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
      rows.push_back(std::move(row));
      row.clear();
    }
  }
  if (start < text.size() || !row.empty()) {
    row.push_back(text.substr(start));
    rows.push_back(std::move(row));
  }
  return rows;
}

/// A cell's text: "a ""b""" -> a "b"; quotes inside an unquoted cell are kept as written.
std::string unquote(std::string_view cell) {
  std::string out;
  out.reserve(cell.size());
  bool quoted = false;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] != '"') {
      out += cell[i];
    } else if (quoted && i + 1 < cell.size() && cell[i + 1] == '"') {
      out += '"';
      ++i;
    } else {
      quoted = !quoted;
    }
  }
  return out;
}

char delimiterOf(std::string_view text) {
  const std::string_view firstLine = text.substr(0, text.find('\n'));
  char delimiter = ',';
  for (char d : {'\t', ';'}) {
    if (std::count(firstLine.begin(), firstLine.end(), d) > std::count(firstLine.begin(), firstLine.end(), delimiter)) {
      delimiter = d;
    }
  }
  return delimiter;
}

std::vector<std::string> decodeRow(const std::vector<std::string_view>& raw, const enc::Decoder& decoder) {
  std::vector<std::string> out;
  for (const auto& cell : raw) out.push_back(decoder.decode(unquote(cell)));
  return out;
}

std::int64_t rowOfOffset(std::string_view text, std::size_t offset) {
  return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
}

/// The encoding of a file that states none (see readCsvTable).
std::string recognise(std::string_view text, const RawRows& raw, const std::string& path, const HeaderScore& score) {
  const auto guess = enc::guessChineseEncoding(text);
  if (guess.utf8) return "UTF-8";
  std::vector<enc::ChineseEncodingGuess::Candidate> best;
  int bestScore = -1;
  for (const auto& candidate : guess.decodable) {
    const int s = raw.empty() ? 0 : score(decodeRow(raw.front(), enc::sharedDecoder(candidate.name)));
    if (s > bestScore) best.clear(), bestScore = s;
    if (s == bestScore) best.push_back(candidate);
  }
  if (best.size() > 1) std::erase_if(best, [](const auto& c) { return !c.looksLikeText; });
  if (best.size() == 1 && (bestScore > 0 || best.front().looksLikeText)) return best.front().name;
  if (best.size() > 1) {
    throwBadInput(PW_TR("%1 is not UTF-8 and reads as GBK and as Big5 Chinese alike: state which with --encoding GBK "
                        "or --encoding BIG5"),
                  {path}, {.file = path});
  }
  const std::size_t bad = enc::firstInvalidUtf8(text).value_or(0);
  throwBadInput(PW_TR("%1 is not UTF-8, and its bytes do not read as GBK or Big5 Chinese (the first byte that is not "
                      "UTF-8 is in row %2): state its encoding with --encoding, such as --encoding GB18030"),
                {path, std::to_string(rowOfOffset(text, bad))}, {.file = path, .feature = rowOfOffset(text, bad)});
}

}  // namespace

CsvTable readCsvTable(std::string_view bytes, const std::string& path, const std::string& encoding,
                      const HeaderScore& headerScore) {
  CsvTable table;
  const bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  const std::string_view text = bom ? bytes.substr(3) : bytes;
  const RawRows raw = splitCsv(text, delimiterOf(text));
  if (!encoding.empty()) {
    const auto name = enc::normaliseEncodingName(encoding);
    if (!name)
      throwBadInput(PW_TR("Unknown text encoding '%1'"), {encoding}, {.field = "--encoding", .value = encoding});
    table.encoding = *name;
  } else {
    table.encoding = bom ? "UTF-8" : recognise(text, raw, path, headerScore);
  }
  const enc::Decoder& decoder = enc::sharedDecoder(table.encoding);
  for (std::size_t r = 0; r < raw.size(); ++r) {
    std::vector<std::string> row;
    row.reserve(raw[r].size());
    for (std::size_t c = 0; c < raw[r].size(); ++c) {
      std::string cell;
      if (!decoder.decode(unquote(raw[r][c]), cell)) table.replaced.emplace_back(r, c);
      row.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace pw
