#include "io/field_sidecar.h"

#include <cpl_vsi.h>

#include <set>

namespace pw {
namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";
constexpr const char* kHeader = "field,full_name,meaning,meaning_en";

std::string quoted(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

/// Splits CSV text into rows of values (quotes and doubled quotes understood; CRLF or LF line ends).
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string value;
  bool inQuotes = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inQuotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        value += '"';
        ++i;
      } else if (c == '"') {
        inQuotes = false;
      } else {
        value += c;
      }
    } else if (c == '"') {
      inQuotes = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(value));
      value.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.back().push_back(std::move(value));
      value.clear();
      rows.emplace_back();
    } else {
      value += c;
    }
  }
  if (!value.empty() || !rows.back().empty()) rows.back().push_back(std::move(value));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

std::string readSmallFile(const std::string& path) {
  VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
  if (!f) return {};
  std::string text;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = VSIFReadL(buffer, 1, sizeof buffer, f)) > 0 && text.size() < (1u << 20)) text.append(buffer, n);
  VSIFCloseL(f);
  return text;
}

}  // namespace

std::string fieldSidecarPath(const std::string& shpPath) {
  const auto dot = shpPath.find_last_of('.');
  const auto slash = shpPath.find_last_of('/');
  const std::string base =
      dot == std::string::npos || (slash != std::string::npos && dot < slash) ? shpPath : shpPath.substr(0, dot);
  return base + ".fields.csv";
}

std::string fieldSidecarText(const std::vector<FieldNameEntry>& entries) {
  std::string out = std::string(kBom) + kHeader + "\r\n";
  for (const auto& e : entries) {
    out += quoted(e.field) + ',' + quoted(e.fullName) + ',' + quoted(e.meaning) + ',' + quoted(e.meaningEn) + "\r\n";
  }
  return out;
}

std::optional<std::vector<FieldNameEntry>> readFieldSidecar(const std::string& path) {
  std::string text = readSmallFile(path);
  if (text.rfind(kBom, 0) == 0) text.erase(0, 3);
  const auto rows = parseCsv(text);
  if (rows.empty() || rows.front().size() < 2 || rows.front()[0] != "field" || rows.front()[1] != "full_name") {
    return std::nullopt;
  }
  std::vector<FieldNameEntry> entries;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    if (r.size() < 2 || r[0].empty() || r[1].empty()) continue;
    entries.push_back({r[0], r[1], r.size() > 2 ? r[2] : "", r.size() > 3 ? r[3] : ""});
  }
  return entries;
}

int applyFieldSidecar(const std::vector<FieldNameEntry>& entries, std::vector<std::string>& fieldNames) {
  std::set<std::string> taken(fieldNames.begin(), fieldNames.end());
  int changed = 0;
  for (auto& name : fieldNames) {
    for (const auto& e : entries) {
      if (e.field != name || e.fullName == name || taken.count(e.fullName)) continue;
      taken.insert(e.fullName);
      name = e.fullName;
      ++changed;
      break;
    }
  }
  return changed;
}

}  // namespace pw
