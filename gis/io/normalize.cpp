#include "io/normalize.h"

#include <cctype>

#include "core/numbers.h"

namespace pw {

std::string toHalfWidth(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xEF && i + 2 < text.size()) {  // U+FF01..U+FF5E: EF BC 81..EF BD 9E
      const auto c1 = static_cast<unsigned char>(text[i + 1]);
      const auto c2 = static_cast<unsigned char>(text[i + 2]);
      const unsigned cp = ((c & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (c2 & 0x3Fu);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        out += static_cast<char>(cp - 0xFF01 + 0x21);
        i += 2;
        continue;
      }
    }
    if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x80) {  // U+3000 ideographic space
      out += ' ';
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

namespace {

bool startsWithIgnoringCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(s[i])) != static_cast<unsigned char>(prefix[i])) return false;
  }
  return true;
}

bool endsWithIgnoringCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && startsWithIgnoringCase(s.substr(s.size() - suffix.size()), suffix);
}

std::string_view trimSpaces(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

/// The number of a survey value without what surveys write around it: one prefix (DN, De, d, D, B, H, Φ, φ, Ф, ∅,
/// Ø) and one unit (mm, m, 毫米, 米). What remains must be a whole number for the strict parser: "DN300" is 300,
/// "12abc", "3,5" and "300(管)" are not numbers.
std::optional<double> decoratedNumber(std::string_view text) {
  std::string_view s = trimSpaces(text);
  for (std::string_view prefix :
       {"DN", "DE", "D", "B", "H", "\xCE\xA6", "\xCF\x86", "\xD0\xA4", "\xE2\x88\x85", "\xC3\x98", "\xC3\xB8"}) {
    if (startsWithIgnoringCase(s, prefix)) {
      s = trimSpaces(s.substr(prefix.size()));
      break;
    }
  }
  for (std::string_view unit : {"MM", "\xE6\xAF\xAB\xE7\xB1\xB3", "M", "\xE7\xB1\xB3"}) {  // mm, 毫米, m, 米
    if (endsWithIgnoringCase(s, unit)) {
      s = trimSpaces(s.substr(0, s.size() - unit.size()));
      break;
    }
  }
  return parseDecimal(s).value;
}

}  // namespace

std::optional<double> parseNumber(std::string_view text) { return decoratedNumber(toHalfWidth(text)); }

std::optional<Section> parseSection(std::string_view text) {
  const std::string s = toHalfWidth(text);
  // Separators seen in surveys: x, X, *, × (U+00D7 is C3 97 in UTF-8).
  std::size_t at = s.find_first_of("xX*");
  std::size_t width = 1;
  if (const auto times = s.find("\xC3\x97"); times != std::string::npos && times < at) {
    at = times;
    width = 2;
  }
  if (at == std::string::npos) {
    const auto w = decoratedNumber(s);
    if (!w) return std::nullopt;
    return Section{*w, std::nullopt};
  }
  const auto w = decoratedNumber(std::string_view(s).substr(0, at));
  const auto h = decoratedNumber(std::string_view(s).substr(at + width));
  if (!w || !h) return std::nullopt;
  return Section{*w, *h};
}

std::optional<int> parseYear(std::string_view text) {
  const std::string s = toHalfWidth(text);
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) continue;
    if (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) continue;
    int year = 0;
    std::size_t k = i;
    while (k < s.size() && k < i + 4 && std::isdigit(static_cast<unsigned char>(s[k])))
      year = year * 10 + (s[k++] - '0');
    if (k - i == 4 && year >= 1900 && year <= 2100) return year;
  }
  return std::nullopt;
}

std::optional<std::string> normaliseDrainage(std::string_view value, const LayerMapping* mapping,
                                             const Vocabulary& vocabulary) {
  const std::string key = matchKey(toHalfWidth(value));
  if (key.empty()) return std::nullopt;
  if (mapping) {
    // A profile's codes are text ("1"); a DBF number field gives them as "1.000": numbers compare as numbers.
    const auto number = parseDecimal(key);
    if (auto it = mapping->values.find("drainage"); it != mapping->values.end()) {
      for (const auto& [canonical, synonyms] : it->second) {
        for (const auto& s : synonyms) {
          if (matchKey(s) == key) return canonical;
          if (const auto code = parseDecimal(s); number && code && *number == *code) return canonical;
        }
      }
    }
  }
  if (auto it = vocabulary.drainage.find(key); it != vocabulary.drainage.end()) return it->second;
  const std::string_view v(key);
  if (v.find("合流") != std::string_view::npos) return "combined";
  const bool rain = v.find("雨") != std::string_view::npos;
  const bool sewage = v.find("污") != std::string_view::npos;
  if (rain && sewage) return "combined";
  if (rain) return "rain";
  if (sewage) return "sewage";
  return std::nullopt;
}

std::optional<std::string> normaliseMaterial(std::string_view value, const Vocabulary& vocabulary) {
  const std::string key = matchKey(toHalfWidth(value));
  if (key.empty()) return std::nullopt;
  if (auto it = vocabulary.material.find(key); it != vocabulary.material.end()) return it->second;
  return std::nullopt;
}

}  // namespace pw
